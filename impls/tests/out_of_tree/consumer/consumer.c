/* Counts to three in a generator on the first registered backend and prints
 * what next() gave each time; check_out_of_tree.py compares the output. Built
 * with CMake (find_package) and with pkg-config (registry.c by hand). */
#include <stdio.h>
#include <stdlib.h>

#include "yieldspec/backend.h"
#include "yieldspec/runtime.h"

static ys_step count_to_three(ys_gen *self)
{
    for (long i = 1; i <= 3; i++) {
        ys_value sent = ys_yield(self, ys_int(i));
        if (ys_is_null(sent))
            return YS_STEP_ERROR;
        ys_decref(sent);
    }
    return ys_step_return(self, ys_none());
}

static void print_repr(ys_value v)
{
    char *text = ys_repr(v);
    printf(" %s", text);
    free(text);
    ys_decref(v);
}

int main(void)
{
    if (ys_runtime_init(&(ys_config){0}) != 0)
        return 1;
    static const ys_code count = {.name = "count_to_three", .stackful = count_to_three};
    ys_value g = ys_gen_new(&count);
    if (ys_is_null(g))
        return 1;
    printf("%s:", ys_backends[0]->name);
    ys_value v;
    while (!ys_is_null(v = ys_next(g)))
        print_repr(v);
    print_repr(ys_err_fetch());
    printf(" %s\n", ys_gen_state_name(ys_gen_state_of(g.as.g)));
    ys_decref(g);
    ys_runtime_shutdown();
    return 0;
}
