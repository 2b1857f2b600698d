/* The generator protocol, written once for every backend.
 *
 * Modelled on CPython's Objects/genobject.c: the same checks in the same
 * order with the same messages (gen_send_ex2, _gen_throw, gen_close,
 * _PyGen_Finalize, gen_dealloc). Differences between CPython versions are
 * selected by ys_config.python_minor and commented where they apply.
 *
 * A body gives control back with a ys_step. The core keeps `yield from` for
 * itself: when a body hands over a subiterator (YS_STEP_DELEGATE), send, throw
 * and close are forwarded to the subgenerator from the resumer's side, and
 * the body is resumed only with the subgenerator's result or exception. The
 * delegator is RUNNING while its subgenerator runs, as in CPython, where the
 * delegator's frame is executing its SEND instruction.
 *
 * The yield-from shortcut. Forwarding a send level by level costs O(depth) per
 * value; instead, a send to the top of a suspended chain resumes the chain's
 * innermost generator (the leaf) directly, through a cached pointer. Only the
 * top and the leaf are marked RUNNING; the levels between stay SUSPENDED in
 * their state field but are RUNNING as far as anyone can observe: while a
 * shortcut is active (a record on active_paths), a generator marked
 * SUSPENDED that delegates is checked against every active path (state_of),
 * which only state queries and operations on delegating generators pay. If the
 * leaf yields, the top is suspended again and that is all; if it returns or
 * raises, every level of the path is marked RUNNING, as level-by-level
 * forwarding would have it, and the outcome goes up the same path level by
 * level (so a subgenerator shared by two delegators answers the one that
 * resumed it). throw and close still forward level by level. The cached leaf
 * is valid while no generator's delegate has changed (a global epoch).
 *
 * Why a leaf marked SUSPENDED proves the whole chain idle: whatever runs, runs
 * in a body whose generator is marked RUNNING and has no delegate, or between
 * steps of an operation on a generator marked RUNNING; a level of the chain
 * that is busy therefore has the bottom of its chain marked RUNNING (or, while
 * the outcome of a finished leaf is on its way up, not SUSPENDED). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_internal.h"

static inline int python_minor(void) { return ys_active_config_.python_minor; }

/* ---- the recursion limit --------------------------------------------------
 * CPython counts every Python frame that is executing, a delegator's included
 * (its frame is executing SEND while its subgenerator runs), and refuses to
 * enter one more beyond sys.getrecursionlimit() (ys_config.recursion_limit):
 * RecursionError, and the generator whose frame could not be entered is
 * finished with its frame cleared (_Py_EnterRecursivePy failing at the
 * frame's start, then _PyEvalFrameClearAndPop). frame_depth counts the same
 * here: bodies running, delegating generators a send is passing through
 * (the shortcut adds a whole path at once), and plain functions
 * (ys_enter_frame). The core recurses on the C stack
 * once per level of a chain, so the limit also keeps a deep chain from
 * overflowing that stack. A driver written in C starts at depth 0, CPython's
 * oracle a few frames deeper; no scenario sits that close to the limit.
 *
 * A stackful body's stack is small (256 KiB by default) and the recursion
 * under it can outgrow it before the count does (big frames under
 * AddressSanitizer, helpers recursing), so on such a stack a frame is also
 * refused when less than a quarter of the stack is left, as CPython 3.12+
 * refuses on its C recursion budget. The process's own stack (the driver's,
 * and every stackless body's) is only bounded by the count. */
static unsigned frame_depth;

/* The lowest address the code running now may reach before refusing frames;
 * NULL when it runs on the process's own stack. */
static const char *running_stack_floor;

static inline const char *stack_floor_below(const char *entry, size_t stack_bytes)
{
    return entry - stack_bytes + stack_bytes / 4;
}

static inline unsigned recursion_limit(void) { return ys_active_config_.recursion_limit; }

/* Is there stack to spare below the code asking? The stack pointer is read
 * directly where the architecture is known: taking a frame address gives the
 * function a frame pointer, which the stackless fast path (running on the
 * process's stack, no floor) would pay for on every step, and a call out of
 * line costs every resume of a stackful body from another one (a pipeline). */
#if defined(__x86_64__) || defined(__aarch64__)
static inline bool above_stack_floor(void)
{
    const char *sp;
#if defined(__x86_64__)
    __asm__("mov %%rsp, %0" : "=r"(sp));
#else
    __asm__("mov %0, sp" : "=r"(sp));
#endif
    return sp >= running_stack_floor;
}
#else
static __attribute__((noinline)) bool above_stack_floor(void)
{
    return (const char *)__builtin_frame_address(0) >= running_stack_floor;
}
#endif

void ys_gen_forget_stack_floor_(void) { running_stack_floor = NULL; }

/* One more frame may start: under the limit, and with stack to spare. */
static inline bool may_enter_frame(void)
{
    return frame_depth < recursion_limit() && (!running_stack_floor || above_stack_floor());
}

/* ---- the yield-from shortcut's bookkeeping ------------------------------- */

/* Moves whenever any generator's delegate changes: cached leaves go stale. */
static uint64_t delegation_epoch = 1;

static inline void delegation_changed(void) { ++delegation_epoch; }

/* A shortcut in progress: top and leaf are marked RUNNING, the levels between
 * them are RUNNING in fact. Nested shortcuts stack (innermost first). */
typedef struct active_path {
    ys_gen *top, *leaf;
    struct active_path *outer;
} active_path;

static active_path *active_paths;

/* ---- generators suspended inside an except block ------------------------ */

/* CPython keeps the exception a generator handles where it is suspended in
 * gi_exc_state: a subiterator resumed by a `yield from` inside an except
 * block sees it as handled (a bare raise down there re-raises it), and from
 * 3.9 an exception thrown in (throw(), close()) is chained to it. Rare, hence
 * a table beside the generators rather than a field of each; while it is not
 * empty the yield-from shortcut is off, as every level of the chain may
 * change the handled exception. */
typedef struct handling_gen {
    ys_gen *g;
    ys_value exc; /* borrowed from g's frame, which holds it while suspended */
} handling_gen;

static handling_gen *handling_gens;
static size_t n_handling_gens, handling_capacity;

void ys_gen_suspended_handling(ys_gen *self, ys_value borrowed_exc)
{
    for (size_t i = 0; i < n_handling_gens; i++) {
        if (handling_gens[i].g == self) {
            handling_gens[i] = handling_gens[--n_handling_gens];
            break;
        }
    }
    if (ys_is_null(borrowed_exc))
        return;
    if (n_handling_gens == handling_capacity) {
        handling_capacity = handling_capacity ? 2 * handling_capacity : 8;
        handling_gens = ys_realloc_(handling_gens, handling_capacity * sizeof *handling_gens);
        if (!handling_gens) {
            perror("yieldspec");
            abort();
        }
    }
    handling_gens[n_handling_gens++] = (handling_gen){self, borrowed_exc};
}

void ys_gen_handling_release_(void)
{
    ys_free_(handling_gens);
    handling_gens = NULL;
    n_handling_gens = handling_capacity = 0;
}

/* What g handles where it is suspended; YS_NULL for nothing. */
static ys_value suspended_handling(const ys_gen *g)
{
    for (size_t i = 0; i < n_handling_gens; i++)
        if (handling_gens[i].g == g)
            return handling_gens[i].exc;
    return ys_null();
}

/* The pending exception is thrown into g's body (CPython's gen_send_ex with
 * exc set): from 3.9 it is chained to what g handles there
 * (_PyErr_ChainStackItem), even when it already has a context. */
static __attribute__((noinline, cold)) void chain_to_suspended_handling_slow(ys_gen *g)
{
    if (python_minor() < 9)
        return;
    /* 3.9 marks the generator running (gi_running) before it chains, 3.10+
     * after, as every caller does next: a finalizer that releasing the
     * replaced context starts sees the difference. */
    if (python_minor() == 9)
        g->state = YS_GEN_RUNNING;
    ys_exc_chain_context_(ys_pending_, suspended_handling(g));
}

/* The test inline, the rest cold: inside throw_pending it must stay small
 * enough for throw_pending to be inlined into ys_gen_throw. */
static inline void chain_to_suspended_handling(ys_gen *g)
{
    if (__builtin_expect(n_handling_gens != 0, 0))
        chain_to_suspended_handling_slow(g);
}

/* Before a call into g's subiterator: make g's handled exception the one the
 * subiterator sees, if g delegates from inside an except block. Returns what
 * to restore afterwards (ys_handled_ = the result). */
static inline ys_value enter_delegate(const ys_gen *g)
{
    ys_value saved = ys_handled_;
    if (n_handling_gens) {
        ys_value exc = suspended_handling(g);
        if (!ys_is_null(exc))
            ys_handled_ = exc;
    }
    return saved;
}

/* Is g (marked SUSPENDED, delegating) a level between top and leaf of an
 * active shortcut? Those levels cannot change their delegate while it lasts. */
static __attribute__((noinline)) bool on_active_path(const ys_gen *g)
{
    for (const active_path *p = active_paths; p; p = p->outer)
        for (const ys_gen *x = p->top; x != p->leaf && !ys_is_null(x->delegate);
             x = x->delegate.as.g)
            if (x == g)
                return true;
    return false;
}

/* The state as CPython would report it. */
static inline ys_gen_state state_of(const ys_gen *g)
{
    if (g->state == YS_GEN_SUSPENDED && __builtin_expect(active_paths != NULL, 0) &&
        !ys_is_null(g->delegate) && on_active_path(g))
        return YS_GEN_RUNNING;
    return g->state;
}

static inline ys_value gen_value(ys_gen *g)
{
    ys_value v = {YS_GEN, {0}};
    v.as.g = g;
    return v;
}

/* The pending `yield from` is over: the subgenerator, taken out of the field
 * before its release (as Py_CLEAR), since releasing it may run arbitrary code. */
static ys_value take_delegate(ys_gen *g)
{
    ys_value d = g->delegate;
    g->delegate = ys_null();
    delegation_changed();
    return d;
}

static void drop_delegate(ys_gen *g) { ys_decref(take_delegate(g)); }

/* The same when an exception (a throw() without the subiterator's help, or
 * close()'s GeneratorExit) is about to be raised at the yield from. CPython
 * keeps the subiterator on the frame's value stack and releases it as the
 * frame unwinds: the generator is running then (3.10: unwinding), so that is
 * what a finalizer the release runs sees, before any handler of the body. */
static void drop_delegate_unwinding(ys_gen *g)
{
    ys_value d = take_delegate(g);
    ys_gen_release_unwinding(g, &d);
}

/* ---- a pool of generator blocks ------------------------------------------
 * create + close is dominated by malloc and free of the generator; freed
 * blocks are kept per size class (16-byte steps up to POOL_MAX bytes, a few
 * dozen per class) and reused. Not under AddressSanitizer, which must see every
 * free to catch uses after it; emptied by ys_runtime_shutdown. */
#if defined(__SANITIZE_ADDRESS__)
#define YS_GEN_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define YS_GEN_POOL 0
#endif
#endif
#ifndef YS_GEN_POOL
#define YS_GEN_POOL 1
#endif

/* Class c holds blocks of POOL_BASE + c * POOL_STEP bytes: 16k + 8, the sizes
 * glibc's malloc serves without waste (its chunks are 16-byte multiples with
 * an 8-byte header), so a generator costs no more than malloc would give it
 * (a 120-byte stackless counter: a 128-byte chunk, not 144 for a 128-byte
 * class). */
enum { POOL_BASE = 24, POOL_STEP = 16, POOL_CLASSES = 64, POOL_KEEP = 64 };
enum { POOL_MAX = POOL_BASE + (POOL_CLASSES - 1) * POOL_STEP };

typedef struct pooled_block {
    struct pooled_block *next;
} pooled_block;

static pooled_block *gen_pool[POOL_CLASSES];
static unsigned gen_pool_count[POOL_CLASSES];

/* The size class of a block of `size` bytes, or -1 if it is not pooled. */
static inline int pool_class(size_t size)
{
    if (!YS_GEN_POOL || size > POOL_MAX)
        return -1;
    return size <= POOL_BASE ? 0 : (int)((size - POOL_BASE + POOL_STEP - 1) / POOL_STEP);
}

/* A block from malloc with the fields clear that a generator leaves clear
 * when released (release): a pooled block has them so, and ys_gen_new does
 * not write them. */
static ys_gen *malloc_block(size_t size)
{
    ys_gen *g = ys_alloc_(size);
    if (g) {
        g->frame_keepers = 0;
        g->caught_escaped = false;
        g->unwinding = false;
    }
    return g;
}

static inline void *gen_alloc(size_t size)
{
    int c = pool_class(size);
    if (c < 0)
        return malloc_block(size);
    pooled_block *b = gen_pool[c];
    if (b) {
        gen_pool[c] = b->next;
        gen_pool_count[c]--;
        return b;
    }
    return malloc_block(POOL_BASE + (size_t)c * POOL_STEP);
}

static inline void gen_free(ys_gen *g)
{
    int c = pool_class(sizeof *g + g->code->frame_size);
    if (c < 0 || gen_pool_count[c] >= POOL_KEEP) {
        ys_free_(g);
        return;
    }
    pooled_block *b = (pooled_block *)(void *)g;
    b->next = gen_pool[c];
    gen_pool[c] = b;
    gen_pool_count[c]++;
}

void ys_gen_pool_release_(void)
{
    for (int c = 0; c < POOL_CLASSES; c++) {
        while (gen_pool[c]) {
            pooled_block *next = gen_pool[c]->next;
            ys_free_(gen_pool[c]);
            gen_pool[c] = next;
        }
        gen_pool_count[c] = 0;
    }
}

/* Also gives the serial of a plain function's frame that catches (ys_err_catch_in_function). */
static uint64_t generators_made;

/* Made by ys_gen_new and not yet dropped by their last reference: counted
 * down on entering ys_gen_dealloc_ (a resurrected one counts again), not
 * when the block is freed, so that a generator the runtime then fails to
 * free shows as blocks held while none is alive (ys_gen_count_alive). */
static size_t generators_alive;

size_t ys_gen_count_alive(void) { return generators_alive; }

ys_value ys_gen_new(const ys_code *code)
{
    const ys_config *cfg = ys_runtime_config();
    const ys_backend *backend = cfg->backend;
    if (!(backend->stackful ? code->stackful : code->stackless)) {
        ys_err_format(YS_EXC(TypeError), "%s() has no %s body for the %s backend", code->name,
                      backend->stackful ? "stackful" : "stackless", backend->name);
        return ys_null();
    }
    ys_gen *g = gen_alloc(sizeof *g + code->frame_size);
    if (!g) {
        ys_err_set_type(YS_EXC(MemoryError));
        return ys_null();
    }
    g->head.refcnt = 1;
    g->state = YS_GEN_CREATED;
    g->last_step = YS_STEP_RETURN;
    g->head.resume_point = 0;
    g->frame_cleared = false;
    g->closing = false;
    g->code = code;
    g->serial = ++generators_made;
    g->stack_bytes = code->stack_size ? code->stack_size : cfg->stack_size;
    g->backend = backend;
    g->head.backend_slot = NULL;
    g->direct_step = backend->resume == ys_gen_run_step ? code->stackless : NULL;
    g->delegate = ys_null();
    g->path_leaf = NULL;
    g->path_epoch = 0;
    g->path_levels = 0;
    g->head.transfer = ys_null();
    memset(g->frame, 0, code->frame_size);
    if (backend->create(g, code->stack_size ? code->stack_size : cfg->stack_size) < 0) {
        gen_free(g);
        return ys_null();
    }
    generators_alive++;
    return gen_value(g);
}

const char *ys_gen_name(const ys_gen *g) { return g->code->name; }

/* ---- renamed generators --------------------------------------------------
 * g.__name__ = "x" gives g a copy of its code with the new names; the copies
 * (and the strs their names point into) live until ys_runtime_shutdown, so a
 * generator's header needs no room for a name it almost never gets. */
typedef struct renamed_code {
    struct renamed_code *next;
    ys_code code;
    ys_value name, qualname; /* strs holding code.name and code.qualname */
} renamed_code;

static renamed_code *renamed_codes;

static ys_value qualname_of(const ys_code *code)
{
    return ys_str_cstr(code->qualname ? code->qualname : code->name);
}

static bool rename_generator(ys_gen *g, const char *attr, ys_value v)
{
    bool qualified = strcmp(attr, "__qualname__") == 0;
    if (v.kind != YS_STR) {
        ys_err_format(YS_EXC(TypeError), "%s must be set to a string object", attr);
        return false;
    }
    const ys_code *old = g->code;
    /* The name the assignment leaves as it was is copied: a renamed code owns both. */
    ys_value kept = qualified ? ys_str_cstr(old->name) : qualname_of(old);
    if (ys_is_null(kept))
        return false;
    renamed_code *r = ys_alloc_(sizeof *r);
    if (!r) {
        fputs("yieldspec: out of memory renaming a generator\n", stderr);
        abort();
    }
    r->code = *old;
    r->code.origin = old->origin ? old->origin : old;
    ys_incref(v);
    r->name = qualified ? kept : v;
    r->qualname = qualified ? v : kept;
    r->code.name = ys_str_data(r->name, NULL);
    r->code.qualname = ys_str_data(r->qualname, NULL);
    r->next = renamed_codes;
    renamed_codes = r;
    g->code = &r->code;
    return true;
}

void ys_gen_renamed_release_(void)
{
    while (renamed_codes) {
        renamed_code *r = renamed_codes;
        renamed_codes = r->next;
        ys_decref(r->name);
        ys_decref(r->qualname);
        ys_free_(r);
    }
}
const ys_code *ys_gen_code(const ys_gen *g) { return g->code; }
int *ys_gen_resume_point(ys_gen *self) { return &self->head.resume_point; }
bool ys_gen_resumed_by_close(const ys_gen *self) { return self->closing; }
/* What inspect.getgeneratorstate and gi_running see. CPython 3.10 marks a
 * frame that unwinds for an exception FRAME_UNWINDING, which is not
 * executing: while the body releases what its frame held on the way to a
 * handler or out (a loop's iterator, a subiterator), finalizers that release
 * runs read its generator as suspended. Sending to it is still refused. */
static ys_gen_state observed_state(const ys_gen *g)
{
    ys_gen_state s = state_of(g);
    if (__builtin_expect(g->unwinding, 0) && s == YS_GEN_RUNNING && python_minor() == 10)
        return YS_GEN_SUSPENDED;
    return s;
}

ys_gen_state ys_gen_state_of(const ys_gen *g) { return observed_state(g); }

void ys_gen_set_unwinding(ys_gen *g, bool unwinding) { g->unwinding = unwinding; }

void ys_gen_release_unwinding(ys_gen *g, ys_value *slot)
{
    uint8_t state = g->state;
    g->state = YS_GEN_RUNNING;
    g->unwinding = true;
    ys_setref(slot, ys_null());
    g->unwinding = false;
    g->state = state;
}

void ys_gen_clear_frame_closed(ys_gen *g)
{
    uint8_t state = g->state;
    g->state = YS_GEN_CLOSED;
    g->code->frame_clear(g->frame);
    g->state = state;
}

const char *ys_gen_state_name(ys_gen_state s)
{
    static const char *const names[] = {
        [YS_GEN_CREATED] = "GEN_CREATED",
        [YS_GEN_RUNNING] = "GEN_RUNNING",
        [YS_GEN_SUSPENDED] = "GEN_SUSPENDED",
        [YS_GEN_CLOSED] = "GEN_CLOSED",
    };
    return names[s];
}

/* ---- the body's side ------------------------------------------------------ */

void ys_gen_entry(ys_gen *g)
{
    g->stack_floor = stack_floor_below((const char *)__builtin_frame_address(0), g->stack_bytes);
    running_stack_floor = g->stack_floor;
    g->last_step = g->code->stackful(g);
}
void ys_gen_run_step(ys_gen *g) { g->last_step = g->code->stackless(g); }

ys_step ys_step_return(ys_gen *self, ys_value steal_v)
{
    self->head.transfer = steal_v;
    return YS_STEP_RETURN;
}

ys_step ys_step_yield(ys_gen *self, ys_value steal_v) { return ys_step_yield_inline(self, steal_v); }

ys_step ys_step_delegate(ys_gen *self, ys_value it)
{
    ys_incref(it);
    self->head.transfer = it;
    return YS_STEP_DELEGATE;
}

ys_value ys_resume_input(ys_gen *self) { return ys_resume_input_inline(self); }

ys_value ys_err_catch(ys_gen *self) { return ys_err_fetch_caught_(self->serial); }

ys_value ys_err_catch_in_function(ys_frame_catches *catches)
{
    if (!catches->serial) /* from the generators' count: one namespace for ys_exc.caught_by */
        catches->serial = ++generators_made;
    return ys_err_fetch_caught_(catches->serial);
}

/* Stackful: suspend with `step` already recorded, then, resumed, take what
 * the resumer sent back. The body's side sets its stack floor each time it
 * runs again (the resumer's side restores its own in resume_body). */
static ys_value suspend_stackful(ys_gen *self, ys_step step)
{
    self->last_step = step;
    self->backend->suspend(self);
    running_stack_floor = self->stack_floor;
    return ys_resume_input(self);
}

ys_value ys_yield(ys_gen *self, ys_value steal_v)
{
    self->head.transfer = steal_v;
    return suspend_stackful(self, YS_STEP_YIELD);
}

ys_value ys_yield_from(ys_gen *self, ys_value it)
{
    ys_incref(it);
    self->head.transfer = it;
    return suspend_stackful(self, YS_STEP_DELEGATE);
}

/* ---- running the body --------------------------------------------------- */

static void clear_frame(ys_gen *g)
{
    g->frame_cleared = true;
    if (g->code->frame_clear)
        g->code->frame_clear(g->frame);
}

/* The body is over: release its frame, unless exceptions it caught live on
 * (exc.c, ys_exc_keep_frame_for_caught_). Only a frame holding values can
 * have caught one (the handler's slot is in it), so a frame without a clear
 * function pays no test. */
static inline void release_ended_frame(ys_gen *g)
{
    g->frame_cleared = true;
    if (!g->code->frame_clear)
        return;
    if (__builtin_expect(g->caught_escaped, 0) && ys_exc_keep_frame_for_caught_(g)) {
        g->frame_cleared = false;
        return;
    }
    g->code->frame_clear(g->frame);
}

/* The body is over. As in CPython the frame is released (which may finalize
 * generators it held) before the caller sees the outcome, with the state
 * already CLOSED. */
static void finish(ys_gen *g)
{
    g->state = YS_GEN_CLOSED;
    release_ended_frame(g);
}

/* The body ended by raising: its frame goes with the exception (exc.c, frames
 * kept by tracebacks), and with those it caught that live on; the state is
 * already CLOSED. */
static void finish_raising(ys_gen *g)
{
    g->state = YS_GEN_CLOSED;
    if (!ys_exc_keep_frame_(g))
        release_ended_frame(g);
    else if (__builtin_expect(g->caught_escaped, 0))
        ys_exc_keep_frame_for_caught_(g);
}

void ys_gen_release_kept_frame_(void *gen)
{
    ys_gen *g = gen;
    if (--g->frame_keepers == 0 && !g->frame_cleared)
        clear_frame(g);
    ys_decref(gen_value(g));
}

static __attribute__((cold)) void set_recursion_error(void)
{
    ys_err_format(YS_EXC(RecursionError), "maximum recursion depth exceeded");
}

bool ys_enter_frame(void)
{
    if (!may_enter_frame()) {
        set_recursion_error();
        return false;
    }
    frame_depth++;
    return true;
}

void ys_leave_frame(void) { frame_depth--; }

/* g cannot be entered: it finishes with RecursionError, releasing its frame
 * and its subgenerator. */
static __attribute__((noinline, cold)) ys_send_status recursion_error(ys_gen *g, ys_value *result)
{
    set_recursion_error();
    if (!ys_is_null(g->delegate))
        drop_delegate(g);
    finish(g);
    *result = ys_null();
    return YS_SEND_ERROR;
}

/* PEP 479: a StopIteration (or subclass) escaping the body would end the
 * caller's iteration silently; it becomes RuntimeError. */
static void convert_stop_iteration(const ys_gen *g)
{
    if (g->code->is_lambda && python_minor() >= 12)
        return;
    if (ys_err_matches_inline_(YS_EXC(StopIteration)))
        ys_err_format_from_cause_(YS_EXC(RuntimeError), "generator raised StopIteration");
}

/* Out of line: inlined into run_body's callers, it gave every return and raise
 * of a body the register saves of a whole send. */
static __attribute__((noinline)) ys_send_status start_delegation(ys_gen *g, ys_value steal_it,
                                                                 ys_value *result);
static ys_send_status delegate_send(ys_value it, ys_value arg, ys_value *result);

/* One resume of the body; returns what the body reported. A backend whose
 * resume is ys_gen_run_step gets its step function called directly (cached at
 * creation): the stackless hot path then costs one indirect call, and its
 * step stays in a register instead of going through last_step. */
static inline ys_step resume_body(ys_gen *g, ys_value input)
{
    g->head.transfer = input;
    if (g->direct_step)
        return g->direct_step(g);
    const char *resumer_floor = running_stack_floor;
    g->backend->resume(g); /* the body's side sets its own floor */
    running_stack_floor = resumer_floor;
    return g->last_step;
}

/* What the body handed out when it stopped (owned): transfer is emptied. */
static inline ys_value take_transfer(ys_gen *g)
{
    ys_value out = g->head.transfer;
    g->head.transfer = ys_null();
    return out;
}

/* The body stopped without yielding or delegating: it returned or raised. */
static __attribute__((noinline)) ys_send_status body_stopped(ys_gen *g, ys_step step,
                                                             ys_value *result)
{
    ys_value out = take_transfer(g);
    switch (step) {
    case YS_STEP_RETURN:
        finish(g);
        *result = out;
        return YS_SEND_RETURN;
    case YS_STEP_YIELD: /* run_body handles a yield and a delegation itself */
    case YS_STEP_DELEGATE:
    case YS_STEP_ERROR:
        break;
    }
    finish_raising(g);
    convert_stop_iteration(g);
    *result = ys_null();
    return YS_SEND_ERROR;
}

/* Resume the RUNNING body with `input` (owned; YS_NULL throws the pending
 * exception in) and run it until it yields or finishes, serving the
 * delegations it starts on the way. A yielded value is handed out of
 * `transfer` without clearing it: transfer is only read right after a handoff. */
static inline ys_send_status run_body(ys_gen *g, ys_value input, ys_value *result)
{
    if (__builtin_expect(!may_enter_frame(), 0)) {
        ys_decref(input); /* YS_NULL (an exception thrown in) is replaced by RecursionError */
        return recursion_error(g, result);
    }
    frame_depth++;
    ys_step step = resume_body(g, input);
    if (__builtin_expect(step == YS_STEP_YIELD, 1)) {
        frame_depth--;
        g->state = YS_GEN_SUSPENDED;
        *result = g->head.transfer;
        return YS_SEND_YIELD;
    }
    /* The frame still counts while a delegation it started runs. Started
     * here, not through body_stopped: its frame would cost every level of a
     * new yield-from chain. */
    ys_send_status st = step == YS_STEP_DELEGATE ? start_delegation(g, take_transfer(g), result)
                                                 : body_stopped(g, step, result);
    frame_depth--;
    return st;
}

/* The subgenerator returned (its value in r) or raised (pending): drop it and
 * continue the body with that outcome, as SEND does when its receiver ends. */
static ys_send_status end_delegation(ys_gen *g, ys_send_status sub_status, ys_value r,
                                     ys_value *result)
{
    g->state = YS_GEN_RUNNING;
    drop_delegate(g);
    return run_body(g, sub_status == YS_SEND_RETURN ? r : ys_null(), result);
}

static __attribute__((noinline)) ys_send_status start_delegation(ys_gen *g, ys_value steal_it,
                                                                 ys_value *result)
{
    if (steal_it.kind != YS_GEN) { /* GET_YIELD_FROM_ITER: iter() of anything else */
        ys_value handled = enter_delegate(g); /* it runs in g's frame: its error is chained there */
        ys_value it = ys_iter(steal_it);
        ys_handled_ = handled;
        ys_decref(steal_it);
        if (ys_is_null(it))
            return run_body(g, ys_null(), result);
        steal_it = it;
    }
    g->delegate = steal_it;
    delegation_changed();
    ys_value r;
    ys_value handled = enter_delegate(g);
    ys_send_status st = delegate_send(steal_it, ys_none(), &r);
    ys_handled_ = handled;
    if (st == YS_SEND_YIELD) {
        g->state = YS_GEN_SUSPENDED;
        *result = r;
        return st;
    }
    return end_delegation(g, st, r, result);
}

static ys_send_status already_executing(ys_value *result)
{
    ys_err_format(YS_EXC(ValueError), "generator already executing");
    *result = ys_null();
    return YS_SEND_ERROR;
}

/* The leaf of g's chain (g marked SUSPENDED, delegating) if the shortcut may
 * take it: marked SUSPENDED and not delegating, so no level is busy. A stale
 * cache is rebuilt by walking the chain, filling every level's cache too. */
static inline ys_gen *shortcut_leaf(ys_gen *g)
{
    ys_gen *leaf = g->path_leaf;
    if (__builtin_expect(g->path_epoch != delegation_epoch, 0)) {
        if (g->delegate.kind != YS_GEN) /* an iterator object: no chain to shortcut */
            return NULL;
        leaf = g->delegate.as.g;
        while (leaf->state == YS_GEN_SUSPENDED && leaf->delegate.kind == YS_GEN)
            leaf = leaf->delegate.as.g;
        unsigned levels = 0;
        for (ys_gen *x = g; x != leaf; x = x->delegate.as.g)
            levels++;
        for (ys_gen *x = g; x != leaf; x = x->delegate.as.g) {
            x->path_leaf = leaf;
            x->path_levels = levels--;
            x->path_epoch = delegation_epoch;
        }
    }
    if (leaf->state != YS_GEN_SUSPENDED || !ys_is_null(leaf->delegate))
        return NULL;
    return leaf;
}

/* The outcome (sub_status, r) of `from`, which g delegated to, goes into g and
 * on up to top; every level from top to g is marked RUNNING. As the
 * level-by-level forwarding in ys_gen_send_ex does it, from the inside out. */
static ys_send_status bubble_up(ys_gen *g, ys_gen *from, ys_send_status st, ys_value r,
                                ys_value *result)
{
    ys_gen *d = g->delegate.as.g;
    if (d != from) {
        frame_depth++; /* g's frame is executing SEND until d's outcome reaches it */
        st = bubble_up(d, from, st, r, &r);
        frame_depth--;
        if (st == YS_SEND_YIELD) {
            g->state = YS_GEN_SUSPENDED;
            *result = r;
            return st;
        }
    }
    return end_delegation(g, st, r, result);
}

/* The shortcut's leaf returned or raised: from here on, level by level. */
static __attribute__((noinline)) ys_send_status shortcut_ended(active_path *p, ys_send_status st,
                                                               ys_value r, ys_value *result)
{
    for (ys_gen *x = p->top->delegate.as.g; x != p->leaf; x = x->delegate.as.g)
        x->state = YS_GEN_RUNNING;
    active_paths = p->outer;
    frame_depth -= p->top->path_levels; /* bubble_up counts the levels again on its way */
    return bubble_up(p->top, p->leaf, st, r, result);
}

/* Send arg (borrowed) to top through the shortcut to leaf. */
static inline ys_send_status send_shortcut(ys_gen *top, ys_gen *leaf, ys_value arg,
                                           ys_value *result)
{
    top->state = YS_GEN_RUNNING;
    leaf->state = YS_GEN_RUNNING;
    active_path p = {top, leaf, active_paths};
    active_paths = &p;
    ys_incref_inline_(arg);
    frame_depth += top->path_levels; /* every delegator on the path is executing SEND */
    ys_value r;
    ys_send_status st = run_body(leaf, arg, &r);
    if (__builtin_expect(st == YS_SEND_YIELD, 1)) {
        frame_depth -= top->path_levels;
        active_paths = p.outer;
        top->state = YS_GEN_SUSPENDED;
        *result = r;
        return st;
    }
    return shortcut_ended(&p, st, r, result);
}

ys_send_status ys_gen_send_ex(ys_gen *g, ys_value arg, ys_value *result)
{
    switch (g->state) {
    case YS_GEN_SUSPENDED:
        if (!ys_is_null(g->delegate)) {
            ys_gen *leaf = shortcut_leaf(g);
            /* Past the limit somewhere along the path: level by level, to
             * fail at the level CPython fails at. */
            if (__builtin_expect(leaf != NULL && frame_depth + g->path_levels < recursion_limit()
                                 && n_handling_gens == 0, 1))
                return send_shortcut(g, leaf, arg, result);
            if (active_paths && on_active_path(g))
                return already_executing(result);
            g->state = YS_GEN_RUNNING;
            if (!may_enter_frame())
                return recursion_error(g, result);
            frame_depth++;
            ys_value r;
            ys_value handled = enter_delegate(g);
            ys_send_status st = delegate_send(g->delegate, arg, &r);
            ys_handled_ = handled;
            frame_depth--;
            if (st == YS_SEND_YIELD) {
                g->state = YS_GEN_SUSPENDED;
                *result = r;
                return st;
            }
            return end_delegation(g, st, r, result);
        }
        g->state = YS_GEN_RUNNING;
        ys_incref_inline_(arg);
        return run_body(g, arg, result);
    case YS_GEN_CREATED:
        if (arg.kind != YS_NONE) {
            ys_err_format(YS_EXC(TypeError), "can't send non-None value to a just-started generator");
            *result = ys_null();
            return YS_SEND_ERROR;
        }
        g->state = YS_GEN_RUNNING;
        return run_body(g, ys_none(), result);
    case YS_GEN_RUNNING:
        return already_executing(result);
    case YS_GEN_CLOSED:
        break;
    }
    /* An exhausted generator just reports StopIteration again. */
    *result = ys_none();
    return YS_SEND_RETURN;
}

/* CPython's gen_send_ex(gen, Py_None, exc=1): throw the pending exception in. */
static ys_send_status throw_pending(ys_gen *g, ys_value *result)
{
    *result = ys_null();
    switch (state_of(g)) {
    case YS_GEN_SUSPENDED:
        chain_to_suspended_handling(g);
        g->state = YS_GEN_RUNNING;
        return run_body(g, ys_null(), result);
    case YS_GEN_CREATED:
        /* Raised before the body's first line: the body never runs. 3.12
         * moved the PEP 479 guard into the body's own exception table, which
         * does not cover that point, so there StopIteration comes out as is. */
        finish_raising(g);
        if (python_minor() < 12)
            convert_stop_iteration(g);
        return YS_SEND_ERROR;
    case YS_GEN_RUNNING:
        return already_executing(result);
    case YS_GEN_CLOSED:
        break;
    }
    return YS_SEND_ERROR; /* the thrown exception propagates unchanged */
}

/* ---- delegation to an iterator that is not a generator (PEP 380) ---------
 * CPython's SEND calls the iterator's tp_iternext for None and its `send`
 * method for anything else; _gen_throw calls its `throw` method if it has
 * one and otherwise raises in the delegator at the yield from; gen_close_iter
 * calls its `close` method if it has one. A StopIteration coming out of any of
 * them ends the delegation with its value (_PyGen_FetchStopIterationValue),
 * as does an exhausted iterator with None. */

/* The outcome r of a call on an iterator object as a send status. */
static ys_send_status iterator_outcome(ys_value r, ys_value *result)
{
    if (!ys_is_null(r)) {
        *result = r;
        return YS_SEND_YIELD;
    }
    if (!ys_err_occurred()) {
        *result = ys_none();
        return YS_SEND_RETURN;
    }
    if (ys_err_matches(YS_EXC(StopIteration))) {
        ys_value stop = ys_err_fetch();
        *result = ys_exc_stop_value(stop);
        ys_decref(stop);
        return YS_SEND_RETURN;
    }
    *result = ys_null();
    return YS_SEND_ERROR;
}

static ys_send_status delegate_send(ys_value it, ys_value arg, ys_value *result)
{
    if (it.kind == YS_GEN)
        return ys_gen_send_ex(it.as.g, arg, result);
    ys_value r = arg.kind == YS_NONE ? ys_iternext(it) : ys_call_method(it, "send", 1, &arg);
    return iterator_outcome(r, result);
}

/* close() of the subiterator: None when it has no close method. */
static ys_value delegate_close(ys_value it)
{
    if (it.kind == YS_GEN)
        return ys_gen_close(it.as.g);
    if (!ys_find_method(it, "close"))
        return ys_none();
    return ys_call_method(it, "close", 0, NULL);
}

/* g (suspended) delegates to an iterator object: what throw() hands on
 * (argv[0..nargs), the exception first; not a GeneratorExit) goes to its throw
 * method, or without one argv[0] is raised into g at the yield from. */
static ys_send_status throw_to_iterator(ys_gen *g, size_t nargs, const ys_value *argv, ys_value *result)
{
    if (!ys_find_method(g->delegate, "throw")) {
        /* 3.12+ raise it at the yield from through CLEANUP_THROW, which
         * takes a StopIteration for the subiterator's return: its value is
         * the result and the body goes on. */
        if (python_minor() >= 12 && ys_exc_matches(argv[0], YS_EXC(StopIteration)))
            return end_delegation(g, YS_SEND_RETURN, ys_exc_stop_value(argv[0]), result);
        drop_delegate_unwinding(g);
        ys_incref(argv[0]);
        ys_err_set(argv[0]);
        return throw_pending(g, result);
    }
    g->state = YS_GEN_RUNNING;
    ys_value r;
    ys_send_status st = iterator_outcome(ys_call_method(g->delegate, "throw", nargs, argv), &r);
    g->state = YS_GEN_SUSPENDED;
    if (st == YS_SEND_YIELD) {
        *result = r;
        return st;
    }
    if (st == YS_SEND_ERROR) /* raised on into g's body, as thrown there */
        chain_to_suspended_handling(g);
    return end_delegation(g, st, r, result);
}

/* gen_close_iter: close the subgenerator; -1 with its exception pending. */
static int close_delegate(ys_gen *g)
{
    g->state = YS_GEN_RUNNING;
    /* Called from C (gen_close_iter), not from g's frame: the subiterator
     * sees the closer's handled exception, not g's. */
    ys_value r = delegate_close(g->delegate);
    g->state = YS_GEN_SUSPENDED;
    drop_delegate_unwinding(g);
    if (ys_is_null(r))
        return -1;
    ys_decref(r);
    return 0;
}

/* throw(type, value[, tb]) as given: CPython forwards the three arguments
 * down a yield from chain unchanged and makes the exception (or refuses the
 * arguments with TypeError) only where it is raised, in the innermost
 * generator (_gen_throw's throw_here). */
typedef struct throw_args {
    const ys_exc_type *type; /* the class given; NULL when an instance was */
    ys_value value;          /* None when not given */
    ys_value tb;             /* YS_NULL when not given */
} throw_args;

/* PyErr_NormalizeException of what throw() was given: a new reference to the
 * exception to raise, or YS_NULL with TypeError pending. */
static __attribute__((noinline, cold)) ys_value thrown_exception(ys_value instance, const throw_args *args)
{
    if (!ys_is_null(args->tb) && args->tb.kind != YS_NONE) {
        ys_err_format(YS_EXC(TypeError), "throw() third argument must be a traceback object");
        return ys_null();
    }
    if (!args->type) {
        if (args->value.kind != YS_NONE) {
            ys_err_format(YS_EXC(TypeError), "instance exception may not have a separate value");
            return ys_null();
        }
        ys_incref(instance);
        return instance;
    }
    if (args->value.kind == YS_NONE)
        return ys_exc_new(args->type, 0, NULL);
    if (args->value.kind == YS_EXC && ys_exc_type_is_subclass(ys_exc_type_of(args->value), args->type)) {
        ys_incref(args->value);
        return args->value;
    }
    if (args->value.kind == YS_TUPLE) /* the arguments of the class, as type(*value) */
        return ys_exc_new(args->type, ys_tuple_len(args->value), args->value.as.t->items);
    return ys_exc_new(args->type, 1, &args->value);
}

/* g.throw(exc) with args NULL; with args, throw(type or exc, value[, tb]). */
/* throw() into g suspended in a yield from of an iterator object. Out of
 * line: inlined into gen_throw_ex, its argument array cost every caught throw
 * (throw/stackless) about 4 ns of wall time for no instructions. */
static __attribute__((noinline)) ys_send_status throw_to_iterator_delegate(ys_gen *g, ys_value exc,
                                                                         const throw_args *args,
                                                                         ys_value *result)
{
    if (!args)
        return throw_to_iterator(g, 1, &exc, result);
    if (ys_find_method(g->delegate, "throw")) {
        /* _gen_throw hands the method throw()'s own arguments,
         * (type, value[, tb]), not normalized. A subset class's
         * throw(self, exc) takes one, so the call fails on its arity
         * (TypeError at the yield from) before any is looked at;
         * None stands for a class (the runtime has no class objects). */
        ys_value given[3] = {args->type ? ys_none() : exc, args->value, args->tb};
        return throw_to_iterator(g, ys_is_null(args->tb) ? 2 : 3, given, result);
    }
    /* Without a throw method the exception they make is raised at the
     * yield from. */
    ys_value made = thrown_exception(exc, args);
    if (ys_is_null(made)) {
        *result = ys_null();
        return YS_SEND_ERROR;
    }
    ys_send_status st = throw_to_iterator(g, 1, &made, result);
    ys_decref(made);
    return st;
}

static ys_send_status gen_throw_ex(ys_gen *g, ys_value exc, const throw_args *args, ys_value *result)
{
    if (!ys_is_null(g->delegate) && state_of(g) == YS_GEN_SUSPENDED) {
        if (args && args->type ? ys_exc_type_is_subclass(args->type, YS_EXC(GeneratorExit))
                               : ys_exc_matches(exc, YS_EXC(GeneratorExit))) {
            /* PEP 380: GeneratorExit closes the subgenerator first, then is
             * thrown into the delegator, unless closing raised. */
            if (close_delegate(g) < 0)
                return throw_pending(g, result);
        } else if (g->delegate.kind != YS_GEN) {
            return throw_to_iterator_delegate(g, exc, args, result);
        } else {
            /* From C (_gen_throw), as close: the thrower's handled exception. */
            g->state = YS_GEN_RUNNING;
            ys_value r;
            ys_send_status st = gen_throw_ex(g->delegate.as.g, exc, args, &r);
            g->state = YS_GEN_SUSPENDED;
            if (st == YS_SEND_YIELD) {
                *result = r;
                return st;
            }
            /* A StopIteration out of the subgenerator (only a generator
             * lambda lets one out, from 3.12) is its return, as _gen_throw
             * fetches it; anything else is raised on into g's body, as
             * thrown there. */
            if (st == YS_SEND_ERROR && ys_err_matches(YS_EXC(StopIteration)))
                st = iterator_outcome(ys_null(), &r);
            else if (st == YS_SEND_ERROR)
                chain_to_suspended_handling(g);
            return end_delegation(g, st, r, result);
        }
    }
    if (args) {
        exc = thrown_exception(exc, args);
        if (ys_is_null(exc)) { /* refused before the generator runs */
            *result = ys_null();
            return YS_SEND_ERROR;
        }
        ys_err_set_inline_(exc);
        return throw_pending(g, result);
    }
    ys_incref_inline_(exc);
    ys_err_set_inline_(exc);
    return throw_pending(g, result);
}

static void set_stop_iteration(ys_value steal_value)
{
    if (steal_value.kind == YS_NONE) {
        ys_err_set_type(YS_EXC(StopIteration));
        return;
    }
    ys_err_raise(ys_exc_new(YS_EXC(StopIteration), 1, &steal_value));
    ys_decref(steal_value);
}

/* A send outcome as Python sees it: the yielded value, or StopIteration. */
static inline ys_value as_python_result(ys_send_status st, ys_value r)
{
    if (st == YS_SEND_YIELD)
        return r;
    if (st == YS_SEND_RETURN)
        set_stop_iteration(r);
    return ys_null();
}

/* next() and send() (arg borrowed). The common case, a suspended generator
 * with no delegate, goes straight to its body, without the detour through
 * every state's checks. */
static inline ys_value gen_send_python(ys_gen *g, ys_value arg)
{
    ys_value r;
    ys_send_status st;
    if (__builtin_expect(g->state == YS_GEN_SUSPENDED && ys_is_null(g->delegate), 1)) {
        g->state = YS_GEN_RUNNING;
        ys_incref_inline_(arg);
        st = run_body(g, arg, &r);
    } else {
        st = ys_gen_send_ex(g, arg, &r);
    }
    return as_python_result(st, r);
}

/* noinline: ys_next, which compiled bodies call, tail-calls it; a copy of the
 * fast path inlined there came out with the result passed through xmm0 and
 * the stack, 5 instructions more per call than here. */
__attribute__((noinline)) ys_value ys_gen_next(ys_gen *g) { return gen_send_python(g, ys_none()); }
ys_value ys_gen_send(ys_gen *g, ys_value arg) { return gen_send_python(g, arg); }

ys_value ys_gen_throw(ys_gen *g, ys_value exc)
{
    ys_value r;
    return as_python_result(gen_throw_ex(g, exc, NULL, &r), r);
}

ys_value ys_gen_close(ys_gen *g)
{
    /* 3.12+ mark a just-created generator closed without running it; its
     * frame (and the arguments in it) lives on until the generator is freed. */
    if (g->state == YS_GEN_CREATED && python_minor() >= 12) {
        g->state = YS_GEN_CLOSED;
        return ys_none();
    }
    if (g->head.resume_point & YS_RESUME_UNGUARDED && g->state == YS_GEN_SUSPENDED) {
        finish(g);
        return ys_none();
    }
    int err = 0;
    if (!ys_is_null(g->delegate) && state_of(g) == YS_GEN_SUSPENDED)
        err = close_delegate(g);
    if (err == 0) {
        /* Nothing to chain it to (nothing handled here, no generator
         * suspended in a handler): the shared instance. */
        if (__builtin_expect(n_handling_gens == 0 && ys_handled_.kind != YS_EXC, 1))
            ys_err_set_generator_exit_();
        else
            ys_err_set_type(YS_EXC(GeneratorExit));
    }
    ys_value r;
    g->closing = true;
    ys_send_status st = throw_pending(g, &r);
    g->closing = false;
    if (st == YS_SEND_YIELD) {
        ys_decref(r);
        ys_err_format(YS_EXC(RuntimeError), "generator ignored GeneratorExit");
        return ys_null();
    }
    if (st == YS_SEND_RETURN) {
        /* 3.13: close() returns the value the body returned while closing. */
        if (python_minor() >= 13)
            return r;
        ys_decref(r);
        return ys_none();
    }
    if (ys_err_matches_inline_(YS_EXC(GeneratorExit))) {
        ys_decref(ys_err_fetch_inline_());
        return ys_none();
    }
    return ys_null();
}

/* ---- finalization ------------------------------------------------------- */

/* _PyGen_Finalize: close a generator that is being freed mid-body, keeping the
 * exception that may be pending in the code that dropped it. */
static void finalize(ys_gen *g)
{
    ys_value saved = ys_err_fetch();
    ys_value r = ys_gen_close(g);
    if (ys_is_null(r)) {
        ys_value e = ys_err_fetch();
        ys_report_unraisable_(e, g);
        ys_decref(e);
    } else {
        ys_decref(r);
    }
    ys_err_set(saved);
}

/* ---- uncollectable frames ------------------------------------------------
 * An exception caught in a body and still held by its frame (bound with
 * `as`, propagating through a finally, or kept while a nested handler runs)
 * has a traceback that leads back to that frame: a reference cycle. When a
 * generator suspended there is freed, CPython's gen_dealloc clears the frame
 * with _PyFrame_ClearExceptCode, which sees the frame object still referenced
 * (by the traceback) and hands the frame over to it (take_ownership) instead
 * of releasing what it holds; with the cyclic collector off nothing ever
 * frees that cycle (3.8-3.10: the PyFrameObject itself is kept by the
 * traceback). Only a body that ignored GeneratorExit while being finalized
 * reaches gen_dealloc still suspended; there this runtime keeps the generator
 * whole, frame and context, on a list, and releases them only at
 * ys_runtime_shutdown, as CPython's collection at interpreter exit does. The
 * list keeps them reachable, so leak checkers see no leak. */

static ys_gen *uncollectable;

struct caught_search {
    uint64_t serial;
    bool found;
};

static void find_caught(ys_value v, void *ctx)
{
    struct caught_search *search = ctx;
    if (v.kind == YS_EXC && v.as.e->caught_by == search->serial)
        search->found = true;
}

/* Does g's frame hold an exception its own body caught? */
static bool frame_holds_own_exception(ys_gen *g)
{
    if (!g->code->frame_traverse)
        return false;
    struct caught_search search = {g->serial, false};
    g->code->frame_traverse(g->frame, find_caught, &search);
    return search.found;
}

/* Every exception keeping g's frame holds a reference to g, so frame_keepers
 * is 0 here; caught_escaped is reset by the body's end, or here. */
static void release(ys_gen *g)
{
    if (!g->frame_cleared) {
        g->caught_escaped = false;
        clear_frame(g);
    }
    if (!ys_is_null(g->delegate)) {
        ys_decref(g->delegate);
        delegation_changed();
    }
    if (n_handling_gens)
        ys_gen_suspended_handling(g, ys_null()); /* its block may be reused for another generator */
    g->backend->destroy(g);
    gen_free(g);
}

void ys_gen_uncollectable_release_(void)
{
    while (uncollectable) {
        ys_gen *g = uncollectable;
        uncollectable = g->next_uncollectable;
        release(g);
    }
}

void ys_gen_counts_restart_(void)
{
    if (generators_alive)
        return; /* one kept by a cycle may still compare its serial or cached path */
    generators_made = 0;
    delegation_epoch = 1;
}

bool ys_gen_at_rest_(void)
{
    return generators_alive == 0 && generators_made == 0 && frame_depth == 0 && !active_paths &&
           !running_stack_floor && n_handling_gens == 0 && !uncollectable;
}

void ys_gen_dealloc_(ys_gen *g)
{
    generators_alive--;
    if (g->state == YS_GEN_RUNNING) {
        fprintf(stderr, "yieldspec: generator %s freed while running\n", g->code->name);
        abort();
    }
    if (g->state == YS_GEN_SUSPENDED) {
        g->head.refcnt = 1; /* alive while its finally blocks run */
        finalize(g);
        if (--g->head.refcnt > 0) {
            generators_alive++; /* a finally block stored it somewhere: resurrected */
            return;
        }
        if (g->state == YS_GEN_SUSPENDED && frame_holds_own_exception(g)) {
            g->next_uncollectable = uncollectable;
            uncollectable = g;
            return;
        }
    }
    /* A created generator has run no code, so closing it would run none
     * either. A body that ignored GeneratorExit above is abandoned here: its
     * frame is released and its context discarded, never resumed. CPython
     * clears the locals before the value stack holding a subiterator. */
    release(g);
}

/* ---- the same operations on any value ----------------------------------- */

/* next() of an iterator object, or TypeError from ys_iternext. Out of line:
 * inside ys_next it cost every generator's next() a stack frame. */
static __attribute__((noinline, cold)) ys_value next_of_non_generator(ys_value it)
{
    ys_value r = ys_iternext(it);
    if (ys_is_null(r) && !ys_err_occurred())
        ys_err_set_type(YS_EXC(StopIteration));
    return r;
}

ys_value ys_next(ys_value it)
{
    if (it.kind != YS_GEN)
        return next_of_non_generator(it);
    return ys_gen_next(it.as.g);
}

ys_value ys_next_default(ys_value it, ys_value dflt)
{
    ys_value r = ys_next(it);
    if (ys_is_null(r) && ys_err_matches(YS_EXC(StopIteration))) {
        ys_decref(ys_err_fetch());
        ys_incref(dflt);
        return dflt;
    }
    return r;
}

ys_value ys_send(ys_value it, ys_value arg)
{
    if (it.kind != YS_GEN) /* an object's send method, or AttributeError */
        return ys_call_method(it, "send", 1, &arg);
    return ys_gen_send(it.as.g, arg);
}

ys_value ys_throw(ys_value it, ys_value exc)
{
    if (it.kind != YS_GEN)
        return ys_call_method(it, "throw", 1, &exc);
    if (exc.kind != YS_EXC) {
        ys_err_format(YS_EXC(TypeError),
                      "exceptions must be classes or instances deriving from BaseException, not %s",
                      ys_type_name(exc));
        return ys_null();
    }
    return ys_gen_throw(it.as.g, exc);
}

ys_value ys_throw_args(ys_value it, const ys_exc_type *type, ys_value instance, ys_value value,
                       ys_value tb)
{
    if (it.kind != YS_GEN)
        return ys_no_attribute(it, "throw");
    if (python_minor() >= 12 && ys_warn_(YS_EXC(DeprecationWarning), "the (type, exc, tb) signature of "
                                         "throw() is deprecated, use the single-arg signature instead.") < 0)
        return ys_null();
    throw_args args = {type, value, tb};
    ys_value r;
    return as_python_result(gen_throw_ex(it.as.g, instance, &args, &r), r);
}

static const char *const gen_attribute_names[] = {
    [YS_GI_RUNNING] = "gi_running",
    [YS_GI_SUSPENDED] = "gi_suspended",
    [YS_GI_YIELDFROM] = "gi_yieldfrom",
    [YS_GI_FRAME] = "gi_frame",
    [YS_GI_FRAME_TYPE] = "gi_frame",
    [YS_GI_NAME] = "__name__",
    [YS_GI_QUALNAME] = "__qualname__",
};

/* An attribute of that name assigned on an exception (its __dict__), or AttributeError. */
static ys_value exc_attribute(ys_value exc, const char *name)
{
    ys_value found = ys_exc_getattr_(exc.as.e, name);
    if (ys_is_null(found))
        return ys_no_attribute(exc, name);
    ys_incref(found);
    return found;
}

ys_value ys_gen_attribute(ys_value it, ys_gen_attr attr)
{
    const char *name = gen_attribute_names[attr];
    if (it.kind == YS_EXC) {
        ys_value v = exc_attribute(it, name);
        if (attr != YS_GI_FRAME_TYPE || ys_is_null(v))
            return v;
        ys_value type_name = ys_type_name_of(v);
        ys_decref(v);
        return type_name;
    }
    if (it.kind != YS_GEN || (attr == YS_GI_SUSPENDED && python_minor() < 11))
        return ys_no_attribute(it, name);
    ys_gen_state state = observed_state(it.as.g);
    ys_value found = ys_none();
    switch (attr) {
    case YS_GI_RUNNING: return ys_bool(state == YS_GEN_RUNNING);
    case YS_GI_SUSPENDED: return ys_bool(state == YS_GEN_SUSPENDED);
    case YS_GI_YIELDFROM: /* the subiterator only while suspended in a yield from */
        if (state == YS_GEN_SUSPENDED && !ys_is_null(it.as.g->delegate))
            found = it.as.g->delegate;
        break;
    case YS_GI_FRAME: /* the generator stands in for its frame, which only `is None` may test */
        if (state != YS_GEN_CLOSED)
            found = it;
        break;
    case YS_GI_FRAME_TYPE: return ys_str_cstr(state != YS_GEN_CLOSED ? "frame" : "NoneType");
    /* Every generator function of a scenario is defined at module level, where
     * CPython's __qualname__ is the __name__. */
    case YS_GI_NAME: return ys_str_cstr(it.as.g->code->name);
    case YS_GI_QUALNAME: return qualname_of(it.as.g->code);
    }
    ys_incref(found);
    return found;
}

ys_value ys_gen_code_is(ys_value it, const ys_code *code)
{
    if (it.kind == YS_EXC) { /* an assigned gi_code is a scenario's value, never a code object */
        ys_value v = exc_attribute(it, "gi_code");
        if (ys_is_null(v))
            return v;
        ys_decref(v);
        return ys_bool(false);
    }
    if (it.kind != YS_GEN)
        return ys_no_attribute(it, "gi_code");
    const ys_code *own = it.as.g->code;
    return ys_bool((own->origin ? own->origin : own) == code);
}

/* A generator's attributes that can be read but not assigned, and the CPython
 * version from which each refuses with "attribute ... is not writable" (a
 * getter without setter) rather than "readonly attribute" (a read-only
 * member): gi_running became a getter in 3.10, gi_frame in 3.11, gi_code in
 * 3.12; gi_suspended exists from 3.11. */
static const struct {
    const char *name;
    int not_writable_from, exists_from;
} gen_readonly[] = {
    {"gi_running", 10, 8}, {"gi_frame", 11, 8}, {"gi_code", 12, 8},
    {"gi_yieldfrom", 8, 8}, {"gi_suspended", 11, 11},
};

bool ys_store_attribute(ys_value target, const char *name, ys_value v)
{
    if (target.kind == YS_EXC) {
        ys_exc_setattr_(target.as.e, name, v);
        return true;
    }
    if (target.kind == YS_GEN && (strcmp(name, "__name__") == 0 || strcmp(name, "__qualname__") == 0))
        return rename_generator(target.as.g, name, v);
    for (size_t i = 0; target.kind == YS_GEN && i < sizeof gen_readonly / sizeof gen_readonly[0]; i++) {
        if (strcmp(name, gen_readonly[i].name) != 0 || python_minor() < gen_readonly[i].exists_from)
            continue;
        if (python_minor() >= gen_readonly[i].not_writable_from)
            ys_err_format(YS_EXC(AttributeError), "attribute '%s' of 'generator' objects is not writable", name);
        else
            ys_err_format(YS_EXC(AttributeError), "readonly attribute");
        return false;
    }
    /* No __dict__ to put it in (3.13 says so). */
    ys_err_format(YS_EXC(AttributeError), "'%s' object has no attribute '%s'%s", ys_type_name(target), name,
                  python_minor() >= 13 ? " and no __dict__ for setting new attributes" : "");
    return false;
}

ys_value ys_close(ys_value it)
{
    if (it.kind != YS_GEN)
        return ys_call_method(it, "close", 0, NULL);
    return ys_gen_close(it.as.g);
}

ys_value ys_state(ys_value it)
{
    if (it.kind != YS_GEN)
        return ys_no_attribute(it, "gi_running");
    return ys_str_cstr(ys_gen_state_name(observed_state(it.as.g)));
}
