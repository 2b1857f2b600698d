/* The asm backend: a generator body runs on a guarded, pooled stack of its
 * own, and resume/suspend are one ys_asm_switch each (arch/<arch>.S). Its
 * context record lives at the top of that stack, so creating a generator
 * allocates nothing once the stack pool is warm. */
#include "ys_asm/switch.h"
#include "ys_stacks/fiber.h"
#include "ys_stacks/stack.h"
#include "yieldspec/backend.h"

struct asm_context {
    ys_asm_context body;    /* the generator, while it is switched out */
    ys_asm_context resumer; /* whoever resumed it, while it runs */
    ys_fiber fiber;
    ys_stack *stack;
    ys_gen *gen;
};

static struct asm_context *context_of(ys_gen *g) { return *ys_gen_backend_slot(g); }

static void asm_start(void *arg)
{
    struct asm_context *c = arg;
    ys_fiber_arrived(&c->fiber);
    ys_gen_entry(c->gen);
    ys_fiber_exit(&c->fiber);
    ys_asm_switch(&c->body, c->resumer); /* the core never resumes a finished body */
}

static int asm_create(ys_gen *g, size_t stack_size)
{
    ys_stack *s = ys_stack_for_gen(g, stack_size, sizeof(struct asm_context));
    if (!s)
        return -1;
    struct asm_context *c = ys_stack_record(s);
    *c = (struct asm_context){.stack = s, .gen = g};
    c->body = ys_asm_make(ys_stack_top(s), asm_start, c);
    *ys_gen_backend_slot(g) = c;
    return 0;
}

static void asm_resume(ys_gen *g)
{
    struct asm_context *c = context_of(g);
    void *resumer_fake = NULL;
    ys_fiber_leave_to(&resumer_fake, c->stack);
    ys_asm_switch(&c->resumer, c->body);
    ys_fiber_back(resumer_fake);
}

static void asm_suspend(ys_gen *g)
{
    struct asm_context *c = context_of(g);
    ys_fiber_suspend(&c->fiber);
    ys_asm_switch(&c->body, c->resumer);
    ys_fiber_arrived(&c->fiber);
}

static void asm_destroy(ys_gen *g) { ys_stack_release(context_of(g)->stack); }

const ys_backend ys_backend_asm = {
    .name = "asm",
    .stackful = true,
    .create = asm_create,
    .resume = asm_resume,
    .suspend = asm_suspend,
    .destroy = asm_destroy,
};
