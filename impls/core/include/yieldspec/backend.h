/* The backend interface: the only thing an execution mechanism must provide.
 *
 * The core owns every Python semantic (states, checks, messages, yield from,
 * close, finalization). A backend only knows how to start, resume and suspend
 * a body. To plug in a coroutine library, write one file that fills this
 * struct and a CMakeLists.txt calling
 *     yieldspec_add_backend(NAME <name> SOURCES <file>... LIBRARIES <lib>...)
 * (cmake/YieldspecBackends.cmake), in impls/<name>/ or in a folder of your own
 * given to -DYIELDSPEC_EXTRA_BACKENDS; the README's "library backend" recipe
 * walks through it. Every runtime test, scenario and benchmark then runs on it.
 *
 * Stackful backends (stackful = true) run ys_gen_entry(g) on a context of their
 * own; stackless ones (stackful = false) simply call ys_gen_run_step(g) on the
 * resumer's stack, each time they are resumed.
 *
 * The contract, as the runtime suite and the mechanism tests enforce it:
 *
 *  - One thread. A runtime and its generators are used from one thread at a
 *    time; the core takes no locks. A backend that runs bodies elsewhere
 *    (threads) must hand over so that exactly one side runs at any moment,
 *    with a happens-before edge at each handoff.
 *  - Resume from anywhere. resume(g) may be called from inside another
 *    generator's body (nested next, yield from, a generator closing another),
 *    to any depth: the "resumer" is whatever context called resume this time,
 *    not the one that created g or resumed it last. suspend(g) returns to it.
 *  - FP control mode per context. Each context keeps its own floating-point
 *    control state (x86-64: MXCSR control bits and the x87 control word;
 *    aarch64: FPCR): a rounding mode set inside a body stays there across
 *    yields and does not leak into the resumer, and the other way round. A new
 *    context starts with its creator's mode as it was at create(). Exception
 *    flags need not be kept. (tests/mechanism/test_switch_torture.c: also
 *    every callee-saved register across every switch.)
 *  - create() reports failure, it never aborts: return -1 with a Python
 *    exception pending (ys_err_format: MemoryError when no stack or context
 *    can be had, OSError for a library's own failure), having released
 *    whatever it took; ys_gen_new then returns YS_NULL with that exception.
 *  - destroy() on any non-running generator: one never started (create was
 *    called, resume never), one finished, or one abandoned mid-body (its stack
 *    is discarded without unwinding: the core has already cleared its frame).
 *    After a body's last switch out, the backend must never resume it.
 *  - Stackful backends should take their stacks from impls/stacks
 *    (yieldspec::stacks, ys_stacks/stack.h): a guard page below each stack,
 *    an overflow reported as "generator stack overflow in <name> (stack N
 *    bytes)" instead of silent corruption (tests/mechanism/test_stack_overflow),
 *    the stack registered with valgrind (VALGRIND_STACK_REGISTER) so memcheck
 *    follows switches, and pooling so create is cheap. ys_stack_for_gen
 *    already raises MemoryError for create().
 *  - Stackful backends must bracket every switch with the fiber annotations
 *    of ys_stacks/fiber.h (__sanitizer_start/finish_switch_fiber), or
 *    AddressSanitizer reports false stack overflows and loses track of fake
 *    frames; they compile to nothing outside ASan builds. A library that calls
 *    swapcontext itself makes ASan print a one-time warning on stderr, which
 *    the suite ignores (expect_stderr in impls/tests/support.h). */
#ifndef YIELDSPEC_BACKEND_H
#define YIELDSPEC_BACKEND_H

#include "yieldspec/gen.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ys_backend {
    const char *name;
    bool stackful;
    /* Give g an execution context able to run ys_gen_entry(g) on its first
     * resume. stack_size is the requested usable stack (stackful only).
     * Returns 0, or -1 with an exception pending (MemoryError, OSError). */
    int (*create)(ys_gen *g, size_t stack_size);
    /* Resumer side: run g until it calls suspend or ys_gen_entry returns. */
    void (*resume)(ys_gen *g);
    /* Inside g (stackful only): hand control back to the resumer; returns when
     * g is next resumed. */
    void (*suspend)(ys_gen *g);
    /* Free the context. g is not running; it may be finished or abandoned
     * mid-body (its stack is then discarded without unwinding). */
    void (*destroy)(ys_gen *g);
} ys_backend;

/* Stackful contexts start here. It runs the body to its end and returns; the
 * backend must then switch to the resumer one last time and never resume this
 * context again. */
void ys_gen_entry(ys_gen *g);
/* Stackless backends call this on each resume: one step of the body. */
void ys_gen_run_step(ys_gen *g);

/* One pointer of backend-private state per generator. Inline: a stackful
 * backend reads it on every resume and suspend. */
static inline void **ys_gen_backend_slot(ys_gen *g) { return &ys_gen_head_of(g)->backend_slot; }

/* The registry, generated by yieldspec_add_runtime from the registered backends. */
extern const ys_backend *const ys_backends[]; /* NULL-terminated */
const ys_backend *ys_backend_lookup(const char *name); /* NULL if unknown */

#ifdef __cplusplus
}
#endif
#endif
