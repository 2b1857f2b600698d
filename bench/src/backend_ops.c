/* The generator protocol's operations, timed on every backend of the registry
 * (ys_backends[]), under names "<operation>/<backend>". Each benchmark
 * initialises the runtime for its backend and shuts it down at the end. */
#include "backend_benchmarks.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench_generators.h"
#include "ys_bench.h"
#include "yieldspec/runtime.h"

/* close is timed in chunks: preparing the next suspended generators is paused
 * out of the timing once per chunk, not per operation. */
enum { CHUNK = 1024 };

enum { DEEPEST_YIELD_FROM = 1000 };
static const int64_t yield_from_depths[] = {1, 10, 100, DEEPEST_YIELD_FROM};
static const int64_t pipeline_stages[] = {1, 4, 16};

static bool start_runtime(ys_bench_state *st, const ys_backend *backend)
{
    /* A chain of 1000 delegators nests 1001 frames: the recursion limit is
     * raised as the CPython peer raises it (4 x the deepest chain). */
    ys_config cfg = {.backend = backend, .recursion_limit = 4 * DEEPEST_YIELD_FROM};
    if (ys_runtime_init(&cfg) == 0)
        return true;
    ys_bench_fail(st, "ys_runtime_init failed");
    return false;
}

char *ys_bench_fetch_pending_text(void)
{
    ys_value exc = ys_err_fetch();
    char *text = ys_is_null(exc) ? NULL : ys_repr(exc);
    ys_decref(exc);
    return text;
}

/* Report the pending exception as the benchmark's failure. */
static void fail_with_pending(ys_bench_state *st, const char *what)
{
    char *text = ys_bench_fetch_pending_text();
    char message[256];
    snprintf(message, sizeof message, "%s: %s", what, text ? text : "no exception pending");
    free(text);
    ys_bench_fail(st, message);
}

/* A new generator of `code`, advanced to its first yield when `start` is set.
 * NULL with the failure reported to st. */
static ys_gen *new_generator(ys_bench_state *st, const ys_code *code, bool start)
{
    ys_value g = ys_gen_new(code);
    if (ys_is_null(g)) {
        fail_with_pending(st, "ys_gen_new");
        return NULL;
    }
    if (start) {
        ys_value first = ys_gen_next(g.as.g);
        if (ys_is_null(first)) {
            fail_with_pending(st, "first next");
            ys_decref(g);
            return NULL;
        }
        ys_decref(first);
    }
    return g.as.g;
}

static void release_generator(ys_gen *g)
{
    if (g)
        ys_decref((ys_value){YS_GEN, {.g = g}});
}

/* Time `next` on g (which yields forever), one value per iteration. */
static void time_next_on(ys_bench_state *st, ys_gen *g)
{
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++) {
            ys_value v = ys_gen_next(g);
            if (ys_is_null(v)) {
                fail_with_pending(st, "next");
                return;
            }
            ys_decref(v);
        }
}

/* Below the protocol: the backend's own resume and suspend, with no state
 * checks, value transfer or exception handling around them. The generator is
 * made by ys_gen_new but never driven by the core: it stays CREATED, so
 * releasing it only destroys the context, parked in the middle of its body. */
static _Noreturn void bounce_forever(ys_gen *self)
{
    const ys_backend *backend = ys_runtime_config()->backend;
    for (;;)
        backend->suspend(self);
}

static ys_step bounce_stackful(ys_gen *self)
{
    bounce_forever(self);
}

/* A stackless resume is one call of the step function: return at once. */
static ys_step bounce_stackless(ys_gen *self)
{
    return YS_STEP_YIELD;
}

static const ys_code bounce_code = {
    .name = "bounce", .stackful = bounce_stackful, .stackless = bounce_stackless};

static void bench_raw_round_trip(ys_bench_state *st, void *backend_arg)
{
    const ys_backend *backend = backend_arg;
    if (!start_runtime(st, backend))
        return;
    ys_gen *g = new_generator(st, &bounce_code, false);
    uint64_t n;
    while (g && (n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            backend->resume(g);
    release_generator(g);
    ys_runtime_shutdown();
}

static void bench_next(ys_bench_state *st, void *backend)
{
    if (!start_runtime(st, backend))
        return;
    ys_gen *g = new_generator(st, &counter_code, false);
    if (g)
        time_next_on(st, g);
    release_generator(g);
    ys_runtime_shutdown();
}

static void bench_send(ys_bench_state *st, void *backend)
{
    if (!start_runtime(st, backend))
        return;
    ys_gen *g = new_generator(st, &accumulator_code, true);
    uint64_t n;
    while (g && (n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++) {
            ys_value total = ys_gen_send(g, ys_int(1));
            if (ys_is_null(total)) {
                fail_with_pending(st, "send");
                goto done;
            }
            ys_decref(total);
        }
done:
    release_generator(g);
    ys_runtime_shutdown();
}

/* g.throw(ValueError()) caught in the body, which yields again. The instance
 * is made per throw, as the Python peer must (a reused one grows a traceback). */
static void bench_throw(ys_bench_state *st, void *backend)
{
    if (!start_runtime(st, backend))
        return;
    ys_gen *g = new_generator(st, &catcher_code, true);
    uint64_t n;
    while (g && (n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++) {
            ys_value exc = ys_exc_new(YS_EXC(ValueError), 0, NULL);
            ys_value again = ys_gen_throw(g, exc);
            ys_decref(exc);
            if (ys_is_null(again)) {
                fail_with_pending(st, "throw");
                goto done;
            }
            ys_decref(again);
        }
done:
    release_generator(g);
    ys_runtime_shutdown();
}

/* Fill gens[0..count) with suspended counters; false (reported) on failure. */
static bool make_suspended(ys_bench_state *st, ys_gen **gens, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (!(gens[i] = new_generator(st, &counter_code, true))) {
            for (size_t j = 0; j < i; j++)
                release_generator(gens[j]);
            return false;
        }
    return true;
}

/* g.close(), whose result (None) is dropped; false (reported) if it raised. */
static bool close_quietly(ys_bench_state *st, ys_gen *g)
{
    ys_value result = ys_gen_close(g);
    if (ys_is_null(result)) {
        fail_with_pending(st, "close");
        return false;
    }
    ys_decref(result);
    return true;
}

/* Close gens[0..count) in the timed span, then release them outside it (the
 * Python peer drops its list while preparing the next chunk, untimed too). */
static bool close_chunk(ys_bench_state *st, ys_gen **gens, size_t count)
{
    bool ok = true;
    for (size_t i = 0; ok && i < count; i++)
        ok = close_quietly(st, gens[i]);
    ys_bench_pause(st);
    for (size_t i = 0; i < count; i++)
        release_generator(gens[i]);
    ys_bench_resume(st);
    return ok;
}

/* close() of a suspended generator: GeneratorExit thrown in, not caught. */
static void bench_close(ys_bench_state *st, void *backend)
{
    if (!start_runtime(st, backend))
        return;
    ys_gen *gens[CHUNK];
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t done = 0; done < n;) {
            size_t count = n - done < CHUNK ? (size_t)(n - done) : CHUNK;
            ys_bench_pause(st);
            bool made = make_suspended(st, gens, count);
            ys_bench_resume(st);
            if (!made || !close_chunk(st, gens, count))
                goto done;
            done += count;
        }
done:
    ys_runtime_shutdown();
}

/* g = counter(); next(g); g.close(); del g: a generator's whole short life. */
static void bench_create_next_close(ys_bench_state *st, void *backend)
{
    if (!start_runtime(st, backend))
        return;
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++) {
            ys_gen *g = new_generator(st, &counter_code, true);
            if (!g)
                goto done;
            bool closed = close_quietly(st, g);
            release_generator(g);
            if (!closed)
                goto done;
        }
done:
    ys_runtime_shutdown();
}

/* `count` generators of `code` stacked on `innermost`, each owning the one
 * below through its frame's first field (delegate.inner / add_one_stage.source).
 * Returns the top one; NULL (reported) on failure. */
static ys_gen *stack_generators(ys_bench_state *st, ys_gen *innermost, const ys_code *code, int64_t count)
{
    ys_gen *top = innermost;
    for (int64_t i = 0; i < count; i++) {
        ys_gen *outer = new_generator(st, code, false);
        if (!outer) {
            release_generator(top);
            return NULL;
        }
        *(ys_value *)ys_gen_frame(outer) = (ys_value){YS_GEN, {.g = top}}; /* the frame takes our reference */
        top = outer;
    }
    return top;
}

/* next() at the top of a chain of `depth` delegate generators: cost per value. */
static void bench_yield_from(ys_bench_state *st, void *backend)
{
    if (!start_runtime(st, backend))
        return;
    ys_gen *counter = new_generator(st, &counter_code, false);
    ys_gen *top = counter ? stack_generators(st, counter, &delegate_code, ys_bench_arg(st, 0)) : NULL;
    if (top)
        time_next_on(st, top);
    release_generator(top);
    ys_runtime_shutdown();
}

/* next() on the last of `stages` add_one_stage generators pulling from a counter. */
static void bench_pipeline(ys_bench_state *st, void *backend)
{
    if (!start_runtime(st, backend))
        return;
    ys_gen *source = new_generator(st, &counter_code, false);
    ys_gen *last = source ? stack_generators(st, source, &add_one_stage_code, ys_bench_arg(st, 0)) : NULL;
    if (last)
        time_next_on(st, last);
    release_generator(last);
    ys_runtime_shutdown();
}

/* "<operation>/<backend>": the shim copies the name. */
static void register_for_backend(const ys_backend *backend, const char *operation, ys_bench_fn fn,
                                 const char *arg_name, const int64_t *args, size_t nargs)
{
    char name[128];
    snprintf(name, sizeof name, "%s/%s", operation, backend->name);
    ys_bench_register(&(ys_bench_def){.name = name, .fn = fn, .arg = (void *)backend,
                                      .arg_name = arg_name, .args = args, .nargs = nargs});
}

void ys_register_backend_operations(void)
{
    for (const ys_backend *const *b = ys_backends; *b; b++) {
        register_for_backend(*b, "raw_round_trip", bench_raw_round_trip, NULL, NULL, 0);
        register_for_backend(*b, "next", bench_next, NULL, NULL, 0);
        register_for_backend(*b, "send", bench_send, NULL, NULL, 0);
        register_for_backend(*b, "throw", bench_throw, NULL, NULL, 0);
        register_for_backend(*b, "close", bench_close, NULL, NULL, 0);
        register_for_backend(*b, "create_next_close", bench_create_next_close, NULL, NULL, 0);
        register_for_backend(*b, "yield_from", bench_yield_from, "depth", yield_from_depths,
                             sizeof yield_from_depths / sizeof *yield_from_depths);
        register_for_backend(*b, "pipeline", bench_pipeline, "stages", pipeline_stages,
                             sizeof pipeline_stages / sizeof *pipeline_stages);
    }
}
