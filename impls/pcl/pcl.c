/* The pcl backend: the Portable Coroutine Library (Debian libpcl1), co_call
 * into a coroutine whose stack comes from impls/stacks (guard page, overflow
 * diagnostic, valgrind registration), co_resume back to its caller. Debian's
 * PCL switches with glibc's swapcontext, so each switch also saves and
 * restores the signal mask and the FP control words, and the new context
 * starts from getcontext's snapshot of the creator's. Under AddressSanitizer
 * the swapcontext interceptor prints a one-time warning on stderr (PCL calls
 * it, not this file); the fiber annotations still describe every switch. */
#include <pcl.h>

#include "ys_stacks/fiber.h"
#include "ys_stacks/stack.h"
#include "yieldspec/backend.h"
#include "yieldspec/exc.h"

struct pcl_context {
    coroutine_t coro;
    ys_fiber fiber;
    ys_stack *stack;
    ys_gen *gen;
};

static struct pcl_context *context_of(ys_gen *g) { return *ys_gen_backend_slot(g); }

static void pcl_start(void *arg)
{
    struct pcl_context *c = arg;
    ys_fiber_arrived(&c->fiber);
    ys_gen_entry(c->gen);
    ys_fiber_exit(&c->fiber);
    co_resume(); /* the core never resumes a finished body */
}

/* PCL keeps its current coroutine per thread and needs co_thread_init() on
 * each thread that switches, once. */
static _Thread_local bool pcl_thread_ready;

static int pcl_create(ys_gen *g, size_t stack_size)
{
    if (!pcl_thread_ready) {
        if (co_thread_init() != 0) {
            ys_err_format(YS_EXC(OSError), "PCL: co_thread_init failed for generator %s", ys_gen_name(g));
            return -1;
        }
        pcl_thread_ready = true;
    }
    ys_stack *s = ys_stack_for_gen(g, stack_size, sizeof(struct pcl_context));
    if (!s)
        return -1;
    struct pcl_context *c = ys_stack_record(s);
    *c = (struct pcl_context){.stack = s, .gen = g};
    /* PCL carves its coroutine descriptor from the bottom of the given stack. */
    c->coro = co_create(pcl_start, c, ys_stack_limit(s), (int)ys_stack_usable(s));
    if (!c->coro) {
        ys_stack_release(s);
        ys_err_format(YS_EXC(MemoryError), "PCL: co_create failed for generator %s", ys_gen_name(g));
        return -1;
    }
    *ys_gen_backend_slot(g) = c;
    return 0;
}

static void pcl_resume(ys_gen *g)
{
    struct pcl_context *c = context_of(g);
    void *resumer_fake = NULL;
    ys_fiber_leave_to(&resumer_fake, c->stack);
    co_call(c->coro);
    ys_fiber_back(resumer_fake);
}

static void pcl_suspend(ys_gen *g)
{
    struct pcl_context *c = context_of(g);
    ys_fiber_suspend(&c->fiber);
    co_resume();
    ys_fiber_arrived(&c->fiber);
}

static void pcl_destroy(ys_gen *g)
{
    struct pcl_context *c = context_of(g);
    co_delete(c->coro); /* the descriptor lives on our stack: PCL frees nothing */
    ys_stack_release(c->stack);
}

const ys_backend ys_backend_pcl = {
    .name = "pcl",
    .stackful = true,
    .create = pcl_create,
    .resume = pcl_resume,
    .suspend = pcl_suspend,
    .destroy = pcl_destroy,
};
