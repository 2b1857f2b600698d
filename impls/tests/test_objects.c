/* Tuples, builtin iterators and iterator objects (object.c), and `yield from`
 * delegating to an iterator that is not a generator (PEP 380, gen.c). The
 * expected outcomes are CPython's: spec/scenarios/yield_from/range_* and
 * iterator_object_* hold the same cases as traces. */
#include <stdio.h>
#include <string.h>

#include "generators.h"
#include "support.h"

static ys_value tuple3(ys_value a, ys_value b, ys_value c)
{
    ys_value items[] = {a, b, c};
    ys_value t = ys_tuple_new(3, items);
    for (int i = 0; i < 3; i++)
        ys_decref(items[i]);
    return t;
}

static ys_value range_of(int64_t start, int64_t stop)
{
    ys_value args[] = {ys_int(start), ys_int(stop)};
    return ys_range_iter(2, args);
}

/* ---- tuples --------------------------------------------------------------- */

BACKEND_TEST(tuples, are_written_as_python_writes_them)
{
    expect_value(ys_tuple_new(0, NULL), "()");
    ys_value one = ys_int(1);
    expect_value(ys_tuple_new(1, &one), "(1,)");
    expect_value(tuple3(ys_int(1), ys_str_cstr("a"), ys_tuple_new(0, NULL)), "(1, \"a\", ())");
}

BACKEND_TEST(tuples, index_from_either_end_and_refuse_past_it)
{
    ys_value t = tuple3(ys_int(10), ys_int(20), ys_int(30));
    expect_value(ys_getitem(t, ys_int(0)), "10");
    expect_value(ys_getitem(t, ys_int(-1)), "30");
    expect_raise(ys_getitem(t, ys_int(3)), YS_EXC(IndexError), "IndexError(\"tuple index out of range\")");
    expect_raise(ys_getitem(t, ys_none()), YS_EXC(TypeError),
                 "TypeError(\"tuple indices must be integers or slices, not NoneType\")");
    expect_raise(ys_getitem(ys_int(1), ys_int(0)), YS_EXC(TypeError),
                 "TypeError(\"'int' object is not subscriptable\")");
    expect_value(ys_len(t), "3");
    ys_decref(t);
}

BACKEND_TEST(tuples, len_of_a_str_counts_code_points)
{
    ys_value s = ys_str_cstr("h\xc3\xa9llo\xf0\x9f\x98\x80");
    expect_value(ys_len(s), "6");
    ys_decref(s);
    expect_raise(ys_len(ys_int(5)), YS_EXC(TypeError), "TypeError(\"object of type 'int' has no len()\")");
}

BACKEND_TEST(tuples, compare_item_by_item_and_concatenate)
{
    ys_value a = tuple3(ys_int(1), ys_int(2), ys_int(3));
    ys_value b = tuple3(ys_int(1), ys_int(2), ys_int(4));
    ys_value two[] = {ys_int(1), ys_int(2)};
    ys_value prefix = ys_tuple_new(2, two);
    expect_value(ys_compare(YS_LT, a, b), "True");
    expect_value(ys_compare(YS_EQ, a, a), "True");
    expect_value(ys_compare(YS_NE, a, b), "True");
    expect_value(ys_compare(YS_LT, prefix, a), "True");
    expect_value(ys_compare(YS_GE, prefix, a), "False");
    expect_value(ys_compare(YS_EQ, a, ys_int(1)), "False");
    expect_value(ys_binary(YS_ADD, prefix, a), "(1, 2, 1, 2, 3)");
    expect_raise(ys_binary(YS_ADD, a, ys_int(1)), YS_EXC(TypeError),
                 "TypeError(\"can only concatenate tuple (not \\\"int\\\") to tuple\")");
    cr_assert(ys_truthy(a));
    ys_value empty = ys_tuple_new(0, NULL);
    cr_assert(!ys_truthy(empty));
    ys_decref(empty);
    ys_decref(a);
    ys_decref(b);
    ys_decref(prefix);
}

BACKEND_TEST(tuples, of_exception_arguments)
{
    ys_value e = exc_with_msg(YS_EXC(KeyError), "k");
    expect_value(ys_exc_args(e), "(\"k\",)");
    ys_decref(e);
    expect_raise(ys_exc_args(ys_int(3)), YS_EXC(AttributeError),
                 "AttributeError(\"'int' object has no attribute 'args'\")");
    expect_raise(ys_exc_args_item(ys_none(), ys_int(0)), YS_EXC(AttributeError),
                 "AttributeError(\"'NoneType' object has no attribute 'args'\")");
}

/* ---- builtin iterators ---------------------------------------------------- */

BACKEND_TEST(iterators, range_iterator_counts_and_then_is_exhausted)
{
    ys_value args[] = {ys_int(5), ys_int(0), ys_int(-2)};
    ys_value it = ys_range_iter(3, args);
    expect_value(ys_iter(it), "<range_iterator object>");
    expect_value(ys_next(it), "5");
    expect_value(ys_iternext(it), "3");
    expect_value(ys_next(it), "1");
    cr_assert(ys_is_null(ys_iternext(it)) && !ys_err_occurred(), "exhausted: no exception");
    expect_raise(ys_next(it), YS_EXC(StopIteration), "StopIteration()");
    ys_decref(it);
    ys_value zero_step[] = {ys_int(1), ys_int(2), ys_int(0)};
    expect_raise(ys_range_iter(3, zero_step), YS_EXC(ValueError), "ValueError(\"range() arg 3 must not be zero\")");
    ys_value text = ys_str_cstr("3");
    expect_raise(ys_range_iter(1, &text), YS_EXC(TypeError),
                 "TypeError(\"'str' object cannot be interpreted as an integer\")");
    ys_decref(text);
}

BACKEND_TEST(iterators, iter_of_a_str_visits_its_characters_with_the_ascii_iterator_type_of_3_11_when_every_byte_is_ascii)
{
    ys_value s = ys_str_cstr("a\xc3\xa9");
    ys_value it = ys_iter(s);
    ys_decref(s);
    expect_value(ys_iter(it), "<str_iterator object>");
    expect_value(ys_next(it), "\"a\"");
    expect_value(ys_next(it), "\"\\u00e9\"");
    expect_raise(ys_next(it), YS_EXC(StopIteration), "StopIteration()");
    ys_decref(it);
    s = ys_str_cstr("ab");
    expect_value(ys_iter(s), "<str_ascii_iterator object>");
    ys_decref(s);
    /* Bytes from C that are not UTF-8: one byte over 0x7F, even the first
     * alone, is enough for the general type. */
    s = ys_str_new("\x80" "ab", 3);
    expect_value(ys_iter(s), "<str_iterator object>");
    ys_decref(s);
    use_python(10);
    s = ys_str_cstr("ab");
    expect_value(ys_iter(s), "<str_iterator object>");
    ys_decref(s);
}

/* As CPython's unicodeiter_next: the iterator drops its str once exhausted, so
 * the str's block goes back while the iterator lives on. */
BACKEND_TEST(iterators, an_exhausted_str_iterator_lets_go_of_its_str_of_either_iterator_type)
{
    const char *texts[] = {"a", "\xc3\xa9"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        ys_value s = ys_str_cstr(texts[i]);
        ys_value it = ys_iter(s);
        ys_decref(s);
        size_t held_with_the_str = ys_runtime_blocks_held();
        ys_decref(ys_next(it));
        cr_assert(ys_is_null(ys_iternext(it)) && !ys_err_occurred(), "[%s] %s: not exhausted", backend_name(),
                  ys_type_name(it));
        cr_assert_eq(ys_runtime_blocks_held(), held_with_the_str - 1, "[%s] the exhausted %s still holds its str",
                     backend_name(), ys_type_name(it));
        ys_decref(it);
    }
}

BACKEND_TEST(iterators, iter_of_a_tuple_visits_its_items_and_other_values_are_not_iterable)
{
    ys_value t = tuple3(ys_int(1), ys_none(), ys_str_cstr("x"));
    ys_value it = ys_iter(t);
    ys_decref(t);
    expect_value(ys_iter(it), "<tuple_iterator object>");
    expect_value(ys_next(it), "1");
    expect_value(ys_next(it), "None");
    expect_value(ys_next(it), "\"x\"");
    expect_raise(ys_next(it), YS_EXC(StopIteration), "StopIteration()");
    ys_decref(it);
    expect_raise(ys_iter(ys_int(5)), YS_EXC(TypeError), "TypeError(\"'int' object is not iterable\")");
    ys_value t2 = ys_tuple_new(0, NULL);
    expect_raise(ys_next(t2), YS_EXC(TypeError), "TypeError(\"'tuple' object is not an iterator\")");
    ys_decref(t2);
}

/* tp_iternext of a generator (gen_iternext): the value a generator returns
 * other than None comes as StopIteration(value), None as plain exhaustion. */
BACKEND_TEST(iterators, a_generator_steps_as_its_own_iterator_and_its_return_value_comes_in_stopiteration)
{
    ys_value g = new_counter(2);
    expect_value(ys_iternext(g), "0");
    expect_value(ys_iternext(g), "1");
    expect_raise(ys_iternext(g), YS_EXC(StopIteration), "StopIteration(2)");
    cr_assert(ys_is_null(ys_iternext(g)) && !ys_err_occurred(), "finished: exhausted, no exception");
    ys_decref(g);

    ys_value returns_none = new_with_finally("iternext");
    expect_value(ys_iternext(returns_none), "1");
    expect_value(ys_iternext(returns_none), "2");
    cr_assert(ys_is_null(ys_iternext(returns_none)) && !ys_err_occurred(),
              "a None return value: exhausted, no exception");
    ys_decref(returns_none);
}

BACKEND_TEST(iterators, a_generator_s_return_value_in_stopiteration_is_released_with_the_exception,
             .description = "what ys_iternext takes from the generator it hands on to StopIteration: "
                            "no block is left once both are gone")
{
    ys_value g = new_holder(ys_none(), ys_none());
    expect_value(ys_iternext(g), "\"holding\"");
    expect_raise(ys_iternext(g), YS_EXC(StopIteration), "StopIteration(\"released\")");
    ys_decref(g);
    ys_runtime_shutdown();
    cr_assert_eq(ys_runtime_blocks_held(), 0, "[%s] %zu blocks after shutdown", backend_name(),
                 ys_runtime_blocks_held());
    use_python(11);
}

/* ---- yield from a builtin iterator ---------------------------------------- */

BACKEND_TEST(delegation, next_and_send_none_take_the_iterators_items_then_none_is_the_result)
{
    ys_value g = new_delegator(range_of(0, 2));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_send(g, ys_none()), "1");
    expect_state(g, YS_GEN_SUSPENDED);
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

BACKEND_TEST(delegation, send_of_a_value_raises_attributeerror_in_the_delegator)
{
    ys_value g = new_logging_delegator(range_of(0, 3));
    expect_yield(ys_next(g), "0");
    expect_raise(ys_send(g, ys_int(42)), YS_EXC(AttributeError),
                 "AttributeError(\"'range_iterator' object has no attribute 'send'\")");
    expect_state(g, YS_GEN_CLOSED);
    ys_decref(g);
}

BACKEND_TEST(delegation, throw_is_raised_at_the_yield_from_and_close_calls_nothing)
{
    ys_value g = new_logging_delegator(range_of(0, 3));
    expect_yield(ys_next(g), "0");
    expect_yield(throw_new(g, exc_with_msg(YS_EXC(ValueError), "v")), "\"recovered\"");
    expect_log("delegator caught ValueError(\"v\"); ");
    ys_decref(g);
    ys_value c = new_delegator(range_of(0, 3));
    expect_yield(ys_next(c), "0");
    expect_value(ys_close(c), "None");
    expect_state(c, YS_GEN_CLOSED);
    ys_decref(c);
}

BACKEND_TEST(delegation, a_value_that_is_not_iterable_raises_typeerror_in_the_delegator)
{
    ys_value g = new_delegator(ys_int(5));
    expect_raise(ys_next(g), YS_EXC(TypeError), "TypeError(\"'int' object is not iterable\")");
    ys_decref(g);
}

/* ---- an iterator class written in C --------------------------------------- */

/* class Probe: __iter__ returns self; __next__ returns 7; send(v) logs v and
 * returns it, or raises StopIteration(v) for "stop"; throw(e) logs e and the
 * state of the generator in attribute "watched"; close() logs that state. */
static ys_value probe_iter(const ys_value *args)
{
    ys_incref(args[0]);
    return args[0];
}

static ys_value probe_next(const ys_value *args)
{
    (void)args;
    return ys_int(7);
}

static ys_value probe_send(const ys_value *args)
{
    log_value("send", args[1]);
    if (args[1].kind == YS_STR && strcmp(ys_str_data(args[1], NULL), "stop") == 0) {
        ys_err_set(ys_exc_new(YS_EXC(StopIteration), 1, &args[1]));
        return ys_null();
    }
    ys_incref(args[1]);
    return args[1];
}

static void log_watched_state(ys_value self)
{
    ys_value watched = ys_getattr(self, "watched");
    ys_value state = ys_state(watched);
    log_value("state", state);
    ys_decref(state);
    ys_decref(watched);
}

static ys_value probe_throw(const ys_value *args)
{
    log_value("throw", args[1]);
    log_watched_state(args[0]);
    return ys_str_cstr("absorbed");
}

static ys_value probe_close(const ys_value *args)
{
    log_watched_state(args[0]);
    return ys_none();
}

static const ys_method probe_methods[] = {
    {"__iter__", 1, probe_iter}, {"__next__", 1, probe_next}, {"send", 2, probe_send},
    {"throw", 2, probe_throw},   {"close", 1, probe_close},
};
static const char *const probe_attributes[] = {"watched"};
static const ys_type probe_type = {"Probe", 1, probe_attributes, NULL, probe_methods, 5};

/* A delegator over a new Probe that watches it (a cycle the test breaks). */
static ys_value delegator_over_probe(ys_value *probe)
{
    *probe = ys_object_new(&probe_type);
    ys_incref(*probe);
    ys_value g = new_delegator(*probe);
    ys_incref(g);
    cr_assert(ys_setattr(*probe, "watched", g));
    return g;
}

static void break_cycle(ys_value probe)
{
    cr_assert(ys_setattr(probe, "watched", ys_none()));
    ys_decref(probe);
}

BACKEND_TEST(iterator_class, attributes_are_unbound_until_assigned_and_any_name_can_be_assigned)
{
    ys_value p = ys_object_new(&probe_type);
    expect_raise(ys_getattr(p, "watched"), YS_EXC(AttributeError),
                 "AttributeError(\"'Probe' object has no attribute 'watched'\")");
    /* A name its class never assigns (a method's rebound self): CPython's __dict__ takes it. */
    expect_raise(ys_getattr(p, "other"), YS_EXC(AttributeError),
                 "AttributeError(\"'Probe' object has no attribute 'other'\")");
    cr_assert(ys_setattr(p, "other", ys_int(1)));
    cr_assert(ys_setattr(p, "other", ys_int(2)));
    expect_value(ys_getattr(p, "other"), "2");
    cr_assert(!ys_setattr(ys_int(3), "other", ys_int(1)));
    expect_raise(ys_null(), YS_EXC(AttributeError), "AttributeError(\"'int' object has no attribute 'other'\")");
    expect_value(p, "<Probe object>");
}

/* CPython's message for a Python function given the wrong count, self
 * counted: the qualified name from 3.10, the bare name before. */
BACKEND_TEST(iterator_class, a_method_called_with_the_wrong_count_raises_TypeError_naming_both_counts)
{
    ys_value one = ys_int(1);
    for (int minor = 9; minor <= 10; minor++) {
        use_python(minor);
        const char *prefix = minor >= 10 ? "Probe." : "";
        char close_message[128], send_message[128];
        snprintf(close_message, sizeof close_message,
                 "TypeError(\"%sclose() takes 1 positional argument but 2 were given\")", prefix);
        snprintf(send_message, sizeof send_message,
                 "TypeError(\"%ssend() takes 2 positional arguments but 1 were given\")", prefix);
        ys_value p = ys_object_new(&probe_type);
        expect_raise(ys_call_method(p, "close", 1, &one), YS_EXC(TypeError), close_message);
        expect_raise(ys_call_method(p, "send", 0, NULL), YS_EXC(TypeError), send_message);
        ys_decref(p);
    }
    use_python(11);
}

BACKEND_TEST(iterator_class, send_goes_to_its_send_method_and_its_stopiteration_value_is_the_result)
{
    ys_value probe;
    ys_value g = delegator_over_probe(&probe);
    expect_yield(ys_next(g), "7");
    expect_yield(ys_send(g, ys_int(3)), "3");
    expect_yield(ys_send(g, ys_none()), "7");
    ys_value stop = ys_str_cstr("stop");
    expect_return(ys_send(g, stop), "\"stop\"");
    ys_decref(stop);
    expect_log("send 3; send \"stop\"; ");
    break_cycle(probe);
    ys_decref(g);
}

BACKEND_TEST(iterator_class, throw_and_close_call_its_methods_while_the_delegator_runs)
{
    ys_value probe;
    ys_value g = delegator_over_probe(&probe);
    expect_yield(ys_next(g), "7");
    expect_yield(throw_new(g, exc_with_msg(YS_EXC(KeyError), "k")), "\"absorbed\"");
    expect_log("throw KeyError(\"k\"); state \"GEN_RUNNING\"; ");
    log_clear();
    expect_value(ys_close(g), "None");
    expect_log("state \"GEN_RUNNING\"; ");
    expect_state(g, YS_GEN_CLOSED);
    break_cycle(probe);
    ys_decref(g);
}

BACKEND_TEST(iterator_class, throw_of_generatorexit_calls_close_not_throw)
{
    ys_value probe;
    ys_value g = delegator_over_probe(&probe);
    expect_yield(ys_next(g), "7");
    expect_raise(throw_new(g, ys_exc_new(YS_EXC(GeneratorExit), 0, NULL)), YS_EXC(GeneratorExit),
                 "GeneratorExit()");
    expect_log("state \"GEN_RUNNING\"; ");
    break_cycle(probe);
    ys_decref(g);
}

BACKEND_TEST(iterator_class, an_instance_without_iter_is_not_iterable_and_without_next_not_an_iterator)
{
    static const ys_method only_iter[] = {{"__iter__", 1, probe_iter}};
    static const ys_type iter_only = {"IterOnly", 0, NULL, NULL, only_iter, 1};
    static const ys_type bare = {"Bare", 0, NULL, NULL, NULL, 0};
    ys_value a = ys_object_new(&iter_only);
    expect_raise(ys_iter(a), YS_EXC(TypeError), "TypeError(\"iter() returned non-iterator of type 'IterOnly'\")");
    expect_raise(ys_next(a), YS_EXC(TypeError), "TypeError(\"'IterOnly' object is not an iterator\")");
    ys_decref(a);
    ys_value b = ys_object_new(&bare);
    expect_raise(ys_iter(b), YS_EXC(TypeError), "TypeError(\"'Bare' object is not iterable\")");
    expect_raise(ys_send(b, ys_int(1)), YS_EXC(AttributeError), "AttributeError(\"'Bare' object has no attribute 'send'\")");
    ys_decref(b);
}

/* "A", `n` É (U+00C9) and one U+FFFD, escaped as a trace writes them. */
static const char *cut_name(char text[1 + 150 * 6 + 6 + 1], size_t n)
{
    char *end = text + sprintf(text, "A");
    for (size_t i = 0; i < n; i++)
        end += sprintf(end, "\\u00c9");
    sprintf(end, "\\ufffd");
    return text;
}

BACKEND_TEST(iterator_class, a_type_name_cut_inside_a_character_ends_in_one_replacement_character)
{
    /* "A" and 150 two-byte É: the 50th, 100th and 200th bytes are each the first half of an É,
     * which CPython's "%.Ns" of tp_name decodes as U+FFFD (the "replace" error handler). */
    char name[1 + 150 * 2 + 1] = "A";
    for (size_t i = 0; i < 150; i++)
        strcat(name, "\xc3\x89");
    const ys_type long_named = {name, 0, NULL, NULL, NULL, 0};
    char cut[1 + 150 * 6 + 6 + 1], expected[2 * sizeof cut + 100];
    for (int minor = 11; minor <= 12; minor++) {
        use_python(minor); /* AttributeError cuts at 50 bytes up to 3.11, 100 from 3.12 */
        ys_value x = ys_object_new(&long_named);
        snprintf(expected, sizeof expected, "AttributeError(\"'%s' object has no attribute 'send'\")",
                 cut_name(cut, minor >= 12 ? 49 : 24));
        expect_raise(ys_send(x, ys_int(1)), YS_EXC(AttributeError), expected);
        cut_name(cut, 49);
        snprintf(expected, sizeof expected, "TypeError(\"unsupported operand type(s) for -: '%s' and '%s'\")",
                 cut, cut);
        expect_raise(ys_binary(YS_SUB, x, x), YS_EXC(TypeError), expected);
        snprintf(expected, sizeof expected, "TypeError(\"object of type '%s' has no len()\")", cut_name(cut, 99));
        expect_raise(ys_len(x), YS_EXC(TypeError), expected);
        ys_decref(x);
    }
}

BACKEND_TEST(type_names, a_type_name_cut_into_a_buffer_that_held_anything_ends_where_the_cut_does,
             .description = "YS_TYPE_NAME_CUT hands over a zeroed buffer; a caller's own need not be")
{
    const ys_type named = {"Name\xc3\x89long", 0, NULL, NULL, NULL, 0};
    ys_value x = ys_object_new(&named);
    char buf[YS_TYPE_NAME_CUT_MAX + 3];
    memset(buf, 'X', sizeof buf);
    cr_assert_str_eq(ys_type_name_cut(x, 6, buf), "Name\xc3\x89", "[%s] cut after the whole character",
                     backend_name());
    memset(buf, 'X', sizeof buf);
    cr_assert_str_eq(ys_type_name_cut(x, 5, buf), "Name\xef\xbf\xbd", "[%s] cut inside the character",
                     backend_name());
    ys_decref(x);
}
