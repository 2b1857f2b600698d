/* Shared test plumbing: every test runs once per registered backend, with the
 * runtime set up for that backend and torn down afterwards. */
#ifndef YIELDSPEC_TEST_SUPPORT_H
#define YIELDSPEC_TEST_SUPPORT_H

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "yieldspec/runtime.h"

/* Every backend, or the one named by YIELDSPEC_TEST_BACKEND (backend_params.h). */
struct criterion_test_params every_backend(void);
void start_runtime(size_t backend_index, int python_minor, ys_unraisable_fn unraisable);
void stop_runtime(void);
const char *backend_name(void);
bool backend_is(const char *name);

/* BACKEND_TEST(suite, name, criterion options...) { body }: the body runs on
 * every backend, with CPython 3.11 semantics and unraisable exceptions written
 * to the event log; it must leave no exception pending. */
#define BACKEND_TEST(Suite, Name, ...)                                                  \
    static void Suite##_##Name##_body(void);                                          \
    ParameterizedTestParameters(Suite, Name) { return every_backend(); }              \
    ParameterizedTest(size_t *backend_index, Suite, Name, ##__VA_ARGS__)              \
    {                                                                                 \
        start_runtime(*backend_index, 11, log_unraisable);                            \
        Suite##_##Name##_body();                                                      \
        cr_assert(!ys_err_occurred(), "[%s] the test left an exception pending",     \
                  backend_name());                                                    \
        stop_runtime();                                                               \
    }                                                                                 \
    static void Suite##_##Name##_body(void)

/* Switch the semantics or the unraisable hook mid-test (same backend, fresh
 * runtime). */
void use_python(int python_minor);
void use_unraisable_hook(ys_unraisable_fn unraisable);

/* The event log: what bodies and hooks did, in order, "a; b; c; ". */
void log_event(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_value(const char *what, ys_value v);
const char *event_log(void);
void log_clear(void);
void log_unraisable(ys_value exc, ys_gen *gen, void *ctx);

/* Exceptions made for the occasion: T(arg) with the arg stolen, T("msg"), and
 * g.throw(exc) that drops the exception afterwards. */
ys_value exc_with_arg(const ys_exc_type *type, ys_value steal_arg);
ys_value exc_with_msg(const ys_exc_type *type, const char *msg);
ys_value throw_new(ys_value g, ys_value steal_exc);

/* Checks on an operation's Python-level outcome. They consume `r` and, for an
 * exception, fetch it. Reprs are spec/TRACE.md's canonical text. */
void expect_yield(ys_value r, const char *repr);
void expect_return(ys_value r, const char *value_repr); /* raised StopIteration(value) */
void expect_raise(ys_value r, const ys_exc_type *type, const char *exc_repr);
void expect_value(ys_value r, const char *repr); /* a plain result, e.g. close() */
/* a OP b raises exactly type with this text; the operands are released. */
void expect_binary_raises(ys_binop op, ys_value steal_a, ys_value steal_b,
                          const ys_exc_type *type, const char *exc_repr);
void expect_state(ys_value g, ys_gen_state state);
void expect_log(const char *expected);
/* What the test wrote to stderr (after .init = cr_redirect_stderr), without
 * the sanitizer runtimes' own "==PID==WARNING: ..." lines: under
 * AddressSanitizer a library that calls swapcontext itself (PCL) gets a
 * one-time warning on stderr at its first switch, which is not the test's. */
void expect_stderr(const char *expected);

/* Run operation in a child whose stderr is a pipe: the child must die of
 * SIGABRT having written exactly `message` there as its first line. */
void expect_abort(void (*operation)(void), const char *message);

#endif
