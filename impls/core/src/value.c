/* Values: reference counting, str, ints of any size, Python operators and
 * the canonical text of spec/TRACE.md. Error messages are CPython's, word for
 * word. */
#include <gmp.h>
#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_internal.h"

void ys_incref(ys_value v) { ys_incref_inline_(v); }

static void bigint_dealloc(ys_bigint *n);

void ys_dealloc_(ys_value v)
{
    switch (v.kind) {
    case YS_STR: ys_str_dealloc_(v.as.s); break;
    case YS_GEN: ys_gen_dealloc_(v.as.g); break;
    case YS_EXC: ys_exc_dealloc_(v.as.e); break;
    case YS_TUPLE: ys_tuple_dealloc_(v.as.t); break;
    case YS_OBJ: ys_object_dealloc_(v.as.o); break;
    case YS_BIGINT: bigint_dealloc(v.as.n); break;
    default: break;
    }
}

void ys_setref(ys_value *slot, ys_value steal)
{
    ys_value old = *slot;
    *slot = steal;
    ys_decref(old);
}

/* ---- str ---------------------------------------------------------------- */

/* A length no block can hold (the header and the NUL past PTRDIFF_MAX) is
 * MemoryError without asking malloc, as CPython's PyUnicode_New refuses one
 * past PY_SSIZE_T_MAX less its header: "a" * 9223372036854775807 is not too
 * long for the index range, only for memory (and AddressSanitizer's malloc
 * would abort on such a request rather than return NULL). */
static ys_value str_alloc(size_t len, char **data)
{
    ys_str *s = len > (size_t)PTRDIFF_MAX - sizeof *s - 1 ? NULL : ys_alloc_(sizeof *s + len + 1);
    if (!s) {
        ys_err_set_type(YS_EXC(MemoryError));
        return ys_null();
    }
    s->head.refcnt = 1;
    s->len = len;
    s->data[len] = '\0';
    *data = s->data;
    ys_value v = {YS_STR, {0}};
    v.as.s = s;
    return v;
}

ys_value ys_str_new(const char *utf8, size_t len)
{
    char *data = NULL;
    ys_value v = str_alloc(len, &data);
    if (!ys_is_null(v))
        memcpy(data, utf8, len);
    return v;
}

ys_value ys_str_cstr(const char *utf8) { return ys_str_new(utf8, strlen(utf8)); }

const char *ys_str_data(ys_value s, size_t *len)
{
    if (len)
        *len = s.as.s->len;
    return s.as.s->data;
}

void ys_str_dealloc_(ys_str *s) { ys_free_(s); }

/* ---- ints beyond 64 bits ------------------------------------------------- */

/* gmp takes int64_t operands as long. */
_Static_assert(sizeof(long) == sizeof(int64_t), "gmp's long must hold an int64_t");

struct ys_bigint {
    ys_obj head;
    mpz_t value; /* always outside int64_t's range: a value inside is a YS_INT */
};

static void bigint_dealloc(ys_bigint *n)
{
    mpz_clear(n->value);
    ys_free_(n);
}

/* gmp's allocation functions may not return on failure (its default aborts
 * the process), so ours jump back to the int operation that asked, which
 * raises MemoryError. The gmp manual leaves the variables that operation was
 * writing in an undefined state (mpz_mul, for one, records the new size
 * before it allocates), so they are abandoned, never cleared: what they had
 * allocated is lost. The operands, which gmp only reads, are intact.
 * Per thread: the threads backend runs bodies on threads of their own. */
static _Thread_local jmp_buf *gmp_out_of_memory_exit;

static _Noreturn void gmp_out_of_memory(void)
{
    if (gmp_out_of_memory_exit)
        longjmp(*gmp_out_of_memory_exit, 1);
    fputs("yieldspec: out of memory in gmp outside an int operation\n", stderr);
    abort();
}

static void *gmp_allocate(size_t size)
{
    void *p = ys_alloc_(size);
    if (!p)
        gmp_out_of_memory();
    return p;
}

static void *gmp_reallocate(void *old, size_t old_size, size_t size)
{
    void *p = ys_realloc_(old, size);
    if (!p)
        gmp_out_of_memory();
    return p;
}

static void gmp_release(void *p, size_t size) { ys_free_(p); }

/* Before main: no int exists yet, and no thread can race the installation. */
__attribute__((constructor)) static void gmp_use_core_allocator(void)
{
    mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_release);
}

static ys_value int_out_of_memory(void)
{
    ys_err_set_type(YS_EXC(MemoryError));
    return ys_null();
}

/* The int whose value is in `result` (left empty): the immediate when it
 * fits, else a new YS_BIGINT taking result's limbs over. */
static ys_value int_from_mpz(mpz_ptr result)
{
    if (mpz_fits_slong_p(result))
        return ys_int(mpz_get_si(result));
    ys_bigint *n = ys_alloc_(sizeof *n);
    if (!n)
        return int_out_of_memory();
    n->head.refcnt = 1;
    mpz_init(n->value);
    mpz_swap(n->value, result);
    ys_value v = {YS_BIGINT, {0}};
    v.as.n = n;
    return v;
}

/* The value of an int or bool, in `scratch` unless it is a YS_BIGINT's own. */
static mpz_srcptr int_operand(ys_value v, mpz_ptr scratch)
{
    if (v.kind == YS_BIGINT)
        return v.as.n->value;
    mpz_set_si(scratch, v.kind == YS_INT ? v.as.i : v.as.b);
    return scratch;
}

/* Run compute(context), which calls gmp: false if gmp ran out of memory. */
static bool gmp_guarded(void (*compute)(void *context), void *context)
{
    jmp_buf exit;
    jmp_buf *outer = gmp_out_of_memory_exit;
    bool done = false;
    if (setjmp(exit) == 0) {
        gmp_out_of_memory_exit = &exit;
        compute(context);
        done = true;
    }
    gmp_out_of_memory_exit = outer;
    return done;
}

/* a op b on ints and bools, with Python's floor division (gmp's fdiv); b is not 0. */
typedef struct big_operation {
    ys_binop op;
    ys_value a, b;
    mpz_t a_scratch, b_scratch, result;
} big_operation;

static void big_compute(void *context)
{
    big_operation *o = context;
    mpz_srcptr a = int_operand(o->a, o->a_scratch), b = int_operand(o->b, o->b_scratch);
    switch (o->op) {
    case YS_ADD: mpz_add(o->result, a, b); break;
    case YS_SUB: mpz_sub(o->result, a, b); break;
    case YS_MUL: mpz_mul(o->result, a, b); break;
    case YS_FLOORDIV: mpz_fdiv_q(o->result, a, b); break;
    case YS_MOD: mpz_fdiv_r(o->result, a, b); break;
    }
}

static ys_value int_zero_division(ys_binop op);

/* a op b for ints and bools when one is a YS_BIGINT, the int64_t result
 * overflowed, or b is 0 for // and %: out of line, so that ys_binary's fast
 * path stays as it was. */
__attribute__((noinline, cold)) static ys_value big_binary(ys_binop op, ys_value a, ys_value b)
{
    if ((op == YS_FLOORDIV || op == YS_MOD) && b.kind != YS_BIGINT && !ys_truthy(b))
        return int_zero_division(op);
    big_operation o = {.op = op, .a = a, .b = b};
    mpz_inits(o.a_scratch, o.b_scratch, o.result, NULL); /* allocates nothing (gmp >= 6.2) */
    if (!gmp_guarded(big_compute, &o))
        return int_out_of_memory(); /* o's variables are abandoned: see gmp_out_of_memory_exit */
    ys_value r = int_from_mpz(o.result);
    mpz_clears(o.a_scratch, o.b_scratch, o.result, NULL);
    return r;
}

typedef struct decimal_parse {
    const char *digits;
    mpz_t value;
    bool invalid;
} decimal_parse;

static void decimal_compute(void *context)
{
    decimal_parse *p = context;
    p->invalid = mpz_set_str(p->value, p->digits, 10) != 0;
}

ys_value ys_int_from_decimal(const char *digits)
{
    decimal_parse p = {.digits = digits};
    mpz_init(p.value);
    if (!gmp_guarded(decimal_compute, &p))
        return int_out_of_memory(); /* p.value is abandoned: see gmp_out_of_memory_exit */
    ys_value r;
    if (p.invalid) {
        ys_err_format(YS_EXC(ValueError), "invalid literal for int() with base 10: '%s'", digits);
        r = ys_null();
    } else {
        r = int_from_mpz(p.value);
    }
    mpz_clear(p.value);
    return r;
}

bool ys_int_as_index(ys_value v, int64_t *out)
{
    if (v.kind == YS_BIGINT)
        return false;
    *out = v.kind == YS_INT ? v.as.i : v.as.b;
    return true;
}

/* The sign of a - b for ints and bools, one of them a YS_BIGINT. A YS_BIGINT
 * lies beyond every immediate, on the side of its sign. */
static int big_compare(ys_value a, ys_value b)
{
    if (a.kind == YS_BIGINT && b.kind == YS_BIGINT)
        return mpz_cmp(a.as.n->value, b.as.n->value);
    if (a.kind == YS_BIGINT)
        return mpz_sgn(a.as.n->value);
    return -mpz_sgn(b.as.n->value);
}

/* ---- operators ---------------------------------------------------------- */

static const char *const binop_symbols[] = {
    [YS_ADD] = "+", [YS_SUB] = "-", [YS_MUL] = "*", [YS_FLOORDIV] = "//", [YS_MOD] = "%",
};

/* bool is a subclass of int in Python: True + 1 == 2. */
static bool as_int(ys_value v, int64_t *out)
{
    if (v.kind == YS_INT) {
        *out = v.as.i;
        return true;
    }
    if (v.kind == YS_BOOL) {
        *out = v.as.b;
        return true;
    }
    return false;
}

static ys_value int_zero_division(ys_binop op)
{
    /* 3.11 split the modulo message off ("integer modulo by zero"). */
    bool split = op == YS_MOD && ys_runtime_config()->python_minor >= 11;
    ys_err_format(YS_EXC(ZeroDivisionError), "%s",
                  split ? "integer modulo by zero" : "integer division or modulo by zero");
    return ys_null();
}

/* a op b within int64_t into *r: false when the result does not fit, or when
 * b is 0 for // and % (big_binary then gives the int or the error). */
static inline bool int64_binary(ys_binop op, int64_t a, int64_t b, int64_t *r)
{
    switch (op) {
    case YS_ADD: return !__builtin_add_overflow(a, b, r);
    case YS_SUB: return !__builtin_sub_overflow(a, b, r);
    case YS_MUL: return !__builtin_mul_overflow(a, b, r);
    case YS_FLOORDIV:
    case YS_MOD:
        if (b == 0 || (a == INT64_MIN && b == -1)) /* the quotient 2**63 does not fit */
            return false;
        /* C truncates toward zero; Python floors, so the remainder takes the
         * divisor's sign. */
        int64_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
            q -= 1;
            m += b;
        }
        *r = op == YS_MOD ? m : q;
        return true;
    }
    return false;
}

static ys_value str_concat(ys_value a, ys_value b)
{
    size_t la = a.as.s->len, lb = b.as.s->len;
    char *data = NULL;
    ys_value r = str_alloc(la + lb, &data);
    if (!ys_is_null(r)) {
        memcpy(data, a.as.s->data, la);
        memcpy(data + la, b.as.s->data, lb);
    }
    return r;
}

size_t ys_str_code_points_(ys_value s)
{
    size_t count = 0;
    const unsigned char *data = (const unsigned char *)s.as.s->data;
    for (size_t i = 0; i < s.as.s->len; i++)
        count += (data[i] & 0xC0) != 0x80; /* every byte but UTF-8 continuation bytes */
    return count;
}

/* str * n (sequence repetition: CPython's PyNumber_AsSsize_t, then its length
 * check). CPython's unicode_repeat counts characters against the index range, and only
 * then asks for memory: "é" * 2**62 fits the range, so it is MemoryError (two
 * bytes a character here) and not OverflowError. */
static ys_value str_repeat(ys_value s, int64_t n)
{
    size_t len = s.as.s->len;
    size_t total;
    if (n > 0 && ys_str_code_points_(s) > (size_t)(INT64_MAX / n)) {
        ys_err_format(YS_EXC(OverflowError), "repeated string is too long");
        return ys_null();
    }
    if (__builtin_mul_overflow(len, (uint64_t)n, &total)) {
        ys_err_set_type(YS_EXC(MemoryError));
        return ys_null();
    }
    char *data = NULL;
    ys_value r = str_alloc(total, &data);
    if (!ys_is_null(r))
        for (int64_t i = 0; i < n; i++)
            memcpy(data + (size_t)i * len, s.as.s->data, len);
    return r;
}

static bool is_sequence(ys_value v) { return v.kind == YS_STR || v.kind == YS_TUPLE; }

/* seq * count or count * seq: PyNumber_Multiply's sq_repeat fallback, the
 * left operand first; a negative count repeats zero times. */
static ys_value sequence_repeat(ys_value seq, ys_value count)
{
    if (!ys_is_int(count)) {
        ys_err_format(YS_EXC(TypeError), "can't multiply sequence by non-int of type '%s'",
                      YS_TYPE_NAME_CUT(count, 200));
        return ys_null();
    }
    int64_t n;
    if (!ys_int_as_index(count, &n)) {
        ys_err_format(YS_EXC(OverflowError), "cannot fit 'int' into an index-sized integer");
        return ys_null();
    }
    if (n < 0)
        n = 0;
    return seq.kind == YS_STR ? str_repeat(seq, n) : ys_tuple_repeat_(seq, n);
}

static ys_value unsupported_operands(ys_binop op, ys_value a, ys_value b)
{
    ys_err_format(YS_EXC(TypeError), "unsupported operand type(s) for %s: '%s' and '%s'",
                  binop_symbols[op], YS_TYPE_NAME_CUT(a, 100), YS_TYPE_NAME_CUT(b, 100));
    return ys_null();
}

/* ys_binary for anything but two immediates with an int64_t result. */
__attribute__((noinline)) static ys_value binary_other(ys_binop op, ys_value a, ys_value b)
{
    if (ys_is_int(a) && ys_is_int(b))
        return big_binary(op, a, b);

    bool a_str = a.kind == YS_STR, b_str = b.kind == YS_STR;
    switch (op) {
    case YS_ADD:
        if (a_str && b_str)
            return str_concat(a, b);
        if (a_str) {
            ys_err_format(YS_EXC(TypeError), "can only concatenate str (not \"%s\") to str",
                          YS_TYPE_NAME_CUT(b, 200));
            return ys_null();
        }
        if (a.kind == YS_TUPLE)
            return ys_tuple_concat_(a, b);
        break;
    case YS_MUL:
        if (is_sequence(a))
            return sequence_repeat(a, b);
        if (is_sequence(b))
            return sequence_repeat(b, a);
        break;
    case YS_MOD:
        /* str % x is printf-style formatting, outside the subset; without a
         * conversion specifier CPython fails with this message. */
        if (a_str && !memchr(a.as.s->data, '%', a.as.s->len)) {
            ys_err_format(YS_EXC(TypeError), "not all arguments converted during string formatting");
            return ys_null();
        }
        break;
    default:
        break;
    }
    return unsupported_operands(op, a, b);
}

/* The fast path alone (two ints or bools, no overflow, no division by 0), so
 * that it needs no registers saved: everything else is a tail call. */
ys_value ys_binary(ys_binop op, ys_value a, ys_value b)
{
    int64_t x, y, r;
    if (as_int(a, &x) && as_int(b, &y) && int64_binary(op, x, y, &r))
        return ys_int(r);
    return binary_other(op, a, b);
}

static int compare_bytes(ys_value a, ys_value b)
{
    size_t la = a.as.s->len, lb = b.as.s->len;
    int c = memcmp(a.as.s->data, b.as.s->data, la < lb ? la : lb);
    if (c != 0)
        return c;
    return (la > lb) - (la < lb);
}

static bool values_equal(ys_value a, ys_value b);

static bool tuples_equal(ys_value a, ys_value b)
{
    if (ys_tuple_len(a) != ys_tuple_len(b))
        return false;
    for (size_t i = 0; i < ys_tuple_len(a); i++)
        if (!values_equal(ys_tuple_get(a, i), ys_tuple_get(b, i)))
            return false;
    return true;
}

static bool values_equal(ys_value a, ys_value b)
{
    int64_t x = 0, y = 0;
    if (as_int(a, &x) && as_int(b, &y))
        return x == y;
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case YS_NONE: return true;
    /* UTF-8 byte order is code point order, so bytes compare like Python str. */
    case YS_STR: return a.as.s == b.as.s || compare_bytes(a, b) == 0;
    case YS_GEN: return a.as.g == b.as.g;
    case YS_EXC: return a.as.e == b.as.e;
    case YS_OBJ: return a.as.o == b.as.o;
    case YS_TUPLE: return a.as.t == b.as.t || tuples_equal(a, b);
    case YS_BIGINT: return mpz_cmp(a.as.n->value, b.as.n->value) == 0;
    default: return false;
    }
}

static bool ordered(ys_cmpop op, int c)
{
    switch (op) {
    case YS_LT: return c < 0;
    case YS_LE: return c <= 0;
    case YS_GT: return c > 0;
    case YS_GE: return c >= 0;
    default: return false;
    }
}

/* tuple < tuple (tuplerichcompare): the first items that differ decide, else the lengths. */
static ys_value tuple_order(ys_cmpop op, ys_value a, ys_value b)
{
    size_t la = ys_tuple_len(a), lb = ys_tuple_len(b);
    for (size_t i = 0; i < la && i < lb; i++)
        if (!values_equal(ys_tuple_get(a, i), ys_tuple_get(b, i)))
            return ys_compare(op, ys_tuple_get(a, i), ys_tuple_get(b, i));
    return ys_bool(ordered(op, (la > lb) - (la < lb)));
}

ys_value ys_compare(ys_cmpop op, ys_value a, ys_value b)
{
    static const char *const symbols[] = {
        [YS_EQ] = "==", [YS_NE] = "!=", [YS_LT] = "<", [YS_LE] = "<=", [YS_GT] = ">", [YS_GE] = ">=",
    };
    if (op == YS_EQ)
        return ys_bool(values_equal(a, b));
    if (op == YS_NE)
        return ys_bool(!values_equal(a, b));
    int64_t x = 0, y = 0;
    if (as_int(a, &x) && as_int(b, &y))
        return ys_bool(ordered(op, (x > y) - (x < y)));
    if (ys_is_int(a) && ys_is_int(b))
        return ys_bool(ordered(op, big_compare(a, b)));
    if (a.kind == YS_STR && b.kind == YS_STR)
        return ys_bool(ordered(op, compare_bytes(a, b)));
    if (a.kind == YS_TUPLE && b.kind == YS_TUPLE)
        return tuple_order(op, a, b);
    ys_err_format(YS_EXC(TypeError), "'%s' not supported between instances of '%s' and '%s'",
                  symbols[op], YS_TYPE_NAME_CUT(a, 100), YS_TYPE_NAME_CUT(b, 100));
    return ys_null();
}

bool ys_truthy(ys_value v)
{
    switch (v.kind) {
    case YS_NONE: return false;
    case YS_BOOL: return v.as.b;
    case YS_INT: return v.as.i != 0;
    case YS_STR: return v.as.s->len != 0;
    case YS_TUPLE: return ys_tuple_len(v) != 0;
    default: return true; /* a YS_BIGINT too: 0 is immediate */
    }
}

bool ys_is(ys_value a, ys_value b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case YS_NONE: return true;
    case YS_BOOL: return a.as.b == b.as.b;
    case YS_INT: return a.as.i == b.as.i;
    default: return a.as.s == b.as.s;
    }
}

const char *ys_type_name(ys_value v)
{
    switch (v.kind) {
    case YS_NONE: return "NoneType";
    case YS_BOOL: return "bool";
    case YS_INT:
    case YS_BIGINT: return "int";
    case YS_STR: return "str";
    case YS_GEN: return "generator";
    case YS_EXC: return v.as.e->type->name;
    case YS_TUPLE: return "tuple";
    case YS_OBJ: return v.as.o->type->name;
    default: return "NULL";
    }
}

ys_value ys_type_name_of(ys_value v) { return ys_str_cstr(ys_type_name(v)); }

const char *ys_type_name_cut(ys_value v, int precision, char buf[YS_TYPE_NAME_CUT_MAX + 3])
{
    const char *name = ys_type_name(v);
    size_t len = strlen(name);
    if (len <= (size_t)precision)
        return name;
    /* PyUnicode_FromFormat decodes the first `precision` bytes with the "replace" error
     * handler: an incomplete last character becomes one U+FFFD. */
    size_t keep = (size_t)precision, lead = keep;
    while (lead > 0 && ((unsigned char)name[lead - 1] & 0xC0) == 0x80)
        lead--;
    bool cut_short = false;
    if (lead > 0 && ((unsigned char)name[lead - 1] & 0x80)) {
        unsigned char first = (unsigned char)name[lead - 1];
        size_t need = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
        if (keep - (lead - 1) < need) {
            keep = lead - 1;
            cut_short = true;
        }
    }
    memcpy(buf, name, keep);
    if (cut_short) {
        memcpy(buf + keep, "\xEF\xBF\xBD", 3);
        keep += 3;
    }
    buf[keep] = '\0';
    return buf;
}

/* ---- canonical text ----------------------------------------------------- */

typedef struct text_buf {
    char *data;
    size_t len, cap;
} text_buf;

static void buf_reserve(text_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) {
        fputs("yieldspec: out of memory in ys_repr\n", stderr);
        abort();
    }
    b->data = data;
    b->cap = cap;
}

static void buf_append(text_buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_puts(text_buf *b, const char *s) { buf_append(b, s, strlen(s)); }

static void buf_escape_unit(text_buf *b, unsigned unit)
{
    char esc[12]; /* room for any unsigned, though callers pass UTF-16 units */
    snprintf(esc, sizeof esc, "\\u%04x", unit);
    buf_append(b, esc, 6);
}

/* The smallest code point a sequence of 1 + extra bytes may encode: a
 * smaller one is an overlong form (0xC0 0x80 for NUL), not UTF-8. */
static const uint32_t utf8_smallest[4] = {0, 0x80, 0x800, 0x10000};

/* Decode one UTF-8 sequence; a malformed byte reads as U+FFFD, and so does the
 * lead of an overlong form or of a sequence past U+10FFFF. Surrogates pass:
 * a lone surrogate is kept in that 3-byte form (surrogatepass). */
static uint32_t utf8_next(const unsigned char *s, size_t len, size_t *i)
{
    unsigned char c = s[*i];
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c >= 0x80 && (extra == 0 || c >= 0xF8 || *i + (size_t)extra >= len)) {
        (*i)++;
        return 0xFFFD;
    }
    uint32_t cp = extra ? c & (0x3F >> extra) : c;
    for (int k = 1; k <= extra; k++) {
        unsigned char cont = s[*i + k];
        if ((cont & 0xC0) != 0x80) {
            (*i)++;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cont & 0x3F);
    }
    if (cp < utf8_smallest[extra] || cp > 0x10FFFF) {
        (*i)++;
        return 0xFFFD;
    }
    *i += 1 + extra;
    return cp;
}

/* json.dumps(s) with ensure_ascii: printable ASCII as is, the short escapes,
 * everything else as \uXXXX (a surrogate pair beyond the BMP). */
static void repr_str(text_buf *b, ys_value v)
{
    const unsigned char *s = (const unsigned char *)v.as.s->data;
    size_t len = v.as.s->len;
    buf_puts(b, "\"");
    for (size_t i = 0; i < len;) {
        uint32_t cp = utf8_next(s, len, &i);
        switch (cp) {
        case '"': buf_puts(b, "\\\""); continue;
        case '\\': buf_puts(b, "\\\\"); continue;
        case '\n': buf_puts(b, "\\n"); continue;
        case '\r': buf_puts(b, "\\r"); continue;
        case '\t': buf_puts(b, "\\t"); continue;
        case '\b': buf_puts(b, "\\b"); continue;
        case '\f': buf_puts(b, "\\f"); continue;
        default: break;
        }
        if (cp >= 0x20 && cp <= 0x7E) {
            char c = (char)cp;
            buf_append(b, &c, 1);
        } else if (cp < 0x10000) {
            buf_escape_unit(b, cp);
        } else {
            cp -= 0x10000;
            buf_escape_unit(b, 0xD800 | (cp >> 10));
            buf_escape_unit(b, 0xDC00 | (cp & 0x3FF));
        }
    }
    buf_puts(b, "\"");
}

static void repr_into(text_buf *b, ys_value v)
{
    char num[24];
    switch (v.kind) {
    case YS_NULL: buf_puts(b, "<NULL>"); break;
    case YS_NONE: buf_puts(b, "None"); break;
    case YS_BOOL: buf_puts(b, v.as.b ? "True" : "False"); break;
    case YS_INT:
        snprintf(num, sizeof num, "%" PRId64, v.as.i);
        buf_puts(b, num);
        break;
    case YS_STR: repr_str(b, v); break;
    case YS_GEN:
        buf_puts(b, "<generator ");
        buf_puts(b, ys_gen_name(v.as.g));
        buf_puts(b, ">");
        break;
    case YS_EXC:
        buf_puts(b, v.as.e->type->name);
        buf_puts(b, "(");
        for (size_t i = 0; i < v.as.e->nargs; i++) {
            if (i)
                buf_puts(b, ", ");
            repr_into(b, v.as.e->args[i]);
        }
        buf_puts(b, ")");
        break;
    case YS_TUPLE: /* Python's tuple repr: (), (1,), (1, 2) */
        buf_puts(b, "(");
        for (size_t i = 0; i < ys_tuple_len(v); i++) {
            if (i)
                buf_puts(b, ", ");
            repr_into(b, ys_tuple_get(v, i));
        }
        buf_puts(b, ys_tuple_len(v) == 1 ? ",)" : ")");
        break;
    case YS_OBJ:
        buf_puts(b, "<");
        buf_puts(b, ys_type_name(v));
        buf_puts(b, " object>");
        break;
    case YS_BIGINT: /* '-' and the digits, which gmp may write one fewer of than it sized */
        buf_reserve(b, mpz_sizeinbase(v.as.n->value, 10) + 1);
        mpz_get_str(b->data + b->len, 10, v.as.n->value);
        b->len += strlen(b->data + b->len);
        break;
    }
}

char *ys_repr(ys_value v)
{
    text_buf b = {0};
    buf_reserve(&b, 0);
    b.data[0] = '\0';
    repr_into(&b, v);
    return b.data;
}
