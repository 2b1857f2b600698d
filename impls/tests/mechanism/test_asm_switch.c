/* The asm backend's raw switch (ys_asm/switch.h), without the runtime. */
#include <criterion/criterion.h>
#include <fenv.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>

#include "churn.h"
#include "rounding.h"
#include "ys_asm/switch.h"

enum { STACK_BYTES = 256 * 1024 };

static ys_asm_context main_context;

static void *stack_top(void)
{
    char *stack = malloc(STACK_BYTES);
    cr_assert_not_null(stack);
    return stack + STACK_BYTES;
}

/* ---- control flow ------------------------------------------------------ */

static ys_asm_context counter_context;
static int trail[8], trail_len;

static void counter_entry(void *arg)
{
    int *start = arg;
    for (int i = *start;; i += 2) {
        trail[trail_len++] = i;
        ys_asm_switch(&counter_context, main_context);
    }
}

Test(asm_switch, passes_control_back_and_forth_and_each_side_continues_where_it_left_off)
{
    int start = 1;
    counter_context = ys_asm_make(stack_top(), counter_entry, &start);
    for (int i = 0; i < 4; i++) {
        trail[trail_len++] = i * 2;
        ys_asm_switch(&main_context, counter_context);
    }
    int expected[8] = {0, 1, 2, 3, 4, 5, 6, 7};
    cr_assert_eq(trail_len, 8);
    for (int i = 0; i < 8; i++)
        cr_assert_eq(trail[i], expected[i], "step %d ran %d", i, trail[i]);
}

enum { RING = 100 };
static ys_asm_context ring[RING];
static int visits[RING];

static void ring_entry(void *arg)
{
    int me = (int)(intptr_t)arg;
    for (;;) {
        visits[me]++;
        ys_asm_switch(&ring[me], main_context);
    }
}

Test(asm_switch, keeps_a_hundred_contexts_apart)
{
    for (int i = 0; i < RING; i++)
        ring[i] = ys_asm_make(stack_top(), ring_entry, (void *)(intptr_t)i);
    for (int round = 0; round < 10; round++)
        for (int i = RING - 1; i >= 0; i--)
            ys_asm_switch(&main_context, ring[i]);
    for (int i = 0; i < RING; i++)
        cr_assert_eq(visits[i], 10, "context %d ran %d times", i, visits[i]);
}

static void returning_entry(void *arg) {}

Test(asm_switch, aborts_when_an_entry_function_returns, .signal = SIGABRT)
{
    ys_asm_context c = ys_asm_make(stack_top(), returning_entry, NULL);
    ys_asm_switch(&main_context, c);
}

/* ---- registers ----------------------------------------------------------- */

enum { CHURN_ROUNDS = 10000 };
static ys_asm_context churn_context;
static uint64_t body_digest;

static void nothing(void *arg) {}
static void to_main(void *arg) { ys_asm_switch(&churn_context, main_context); }
static void to_body(void *arg) { ys_asm_switch(&main_context, churn_context); }

static void churn_entry(void *arg)
{
    body_digest = churn(0xb0d1, CHURN_ROUNDS, to_main, NULL);
    for (;;)
        ys_asm_switch(&churn_context, main_context);
}

Test(asm_switch, preserves_every_callee_saved_register_on_both_sides_at_O2)
{
    churn_context = ys_asm_make(stack_top(), churn_entry, NULL);
    /* One switch in, then both sides churn in lock step: each pause is a switch. */
    ys_asm_switch(&main_context, churn_context);
    uint64_t main_digest = churn(0x3a17, CHURN_ROUNDS, to_body, NULL);
    cr_assert_eq(main_digest, churn(0x3a17, CHURN_ROUNDS, nothing, NULL), "the resumer's values changed");
    cr_assert_eq(body_digest, churn(0xb0d1, CHURN_ROUNDS, nothing, NULL), "the body's values changed");
}

/* ---- floating-point control ---------------------------------------------- */

static ys_asm_context fp_context;
static thirds body_saw[2];
static int body_mode_seen;

static void fp_entry(void *arg)
{
    body_mode_seen = fegetround();
    fesetround(FE_UPWARD);
    body_saw[0] = thirds_now();
    ys_asm_switch(&fp_context, main_context);
    body_saw[1] = thirds_now();
    for (;;)
        ys_asm_switch(&fp_context, main_context);
}

Test(asm_switch, gives_each_context_its_own_rounding_mode_in_both_sse_and_x87_or_fpcr)
{
    thirds up = thirds_under(FE_UPWARD), down = thirds_under(FE_DOWNWARD);
    cr_assert(!thirds_eq(up, down), "rounding modes have no effect here (valgrind ignores them)");

    fesetround(FE_DOWNWARD);
    fp_context = ys_asm_make(stack_top(), fp_entry, NULL);
    ys_asm_switch(&main_context, fp_context);
    cr_assert_eq(body_mode_seen, FE_DOWNWARD, "a new context starts with its creator's mode");
    cr_assert_eq(fegetround(), FE_DOWNWARD, "the body's mode leaked into the resumer");
    cr_assert(thirds_eq(thirds_now(), down), "the body's mode leaked into the resumer");

    fesetround(FE_TONEAREST);
    ys_asm_switch(&main_context, fp_context);
    cr_assert(thirds_eq(body_saw[0], up));
    cr_assert(thirds_eq(body_saw[1], up), "the resumer's mode leaked into the body");
    cr_assert_eq(fegetround(), FE_TONEAREST, "the body's mode leaked into the resumer");
}
