/* Tuples and iterator objects: what `yield from` and `for` accept besides
 * generators (PEP 380's "any iterator"), and the values they are made of.
 *
 * An object (YS_OBJ) is an instance of a ys_type: a builtin iterator
 * (range_iterator, tuple_iterator) or a scenario's iterator class, whose
 * methods are compiled plain functions taking self first. Instance attributes
 * live in a fixed set of named slots (every attribute name the class's module
 * assigns through self), unbound until assigned, as CPython's instance dict
 * starts empty. Reference rules and YS_NULL as in value.h. */
#ifndef YIELDSPEC_OBJECT_H
#define YIELDSPEC_OBJECT_H

#include "yieldspec/exc.h"
#include "yieldspec/value.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A method of a class: a compiled plain function; args[0] is self, all
 * borrowed; returns a new reference or YS_NULL with an exception pending. */
typedef struct ys_method {
    const char *name;
    size_t nparams; /* self included */
    ys_value (*call)(const ys_value *args);
} ys_method;

typedef struct ys_type {
    const char *name;               /* type(x).__name__ */
    size_t nslots;                  /* attribute slots of every instance */
    const char *const *slot_names;  /* their names */
    /* A builtin iterator's next step: a new reference, or YS_NULL with
     * nothing pending once exhausted. NULL for a class (its __next__ is a method). */
    ys_value (*iternext)(ys_object *self);
    const ys_method *methods;
    size_t nmethods;
} ys_type;

/* A new instance with every attribute unbound; the caller runs __init__. */
ys_value ys_object_new(const ys_type *type);
/* obj.name: a new reference, or AttributeError ("'It' object has no attribute 'n'"). */
ys_value ys_getattr(ys_value obj, const char *name);
/* obj.name = steal_v: an instance takes any name (its class's attributes, or others as CPython's
 * __dict__ does), anything else as ys_store_attribute; false with AttributeError pending. */
bool ys_setattr(ys_value obj, const char *name, ys_value steal_v);
/* The method `name` of obj's class, or NULL (not an object, or no such method). */
const ys_method *ys_find_method(ys_value obj, const char *name);
/* obj.name(*args) (args borrowed): AttributeError when obj has no such method. */
ys_value ys_call_method(ys_value obj, const char *name, size_t nargs, const ys_value *args);
/* Raises AttributeError "'T' object has no attribute 'name'" with T cut as CPython's message
 * cuts it; returns YS_NULL. */
ys_value ys_no_attribute(ys_value v, const char *name);

/* Tuples. */
ys_value ys_tuple_new(size_t n, const ys_value *items); /* items borrowed */
size_t ys_tuple_len(ys_value t);
ys_value ys_tuple_get(ys_value t, size_t i); /* borrowed */
ys_value ys_getitem(ys_value v, ys_value index); /* v[index]: tuples (and e.args) */
ys_value ys_len(ys_value v);                     /* len(v): tuple or str, as an int */
ys_value ys_exc_args(ys_value exc);              /* e.args as a tuple */

/* range(): check the 1-3 arguments as CPython does (TypeError/ValueError
 * pending on false) and give start, stop, step: new references to ints of
 * any size (a bool becomes its int). */
bool ys_range_bounds(size_t nargs, const ys_value *args, ys_value bounds[3]);
/* The next int of a range within 64 bits at *next into *item, moving *next
 * on; false once exhausted. (A range_iterator steps big bounds itself.) */
bool ys_range_advance(int64_t *next, int64_t stop, int64_t step, int64_t *item);
/* iter(range(args)): a range_iterator. */
ys_value ys_range_iter(size_t nargs, const ys_value *args);

/* iter(v) (v borrowed): a generator is its own iterator, a tuple gives a
 * tuple_iterator, an object its __iter__() (which must be an iterator); any
 * other value raises "'T' object is not iterable". */
ys_value ys_iter(ys_value v);
/* One step of the iterator `it` (tp_iternext): the next item; YS_NULL with
 * nothing pending when exhausted, or with the exception pending (a
 * StopIteration from a __next__ method, or a generator's return value other
 * than None, as StopIteration(value)). */
ys_value ys_iternext(ys_value it);
/* Is v an iterator (a generator, a builtin iterator, an instance with __next__)? */
bool ys_is_iterator(ys_value v);

#ifdef __cplusplus
}
#endif
#endif
