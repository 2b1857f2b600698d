/* The fcontext backend: Boost.Context's make_fcontext/jump_fcontext (Debian
 * libboost-context-dev) on a guarded, pooled stack from impls/stacks, as a
 * coroutine library's own backend would be written. jump_fcontext saves the
 * callee-saved registers and the FP control words (MXCSR, x87 CW), and
 * make_fcontext records the creator's, so the FP contract of backend.h holds
 * without help. Each jump returns the context that jumped, which is where the
 * other side must go next. */
#include "fcontext_abi.h"
#include "ys_stacks/fiber.h"
#include "ys_stacks/stack.h"
#include "yieldspec/backend.h"

struct fc_context {
    ys_fcontext_t body;    /* the generator, while it is switched out */
    ys_fcontext_t resumer; /* whoever resumed it, while it runs */
    ys_fiber fiber;
    ys_stack *stack;
    ys_gen *gen;
};

static struct fc_context *context_of(ys_gen *g) { return *ys_gen_backend_slot(g); }

static void fc_start(ys_fcontext_transfer from)
{
    struct fc_context *c = from.data;
    c->resumer = from.fctx;
    ys_fiber_arrived(&c->fiber);
    ys_gen_entry(c->gen);
    ys_fiber_exit(&c->fiber);
    ys_jump_fcontext(c->resumer, NULL); /* the core never resumes a finished body */
}

static int fc_create(ys_gen *g, size_t stack_size)
{
    ys_stack *s = ys_stack_for_gen(g, stack_size, sizeof(struct fc_context));
    if (!s)
        return -1;
    struct fc_context *c = ys_stack_record(s);
    *c = (struct fc_context){.stack = s, .gen = g};
    c->body = ys_make_fcontext(ys_stack_top(s), ys_stack_usable(s), fc_start);
    *ys_gen_backend_slot(g) = c;
    return 0;
}

static void fc_resume(ys_gen *g)
{
    struct fc_context *c = context_of(g);
    void *resumer_fake = NULL;
    ys_fiber_leave_to(&resumer_fake, c->stack);
    c->body = ys_jump_fcontext(c->body, c).fctx;
    ys_fiber_back(resumer_fake);
}

static void fc_suspend(ys_gen *g)
{
    struct fc_context *c = context_of(g);
    ys_fiber_suspend(&c->fiber);
    c->resumer = ys_jump_fcontext(c->resumer, NULL).fctx;
    ys_fiber_arrived(&c->fiber);
}

static void fc_destroy(ys_gen *g) { ys_stack_release(context_of(g)->stack); }

const ys_backend ys_backend_fcontext = {
    .name = "fcontext",
    .stackful = true,
    .create = fc_create,
    .resume = fc_resume,
    .suspend = fc_suspend,
    .destroy = fc_destroy,
};
