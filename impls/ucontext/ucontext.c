/* The ucontext backend: glibc's makecontext/swapcontext on a guarded, pooled
 * stack. swapcontext also saves and restores the signal mask, a system call
 * per switch; that cost is the point of having this backend to compare. */
#include <stdint.h>
#include <ucontext.h>

#include "ys_stacks/fiber.h"
#include "ys_stacks/stack.h"
#include "yieldspec/backend.h"

struct uc_context {
    ucontext_t body;    /* the generator, while it is switched out */
    ucontext_t resumer; /* whoever resumed it, while it runs */
    ys_fiber fiber;
    ys_stack *stack;
    ys_gen *gen;
};

#if defined(__SANITIZE_ADDRESS__)
#include <dlfcn.h>
/* AddressSanitizer intercepts swapcontext to unpoison the whole target stack
 * at every switch (hiding errors in the suspended frames) and to print a
 * warning on stderr. The ys_fiber annotations already describe each switch
 * exactly, so sanitizer builds call glibc's own swapcontext. */
static int switch_context(ucontext_t *from, const ucontext_t *to)
{
    static int (*glibc_swapcontext)(ucontext_t *, const ucontext_t *);
    if (!glibc_swapcontext) {
        void *libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD);
        glibc_swapcontext = (int (*)(ucontext_t *, const ucontext_t *))dlsym(libc, "swapcontext");
    }
    return glibc_swapcontext(from, to);
}
#else
static int switch_context(ucontext_t *from, const ucontext_t *to) { return swapcontext(from, to); }
#endif

static struct uc_context *context_of(ys_gen *g) { return *ys_gen_backend_slot(g); }

/* makecontext passes only int arguments, so the context's address arrives
 * in two halves. */
static void uc_start(unsigned int high, unsigned int low)
{
    struct uc_context *c = (struct uc_context *)(uintptr_t)(((uint64_t)high << 32) | low);
    ys_fiber_arrived(&c->fiber);
    ys_gen_entry(c->gen);
    ys_fiber_exit(&c->fiber);
    setcontext(&c->resumer); /* the core never resumes a finished body */
}

static int uc_create(ys_gen *g, size_t stack_size)
{
    ys_stack *s = ys_stack_for_gen(g, stack_size, sizeof(struct uc_context));
    if (!s)
        return -1;
    struct uc_context *c = ys_stack_record(s);
    *c = (struct uc_context){.stack = s, .gen = g};
    getcontext(&c->body);
    c->body.uc_stack.ss_sp = ys_stack_limit(s);
    c->body.uc_stack.ss_size = ys_stack_usable(s);
    c->body.uc_link = NULL;
    uint64_t address = (uintptr_t)c;
    makecontext(&c->body, (void (*)(void))uc_start, 2, (unsigned int)(address >> 32),
                (unsigned int)address);
    *ys_gen_backend_slot(g) = c;
    return 0;
}

static void uc_resume(ys_gen *g)
{
    struct uc_context *c = context_of(g);
    void *resumer_fake = NULL;
    ys_fiber_leave_to(&resumer_fake, c->stack);
    switch_context(&c->resumer, &c->body);
    ys_fiber_back(resumer_fake);
}

static void uc_suspend(ys_gen *g)
{
    struct uc_context *c = context_of(g);
    ys_fiber_suspend(&c->fiber);
    switch_context(&c->body, &c->resumer);
    ys_fiber_arrived(&c->fiber);
}

static void uc_destroy(ys_gen *g) { ys_stack_release(context_of(g)->stack); }

const ys_backend ys_backend_ucontext = {
    .name = "ucontext",
    .stackful = true,
    .create = uc_create,
    .resume = uc_resume,
    .suspend = uc_suspend,
    .destroy = uc_destroy,
};
