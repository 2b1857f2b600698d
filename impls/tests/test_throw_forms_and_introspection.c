/* throw(type, value[, tb]), the gi_* attributes and the handled exception a
 * bare raise re-raises, on every backend. */
#include <stdio.h>

#include "generators.h"
#include "support.h"

/* ---- throw(type, value[, tb]) ------------------------------------------- */

BACKEND_TEST(throw_args, raises_the_type_made_with_a_value_that_is_not_an_instance_of_it)
{
    ys_value g = new_catcher(YS_EXC(ValueError));
    expect_yield(ys_next(g), "1");
    expect_yield(ys_throw_args(g, YS_EXC(ValueError), ys_null(), ys_int(7), ys_null()), "\"caught\"");
    expect_log("caught ValueError(7); ");
    ys_decref(g);
}

BACKEND_TEST(throw_args, raises_an_instance_of_a_subclass_as_it_is_and_the_type_alone_for_None)
{
    ys_value g = new_catcher(YS_EXC(LookupError));
    expect_yield(ys_next(g), "1");
    ys_value key_error = exc_with_msg(YS_EXC(KeyError), "kept");
    expect_yield(ys_throw_args(g, YS_EXC(LookupError), ys_null(), key_error, ys_none()), "\"caught\"");
    ys_decref(key_error);
    expect_log("caught KeyError(\"kept\"); ");
    ys_decref(g);

    g = new_catcher(YS_EXC(ValueError));
    expect_yield(ys_next(g), "1");
    expect_yield(ys_throw_args(g, YS_EXC(ValueError), ys_null(), ys_none(), ys_null()), "\"caught\"");
    ys_decref(g);
}

BACKEND_TEST(throw_args, refuses_a_traceback_that_is_not_None_and_leaves_the_generator_suspended)
{
    ys_value g = new_catcher(YS_EXC(ValueError));
    expect_yield(ys_next(g), "1");
    expect_raise(ys_throw_args(g, YS_EXC(ValueError), ys_null(), ys_int(1), ys_int(23)), YS_EXC(TypeError),
                 "TypeError(\"throw() third argument must be a traceback object\")");
    expect_state(g, YS_GEN_SUSPENDED);
    expect_log("");
    ys_decref(g);
}

BACKEND_TEST(throw_args, refuses_an_instance_given_with_a_separate_value)
{
    ys_value g = new_catcher(YS_EXC(ValueError));
    expect_yield(ys_next(g), "1");
    ys_value instance = exc_with_msg(YS_EXC(ValueError), "instance");
    expect_raise(ys_throw_args(g, NULL, instance, ys_int(1), ys_null()), YS_EXC(TypeError),
                 "TypeError(\"instance exception may not have a separate value\")");
    expect_state(g, YS_GEN_SUSPENDED);
    expect_yield(ys_throw_args(g, NULL, instance, ys_none(), ys_null()), "\"caught\"");
    expect_log("caught ValueError(\"instance\"); ");
    ys_decref(instance);
    ys_decref(g);
}

BACKEND_TEST(throw_args, refused_in_the_innermost_generator_raises_the_TypeError_in_its_delegator)
{
    ys_value g = new_delegator(new_catcher(YS_EXC(ValueError)));
    expect_yield(ys_next(g), "1");
    expect_raise(ys_throw_args(g, YS_EXC(ValueError), ys_null(), ys_int(1), ys_int(23)), YS_EXC(TypeError),
                 "TypeError(\"throw() third argument must be a traceback object\")");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(throw_args, of_a_value_that_is_not_a_generator_raises_AttributeError)
{
    expect_raise(ys_throw_args(ys_int(5), YS_EXC(ValueError), ys_null(), ys_none(), ys_null()),
                 YS_EXC(AttributeError), "AttributeError(\"'int' object has no attribute 'throw'\")");
}

/* ---- gi_* attributes ---------------------------------------------------- */

BACKEND_TEST(introspection, gi_suspended_and_gi_running_follow_the_state_from_3_11)
{
    ys_value g = new_counter(1);
    expect_value(ys_gen_attribute(g, YS_GI_SUSPENDED), "False");
    expect_yield(ys_next(g), "0");
    expect_value(ys_gen_attribute(g, YS_GI_SUSPENDED), "True");
    expect_value(ys_gen_attribute(g, YS_GI_RUNNING), "False");
    expect_return(ys_next(g), "1");
    expect_value(ys_gen_attribute(g, YS_GI_SUSPENDED), "False");
    ys_decref(g);
}

BACKEND_TEST(introspection, gi_suspended_is_an_AttributeError_before_3_11)
{
    use_python(10);
    ys_value g = new_counter(1);
    expect_raise(ys_gen_attribute(g, YS_GI_SUSPENDED), YS_EXC(AttributeError),
                 "AttributeError(\"'generator' object has no attribute 'gi_suspended'\")");
    ys_decref(g);
}

BACKEND_TEST(introspection, gi_yieldfrom_is_the_subgenerator_only_while_suspended_in_a_yield_from)
{
    ys_value g = new_delegator(new_counter(1));
    expect_value(ys_gen_attribute(g, YS_GI_YIELDFROM), "None");
    expect_yield(ys_next(g), "0");
    expect_value(ys_gen_attribute(g, YS_GI_YIELDFROM), "<generator counter>");
    expect_return(ys_next(g), "1");
    expect_value(ys_gen_attribute(g, YS_GI_YIELDFROM), "None");
    ys_decref(g);
}

BACKEND_TEST(introspection, gi_frame_is_None_only_once_the_generator_is_closed)
{
    ys_value g = new_counter(1);
    ys_value frame = ys_gen_attribute(g, YS_GI_FRAME);
    cr_expect(frame.kind != YS_NONE, "a created generator has a frame");
    ys_decref(frame);
    expect_value(ys_close(g), "None");
    expect_value(ys_gen_attribute(g, YS_GI_FRAME), "None");
    ys_decref(g);
}

BACKEND_TEST(introspection, of_a_value_that_is_not_a_generator_raises_AttributeError)
{
    expect_raise(ys_gen_attribute(ys_int(5), YS_GI_RUNNING), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute 'gi_running'\")");
}

BACKEND_TEST(introspection, name_and_qualname_are_the_function_name_and_no_attributes_of_other_values)
{
    ys_value g = new_counter(1);
    expect_value(ys_gen_attribute(g, YS_GI_NAME), "\"counter\"");
    expect_value(ys_gen_attribute(g, YS_GI_QUALNAME), "\"counter\"");
    expect_value(ys_close(g), "None");
    expect_value(ys_gen_attribute(g, YS_GI_NAME), "\"counter\"");
    ys_decref(g);
    expect_raise(ys_gen_attribute(ys_int(5), YS_GI_QUALNAME), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute '__qualname__'\")");
}

BACKEND_TEST(introspection, the_type_of_gi_frame_is_frame_until_the_generator_is_closed)
{
    ys_value g = new_counter(1);
    expect_value(ys_gen_attribute(g, YS_GI_FRAME_TYPE), "\"frame\"");
    expect_value(ys_close(g), "None");
    expect_value(ys_gen_attribute(g, YS_GI_FRAME_TYPE), "\"NoneType\"");
    ys_decref(g);
    expect_value(ys_type_name_of(ys_none()), "\"NoneType\"");
    expect_value(ys_type_name_of(ys_int(1)), "\"int\"");
}

BACKEND_TEST(introspection, gi_code_is_the_code_the_generator_was_made_from)
{
    ys_value counter = new_counter(1);
    ys_value catcher = new_catcher(YS_EXC(ValueError));
    const ys_code *code = ys_gen_code(counter.as.g);
    expect_value(ys_gen_code_is(counter, code), "True");
    expect_value(ys_gen_code_is(catcher, code), "False");
    expect_yield(ys_next(counter), "0");
    expect_return(ys_next(counter), "1");
    expect_value(ys_gen_code_is(counter, code), "True");
    expect_raise(ys_gen_code_is(ys_int(5), code), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute 'gi_code'\")");
    ys_decref(catcher);
    ys_decref(counter);
}

BACKEND_TEST(introspection, renaming_a_generator_changes_its_names_only_and_keeps_its_code)
{
    ys_value g = new_counter(1);
    ys_value other = new_counter(1);
    const ys_code *code = ys_gen_code(g.as.g);
    ys_value name = ys_str_cstr("name");
    cr_expect(ys_store_attribute(g, "__name__", name), "a str renames a generator");
    ys_decref(name);
    expect_value(ys_gen_attribute(g, YS_GI_NAME), "\"name\"");
    expect_value(ys_gen_attribute(g, YS_GI_QUALNAME), "\"counter\"");
    ys_value qualname = ys_str_cstr("qualname");
    cr_expect(ys_store_attribute(g, "__qualname__", qualname), "a str renames a generator");
    ys_decref(qualname);
    expect_value(ys_gen_attribute(g, YS_GI_NAME), "\"name\"");
    expect_value(ys_gen_attribute(g, YS_GI_QUALNAME), "\"qualname\"");
    expect_value(ys_gen_code_is(g, code), "True");
    cr_expect(!ys_store_attribute(g, "__name__", ys_int(123)), "only a str is a name");
    expect_raise(ys_null(), YS_EXC(TypeError), "TypeError(\"__name__ must be set to a string object\")");
    cr_expect(!ys_store_attribute(g, "__qualname__", ys_none()), "only a str is a name");
    expect_raise(ys_null(), YS_EXC(TypeError), "TypeError(\"__qualname__ must be set to a string object\")");
    expect_value(ys_gen_attribute(g, YS_GI_NAME), "\"name\"");
    expect_yield(ys_next(g), "0");
    expect_return(ys_next(g), "1");
    ys_value self = g; /* as repr sees it */
    ys_incref(self);
    expect_value(self, "<generator name>");
    expect_value(ys_gen_attribute(other, YS_GI_NAME), "\"counter\"");
    ys_decref(other);
    ys_decref(g);
}

/* Stores v as g.name and checks the AttributeError's text. */
static void expect_refused(ys_value g, const char *name, const char *exc_repr)
{
    cr_expect(!ys_store_attribute(g, name, ys_int(42)), "%s cannot be assigned", name);
    expect_raise(ys_null(), YS_EXC(AttributeError), exc_repr);
}

BACKEND_TEST(introspection, read_only_attributes_are_refused_as_each_version_words_it)
{
    static const char *const not_writable = "AttributeError(\"attribute '%s' of 'generator' objects is not writable\")";
    static const char *const readonly = "AttributeError(\"readonly attribute\")";
    static const struct {
        int minor;
        const char *running, *frame, *code;
    } versions[] = {{8, readonly, readonly, readonly},
                    {10, not_writable, readonly, readonly},
                    {11, not_writable, not_writable, readonly},
                    {12, not_writable, not_writable, not_writable}};
    for (size_t i = 0; i < sizeof versions / sizeof versions[0]; i++) {
        use_python(versions[i].minor);
        ys_value g = new_counter(1);
        char text[128];
        snprintf(text, sizeof text, versions[i].running, "gi_running");
        expect_refused(g, "gi_running", text);
        snprintf(text, sizeof text, versions[i].frame, "gi_frame");
        expect_refused(g, "gi_frame", text);
        snprintf(text, sizeof text, versions[i].code, "gi_code");
        expect_refused(g, "gi_code", text);
        snprintf(text, sizeof text, not_writable, "gi_yieldfrom");
        expect_refused(g, "gi_yieldfrom", text);
        ys_decref(g);
    }
    use_python(10);
    ys_value g = new_counter(1);
    expect_refused(g, "gi_suspended", "AttributeError(\"'generator' object has no attribute 'gi_suspended'\")");
    ys_decref(g);
}

BACKEND_TEST(introspection, a_value_without_a_dict_refuses_an_attribute_and_3_13_says_why)
{
    ys_value g = new_counter(1);
    expect_refused(g, "value", "AttributeError(\"'generator' object has no attribute 'value'\")");
    ys_decref(g);
    use_python(13);
    expect_refused(ys_int(1), "value",
                   "AttributeError(\"'int' object has no attribute 'value' and no __dict__ for setting new attributes\")");
}

BACKEND_TEST(introspection, an_exception_keeps_an_assigned_attribute_and_an_assigned_value_is_StopIteration_s_value)
{
    ys_value stop = exc_with_msg(YS_EXC(StopIteration), "spam");
    expect_value(ys_exc_stop_value(stop), "\"spam\"");
    ys_value eggs = ys_str_cstr("eggs");
    cr_expect(ys_store_attribute(stop, "value", eggs), "an exception stores an attribute");
    ys_decref(eggs);
    expect_value(ys_exc_stop_value(stop), "\"eggs\"");
    expect_value(ys_exc_args(stop), "(\"spam\",)");
    cr_expect(ys_store_attribute(stop, "value", ys_none()), "an assigned attribute can be assigned again");
    expect_value(ys_exc_stop_value(stop), "None");
    ys_decref(stop);

    ys_value other = exc_with_msg(YS_EXC(ValueError), "v");
    expect_raise(ys_gen_attribute(other, YS_GI_RUNNING), YS_EXC(AttributeError),
                 "AttributeError(\"'ValueError' object has no attribute 'gi_running'\")");
    ys_value g = new_counter(1); /* the exception's attribute holds the generator until it is freed */
    cr_expect(ys_store_attribute(other, "gi_running", g), "an exception stores any attribute");
    cr_expect(ys_store_attribute(other, "gi_frame", ys_int(3)), "an exception stores any attribute");
    expect_value(ys_gen_attribute(other, YS_GI_RUNNING), "<generator counter>");
    expect_value(ys_gen_attribute(other, YS_GI_FRAME_TYPE), "\"int\"");
    expect_raise(ys_gen_code_is(other, ys_gen_code(g.as.g)), YS_EXC(AttributeError),
                 "AttributeError(\"'ValueError' object has no attribute 'gi_code'\")");
    cr_expect(ys_store_attribute(other, "gi_code", ys_int(0)), "an exception stores any attribute");
    expect_value(ys_gen_code_is(other, ys_gen_code(g.as.g)), "False");
    ys_decref(g);
    ys_decref(other);
}

/* ---- the handled exception ---------------------------------------------- */

BACKEND_TEST(handled, a_bare_raise_with_nothing_handled_raises_RuntimeError)
{
    ys_err_reraise_handled();
    expect_raise(ys_null(), YS_EXC(RuntimeError), "RuntimeError(\"No active exception to reraise\")");
}

BACKEND_TEST(handled, a_bare_raise_re_raises_the_exception_swapped_in_until_it_is_swapped_back)
{
    ys_value handled = exc_with_msg(YS_EXC(KeyError), "handled");
    ys_value previous = ys_err_handled_swap(handled);
    ys_err_reraise_handled();
    ys_value raised = ys_err_fetch();
    cr_expect(raised.as.e == handled.as.e, "the very exception being handled is raised again");
    ys_decref(raised);
    ys_err_handled_swap(previous);
    ys_err_reraise_handled();
    expect_raise(ys_null(), YS_EXC(RuntimeError), "RuntimeError(\"No active exception to reraise\")");
    ys_decref(handled);
}
