#include "yc_support.h"

#include <stdio.h>
#include <string.h>

/* The CPython minor version whose semantics were selected (0 selects the default, 3.11). */
static int python_minor(void)
{
    int minor = ys_runtime_config()->python_minor;
    return minor == 0 ? 11 : minor;
}

void yc_raise_unbound_local(const char *name)
{
    if (python_minor() >= 11)
        ys_err_format(YS_EXC(UnboundLocalError),
                      "cannot access local variable '%s' where it is not associated with a value", name);
    else
        ys_err_format(YS_EXC(UnboundLocalError), "local variable '%s' referenced before assignment", name);
}

bool yc_close_skips_unwinding(const ys_gen *self)
{
    return python_minor() >= 13 && ys_gen_resumed_by_close(self);
}

ys_value yc_method_receiver(ys_value receiver, const char *method)
{
    if (receiver.kind != YS_GEN && !ys_find_method(receiver, method))
        return ys_no_attribute(receiver, method);
    ys_incref(receiver);
    return receiver;
}

bool yc_truth(ys_value steal_v)
{
    bool truth = ys_truthy(steal_v);
    ys_decref(steal_v);
    return truth;
}

ys_value yc_inplace(ys_binop op, ys_value a, ys_value b)
{
    static const char *const symbols[] = {
        [YS_ADD] = "+", [YS_SUB] = "-", [YS_MUL] = "*", [YS_FLOORDIV] = "//", [YS_MOD] = "%",
    };
    ys_value result = ys_binary(op, a, b);
    if (!ys_is_null(result) || !ys_err_matches(YS_EXC(TypeError)))
        return result;
    ys_value exc = ys_err_fetch();
    char prefix[64];
    snprintf(prefix, sizeof prefix, "unsupported operand type(s) for %s:", symbols[op]);
    size_t message_len = 0;
    const char *message = ys_exc_nargs(exc) == 1 && ys_exc_arg(exc, 0).kind == YS_STR
                              ? ys_str_data(ys_exc_arg(exc, 0), &message_len) : NULL;
    size_t prefix_len = strlen(prefix);
    if (message && message_len >= prefix_len && memcmp(message, prefix, prefix_len) == 0) {
        const char *operands = message + prefix_len; /* " 'int' and 'str'" */
        ys_err_format(YS_EXC(TypeError), "unsupported operand type(s) for %s=:%.*s", symbols[op],
                      (int)(message_len - prefix_len), operands);
        ys_decref(exc);
    } else {
        ys_err_set(exc); /* a message of its own ("can only concatenate str ..."): kept as is */
    }
    return ys_null();
}

ys_value yc_int_literal(ys_value *cache, const char *digits)
{
    if (ys_is_null(*cache))
        *cache = ys_int_from_decimal(digits);
    ys_incref(*cache);
    return *cache;
}

ys_value yc_negative(ys_value v)
{
    if (!ys_is_int(v)) {
        ys_err_format(YS_EXC(TypeError), "bad operand type for unary -: '%s'", YS_TYPE_NAME_CUT(v, 200));
        return ys_null();
    }
    /* 0 - v: -True is -1, and -(-2**63) goes beyond 64 bits as Python's does */
    return ys_binary(YS_SUB, ys_int(0), v);
}

ys_value yc_iter(ys_value steal_v)
{
    if (steal_v.kind == YS_GEN)
        return steal_v;
    ys_value it = ys_iter(steal_v);
    ys_decref(steal_v);
    return it;
}

ys_value yc_for_next(ys_value it)
{
    if (it.kind != YS_GEN) { /* FOR_ITER: a StopIteration from __next__ ends the loop */
        ys_value next = ys_iternext(it);
        if (ys_is_null(next) && ys_err_matches(YS_EXC(StopIteration)))
            ys_decref(ys_err_fetch());
        return next;
    }
    ys_value item;
    switch (ys_gen_send_ex(it.as.g, ys_none(), &item)) {
    case YS_SEND_YIELD:
        return item;
    case YS_SEND_RETURN:
        ys_decref(item);
        return ys_null();
    case YS_SEND_ERROR:
        break;
    }
    return ys_null();
}

bool yc_range_start(ys_value state[3], size_t nargs, const ys_value *args)
{
    ys_value bounds[3];
    if (!ys_range_bounds(nargs, args, bounds))
        return false;
    if (bounds[0].kind == YS_INT && bounds[1].kind == YS_INT && bounds[2].kind == YS_INT) {
        for (int i = 0; i < 3; i++)
            state[i] = bounds[i];
        return true;
    }
    for (int i = 0; i < 3; i++)
        ys_decref(bounds[i]);
    state[0] = ys_range_iter(nargs, args);
    state[1] = state[2] = ys_none();
    return !ys_is_null(state[0]);
}

bool yc_range_next(ys_value state[3], ys_value *item)
{
    if (state[0].kind != YS_INT) { /* a range_iterator: a bound is beyond 64 bits */
        *item = ys_iternext(state[0]);
        return !ys_is_null(*item);
    }
    int64_t next = state[0].as.i, value;
    if (!ys_range_advance(&next, state[1].as.i, state[2].as.i, &value))
        return false;
    *item = ys_int(value);
    state[0] = ys_int(next);
    return true;
}
