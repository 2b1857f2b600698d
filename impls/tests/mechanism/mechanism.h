/* Plumbing for the mechanism tests: which stackful backends this build has,
 * starting the runtime on one of them, and running code in a child process
 * whose death and stderr are inspected (for the overflow diagnostic). */
#ifndef YS_MECHANISM_H
#define YS_MECHANISM_H

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stddef.h>

#include "yieldspec/runtime.h"

/* The stackful backends of this build (or the one YIELDSPEC_TEST_BACKEND
 * names), as indices into ys_backends. */
struct criterion_test_params stackful_backends(void);
/* ys_runtime_init on ys_backends[index] with this default stack size (0:
 * the runtime's default). */
void start_backend(size_t index, size_t stack_size);
const char *current_backend(void);
/* Shut the runtime down and start it again on the same backend. */
void restart_backend(size_t stack_size);

/* STACKFUL_TEST(suite, name, criterion options...) { body }: the body runs
 * once per stackful backend, with the runtime started on it. */
#define STACKFUL_TEST(Suite, Name, ...)                                               \
    static void Suite##_##Name##_body(void);                                          \
    ParameterizedTestParameters(Suite, Name) { return stackful_backends(); }          \
    ParameterizedTest(size_t *backend_index, Suite, Name, ##__VA_ARGS__)              \
    {                                                                                 \
        start_backend(*backend_index, 0);                                             \
        Suite##_##Name##_body();                                                      \
        cr_assert(!ys_err_occurred(), "[%s] the test left an exception pending",     \
                  current_backend());                                                 \
        ys_runtime_shutdown();                                                        \
    }                                                                                 \
    static void Suite##_##Name##_body(void)

/* How a child process ended, and what it wrote to stderr. */
typedef struct child_outcome {
    int signal;      /* the signal that killed it, or 0 */
    int exit_code;   /* if it exited */
    char err[4096];  /* its stderr (truncated), NUL-terminated */
} child_outcome;

/* fork; the child runs fn(arg) with stderr captured, then exits 0. */
child_outcome run_in_child(void (*fn)(void *arg), void *arg);

#endif
