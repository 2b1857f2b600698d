/* The test generators, written once with the stackless.h macros.
 *
 * This file is compiled twice: with YS_LOWERING_STACKFUL defined it provides
 * the *_stackful bodies (ys_code.stackful), without it the *_stackless bodies
 * plus the ys_code tables and constructors. Values that must survive a yield
 * live in the frame; `f` and `in` are recomputed on every entry. */
#include "generators.h"

#include <stdio.h>
#include <stdlib.h>

#include "support.h"
#include "yieldspec/stackless.h"

/* One frame layout serves every test generator; it is released like CPython
 * releases a frame: arguments, then locals, in declaration order. */
typedef struct test_frame {
    ys_value arg;   /* first argument */
    ys_value arg2;  /* second argument */
    ys_value local; /* a local value kept across yields */
    int64_t n, i;
    const ys_exc_type *catches;
    const char *tag;
    const ys_gen *observed; /* borrowed: observing must not keep it alive */
    void (*hook)(void);
} test_frame;

#define DECLARE_BODIES(name)                  \
    ys_step name##_stackful(ys_gen *self);    \
    ys_step name##_stackless(ys_gen *self);

#ifdef YS_LOWERING_STACKFUL
#define BODY(name) name##_stackful
#else
#define BODY(name) name##_stackless
#endif

static ys_value self_value(ys_gen *self)
{
    ys_value v = {YS_GEN, {0}};
    v.as.g = self;
    return v;
}

/* def counter(n):
 *     for i in range(n): yield i
 *     return n */
DECLARE_BODIES(counter)
ys_step BODY(counter)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    for (f->i = 0; f->i < f->n; f->i++) {
        YS_YIELD(self, ys_int(f->i), in);
        if (ys_is_null(in))
            YS_RAISE();
        ys_decref(in);
    }
    YS_RETURN(self, ys_int(f->n));
    YS_END;
}

/* def echo():
 *     received = yield "ready"
 *     while True: received = yield received */
DECLARE_BODIES(echo)
ys_step BODY(echo)(ys_gen *self)
{
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_str_cstr("ready"), in);
    for (;;) {
        if (ys_is_null(in))
            YS_RAISE();
        YS_YIELD(self, in, in);
    }
    YS_END;
}

/* def catcher():
 *     try: yield 1
 *     except CATCHES as e:
 *         log("caught", e); yield "caught"
 *     return "after" */
DECLARE_BODIES(catcher)
ys_step BODY(catcher)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_int(1), in);
    if (ys_is_null(in)) {
        if (!ys_err_matches(f->catches))
            YS_RAISE();
        ys_setref(&f->local, ys_err_fetch());
        log_value("caught", f->local);
        YS_YIELD(self, ys_str_cstr("caught"), in);
        if (ys_is_null(in))
            YS_RAISE();
    }
    ys_decref(in);
    YS_RETURN(self, ys_str_cstr("after"));
    YS_END;
}

/* def with_finally(tag):
 *     try: yield 1; yield 2
 *     finally: log("finally", tag) */
DECLARE_BODIES(with_finally)
ys_step BODY(with_finally)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_int(1), in);
    if (!ys_is_null(in)) {
        ys_decref(in);
        YS_YIELD(self, ys_int(2), in);
    }
    log_event("finally %s", f->tag);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    YS_RETURN(self, ys_none());
    YS_END;
}

/* def ignores_exit():
 *     while True:
 *         try: yield "tick"
 *         except GeneratorExit: log("ignoring GeneratorExit") */
DECLARE_BODIES(ignores_exit)
ys_step BODY(ignores_exit)(ys_gen *self)
{
    ys_value in;
    YS_BEGIN(self);
    for (;;) {
        YS_YIELD(self, ys_str_cstr("tick"), in);
        if (ys_is_null(in)) {
            if (!ys_err_matches(YS_EXC(GeneratorExit)))
                YS_RAISE();
            ys_decref(ys_err_fetch());
            log_event("ignoring GeneratorExit");
        }
        ys_decref(in);
    }
    YS_END;
}

/* def keeps_exit(held):             # n == 0
 *     try: yield "working"
 *     except GeneratorExit as e:
 *         log("keeping GeneratorExit")
 *         yield "still working"
 * With n == 1 the frame keeps an exception its body did not catch instead:
 *     except GeneratorExit:
 *         e = ValueError("from elsewhere")   # as if received from another generator */
DECLARE_BODIES(keeps_exit)
ys_step BODY(keeps_exit)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_str_cstr("working"), in);
    if (!ys_is_null(in) || !ys_err_matches(YS_EXC(GeneratorExit)))
        YS_RAISE();
    if (f->n == 0) {
        f->local = ys_err_catch(self);
    } else {
        ys_decref(ys_err_fetch());
        f->local = exc_with_msg(YS_EXC(ValueError), "from elsewhere");
    }
    log_event("keeping GeneratorExit");
    YS_YIELD(self, ys_str_cstr("still working"), in);
    if (ys_is_null(in))
        YS_RAISE();
    YS_RETURN(self, in);
    YS_END;
}

/* def returns_on_exit(value):
 *     try: yield 1
 *     except GeneratorExit: return value */
DECLARE_BODIES(returns_on_exit)
ys_step BODY(returns_on_exit)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_int(1), in);
    if (ys_is_null(in)) {
        if (!ys_err_matches(YS_EXC(GeneratorExit)))
            YS_RAISE();
        ys_decref(ys_err_fetch());
        ys_incref(f->arg);
        YS_RETURN(self, f->arg);
    }
    ys_decref(in);
    YS_RETURN(self, ys_none());
    YS_END;
}

/* def raiser(exc):
 *     yield 1
 *     raise exc */
DECLARE_BODIES(raiser)
ys_step BODY(raiser)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_int(1), in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    ys_incref(f->arg);
    ys_err_set(f->arg);
    YS_RAISE();
    YS_END;
}

/* def delegator(sub):
 *     r = yield from sub
 *     return r */
DECLARE_BODIES(delegator)
ys_step BODY(delegator)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD_FROM(self, f->arg, in);
    if (ys_is_null(in))
        YS_RAISE();
    YS_RETURN(self, in);
    YS_END;
}

/* def logging_delegator(sub):
 *     try:
 *         r = yield from sub
 *     except ValueError as e:
 *         log("delegator caught", e)
 *         yield "recovered"
 *         return "handled"
 *     log("delegator got", r)
 *     yield r
 *     return "done" */
DECLARE_BODIES(logging_delegator)
ys_step BODY(logging_delegator)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD_FROM(self, f->arg, in);
    if (ys_is_null(in)) {
        if (!ys_err_matches(YS_EXC(ValueError)))
            YS_RAISE();
        ys_setref(&f->local, ys_err_fetch());
        log_value("delegator caught", f->local);
        YS_YIELD(self, ys_str_cstr("recovered"), in);
        if (ys_is_null(in))
            YS_RAISE();
        ys_decref(in);
        YS_RETURN(self, ys_str_cstr("handled"));
    }
    ys_setref(&f->local, in);
    log_value("delegator got", f->local);
    ys_incref(f->local);
    YS_YIELD(self, f->local, in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    YS_RETURN(self, ys_str_cstr("done"));
    YS_END;
}

/* def reentrant(operation):
 *     try: OPERATION(target)  # next / send(None) / throw(KeyError("k")) / close /
 *                             # ys_gen_send_ex(None), as the error gen.h promises
 *     except ValueError as e: yield e
 * target is the generator itself unless observe() named another. */
DECLARE_BODIES(reentrant)
ys_step BODY(reentrant)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in, r = ys_null();
    ys_value target = self_value(f->observed ? (ys_gen *)f->observed : self);
    YS_BEGIN(self);
    switch (f->n) {
    case 0: r = ys_next(target); break;
    case 1: r = ys_send(target, ys_none()); break;
    case 2: r = throw_new(target, exc_with_msg(YS_EXC(KeyError), "k")); break;
    case 3: r = ys_close(target); break;
    case 4: {
        ys_value out = ys_none();
        if (ys_gen_send_ex(target.as.g, ys_none(), &out) != YS_SEND_ERROR || !ys_is_null(out)) {
            ys_decref(out);
            ys_decref(ys_err_fetch());
            r = ys_none(); /* seen as "no error" */
        }
        break;
    }
    }
    if (!ys_is_null(r)) {
        ys_decref(r);
        YS_RETURN(self, ys_str_cstr("no error"));
    }
    if (!ys_err_matches(YS_EXC(ValueError)))
        YS_RAISE();
    YS_YIELD(self, ys_err_fetch(), in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    YS_RETURN(self, ys_none());
    YS_END;
}

/* def state_observer():
 *     yield state(me)
 *     yield state(observed)  # named by observe() */
DECLARE_BODIES(state_observer)
ys_step BODY(state_observer)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_state(self_value(self)), in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    YS_YIELD(self, ys_str_cstr(ys_gen_state_name(ys_gen_state_of(f->observed))), in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    YS_RETURN(self, ys_none());
    YS_END;
}

/* While its frame is marked unwinding (ys_gen_set_unwinding), as when an
 * exception releases what it held, the body reads its own state, gi_running
 * and what next() on itself does, then yields the three:
 *     yield (state(me), me.gi_running, <next(me) or the exception it raised>) */
DECLARE_BODIES(unwinding_observer)
ys_step BODY(unwinding_observer)(ys_gen *self)
{
    ys_value in, seen[3];
    YS_BEGIN(self);
    ys_gen_set_unwinding(self, true);
    seen[0] = ys_state(self_value(self));
    seen[1] = ys_gen_attribute(self_value(self), YS_GI_RUNNING);
    seen[2] = ys_next(self_value(self));
    if (ys_is_null(seen[2]))
        seen[2] = ys_err_fetch();
    ys_gen_set_unwinding(self, false);
    ys_value t = ys_tuple_new(3, seen);
    for (int i = 0; i < 3; i++)
        ys_decref(seen[i]);
    YS_YIELD(self, t, in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    YS_RETURN(self, ys_none());
    YS_END;
}

/* def prober():
 *     while True:
 *         try: r = OPERATION(target)  # set by probe(): state / next / send(None) /
 *                                     # throw(KeyError("k")) / close
 *         except BaseException as e: r = e
 *         yield r */
DECLARE_BODIES(prober)
ys_step BODY(prober)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    for (;;) {
        ys_value target = self_value((ys_gen *)f->observed);
        ys_value r = ys_null();
        switch (f->n) {
        case -1: r = ys_state(target); break;
        case 0: r = ys_next(target); break;
        case 1: r = ys_send(target, ys_none()); break;
        case 2: r = throw_new(target, exc_with_msg(YS_EXC(KeyError), "k")); break;
        case 3: r = ys_close(target); break;
        }
        if (ys_is_null(r))
            r = ys_err_fetch();
        YS_YIELD(self, r, in);
        if (ys_is_null(in))
            YS_RAISE();
        ys_decref(in);
    }
    YS_END;
}

/* def grower():
 *     yield "level"
 *     yield from grower()
 * Each next() after the first adds a level to the chain below it. */
DECLARE_BODIES(grower)
ys_step BODY(grower)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_str_cstr("level"), in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    f->arg = new_grower();
    YS_YIELD_FROM(self, f->arg, in);
    if (ys_is_null(in))
        YS_RAISE();
    YS_RETURN(self, in);
    YS_END;
}

/* def lazy_chain(n):
 *     if n:
 *         return (yield from lazy_chain(n - 1))
 *     yield "bottom"
 * Each level makes the next only when it starts, as a recursive generator
 * function in Python does. */
DECLARE_BODIES(lazy_chain)
ys_step BODY(lazy_chain)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    if (f->n > 0) {
        f->arg = new_lazy_chain(f->n - 1);
        YS_YIELD_FROM(self, f->arg, in);
        if (ys_is_null(in))
            YS_RAISE();
        YS_RETURN(self, in);
    }
    YS_YIELD(self, ys_str_cstr("bottom"), in);
    if (ys_is_null(in))
        YS_RAISE();
    YS_RETURN(self, in);
    YS_END;
}

/* def summer(inner):
 *     total = 0
 *     for v in inner:
 *         total += v
 *         yield total
 *     return total */
DECLARE_BODIES(summer)
ys_step BODY(summer)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    f->local = ys_int(0);
    for (;;) {
        ys_value v = ys_next(f->arg);
        if (ys_is_null(v)) {
            if (!ys_err_matches(YS_EXC(StopIteration)))
                YS_RAISE();
            ys_decref(ys_err_fetch());
            break;
        }
        ys_value total = ys_binary(YS_ADD, f->local, v);
        ys_decref(v);
        if (ys_is_null(total))
            YS_RAISE();
        ys_setref(&f->local, total);
        ys_incref(f->local);
        YS_YIELD(self, f->local, in);
        if (ys_is_null(in))
            YS_RAISE();
        ys_decref(in);
    }
    ys_incref(f->local);
    YS_RETURN(self, f->local);
    YS_END;
}

/* def holder(a, b):
 *     yield "holding"      # outside every try block: close() need not resume it
 *     return "released" */
DECLARE_BODIES(holder)
ys_step BODY(holder)(ys_gen *self)
{
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD_UNGUARDED(self, ys_str_cstr("holding"), in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    YS_RETURN(self, ys_str_cstr("released"));
    YS_END;
}

/* def finally_raises():
 *     try: yield 1
 *     finally: raise ValueError("from finally") */
DECLARE_BODIES(finally_raises)
ys_step BODY(finally_raises)(ys_gen *self)
{
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_int(1), in);
    ys_decref(in);
    ys_err_format(YS_EXC(ValueError), "from finally");
    YS_RAISE();
    YS_END;
}

/* def yield_in_finally():
 *     try: yield 1
 *     finally: yield "in finally" */
DECLARE_BODIES(yield_in_finally)
ys_step BODY(yield_in_finally)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_int(1), in);
    /* the finally block runs with the exception (if any) saved aside */
    f->local = ys_is_null(in) ? ys_err_fetch() : ys_none();
    ys_decref(in);
    YS_YIELD(self, ys_str_cstr("in finally"), in);
    if (ys_is_null(in))
        YS_RAISE();
    ys_decref(in);
    if (f->local.kind == YS_EXC) {
        ys_err_set(f->local);
        f->local = ys_none();
        YS_RAISE();
    }
    YS_RETURN(self, ys_none());
    YS_END;
}

/* def calls_while_raising(hook):
 *     yield 1
 * An exception thrown in at the yield is still pending when hook() runs (C
 * standing for the end of a plain function that the exception leaves), then
 * propagates. */
DECLARE_BODIES(calls_while_raising)
ys_step BODY(calls_while_raising)(ys_gen *self)
{
    test_frame *f = ys_gen_frame(self);
    ys_value in;
    YS_BEGIN(self);
    YS_YIELD(self, ys_int(1), in);
    if (ys_is_null(in)) {
        f->hook();
        YS_RAISE();
    }
    ys_decref(in);
    YS_RETURN(self, ys_none());
    YS_END;
}

#ifndef YS_LOWERING_STACKFUL

static void test_frame_clear(void *frame)
{
    test_frame *f = frame;
    ys_setref(&f->arg, ys_null());
    ys_setref(&f->arg2, ys_null());
    ys_setref(&f->local, ys_null());
}

static void test_frame_traverse(void *frame, void (*visit)(ys_value v, void *ctx), void *ctx)
{
    test_frame *f = frame;
    visit(f->arg, ctx);
    visit(f->arg2, ctx);
    visit(f->local, ctx);
}

#define CODE(fn)                            \
    static const ys_code fn##_code = {      \
        .name = #fn,                        \
        .stackful = fn##_stackful,          \
        .stackless = fn##_stackless,        \
        .frame_size = sizeof(test_frame),   \
        .frame_clear = test_frame_clear,    \
        .frame_traverse = test_frame_traverse, \
    };

CODE(counter)
CODE(echo)
CODE(catcher)
CODE(with_finally)
CODE(ignores_exit)
CODE(keeps_exit)
CODE(returns_on_exit)
CODE(raiser)
CODE(delegator)
CODE(logging_delegator)
CODE(reentrant)
CODE(state_observer)
CODE(unwinding_observer)
CODE(prober)
CODE(grower)
CODE(lazy_chain)
CODE(summer)
CODE(holder)
CODE(finally_raises)
CODE(yield_in_finally)
CODE(calls_while_raising)

static ys_value start(const ys_code *code, test_frame **frame)
{
    ys_value g = ys_gen_new(code);
    if (ys_is_null(g)) {
        char *why = ys_repr(ys_err_fetch());
        cr_assert_fail("[%s] creating %s failed: %s", backend_name(), code->name, why);
    }
    *frame = ys_gen_frame(g.as.g);
    return g;
}

ys_value new_counter(int64_t n)
{
    test_frame *f;
    ys_value g = start(&counter_code, &f);
    f->n = n;
    return g;
}

ys_value new_echo(void)
{
    test_frame *f;
    return start(&echo_code, &f);
}

ys_value new_catcher(const ys_exc_type *catches)
{
    test_frame *f;
    ys_value g = start(&catcher_code, &f);
    f->catches = catches;
    return g;
}

ys_value new_with_finally(const char *tag)
{
    test_frame *f;
    ys_value g = start(&with_finally_code, &f);
    f->tag = tag;
    return g;
}

ys_value new_ignores_exit(void)
{
    test_frame *f;
    return start(&ignores_exit_code, &f);
}

ys_value new_keeps_exit(ys_value steal_held, bool own_exception)
{
    test_frame *f;
    ys_value g = start(&keeps_exit_code, &f);
    f->arg = steal_held;
    f->n = own_exception ? 0 : 1;
    return g;
}

ys_value new_returns_on_exit(ys_value steal_value)
{
    test_frame *f;
    ys_value g = start(&returns_on_exit_code, &f);
    f->arg = steal_value;
    return g;
}

ys_value new_raiser(ys_value steal_exc)
{
    test_frame *f;
    ys_value g = start(&raiser_code, &f);
    f->arg = steal_exc;
    return g;
}

ys_value new_delegator(ys_value steal_sub)
{
    test_frame *f;
    ys_value g = start(&delegator_code, &f);
    f->arg = steal_sub;
    return g;
}

ys_value new_logging_delegator(ys_value steal_sub)
{
    test_frame *f;
    ys_value g = start(&logging_delegator_code, &f);
    f->arg = steal_sub;
    return g;
}

ys_value new_reentrant(int64_t operation)
{
    test_frame *f;
    ys_value g = start(&reentrant_code, &f);
    f->n = operation;
    return g;
}

ys_value new_state_observer(void)
{
    test_frame *f;
    return start(&state_observer_code, &f);
}

ys_value new_unwinding_observer(void)
{
    test_frame *f;
    return start(&unwinding_observer_code, &f);
}

void observe(ys_value observer, ys_value observed)
{
    test_frame *f = ys_gen_frame(observer.as.g);
    f->observed = observed.as.g;
}

ys_value new_prober(void)
{
    test_frame *f;
    ys_value g = start(&prober_code, &f);
    f->observed = g.as.g;
    f->n = -1;
    return g;
}

void probe(ys_value prober, int64_t operation, ys_value target)
{
    test_frame *f = ys_gen_frame(prober.as.g);
    f->n = operation;
    f->observed = target.as.g;
}

ys_value new_summer(ys_value steal_inner)
{
    test_frame *f;
    ys_value g = start(&summer_code, &f);
    f->arg = steal_inner;
    return g;
}

ys_value new_holder(ys_value steal_a, ys_value steal_b)
{
    test_frame *f;
    ys_value g = start(&holder_code, &f);
    f->arg = steal_a;
    f->arg2 = steal_b;
    return g;
}

ys_value new_finally_raises(void)
{
    test_frame *f;
    return start(&finally_raises_code, &f);
}

ys_value new_yield_in_finally(void)
{
    test_frame *f;
    return start(&yield_in_finally_code, &f);
}

ys_value new_grower(void)
{
    test_frame *f;
    return start(&grower_code, &f);
}

ys_value new_lazy_chain(int64_t levels_below)
{
    test_frame *f;
    ys_value g = start(&lazy_chain_code, &f);
    f->n = levels_below;
    return g;
}

ys_value new_calls_while_raising(void (*hook)(void))
{
    test_frame *f;
    ys_value g = start(&calls_while_raising_code, &f);
    f->hook = hook;
    return g;
}

ys_value new_delegation_chain(size_t depth, ys_value steal_leaf)
{
    ys_value g = steal_leaf;
    for (size_t i = 0; i < depth; i++)
        g = new_delegator(g);
    return g;
}

#endif
