/* Exception classes, instances and the one pending exception. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_internal.h"

#define YS_DECLARE_EXC(Name, Base) const ys_exc_type ys_exc_##Name = {#Name, &ys_exc_##Base};
#include "yieldspec/exc_types.def"
#undef YS_DECLARE_EXC

static const ys_exc_type *const builtin_types[] = {
#define YS_DECLARE_EXC(Name, Base) &ys_exc_##Name,
#include "yieldspec/exc_types.def"
#undef YS_DECLARE_EXC
};

/* User classes, newest first: a later `class X` shadows an earlier one. */
typedef struct user_type {
    ys_exc_type type;
    struct user_type *next;
    char name[];
} user_type;
static user_type *user_types;

const ys_exc_type *ys_exc_type_new(const char *name, const ys_exc_type *base)
{
    size_t len = strlen(name);
    user_type *t = ys_alloc_(sizeof *t + len + 1);
    if (!t) {
        ys_err_set_type(YS_EXC(MemoryError));
        return NULL;
    }
    memcpy(t->name, name, len + 1);
    t->type.name = t->name;
    t->type.base = base;
    t->next = user_types;
    user_types = t;
    return &t->type;
}

void ys_exc_types_release_(void)
{
    while (user_types) {
        user_type *next = user_types->next;
        ys_free_(user_types);
        user_types = next;
    }
}

const ys_exc_type *ys_exc_type_lookup(const char *name)
{
    for (user_type *t = user_types; t; t = t->next)
        if (strcmp(t->name, name) == 0)
            return &t->type;
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        if (strcmp(builtin_types[i]->name, name) == 0)
            return builtin_types[i];
    if (strcmp(name, "IOError") == 0 || strcmp(name, "EnvironmentError") == 0)
        return YS_EXC(OSError);
    return NULL;
}

bool ys_exc_type_is_subclass(const ys_exc_type *type, const ys_exc_type *base)
{
    for (const ys_exc_type *t = type; t; t = t == YS_EXC(BaseException) ? NULL : t->base)
        if (t == base)
            return true;
    return false;
}

/* ---- instances ---------------------------------------------------------- */

/* Instances with no argument or one (nearly all: a throw makes one each time)
 * are kept for reuse when freed, a few dozen of each, instead of going back to
 * malloc. Not under AddressSanitizer, which must see every free; emptied by
 * ys_runtime_shutdown. */
#if defined(__SANITIZE_ADDRESS__)
#define YS_EXC_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define YS_EXC_POOL 0
#endif
#endif
#ifndef YS_EXC_POOL
#define YS_EXC_POOL 1
#endif

enum { EXC_POOL_NARGS = 2, EXC_POOL_KEEP = 64 };

typedef struct pooled_exc {
    struct pooled_exc *next;
} pooled_exc;

static pooled_exc *exc_pool[EXC_POOL_NARGS];
static unsigned exc_pool_count[EXC_POOL_NARGS];

/* A block with its optional fields (attrs, kept_frames, context, cause,
 * suppress_context) clear: a pooled one was left so by ys_exc_dealloc_, so
 * a throw's new instance writes only what every exception has. */
static inline ys_exc *exc_alloc(size_t nargs)
{
    if (YS_EXC_POOL && nargs < EXC_POOL_NARGS && exc_pool[nargs]) {
        pooled_exc *b = exc_pool[nargs];
        exc_pool[nargs] = b->next;
        exc_pool_count[nargs]--;
        return (ys_exc *)(void *)b;
    }
    ys_exc *e = ys_alloc_(sizeof(ys_exc) + nargs * sizeof(ys_value));
    if (e) {
        e->attrs = NULL;
        e->kept_frames = NULL;
        e->context = NULL;
        e->cause = NULL;
        e->suppress_context = false;
    }
    return e;
}

static inline void exc_free(ys_exc *e)
{
    size_t nargs = e->nargs;
    if (!YS_EXC_POOL || nargs >= EXC_POOL_NARGS || exc_pool_count[nargs] >= EXC_POOL_KEEP) {
        ys_free_(e);
        return;
    }
    pooled_exc *b = (pooled_exc *)(void *)e;
    b->next = exc_pool[nargs];
    exc_pool[nargs] = b;
    exc_pool_count[nargs]++;
}

void ys_exc_pool_release_(void)
{
    for (size_t n = 0; n < EXC_POOL_NARGS; n++) {
        while (exc_pool[n]) {
            pooled_exc *next = exc_pool[n]->next;
            ys_free_(exc_pool[n]);
            exc_pool[n] = next;
        }
        exc_pool_count[n] = 0;
    }
}

static inline ys_value exc_value(ys_exc *e)
{
    ys_value v = {YS_EXC, {0}};
    v.as.e = e;
    return v;
}

ys_value ys_exc_new(const ys_exc_type *type, size_t nargs, const ys_value *args)
{
    ys_exc *e = exc_alloc(nargs);
    if (!e) {
        /* Reporting MemoryError would need this very allocation. */
        fputs("yieldspec: out of memory creating an exception\n", stderr);
        abort();
    }
    e->head.refcnt = 1;
    e->type = type;
    e->caught_by = 0;
    e->nargs = nargs;
    for (size_t i = 0; i < nargs; i++) {
        e->args[i] = args[i];
        ys_incref(args[i]);
    }
    ys_value v = {YS_EXC, {0}};
    v.as.e = e;
    return v;
}

static ys_value exc_new_vformat(const ys_exc_type *type, const char *fmt, va_list ap)
{
    char small[256];
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    ys_value msg;
    if (n < (int)sizeof small) {
        msg = ys_str_new(small, (size_t)n);
    } else {
        char *big = ys_alloc_((size_t)n + 1);
        if (!big) {
            fputs("yieldspec: out of memory formatting an exception message\n", stderr);
            abort();
        }
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        msg = ys_str_new(big, (size_t)n);
        ys_free_(big);
    }
    if (ys_is_null(msg))
        return ys_null(); /* MemoryError, as CPython's PyErr_Format when its message fails */
    ys_value e = ys_exc_new(type, 1, &msg);
    ys_decref(msg);
    return e;
}

ys_value ys_exc_new_msg(const ys_exc_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ys_value e = exc_new_vformat(type, fmt, ap);
    va_end(ap);
    return e;
}

const ys_exc_type *ys_exc_type_of(ys_value exc) { return exc.as.e->type; }
size_t ys_exc_nargs(ys_value exc) { return exc.as.e->nargs; }
ys_value ys_exc_arg(ys_value exc, size_t i) { return exc.as.e->args[i]; }

ys_value ys_exc_args_item(ys_value exc, ys_value index)
{
    if (exc.kind != YS_EXC) /* e.args of anything else (object.c words the error) */
        return ys_exc_args(exc);
    return ys_tuple_item_(exc.as.e->args, exc.as.e->nargs, index);
}

ys_value ys_exc_stop_value(ys_value exc)
{
    ys_value assigned = exc.kind == YS_EXC ? ys_exc_getattr_(exc.as.e, "value") : ys_null();
    if (!ys_is_null(assigned)) { /* CPython's StopIteration.value is a plain member, writable */
        ys_incref(assigned);
        return assigned;
    }
    if (!ys_exc_matches(exc, YS_EXC(StopIteration)))
        return ys_no_attribute(exc, "value");
    ys_value v = exc.as.e->nargs ? exc.as.e->args[0] : ys_none();
    ys_incref(v);
    return v;
}

bool ys_exc_matches(ys_value exc, const ys_exc_type *type)
{
    return exc.kind == YS_EXC && ys_exc_type_is_subclass(exc.as.e->type, type);
}

/* ---- the pending exception ---------------------------------------------- */

/* Read and written inline by the core through core_internal.h. */
ys_value ys_pending_ = {YS_NULL, {0}};
#define pending ys_pending_

void ys_err_set(ys_value steal_exc) { ys_setref(&pending, steal_exc); }

void ys_err_raise(ys_value steal_exc)
{
    if (steal_exc.kind != YS_EXC) {
        ys_decref(steal_exc);
        ys_err_format(YS_EXC(TypeError), "exceptions must derive from BaseException");
        return;
    }
    ys_exc_chain_context_(steal_exc, ys_handled_);
    ys_err_set(steal_exc);
}

void ys_err_raise_from(ys_value steal_exc, ys_value cause)
{
    if (steal_exc.kind != YS_EXC) {
        ys_err_raise(steal_exc); /* TypeError: what CPython checks first */
        return;
    }
    if (cause.kind != YS_EXC && cause.kind != YS_NONE) {
        ys_decref(steal_exc);
        ys_err_format(YS_EXC(TypeError), "exception causes must derive from BaseException");
        return;
    }
    ys_exc *e = steal_exc.as.e;
    ys_exc *old = e->cause;
    e->cause = cause.kind == YS_EXC ? cause.as.e : NULL;
    if (e->cause)
        e->cause->head.refcnt++;
    e->suppress_context = true;
    if (old)
        ys_decref(exc_value(old));
    ys_err_raise(steal_exc);
}

void ys_err_set_type(const ys_exc_type *type) { ys_err_raise(ys_exc_new(type, 0, NULL)); }

/* GeneratorExit() has no state, so every close() with nothing to chain to
 * it can throw the same instance; the reference held here keeps it alive for
 * the process. */
static ys_exc generator_exit = {.head = {1}, .type = &ys_exc_GeneratorExit};

void ys_err_set_generator_exit_(void)
{
    ys_value e = {YS_EXC, {0}};
    e.as.e = &generator_exit;
    ys_incref_inline_(e); /* inline: every close() passes here */
    ys_err_set_inline_(e);
}

void ys_err_format(const ys_exc_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ys_value e = exc_new_vformat(type, fmt, ap);
    va_end(ap);
    if (!ys_is_null(e))
        ys_err_raise(e);
}

void ys_err_format_from_cause_(const ys_exc_type *type, const char *message)
{
    ys_value msg = ys_str_new(message, strlen(message));
    if (ys_is_null(msg))
        return; /* its MemoryError has taken the place of the pending exception */
    ys_value cause = ys_err_fetch();
    ys_value exc = ys_exc_new(type, 1, &msg);
    ys_decref(msg);
    ys_exc *e = exc.as.e;
    if (cause.kind == YS_EXC) { /* one reference for each link */
        e->context = e->cause = cause.as.e;
        cause.as.e->head.refcnt++;
    } else {
        ys_decref(cause);
    }
    e->suppress_context = true;
    ys_err_set(exc);
}

bool ys_err_occurred(void) { return !ys_is_null(pending); }

bool ys_err_matches(const ys_exc_type *type) { return ys_exc_matches(pending, type); }

ys_value ys_err_fetch(void)
{
    ys_value e = pending;
    pending = ys_null();
    return e;
}

ys_value ys_err_fetch_caught_(uint64_t serial)
{
    ys_value e = ys_err_fetch();
    if (e.kind != YS_EXC)
        return e;
    if (e.as.e == &generator_exit) {
        ys_decref(e);
        e = ys_exc_new(YS_EXC(GeneratorExit), 0, NULL);
    }
    e.as.e->caught_by = serial;
    return e;
}

/* ---- frames kept by tracebacks -------------------------------------------
 * A traceback refers to every frame the exception passed through, so what a
 * finished generator's frame holds lives until the exception that ended its
 * body is released: a generator held there is finalized after the handler
 * that caught the exception has run, or after the unraisable hook reported
 * it, not when the body ended. This runtime has no traceback objects; each
 * exception keeps the generators whose bodies it ended instead, innermost
 * first, the order in which CPython's traceback releases its frames. */

static ys_kept_frames *all_kept_frames;

static void unlink_kept_frames(ys_kept_frames *k)
{
    if (k->prev)
        k->prev->next = k->next;
    else
        all_kept_frames = k->next;
    if (k->next)
        k->next->prev = k->prev;
    k->owner->kept_frames = NULL;
}

/* Release the frames, innermost first; they may run finalizers. */
static void release_kept_frames(ys_kept_frames *k)
{
    unlink_kept_frames(k);
    for (size_t i = 0; i < k->count; i++)
        k->frames[i].release(k->frames[i].frame);
    ys_free_(k);
}

/* e's block of kept frames with room for one more, made (and put on the list)
 * if e has none yet. */
static ys_kept_frames *kept_frames_with_room(ys_exc *e)
{
    ys_kept_frames *k = e->kept_frames;
    if (!k || k->count == k->capacity) {
        size_t capacity = k ? 2 * k->capacity : 4;
        ys_kept_frames *grown = ys_realloc_(k, sizeof *k + capacity * sizeof k->frames[0]);
        if (!grown) {
            fputs("yieldspec: out of memory keeping a traceback's frames\n", stderr);
            abort();
        }
        if (!k) {
            *grown = (ys_kept_frames){.owner = e, .next = all_kept_frames};
            if (all_kept_frames)
                all_kept_frames->prev = grown;
            all_kept_frames = grown;
        } else {
            if (grown->prev)
                grown->prev->next = grown;
            else
                all_kept_frames = grown;
            if (grown->next)
                grown->next->prev = grown;
        }
        grown->capacity = capacity;
        e->kept_frames = k = grown;
    }
    return k;
}

static void keep_frame(ys_exc *e, ys_kept_frame frame)
{
    ys_kept_frames *k = kept_frames_with_room(e);
    k->frames[k->count++] = frame;
}

/* e keeps g's finished frame, and a reference to g. */
static bool keep_generator_frame(ys_exc *e, ys_gen *g)
{
    ys_value v = {YS_GEN, {0}};
    v.as.g = g;
    ys_incref(v);
    g->frame_keepers++;
    keep_frame(e, (ys_kept_frame){ys_gen_release_kept_frame_, g});
    return true;
}

/* The shared GeneratorExit of close() cannot keep frames: it lives for the
 * process. close() swallows it as soon as it leaves the body, which is when
 * CPython releases that traceback too. */
static __attribute__((noinline)) bool pending_keeps_generator_frame(ys_gen *g)
{
    return keep_generator_frame(ys_pending_.as.e, g);
}

/* Out of line, the keeping: inlined, it cost every close() an instruction or
 * more on the way to `return false`. */
bool ys_exc_keep_frame_(ys_gen *g)
{
    if (ys_pending_.kind != YS_EXC || ys_pending_.as.e == &generator_exit)
        return false;
    return pending_keeps_generator_frame(g);
}

/* The traceback of an exception a body caught leads back to the body's frame
 * too (PyTraceBack_Here adds every frame the exception is raised in or passes
 * through, the catching one last). When the body ends while such an exception
 * lives on (kept elsewhere, or as another exception's __context__), CPython's
 * frame object, still referenced, keeps the locals (3.11+: _PyFrame_Clear hands
 * them over with take_ownership; 3.8-3.10: the PyFrameObject is not freed):
 * they are released with the last exception referring to the frame. Such an
 * exception was given a (maybe empty) block of kept frames when it outlived its
 * handler (ys_err_release_caught), which puts it on the list searched here. */
static bool keep_for_caught(uint64_t serial, void (*keep)(ys_exc *e, void *frame), void *frame)
{
    bool kept = false;
    for (ys_kept_frames *k = all_kept_frames, *next; k; k = next) {
        next = k->next; /* keeping a frame may move k */
        ys_exc *e = k->owner;
        if (e->caught_by != serial || (ys_pending_.kind == YS_EXC && ys_pending_.as.e == e))
            continue;
        keep(e, frame);
        kept = true;
    }
    return kept;
}

static void caught_keeps_generator_frame(ys_exc *e, void *gen) { keep_generator_frame(e, gen); }

bool ys_exc_keep_frame_for_caught_(ys_gen *g)
{
    g->caught_escaped = false;
    return keep_for_caught(g->serial, caught_keeps_generator_frame, g);
}

/* Release the exception a handler took; true if it lives on, then on the
 * list of kept frames (with a block of its own) for keep_for_caught to find. */
static bool release_caught(ys_value *slot)
{
    ys_value e = *slot;
    *slot = ys_null();
    bool lives_on = e.kind == YS_EXC && e.as.e->head.refcnt > 1;
    if (lives_on)
        kept_frames_with_room(e.as.e);
    ys_decref(e);
    return lives_on;
}

void ys_err_release_caught(ys_gen *self, ys_value *slot)
{
    /* A frame holding no values keeps nothing anyone could see. */
    if (release_caught(slot) && self->code->frame_clear)
        self->caught_escaped = true;
}

void ys_err_release_caught_in_function(ys_frame_catches *catches, ys_value *slot)
{
    if (release_caught(slot))
        catches->escaped = true;
}

/* A plain function's frame, moved off the C stack, with its clear function
 * and the number of exceptions keeping it: cleared when the last goes. */
typedef struct function_frame {
    void (*clear)(void *frame);
    size_t keepers;
    max_align_t frame[];
} function_frame;

static void release_function_frame(void *kept)
{
    function_frame *f = kept;
    if (--f->keepers)
        return;
    f->clear(f->frame);
    ys_free_(f);
}

/* A function frame on its way off the C stack: where it is moved (once), and
 * what is needed to move it. */
typedef struct leaving_function_frame {
    function_frame *kept;
    void *frame;
    size_t size;
    void (*clear)(void *frame);
} leaving_function_frame;

static void keep_function_frame(ys_exc *e, void *leaving)
{
    leaving_function_frame *l = leaving;
    if (!l->kept) {
        l->kept = ys_alloc_(sizeof *l->kept + l->size);
        if (!l->kept) {
            fputs("yieldspec: out of memory keeping a traceback's frames\n", stderr);
            abort();
        }
        *l->kept = (function_frame){l->clear, 0};
        memcpy(l->kept->frame, l->frame, l->size);
    }
    l->kept->keepers++;
    keep_frame(e, (ys_kept_frame){release_function_frame, l->kept});
}

/* Can the pending exception keep frames? */
static bool pending_keeps_frames(void)
{
    return ys_pending_.kind == YS_EXC && ys_pending_.as.e != &generator_exit;
}

bool ys_err_keep_function_frame(void *frame, size_t size, void (*clear)(void *frame))
{
    if (!pending_keeps_frames())
        return false;
    leaving_function_frame leaving = {NULL, frame, size, clear};
    keep_function_frame(ys_pending_.as.e, &leaving);
    return true;
}

bool ys_err_keep_function_frame_caught(ys_frame_catches *catches, bool raising, void *frame,
                                       size_t size, void (*clear)(void *frame))
{
    leaving_function_frame leaving = {NULL, frame, size, clear};
    if (raising && pending_keeps_frames())
        keep_function_frame(ys_pending_.as.e, &leaving);
    if (catches->escaped) {
        catches->escaped = false;
        keep_for_caught(catches->serial, keep_function_frame, &leaving);
    }
    return leaving.kept != NULL;
}

/* _PyErr_SetObject's implicit chaining. The walk stops at a cycle already
 * there (3.10+ detect one; no chain of the subset can have one, as only
 * raising and throwing set a context, each cutting cycles first). */
void ys_exc_chain_context_(ys_value exc, ys_value handled)
{
    if (handled.kind != YS_EXC || exc.kind != YS_EXC || handled.as.e == exc.as.e ||
        exc.as.e == &generator_exit)
        return;
    /* No chain has a cycle to guard against (CPython walks with a tortoise for
     * those Python code makes by assigning __context__, which nothing here
     * can): a link is made here, once the one leading back to e is cut, or
     * from an exception just made (ys_err_format_from_cause_). */
    ys_exc *e = exc.as.e;
    for (ys_exc *o = handled.as.e; o->context; o = o->context) {
        if (o->context == e) {
            o->context = NULL;
            ys_decref(exc); /* the reference the cut link held; the caller holds another */
            break;
        }
    }
    ys_exc *old = e->context;
    e->context = handled.as.e;
    handled.as.e->head.refcnt++;
    if (old)
        ys_decref(exc_value(old));
}

ys_value ys_exc_chain_attribute(ys_value exc, ys_exc_attr attr)
{
    static const char *const names[] = {
        [YS_EXC_CONTEXT] = "__context__",
        [YS_EXC_CAUSE] = "__cause__",
        [YS_EXC_SUPPRESS_CONTEXT] = "__suppress_context__",
    };
    if (exc.kind != YS_EXC)
        return ys_no_attribute(exc, names[attr]);
    if (attr == YS_EXC_SUPPRESS_CONTEXT)
        return ys_bool(exc.as.e->suppress_context);
    ys_exc *link = attr == YS_EXC_CONTEXT ? exc.as.e->context : exc.as.e->cause;
    if (!link)
        return ys_none();
    ys_value v = exc_value(link);
    ys_incref(v);
    return v;
}

void ys_exc_kept_frames_release_(void)
{
    while (all_kept_frames)
        release_kept_frames(all_kept_frames);
}

ys_value ys_exc_getattr_(const ys_exc *e, const char *name) { return ys_stored_attr_find_(e->attrs, name); }

void ys_exc_setattr_(ys_exc *e, const char *name, ys_value v) { ys_stored_attr_set_(&e->attrs, name, v); }

/* Release what e holds besides its type, leaving its optional fields clear
 * (exc_alloc's promise for a pooled block). Out of line: a throw's instance
 * (no arguments, no context) holds nothing. */
static __attribute__((noinline)) void exc_release_contents(ys_exc *e)
{
    for (size_t i = e->nargs; i-- > 0;) /* CPython's args tuple: last first */
        ys_decref(e->args[i]);
    ys_stored_attrs_release_(&e->attrs);
    if (e->kept_frames)
        release_kept_frames(e->kept_frames); /* clears e->kept_frames */
    ys_exc *context = e->context, *cause = e->cause;
    e->context = e->cause = NULL;
    if (context)
        ys_decref(exc_value(context));
    if (cause)
        ys_decref(exc_value(cause));
}

void ys_exc_dealloc_(ys_exc *e)
{
    if (e->nargs | (uintptr_t)e->attrs | (uintptr_t)e->kept_frames | (uintptr_t)e->context |
        (uintptr_t)e->cause)
        exc_release_contents(e);
    e->suppress_context = false; /* `raise X from None` sets it with no cause */
    exc_free(e);
}

/* ---- the exception being handled (CPython's exc_info chain) ---------------
 * Only the handlers of the code that called or resumed the running code are
 * kept here: a body's own innermost handler is known to its compiled code,
 * which sets this around every call it makes from inside a handler. */
ys_value ys_handled_ = {YS_NULL, {0}};

ys_value ys_err_handled_swap(ys_value borrowed_exc)
{
    ys_value previous = ys_handled_;
    ys_handled_ = borrowed_exc;
    return previous;
}

void ys_err_reraise_handled(void)
{
    if (ys_is_null(ys_handled_)) {
        ys_err_format(YS_EXC(RuntimeError), "No active exception to reraise");
        return;
    }
    ys_incref(ys_handled_);
    ys_err_set(ys_handled_);
}

ys_value ys_sys_exc_info_value(void)
{
    if (ys_handled_.kind != YS_EXC)
        return ys_none();
    ys_incref(ys_handled_);
    return ys_handled_;
}

ys_value ys_sys_exc_info_type_name(void)
{
    if (ys_handled_.kind != YS_EXC) {
        ys_err_format(YS_EXC(AttributeError), "'NoneType' object has no attribute '__name__'");
        return ys_null();
    }
    return ys_type_name_of(ys_handled_);
}

ys_value ys_sys_exception(void)
{
    if (ys_active_config_.python_minor < 11) {
        ys_err_format(YS_EXC(AttributeError), "module 'sys' has no attribute 'exception'");
        return ys_null();
    }
    return ys_sys_exc_info_value();
}
