/* Telling AddressSanitizer about stack switches (its fiber API in
 * sanitizer/common_interface_defs.h). Without it, ASan believes the thread is
 * still on its old stack after a switch, and reports false stack-buffer
 * overflows or crashes while unwinding. Each switch is bracketed: "leaving"
 * names the stack we go to, "arrived" (run on the new stack) learns which
 * stack we came from. Outside AddressSanitizer builds every call compiles to
 * nothing, so the switch itself stays untouched.
 *
 * A stackful backend keeps one ys_fiber per generator:
 *     resume:  void *fake; ys_fiber_leave_to(&fake, stack);  switch;  ys_fiber_back(fake);
 *     in the generator, on first entry and after every switch back in:
 *              ys_fiber_arrived(&f);
 *     suspend: ys_fiber_suspend(&f);  switch;  ys_fiber_arrived(&f);
 *     finish:  ys_fiber_exit(&f);     switch (never returns) */
#ifndef YS_STACKS_FIBER_H
#define YS_STACKS_FIBER_H

#include <stddef.h>

#include "ys_stacks/stack.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define YS_FIBER_ASAN 1
#else
#define YS_FIBER_ASAN 0
#endif

typedef struct ys_fiber {
    void *fake_stack;           /* ASan's fake frames of the generator while it is switched out */
    const void *resumer_bottom; /* the stack that resumed it, to switch back to */
    size_t resumer_size;
} ys_fiber;

/* Resumer side, before switching to the generator running on `to`. */
static inline void ys_fiber_leave_to(void **resumer_fake, const ys_stack *to)
{
#if YS_FIBER_ASAN
    __sanitizer_start_switch_fiber(resumer_fake, ys_stack_limit(to), ys_stack_usable(to));
#endif
}

/* Resumer side, once the generator has switched back. */
static inline void ys_fiber_back(void *resumer_fake)
{
#if YS_FIBER_ASAN
    __sanitizer_finish_switch_fiber(resumer_fake, NULL, NULL);
#endif
}

/* Generator side, first thing after every switch into it. */
static inline void ys_fiber_arrived(ys_fiber *f)
{
#if YS_FIBER_ASAN
    __sanitizer_finish_switch_fiber(f->fake_stack, &f->resumer_bottom, &f->resumer_size);
#endif
}

/* Generator side, before switching back to its resumer at a yield. */
static inline void ys_fiber_suspend(ys_fiber *f)
{
#if YS_FIBER_ASAN
    __sanitizer_start_switch_fiber(&f->fake_stack, f->resumer_bottom, f->resumer_size);
#endif
}

/* Generator side, before its last switch: its fake frames are released. */
static inline void ys_fiber_exit(ys_fiber *f)
{
#if YS_FIBER_ASAN
    __sanitizer_start_switch_fiber(NULL, f->resumer_bottom, f->resumer_size);
#endif
}

#endif
