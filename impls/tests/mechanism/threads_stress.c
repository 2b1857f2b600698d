/* A stress run of the threads backend through the runtime, as a plain
 * program rather than a Criterion test: Criterion cannot start under
 * ThreadSanitizer (its BoxFort arena is mapped at random addresses in the
 * range TSan reserves for its shadow memory; Snaipe/Criterion#274), and this
 * is the check the TSan build exists for. In a TSan build any data race
 * between a body and its resumer, or in the values they pass each other,
 * fails the run; in every build each scenario also checks its results.
 *
 * Exit status 0 on success; on failure, the failed check on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yieldspec/runtime.h"

#define CHECK(cond, ...)                                                          \
    do {                                                                          \
        if (!(cond)) {                                                            \
            fprintf(stderr, "threads_stress.c:%d: check failed: %s: ", __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                         \
            fputc('\n', stderr);                                                  \
            exit(1);                                                              \
        }                                                                         \
    } while (0)

static ys_gen *gen_of(ys_value v)
{
    CHECK(v.kind == YS_GEN, "expected a generator, got %s", ys_type_name(v));
    return v.as.g;
}

static int64_t next_int(ys_value g)
{
    ys_value v = ys_gen_next(gen_of(g));
    CHECK(v.kind == YS_INT, "expected an int, got %s", ys_type_name(v));
    return v.as.i;
}

/* next() must raise StopIteration; returns its value. */
static ys_value next_stop(ys_value g)
{
    CHECK(ys_is_null(ys_gen_next(gen_of(g))), "the generator yielded again");
    CHECK(ys_err_matches(YS_EXC(StopIteration)), "expected StopIteration");
    ys_value stop = ys_err_fetch();
    ys_value value = ys_exc_stop_value(stop);
    ys_decref(stop);
    return value;
}

/* ---- counting, the building block ---------------------------------------- */

struct count_frame {
    int64_t n;
};

/* yield 0..n-1, each as an int and, to move heap values across threads, a str
 * made on the body's thread and freed on the resumer's; return n. */
static ys_step count_body(ys_gen *self)
{
    struct count_frame *f = ys_gen_frame(self);
    for (int64_t i = 0; i < f->n; i++) {
        ys_value sent = ys_yield(self, ys_int(i));
        if (ys_is_null(sent))
            return YS_STEP_ERROR;
        ys_decref(sent);
        char text[32];
        snprintf(text, sizeof text, "value %lld", (long long)i);
        sent = ys_yield(self, ys_str_cstr(text));
        if (ys_is_null(sent))
            return YS_STEP_ERROR;
        ys_decref(sent);
    }
    return ys_step_return(self, ys_int(f->n));
}

static const ys_code count_code = {
    .name = "count",
    .stackful = count_body,
    .frame_size = sizeof(struct count_frame),
};

static ys_value new_count(int64_t n)
{
    ys_value g = ys_gen_new(&count_code);
    ((struct count_frame *)ys_gen_frame(gen_of(g)))->n = n;
    return g;
}

static void expect_counting(ys_value g, int64_t i)
{
    CHECK(next_int(g) == i, "out of order");
    ys_value s = ys_gen_next(gen_of(g));
    size_t len;
    char expected[32];
    snprintf(expected, sizeof expected, "value %lld", (long long)i);
    CHECK(s.kind == YS_STR && strcmp(ys_str_data(s, &len), expected) == 0, "wrong str");
    ys_decref(s);
}

/* ---- scenarios ------------------------------------------------------------ */

static void many_interleaved(void)
{
    enum { N = 200, ROUNDS = 10 };
    ys_value gens[N];
    for (int i = 0; i < N; i++)
        gens[i] = new_count(ROUNDS);
    for (int64_t round = 0; round < ROUNDS; round++)
        for (int i = 0; i < N; i++)
            expect_counting(gens[i], round);
    for (int i = 0; i < N; i++) {
        CHECK(next_stop(gens[i]).as.i == ROUNDS, "wrong return value");
        ys_decref(gens[i]);
    }
}

/* A body that drives another generator: the inner one's resumer is the outer
 * one's thread, so three threads hand control around. */
static ys_step nested_body(ys_gen *self)
{
    ys_value inner = new_count(50);
    int64_t total = 0;
    for (int64_t i = 0; i < 50; i++) {
        int64_t v = next_int(inner);
        ys_decref(ys_gen_next(gen_of(inner))); /* its str */
        total += v;
        ys_decref(ys_yield(self, ys_int(v * 2)));
    }
    ys_decref(next_stop(inner));
    ys_decref(inner);
    return ys_step_return(self, ys_int(total));
}

static const ys_code nested_code = {.name = "nested", .stackful = nested_body};

static void nested_drivers(void)
{
    ys_value outer = ys_gen_new(&nested_code);
    for (int64_t i = 0; i < 50; i++)
        CHECK(next_int(outer) == i * 2, "nested value");
    CHECK(next_stop(outer).as.i == 49 * 50 / 2, "nested total");
    ys_decref(outer);
}

struct delegator_frame {
    ys_value sub;
};

/* return (yield from sub) */
static ys_step delegator_body(ys_gen *self)
{
    struct delegator_frame *f = ys_gen_frame(self);
    ys_value r = ys_yield_from(self, f->sub);
    if (ys_is_null(r))
        return YS_STEP_ERROR;
    return ys_step_return(self, r);
}

static void clear_delegator(void *frame) { ys_setref(&((struct delegator_frame *)frame)->sub, ys_null()); }

static const ys_code delegator_code = {
    .name = "delegator",
    .stackful = delegator_body,
    .frame_size = sizeof(struct delegator_frame),
    .frame_clear = clear_delegator,
};

static void delegation_chain(void)
{
    enum { DEPTH = 30, N = 20 };
    ys_value top = new_count(N);
    for (int d = 0; d < DEPTH; d++) {
        ys_value g = ys_gen_new(&delegator_code);
        ((struct delegator_frame *)ys_gen_frame(gen_of(g)))->sub = top;
        top = g;
    }
    for (int64_t i = 0; i < N; i++)
        expect_counting(top, i);
    CHECK(next_stop(top).as.i == N, "the chain's return value");
    ys_decref(top);
}

static bool finally_ran;

static ys_step finally_body(ys_gen *self)
{
    ys_value sent = ys_yield(self, ys_int(1));
    finally_ran = true; /* as a finally block: whether the yield returned or raised */
    if (ys_is_null(sent))
        return YS_STEP_ERROR;
    ys_decref(sent);
    return ys_step_return(self, ys_none());
}

static const ys_code finally_code = {.name = "with_finally", .stackful = finally_body};

static void finalization_and_throw(void)
{
    ys_value g = ys_gen_new(&finally_code);
    CHECK(next_int(g) == 1, "first value");
    finally_ran = false;
    ys_decref(g); /* closes it: GeneratorExit runs the body on its own thread */
    CHECK(finally_ran, "closing a suspended generator did not run its body");

    ys_value counter = new_count(5);
    expect_counting(counter, 0);
    ys_value exc = ys_exc_new_msg(YS_EXC(ValueError), "thrown in");
    CHECK(ys_is_null(ys_gen_throw(gen_of(counter), exc)), "throw was swallowed");
    CHECK(ys_err_matches(YS_EXC(ValueError)), "throw changed the exception");
    ys_decref(ys_err_fetch());
    CHECK(ys_gen_state_of(gen_of(counter)) == YS_GEN_CLOSED, "not closed after an uncaught throw");
    ys_decref(exc);
    ys_decref(counter);
}

static int unraisable_count;
static void count_unraisable(ys_value exc, ys_gen *gen, void *ctx) { unraisable_count++; }

/* Yields again when closed: the core gives up and frees it mid-body. */
static ys_step stubborn_body(ys_gen *self)
{
    ys_value sent = ys_yield(self, ys_int(1));
    if (ys_is_null(sent))
        ys_decref(ys_err_fetch());
    else
        ys_decref(sent);
    ys_decref(ys_yield(self, ys_int(2)));
    CHECK(false, "an abandoned body was resumed");
    return ys_step_return(self, ys_none());
}

static const ys_code stubborn_code = {.name = "stubborn", .stackful = stubborn_body};

static void abandoned_generators(void)
{
    for (int i = 0; i < 50; i++) {
        ys_value g = ys_gen_new(&stubborn_code);
        CHECK(next_int(g) == 1, "first value");
        ys_decref(g);
    }
    CHECK(unraisable_count == 50, "%d unraisable RuntimeErrors instead of 50", unraisable_count);
    many_interleaved(); /* the abandoned generators' threads serve new ones */
}

static void create_destroy_cycles(void)
{
    for (int i = 0; i < 2000; i++) {
        ys_value g = new_count(1);
        expect_counting(g, 0);
        ys_value r = ys_gen_close(gen_of(g));
        CHECK(r.kind == YS_NONE, "close() of a suspended generator returns None");
        ys_decref(g);
    }
}

int main(void)
{
    ys_config cfg = {
        .backend = ys_backend_lookup("threads"),
        .unraisable = count_unraisable,
    };
    CHECK(cfg.backend, "the threads backend is not built");
    CHECK(ys_runtime_init(&cfg) == 0, "runtime init");
    many_interleaved();
    nested_drivers();
    delegation_chain();
    finalization_and_throw();
    abandoned_generators();
    create_destroy_cycles();
    CHECK(!ys_err_occurred(), "an exception was left pending");
    ys_runtime_shutdown();
    puts("threads stress: all scenarios passed");
    return 0;
}
