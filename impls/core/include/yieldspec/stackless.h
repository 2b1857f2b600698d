/* The stackless macro API: a generator body as a resumable C function.
 *
 * The body keeps every value that must survive a yield in its frame
 * (ys_gen_frame), and marks each resume point with a macro. The resume point
 * is a `case` label of one switch around the whole body (Simon Tatham /
 * protothreads style), numbered with __COUNTER__ so #line directives cannot
 * make two labels collide.
 *
 * Ground rules (the same as protothreads'):
 *   - C locals do NOT survive a YS_YIELD / YS_YIELD_FROM: keep state in the frame;
 *   - no YS_YIELD inside a `switch` statement of your own;
 *   - every path ends with YS_RETURN or YS_RAISE.
 *
 *   static ys_step count_body(ys_gen *self) {
 *       struct count_frame *f = ys_gen_frame(self);
 *       ys_value sent;
 *       YS_BEGIN(self);
 *       for (f->i = 0; f->i < f->n; f->i++) {
 *           YS_YIELD(self, ys_int(f->i), sent);
 *           if (ys_is_null(sent)) YS_RAISE();   // thrown in
 *           ys_decref(sent);
 *       }
 *       YS_RETURN(self, ys_none());
 *       YS_END;
 *   }
 *
 * The same macros compile for a stackful body when YS_LOWERING_STACKFUL is
 * defined before this header: YS_YIELD then calls ys_yield() directly. */
#ifndef YIELDSPEC_STACKLESS_H
#define YIELDSPEC_STACKLESS_H

#include "yieldspec/gen.h"

#ifdef YS_LOWERING_STACKFUL

#define YS_BEGIN(self) (void)(self)
#define YS_END ((void)0)
#define YS_YIELD(self, v, dst) ((dst) = ys_yield((self), (v)))
#define YS_YIELD_UNGUARDED(self, v, dst) YS_YIELD(self, v, dst)
#define YS_YIELD_FROM(self, it, dst) ((dst) = ys_yield_from((self), (it)))

#else

#define YS_BEGIN(self)                          \
    switch (ys_gen_head_of(self)->resume_point) { \
    case 0:
/* Every path of a body returns; reaching the end (a body that fell off its
 * last statement, or a corrupt resume point) traps, and tells the compiler
 * that control never leaves the switch. */
#define YS_END          \
    default:            \
        __builtin_trap(); \
    }
#define YS_RESUME_POINT_(self, id, suspend, dst) \
    do {                                         \
        ys_gen_head_of(self)->resume_point = (id); \
        return suspend;                          \
    case (id):                                   \
        (dst) = ys_resume_input_inline(self);    \
    } while (0)
#define YS_YIELD_AT_(self, id, v, dst) \
    YS_RESUME_POINT_(self, id, ys_step_yield_inline((self), (v)), dst)
#define YS_YIELD_FROM_AT_(self, id, it, dst) \
    YS_RESUME_POINT_(self, id, ys_step_delegate((self), (it)), dst)
#define YS_YIELD(self, v, dst) YS_YIELD_AT_(self, __COUNTER__ + 1, v, dst)
/* A yield outside every try block, nothing on the stack: close() need not
 * resume the body there (YS_RESUME_UNGUARDED). */
#define YS_YIELD_UNGUARDED(self, v, dst) YS_YIELD_AT_(self, YS_RESUME_UNGUARDED | (__COUNTER__ + 1), v, dst)
#define YS_YIELD_FROM(self, it, dst) YS_YIELD_FROM_AT_(self, __COUNTER__ + 1, it, dst)

#endif

/* Finish with a return value (stolen), or with the pending exception. */
#define YS_RETURN(self, v) return ys_step_return((self), (v))
#define YS_RAISE() return YS_STEP_ERROR

#endif
