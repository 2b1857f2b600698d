/* The example backend: the README's "library backend" recipe at its
 * smallest, glibc's makecontext/swapcontext on a stack from yieldspec::stacks
 * (guard page, overflow diagnostic, valgrind registration) with every switch
 * annotated for AddressSanitizer (ys_stacks/fiber.h). A real library puts its
 * own make/switch calls where swapcontext is. */
#include <stdint.h>
#include <ucontext.h>

#include "ys_stacks/fiber.h"
#include "ys_stacks/stack.h"
#include "yieldspec/backend.h"

struct example {
    ucontext_t body, resumer;
    ys_fiber fiber;
    ys_stack *stack;
    ys_gen *gen;
};

static struct example *example_of(ys_gen *g) { return *ys_gen_backend_slot(g); }

static void example_start(unsigned int high, unsigned int low)
{
    struct example *e = (struct example *)(uintptr_t)(((uint64_t)high << 32) | low);
    ys_fiber_arrived(&e->fiber);
    ys_gen_entry(e->gen);
    ys_fiber_exit(&e->fiber);
    setcontext(&e->resumer);
}

static int example_create(ys_gen *g, size_t stack_size)
{
    ys_stack *s = ys_stack_for_gen(g, stack_size, sizeof(struct example));
    if (!s)
        return -1; /* MemoryError is pending */
    struct example *e = ys_stack_record(s);
    *e = (struct example){.stack = s, .gen = g};
    getcontext(&e->body); /* the creator's FP control mode and signal mask */
    e->body.uc_stack = (stack_t){.ss_sp = ys_stack_limit(s), .ss_size = ys_stack_usable(s)};
    uint64_t address = (uintptr_t)e;
    makecontext(&e->body, (void (*)(void))example_start, 2, (unsigned int)(address >> 32), (unsigned int)address);
    *ys_gen_backend_slot(g) = e;
    return 0;
}

static void example_resume(ys_gen *g)
{
    struct example *e = example_of(g);
    void *resumer_fake = NULL;
    ys_fiber_leave_to(&resumer_fake, e->stack);
    swapcontext(&e->resumer, &e->body);
    ys_fiber_back(resumer_fake);
}

static void example_suspend(ys_gen *g)
{
    struct example *e = example_of(g);
    ys_fiber_suspend(&e->fiber);
    swapcontext(&e->body, &e->resumer);
    ys_fiber_arrived(&e->fiber);
}

static void example_destroy(ys_gen *g) { ys_stack_release(example_of(g)->stack); }

const ys_backend ys_backend_example = {
    .name = "example",
    .stackful = true,
    .create = example_create,
    .resume = example_resume,
    .suspend = example_suspend,
    .destroy = example_destroy,
};
