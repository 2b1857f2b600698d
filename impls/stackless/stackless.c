/* The stackless backend: a body is a resumable function (stackless.h) whose
 * state lives in the generator's frame, so there is no context to create or
 * free, and resuming is one call on the resumer's own stack. */
#include <stdio.h>
#include <stdlib.h>

#include "yieldspec/backend.h"

static int stackless_create(ys_gen *g, size_t stack_size) { return 0; }

/* A stackless body suspends by returning YS_STEP_YIELD; only a stackful body
 * calls ys_yield(), which lands here. */
static void stackless_suspend(ys_gen *g)
{
    fprintf(stderr,
            "yieldspec: ys_yield() called in %s on the stackless backend; "
            "stackless bodies yield with YS_YIELD from stackless.h\n",
            ys_gen_name(g));
    abort();
}

static void stackless_destroy(ys_gen *g) {}

const ys_backend ys_backend_stackless = {
    .name = "stackless",
    .stackful = false,
    .create = stackless_create,
    .resume = ys_gen_run_step,
    .suspend = stackless_suspend,
    .destroy = stackless_destroy,
};
