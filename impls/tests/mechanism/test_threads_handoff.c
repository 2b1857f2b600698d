/* The threads backend's handoff: a body runs on a thread of its own, exactly
 * one side runs at a time, and threads are reused, including the thread of a
 * generator abandoned mid-body. */
#include <pthread.h>

#include "mechanism.h"

static void quiet_unraisable(ys_value exc, ys_gen *gen, void *ctx) { ++*(int *)ctx; }
static int unraisable_count;

static void start_threads_backend(void)
{
    ys_config cfg = {
        .backend = ys_backend_lookup("threads"),
        .unraisable = quiet_unraisable,
        .unraisable_ctx = &unraisable_count,
    };
    cr_assert_not_null(cfg.backend);
    cr_assert_eq(ys_runtime_init(&cfg), 0);
}

static void expect_stop(ys_value r)
{
    cr_assert(ys_is_null(r));
    cr_assert(ys_err_matches(YS_EXC(StopIteration)));
    ys_decref(ys_err_fetch());
}

/* ---- which thread runs the body ------------------------------------------ */

enum { RESUMES = 5 };
struct threads_frame {
    pthread_t ran_on[RESUMES];
    bool finished;
};

static ys_step record_threads_body(ys_gen *self)
{
    struct threads_frame *f = ys_gen_frame(self);
    for (int i = 0; i < RESUMES; i++) {
        f->ran_on[i] = pthread_self();
        ys_decref(ys_yield(self, ys_int(i)));
    }
    f->finished = true;
    return ys_step_return(self, ys_none());
}

static const ys_code record_threads_code = {
    .name = "record_threads",
    .stackful = record_threads_body,
    .frame_size = sizeof(struct threads_frame),
};

static pthread_t run_to_end(ys_value g)
{
    for (int i = 0; i < RESUMES; i++)
        cr_assert_eq(ys_gen_next(g.as.g).as.i, i);
    expect_stop(ys_gen_next(g.as.g));
    return ((struct threads_frame *)ys_gen_frame(g.as.g))->ran_on[0];
}

Test(threads_handoff, runs_a_body_on_one_thread_of_its_own_at_every_resume)
{
    start_threads_backend();
    ys_value g = ys_gen_new(&record_threads_code);
    run_to_end(g);
    struct threads_frame *f = ys_gen_frame(g.as.g);
    cr_assert(!pthread_equal(f->ran_on[0], pthread_self()));
    for (int i = 1; i < RESUMES; i++)
        cr_assert(pthread_equal(f->ran_on[i], f->ran_on[0]), "resume %d ran on another thread", i);
    ys_decref(g);
    ys_runtime_shutdown();
}

Test(threads_handoff, reuses_the_thread_of_a_finished_generator_for_the_next_one)
{
    start_threads_backend();
    ys_value first = ys_gen_new(&record_threads_code);
    pthread_t first_thread = run_to_end(first);
    ys_decref(first);
    ys_value second = ys_gen_new(&record_threads_code);
    cr_assert(pthread_equal(run_to_end(second), first_thread));
    ys_decref(second);
    ys_runtime_shutdown();
}

static void run_a_generator(void *unused)
{
    ys_value g = ys_gen_new(&record_threads_code);
    run_to_end(g);
    ys_decref(g);
}

Test(threads_handoff, gives_a_forked_child_new_threads_rather_than_the_parent_s_idle_ones,
     .timeout = 30)
{
    start_threads_backend();
    run_a_generator(NULL); /* leaves an idle worker in the parent's pool */
    child_outcome out = run_in_child(run_a_generator, NULL);
    cr_assert_eq(out.signal, 0, "signal %d, stderr:\n%s", out.signal, out.err);
    cr_assert_eq(out.exit_code, 0, "stderr:\n%s", out.err);
    ys_runtime_shutdown();
}

/* ---- one side at a time ------------------------------------------------- */

/* Both sides append to the same unsynchronised array: only the handoff
 * orders them. Under ThreadSanitizer an overlap is a reported race; in any
 * build it shows as an out-of-order trail. */
enum { ALTERNATIONS = 1000 };
static int trail[2 * ALTERNATIONS + 1];
static int trail_len;

static ys_step alternating_body(ys_gen *self)
{
    for (int i = 0; i < ALTERNATIONS; i++) {
        trail[trail_len] = trail_len;
        trail_len++;
        ys_decref(ys_yield(self, ys_none()));
    }
    return ys_step_return(self, ys_none());
}

static const ys_code alternating_code = {.name = "alternating", .stackful = alternating_body};

Test(threads_handoff, lets_exactly_one_side_run_at_a_time)
{
    start_threads_backend();
    ys_value g = ys_gen_new(&alternating_code);
    for (int i = 0; i < ALTERNATIONS; i++) {
        cr_assert_eq(ys_gen_next(g.as.g).kind, YS_NONE);
        trail[trail_len] = -trail_len;
        trail_len++;
    }
    expect_stop(ys_gen_next(g.as.g));
    cr_assert_eq(trail_len, 2 * ALTERNATIONS);
    for (int i = 0; i < trail_len; i++)
        cr_assert_eq(trail[i], i % 2 ? -i : i, "entry %d was written out of turn", i);
    ys_decref(g);
    ys_runtime_shutdown();
}

/* ---- abandoned generators ------------------------------------------------- */

struct stubborn_frame {
    pthread_t thread;
    bool ran_past_second_yield;
};

/* Yields again when closed, so the core gives up on it and frees it while
 * its body is still suspended. */
static ys_step stubborn_body(ys_gen *self)
{
    struct stubborn_frame *f = ys_gen_frame(self);
    f->thread = pthread_self();
    ys_value sent = ys_yield(self, ys_int(1));
    if (ys_is_null(sent))
        ys_decref(ys_err_fetch()); /* GeneratorExit, ignored */
    ys_decref(ys_yield(self, ys_int(2)));
    f->ran_past_second_yield = true;
    return ys_step_return(self, ys_none());
}

/* Its frame is copied out when the generator is freed. */
static struct stubborn_frame last_stubborn;
static void remember_frame(void *frame) { last_stubborn = *(struct stubborn_frame *)frame; }

static const ys_code stubborn_code = {
    .name = "stubborn",
    .stackful = stubborn_body,
    .frame_size = sizeof(struct stubborn_frame),
    .frame_clear = remember_frame,
};

Test(threads_handoff, releases_the_thread_of_a_generator_abandoned_mid_body_for_reuse)
{
    start_threads_backend();
    ys_value g = ys_gen_new(&stubborn_code);
    cr_assert_eq(ys_gen_next(g.as.g).as.i, 1);
    ys_decref(g); /* close() -> "generator ignored GeneratorExit" -> freed mid-body */
    cr_assert_eq(unraisable_count, 1);
    cr_assert(!last_stubborn.ran_past_second_yield, "the abandoned body kept running");

    ys_value next = ys_gen_new(&record_threads_code);
    cr_assert(pthread_equal(run_to_end(next), last_stubborn.thread),
              "the abandoned generator's thread was not reused");
    ys_decref(next);
    ys_runtime_shutdown();
}

/* ---- many at once --------------------------------------------------------- */

static ys_step count_body(ys_gen *self)
{
    for (int64_t i = 0; i < 10; i++)
        ys_decref(ys_yield(self, ys_int(i)));
    return ys_step_return(self, ys_none());
}

static const ys_code count_code = {.name = "count", .stackful = count_body};

Test(threads_handoff, interleaves_two_hundred_suspended_generators)
{
    enum { N = 200 };
    start_threads_backend();
    ys_value gens[N];
    for (int i = 0; i < N; i++)
        gens[i] = ys_gen_new(&count_code);
    for (int64_t round = 0; round < 10; round++)
        for (int i = 0; i < N; i++)
            cr_assert_eq(ys_gen_next(gens[i].as.g).as.i, round);
    for (int i = 0; i < N; i++) {
        expect_stop(ys_gen_next(gens[i].as.g));
        ys_decref(gens[i]);
    }
    ys_runtime_shutdown();
}
