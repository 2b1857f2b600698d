/* Generators: the protocol of CPython's generator objects, written once for
 * every backend (Objects/genobject.c is the model: same checks, same order,
 * same messages).
 *
 * A generator runs a body described by a ys_code. A body is a C function that
 * returns a ys_step; it is written either
 *   - stackful: a plain function that calls ys_yield()/ys_yield_from() wherever
 *     it likes; it runs on its own stack (ucontext, asm, threads backends), or
 *   - stackless: a resumable function built with the macros of stackless.h
 *     (stackless backend).
 * Python-level locals live in the generator's heap frame in both cases, so a
 * generator freed while suspended releases them like CPython's frame clear.
 *
 * `yield from` is run by the core, not by the body: the body hands the
 * subiterator over (ys_yield_from / YS_YIELD_FROM) and the core forwards
 * send, throw and close to it from the resumer's side (PEP 380), resuming the
 * body only with the subgenerator's result or exception. */
#ifndef YIELDSPEC_GEN_H
#define YIELDSPEC_GEN_H

#include "yieldspec/exc.h"
#include "yieldspec/value.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ys_gen_state {
    YS_GEN_CREATED,
    YS_GEN_RUNNING,
    YS_GEN_SUSPENDED,
    YS_GEN_CLOSED,
} ys_gen_state;

/* What a body tells the core each time it gives control back. */
typedef enum ys_step {
    YS_STEP_ERROR = -1,  /* an exception is pending */
    YS_STEP_RETURN = 0,  /* finished; the value was passed to ys_step_return */
    YS_STEP_YIELD = 1,   /* suspended at a yield (stackless bodies only) */
    YS_STEP_DELEGATE = 2 /* suspended at a yield from (stackless bodies only) */
} ys_step;

typedef ys_step (*ys_body_fn)(ys_gen *self);

typedef struct ys_code {
    const char *name;     /* the Python function's name: reprs, messages, diagnostics */
    ys_body_fn stackful;  /* for stackful backends; NULL if not provided */
    ys_body_fn stackless; /* for the stackless backend; NULL if not provided */
    size_t frame_size;    /* bytes of frame (arguments + locals), zeroed at creation */
    /* Release every value in the frame, in the order CPython clears a frame's
     * locals (co_varnames order). Called once: when the body finishes, or when a
     * generator that never finished is freed. May be NULL for value-free frames. */
    void (*frame_clear)(void *frame);
    size_t stack_size;    /* stackful: bytes of stack, 0 = the runtime's default */
    /* Call visit on every value CPython's frame would hold at the body's
     * current suspension point (locals, then the value stack), as tp_traverse
     * does. Only read when a generator that ignored GeneratorExit is freed
     * (see "Finalization" in impls/core/README.md). NULL: nothing that matters. */
    void (*frame_traverse)(void *frame, void (*visit)(ys_value v, void *ctx), void *ctx);
    /* Set only in the copy the core makes when a scenario renames a generator
     * (g.__name__ = ..., ys_store_attribute): the __qualname__ when it is not
     * the name, and the code the generator was made from (its gi_code). */
    const char *qualname;
    const struct ys_code *origin;
    /* A generator lambda's code: CPython 3.12 and 3.13 compile it without the
     * PEP 479 guard a def gets, so a StopIteration leaves its body as it is
     * instead of becoming RuntimeError. */
    bool is_lambda;
} ys_code;

/* Create a generator (state CREATED). The caller fills ys_gen_frame(g) with the
 * arguments (the frame then owns those references) before the first resume.
 * Returns YS_NULL + exception if the backend cannot make a context (e.g. MemoryError). */
ys_value ys_gen_new(const ys_code *code);
/* Where the frame starts in every generator (the core checks it against its
 * private layout at compile time): inline, since a stackless body reads it on
 * every step and a call there cost a tenth of a `next`. */
enum { YS_GEN_FRAME_OFFSET_ = 128 };
static inline void *ys_gen_frame(ys_gen *g) { return (unsigned char *)(void *)g + YS_GEN_FRAME_OFFSET_; }
const char *ys_gen_name(const ys_gen *g);
/* Generators made and not yet dropped by their last reference. After
 * ys_runtime_shutdown only one that a reference cycle through its own frame
 * keeps is still alive (as in CPython with its cycle collector off), or one a
 * reference leaked. */
size_t ys_gen_count_alive(void);
const ys_code *ys_gen_code(const ys_gen *g);

/* The send primitive (CPython's PyIter_Send): YS_SEND_YIELD with the yielded
 * value in *result, YS_SEND_RETURN with the return value in *result, or
 * YS_SEND_ERROR with an exception pending and *result = YS_NULL. */
typedef enum ys_send_status {
    YS_SEND_ERROR = -1,
    YS_SEND_RETURN = 0,
    YS_SEND_YIELD = 1,
} ys_send_status;
ys_send_status ys_gen_send_ex(ys_gen *g, ys_value arg, ys_value *result);

/* Python-level operations on generators. A return becomes StopIteration(value). */
ys_value ys_gen_next(ys_gen *g);
ys_value ys_gen_send(ys_gen *g, ys_value arg);
ys_value ys_gen_throw(ys_gen *g, ys_value exc);  /* g.throw(exc_instance) */
ys_value ys_gen_close(ys_gen *g);                /* None; 3.13 semantics: the return value */
ys_gen_state ys_gen_state_of(const ys_gen *g);   /* inspect.getgeneratorstate */
const char *ys_gen_state_name(ys_gen_state s);   /* "GEN_CREATED", ... */

/* The same on any value, as compiled Python calls them: a non-generator gets
 * CPython's TypeError/AttributeError ("'int' object is not an iterator"). */
ys_value ys_next(ys_value it);
ys_value ys_next_default(ys_value it, ys_value dflt);
ys_value ys_send(ys_value it, ys_value arg);
ys_value ys_throw(ys_value it, ys_value exc);
ys_value ys_close(ys_value it);
/* g.throw(type, value) and g.throw(type, value, tb): `type` is the class given,
 * or NULL when the first argument is the exception instance `instance`; tb is
 * YS_NULL for the two-argument form. The exception is made (or the arguments
 * refused with CPython's TypeError) where it is raised, in the innermost
 * generator of a yield from chain. From 3.12 a DeprecationWarning comes
 * first (ys_config.warning). */
ys_value ys_throw_args(ys_value it, const ys_exc_type *type, ys_value instance, ys_value value,
                       ys_value tb);
ys_value ys_state(ys_value it); /* str "GEN_RUNNING", ... */
/* Generator introspection, as CPython's attributes read (AttributeError on a
 * value that is not a generator; on an exception, the attribute of that name
 * a scenario assigned, see ys_store_attribute): gi_running and gi_suspended
 * (3.11+; an AttributeError before) are bools; gi_yieldfrom is the
 * subiterator while the generator is suspended in a yield from, else None;
 * gi_frame is None once the generator is closed, else a non-None stand-in
 * (the generator itself) for a frame, for `g.gi_frame is None` only, and
 * YS_GI_FRAME_TYPE is type(g.gi_frame).__name__ ("frame" or "NoneType");
 * __name__ and __qualname__ are the function's name (a str). A new
 * reference, or YS_NULL. */
typedef enum ys_gen_attr {
    YS_GI_RUNNING, YS_GI_SUSPENDED, YS_GI_YIELDFROM, YS_GI_FRAME, YS_GI_FRAME_TYPE, YS_GI_NAME, YS_GI_QUALNAME
} ys_gen_attr;
ys_value ys_gen_attribute(ys_value it, ys_gen_attr attr);
/* `g.gi_code is f.__code__`, where `code` is f's: a bool, or YS_NULL with
 * AttributeError when `it` has no gi_code. */
ys_value ys_gen_code_is(ys_value it, const ys_code *code);
/* target.name = v (v borrowed) outside a method: an exception stores it (its
 * __dict__; `name` must outlive it, as the compiled scenarios' string literals
 * do); a generator takes a str as its __name__ or __qualname__ (TypeError for
 * anything else) and refuses its read-only attributes with the message of the
 * selected CPython version; any other value has no __dict__ (AttributeError).
 * False with the exception pending on failure. */
bool ys_store_attribute(ys_value target, const char *name, ys_value v);

/* A plain function's frame starts and ends (Py_EnterRecursiveCall,
 * Py_LeaveRecursiveCall): it counts against ys_config.recursion_limit as a
 * generator's does. ys_enter_frame returns false, with RecursionError pending,
 * when one more frame would pass the limit; that frame then does not start
 * (and calls no ys_leave_frame). */
bool ys_enter_frame(void);
void ys_leave_frame(void);

/* ---- inside a stackful body --------------------------------------------- */
/* yield v (stolen). Returns the sent value (new ref; None for next()), or
 * YS_NULL with the thrown exception pending (throw(), close()). */
ys_value ys_yield(ys_gen *self, ys_value steal_v);
/* yield from it (borrowed). Returns the subiterator's return value, or YS_NULL
 * with its exception (or the one thrown in) pending. */
ys_value ys_yield_from(ys_gen *self, ys_value it);
/* Before a yield or yield from inside an except block (or a finally block run
 * for an exception): that block's exception (borrowed) is what self handles
 * while suspended there (CPython's gi_exc_state): the handled one for its
 * subiterator, and from 3.9 the context of an exception thrown in; YS_NULL
 * after the resume. */
void ys_gen_suspended_handling(ys_gen *self, ys_value borrowed_exc);

/* ---- used by stackful bodies to finish, and by the stackless macros ------- */
ys_step ys_step_return(ys_gen *self, ys_value steal_v);
ys_step ys_step_yield(ys_gen *self, ys_value steal_v);
ys_step ys_step_delegate(ys_gen *self, ys_value it);
/* After a stackless resume point: what the resumer sent (owned), or YS_NULL
 * with the exception thrown in pending; after a delegation, its result. */
ys_value ys_resume_input(ys_gen *self);
/* An exception handler of a body begins: take the pending exception (as
 * ys_err_fetch), noting that it was caught in self's frame — its traceback
 * then leads back to that frame, which matters when the frame is freed. */
ys_value ys_err_catch(ys_gen *self);
/* A handler of a body is left: release the exception it took (*slot, which
 * becomes YS_NULL). One that lives on (bound elsewhere, another exception's
 * __context__, re-raised) is noted: its traceback would keep self's frame
 * after the body ends. */
void ys_err_release_caught(ys_gen *self, ys_value *slot);

/* The same for a plain function's frame, which records what its handlers
 * caught here (zeroed with the frame). */
typedef struct ys_frame_catches {
    uint64_t serial; /* given by the first catch; ys_exc.caught_by refers to it */
    bool escaped;    /* an exception caught here outlived its handler */
} ys_frame_catches;
ys_value ys_err_catch_in_function(ys_frame_catches *catches);
void ys_err_release_caught_in_function(ys_frame_catches *catches, ys_value *slot);
/* The function's body is over (raising: by the pending exception): have the
 * pending exception (as ys_err_keep_function_frame) and the exceptions caught
 * here that live on keep its frame, moved off the C stack once for all of
 * them. False (the caller clears the frame) when none does. */
bool ys_err_keep_function_frame_caught(ys_frame_catches *catches, bool raising, void *frame,
                                       size_t size, void (*clear)(void *frame));
int *ys_gen_resume_point(ys_gen *self);
/* A flag in a stackless body's resume point: the body is suspended at a yield
 * outside every try block with nothing on its stack, where GeneratorExit
 * would only unwind and clear the frame, so close() clears it without
 * resuming the body (as CPython 3.13 does; unobservable before). */
#define YS_RESUME_UNGUARDED 0x40000000
/* At a resume point where the body received an exception: true if it is the
 * GeneratorExit of close() (or of finalization), false for anything thrown in
 * by throw(), GeneratorExit included. CPython 3.13's close() treats a yield
 * outside every try block specially (it clears the frame instead of raising),
 * throw() does not. */
bool ys_gen_resumed_by_close(const ys_gen *self);
/* The body starts (true) or ends (false) releasing what its frame held for an
 * exception on its way to a handler or out: a loop's iterator, a subiterator,
 * a handled exception. CPython 3.10 does not count such a frame as executing,
 * so what that release finalizes reads the generator as GEN_SUSPENDED there. */
void ys_gen_set_unwinding(ys_gen *self, bool unwinding);
/* Release *slot, a value the body's frame held (a subiterator whose yield from
 * raised, or that throw() or close() ends), as the frame unwinds for the
 * exception: what the release runs finds the generator running (3.10:
 * unwinding, so GEN_SUSPENDED) whatever its state, and *slot already YS_NULL. */
void ys_gen_release_unwinding(ys_gen *self, ys_value *slot);
/* Clear the body's frame (its code's frame_clear: locals, then the stack) as
 * CPython 3.13's close() does for a body paused outside every try block: the
 * generator is already finished then, so what the release runs sees it
 * GEN_CLOSED (and next() on it raises StopIteration). */
void ys_gen_clear_frame_closed(ys_gen *self);

/* ---- the same, inlined into stackless bodies ------------------------------
 * Every generator begins with this header, public only so that the stackless
 * macros touch it without a call on each step; the rest of a generator is
 * private to the core. */
typedef struct ys_gen_head {
    intptr_t refcnt;
    ys_value transfer;  /* the value crossing between body and core at a handoff */
    int resume_point;   /* what ys_gen_resume_point() points to */
    void *backend_slot; /* what ys_gen_backend_slot() points to (backend.h) */
} ys_gen_head;

static inline ys_gen_head *ys_gen_head_of(ys_gen *g) { return (ys_gen_head *)(void *)g; }

static inline ys_step ys_step_yield_inline(ys_gen *self, ys_value steal_v)
{
    ys_gen_head_of(self)->transfer = steal_v;
    return YS_STEP_YIELD;
}

/* The body takes over what transfer holds; the slot is left as is, since the
 * core writes it before every read (a handoff in either direction). */
static inline ys_value ys_resume_input_inline(ys_gen *self) { return ys_gen_head_of(self)->transfer; }

#ifdef __cplusplus
}
#endif
#endif
