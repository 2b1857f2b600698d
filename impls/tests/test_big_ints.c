/* Ints beyond 64 bits: promotion when an immediate result overflows, demotion
 * when a result fits again, every operator at the int64 boundaries, the
 * places CPython refuses a big int (an index, a repeat count), range() over
 * big bounds, and gmp running out of memory as MemoryError. */
#include <gmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "support.h"

#ifdef YIELDSPEC_SANITIZE_BUILD
/* gmp_out_of_memory_raises_MemoryError asks malloc for more than exists:
 * ASan must return NULL as libc does instead of reporting the request. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }
#endif

static ys_value big(const char *digits)
{
    ys_value v = ys_int_from_decimal(digits);
    cr_assert(!ys_is_null(v), "[%s] %s made", backend_name(), digits);
    return v;
}

/* a OP b with owned operands, checked against its canonical text and its form. */
static void expect_binary(ys_binop op, ys_value steal_a, ys_value steal_b, const char *repr, ys_kind kind)
{
    ys_value r = ys_binary(op, steal_a, steal_b);
    cr_assert(!ys_is_null(r), "[%s] %s: no exception", backend_name(), repr);
    cr_assert_eq(r.kind, kind, "[%s] %s is %s", backend_name(), repr,
                 kind == YS_INT ? "the immediate" : "a YS_BIGINT");
    expect_value(r, repr);
    ys_decref(steal_a);
    ys_decref(steal_b);
}

static bool compare(ys_cmpop op, ys_value steal_a, ys_value steal_b)
{
    ys_value r = ys_compare(op, steal_a, steal_b);
    cr_assert_eq(r.kind, YS_BOOL, "[%s] a comparison of ints gives a bool", backend_name());
    ys_decref(steal_a);
    ys_decref(steal_b);
    return r.as.b;
}

BACKEND_TEST(big_ints, each_operator_promotes_a_result_beyond_64_bits_to_the_exact_int)
{
    expect_binary(YS_ADD, ys_int(INT64_MAX), ys_int(1), "9223372036854775808", YS_BIGINT);
    expect_binary(YS_SUB, ys_int(INT64_MIN), ys_int(1), "-9223372036854775809", YS_BIGINT);
    expect_binary(YS_MUL, ys_int(INT64_MAX / 2 + 1), ys_int(2), "9223372036854775808", YS_BIGINT);
    expect_binary(YS_MUL, ys_int(INT64_MIN), ys_int(INT64_MIN), "85070591730234615865843651857942052864", YS_BIGINT);
    expect_binary(YS_FLOORDIV, ys_int(INT64_MIN), ys_int(-1), "9223372036854775808", YS_BIGINT);
    expect_binary(YS_MOD, ys_int(INT64_MIN), ys_int(-1), "0", YS_INT);
    expect_binary(YS_SUB, ys_int(0), ys_int(INT64_MIN), "9223372036854775808", YS_BIGINT); /* -INT64_MIN */
    expect_binary(YS_ADD, big("9223372036854775808"), ys_bool(true), "9223372036854775809", YS_BIGINT);
}

BACKEND_TEST(big_ints, a_result_that_fits_again_is_the_immediate_int)
{
    expect_binary(YS_SUB, big("9223372036854775808"), ys_int(1), "9223372036854775807", YS_INT);
    expect_binary(YS_ADD, big("-9223372036854775809"), ys_int(1), "-9223372036854775808", YS_INT);
    expect_binary(YS_SUB, big("100000000000000000000"), big("100000000000000000000"), "0", YS_INT);
    expect_binary(YS_FLOORDIV, big("100000000000000000000"), big("10000000000"), "10000000000", YS_INT);
    expect_binary(YS_SUB, ys_int(0), big("9223372036854775808"), "-9223372036854775808", YS_INT);
    cr_assert_eq(ys_int_from_decimal("9223372036854775807").kind, YS_INT);
    cr_assert_eq(ys_int_from_decimal("-9223372036854775808").kind, YS_INT);
    ys_value beyond = big("-9223372036854775809");
    cr_assert_eq(beyond.kind, YS_BIGINT);
    ys_decref(beyond);
}

BACKEND_TEST(big_ints, floor_division_and_modulo_floor_for_every_mix_of_signs)
{
    static const struct { const char *n, *d, *quotient, *remainder; } cases[] = {
        {"100000000000000000000000", "7", "14285714285714285714285", "5"},
        {"-100000000000000000000000", "7", "-14285714285714285714286", "2"},
        {"100000000000000000000000", "-7", "-14285714285714285714286", "-2"},
        {"-100000000000000000000000", "-7", "14285714285714285714285", "-5"},
        {"7", "-100000000000000000000000", "-1", "-99999999999999999999993"},
        {"-7", "100000000000000000000000", "-1", "99999999999999999999993"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ys_value n = big(cases[i].n), d = big(cases[i].d);
        expect_value(ys_binary(YS_FLOORDIV, n, d), cases[i].quotient);
        expect_value(ys_binary(YS_MOD, n, d), cases[i].remainder);
        ys_decref(n);
        ys_decref(d);
    }
    expect_binary_raises(YS_FLOORDIV, big("100000000000000000000"), ys_int(0), YS_EXC(ZeroDivisionError),
                         "ZeroDivisionError(\"integer division or modulo by zero\")");
    expect_binary_raises(YS_MOD, big("100000000000000000000"), ys_bool(false), YS_EXC(ZeroDivisionError),
                         "ZeroDivisionError(\"integer modulo by zero\")");
}

BACKEND_TEST(big_ints, compare_by_value_with_big_and_immediate_ints)
{
    cr_assert(compare(YS_EQ, big("100000000000000000000"), big("100000000000000000000")),
              "two big ints made apart are equal");
    cr_assert(compare(YS_NE, big("100000000000000000000"), big("100000000000000000001")));
    cr_assert(compare(YS_GT, big("9223372036854775808"), ys_int(INT64_MAX)));
    cr_assert(compare(YS_LT, big("-9223372036854775809"), ys_int(INT64_MIN)));
    cr_assert(compare(YS_LT, ys_int(INT64_MIN), big("9223372036854775808")));
    cr_assert(compare(YS_GE, ys_bool(true), big("-9223372036854775809")));
    cr_assert(compare(YS_LE, big("-100000000000000000001"), big("-100000000000000000000")));
    cr_assert(!compare(YS_EQ, big("9223372036854775808"), ys_int(INT64_MIN)));
    ys_value b = big("-100000000000000000000");
    cr_assert(ys_truthy(b), "a big int is never 0");
    cr_assert_str_eq(ys_type_name(b), "int");
    ys_decref(b);
}

BACKEND_TEST(big_ints, an_index_or_a_repeat_count_beyond_64_bits_raises_CPython_s_errors)
{
    ys_value items[] = {ys_int(1), ys_int(2)};
    ys_value t = ys_tuple_new(2, items);
    ys_value index = big("-100000000000000000000");
    expect_raise(ys_getitem(t, index), YS_EXC(IndexError),
                 "IndexError(\"cannot fit 'int' into an index-sized integer\")");
    ys_decref(index);
    ys_decref(t);
    expect_binary_raises(YS_MUL, ys_str_cstr("ab"), big("100000000000000000000"), YS_EXC(OverflowError),
                         "OverflowError(\"cannot fit 'int' into an index-sized integer\")");
    expect_binary_raises(YS_MUL, big("-100000000000000000000"), ys_str_cstr("ab"), YS_EXC(OverflowError),
                         "OverflowError(\"cannot fit 'int' into an index-sized integer\")");
    expect_binary_raises(YS_MUL, ys_str_cstr("ab"), ys_int(INT64_MAX / 2 + 1), YS_EXC(OverflowError),
                         "OverflowError(\"repeated string is too long\")");
    expect_binary_raises(YS_MUL, ys_str_cstr("ab"), big("-9223372036854775809"), YS_EXC(OverflowError),
                         "OverflowError(\"cannot fit 'int' into an index-sized integer\")");
}

BACKEND_TEST(big_ints, range_over_bounds_beyond_64_bits_steps_through_exact_ints)
{
    ys_value args[] = {ys_int(INT64_MAX - 1), big("9223372036854775810"), ys_int(1)};
    ys_value it = ys_range_iter(3, args);
    expect_value(ys_iternext(it), "9223372036854775806");
    expect_value(ys_iternext(it), "9223372036854775807");
    expect_value(ys_iternext(it), "9223372036854775808");
    expect_value(ys_iternext(it), "9223372036854775809");
    cr_assert(ys_is_null(ys_iternext(it)) && !ys_err_occurred(), "exhausted: no exception");
    ys_decref(it);
    ys_decref(args[1]);
    ys_value down[] = {ys_int(0), big("-30000000000000000000"), big("-10000000000000000000")};
    it = ys_range_iter(3, down);
    expect_value(ys_iternext(it), "0");
    expect_value(ys_iternext(it), "-10000000000000000000");
    expect_value(ys_iternext(it), "-20000000000000000000");
    cr_assert(ys_is_null(ys_iternext(it)) && !ys_err_occurred(), "exhausted: no exception");
    ys_decref(it);
    ys_decref(down[1]);
    ys_decref(down[2]);
    ys_value zero_step[] = {big("100000000000000000000"), ys_int(0), ys_int(0)};
    expect_raise(ys_range_iter(3, zero_step), YS_EXC(ValueError), "ValueError(\"range() arg 3 must not be zero\")");
    ys_decref(zero_step[0]);
}

/* ys_repr reserves a big int's text from gmp's count of its digits, which may
 * be one too many but never too few, and one byte for a '-'. Every length up
 * to 300 digits, both signs, as 10**(n-1) and as 10**n - 1 (where the count is
 * exact): a text block is a power of two times 32 bytes, so some length ends
 * exactly at the block's end, where AddressSanitizer reports a byte written
 * past it (the asan build of this test). */
BACKEND_TEST(big_ints, repr_writes_ints_of_every_length_up_to_300_digits_and_either_sign_exactly)
{
    char text[1 + 300 + 1];
    for (int n = 1; n <= 300; n++)
        for (int all_nines = 0; all_nines <= 1; all_nines++)
            for (int negative = 0; negative <= 1; negative++) {
                char *digits = text + negative;
                text[0] = '-';
                for (int k = 0; k < n; k++)
                    digits[k] = all_nines ? '9' : k == 0 ? '1' : '0';
                digits[n] = '\0';
                expect_value(big(text), text);
            }
}

BACKEND_TEST(big_ints, digits_that_are_no_int_raise_ValueError)
{
    expect_raise(ys_int_from_decimal("12x"), YS_EXC(ValueError),
                 "ValueError(\"invalid literal for int() with base 10: '12x'\")");
}

/* The core's gmp allocation functions, wrapped to ask malloc for more than
 * PTRDIFF_MAX bytes, which glibc refuses at once (no mmap is tried: under
 * qemu-user a huge mmap can succeed and fault later): the core sees malloc
 * fail as it would when memory runs out. */
static void *(*core_allocate)(size_t);
static void *(*core_reallocate)(void *, size_t, size_t);
static void (*core_release)(void *, size_t);
static const size_t more_than_exists = (size_t)PTRDIFF_MAX + 1;

static void *allocate_too_much(size_t size) { return core_allocate(more_than_exists); }
static void *reallocate_too_much(void *p, size_t old_size, size_t size)
{
    return core_reallocate(p, old_size, more_than_exists);
}

BACKEND_TEST(big_ints, gmp_out_of_memory_raises_MemoryError_and_the_runtime_goes_on)
{
    ys_value a = big("100000000000000000000000000000"), b = big("300000000000000000000000000000");
    mp_get_memory_functions(&core_allocate, &core_reallocate, &core_release);
    mp_set_memory_functions(allocate_too_much, reallocate_too_much, core_release);
    expect_raise(ys_binary(YS_MUL, a, b), YS_EXC(MemoryError), "MemoryError()");
    expect_raise(ys_binary(YS_ADD, ys_int(INT64_MAX), ys_int(INT64_MAX)), YS_EXC(MemoryError), "MemoryError()");
    expect_raise(ys_int_from_decimal("-100000000000000000000000000000"), YS_EXC(MemoryError), "MemoryError()");
    mp_set_memory_functions(core_allocate, core_reallocate, core_release);
    expect_value(ys_binary(YS_MUL, a, b), "30000000000000000000000000000000000000000000000000000000000");
    ys_decref(a);
    ys_decref(b);
}
