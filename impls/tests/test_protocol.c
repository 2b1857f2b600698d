/* The generator protocol: next, send, throw, close, states, re-entrancy,
 * PEP 479 and the CPython version switches, on every backend. */
#include <stdio.h>

#include "generators.h"
#include "support.h"

/* ---- next and send ------------------------------------------------------ */

BACKEND_TEST(next, yields_each_value_then_raises_StopIteration_with_the_return_value)
{
    ys_value g = new_counter(2);
    expect_yield(ys_next(g), "0");
    expect_yield(ys_next(g), "1");
    expect_return(ys_next(g), "2");
    ys_decref(g);
}

BACKEND_TEST(next, on_an_exhausted_generator_raises_StopIteration_without_a_value)
{
    ys_value g = new_counter(0);
    expect_return(ys_next(g), "0");
    expect_return(ys_next(g), "None");
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

BACKEND_TEST(next, with_a_default_returns_the_default_once_the_generator_is_exhausted)
{
    ys_value g = new_counter(1);
    expect_value(ys_next_default(g, ys_int(-1)), "0");
    expect_value(ys_next_default(g, ys_int(-1)), "-1");
    expect_value(ys_next_default(g, ys_int(-1)), "-1");
    ys_decref(g);
}

BACKEND_TEST(next, of_a_value_that_is_not_an_iterator_raises_TypeError)
{
    expect_raise(ys_next(ys_int(5)), YS_EXC(TypeError), "TypeError(\"'int' object is not an iterator\")");
    expect_raise(ys_next(ys_none()), YS_EXC(TypeError),
                 "TypeError(\"'NoneType' object is not an iterator\")");
}

BACKEND_TEST(send, delivers_the_value_as_the_result_of_the_yield)
{
    ys_value g = new_echo();
    expect_yield(ys_next(g), "\"ready\"");
    ys_value s = ys_str_cstr("x");
    expect_yield(ys_send(g, s), "\"x\"");
    ys_decref(s);
    expect_yield(ys_send(g, ys_int(5)), "5");
    expect_yield(ys_next(g), "None");
    ys_decref(g);
}

BACKEND_TEST(send, of_non_None_to_a_just_started_generator_raises_TypeError_and_leaves_it_created)
{
    ys_value g = new_echo();
    expect_raise(ys_send(g, ys_int(5)), YS_EXC(TypeError),
                 "TypeError(\"can't send non-None value to a just-started generator\")");
    expect_state(g, YS_GEN_CREATED);
    expect_yield(ys_send(g, ys_none()), "\"ready\"");
    ys_decref(g);
}

BACKEND_TEST(send, to_an_exhausted_generator_raises_StopIteration_without_a_value)
{
    ys_value g = new_counter(0);
    expect_return(ys_next(g), "0");
    expect_return(ys_send(g, ys_int(5)), "None");
    ys_decref(g);
}

BACKEND_TEST(send, to_a_value_that_is_not_a_generator_raises_AttributeError)
{
    expect_raise(ys_send(ys_int(5), ys_none()), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute 'send'\")");
}

/* ---- states and re-entrancy --------------------------------------------- */

BACKEND_TEST(state, goes_from_created_to_suspended_to_closed)
{
    ys_value g = new_counter(1);
    expect_state(g, YS_GEN_CREATED);
    expect_yield(ys_next(g), "0");
    expect_state(g, YS_GEN_SUSPENDED);
    expect_return(ys_next(g), "1");
    expect_state(g, YS_GEN_CLOSED);
    expect_value(ys_state(g), "\"GEN_CLOSED\"");
    ys_decref(g);
}

BACKEND_TEST(state, of_a_generator_seen_from_its_own_body_is_GEN_RUNNING)
{
    ys_value g = new_state_observer();
    expect_yield(ys_next(g), "\"GEN_RUNNING\"");
    ys_decref(g);
}

BACKEND_TEST(state, of_a_generator_whose_frame_unwinds_is_GEN_SUSPENDED_on_3_10_only_and_it_still_refuses_next)
{
    for (int minor = 8; minor <= 13; minor++) {
        use_python(minor);
        ys_value g = new_unwinding_observer();
        expect_yield(ys_next(g), minor == 10
            ? "(\"GEN_SUSPENDED\", False, ValueError(\"generator already executing\"))"
            : "(\"GEN_RUNNING\", True, ValueError(\"generator already executing\"))");
        expect_state(g, YS_GEN_SUSPENDED);
        ys_decref(g);
    }
}

BACKEND_TEST(state, of_a_value_that_is_not_a_generator_raises_AttributeError)
{
    expect_raise(ys_state(ys_int(5)), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute 'gi_running'\")");
}

BACKEND_TEST(state, after_an_exception_escapes_the_body_is_closed)
{
    ys_value g = new_raiser(exc_with_msg(YS_EXC(KeyError), "k"));
    expect_yield(ys_next(g), "1");
    expect_raise(ys_next(g), YS_EXC(KeyError), "KeyError(\"k\")");
    expect_state(g, YS_GEN_CLOSED);
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

static void expect_reentry_refused(int64_t operation)
{
    ys_value g = new_reentrant(operation);
    expect_yield(ys_next(g), "ValueError(\"generator already executing\")");
    ys_decref(g);
}

BACKEND_TEST(reentrancy, next_of_a_running_generator_raises_ValueError_generator_already_executing)
{
    expect_reentry_refused(0);
}

BACKEND_TEST(reentrancy, send_to_a_running_generator_raises_ValueError_generator_already_executing)
{
    expect_reentry_refused(1);
}

BACKEND_TEST(reentrancy, throw_into_a_running_generator_raises_ValueError_generator_already_executing)
{
    expect_reentry_refused(2);
}

BACKEND_TEST(reentrancy, close_of_a_running_generator_raises_ValueError_generator_already_executing)
{
    expect_reentry_refused(3);
}

BACKEND_TEST(reentrancy, ys_gen_send_ex_to_a_running_generator_reports_YS_SEND_ERROR_and_a_null_result)
{
    expect_reentry_refused(4);
}

BACKEND_TEST(reentrancy, an_uncaught_already_executing_error_closes_the_generator)
{
    /* The same rule seen from outside: the body lets nothing else escape. */
    ys_value g = new_reentrant(0);
    expect_yield(ys_next(g), "ValueError(\"generator already executing\")");
    expect_return(ys_next(g), "None");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

/* ---- throw -------------------------------------------------------------- */

BACKEND_TEST(throw, into_a_suspended_generator_raises_at_the_yield_where_a_handler_catches_it)
{
    ys_value g = new_catcher(YS_EXC(ValueError));
    expect_yield(ys_next(g), "1");
    expect_yield(throw_new(g, exc_with_msg(YS_EXC(ValueError), "x")), "\"caught\"");
    expect_log("caught ValueError(\"x\"); ");
    expect_return(ys_next(g), "\"after\"");
    ys_decref(g);
}

BACKEND_TEST(throw, of_an_uncaught_exception_propagates_it_and_closes_the_generator)
{
    ys_value g = new_counter(3);
    expect_yield(ys_next(g), "0");
    expect_raise(throw_new(g, exc_with_msg(YS_EXC(KeyError), "k")), YS_EXC(KeyError), "KeyError(\"k\")");
    expect_state(g, YS_GEN_CLOSED);
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

BACKEND_TEST(throw, into_a_just_started_generator_raises_it_without_running_the_body)
{
    ys_value g = new_catcher(YS_EXC(ValueError));
    expect_raise(throw_new(g, exc_with_msg(YS_EXC(ValueError), "early")), YS_EXC(ValueError),
                 "ValueError(\"early\")");
    expect_log("");
    expect_state(g, YS_GEN_CLOSED);
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

BACKEND_TEST(throw, into_an_exhausted_generator_raises_the_thrown_exception)
{
    ys_value g = new_counter(0);
    expect_return(ys_next(g), "0");
    expect_raise(throw_new(g, exc_with_msg(YS_EXC(KeyError), "k")), YS_EXC(KeyError), "KeyError(\"k\")");
    ys_decref(g);
}

BACKEND_TEST(throw, of_a_subclass_is_caught_by_a_handler_for_its_base)
{
    const ys_exc_type *my_error = ys_exc_type_new("MyError", YS_EXC(ValueError));
    const ys_exc_type *deeper = ys_exc_type_new("Deeper", my_error);
    ys_value g = new_catcher(YS_EXC(ValueError));
    expect_yield(ys_next(g), "1");
    expect_yield(throw_new(g, exc_with_msg(deeper, "d")), "\"caught\"");
    expect_log("caught Deeper(\"d\"); ");
    ys_decref(g);
}

BACKEND_TEST(throw, of_an_exception_the_handler_does_not_match_passes_through_it)
{
    ys_value g = new_catcher(YS_EXC(KeyError));
    expect_yield(ys_next(g), "1");
    expect_raise(throw_new(g, exc_with_msg(YS_EXC(ValueError), "v")), YS_EXC(ValueError),
                 "ValueError(\"v\")");
    expect_log("");
    ys_decref(g);
}

BACKEND_TEST(throw, of_a_non_exception_raises_TypeError)
{
    ys_value g = new_counter(1);
    expect_raise(ys_throw(g, ys_int(5)), YS_EXC(TypeError),
                 "TypeError(\"exceptions must be classes or instances deriving from BaseException, not int\")");
    expect_state(g, YS_GEN_CREATED);
    ys_decref(g);
}

/* ---- close -------------------------------------------------------------- */

BACKEND_TEST(close, of_a_suspended_generator_runs_its_finally_block_and_returns_None)
{
    ys_value g = new_with_finally("a");
    expect_yield(ys_next(g), "1");
    expect_value(ys_close(g), "None");
    expect_log("finally a; ");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(close, of_a_just_started_generator_runs_nothing_and_marks_it_closed)
{
    ys_value g = new_with_finally("a");
    expect_value(ys_close(g), "None");
    expect_log("");
    expect_state(g, YS_GEN_CLOSED);
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

BACKEND_TEST(close, of_a_closed_generator_is_a_no_op)
{
    ys_value g = new_with_finally("a");
    expect_yield(ys_next(g), "1");
    expect_value(ys_close(g), "None");
    expect_value(ys_close(g), "None");
    expect_log("finally a; ");
    ys_decref(g);
}

BACKEND_TEST(close, of_a_generator_that_yields_in_response_raises_RuntimeError_generator_ignored_GeneratorExit)
{
    ys_value g = new_ignores_exit();
    expect_yield(ys_next(g), "\"tick\"");
    expect_raise(ys_close(g), YS_EXC(RuntimeError),
                 "RuntimeError(\"generator ignored GeneratorExit\")");
    expect_state(g, YS_GEN_SUSPENDED);
    expect_yield(ys_next(g), "\"tick\"");
    log_clear();
    ys_decref(g); /* finalizing ignores it again: reported, then abandoned */
    expect_log("ignoring GeneratorExit; "
               "unraisable RuntimeError(\"generator ignored GeneratorExit\") in ignores_exit; ");
}

BACKEND_TEST(close, of_a_generator_yielding_inside_finally_raises_RuntimeError_and_GeneratorExit_resurfaces)
{
    ys_value g = new_yield_in_finally();
    expect_yield(ys_next(g), "1");
    expect_raise(ys_close(g), YS_EXC(RuntimeError),
                 "RuntimeError(\"generator ignored GeneratorExit\")");
    expect_raise(ys_next(g), YS_EXC(GeneratorExit), "GeneratorExit()");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(close, propagates_another_exception_raised_by_the_body)
{
    ys_value g = new_finally_raises();
    expect_yield(ys_next(g), "1");
    expect_raise(ys_close(g), YS_EXC(ValueError), "ValueError(\"from finally\")");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(close, returns_None_when_the_body_returns_a_value_before_3_13)
{
    for (int minor = 8; minor <= 12; minor++) {
        use_python(minor);
        ys_value g = new_returns_on_exit(ys_int(7));
        expect_yield(ys_next(g), "1");
        expect_value(ys_close(g), "None");
        ys_decref(g);
    }
}

BACKEND_TEST(close, returns_the_body_s_return_value_in_3_13)
{
    use_python(13);
    ys_value g = new_returns_on_exit(ys_int(7));
    expect_yield(ys_next(g), "1");
    expect_value(ys_close(g), "7");
    ys_decref(g);
    g = new_with_finally("a");
    expect_yield(ys_next(g), "1");
    expect_value(ys_close(g), "None");
    ys_decref(g);
}

BACKEND_TEST(close, of_a_value_that_is_not_a_generator_raises_AttributeError)
{
    expect_raise(ys_close(ys_int(5)), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute 'close'\")");
}

/* 3.11 throws GeneratorExit into the fresh frame, which clears it at once;
 * 3.12+ only mark the generator closed, so its arguments live until it dies. */
BACKEND_TEST(close, of_a_just_started_generator_releases_its_arguments_at_once_before_3_12)
{
    ys_value held = new_with_finally("held");
    expect_yield(ys_next(held), "1");
    ys_value g = new_holder(held, ys_none());
    expect_value(ys_close(g), "None");
    expect_log("finally held; ");
    ys_decref(g);
    expect_log("finally held; ");
}

BACKEND_TEST(close, of_a_just_started_generator_keeps_its_arguments_until_it_is_freed_in_3_12)
{
    for (int minor = 12; minor <= 13; minor++) {
        use_python(minor);
        ys_value held = new_with_finally("held");
        expect_yield(ys_next(held), "1");
        ys_value g = new_holder(held, ys_none());
        expect_value(ys_close(g), "None");
        expect_log("");
        ys_decref(g);
        expect_log("finally held; ");
    }
}

/* ---- PEP 479 ------------------------------------------------------------ */

BACKEND_TEST(pep479, StopIteration_raised_in_the_body_becomes_RuntimeError_in_every_version)
{
    for (int minor = 8; minor <= 13; minor++) {
        use_python(minor);
        ys_value g = new_raiser(exc_with_arg(YS_EXC(StopIteration), ys_int(5)));
        expect_yield(ys_next(g), "1");
        expect_raise(ys_next(g), YS_EXC(RuntimeError),
                     "RuntimeError(\"generator raised StopIteration\")");
        ys_decref(g);
    }
}

BACKEND_TEST(pep479, a_StopIteration_subclass_raised_in_the_body_becomes_RuntimeError_too)
{
    for (int minor = 8; minor <= 13; minor++) {
        use_python(minor);
        const ys_exc_type *my_stop = ys_exc_type_new("MyStop", YS_EXC(StopIteration));
        ys_value g = new_raiser(exc_with_arg(my_stop, ys_int(3)));
        expect_yield(ys_next(g), "1");
        expect_raise(ys_next(g), YS_EXC(RuntimeError),
                     "RuntimeError(\"generator raised StopIteration\")");
        ys_decref(g);
    }
}

BACKEND_TEST(pep479, StopIteration_thrown_into_a_suspended_generator_becomes_RuntimeError)
{
    for (int minor = 8; minor <= 13; minor++) {
        use_python(minor);
        ys_value g = new_counter(2);
        expect_yield(ys_next(g), "0");
        expect_raise(throw_new(g, exc_with_arg(YS_EXC(StopIteration), ys_int(3))), YS_EXC(RuntimeError),
                     "RuntimeError(\"generator raised StopIteration\")");
        ys_decref(g);
    }
}

BACKEND_TEST(pep479, StopIteration_thrown_into_a_just_started_generator_becomes_RuntimeError_before_3_12)
{
    for (int minor = 8; minor <= 11; minor++) {
        use_python(minor);
        ys_value g = new_counter(2);
        expect_raise(throw_new(g, exc_with_arg(YS_EXC(StopIteration), ys_int(3))), YS_EXC(RuntimeError),
                     "RuntimeError(\"generator raised StopIteration\")");
        ys_decref(g);
    }
}

BACKEND_TEST(pep479, StopIteration_thrown_into_a_just_started_generator_propagates_unchanged_from_3_12)
{
    for (int minor = 12; minor <= 13; minor++) {
        use_python(minor);
        ys_value g = new_counter(2);
        expect_return(throw_new(g, exc_with_arg(YS_EXC(StopIteration), ys_int(3))), "3");
        expect_state(g, YS_GEN_CLOSED);
        ys_decref(g);
    }
}

/* ---- creation ----------------------------------------------------------- */

BACKEND_TEST(creation, a_code_without_a_body_for_the_backend_raises_TypeError)
{
    static const ys_code bodiless = {.name = "bodiless"};
    char expected[160];
    snprintf(expected, sizeof expected, "TypeError(\"bodiless() has no %s body for the %s backend\")",
             ys_runtime_config()->backend->stackful ? "stackful" : "stackless", backend_name());
    expect_raise(ys_gen_new(&bodiless), YS_EXC(TypeError), expected);
}

BACKEND_TEST(creation, a_new_generator_is_created_and_named_after_its_function)
{
    ys_value g = new_counter(0);
    expect_state(g, YS_GEN_CREATED);
    cr_assert_str_eq(ys_gen_name(g.as.g), "counter");
    cr_assert_str_eq(ys_gen_code(g.as.g)->name, "counter");
    ys_decref(g);
}

/* ---- the backend interface ---------------------------------------------- */

/* A third-party stackless backend need not give ys_gen_run_step itself as its
 * resume (backend.h): this one counts steps around it. The core calls a step
 * function directly only when resume is ys_gen_run_step, so every step here
 * goes through the wrapper and ys_gen_run_step. */
static int wrapped_steps;
static int wrapper_create(ys_gen *g, size_t stack_size) { return 0; }
static void wrapper_resume(ys_gen *g)
{
    wrapped_steps++;
    ys_gen_run_step(g);
}
static void wrapper_destroy(ys_gen *g) {}

static const ys_backend step_counting = {
    .name = "step-counting",
    .stackful = false,
    .create = wrapper_create,
    .resume = wrapper_resume,
    .destroy = wrapper_destroy,
};

Test(backend_interface, a_stackless_backend_whose_resume_wraps_ys_gen_run_step_runs_every_step_through_it)
{
    ys_config cfg = {.backend = &step_counting, .python_minor = 11, .unraisable = log_unraisable};
    cr_assert_eq(ys_runtime_init(&cfg), 0);
    ys_value g = new_delegator(new_counter(2));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_send(g, ys_none()), "1");
    expect_return(ys_next(g), "2");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
    /* The delegator runs twice (to its yield from, and on from it to its
     * return), the counter three times (0, 1, then its return). */
    cr_assert_eq(wrapped_steps, 5, "%d steps went through the backend's resume, not 5", wrapped_steps);
    cr_assert(!ys_err_occurred());
    ys_runtime_shutdown();
}

/* ---- ys_gen_send_ex, the C send primitive -------------------------------- */

/* gen.h promises *result = YS_NULL with YS_SEND_ERROR: a C caller may test
 * the result instead of the status. */
static void expect_send_error(ys_value g, ys_value arg, const ys_exc_type *type, const char *exc_repr)
{
    ys_value result = ys_int(12345);
    cr_assert_eq(ys_gen_send_ex(g.as.g, arg, &result), YS_SEND_ERROR, "[%s] %s", backend_name(), exc_repr);
    cr_assert(ys_is_null(result), "[%s] %s: the result was left as it was", backend_name(), exc_repr);
    expect_raise(ys_null(), type, exc_repr);
}

BACKEND_TEST(send_ex, reports_each_failure_with_YS_SEND_ERROR_and_a_null_result)
{
    ys_value echo = new_echo();
    expect_send_error(echo, ys_int(5), YS_EXC(TypeError),
                      "TypeError(\"can't send non-None value to a just-started generator\")");
    ys_decref(echo);

    ys_value raiser = new_raiser(ys_exc_new_msg(YS_EXC(ValueError), "raised"));
    expect_yield(ys_next(raiser), "1");
    expect_send_error(raiser, ys_none(), YS_EXC(ValueError), "ValueError(\"raised\")");
    ys_decref(raiser);

    /* Refused at the recursion limit: the body does not start. */
    ys_value counter = new_counter(2);
    int limit = ys_runtime_config()->recursion_limit;
    for (int i = 0; i < limit; i++)
        cr_assert(ys_enter_frame(), "[%s] frame %d was refused", backend_name(), i + 1);
    expect_send_error(counter, ys_none(), YS_EXC(RecursionError),
                      "RecursionError(\"maximum recursion depth exceeded\")");
    for (int i = 0; i < limit; i++)
        ys_leave_frame();
    ys_decref(counter);
}

/* ---- a stackless body written with the out-of-line calls ------------------ */

/* What a binding from another language writes when it cannot use the inline
 * header (stackless.h): the resume point through ys_gen_resume_point, the
 * handoffs through ys_step_yield and ys_resume_input. Yields 1, then what it
 * was sent; returns what it is sent next. */
static ys_step echoes_once_out_of_line(ys_gen *self)
{
    int *at = ys_gen_resume_point(self);
    if (*at == 0) {
        *at = 1;
        return ys_step_yield(self, ys_int(1));
    }
    ys_value sent = ys_resume_input(self);
    if (ys_is_null(sent))
        return YS_STEP_ERROR;
    if (*at == 1) {
        *at = 2;
        return ys_step_yield(self, sent);
    }
    return ys_step_return(self, sent);
}

static ys_step echoes_once_stackful(ys_gen *self)
{
    ys_value sent = ys_yield(self, ys_int(1));
    if (ys_is_null(sent))
        return YS_STEP_ERROR;
    sent = ys_yield(self, sent);
    if (ys_is_null(sent))
        return YS_STEP_ERROR;
    return ys_step_return(self, sent);
}

static const ys_code echoes_once_code = {
    .name = "echoes_once",
    .stackful = echoes_once_stackful,
    .stackless = echoes_once_out_of_line,
};

BACKEND_TEST(stackless_api, a_body_keeping_its_place_through_ys_gen_resume_point_yields_and_returns_in_order)
{
    ys_value g = ys_gen_new(&echoes_once_code);
    cr_assert_eq(*ys_gen_resume_point(g.as.g), 0, "[%s] a new generator starts at resume point 0",
                 backend_name());
    expect_yield(ys_next(g), "1");
    ys_value s = ys_str_cstr("x");
    expect_yield(ys_send(g, s), "\"x\"");
    ys_decref(s);
    expect_return(ys_send(g, ys_int(7)), "7");
    ys_decref(g);
}

/* gen.h: ys_gen_send_ex borrows arg. The body takes over a reference of its
 * own, so the caller may drop its reference while the body still holds the
 * value (here: hands it back as the next yield). A str is counted in the
 * core's blocks, so a value freed with the caller's reference shows there. */
BACKEND_TEST(send_ex, a_value_sent_into_a_suspended_body_outlives_the_senders_reference)
{
    ys_value g = ys_gen_new(&echoes_once_code);
    expect_yield(ys_next(g), "1");
    ys_value sent = ys_str_cstr("kept by the body");
    ys_value handed_back;
    cr_assert_eq(ys_gen_send_ex(g.as.g, sent, &handed_back), YS_SEND_YIELD, "[%s] the send was not a yield",
                 backend_name());
    size_t held = ys_runtime_blocks_held();
    ys_decref(sent);
    cr_assert_eq(ys_runtime_blocks_held(), held,
                 "[%s] the str sent was freed with the sender's reference while the body held it",
                 backend_name());
    expect_yield(handed_back, "\"kept by the body\"");
    expect_return(ys_send(g, ys_none()), "None");
    ys_decref(g);
}
