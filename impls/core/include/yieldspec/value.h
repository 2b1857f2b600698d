/* Python values in C: None, bool, int (any size), str, generator, exception.
 *
 * Reference rules (the same as CPython's C API, so they read familiar):
 *   - a function returning ys_value returns a NEW reference;
 *   - arguments are BORROWED unless the parameter is named `steal`/the doc says so;
 *   - YS_NULL is "no value": the call failed and an exception is pending
 *     (see exc.h: ys_err_occurred / ys_err_fetch), exactly like CPython's NULL.
 * None, bool and int are immediate (incref/decref are no-ops on them), except
 * an int beyond 64 bits: a YS_BIGINT on the heap (gmp does its arithmetic).
 * Every int has exactly one form: a value that fits in int64_t is always the
 * immediate YS_INT, so comparing kinds never tells two equal ints apart.
 */
#ifndef YIELDSPEC_VALUE_H
#define YIELDSPEC_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ys_str ys_str;
typedef struct ys_gen ys_gen;
typedef struct ys_exc ys_exc;
typedef struct ys_tuple ys_tuple;
typedef struct ys_object ys_object;
typedef struct ys_bigint ys_bigint;

typedef enum ys_kind {
    YS_NULL = 0, /* failure marker: an exception is pending */
    YS_NONE,
    YS_BOOL,
    YS_INT,
    YS_STR,
    YS_GEN,
    YS_EXC,
    YS_TUPLE, /* object.h */
    YS_OBJ,   /* an iterator object (builtin or of a scenario's class): object.h */
    YS_BIGINT, /* an int outside int64_t's range; type(x) is int */
} ys_kind;

typedef struct ys_value {
    ys_kind kind;
    union {
        bool b;
        int64_t i;
        ys_str *s;
        ys_gen *g;
        ys_exc *e;
        ys_tuple *t;
        ys_object *o;
        ys_bigint *n;
    } as;
} ys_value;

static inline ys_value ys_null(void) { ys_value v = {YS_NULL, {0}}; return v; }
static inline ys_value ys_none(void) { ys_value v = {YS_NONE, {0}}; return v; }
static inline ys_value ys_bool(bool b) { ys_value v = {YS_BOOL, {0}}; v.as.b = b; return v; }
static inline ys_value ys_int(int64_t i) { ys_value v = {YS_INT, {0}}; v.as.i = i; return v; }
static inline bool ys_is_null(ys_value v) { return v.kind == YS_NULL; }

void ys_incref(ys_value v);
/* Frees a str, generator or exception whose last reference was dropped (ys_decref's slow path). */
void ys_dealloc_(ys_value v);
/* Dropping the last reference to a suspended generator finalizes it (CPython's
 * gen_dealloc → close); errors raised there go to the unraisable hook.
 * Inline: most values dropped are immediates or still referenced, and an
 * out-of-line call per drop showed in the instruction count of every
 * operation. Every heap object begins with its reference count. */
static inline void ys_decref(ys_value v)
{
    if (v.kind >= YS_STR && --*(intptr_t *)(void *)v.as.s <= 0)
        ys_dealloc_(v);
}
/* Replace *slot with `steal`, releasing the old value after the store (CPython's Py_SETREF). */
void ys_setref(ys_value *slot, ys_value steal);

/* str: immutable UTF-8 bytes with a length. */
ys_value ys_str_new(const char *utf8, size_t len);
ys_value ys_str_cstr(const char *utf8);
const char *ys_str_data(ys_value s, size_t *len);

/* An int from its decimal digits (an optional '-' first): the immediate when it
 * fits, else a YS_BIGINT; YS_NULL with MemoryError pending. The compiler makes
 * each big literal once with it. */
ys_value ys_int_from_decimal(const char *digits);
/* The int v as an index (CPython's PyNumber_AsSsize_t): true with *out set for
 * an int or bool that fits, false for a big int (caller raises CPython's
 * "cannot fit 'int' into an index-sized integer" as its own error type);
 * v must be an int or a bool. */
bool ys_int_as_index(ys_value v, int64_t *out);
/* Is v an int of either form or a bool (an int subclass in Python)? */
static inline bool ys_is_int(ys_value v)
{
    return v.kind == YS_INT || v.kind == YS_BOOL || v.kind == YS_BIGINT;
}

/* Python operators. YS_NULL + pending TypeError / ZeroDivisionError / OverflowError
 * / MemoryError with CPython's messages ("integer division or modulo by zero",
 * "unsupported operand type(s) for +: 'int' and 'str'", ...). Ints are Python
 * ints: a result beyond 64 bits becomes a YS_BIGINT, one that fits again the
 * immediate. */
typedef enum ys_binop { YS_ADD, YS_SUB, YS_MUL, YS_FLOORDIV, YS_MOD } ys_binop;
ys_value ys_binary(ys_binop op, ys_value a, ys_value b);

typedef enum ys_cmpop { YS_EQ, YS_NE, YS_LT, YS_LE, YS_GT, YS_GE } ys_cmpop;
ys_value ys_compare(ys_cmpop op, ys_value a, ys_value b); /* a bool value, or YS_NULL */
bool ys_truthy(ys_value v);
bool ys_is(ys_value a, ys_value b);   /* Python `is` (identity; None is None) */
const char *ys_type_name(ys_value v); /* "int" (either form), "str", "NoneType", "generator", exception type name */
ys_value ys_type_name_of(ys_value v); /* type(v).__name__ as a str value */
/* ys_type_name(v) as CPython's messages print tp_name with "%.<precision>s" (precision 1..200):
 * at most `precision` bytes, a character cut short becoming U+FFFD; the text is in `buf` when
 * cut. YS_TYPE_NAME_CUT gives it a buffer living until the end of the enclosing block. */
#define YS_TYPE_NAME_CUT_MAX 200
const char *ys_type_name_cut(ys_value v, int precision, char buf[YS_TYPE_NAME_CUT_MAX + 3]);
#define YS_TYPE_NAME_CUT(v, precision) ys_type_name_cut((v), (precision), (char[YS_TYPE_NAME_CUT_MAX + 3]){0})

/* The canonical text of a value as spec/TRACE.md defines it (None, True, 42,
 * "json-escaped str", <generator name>, Type(arg, ...)). Returns a malloc'd string. */
char *ys_repr(ys_value v);

#ifdef __cplusplus
}
#endif
#endif
