/* Exception chaining as CPython's _PyErr_SetObject does it: a raised exception
 * gets the handled one as __context__ (never itself, and a link back to it is
 * cut first), `raise ... from` sets __cause__ and __suppress_context__, and
 * from 3.9 an exception thrown into a generator gets what that generator
 * handles where it is suspended; the sys module's view of the handled
 * exception (sys.exc_info(), sys.exception()). */
#include "generators.h"
#include "support.h"

static void expect_attribute(ys_value exc, ys_exc_attr attr, const char *repr)
{
    expect_value(ys_exc_chain_attribute(exc, attr), repr);
}

/* Raise steal_exc (ys_err_raise) while `handled` is the handled exception,
 * and take it back. */
static ys_value raised_while_handling(ys_value handled, ys_value steal_exc)
{
    ys_value previous = ys_err_handled_swap(handled);
    ys_err_raise(steal_exc);
    ys_err_handled_swap(previous);
    cr_assert(ys_err_occurred(), "[%s] nothing was raised", backend_name());
    return ys_err_fetch();
}

BACKEND_TEST(chaining, a_raised_exception_gets_the_handled_one_as_context)
{
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_value e = raised_while_handling(handled, exc_with_msg(YS_EXC(ValueError), "raised"));
    expect_attribute(e, YS_EXC_CONTEXT, "KeyError(\"handled\")");
    expect_attribute(e, YS_EXC_CAUSE, "None");
    expect_attribute(e, YS_EXC_SUPPRESS_CONTEXT, "False");
    ys_decref(e);
    /* A new exception the runtime raises is chained the same way. */
    ys_value previous = ys_err_handled_swap(handled);
    ys_err_format(YS_EXC(TypeError), "made by the runtime");
    ys_err_handled_swap(previous);
    e = ys_err_fetch();
    expect_attribute(e, YS_EXC_CONTEXT, "KeyError(\"handled\")");
    ys_decref(e);
    ys_decref(handled);
}

BACKEND_TEST(chaining, nothing_handled_leaves_no_context_and_ys_err_set_chains_nothing)
{
    ys_value e = raised_while_handling(ys_null(), exc_with_msg(YS_EXC(ValueError), "alone"));
    expect_attribute(e, YS_EXC_CONTEXT, "None");
    ys_decref(e);
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_value previous = ys_err_handled_swap(handled);
    ys_err_set(exc_with_msg(YS_EXC(ValueError), "restored as it is"));
    ys_err_handled_swap(previous);
    e = ys_err_fetch();
    expect_attribute(e, YS_EXC_CONTEXT, "None");
    ys_decref(e);
    ys_decref(handled);
}

BACKEND_TEST(chaining, raising_the_handled_exception_itself_makes_no_self_reference)
{
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_incref(handled);
    ys_value e = raised_while_handling(handled, handled);
    expect_attribute(e, YS_EXC_CONTEXT, "None");
    ys_decref(e);
    ys_decref(handled);
}

BACKEND_TEST(chaining, raising_an_exception_of_the_handled_chain_cuts_the_link_back_to_it)
{
    ys_value first = exc_with_msg(YS_EXC(KeyError), "first");
    ys_incref(first);
    ys_value second = raised_while_handling(first, exc_with_msg(YS_EXC(ValueError), "second"));
    expect_attribute(second, YS_EXC_CONTEXT, "KeyError(\"first\")");
    /* first raised again while second (whose context is first) is handled. */
    ys_value again = raised_while_handling(second, first);
    expect_attribute(again, YS_EXC_CONTEXT, "ValueError(\"second\")");
    expect_attribute(second, YS_EXC_CONTEXT, "None");
    ys_decref(second); /* still held as again's context */
    ys_decref(again);  /* the reference raised */
    ys_decref(first);  /* the one kept */
}

BACKEND_TEST(chaining, raise_from_sets_the_cause_and_suppresses_the_context)
{
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_value cause = exc_with_msg(YS_EXC(IndexError), "cause");
    ys_value previous = ys_err_handled_swap(handled);
    ys_err_raise_from(exc_with_msg(YS_EXC(ValueError), "raised"), cause);
    ys_value e = ys_err_fetch();
    expect_attribute(e, YS_EXC_CAUSE, "IndexError(\"cause\")");
    expect_attribute(e, YS_EXC_CONTEXT, "KeyError(\"handled\")");
    expect_attribute(e, YS_EXC_SUPPRESS_CONTEXT, "True");
    /* Raised again from None: the cause is dropped, the context kept suppressed. */
    ys_err_raise_from(e, ys_none());
    e = ys_err_fetch();
    expect_attribute(e, YS_EXC_CAUSE, "None");
    expect_attribute(e, YS_EXC_SUPPRESS_CONTEXT, "True");
    ys_decref(e);
    ys_err_handled_swap(previous);
    ys_decref(cause);
    ys_decref(handled);
}

BACKEND_TEST(chaining, raising_or_chaining_what_is_no_exception_raises_typeerror)
{
    ys_err_raise(ys_int(1));
    expect_raise(ys_null(), YS_EXC(TypeError), "TypeError(\"exceptions must derive from BaseException\")");
    ys_err_raise_from(exc_with_msg(YS_EXC(ValueError), "raised"), ys_int(2));
    expect_raise(ys_null(), YS_EXC(TypeError),
                 "TypeError(\"exception causes must derive from BaseException\")");
    expect_raise(ys_exc_chain_attribute(ys_int(3), YS_EXC_CONTEXT), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute '__context__'\")");
    expect_raise(ys_exc_chain_attribute(ys_none(), YS_EXC_SUPPRESS_CONTEXT), YS_EXC(AttributeError),
                 "AttributeError(\"'NoneType' object has no attribute '__suppress_context__'\")");
}

/* A catcher of KeyError suspended "inside a handler" of `held`: ValueError
 * thrown in is not caught and comes out with what the chaining gave it. */
static void expect_thrown_context(int python_minor, const char *context_repr)
{
    use_python(python_minor);
    ys_value g = new_catcher(YS_EXC(KeyError));
    expect_yield(ys_next(g), "1");
    ys_value held = exc_with_msg(YS_EXC(IndexError), "held");
    ys_gen_suspended_handling(g.as.g, held);
    ys_value r = throw_new(g, exc_with_msg(YS_EXC(ValueError), "thrown"));
    cr_assert(ys_is_null(r), "[%s] the thrown ValueError was caught", backend_name());
    ys_value e = ys_err_fetch();
    expect_attribute(e, YS_EXC_CONTEXT, context_repr);
    ys_decref(e);
    ys_decref(g);
    ys_decref(held);
}

BACKEND_TEST(chaining, a_thrown_exception_gets_what_the_generator_handles_from_3_9_only)
{
    expect_thrown_context(9, "IndexError(\"held\")");
    expect_thrown_context(8, "None");
}

/* An exception released with a context, a cause and __suppress_context__
 * set: the next one made (from the same pooled block, when the pool is on)
 * starts with none of them. */
BACKEND_TEST(chaining, an_exception_made_after_a_chained_one_is_released_starts_unchained)
{
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_value cause = exc_with_msg(YS_EXC(IndexError), "cause");
    ys_value previous = ys_err_handled_swap(handled);
    ys_err_raise_from(ys_exc_new(YS_EXC(ValueError), 0, NULL), cause);
    ys_err_handled_swap(previous);
    ys_value chained = ys_err_fetch();
    expect_attribute(chained, YS_EXC_CONTEXT, "KeyError(\"handled\")");
    ys_decref(chained);
    ys_err_raise_from(ys_exc_new(YS_EXC(ValueError), 0, NULL), ys_none());
    ys_decref(ys_err_fetch()); /* suppressed, with neither cause nor context */
    ys_value fresh = ys_exc_new(YS_EXC(TypeError), 0, NULL);
    expect_attribute(fresh, YS_EXC_CONTEXT, "None");
    expect_attribute(fresh, YS_EXC_CAUSE, "None");
    expect_attribute(fresh, YS_EXC_SUPPRESS_CONTEXT, "False");
    ys_decref(fresh);
    ys_decref(cause);
    ys_decref(handled);
}

/* sys.exc_info()[1], sys.exc_info()[0].__name__ and sys.exception() read
 * the handled exception; with none, None, AttributeError and None. */
BACKEND_TEST(sys_module, sys_exc_info_and_sys_exception_report_the_handled_exception)
{
    expect_value(ys_sys_exc_info_value(), "None");
    expect_raise(ys_sys_exc_info_type_name(), YS_EXC(AttributeError),
                 "AttributeError(\"'NoneType' object has no attribute '__name__'\")");
    expect_value(ys_sys_exception(), "None");
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_value previous = ys_err_handled_swap(handled);
    expect_value(ys_sys_exc_info_value(), "KeyError(\"handled\")");
    expect_value(ys_sys_exc_info_type_name(), "\"KeyError\"");
    expect_value(ys_sys_exception(), "KeyError(\"handled\")");
    ys_err_handled_swap(previous);
    ys_decref(handled);
}

BACKEND_TEST(sys_module, sys_exception_is_an_attributeerror_before_3_11)
{
    use_python(10);
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_value previous = ys_err_handled_swap(handled);
    expect_raise(ys_sys_exception(), YS_EXC(AttributeError),
                 "AttributeError(\"module 'sys' has no attribute 'exception'\")");
    expect_value(ys_sys_exc_info_value(), "KeyError(\"handled\")");
    ys_err_handled_swap(previous);
    ys_decref(handled);
}
