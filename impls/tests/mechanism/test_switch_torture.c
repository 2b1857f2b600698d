/* Switch torture on every stackful backend, through the runtime: registers
 * and floating-point control survive every yield, each side keeping its own. */
#include <fenv.h>
#include <stdint.h>

#include "churn.h"
#include "mechanism.h"
#include "rounding.h"

/* ---- callee-saved registers -------------------------------------------- */

enum { CHURN_ROUNDS = 2000 };
static const uint64_t BODY_SEED = 0xb0d1, RESUMER_SEED = 0x3a17;

static void nothing(void *arg) {}

static void yield_none(void *self) { ys_decref(ys_yield(self, ys_none())); }

static void next_expecting_none(void *gen)
{
    ys_value v = ys_gen_next(gen);
    cr_assert_eq(v.kind, YS_NONE, "[%s] the body stopped yielding", current_backend());
}

static ys_step churn_body(ys_gen *self)
{
    uint64_t digest = churn(BODY_SEED, CHURN_ROUNDS, yield_none, self);
    return ys_step_return(self, ys_int((int64_t)digest));
}

static const ys_code churn_code = {.name = "churn", .stackful = churn_body};

STACKFUL_TEST(switch_torture, preserves_callee_saved_registers_of_body_and_resumer_across_every_yield_at_O2)
{
    ys_value g = ys_gen_new(&churn_code);
    cr_assert_eq(g.kind, YS_GEN);
    uint64_t resumer_digest = churn(RESUMER_SEED, CHURN_ROUNDS, next_expecting_none, g.as.g);

    cr_assert(ys_is_null(ys_gen_next(g.as.g)));
    cr_assert(ys_err_matches(YS_EXC(StopIteration)));
    ys_value stop = ys_err_fetch();
    ys_value body_digest = ys_exc_stop_value(stop);
    cr_assert_eq((uint64_t)body_digest.as.i, churn(BODY_SEED, CHURN_ROUNDS, nothing, NULL),
                 "[%s] the body's values changed", current_backend());
    cr_assert_eq(resumer_digest, churn(RESUMER_SEED, CHURN_ROUNDS, nothing, NULL),
                 "[%s] the resumer's values changed", current_backend());
    ys_decref(stop);
    ys_decref(g);
}

/* ---- floating-point control --------------------------------------------- */

struct rounding_frame {
    int mode_at_start;
    thirds before_yield, after_yield;
};

/* Starts in whatever mode it was created in, switches to upward rounding,
 * yields once. */
static ys_step rounding_body(ys_gen *self)
{
    struct rounding_frame *f = ys_gen_frame(self);
    f->mode_at_start = fegetround();
    fesetround(FE_UPWARD);
    f->before_yield = thirds_now();
    ys_decref(ys_yield(self, ys_none()));
    f->after_yield = thirds_now();
    return ys_step_return(self, ys_none());
}

static const ys_code rounding_code = {
    .name = "rounding",
    .stackful = rounding_body,
    .frame_size = sizeof(struct rounding_frame),
};

static void expect_stop(ys_value r)
{
    cr_assert(ys_is_null(r));
    cr_assert(ys_err_matches(YS_EXC(StopIteration)), "[%s] expected StopIteration",
              current_backend());
    ys_decref(ys_err_fetch());
}

STACKFUL_TEST(switch_torture, keeps_a_rounding_mode_set_in_a_generator_its_own_in_sse_and_x87_or_fpcr)
{
    thirds up = thirds_under(FE_UPWARD), down = thirds_under(FE_DOWNWARD);
    cr_assert(!thirds_eq(up, down), "rounding modes have no effect here (valgrind ignores them)");
    fesetround(FE_DOWNWARD);
    ys_value g = ys_gen_new(&rounding_code);
    struct rounding_frame *f = ys_gen_frame(g.as.g);

    ys_value v = ys_gen_next(g.as.g);
    cr_assert_eq(v.kind, YS_NONE);
    cr_assert_eq(f->mode_at_start, FE_DOWNWARD, "[%s] a generator starts in its creator's mode",
                 current_backend());
    cr_assert(thirds_eq(f->before_yield, up));
    cr_assert_eq(fegetround(), FE_DOWNWARD, "[%s] the body's mode leaked into the resumer",
                 current_backend());
    cr_assert(thirds_eq(thirds_now(), down), "[%s] the body's mode leaked into the resumer",
              current_backend());

    fesetround(FE_TONEAREST);
    expect_stop(ys_gen_next(g.as.g));
    cr_assert(thirds_eq(f->after_yield, up), "[%s] the resumer's mode leaked into the body",
              current_backend());
    cr_assert_eq(fegetround(), FE_TONEAREST, "[%s] the body's mode leaked into the resumer",
                 current_backend());
    ys_decref(g);
}

STACKFUL_TEST(switch_torture, starts_a_generator_on_a_reused_stack_in_its_creator_s_mode_not_its_predecessor_s)
{
    ys_value first = ys_gen_new(&rounding_code);
    cr_assert_eq(ys_gen_next(first.as.g).kind, YS_NONE);
    expect_stop(ys_gen_next(first.as.g));
    ys_decref(first); /* its stack (and thread) go back to the pool, last set to upward */

    fesetround(FE_TOWARDZERO);
    ys_value second = ys_gen_new(&rounding_code);
    struct rounding_frame *f = ys_gen_frame(second.as.g);
    cr_assert_eq(ys_gen_next(second.as.g).kind, YS_NONE);
    cr_assert_eq(f->mode_at_start, FE_TOWARDZERO, "[%s] started in mode %d", current_backend(),
                 f->mode_at_start);
    expect_stop(ys_gen_next(second.as.g));
    ys_decref(second);
    fesetround(FE_TONEAREST);
}
