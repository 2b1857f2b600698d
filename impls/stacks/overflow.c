/* The stack-overflow diagnostic: a SIGSEGV handler, running on an alternate
 * signal stack (the faulting stack has no room left), that recognises a fault
 * in a generator stack's guard region. */
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "stack_internal.h"

/* Enough for the handler plus the kernel's signal frame, even with large
 * vector register files (AVX-512, SVE). */
enum { ALTSTACK_BYTES = 64 * 1024 };

static pthread_once_t install_once = PTHREAD_ONCE_INIT;
static pthread_key_t altstack_key;
static struct sigaction previous_segv;
static _Thread_local bool thread_prepared;

/* Async-signal-safe: no stdio, no malloc. */
static size_t append(char *buf, size_t len, size_t cap, const char *text)
{
    size_t n = strlen(text);
    if (n > cap - len)
        n = cap - len;
    memcpy(buf + len, text, n);
    return len + n;
}

static size_t append_size(char *buf, size_t len, size_t cap, size_t value)
{
    char digits[24];
    char *d = digits + sizeof digits;
    *--d = '\0';
    do
        *--d = (char)('0' + value % 10);
    while ((value /= 10) != 0);
    return append(buf, len, cap, d);
}

static void report_overflow(const struct ys_stack *s)
{
    char msg[512];
    size_t len = append(msg, 0, sizeof msg, "generator stack overflow in ");
    len = append(msg, len, sizeof msg, s->name ? s->name : "?");
    len = append(msg, len, sizeof msg, " (stack ");
    len = append_size(msg, len, sizeof msg, s->requested);
    len = append(msg, len, sizeof msg, " bytes)\n");
    ssize_t ignored = write(STDERR_FILENO, msg, len);
    (void)ignored;
}

static void on_segv(int sig, siginfo_t *info, void *context)
{
    const struct ys_stack *s = ys_stack_guarding_(info->si_addr);
    if (s) {
        report_overflow(s);
        abort();
    }
    /* Not ours: hand the fault to whoever handled SIGSEGV before us. */
    if (previous_segv.sa_flags & SA_SIGINFO) {
        previous_segv.sa_sigaction(sig, info, context);
    } else if (previous_segv.sa_handler != SIG_DFL && previous_segv.sa_handler != SIG_IGN) {
        previous_segv.sa_handler(sig);
    } else {
        /* Returning re-executes the faulting instruction, which now gets the
         * default action: the usual crash, core dump included. */
        signal(SIGSEGV, SIG_DFL);
    }
}

static size_t altstack_bytes(void)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    return (ALTSTACK_BYTES + page - 1) / page * page;
}

static void release_altstack(void *mem)
{
    stack_t off = {.ss_flags = SS_DISABLE};
    sigaltstack(&off, NULL);
    munmap(mem, altstack_bytes());
}

static void install_handler(void)
{
    pthread_key_create(&altstack_key, release_altstack);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &previous_segv);
}

void ys_stack_prepare_thread(void)
{
    if (thread_prepared)
        return;
    thread_prepared = true;
    pthread_once(&install_once, install_handler);
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE))
        return; /* this thread already has one (AddressSanitizer installs its own) */
    size_t size = altstack_bytes();
    void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        return; /* an overflow on this thread then ends in a plain SIGSEGV */
    stack_t ss = {.ss_sp = mem, .ss_size = size, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) {
        munmap(mem, size);
        return;
    }
    pthread_setspecific(altstack_key, mem);
}
