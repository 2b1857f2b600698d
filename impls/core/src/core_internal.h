/* Object layouts and entry points shared by the core's source files only.
 * Nothing here is part of the public API. */
#ifndef YIELDSPEC_CORE_INTERNAL_H
#define YIELDSPEC_CORE_INTERNAL_H

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "yieldspec/object.h"
#include "yieldspec/runtime.h"

/* Every block the core allocates for itself goes through these three, which
 * count the blocks held: one still held after ys_runtime_shutdown is a leak
 * that a plain build sees too (ys_runtime_blocks_held), not only a sanitizer.
 * Strs handed to callers (ys_repr's) are theirs to free and are not counted.
 * A plain counter: the core runs on one thread at a time (runtime.h). */
extern size_t ys_blocks_held_;

static inline void *ys_alloc_(size_t size)
{
    void *block = malloc(size);
    if (block)
        ys_blocks_held_++;
    return block;
}

/* realloc(NULL, size) allocates a block: counted as one more. */
static inline void *ys_realloc_(void *block, size_t size)
{
    void *moved = realloc(block, size);
    if (moved && !block)
        ys_blocks_held_++;
    return moved;
}

static inline void ys_free_(void *block)
{
    if (block)
        ys_blocks_held_--;
    free(block);
}

/* Every heap value starts with its reference count (a generator through its
 * public ys_gen_head), so incref/decref need no switch on the kind. */
typedef struct ys_obj {
    intptr_t refcnt;
} ys_obj;

static inline intptr_t *ys_refcnt_(ys_value v) { return (intptr_t *)(void *)v.as.s; }

struct ys_str {
    ys_obj head;
    size_t len;
    char data[]; /* len bytes of UTF-8, then a NUL for C callers */
};

/* One frame an exception's traceback keeps: a finished generator's, or a
 * plain function's moved off the C stack; release() clears and frees it. */
typedef struct ys_kept_frame {
    void (*release)(void *frame);
    void *frame;
} ys_kept_frame;

/* The frames an exception's traceback keeps (exc.c); on a list of all of
 * them, so that the runtime can release at shutdown the ones a reference
 * cycle keeps forever. */
typedef struct ys_kept_frames {
    struct ys_kept_frames *prev, *next;
    ys_exc *owner;
    size_t count, capacity;
    ys_kept_frame frames[];
} ys_kept_frames;

/* An attribute a scenario assigned on an exception (`e.value = v`), or on an instance whose
 * class has no such attribute (through a rebound `self`), which CPython keeps in the
 * instance's __dict__: a short list in the order of first assignment (object.c). */
typedef struct ys_stored_attr {
    struct ys_stored_attr *next;
    const char *name; /* outlives the list: the compiled scenarios' string literals */
    ys_value value;   /* owned */
} ys_stored_attr;
/* The value stored under `name` (borrowed), or YS_NULL (nothing pending). */
ys_value ys_stored_attr_find_(const ys_stored_attr *list, const char *name);
/* list.name = v (v borrowed): replaced in place, or appended. */
void ys_stored_attr_set_(ys_stored_attr **list, const char *name, ys_value v);
/* Release every value, first stored first (CPython's dict_dealloc), leaving *list NULL. */
void ys_stored_attrs_release_(ys_stored_attr **list);

struct ys_exc {
    ys_obj head;
    const ys_exc_type *type;
    ys_stored_attr *attrs; /* NULL until an attribute is assigned */
    /* The serial of the generator whose body caught it last (ys_err_catch),
     * 0 if none: CPython's traceback would lead back to that frame. */
    uint64_t caught_by;
    /* Frames its traceback passed through (NULL if none). */
    ys_kept_frames *kept_frames;
    /* __context__ and __cause__ (owned; NULL for None), and
     * __suppress_context__. */
    ys_exc *context, *cause;
    bool suppress_context;
    size_t nargs;
    ys_value args[];
};

/* The header stays within 128 bytes before the frame (issue 11: 128 B plus
 * locals), so the fields are ordered and sized to leave no padding, small
 * ones are one byte, and fields never needed at the same time share storage.
 * The delegate is a whole value, not a generator pointer: `yield from` also
 * delegates to iterator objects (PEP 380). The stackless hot path (next,
 * send) reads the first 64 bytes only. */
struct ys_gen {
    /* Refcount, transfer (values crossing between body and core: the sent
     * value, or YS_NULL with an exception pending, on the way in; the yielded
     * or returned value on the way out; the subiterator handed over by a
     * delegation), the stackless resume point and the backend's slot: public
     * (gen.h) so that bodies and backends reach them inline. */
    ys_gen_head head;
    uint8_t state; /* a ys_gen_state */
    /* What the body reported when it last gave control back (a ys_step). */
    int8_t last_step;
    /* The frame was released (body finished, or frame_clear ran early). */
    bool frame_cleared;
    /* close() (or finalization) is throwing GeneratorExit into the body, as
     * opposed to throw(GeneratorExit): ys_gen_resumed_by_close. */
    bool closing;
    unsigned path_levels; /* delegating levels from this one down to path_leaf */
    /* The body's step function when the backend's resume is ys_gen_run_step. */
    ys_body_fn direct_step;
    /* The subiterator of a pending `yield from` (owned; YS_NULL when none): a
     * generator, or an iterator object (PEP 380). While it is set and the
     * generator is suspended, send/throw/close go to it. */
    ys_value delegate;
    const ys_backend *backend;
    /* Stackful only: the stack its context was given, until the body's entry
     * turns it into the lowest address the body may reach (gen.c, the
     * recursion limit); only the body's own side reads the floor. */
    union {
        size_t stack_bytes;
        const char *stack_floor;
    };
    const ys_code *code;
    uint64_t serial; /* unique per generator made: ys_exc.caught_by refers to it */
    union {
        /* The yield-from shortcut (gen.c): the bottom of this generator's
         * delegation chain, valid while path_epoch equals the global epoch,
         * which moves on every change of any generator's delegate. */
        struct ys_gen *path_leaf;
        /* On the list of uncollectable generators (ys_gen_dealloc_), which
         * nothing else references, so no chain reaches it: the next one. */
        struct ys_gen *next_uncollectable;
    };
    uint64_t path_epoch;
    /* Exceptions keeping the finished body's frame (exc.c, frames kept by
     * tracebacks): it is released when the last of them is. */
    uint32_t frame_keepers;
    /* An exception the body caught outlived its handler (ys_err_release_caught):
     * when the body ends, whichever of those is still alive keeps the frame. */
    bool caught_escaped;
    /* The body is releasing what its frame held for an exception on its way
     * to a handler or out (ys_gen_set_unwinding). */
    bool unwinding;
    alignas(max_align_t) unsigned char frame[];
};
_Static_assert(offsetof(struct ys_gen, frame) == YS_GEN_FRAME_OFFSET_,
               "gen.h's YS_GEN_FRAME_OFFSET_ must be where struct ys_gen's frame starts");

struct ys_tuple {
    ys_obj head;
    size_t len;
    ys_value items[];
};

struct ys_object {
    ys_obj head;
    const ys_type *type;
    ys_stored_attr *others; /* attributes its class does not have, NULL until one is assigned */
    ys_value slots[];       /* type->nslots attributes (YS_NULL: unbound) */
};

static inline void ys_incref_inline_(ys_value v)
{
    if (v.kind >= YS_STR)
        ++*ys_refcnt_(v);
}

/* The pending exception (exc.c), and the core's inline ways to it: the same
 * as ys_err_matches / ys_err_set / ys_err_fetch without a call each. */
extern ys_value ys_pending_;

static inline bool ys_err_matches_inline_(const ys_exc_type *type)
{
    if (ys_pending_.kind != YS_EXC)
        return false;
    for (const ys_exc_type *t = ys_pending_.as.e->type; t;
         t = t == YS_EXC(BaseException) ? NULL : t->base)
        if (t == type)
            return true;
    return false;
}

static inline void ys_err_set_inline_(ys_value steal_exc)
{
    ys_value old = ys_pending_;
    ys_pending_ = steal_exc;
    if (old.kind >= YS_STR)
        ys_decref(old);
}

static inline ys_value ys_err_fetch_inline_(void)
{
    ys_value e = ys_pending_;
    ys_pending_ = ys_null();
    return e;
}

/* The exception handled by the running code's caller or resumer (exc.c). */
extern ys_value ys_handled_;

/* The active configuration, with defaults filled in. */
extern ys_config ys_active_config_;

void ys_gen_dealloc_(ys_gen *g);
void ys_str_dealloc_(ys_str *s);
void ys_exc_dealloc_(ys_exc *e);
/* An exception's assigned attribute `name` (borrowed), or YS_NULL (nothing pending) if none. */
ys_value ys_exc_getattr_(const ys_exc *e, const char *name);
/* e.name = v (v borrowed); `name` must outlive e (the compiled scenarios' string literals). */
void ys_exc_setattr_(ys_exc *e, const char *name, ys_value v);
void ys_tuple_dealloc_(ys_tuple *t);
void ys_object_dealloc_(ys_object *o);
/* items[index] of a tuple's (or an exception's args') n items, as CPython's
 * tuple indexing: negative from the end, IndexError/TypeError (object.c). */
ys_value ys_tuple_item_(const ys_value *items, size_t n, ys_value index);
/* tuple + b (object.c): ys_binary's case for a tuple on the left. */
ys_value ys_tuple_concat_(ys_value a, ys_value b);
/* tuple * n for n >= 0 (object.c): MemoryError, as CPython, when the result cannot exist. */
ys_value ys_tuple_repeat_(ys_value t, int64_t n);
/* len() of a str: its code points (the str holds UTF-8). */
size_t ys_str_code_points_(ys_value s);
void ys_exc_types_release_(void);
/* Free the exception blocks kept for reuse (ys_runtime_shutdown). */
void ys_exc_pool_release_(void);
/* Free the generator blocks kept for reuse (ys_runtime_shutdown). */
void ys_gen_pool_release_(void);
void ys_report_unraisable_(ys_value exc, ys_gen *gen);
/* warnings.warn(message, category): to ys_config.warning. Returns 0, or -1
 * with an exception pending (the warning could not be made). */
int ys_warn_(const ys_exc_type *category, const char *message);
/* Make GeneratorExit() pending without allocating (close() on the hot path),
 * when no context is to be chained to it: a process-lived instance. */
void ys_err_set_generator_exit_(void);
/* PEP 479's conversion (CPython's _PyErr_FormatFromCause): type(message)
 * replaces the pending exception, which becomes its __cause__ and __context__. */
void ys_err_format_from_cause_(const ys_exc_type *type, const char *message);
/* Implicit chaining of an exception being raised (CPython's _PyErr_SetObject):
 * `handled` (borrowed, the topmost exception being handled; anything but an
 * exception means none) becomes exc's __context__, unless it is exc itself; a
 * link in handled's chain back to exc is cut first, so no cycle forms. */
void ys_exc_chain_context_(ys_value exc, ys_value handled);
/* Take the pending exception as caught by the generator with this serial:
 * the shared GeneratorExit of close() is replaced by an instance of its own,
 * which can carry the mark. */
ys_value ys_err_fetch_caught_(uint64_t serial);
/* Free the table of delegators inside except blocks (ys_runtime_shutdown). */
void ys_gen_handling_release_(void);
/* Release the frames of uncollectable generators (ys_runtime_shutdown). */
void ys_gen_uncollectable_release_(void);
/* Frees the codes of renamed generators (gen.c): at shutdown, after every generator. */
void ys_gen_renamed_release_(void);
/* g's body ended by raising the pending exception: have that exception keep
 * g's frame (and a reference to g). False when nothing can keep it: the frame
 * is to be released now. */
bool ys_exc_keep_frame_(ys_gen *g);
/* g's body ended with caught_escaped set: have every exception it caught
 * that is still alive keep its frame (and a reference to g), except the one
 * pending (ys_exc_keep_frame_ decides for that one). False if none did. */
bool ys_exc_keep_frame_for_caught_(ys_gen *g);
/* An exception that kept g's frame is gone: release the frame when it was the
 * last to keep it, and the reference to g. */
void ys_gen_release_kept_frame_(void *gen);
/* Release the frames that exceptions in reference cycles keep (shutdown). */
void ys_exc_kept_frames_release_(void);
/* The code running now is on the process's own stack (ys_runtime_shutdown): a
 * stackful body resumed around the core, through the backend directly (the
 * raw round-trip benchmark), leaves its stack floor behind, and every later
 * resume would check the stack against it. */
void ys_gen_forget_stack_floor_(void);
/* Serials and the delegation epoch start again, as in a fresh process, once no generator
 * is alive (ys_runtime_shutdown): a batch's next scenario numbers its generators and frames
 * as an isolated run of it does, so a bug that shows only with the first serials shows. */
void ys_gen_counts_restart_(void);
/* No generator alive or counted, no frame executing, no shortcut, handler or stack floor
 * left (ys_runtime_at_rest). */
bool ys_gen_at_rest_(void);

#endif
