/* Values and exceptions: Python int arithmetic within 64 bits (beyond them:
 * test_big_ints.c), str, comparisons,
 * truthiness, the exception hierarchy, args, StopIteration.value, and the
 * canonical text of every kind of value (spec/TRACE.md). */
#include <stdio.h>
#include <stdlib.h>

#include "generators.h"
#include "support.h"

/* After criterion.h (via support.h): included first, it breaks cr_assert. */
#include <criterion/redirect.h>

static ys_value str(const char *s) { return ys_str_cstr(s); }

/* a OP b with owned operands, checked against its canonical result. */
static void expect_binary(ys_binop op, ys_value steal_a, ys_value steal_b, const char *repr)
{
    expect_value(ys_binary(op, steal_a, steal_b), repr);
    ys_decref(steal_a);
    ys_decref(steal_b);
}

static void expect_compare(ys_cmpop op, ys_value steal_a, ys_value steal_b, const char *repr)
{
    expect_value(ys_compare(op, steal_a, steal_b), repr);
    ys_decref(steal_a);
    ys_decref(steal_b);
}

static void expect_repr_of(ys_value steal_v, const char *repr)
{
    char *text = ys_repr(steal_v);
    cr_assert_str_eq(text, repr, "[%s] repr", backend_name());
    free(text);
    ys_decref(steal_v);
}

/* ---- int ---------------------------------------------------------------- */

BACKEND_TEST(int_ops, floor_division_rounds_toward_negative_infinity)
{
    expect_binary(YS_FLOORDIV, ys_int(7), ys_int(2), "3");
    expect_binary(YS_FLOORDIV, ys_int(-7), ys_int(2), "-4");
    expect_binary(YS_FLOORDIV, ys_int(7), ys_int(-2), "-4");
    expect_binary(YS_FLOORDIV, ys_int(-7), ys_int(-2), "3");
    expect_binary(YS_FLOORDIV, ys_int(6), ys_int(-3), "-2");
}

BACKEND_TEST(int_ops, modulo_takes_the_sign_of_the_divisor)
{
    expect_binary(YS_MOD, ys_int(7), ys_int(3), "1");
    expect_binary(YS_MOD, ys_int(-7), ys_int(3), "2");
    expect_binary(YS_MOD, ys_int(7), ys_int(-3), "-2");
    expect_binary(YS_MOD, ys_int(-7), ys_int(-3), "-1");
    expect_binary(YS_MOD, ys_int(6), ys_int(-3), "0");
}

BACKEND_TEST(int_ops, add_subtract_and_multiply_like_python)
{
    expect_binary(YS_ADD, ys_int(2), ys_int(-5), "-3");
    expect_binary(YS_SUB, ys_int(2), ys_int(-5), "7");
    expect_binary(YS_MUL, ys_int(-4), ys_int(6), "-24");
    expect_binary(YS_ADD, ys_bool(true), ys_int(1), "2"); /* bool is an int */
    expect_binary(YS_MUL, ys_bool(true), ys_bool(true), "1");
}

BACKEND_TEST(int_ops, floor_division_by_zero_raises_ZeroDivisionError)
{
    expect_binary_raises(YS_FLOORDIV, ys_int(1), ys_int(0), YS_EXC(ZeroDivisionError),
                         "ZeroDivisionError(\"integer division or modulo by zero\")");
}

BACKEND_TEST(int_ops, modulo_by_zero_raises_ZeroDivisionError_with_the_message_of_3_11)
{
    expect_binary_raises(YS_MOD, ys_int(1), ys_int(0), YS_EXC(ZeroDivisionError),
                         "ZeroDivisionError(\"integer modulo by zero\")");
    expect_binary_raises(YS_MOD, ys_int(1), ys_bool(false), YS_EXC(ZeroDivisionError),
                         "ZeroDivisionError(\"integer modulo by zero\")");
}

BACKEND_TEST(int_ops, modulo_by_zero_raises_ZeroDivisionError_with_the_older_message_before_3_11)
{
    for (int minor = 8; minor <= 10; minor++) {
        use_python(minor);
        expect_binary_raises(YS_MOD, ys_int(1), ys_int(0), YS_EXC(ZeroDivisionError),
                             "ZeroDivisionError(\"integer division or modulo by zero\")");
    }
}

BACKEND_TEST(int_ops, mixing_ints_with_other_types_raises_CPython_s_TypeError)
{
    expect_binary_raises(YS_ADD, ys_int(1), str("a"), YS_EXC(TypeError),
                         "TypeError(\"unsupported operand type(s) for +: 'int' and 'str'\")");
    expect_binary_raises(YS_FLOORDIV, ys_int(1), str("a"), YS_EXC(TypeError),
                         "TypeError(\"unsupported operand type(s) for //: 'int' and 'str'\")");
    expect_binary_raises(YS_MOD, ys_none(), ys_int(1), YS_EXC(TypeError),
                         "TypeError(\"unsupported operand type(s) for %: 'NoneType' and 'int'\")");
    expect_binary_raises(YS_SUB, ys_int(1), ys_none(), YS_EXC(TypeError),
                         "TypeError(\"unsupported operand type(s) for -: 'int' and 'NoneType'\")");
}

/* ---- str ---------------------------------------------------------------- */

BACKEND_TEST(str_ops, plus_concatenates_and_times_repeats)
{
    expect_binary(YS_ADD, str("ab"), str("cd"), "\"abcd\"");
    expect_binary(YS_ADD, str(""), str(""), "\"\"");
    expect_binary(YS_MUL, str("ab"), ys_int(3), "\"ababab\"");
    expect_binary(YS_MUL, ys_int(2), str("x"), "\"xx\"");
    expect_binary(YS_MUL, str("ab"), ys_int(-1), "\"\"");
}

BACKEND_TEST(str_ops, mixing_str_with_other_types_raises_CPython_s_TypeError)
{
    expect_binary_raises(YS_ADD, str("a"), ys_int(1), YS_EXC(TypeError),
                         "TypeError(\"can only concatenate str (not \\\"int\\\") to str\")");
    expect_binary_raises(YS_SUB, str("a"), str("b"), YS_EXC(TypeError),
                         "TypeError(\"unsupported operand type(s) for -: 'str' and 'str'\")");
    expect_binary_raises(YS_MUL, str("a"), str("b"), YS_EXC(TypeError),
                         "TypeError(\"can't multiply sequence by non-int of type 'str'\")");
    expect_binary_raises(YS_MOD, str("a"), ys_int(1), YS_EXC(TypeError),
                         "TypeError(\"not all arguments converted during string formatting\")");
}

/* ---- comparisons, truth, identity --------------------------------------- */

BACKEND_TEST(comparisons, order_ints_and_strs_and_equate_across_types)
{
    expect_compare(YS_LT, ys_int(1), ys_int(2), "True");
    expect_compare(YS_GE, ys_int(1), ys_int(2), "False");
    expect_compare(YS_LE, str("ab"), str("abc"), "True");
    expect_compare(YS_GT, str("b"), str("abc"), "True");
    expect_compare(YS_LT, str("z"), str("\xc3\xa9"), "True"); /* code point order */
    expect_compare(YS_EQ, ys_int(1), ys_bool(true), "True");
    expect_compare(YS_EQ, ys_int(1), str("1"), "False");
    expect_compare(YS_NE, ys_none(), ys_int(0), "True");
    expect_compare(YS_EQ, str("x"), str("x"), "True");
    expect_compare(YS_EQ, ys_none(), ys_none(), "True");
}

BACKEND_TEST(comparisons, ordering_unorderable_types_raises_CPython_s_TypeError)
{
    ys_value a = str("a");
    expect_raise(ys_compare(YS_LT, ys_int(1), a), YS_EXC(TypeError),
                 "TypeError(\"'<' not supported between instances of 'int' and 'str'\")");
    expect_raise(ys_compare(YS_GE, a, ys_int(1)), YS_EXC(TypeError),
                 "TypeError(\"'>=' not supported between instances of 'str' and 'int'\")");
    expect_raise(ys_compare(YS_LE, ys_none(), ys_none()), YS_EXC(TypeError),
                 "TypeError(\"'<=' not supported between instances of 'NoneType' and 'NoneType'\")");
    ys_decref(a);
}

BACKEND_TEST(comparisons, truthiness_and_identity_follow_python)
{
    ys_value empty = str(""), full = str("x"), g = new_counter(1);
    cr_assert(!ys_truthy(ys_none()));
    cr_assert(!ys_truthy(ys_int(0)));
    cr_assert(ys_truthy(ys_int(-1)));
    cr_assert(!ys_truthy(empty));
    cr_assert(ys_truthy(full));
    cr_assert(ys_truthy(g));
    cr_assert(ys_is(ys_none(), ys_none()));
    cr_assert(!ys_is(ys_none(), ys_bool(false)));
    cr_assert(ys_is(g, g));
    cr_assert(!ys_is(empty, full));
    cr_assert_str_eq(ys_type_name(g), "generator");
    cr_assert_str_eq(ys_type_name(ys_none()), "NoneType");
    cr_assert_str_eq(ys_type_name(ys_bool(true)), "bool");
    ys_decref(empty);
    ys_decref(full);
    ys_decref(g);
}

/* ---- canonical text ----------------------------------------------------- */

BACKEND_TEST(repr, writes_none_bools_and_ints_as_python_does)
{
    expect_repr_of(ys_none(), "None");
    expect_repr_of(ys_bool(true), "True");
    expect_repr_of(ys_bool(false), "False");
    expect_repr_of(ys_int(-12), "-12");
    expect_repr_of(ys_int(INT64_MIN), "-9223372036854775808");
}

BACKEND_TEST(repr, writes_strs_as_ascii_json_with_surrogate_pairs_beyond_the_bmp)
{
    expect_repr_of(str("a\"b\\c"), "\"a\\\"b\\\\c\"");
    expect_repr_of(str("\n\r\t\b\f"), "\"\\n\\r\\t\\b\\f\"");
    expect_repr_of(str("\x01\x1f\x7f"), "\"\\u0001\\u001f\\u007f\"");
    expect_repr_of(str("\xc3\xa9"), "\"\\u00e9\"");               /* é */
    expect_repr_of(str("\xe2\x82\xac"), "\"\\u20ac\"");           /* € */
    expect_repr_of(str("\xf0\x9f\x98\x80"), "\"\\ud83d\\ude00\""); /* 😀 */
    expect_repr_of(ys_str_new("a\0b", 3), "\"a\\u0000b\"");
    expect_repr_of(str("/~ "), "\"/~ \"");
}

BACKEND_TEST(repr, writes_each_byte_of_a_str_that_is_not_utf8_as_U_FFFD_and_goes_on,
             .description = "ys_str_new takes any bytes from C; no Python program can make such a str")
{
    /* A lone continuation byte; a lead byte without its continuation; a
     * sequence the end cuts short; 0xF8, which leads no sequence. */
    expect_repr_of(ys_str_new("\x80" "a", 2), "\"\\ufffda\"");
    expect_repr_of(ys_str_new("\xc3" "a", 2), "\"\\ufffda\"");
    expect_repr_of(ys_str_new("\xe2\x82", 2), "\"\\ufffd\\ufffd\"");
    expect_repr_of(ys_str_new("\xf8\x88\x80\x80" "a", 5), "\"\\ufffd\\ufffd\\ufffd\\ufffda\"");
    expect_repr_of(ys_str_new("\xff\xfe", 2), "\"\\ufffd\\ufffd\"");
    /* Overlong forms and sequences past U+10FFFF: each byte, as Python's
     * b.decode("utf-8", "replace") gives for these; the first and the last
     * code point of each length decode. */
    expect_repr_of(ys_str_new("\xc0\x80", 2), "\"\\ufffd\\ufffd\"");
    expect_repr_of(ys_str_new("\xc1\xbf", 2), "\"\\ufffd\\ufffd\"");
    expect_repr_of(ys_str_new("\xe0\x9f\xbf", 3), "\"\\ufffd\\ufffd\\ufffd\"");
    expect_repr_of(ys_str_new("\xf0\x8f\xbf\xbf", 4), "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    expect_repr_of(ys_str_new("\xf4\x90\x80\x80", 4), "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    /* Bytes from 0xF8 lead nothing, even before continuation bytes that would
     * make a code point of the range. */
    expect_repr_of(ys_str_new("\xf8\x90\x80\x80", 4), "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    expect_repr_of(ys_str_new("\xf9\x80\x80\x80", 4), "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    expect_repr_of(ys_str_new("\xc2\x80" "\xdf\xbf", 4), "\"\\u0080\\u07ff\"");
    expect_repr_of(ys_str_new("\xe0\xa0\x80" "\xef\xbf\xbf", 6), "\"\\u0800\\uffff\"");
    expect_repr_of(ys_str_new("\xf0\x90\x80\x80" "\xf4\x8f\xbf\xbf", 8),
                   "\"\\ud800\\udc00\\udbff\\udfff\"");
}

BACKEND_TEST(repr, writes_a_missing_value_as_NULL_in_angle_brackets,
             .description = "YS_NULL, the result of an operation that raised, as a diagnostic shows it")
{
    char *text = ys_repr(ys_null());
    cr_assert_str_eq(text, "<NULL>", "[%s] repr of YS_NULL", backend_name());
    free(text);
}

BACKEND_TEST(repr, writes_generators_by_function_name_and_exceptions_with_their_args)
{
    expect_repr_of(new_counter(1), "<generator counter>");
    ys_value args[] = {ys_int(1), str("x"), ys_none()};
    expect_repr_of(ys_exc_new(YS_EXC(ValueError), 3, args), "ValueError(1, \"x\", None)");
    ys_decref(args[1]);
    expect_repr_of(ys_exc_new(YS_EXC(KeyError), 0, NULL), "KeyError()");
    const ys_exc_type *mine = ys_exc_type_new("MyError", YS_EXC(Exception));
    expect_repr_of(ys_exc_new_msg(mine, "n=%d", 3), "MyError(\"n=3\")");
    ys_value inner = ys_exc_new(YS_EXC(TypeError), 0, NULL);
    expect_repr_of(ys_exc_new(YS_EXC(StopIteration), 1, &inner), "StopIteration(TypeError())");
    ys_decref(inner);
}

/* ---- exceptions --------------------------------------------------------- */

BACKEND_TEST(exceptions, the_builtin_hierarchy_is_CPython_s)
{
    struct { const char *sub, *base; bool is; } cases[] = {
        {"ZeroDivisionError", "ArithmeticError", true},
        {"KeyError", "LookupError", true},
        {"IndexError", "Exception", true},
        {"StopIteration", "Exception", true},
        {"GeneratorExit", "Exception", false},
        {"GeneratorExit", "BaseException", true},
        {"KeyboardInterrupt", "Exception", false},
        {"UnicodeDecodeError", "ValueError", true},
        {"RecursionError", "RuntimeError", true},
        {"NotImplementedError", "RuntimeError", true},
        {"ModuleNotFoundError", "ImportError", true},
        {"BrokenPipeError", "OSError", true},
        {"TimeoutError", "OSError", true},
        {"StopAsyncIteration", "StopIteration", false},
        {"DeprecationWarning", "Warning", true},
        {"ExceptionGroup", "Exception", true},
        {"PythonFinalizationError", "RuntimeError", true},
        {"ValueError", "ValueError", true},
        {"Exception", "ValueError", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const ys_exc_type *sub = ys_exc_type_lookup(cases[i].sub);
        const ys_exc_type *base = ys_exc_type_lookup(cases[i].base);
        cr_assert(sub && base, "%s or %s is missing", cases[i].sub, cases[i].base);
        cr_assert_eq(ys_exc_type_is_subclass(sub, base), cases[i].is, "issubclass(%s, %s)",
                     cases[i].sub, cases[i].base);
    }
}

BACKEND_TEST(exceptions, lookup_finds_builtins_aliases_and_user_classes_newest_first)
{
    cr_assert_eq(ys_exc_type_lookup("ValueError"), YS_EXC(ValueError));
    cr_assert_eq(ys_exc_type_lookup("IOError"), YS_EXC(OSError));
    cr_assert_eq(ys_exc_type_lookup("EnvironmentError"), YS_EXC(OSError));
    cr_assert_null(ys_exc_type_lookup("NoSuchError"));
    const ys_exc_type *first = ys_exc_type_new("Custom", YS_EXC(ValueError));
    cr_assert_eq(ys_exc_type_lookup("Custom"), first);
    const ys_exc_type *second = ys_exc_type_new("Custom", YS_EXC(KeyError));
    cr_assert_eq(ys_exc_type_lookup("Custom"), second);
}

BACKEND_TEST(exceptions, user_subclasses_match_every_ancestor_and_nothing_else)
{
    const ys_exc_type *app = ys_exc_type_new("AppError", YS_EXC(LookupError));
    const ys_exc_type *leaf = ys_exc_type_new("LeafError", app);
    ys_value e = ys_exc_new(leaf, 0, NULL);
    cr_assert(ys_exc_matches(e, leaf));
    cr_assert(ys_exc_matches(e, app));
    cr_assert(ys_exc_matches(e, YS_EXC(LookupError)));
    cr_assert(ys_exc_matches(e, YS_EXC(Exception)));
    cr_assert(ys_exc_matches(e, YS_EXC(BaseException)));
    cr_assert(!ys_exc_matches(e, YS_EXC(KeyError)));
    cr_assert(!ys_exc_matches(ys_int(1), YS_EXC(BaseException)));
    ys_decref(e);
}

BACKEND_TEST(exceptions, args_are_indexed_like_a_tuple)
{
    ys_value args[] = {ys_int(1), ys_int(2)};
    ys_value e = ys_exc_new(YS_EXC(ValueError), 2, args);
    cr_assert_eq(ys_exc_nargs(e), 2);
    expect_value(ys_exc_args_item(e, ys_int(0)), "1");
    expect_value(ys_exc_args_item(e, ys_int(-1)), "2");
    expect_value(ys_exc_args_item(e, ys_bool(true)), "2");
    expect_raise(ys_exc_args_item(e, ys_int(2)), YS_EXC(IndexError),
                 "IndexError(\"tuple index out of range\")");
    expect_raise(ys_exc_args_item(e, ys_int(-3)), YS_EXC(IndexError),
                 "IndexError(\"tuple index out of range\")");
    ys_value key = str("a");
    expect_raise(ys_exc_args_item(e, key), YS_EXC(TypeError),
                 "TypeError(\"tuple indices must be integers or slices, not str\")");
    ys_decref(key);
    ys_decref(e);
}

BACKEND_TEST(exceptions, StopIteration_value_is_its_first_arg_or_None)
{
    ys_value five = ys_int(5);
    ys_value with_value = ys_exc_new(YS_EXC(StopIteration), 1, &five);
    ys_value without = ys_exc_new(YS_EXC(StopIteration), 0, NULL);
    ys_value other = ys_exc_new(YS_EXC(ValueError), 1, &five);
    expect_value(ys_exc_stop_value(with_value), "5");
    expect_value(ys_exc_stop_value(without), "None");
    expect_raise(ys_exc_stop_value(other), YS_EXC(AttributeError),
                 "AttributeError(\"'ValueError' object has no attribute 'value'\")");
    ys_decref(with_value);
    ys_decref(without);
    ys_decref(other);
}

BACKEND_TEST(exceptions, the_pending_exception_is_set_matched_replaced_and_fetched)
{
    cr_assert(!ys_err_occurred());
    cr_assert(ys_is_null(ys_err_fetch()));
    ys_err_set_type(YS_EXC(KeyError));
    cr_assert(ys_err_matches(YS_EXC(LookupError)));
    ys_err_format(YS_EXC(ValueError), "%s %d", "replaced", 2);
    cr_assert(!ys_err_matches(YS_EXC(LookupError)));
    expect_raise(ys_null(), YS_EXC(ValueError), "ValueError(\"replaced 2\")");
    cr_assert(!ys_err_occurred());
}

BACKEND_TEST(runtime, rejects_an_unknown_python_version, .init = cr_redirect_stderr)
{
    ys_config cfg = {.python_minor = 7};
    cr_assert_eq(ys_runtime_init(&cfg), -1);
    expect_stderr("yieldspec: python_minor 7 is not one of 8..13\n");
    cr_assert_eq(ys_runtime_config()->python_minor, 11, "a failed init keeps the configuration");
    cfg.python_minor = 14;
    cr_assert_eq(ys_runtime_init(&cfg), -1);
    expect_stderr("yieldspec: python_minor 14 is not one of 8..13\n");
    cr_assert_eq(ys_runtime_config()->python_minor, 11, "a failed init keeps the configuration");
}

BACKEND_TEST(runtime, accepts_the_first_and_the_last_python_version_it_knows)
{
    for (int minor = 8; minor <= 13; minor += 5) {
        use_python(minor); /* asserts that ys_runtime_init succeeds */
        cr_assert_eq(ys_runtime_config()->python_minor, minor, "[%s] 3.%d was not taken", backend_name(),
                     minor);
    }
    use_python(11);
}
