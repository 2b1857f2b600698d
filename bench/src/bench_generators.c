/* The benchmark generators' bodies. This file is compiled twice: as is for the
 * stackless backend, and with YS_LOWERING_STACKFUL for the stackful ones; each
 * compilation names its bodies <name>_stackless / <name>_stackful, and
 * bench_codes.c pairs them into one ys_code per generator. */
#include "bench_generators.h"

#include <stdlib.h>

#include "yieldspec/stackless.h"

/* Each body ends inside YS_BEGIN's switch, by a return or an endless loop:
 * control gets past YS_END only with a corrupt resume point. */
#define END_OF_BODY \
    YS_END;         \
    abort()

#ifdef YS_LOWERING_STACKFUL
#define BODY(name) name##_stackful
#else
#define BODY(name) name##_stackless
#endif

ys_step BODY(counter)(ys_gen *self)
{
    counter_frame *f = ys_gen_frame(self);
    ys_value sent;
    YS_BEGIN(self);
    for (;; f->i++) {
        YS_YIELD_UNGUARDED(self, ys_int(f->i), sent);
        if (ys_is_null(sent))
            YS_RAISE();
        ys_decref(sent);
    }
    END_OF_BODY;
}

ys_step BODY(accumulator)(ys_gen *self)
{
    accumulator_frame *f = ys_gen_frame(self);
    ys_value sent;
    YS_BEGIN(self);
    for (;;) {
        YS_YIELD(self, ys_int(f->total), sent);
        if (ys_is_null(sent))
            YS_RAISE();
        ys_value sum = ys_binary(YS_ADD, ys_int(f->total), sent);
        ys_decref(sent);
        if (ys_is_null(sum))
            YS_RAISE();
        f->total = sum.as.i;
    }
    END_OF_BODY;
}

ys_step BODY(catcher)(ys_gen *self)
{
    ys_value sent;
    YS_BEGIN(self);
    for (;;) {
        YS_YIELD(self, ys_int(1), sent);
        if (!ys_is_null(sent)) {
            ys_decref(sent);
        } else if (ys_err_matches(YS_EXC(ValueError))) {
            ys_decref(ys_err_fetch()); /* except ValueError: pass */
        } else {
            YS_RAISE();
        }
    }
    END_OF_BODY;
}

ys_step BODY(delegate)(ys_gen *self)
{
    delegate_frame *f = ys_gen_frame(self);
    ys_value result;
    YS_BEGIN(self);
    YS_YIELD_FROM(self, f->inner, result);
    if (ys_is_null(result))
        YS_RAISE();
    YS_RETURN(self, result);
    END_OF_BODY;
}

ys_step BODY(add_one_stage)(ys_gen *self)
{
    add_one_stage_frame *f = ys_gen_frame(self);
    ys_value sent;
    YS_BEGIN(self);
    for (;;) {
        ys_value x = ys_next(f->source);
        if (ys_is_null(x)) {
            if (!ys_err_matches(YS_EXC(StopIteration)))
                YS_RAISE();
            ys_decref(ys_err_fetch()); /* the for loop ends */
            YS_RETURN(self, ys_none());
        }
        ys_value sum = ys_binary(YS_ADD, x, ys_int(1));
        ys_decref(x);
        if (ys_is_null(sum))
            YS_RAISE();
        YS_YIELD(self, sum, sent);
        if (ys_is_null(sent))
            YS_RAISE();
        ys_decref(sent);
    }
    END_OF_BODY;
}
