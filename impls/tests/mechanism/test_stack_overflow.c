/* A generator that overflows its stack is stopped by the guard region and
 * reported by name and stack size, on every stackful backend; the recursion
 * under a body (its frame count) is refused before it gets there. */
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>

#include "mechanism.h"

static int dive(int depth, int limit)
{
    volatile char frame[256];
    frame[0] = (char)depth;
    if (depth == limit)
        return frame[0];
    return dive(depth + 1, limit) + frame[0];
}

static ys_step deep_body(ys_gen *self)
{
    volatile int unreachable_depth = INT_MAX;
    return ys_step_return(self, ys_int(dive(0, unreachable_depth)));
}

static ys_step used_stack_body(ys_gen *self)
{
    int depth = *(int *)ys_gen_frame(self);
    return ys_step_return(self, ys_int(dive(0, depth)));
}

static const ys_code deep_code = {.name = "deep", .stackful = deep_body, .stack_size = 64 * 1024};
static const ys_code deep_default_code = {.name = "deep_default", .stackful = deep_body};
static const ys_code used_stack_code = {
    .name = "uses_most_of_1MiB",
    .stackful = used_stack_body,
    .frame_size = sizeof(int),
    .stack_size = 1024 * 1024,
};

static void next_of(void *code)
{
    ys_value g = ys_gen_new(code);
    ys_gen_next(g.as.g);
}

static void expect_overflow_report(child_outcome out, const char *line)
{
    cr_assert_eq(out.signal, SIGABRT, "[%s] the child ended with signal %d, exit %d; stderr:\n%s",
                 current_backend(), out.signal, out.exit_code, out.err);
    cr_assert(strstr(out.err, line), "[%s] stderr lacks \"%s\":\n%s", current_backend(), line,
              out.err);
}

STACKFUL_TEST(stack_overflow, is_reported_with_the_generator_s_name_and_stack_size_then_aborts)
{
    expect_overflow_report(run_in_child(next_of, (void *)&deep_code),
                           "generator stack overflow in deep (stack 65536 bytes)\n");
}

static ys_step returns_at_once_body(ys_gen *self) { return ys_step_return(self, ys_none()); }

static const ys_code earlier_code = {
    .name = "earlier_user", .stackful = returns_at_once_body, .stack_size = 64 * 1024};

/* Its 64 KiB stack (or thread) goes back to the pool for the next generator. */
static void run_and_release_an_earlier_generator(void)
{
    ys_value earlier = ys_gen_new(&earlier_code);
    ys_gen_next(earlier.as.g);
    ys_decref(ys_err_fetch());
    ys_decref(earlier);
}

/* The overflowing generator gets the stack (or the thread) an earlier one used. */
static void overflow_after_an_earlier_generator(void *unused)
{
    run_and_release_an_earlier_generator();
    next_of((void *)&deep_code);
}

STACKFUL_TEST(stack_overflow, names_the_generator_that_overflowed_not_an_earlier_user_of_its_stack)
{
    expect_overflow_report(run_in_child(overflow_after_an_earlier_generator, NULL),
                           "generator stack overflow in deep (stack 65536 bytes)\n");
}

STACKFUL_TEST(stack_overflow, reports_the_runtime_s_default_size_for_a_generator_that_names_none)
{
    restart_backend(128 * 1024);
    expect_overflow_report(run_in_child(next_of, (void *)&deep_default_code),
                           "generator stack overflow in deep_default (stack 131072 bytes)\n");
}

/* The recursion under a stackful body (helpers a scenario calls, ys_enter_frame
 * per frame) is refused with RecursionError once less than a quarter of the
 * body's stack is left, whatever the recursion limit: deep enough for any
 * frame count a small one holds, early enough to leave the last quarter for
 * what runs between two frames (gen.c, stack_floor_below). */
enum { FLOOR_STACK = 256 * 1024, FLOOR_SLACK = 4 * 1024 };

static const char *refused_at;
static bool refused_with_recursion_error;

static __attribute__((noinline)) void enter_frames_until_refused(void)
{
    volatile char frame[64];
    frame[0] = 1;
    if (!ys_enter_frame()) {
        refused_at = __builtin_frame_address(0);
        refused_with_recursion_error = ys_err_matches(YS_EXC(RecursionError));
        ys_decref(ys_err_fetch());
        return;
    }
    enter_frames_until_refused();
    ys_leave_frame();
    frame[0]++; /* no tail call: every level keeps its frame */
}

static ptrdiff_t used_when_refused;

static ys_step recursing_body(ys_gen *self)
{
    const char *top = __builtin_frame_address(0);
    enter_frames_until_refused();
    used_when_refused = top - refused_at;
    return ys_step_return(self, ys_none());
}

static const ys_code recursing_code = {
    .name = "recursing", .stackful = recursing_body, .stack_size = FLOOR_STACK};

STACKFUL_TEST(stack_overflow, is_avoided_by_refusing_frames_once_three_quarters_of_the_stack_are_used)
{
    ys_config cfg = *ys_runtime_config();
    cfg.recursion_limit = 1000 * 1000; /* the stack, not the count, must stop it */
    ys_runtime_shutdown();
    cr_assert_eq(ys_runtime_init(&cfg), 0);
    ys_value g = ys_gen_new(&recursing_code);
    cr_assert(ys_is_null(ys_gen_next(g.as.g)));
    cr_assert(ys_err_matches(YS_EXC(StopIteration)), "[%s] the body did not return", current_backend());
    ys_decref(ys_err_fetch());
    cr_assert(refused_with_recursion_error, "[%s] the refused frame raised no RecursionError",
              current_backend());
    ptrdiff_t used = used_when_refused;
    cr_assert(used >= 3 * FLOOR_STACK / 4 - FLOOR_SLACK && used <= 3 * FLOOR_STACK / 4 + FLOOR_SLACK,
              "[%s] a frame was refused after %td bytes of the %d-byte stack, not about 3/4 of it",
              current_backend(), used, FLOOR_STACK);
    ys_decref(g);
}

/* About 600 KiB of frames: more than the default 256 KiB, less than the 1 MiB asked for. */
static void expect_used_stack_to_fit(void)
{
    ys_value g = ys_gen_new(&used_stack_code);
    *(int *)ys_gen_frame(g.as.g) = 2000;
    cr_assert(ys_is_null(ys_gen_next(g.as.g)));
    cr_assert(ys_err_matches(YS_EXC(StopIteration)), "[%s] the body did not return",
              current_backend());
    ys_decref(ys_err_fetch());
    ys_decref(g);
}

STACKFUL_TEST(stack_overflow, does_not_happen_within_the_size_a_generator_asked_for)
{
    expect_used_stack_to_fit();
}

/* A pooled stack (or thread) of a smaller generator must not be handed to a larger one. */
STACKFUL_TEST(stack_overflow, does_not_happen_within_the_size_asked_for_after_a_smaller_generator_was_released)
{
    run_and_release_an_earlier_generator();
    expect_used_stack_to_fit();
}
