/* Tuples, builtin iterators and instances of iterator classes: iter(), next
 * steps, attributes and method calls, with CPython's messages word for word. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_internal.h"

static ys_value no_memory(void)
{
    ys_err_set_type(YS_EXC(MemoryError));
    return ys_null();
}

/* ---- tuples --------------------------------------------------------------- */

/* A tuple of n items whose first `copied` are new references to items[]. */
static ys_value tuple_of(size_t n, const ys_value *items, size_t copied)
{
    ys_tuple *t = ys_alloc_(sizeof *t + n * sizeof(ys_value));
    if (!t)
        return no_memory();
    t->head.refcnt = 1;
    t->len = n;
    for (size_t i = 0; i < copied; i++) {
        t->items[i] = items[i];
        ys_incref(items[i]);
    }
    ys_value v = {YS_TUPLE, {0}};
    v.as.t = t;
    return v;
}

ys_value ys_tuple_new(size_t n, const ys_value *items) { return tuple_of(n, items, n); }

size_t ys_tuple_len(ys_value t) { return t.as.t->len; }
ys_value ys_tuple_get(ys_value t, size_t i) { return t.as.t->items[i]; }

void ys_tuple_dealloc_(ys_tuple *t)
{
    /* Last first, as CPython's tupledealloc: generators it held are finalized in that order. */
    for (size_t i = t->len; i-- > 0;)
        ys_decref(t->items[i]);
    ys_free_(t);
}

ys_value ys_getitem(ys_value v, ys_value index)
{
    if (v.kind != YS_TUPLE) {
        ys_err_format(YS_EXC(TypeError), "'%s' object is not subscriptable", YS_TYPE_NAME_CUT(v, 200));
        return ys_null();
    }
    return ys_tuple_item_(v.as.t->items, v.as.t->len, index);
}

ys_value ys_tuple_item_(const ys_value *items, size_t n, ys_value index)
{
    int64_t i;
    if (!ys_is_int(index)) {
        ys_err_format(YS_EXC(TypeError), "tuple indices must be integers or slices, not %s",
                      YS_TYPE_NAME_CUT(index, 200));
        return ys_null();
    }
    if (!ys_int_as_index(index, &i)) {
        ys_err_format(YS_EXC(IndexError), "cannot fit 'int' into an index-sized integer");
        return ys_null();
    }
    if (i < 0)
        i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n) {
        ys_err_format(YS_EXC(IndexError), "tuple index out of range");
        return ys_null();
    }
    ys_value item = items[i];
    ys_incref(item);
    return item;
}

ys_value ys_len(ys_value v)
{
    if (v.kind == YS_TUPLE)
        return ys_int((int64_t)v.as.t->len);
    if (v.kind == YS_STR)
        return ys_int((int64_t)ys_str_code_points_(v));
    ys_err_format(YS_EXC(TypeError), "object of type '%s' has no len()", YS_TYPE_NAME_CUT(v, 200));
    return ys_null();
}

ys_value ys_exc_args(ys_value exc)
{
    if (exc.kind != YS_EXC)
        return ys_no_attribute(exc, "args");
    return ys_tuple_new(ys_exc_nargs(exc), exc.as.e->args);
}

ys_value ys_tuple_concat_(ys_value a, ys_value b)
{
    if (b.kind != YS_TUPLE) {
        ys_err_format(YS_EXC(TypeError), "can only concatenate tuple (not \"%s\") to tuple",
                      YS_TYPE_NAME_CUT(b, 200));
        return ys_null();
    }
    size_t la = a.as.t->len, lb = b.as.t->len;
    ys_value r = tuple_of(la + lb, a.as.t->items, la);
    if (!ys_is_null(r))
        for (size_t i = 0; i < lb; i++) {
            r.as.t->items[la + i] = b.as.t->items[i];
            ys_incref(b.as.t->items[i]);
        }
    return r;
}

ys_value ys_tuple_repeat_(ys_value t, int64_t n)
{
    if (n == 1) { /* CPython hands back the tuple itself */
        ys_incref(t);
        return t;
    }
    size_t len = t.as.t->len, total;
    if (__builtin_mul_overflow(len, (uint64_t)n, &total) || total > (SIZE_MAX - sizeof(ys_tuple)) / sizeof(ys_value))
        return no_memory();
    ys_value r = tuple_of(total, NULL, 0);
    if (!ys_is_null(r))
        for (size_t i = 0; i < total; i++) {
            r.as.t->items[i] = t.as.t->items[i % len];
            ys_incref(r.as.t->items[i]);
        }
    return r;
}

/* ---- objects -------------------------------------------------------------- */

ys_value ys_object_new(const ys_type *type)
{
    ys_object *o = ys_alloc_(sizeof *o + type->nslots * sizeof(ys_value));
    if (!o)
        return no_memory();
    o->head.refcnt = 1;
    o->type = type;
    o->others = NULL;
    for (size_t i = 0; i < type->nslots; i++)
        o->slots[i] = ys_null();
    ys_value v = {YS_OBJ, {0}};
    v.as.o = o;
    return v;
}

void ys_object_dealloc_(ys_object *o)
{
    /* CPython's subtype_dealloc clears the instance dict in insertion
     * order; slots go in declaration order, the same for every scenario
     * whose attributes __init__ assigns in that order. */
    for (size_t i = 0; i < o->type->nslots; i++)
        ys_decref(o->slots[i]);
    ys_stored_attrs_release_(&o->others);
    ys_free_(o);
}

ys_value ys_stored_attr_find_(const ys_stored_attr *list, const char *name)
{
    for (const ys_stored_attr *a = list; a; a = a->next)
        if (strcmp(a->name, name) == 0)
            return a->value;
    return ys_null();
}

void ys_stored_attr_set_(ys_stored_attr **list, const char *name, ys_value v)
{
    ys_incref(v);
    for (; *list; list = &(*list)->next)
        if (strcmp((*list)->name, name) == 0) {
            ys_setref(&(*list)->value, v);
            return;
        }
    ys_stored_attr *a = ys_alloc_(sizeof *a);
    if (!a) {
        fputs("yieldspec: out of memory assigning an attribute\n", stderr);
        abort();
    }
    *a = (ys_stored_attr){NULL, name, v};
    *list = a;
}

void ys_stored_attrs_release_(ys_stored_attr **list)
{
    while (*list) {
        ys_stored_attr *a = *list;
        *list = a->next;
        ys_decref(a->value);
        ys_free_(a);
    }
}

ys_value ys_no_attribute(ys_value v, const char *name)
{
    /* PyObject_GenericGetAttr's "'%.50s' object ...", "'%.100s'" from 3.12 (in bytes, as
     * tp_name is). */
    ys_err_format(YS_EXC(AttributeError), "'%s' object has no attribute '%s'",
                  YS_TYPE_NAME_CUT(v, ys_active_config_.python_minor >= 12 ? 100 : 50), name);
    return ys_null();
}

/* The slot of attribute `name` in the class of instance obj, or -1. */
static long slot_of(ys_value obj, const char *name)
{
    const ys_type *type = obj.as.o->type;
    for (size_t i = 0; i < type->nslots; i++)
        if (strcmp(type->slot_names[i], name) == 0)
            return (long)i;
    return -1;
}

ys_value ys_getattr(ys_value obj, const char *name)
{
    ys_value found = ys_null();
    if (obj.kind == YS_OBJ) {
        long slot = slot_of(obj, name);
        found = slot >= 0 ? obj.as.o->slots[slot] : ys_stored_attr_find_(obj.as.o->others, name);
    } else if (obj.kind == YS_EXC) { /* a method's `self` rebound to an exception */
        found = ys_exc_getattr_(obj.as.e, name);
    }
    if (ys_is_null(found))
        return ys_no_attribute(obj, name);
    ys_incref(found);
    return found;
}

bool ys_setattr(ys_value obj, const char *name, ys_value steal_v)
{
    if (obj.kind != YS_OBJ) { /* a method's `self` rebound to another value */
        bool stored = ys_store_attribute(obj, name, steal_v);
        ys_decref(steal_v);
        return stored;
    }
    long slot = slot_of(obj, name);
    if (slot >= 0) {
        ys_setref(&obj.as.o->slots[slot], steal_v);
        return true;
    }
    /* Not an attribute of its class (`self` rebound to an instance of another class):
     * CPython's instance __dict__ takes any name. */
    ys_stored_attr_set_(&obj.as.o->others, name, steal_v);
    ys_decref(steal_v);
    return true;
}

const ys_method *ys_find_method(ys_value obj, const char *name)
{
    if (obj.kind != YS_OBJ)
        return NULL;
    const ys_type *type = obj.as.o->type;
    for (size_t i = 0; i < type->nmethods; i++)
        if (strcmp(type->methods[i].name, name) == 0)
            return &type->methods[i];
    return NULL;
}

/* Call method m of obj with nargs borrowed arguments after self. */
static ys_value call_bound(const ys_method *m, ys_value obj, size_t nargs, const ys_value *args)
{
    if (nargs + 1 != m->nparams) {
        /* The function's qualified name from 3.10, its bare name before. */
        bool qualified = ys_active_config_.python_minor >= 10;
        ys_err_format(YS_EXC(TypeError), "%s%s%s() takes %zu positional argument%s but %zu were given",
                      qualified ? ys_type_name(obj) : "", qualified ? "." : "", m->name, m->nparams,
                      m->nparams == 1 ? "" : "s", nargs + 1);
        return ys_null();
    }
    ys_value argv[nargs + 1]; /* as many as the method's parameters, which the scenario bounds */
    argv[0] = obj;
    for (size_t i = 0; i < nargs; i++)
        argv[i + 1] = args[i];
    return m->call(argv);
}

ys_value ys_call_method(ys_value obj, const char *name, size_t nargs, const ys_value *args)
{
    const ys_method *m = ys_find_method(obj, name);
    if (!m)
        return ys_no_attribute(obj, name);
    return call_bound(m, obj, nargs, args);
}

/* ---- builtin iterators ---------------------------------------------------- */

bool ys_range_bounds(size_t nargs, const ys_value *args, ys_value bounds[3])
{
    for (size_t i = 0; i < nargs; i++) {
        if (!ys_is_int(args[i])) {
            ys_err_format(YS_EXC(TypeError), "'%s' object cannot be interpreted as an integer",
                          YS_TYPE_NAME_CUT(args[i], 200));
            return false;
        }
    }
    if (nargs == 3 && args[2].kind != YS_BIGINT && !ys_truthy(args[2])) {
        ys_err_format(YS_EXC(ValueError), "range() arg 3 must not be zero");
        return false;
    }
    /* range(stop) starts at 0; bools become the ints they are. */
    const ys_value *given = nargs == 1 ? (const ys_value[]){ys_int(0), args[0]} : args;
    size_t ngiven = nargs == 1 ? 2 : nargs;
    for (size_t i = 0; i < 3; i++) {
        ys_value v = i < ngiven ? given[i] : ys_int(1);
        if (v.kind == YS_BOOL)
            v = ys_int(v.as.b);
        ys_incref_inline_(v);
        bounds[i] = v;
    }
    return true;
}

bool ys_range_advance(int64_t *next, int64_t stop, int64_t step, int64_t *item)
{
    if (step > 0 ? *next >= stop : *next <= stop)
        return false;
    *item = *next;
    /* Past the int64 range means past stop: the range is exhausted either way. */
    if (__builtin_add_overflow(*next, step, next))
        *next = stop;
    return true;
}

enum { RANGE_NEXT, RANGE_STOP, RANGE_STEP };

/* A range with a bound beyond 64 bits: the same steps on Python ints. */
static ys_value range_iternext_big(ys_object *self)
{
    ys_value next = self->slots[RANGE_NEXT], stop = self->slots[RANGE_STOP], step = self->slots[RANGE_STEP];
    bool ascending = ys_truthy(ys_compare(YS_GT, step, ys_int(0)));
    if (ys_truthy(ys_compare(ascending ? YS_GE : YS_LE, next, stop)))
        return ys_null();
    ys_value after = ys_binary(YS_ADD, next, step);
    if (ys_is_null(after))
        return ys_null();
    self->slots[RANGE_NEXT] = after; /* the reference the slot held goes to the caller */
    return next;
}

static ys_value range_iternext(ys_object *self)
{
    if (self->slots[RANGE_NEXT].kind != YS_INT || self->slots[RANGE_STOP].kind != YS_INT
        || self->slots[RANGE_STEP].kind != YS_INT)
        return range_iternext_big(self);
    int64_t next = self->slots[RANGE_NEXT].as.i, item;
    if (!ys_range_advance(&next, self->slots[RANGE_STOP].as.i, self->slots[RANGE_STEP].as.i, &item))
        return ys_null();
    self->slots[RANGE_NEXT] = ys_int(next);
    return ys_int(item);
}

static const char *const range_slot_names[] = {"", "", ""}; /* internal: no attribute matches */
static const ys_type range_iterator_type = {"range_iterator", 3, range_slot_names, range_iternext, NULL, 0};

ys_value ys_range_iter(size_t nargs, const ys_value *args)
{
    ys_value bounds[3];
    if (!ys_range_bounds(nargs, args, bounds))
        return ys_null();
    ys_value it = ys_object_new(&range_iterator_type);
    for (int i = 0; i < 3; i++) {
        if (ys_is_null(it))
            ys_decref(bounds[i]);
        else
            it.as.o->slots[i] = bounds[i];
    }
    return it;
}

enum { TUPLE_ITER_SEQ, TUPLE_ITER_INDEX };

/* As CPython's tupleiter_next, the tuple is let go once exhausted. */
static ys_value tuple_iternext(ys_object *self)
{
    ys_value seq = self->slots[TUPLE_ITER_SEQ];
    if (ys_is_null(seq))
        return ys_null();
    int64_t i = self->slots[TUPLE_ITER_INDEX].as.i;
    if ((size_t)i < seq.as.t->len) {
        self->slots[TUPLE_ITER_INDEX] = ys_int(i + 1);
        ys_value item = seq.as.t->items[i];
        ys_incref(item);
        return item;
    }
    ys_setref(&self->slots[TUPLE_ITER_SEQ], ys_null());
    return ys_null();
}

static const char *const tuple_iter_slot_names[] = {"", ""};
static const ys_type tuple_iterator_type = {"tuple_iterator", 2, tuple_iter_slot_names, tuple_iternext, NULL, 0};

enum { STR_ITER_SEQ, STR_ITER_OFFSET };

/* One character (code point) at a time, as a str of its UTF-8 bytes; the
 * string is let go once exhausted, as CPython's unicodeiter_next does. */
static ys_value str_iternext(ys_object *self)
{
    ys_value seq = self->slots[STR_ITER_SEQ];
    if (ys_is_null(seq))
        return ys_null();
    size_t offset = (size_t)self->slots[STR_ITER_OFFSET].as.i, len = seq.as.s->len;
    if (offset < len) {
        const unsigned char *data = (const unsigned char *)seq.as.s->data;
        size_t end = offset + 1;
        while (end < len && (data[end] & 0xC0) == 0x80)
            end++;
        self->slots[STR_ITER_OFFSET] = ys_int((int64_t)end);
        return ys_str_new(seq.as.s->data + offset, end - offset);
    }
    ys_setref(&self->slots[STR_ITER_SEQ], ys_null());
    return ys_null();
}

static const char *const str_iter_slot_names[] = {"", ""};
static const ys_type str_iterator_type = {"str_iterator", 2, str_iter_slot_names, str_iternext, NULL, 0};
/* CPython 3.11+ iterates an all-ASCII string with a type of its own, whose name messages show. */
static const ys_type str_ascii_iterator_type = {"str_ascii_iterator", 2, str_iter_slot_names, str_iternext, NULL, 0};

static ys_value str_iter(ys_value s)
{
    bool ascii = true;
    for (size_t i = 0; i < s.as.s->len && ascii; i++)
        ascii = (unsigned char)s.as.s->data[i] < 0x80;
    ys_value it = ys_object_new(ascii && ys_active_config_.python_minor >= 11 ? &str_ascii_iterator_type
                                                                             : &str_iterator_type);
    if (!ys_is_null(it)) {
        ys_incref(s);
        it.as.o->slots[STR_ITER_SEQ] = s;
        it.as.o->slots[STR_ITER_OFFSET] = ys_int(0);
    }
    return it;
}

/* ---- the iterator protocol ------------------------------------------------ */

bool ys_is_iterator(ys_value v)
{
    if (v.kind == YS_GEN)
        return true;
    return v.kind == YS_OBJ && (v.as.o->type->iternext || ys_find_method(v, "__next__"));
}

ys_value ys_iter(ys_value v)
{
    if (v.kind == YS_GEN) {
        ys_incref(v);
        return v;
    }
    if (v.kind == YS_TUPLE) {
        ys_value it = ys_object_new(&tuple_iterator_type);
        if (!ys_is_null(it)) {
            ys_incref(v);
            it.as.o->slots[TUPLE_ITER_SEQ] = v;
            it.as.o->slots[TUPLE_ITER_INDEX] = ys_int(0);
        }
        return it;
    }
    if (v.kind == YS_STR)
        return str_iter(v);
    if (v.kind == YS_OBJ && v.as.o->type->iternext) { /* a builtin iterator is its own */
        ys_incref(v);
        return v;
    }
    const ys_method *iter = ys_find_method(v, "__iter__");
    if (!iter) {
        ys_err_format(YS_EXC(TypeError), "'%s' object is not iterable", YS_TYPE_NAME_CUT(v, 200));
        return ys_null();
    }
    ys_value it = call_bound(iter, v, 0, NULL);
    if (!ys_is_null(it) && !ys_is_iterator(it)) {
        ys_err_format(YS_EXC(TypeError), "iter() returned non-iterator of type '%s'",
                      YS_TYPE_NAME_CUT(it, 100));
        ys_decref(it);
        return ys_null();
    }
    return it;
}

ys_value ys_iternext(ys_value it)
{
    if (it.kind == YS_GEN) {
        ys_value r;
        switch (ys_gen_send_ex(it.as.g, ys_none(), &r)) {
        case YS_SEND_YIELD:
            return r;
        case YS_SEND_RETURN:
            if (r.kind != YS_NONE)
                ys_err_raise(ys_exc_new(YS_EXC(StopIteration), 1, &r));
            ys_decref(r);
            return ys_null();
        case YS_SEND_ERROR:
            break;
        }
        return ys_null();
    }
    if (it.kind == YS_OBJ && it.as.o->type->iternext)
        return it.as.o->type->iternext(it.as.o);
    const ys_method *next = ys_find_method(it, "__next__");
    if (!next) {
        ys_err_format(YS_EXC(TypeError), "'%s' object is not an iterator", YS_TYPE_NAME_CUT(it, 200));
        return ys_null();
    }
    return call_bound(next, it, 0, NULL);
}
