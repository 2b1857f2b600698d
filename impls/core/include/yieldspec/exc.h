/* Exceptions: CPython's builtin hierarchy, user subclasses made at run time,
 * and the one pending exception of the runtime.
 *
 * The pending exception is process-wide, not thread-local, on purpose: with the
 * threads backend a generator body runs on another pthread, but only one side
 * runs at a time and the handoff is a full memory barrier. */
#ifndef YIELDSPEC_EXC_H
#define YIELDSPEC_EXC_H

#include "yieldspec/value.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ys_exc_type {
    const char *name;
    const struct ys_exc_type *base; /* NULL only for BaseException */
} ys_exc_type;

/* Every builtin exception class of CPython 3.13, e.g. YS_EXC(ValueError). */
#define YS_EXC(Name) (&ys_exc_##Name)
#define YS_DECLARE_EXC(Name, Base) extern const ys_exc_type ys_exc_##Name;
#include "yieldspec/exc_types.def"
#undef YS_DECLARE_EXC

/* A user class `class Name(Base): pass`; it lives until ys_runtime_shutdown. */
const ys_exc_type *ys_exc_type_new(const char *name, const ys_exc_type *base);
/* Builtin or registered class by name; NULL if unknown. */
const ys_exc_type *ys_exc_type_lookup(const char *name);
bool ys_exc_type_is_subclass(const ys_exc_type *type, const ys_exc_type *base);

/* An exception instance: T(*args). args are borrowed. StopIteration's .value is
 * args[0] (or None), as in CPython. */
ys_value ys_exc_new(const ys_exc_type *type, size_t nargs, const ys_value *args);
/* T(message formatted by printf): YS_NULL with MemoryError pending when the
 * message cannot be allocated (ys_err_format then raises that MemoryError). */
ys_value ys_exc_new_msg(const ys_exc_type *type, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
const ys_exc_type *ys_exc_type_of(ys_value exc);
size_t ys_exc_nargs(ys_value exc);
ys_value ys_exc_arg(ys_value exc, size_t i);          /* borrowed */
ys_value ys_exc_args_item(ys_value exc, ys_value i);  /* e.args[i]: new ref, or YS_NULL + IndexError/TypeError */
ys_value ys_exc_stop_value(ys_value exc);             /* e.value: new ref, or YS_NULL + AttributeError */
bool ys_exc_matches(ys_value exc, const ys_exc_type *type); /* isinstance(exc, type) */

/* Exception chaining (PEP 3134): e.__context__, e.__cause__ (an exception or
 * None, new reference) and e.__suppress_context__ (a bool); AttributeError,
 * worded as CPython's, on anything that is not an exception. */
typedef enum { YS_EXC_CONTEXT, YS_EXC_CAUSE, YS_EXC_SUPPRESS_CONTEXT } ys_exc_attr;
ys_value ys_exc_chain_attribute(ys_value exc, ys_exc_attr attr);

/* The pending exception. ys_err_set makes an exception pending as it is, as
 * CPython's PyErr_Restore does (a bare raise, an exception propagating on, a
 * throw); the others raise a new one as PyErr_SetObject does: the exception
 * handled where it is raised (ys_handled_, the top of CPython's exc_info
 * chain) becomes its __context__. */
void ys_err_set(ys_value steal_exc);
/* raise exc: TypeError when exc is not an exception. */
void ys_err_raise(ys_value steal_exc);
/* raise exc from cause (an exception or None): __cause__ set,
 * __suppress_context__ True; TypeError when either is of the wrong kind. */
void ys_err_raise_from(ys_value steal_exc, ys_value cause);
void ys_err_set_type(const ys_exc_type *type);                /* raise T */
void ys_err_format(const ys_exc_type *type, const char *fmt, ...) /* raise T("msg") */
    __attribute__((format(printf, 2, 3)));
bool ys_err_occurred(void);
bool ys_err_matches(const ys_exc_type *type);
ys_value ys_err_fetch(void); /* owned; clears it; YS_NULL when nothing is pending */
/* A plain function is left by raising: CPython's traceback keeps its frame,
 * so what the frame holds lives until the pending exception is released.
 * Moves the `size` bytes at `frame` into the exception, to be cleared by
 * `clear`; false (the caller clears the frame) when the exception cannot
 * keep frames (the shared GeneratorExit of close()). */
bool ys_err_keep_function_frame(void *frame, size_t size, void (*clear)(void *frame));

/* The exception being handled, the top of CPython's exc_info chain: what a
 * bare `raise` outside any except block of the running code's own re-raises,
 * and what a new exception is chained to. Compiled code makes its except
 * block's exception the handled one while the block runs (swap on entry, swap
 * back on leaving it and around its yields); YS_NULL for none. Borrowed: the
 * handler holds it for as long as it is handled. */
ys_value ys_err_handled_swap(ys_value borrowed_exc); /* returns the previous one */
/* A bare raise outside the body's own handlers: re-raise the handled
 * exception, or RuntimeError("No active exception to reraise"). */
void ys_err_reraise_handled(void);
/* What the running code handles, as the sys module reports it (CPython's
 * _PyErr_GetTopmostException): its own innermost handler's exception, else
 * its caller's or resumer's. Each returns a new reference.
 * sys.exc_info()[1]: the exception, None for none. */
ys_value ys_sys_exc_info_value(void);
/* sys.exc_info()[0].__name__: the handled exception's class name, or
 * AttributeError as for None.__name__ when none is handled. */
ys_value ys_sys_exc_info_type_name(void);
/* sys.exception() (3.11+): as sys.exc_info()[1]; on 3.8-3.10 the sys module
 * has no such attribute (AttributeError, worded as CPython's). */
ys_value ys_sys_exception(void);

#ifdef __cplusplus
}
#endif
#endif
