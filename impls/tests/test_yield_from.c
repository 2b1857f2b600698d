/* yield from (PEP 380), run by the core: forwarding of send, throw and close,
 * the subgenerator's return value and exceptions, states, and deep chains. */
#include "generators.h"
#include "support.h"

/* 999 delegators over one generator: 1000 frames executing at once, CPython's
 * default recursion limit. */
enum { RECURSION_LIMIT = 1000, CHAIN_DEPTH = RECURSION_LIMIT - 1 };

/* Levels for chains deeper than the limit. The threads backend has a thread
 * per generator, and valgrind (the memcheck runs) allows 1200 threads. */
static size_t past_the_limit(size_t levels)
{
    return backend_is("threads") ? RECURSION_LIMIT + 100 : levels;
}

static void expect_recursion_error(ys_value r)
{
    expect_raise(r, YS_EXC(RecursionError), "RecursionError(\"maximum recursion depth exceeded\")");
}

BACKEND_TEST(yield_from, yields_the_subgenerator_s_values_and_delivers_its_return_value)
{
    ys_value g = new_logging_delegator(new_counter(2));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "2");
    expect_log("delegator got 2; ");
    expect_return(ys_next(g), "\"done\"");
    ys_decref(g);
}

BACKEND_TEST(yield_from, forwards_sent_values_to_the_subgenerator)
{
    ys_value g = new_delegator(new_echo());
    expect_yield(ys_next(g), "\"ready\"");
    ys_value s = ys_str_cstr("x");
    expect_yield(ys_send(g, s), "\"x\"");
    ys_decref(s);
    expect_yield(ys_send(g, ys_int(3)), "3");
    ys_decref(g);
}

BACKEND_TEST(yield_from, forwards_a_thrown_exception_that_the_subgenerator_handles)
{
    ys_value g = new_delegator(new_catcher(YS_EXC(ValueError)));
    expect_yield(ys_next(g), "1");
    expect_yield(throw_new(g, exc_with_msg(YS_EXC(ValueError), "v")), "\"caught\"");
    expect_log("caught ValueError(\"v\"); ");
    expect_return(ys_next(g), "\"after\"");
    ys_decref(g);
}

BACKEND_TEST(yield_from, raises_an_exception_the_subgenerator_lets_escape_inside_the_delegator)
{
    ys_value sub = new_counter(3);
    ys_value g = new_logging_delegator(sub);
    ys_incref(sub);
    expect_yield(ys_next(g), "0");
    expect_yield(throw_new(g, exc_with_msg(YS_EXC(ValueError), "v")), "\"recovered\"");
    expect_log("delegator caught ValueError(\"v\"); ");
    expect_state(sub, YS_GEN_CLOSED);
    expect_return(ys_next(g), "\"handled\"");
    ys_decref(sub);
    ys_decref(g);
}

BACKEND_TEST(yield_from, raises_the_subgenerator_s_own_exception_inside_the_delegator)
{
    ys_value g = new_logging_delegator(new_raiser(exc_with_msg(YS_EXC(ValueError), "boom")));
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "\"recovered\"");
    expect_log("delegator caught ValueError(\"boom\"); ");
    ys_decref(g);
}

BACKEND_TEST(yield_from, forwards_close_to_the_subgenerator_first)
{
    ys_value sub = new_with_finally("sub");
    ys_value g = new_delegator(sub);
    ys_incref(sub);
    expect_yield(ys_next(g), "1");
    expect_value(ys_close(g), "None");
    expect_log("finally sub; ");
    expect_state(sub, YS_GEN_CLOSED);
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(sub);
    ys_decref(g);
}

BACKEND_TEST(yield_from, throw_of_GeneratorExit_closes_the_subgenerator_then_raises_in_the_delegator)
{
    ys_value sub = new_returns_on_exit(ys_int(5));
    ys_value g = new_logging_delegator(sub);
    ys_incref(sub);
    expect_yield(ys_next(g), "1");
    expect_raise(throw_new(g, ys_exc_new(YS_EXC(GeneratorExit), 0, NULL)), YS_EXC(GeneratorExit),
                 "GeneratorExit()");
    expect_log("");
    expect_state(sub, YS_GEN_CLOSED);
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(sub);
    ys_decref(g);
}

BACKEND_TEST(yield_from, close_raises_what_closing_the_subgenerator_raised)
{
    ys_value g = new_delegator(new_finally_raises());
    expect_yield(ys_next(g), "1");
    expect_raise(ys_close(g), YS_EXC(ValueError), "ValueError(\"from finally\")");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_delegator_that_handles_the_subgenerator_s_close_error_and_yields_ignored_GeneratorExit)
{
    ys_value g = new_logging_delegator(new_finally_raises());
    expect_yield(ys_next(g), "1");
    expect_raise(ys_close(g), YS_EXC(RuntimeError),
                 "RuntimeError(\"generator ignored GeneratorExit\")");
    expect_log("delegator caught ValueError(\"from finally\"); ");
    expect_return(ys_next(g), "\"handled\""); /* it was suspended at "recovered" */
    ys_decref(g);
}

BACKEND_TEST(yield_from, the_delegator_is_running_while_its_subgenerator_runs)
{
    ys_value sub = new_state_observer();
    ys_value g = new_delegator(sub);
    observe(sub, g);
    expect_yield(ys_next(g), "\"GEN_RUNNING\""); /* the subgenerator's own state */
    expect_yield(ys_next(g), "\"GEN_RUNNING\""); /* the delegator's, seen from below */
    expect_state(g, YS_GEN_SUSPENDED);
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

BACKEND_TEST(yield_from, resuming_the_delegator_from_its_subgenerator_raises_ValueError)
{
    for (int64_t operation = 0; operation < 4; operation++) {
        ys_value sub = new_reentrant(operation);
        ys_value g = new_delegator(sub);
        observe(sub, g);
        expect_yield(ys_next(g), "ValueError(\"generator already executing\")");
        ys_decref(g);
    }
}

BACKEND_TEST(yield_from, of_a_value_that_is_not_iterable_raises_TypeError_in_the_body)
{
    ys_value g = new_logging_delegator(ys_int(5));
    expect_raise(ys_next(g), YS_EXC(TypeError), "TypeError(\"'int' object is not iterable\")");
    ys_decref(g);
    g = new_delegator(ys_none());
    expect_raise(ys_next(g), YS_EXC(TypeError), "TypeError(\"'NoneType' object is not iterable\")");
    ys_decref(g);
}

BACKEND_TEST(yield_from, of_an_exhausted_generator_returns_None_at_once)
{
    ys_value sub = new_counter(0);
    expect_return(ys_next(sub), "0");
    ys_value g = new_logging_delegator(sub);
    expect_yield(ys_next(g), "None");
    expect_log("delegator got None; ");
    ys_decref(g);
}

BACKEND_TEST(yield_from, of_a_running_generator_raises_ValueError_in_the_body)
{
    /* runner's body does next(d), and d's body does `yield from runner`
     * while runner is still running. */
    ys_value runner = new_reentrant(0);
    ys_incref(runner);
    ys_value d = new_delegator(runner);
    observe(runner, d);
    expect_yield(ys_next(runner), "ValueError(\"generator already executing\")");
    expect_state(d, YS_GEN_CLOSED);
    ys_decref(d);
    ys_decref(runner);
}

BACKEND_TEST(yield_from, a_chain_of_1000_frames_delivers_values_and_the_return_value)
{
    ys_value g = new_delegation_chain(CHAIN_DEPTH, new_counter(3));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "2");
    expect_return(ys_next(g), "3");
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_chain_of_1000_frames_forwards_throw_to_the_innermost_generator)
{
    ys_value g = new_delegation_chain(CHAIN_DEPTH, new_catcher(YS_EXC(ValueError)));
    expect_yield(ys_next(g), "1");
    expect_yield(throw_new(g, exc_with_msg(YS_EXC(ValueError), "deep")), "\"caught\"");
    expect_log("caught ValueError(\"deep\"); ");
    expect_return(ys_next(g), "\"after\"");
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_chain_of_1000_frames_propagates_an_uncaught_exception_to_the_top)
{
    ys_value g = new_delegation_chain(CHAIN_DEPTH, new_counter(3));
    expect_yield(ys_next(g), "0");
    expect_raise(throw_new(g, exc_with_msg(YS_EXC(KeyError), "k")), YS_EXC(KeyError), "KeyError(\"k\")");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_chain_of_1000_frames_is_closed_from_the_innermost_generator_out)
{
    ys_value g = new_delegation_chain(CHAIN_DEPTH, new_with_finally("leaf"));
    expect_yield(ys_next(g), "1");
    expect_value(ys_close(g), "None");
    expect_log("finally leaf; ");
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_suspended_chain_of_1000_frames_is_finalized_when_dropped)
{
    ys_value g = new_delegation_chain(CHAIN_DEPTH, new_with_finally("leaf"));
    expect_yield(ys_next(g), "1");
    ys_decref(g);
    expect_log("finally leaf; ");
}

BACKEND_TEST(yield_from, a_chain_one_frame_past_the_recursion_limit_raises_recursion_error)
{
    ys_value leaf = new_with_finally("leaf");
    ys_incref(leaf);
    ys_value g = new_delegation_chain(RECURSION_LIMIT, leaf);
    expect_recursion_error(ys_next(g));
    /* The innermost generator could not be entered: it is finished, never run. */
    expect_state(leaf, YS_GEN_CLOSED);
    expect_state(g, YS_GEN_CLOSED);
    expect_log("");
    ys_decref(leaf);
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_chain_far_deeper_than_the_limit_raises_recursion_error_instead_of_overflowing_the_stack)
{
    /* Built eagerly, each level holding the next: releasing them recurses once
     * per level (as deallocation does in CPython), so a few thousand. The
     * scenario yield_from/chain_deeper_than_recursion_limit_raises_recursion_error
     * starts a 100,000-level chain the lazy way. */
    ys_value g = new_delegation_chain(past_the_limit(5 * RECURSION_LIMIT), new_counter(1));
    expect_recursion_error(ys_next(g));
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_chain_grown_one_level_per_next_counts_every_level_it_sends_through)
{
    /* Each next() reaches the innermost level directly (the yield-from
     * shortcut), yet CPython's frames for every level are executing: the
     * 1001st level is refused, as level-by-level forwarding would refuse it. */
    ys_value g = new_grower();
    for (int level = 1; level <= RECURSION_LIMIT; level++) {
        ys_value r = ys_next(g);
        cr_assert(!ys_is_null(r), "[%s] next %d of the growing chain failed", backend_name(), level);
        ys_decref(r);
    }
    expect_recursion_error(ys_next(g));
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_chain_at_the_limit_started_from_a_generator_body_raises_recursion_error)
{
    /* The generator driving the chain is one frame more: the chain's innermost
     * generator is the 1001st. On stackful backends the core's recursion runs
     * on the prober's own small stack, where a frame is refused earlier if the
     * stack runs low (as under AddressSanitizer): RecursionError either way. */
    ys_value prober = new_prober();
    ys_value chain = new_lazy_chain(CHAIN_DEPTH);
    probe(prober, 0, chain);
    expect_yield(ys_next(prober), "RecursionError(\"maximum recursion depth exceeded\")");
    expect_state(chain, YS_GEN_CLOSED);
    ys_decref(chain);
    ys_decref(prober);
}

BACKEND_TEST(yield_from, a_raised_recursion_limit_lets_a_deeper_chain_run)
{
    ys_config cfg = *ys_runtime_config();
    cfg.recursion_limit = 4 * RECURSION_LIMIT;
    ys_runtime_shutdown();
    cr_assert_eq(ys_runtime_init(&cfg), 0);
    ys_value g = new_delegation_chain(past_the_limit(3 * RECURSION_LIMIT), new_counter(2));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_next(g), "1");
    expect_return(ys_next(g), "2");
    ys_decref(g);
}

BACKEND_TEST(yield_from, a_delegator_refused_at_the_recursion_limit_lets_go_of_its_subgenerator_as_it_finishes,
             .description = "CPython unwinds the frame it refused, and the subgenerator on its value "
                            "stack with it: the subgenerator's own holders decide when it is closed")
{
    ys_value sub = new_with_finally("sub");
    ys_incref(sub);
    ys_value g = new_delegator(sub);
    expect_yield(ys_next(g), "1");
    for (int i = 0; i < RECURSION_LIMIT; i++)
        cr_assert(ys_enter_frame(), "[%s] frame %d was refused", backend_name(), i + 1);
    expect_recursion_error(ys_next(g));
    for (int i = 0; i < RECURSION_LIMIT; i++)
        ys_leave_frame();
    expect_state(g, YS_GEN_CLOSED);
    expect_state(sub, YS_GEN_SUSPENDED);
    expect_log("");
    ys_decref(sub); /* the last reference, with the finished delegator still alive */
    expect_log("finally sub; ");
    ys_decref(g);
    expect_log("finally sub; ");
}

BACKEND_TEST(yield_from, plain_function_frames_count_against_the_recursion_limit_with_generator_frames)
{
    for (int i = 0; i < RECURSION_LIMIT - 1; i++)
        cr_assert(ys_enter_frame(), "[%s] frame %d was refused", backend_name(), i + 1);
    ys_value fits = new_counter(1);
    expect_yield(ys_next(fits), "0"); /* the 1000th frame */
    cr_assert(ys_enter_frame());
    cr_assert(!ys_enter_frame(), "[%s] the 1001st frame was entered", backend_name());
    expect_recursion_error(ys_null());
    ys_value refused = new_counter(1);
    expect_recursion_error(ys_next(refused));
    expect_state(refused, YS_GEN_CLOSED);
    for (int i = 0; i < RECURSION_LIMIT; i++)
        ys_leave_frame();
    expect_return(ys_next(fits), "1");
    ys_decref(refused);
    ys_decref(fits);
}
