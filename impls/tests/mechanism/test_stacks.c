/* The stack allocator shared by the stackful backends: sizes, the pool, the
 * guard region and its diagnostic. */
#include <signal.h>
#include <stdint.h>
#include <string.h>

#include "mechanism.h"
#include "ys_stacks/stack.h"

enum { KIB = 1024 };

Test(stacks, give_at_least_the_usable_bytes_asked_for_all_writable_below_an_aligned_record)
{
    ys_stack *s = ys_stack_acquire(100 * KIB + 3, 200, "sized");
    cr_assert_not_null(s);
    char *limit = ys_stack_limit(s), *top = ys_stack_top(s), *record = ys_stack_record(s);
    cr_assert_geq(ys_stack_usable(s), 100 * KIB + 3);
    cr_assert_eq((size_t)(top - limit), ys_stack_usable(s));
    cr_assert_eq((uintptr_t)top % 64, 0);
    cr_assert_eq((uintptr_t)record % 64, 0);
    cr_assert_geq(record, top, "the record must not overlap the stack");
    memset(limit, 0xa5, ys_stack_usable(s));
    memset(record, 0x5a, 200);
    cr_assert_eq(limit[0], (char)0xa5);
    ys_stack_release(s);
}

Test(stacks, hand_a_released_stack_to_the_next_request_of_the_same_size)
{
    ys_stack *first = ys_stack_acquire(64 * KIB, 0, "first");
    ys_stack_release(first);
    ys_stack *second = ys_stack_acquire(64 * KIB, 0, "second");
    cr_assert_eq(second, first, "the pool did not reuse the released stack");
    ys_stack_release(second);
}

Test(stacks, lay_out_a_pooled_stack_afresh_for_a_record_of_another_size)
{
    ys_stack *first = ys_stack_acquire(64 * KIB, 64, "small record");
    char *limit = ys_stack_limit(first);
    ys_stack_release(first);
    ys_stack *second = ys_stack_acquire(64 * KIB, 2048, "large record");
    cr_assert_eq(second, first, "expected the pooled stack (same mapping size)");
    cr_assert_geq(ys_stack_usable(second), 64 * KIB);
    memset(ys_stack_record(second), 0xff, 2048);
    memset(ys_stack_limit(second), 0xee, ys_stack_usable(second));
    ys_stack_release(second);
    ys_stack *third = ys_stack_acquire(64 * KIB, 64, "small record");
    cr_assert_eq(ys_stack_limit(third), limit, "the record overwrote the stack's descriptor");
    ys_stack_release(third);
}

static ys_step yield_once_body(ys_gen *self)
{
    ys_decref(ys_yield(self, ys_int(1)));
    return ys_step_return(self, ys_int(2));
}

static const ys_code yield_once_code = {.name = "yield_once", .stackful = yield_once_body};

/* Every stackful backend keeps a record of its own size at the top of its
 * stacks, and they all draw from one pool. */
Test(stacks, serve_generators_of_every_stackful_backend_in_turn_from_one_pool)
{
    for (int round = 0; round < 3; round++)
        for (size_t i = 0; ys_backends[i]; i++) {
            if (!ys_backends[i]->stackful)
                continue;
            start_backend(i, 0);
            ys_value g = ys_gen_new(&yield_once_code);
            cr_assert_eq(ys_gen_next(g.as.g).as.i, 1, "[%s]", current_backend());
            cr_assert(ys_is_null(ys_gen_next(g.as.g)));
            ys_decref(ys_err_fetch());
            ys_decref(g);
            ys_runtime_shutdown();
        }
}

Test(stacks, keep_pooled_stacks_of_different_sizes_apart)
{
    ys_stack *small = ys_stack_acquire(64 * KIB, 0, "small");
    ys_stack_release(small);
    ys_stack *large = ys_stack_acquire(512 * KIB, 0, "large");
    cr_assert_neq(large, small);
    cr_assert_geq(ys_stack_usable(large), 512 * KIB);
    ys_stack *small_again = ys_stack_acquire(64 * KIB, 0, "small");
    cr_assert_eq(small_again, small);
    ys_stack_release(large);
    ys_stack_release(small_again);
}

Test(stacks, never_overlap_while_acquired)
{
    enum { N = 32 };
    ys_stack *s[N];
    for (int i = 0; i < N; i++)
        s[i] = ys_stack_acquire(16 * KIB, 64, "many");
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++) {
            char *lo_i = ys_stack_limit(s[i]), *hi_i = (char *)ys_stack_record(s[i]) + 64;
            char *lo_j = ys_stack_limit(s[j]), *hi_j = (char *)ys_stack_record(s[j]) + 64;
            cr_assert(hi_i <= lo_j || hi_j <= lo_i, "stacks %d and %d overlap", i, j);
        }
    for (int i = 0; i < N; i++)
        ys_stack_release(s[i]);
}

/* ---- the guard region ----------------------------------------------------- */

static void touch(void *address) { *(volatile char *)address = 1; }

static void touch_below_limit(void *arg)
{
    ys_stack *s = ys_stack_acquire(64 * KIB, 0, "guarded");
    touch((char *)ys_stack_limit(s) - 1);
}

static void touch_deep_in_guard(void *arg)
{
    ys_stack *s = ys_stack_acquire(64 * KIB, 0, "guarded");
    touch((char *)ys_stack_limit(s) - 60 * KIB);
}

static void touch_limit(void *arg)
{
    ys_stack *s = ys_stack_acquire(64 * KIB, 0, "guarded");
    touch(ys_stack_limit(s));
}

/* The report is the first line on stderr; what follows is the emulator's or
 * sanitizer's own account of the abort, if any. */
static void expect_report(child_outcome out)
{
    static const char report[] = "generator stack overflow in guarded (stack 65536 bytes)\n";
    cr_assert_eq(out.signal, SIGABRT, "signal %d, exit %d, stderr:\n%s", out.signal, out.exit_code,
                 out.err);
    cr_assert(strncmp(out.err, report, strlen(report)) == 0, "stderr:\n%s", out.err);
}

Test(stacks, report_a_touch_just_below_the_usable_stack_as_an_overflow_and_abort)
{
    expect_report(run_in_child(touch_below_limit, NULL));
}

Test(stacks, guard_a_region_wider_than_a_page_against_large_frames)
{
    expect_report(run_in_child(touch_deep_in_guard, NULL));
}

Test(stacks, let_the_lowest_usable_byte_be_used)
{
    child_outcome out = run_in_child(touch_limit, NULL);
    cr_assert_eq(out.signal, 0, "signal %d, stderr:\n%s", out.signal, out.err);
    cr_assert_eq(out.exit_code, 0);
}

static void null_write_after_acquiring(void *arg)
{
    ys_stack_acquire(64 * KIB, 0, "unrelated");
    volatile uintptr_t nowhere = 16;
    touch((void *)nowhere);
}

Test(stacks, leave_a_fault_elsewhere_to_the_previous_handler)
{
    child_outcome out = run_in_child(null_write_after_acquiring, NULL);
    /* SIGSEGV normally; under AddressSanitizer its own handler reports and exits 1. */
    cr_assert(out.signal == SIGSEGV || out.exit_code != 0, "signal %d, exit %d", out.signal,
              out.exit_code);
    cr_assert_null(strstr(out.err, "generator stack overflow"), "misreported:\n%s", out.err);
}
