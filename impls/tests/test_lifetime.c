/* Reference counting and finalization: dropping generators in every state,
 * the order frames are released in, the unraisable hook, nested generators,
 * many suspended generators at once, and create/destroy cycles without leaks. */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include "generators.h"
#include "support.h"

/* After criterion.h (via support.h): included first, it breaks cr_assert. */
#include <criterion/redirect.h>

BACKEND_TEST(finalization, dropping_a_suspended_generator_closes_it_so_its_finally_block_runs)
{
    ys_value g = new_with_finally("a");
    expect_yield(ys_next(g), "1");
    ys_decref(g);
    expect_log("finally a; ");
}

BACKEND_TEST(finalization, dropping_a_just_started_generator_runs_none_of_its_body)
{
    ys_value g = new_with_finally("a");
    ys_decref(g);
    expect_log("");
}

BACKEND_TEST(finalization, dropping_a_finished_generator_runs_nothing_more)
{
    ys_value g = new_with_finally("a");
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "2");
    expect_return(ys_next(g), "None");
    expect_log("finally a; ");
    ys_decref(g);
    expect_log("finally a; ");
}

BACKEND_TEST(finalization, a_dropped_generator_releases_the_generators_it_holds_in_argument_order)
{
    ys_value a = new_with_finally("a"), b = new_with_finally("b");
    expect_yield(ys_next(a), "1");
    expect_yield(ys_next(b), "1");
    ys_value h = new_holder(a, b);
    expect_yield(ys_next(h), "\"holding\"");
    ys_decref(h);
    expect_log("finally a; finally b; ");
}

BACKEND_TEST(finalization, closing_a_generator_paused_outside_every_try_block_releases_its_locals_in_order)
{
    ys_value a = new_with_finally("a"), b = new_with_finally("b");
    expect_yield(ys_next(a), "1");
    expect_yield(ys_next(b), "1");
    ys_value h = new_holder(a, b);
    expect_yield(ys_next(h), "\"holding\"");
    expect_value(ys_close(h), "None");
    expect_log("finally a; finally b; ");
    expect_state(h, YS_GEN_CLOSED);
    expect_value(ys_close(h), "None");
    expect_raise(ys_next(h), YS_EXC(StopIteration), "StopIteration()");
    ys_decref(h);
    expect_log("finally a; finally b; ");
}

BACKEND_TEST(finalization, a_finishing_body_releases_its_frame_before_the_caller_sees_the_result)
{
    ys_value a = new_with_finally("a"), b = new_with_finally("b");
    expect_yield(ys_next(a), "1");
    expect_yield(ys_next(b), "1");
    ys_value h = new_holder(b, a);
    expect_yield(ys_next(h), "\"holding\"");
    ys_value r = ys_next(h);
    expect_log("finally b; finally a; ");
    expect_return(r, "\"released\"");
    ys_decref(h);
}

BACKEND_TEST(finalization, a_just_started_generator_releases_its_arguments_when_dropped)
{
    ys_value a = new_with_finally("a");
    expect_yield(ys_next(a), "1");
    ys_value h = new_holder(a, ys_none());
    ys_decref(h);
    expect_log("finally a; ");
}

BACKEND_TEST(finalization, nested_holders_are_finalized_from_the_outside_in)
{
    ys_value leaf = new_with_finally("leaf");
    expect_yield(ys_next(leaf), "1");
    ys_value inner = new_holder(leaf, ys_none());
    expect_yield(ys_next(inner), "\"holding\"");
    ys_value outer = new_holder(inner, new_with_finally("unstarted"));
    expect_yield(ys_next(outer), "\"holding\"");
    ys_decref(outer);
    expect_log("finally leaf; ");
}

BACKEND_TEST(finalization, an_exception_raised_while_finalizing_goes_to_the_unraisable_hook)
{
    ys_value g = new_finally_raises();
    expect_yield(ys_next(g), "1");
    ys_decref(g);
    expect_log("unraisable ValueError(\"from finally\") in finally_raises; ");
}

BACKEND_TEST(finalization, keeps_the_exception_pending_in_the_code_that_dropped_the_generator)
{
    ys_value g = new_finally_raises();
    expect_yield(ys_next(g), "1");
    ys_err_format(YS_EXC(KeyError), "pending");
    ys_decref(g);
    expect_raise(ys_null(), YS_EXC(KeyError), "KeyError(\"pending\")");
    expect_log("unraisable ValueError(\"from finally\") in finally_raises; ");
}

BACKEND_TEST(finalization, a_body_ignoring_GeneratorExit_is_reported_and_abandoned)
{
    ys_value g = new_ignores_exit();
    expect_yield(ys_next(g), "\"tick\"");
    ys_decref(g);
    expect_log("ignoring GeneratorExit; "
               "unraisable RuntimeError(\"generator ignored GeneratorExit\") in ignores_exit; ");
}

BACKEND_TEST(finalization, a_body_ignoring_GeneratorExit_while_its_frame_holds_the_caught_exception_is_kept_until_shutdown,
             .description = "CPython's traceback-to-frame cycle, never collected with the cyclic collector off")
{
    ys_value held = new_with_finally("held");
    expect_yield(ys_next(held), "1");
    ys_value g = new_keeps_exit(held, true);
    expect_yield(ys_next(g), "\"working\"");
    ys_decref(g);
#define FINALIZED \
    "keeping GeneratorExit; unraisable RuntimeError(\"generator ignored GeneratorExit\") in keeps_exit; "
    expect_log(FINALIZED);
    ys_runtime_shutdown(); /* releases the kept frame */
    expect_log(FINALIZED "finally held; ");
#undef FINALIZED
    use_python(11);
}

BACKEND_TEST(finalization, a_body_ignoring_GeneratorExit_while_holding_an_exception_caught_elsewhere_is_released)
{
    ys_value held = new_with_finally("held");
    expect_yield(ys_next(held), "1");
    ys_value g = new_keeps_exit(held, false);
    expect_yield(ys_next(g), "\"working\"");
    ys_decref(g);
    expect_log("keeping GeneratorExit; "
               "unraisable RuntimeError(\"generator ignored GeneratorExit\") in keeps_exit; "
               "finally held; ");
}

BACKEND_TEST(finalization, a_body_ended_by_an_exception_keeps_its_frame_until_that_exception_is_released,
             .description = "CPython's traceback refers to the frame the exception passed through")
{
    ys_value a = new_with_finally("a");
    expect_yield(ys_next(a), "1");
    ys_value h = new_holder(a, ys_none());
    expect_yield(ys_next(h), "\"holding\"");
    ys_value r = throw_new(h, exc_with_msg(YS_EXC(ValueError), "thrown"));
    cr_assert(ys_is_null(r), "[%s] throw should have raised", backend_name());
    expect_state(h, YS_GEN_CLOSED);
    ys_value e = ys_err_fetch();
    expect_log("");
    ys_decref(e);
    expect_log("finally a; ");
    ys_decref(h);
    expect_log("finally a; ");
}

/* A plain function's frame as compiled code lays it out: its locals, in order. */
typedef struct two_locals {
    ys_value first, second;
} two_locals;

static void clear_two_locals(void *frame)
{
    two_locals *f = frame;
    ys_setref(&f->first, ys_null());
    ys_setref(&f->second, ys_null());
}

BACKEND_TEST(finalization, a_function_left_by_an_exception_hands_its_frame_to_it_and_its_locals_die_with_it_in_order,
             .description = "CPython's traceback keeps the frame of every function the exception left")
{
    ys_value a = new_with_finally("a"), b = new_with_finally("b");
    expect_yield(ys_next(a), "1");
    expect_yield(ys_next(b), "1");
    two_locals frame = {a, b};
    ys_err_format(YS_EXC(ValueError), "raised");
    cr_assert(ys_err_keep_function_frame(&frame, sizeof frame, clear_two_locals),
              "[%s] a pending ValueError should keep the frame", backend_name());
    ys_value e = ys_err_fetch();
    expect_log("");
    ys_decref(e);
    expect_log("finally a; finally b; ");
}

BACKEND_TEST(finalization, a_function_left_without_a_pending_exception_keeps_its_own_frame)
{
    ys_value a = new_with_finally("a");
    expect_yield(ys_next(a), "1");
    two_locals frame = {a, ys_none()};
    cr_assert_not(ys_err_keep_function_frame(&frame, sizeof frame, clear_two_locals),
                  "[%s] with nothing pending there is no exception to keep the frame", backend_name());
    expect_log("");
    clear_two_locals(&frame);
    expect_log("finally a; ");
}

/* A function's frame whose first local is a generator suspended in its try
 * block: finalizing it logs "finally NAME; ". */
static two_locals frame_holding_suspended(const char *name)
{
    ys_value g = new_with_finally(name);
    expect_yield(ys_next(g), "1");
    return (two_locals){g, ys_none()};
}

/* A handler of a plain function with frame catches: take the pending exception,
 * let `keep` hold another reference to it (or not), leave the handler. */
static ys_value catch_and_leave_handler(ys_frame_catches *catches, bool keep)
{
    ys_value slot = ys_err_catch_in_function(catches);
    ys_value kept = keep ? slot : ys_null();
    ys_incref(kept);
    ys_err_release_caught_in_function(catches, &slot);
    cr_assert(ys_is_null(slot), "[%s] leaving the handler empties its slot", backend_name());
    return kept;
}

BACKEND_TEST(finalization, a_function_returning_while_exceptions_it_caught_live_on_keeps_its_frame_until_the_last_is_released,
             .description = "CPython's traceback of a caught exception keeps the frame that caught it")
{
    two_locals frame = frame_holding_suspended("a");
    ys_frame_catches catches = {0};
    ys_err_format(YS_EXC(ValueError), "first");
    ys_value first = catch_and_leave_handler(&catches, true);
    ys_err_format(YS_EXC(KeyError), "second");
    ys_value second = catch_and_leave_handler(&catches, true);
    cr_assert(catches.escaped, "[%s] an exception outlived its handler", backend_name());
    cr_assert(ys_err_keep_function_frame_caught(&catches, false, &frame, sizeof frame, clear_two_locals),
              "[%s] the two exceptions alive should keep the frame", backend_name());
    ys_decref(first);
    expect_log("");
    ys_decref(second);
    expect_log("finally a; ");
}

BACKEND_TEST(finalization, a_function_whose_caught_exceptions_died_in_their_handlers_keeps_its_own_frame)
{
    two_locals frame = frame_holding_suspended("a");
    ys_frame_catches catches = {0};
    ys_err_format(YS_EXC(ValueError), "caught");
    catch_and_leave_handler(&catches, false);
    cr_assert_not(catches.escaped, "[%s] the exception died with its handler", backend_name());
    cr_assert_not(ys_err_keep_function_frame_caught(&catches, false, &frame, sizeof frame, clear_two_locals),
                  "[%s] no exception is left to keep the frame", backend_name());
    expect_log("");
    clear_two_locals(&frame);
    expect_log("finally a; ");
}

/* Two plain functions, without and with handlers of their own, left by the
 * pending exception: each hands its frame to it when it can keep frames. */
static two_locals left_without_handlers, left_with_handlers;
static bool kept_without_handlers, kept_with_handlers;

static void leave_two_functions(void)
{
    kept_without_handlers =
        ys_err_keep_function_frame(&left_without_handlers, sizeof left_without_handlers, clear_two_locals);
    if (!kept_without_handlers)
        clear_two_locals(&left_without_handlers);
    ys_frame_catches catches = {0};
    kept_with_handlers = ys_err_keep_function_frame_caught(&catches, true, &left_with_handlers,
                                                           sizeof left_with_handlers, clear_two_locals);
    if (!kept_with_handlers)
        clear_two_locals(&left_with_handlers);
}

BACKEND_TEST(finalization, functions_left_by_the_shared_GeneratorExit_of_close_clear_their_own_frames,
             .description = "it lives for the process: a frame it kept would never be released")
{
    left_without_handlers = frame_holding_suspended("a");
    left_with_handlers = frame_holding_suspended("b");
    ys_value g = new_calls_while_raising(leave_two_functions);
    expect_yield(ys_next(g), "1");
    expect_value(ys_close(g), "None");
    cr_assert_not(kept_without_handlers, "[%s] the shared GeneratorExit kept a frame", backend_name());
    cr_assert_not(kept_with_handlers, "[%s] the shared GeneratorExit kept the frame of a function "
                  "with handlers", backend_name());
    expect_log("finally a; finally b; ");
    ys_decref(g);
}

BACKEND_TEST(finalization, a_frame_holding_the_exception_that_ended_its_body_is_kept_until_shutdown,
             .description = "frame and traceback refer to each other: never collected with the "
                            "cyclic collector off")
{
    ys_value held = new_with_finally("held");
    expect_yield(ys_next(held), "1");
    ys_value g = new_raiser(exc_with_arg(YS_EXC(ValueError), held));
    expect_yield(ys_next(g), "1");
    expect_raise(ys_next(g), YS_EXC(ValueError), "ValueError(<generator with_finally>)");
    ys_decref(g);
    expect_log("");
    ys_runtime_shutdown(); /* releases the kept frame, and the exception and child with it */
    expect_log("finally held; ");
    use_python(11);
}

BACKEND_TEST(finalization, a_delegator_dropped_mid_delegation_finalizes_its_subgenerator,
             .description = "the subgenerator is closed before the delegator's frame is released")
{
    ys_value sub = new_with_finally("sub");
    ys_value g = new_delegator(sub);
    expect_yield(ys_next(g), "1");
    ys_decref(g);
    expect_log("finally sub; ");
}

/* The generator the hook below stores while its own finalization runs. */
static ys_value being_finalized, resurrected;

static void store_the_generator_being_finalized(void)
{
    ys_incref(being_finalized);
    resurrected = being_finalized;
}

BACKEND_TEST(finalization, a_generator_its_own_finalization_stores_somewhere_stays_alive_until_that_reference_goes,
             .description = "as a finally block storing the generator in a global resurrects it in "
                            "CPython; ys_gen_count_alive counts it until then")
{
    size_t alive = ys_gen_count_alive();
    being_finalized = new_calls_while_raising(store_the_generator_being_finalized);
    expect_yield(ys_next(being_finalized), "1");
    ys_decref(being_finalized); /* closes it: the GeneratorExit is pending when the hook runs */
    cr_assert_eq(ys_gen_count_alive(), alive + 1, "[%s] the resurrected generator is not counted",
                 backend_name());
    expect_state(resurrected, YS_GEN_CLOSED);
    ys_decref(resurrected);
    cr_assert_eq(ys_gen_count_alive(), alive, "[%s] the generator is not freed with its last "
                 "reference", backend_name());
}

BACKEND_TEST(finalization, the_default_unraisable_hook_prints_to_stderr, .init = cr_redirect_stderr)
{
    use_unraisable_hook(NULL);
    ys_value g = new_finally_raises();
    expect_yield(ys_next(g), "1");
    ys_decref(g);
    expect_stderr("Exception ignored in: <generator object finally_raises>\n"
                  "ValueError(\"from finally\")\n");
}

/* ---- nested generators -------------------------------------------------- */

BACKEND_TEST(nesting, a_generator_drives_another_with_next_until_StopIteration)
{
    ys_value g = new_summer(new_counter(4));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "3");
    expect_yield(ys_next(g), "6");
    expect_return(ys_next(g), "6");
    ys_decref(g);
}

BACKEND_TEST(nesting, generators_drive_generators_three_levels_deep)
{
    ys_value g = new_summer(new_summer(new_counter(4)));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "4");
    expect_yield(ys_next(g), "10");
    expect_return(ys_next(g), "10");
    ys_decref(g);
}

BACKEND_TEST(nesting, the_driven_generator_finishes_inside_its_driver)
{
    ys_value g = new_summer(new_with_finally("inner"));
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "3");
    expect_log("");
    expect_return(ys_next(g), "3");
    expect_log("finally inner; ");
    ys_decref(g);
}

BACKEND_TEST(nesting, dropping_a_driver_mid_way_finalizes_the_generator_it_drives)
{
    ys_value g = new_summer(new_with_finally("inner"));
    expect_yield(ys_next(g), "1");
    ys_decref(g);
    expect_log("finally inner; ");
}

BACKEND_TEST(nesting, an_exception_from_the_driven_generator_propagates_through_its_driver)
{
    ys_value g = new_summer(new_raiser(exc_with_msg(YS_EXC(ValueError), "inner failed")));
    expect_yield(ys_next(g), "1");
    expect_raise(ys_next(g), YS_EXC(ValueError), "ValueError(\"inner failed\")");
    ys_decref(g);
}

/* ---- many generators ---------------------------------------------------- */

/* The threads backend parks one pthread per suspended generator, so it is
 * held to a count a default thread limit allows. */
static size_t simultaneous_generators(void) { return backend_is("threads") ? 200 : 10000; }

BACKEND_TEST(scale, thousands_of_generators_stay_suspended_at_once_and_resume_correctly)
{
    size_t n = simultaneous_generators();
    ys_value *gens = malloc(n * sizeof *gens);
    for (size_t i = 0; i < n; i++) {
        gens[i] = new_counter(3);
        expect_yield(ys_next(gens[i]), "0");
    }
    for (size_t i = 0; i < n; i++)
        expect_yield(ys_next(gens[n - 1 - i]), "1");
    for (size_t i = 0; i < n; i++)
        expect_state(gens[i], YS_GEN_SUSPENDED);
    for (size_t i = 0; i < n; i += 2)
        ys_decref(gens[i]); /* finalized while suspended */
    for (size_t i = 1; i < n; i += 2) {
        expect_yield(ys_next(gens[i]), "2");
        expect_return(ys_next(gens[i]), "3");
        ys_decref(gens[i]);
    }
    free(gens);
}

static size_t heap_in_use(void) { return mallinfo2().uordblks; }

BACKEND_TEST(scale, create_next_close_and_drop_cycles_do_not_grow_the_heap)
{
    enum { CYCLES = 20000 };
    /* Warm up once so lazily allocated pools and buffers exist before measuring. */
    for (int round = 0; round < 2; round++) {
        size_t before = heap_in_use();
        for (int i = 0; i < CYCLES; i++) {
            ys_value g = new_with_finally("cycle");
            ys_value r = ys_next(g);
            ys_decref(r);
            ys_decref(ys_close(g));
            ys_decref(g);
            ys_value d = new_delegator(new_counter(1));
            ys_decref(ys_next(d));
            ys_decref(d);
            log_clear();
        }
        if (round == 1)
            cr_assert_leq(heap_in_use(), before + 64 * 1024, "[%s] heap grew from %zu to %zu bytes",
                          backend_name(), before, heap_in_use());
    }
}

/* Compiled Python cannot drop the last reference to the generator that runs
 * it (its caller holds one), but C code can; freeing the frame it runs in
 * would leave the body nowhere to return to. */
static ys_value only_reference_to_itself;

static ys_step releases_itself(ys_gen *self)
{
    ys_decref(only_reference_to_itself);
    return ys_step_return(self, ys_none());
}

static const ys_code releases_itself_code = {
    .name = "releases_itself",
    .stackful = releases_itself,
    .stackless = releases_itself,
};

static void release_a_running_generator(void)
{
    only_reference_to_itself = ys_gen_new(&releases_itself_code);
    ys_next(only_reference_to_itself);
}

BACKEND_TEST(release, of_a_generator_by_its_own_body_aborts_with_a_message)
{
    expect_abort(release_a_running_generator, "yieldspec: generator releases_itself freed while running\n");
}
