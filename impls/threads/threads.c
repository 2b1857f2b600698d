/* The threads backend: each generator body runs on a pthread of its own, and
 * control passes between the resumer and the body through a pair of
 * semaphores, so exactly one side runs at any time. glibc builds
 * sem_post/sem_wait on a futex (a handoff is one futex wake and one futex
 * wait), and unlike a raw futex ThreadSanitizer understands them, so one code
 * path serves every build.
 *
 * A worker (thread + stack + semaphores) outlives its generator: when the
 * generator is destroyed the worker waits in a pool for the next one, so
 * creating a generator rarely creates a thread. A generator destroyed while
 * suspended mid-body has its worker longjmp out of the body (discarding its
 * frames without running them, as the other stackful backends discard a
 * stack), after which the worker is as good as new. */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include <fenv.h>
#include <link.h>
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
#include <stdbool.h>
#include <string.h>

#include "ys_stacks/stack.h"
#include "yieldspec/backend.h"
#include "yieldspec/exc.h"

enum {
    /* Room for glibc's thread descriptor, beyond the static TLS (measured). */
    THREAD_DESCRIPTOR_RESERVE = 64 * 1024,
    IDLE_WORKERS_MAX = 32,
};

struct worker {
    sem_t to_body, to_resumer;
    pthread_t thread;
    ys_stack *stack;
    size_t stack_size; /* what the generator asked for: pooled workers are matched on it */
    ys_gen *gen;       /* NULL tells the worker to exit */
    fenv_t start_env;  /* the creator's floating-point environment, as the other backends give */
    bool in_body;      /* inside ys_gen_entry */
    bool abandon;      /* destroy() wants the suspended body discarded */
    jmp_buf abandon_point;
    struct worker *next_idle;
};

static pthread_mutex_t idle_lock = PTHREAD_MUTEX_INITIALIZER;
static struct worker *idle_workers;
static unsigned idle_count;

static struct worker *worker_of(ys_gen *g) { return *ys_gen_backend_slot(g); }

/* glibc carves the thread descriptor and the static TLS of every loaded
 * module out of the top of a stack given with pthread_attr_setstack. That
 * room is set aside above the generator's usable stack, so the body keeps the
 * size it asked for. It is measured, not guessed: sanitizer runtimes keep
 * large per-thread state in TLS (ThreadSanitizer's is about 900 KiB). */
static size_t thread_reserve;
static pthread_once_t thread_reserve_once = PTHREAD_ONCE_INIT;

static int add_static_tls(struct dl_phdr_info *info, size_t size, void *total)
{
    for (size_t i = 0; i < info->dlpi_phnum; i++)
        if (info->dlpi_phdr[i].p_type == PT_TLS)
            *(size_t *)total += info->dlpi_phdr[i].p_memsz + info->dlpi_phdr[i].p_align;
    return 0;
}

static void measure_thread_reserve(void)
{
    size_t tls = 0;
    dl_iterate_phdr(add_static_tls, &tls);
    thread_reserve = (tls + THREAD_DESCRIPTOR_RESERVE + 63) / 64 * 64;
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    ys_stack_prepare_thread();
    for (;;) {
        sem_wait(&w->to_body);
        if (!w->gen)
            return NULL;
        if (setjmp(w->abandon_point) == 0) {
            fesetenv(&w->start_env);
            w->in_body = true;
            ys_gen_entry(w->gen);
        }
        w->in_body = false;
        w->abandon = false;
        sem_post(&w->to_resumer);
    }
}

static struct worker *start_worker(ys_gen *g, size_t stack_size)
{
    pthread_once(&thread_reserve_once, measure_thread_reserve);
    ys_stack *s = ys_stack_for_gen(g, stack_size, thread_reserve + sizeof(struct worker));
    if (!s)
        return NULL;
    struct worker *w = (struct worker *)((char *)ys_stack_record(s) + thread_reserve);
    memset(w, 0, sizeof *w);
    w->stack = s;
    w->stack_size = stack_size;
    sem_init(&w->to_body, 0, 0);
    sem_init(&w->to_resumer, 0, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, ys_stack_limit(s), ys_stack_usable(s) + thread_reserve);
    int err = pthread_create(&w->thread, &attr, worker_main, w);
    pthread_attr_destroy(&attr);
    if (err) {
        ys_err_format(YS_EXC(RuntimeError), "can't start new thread for generator %s: %s",
                      ys_gen_name(g), strerror(err));
        sem_destroy(&w->to_body);
        sem_destroy(&w->to_resumer);
        ys_stack_release(s);
        return NULL;
    }
    return w;
}

static void stop_worker(struct worker *w)
{
    w->gen = NULL;
    sem_post(&w->to_body);
    pthread_join(w->thread, NULL);
    sem_destroy(&w->to_body);
    sem_destroy(&w->to_resumer);
    ys_stack_release(w->stack);
}

static struct worker *take_idle_worker(size_t stack_size)
{
    pthread_mutex_lock(&idle_lock);
    struct worker **link = &idle_workers;
    while (*link && (*link)->stack_size != stack_size)
        link = &(*link)->next_idle;
    struct worker *w = *link;
    if (w) {
        *link = w->next_idle;
        idle_count--;
    }
    pthread_mutex_unlock(&idle_lock);
    return w;
}

/* After fork() the child has only the forking thread: the idle workers'
 * threads do not exist there, so the child forgets them (their stacks stay
 * mapped). Generators suspended at the fork cannot be resumed in the child. */
static void forget_idle_workers(void)
{
    idle_workers = NULL;
    idle_count = 0;
}

static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;
static void register_atfork(void) { pthread_atfork(NULL, NULL, forget_idle_workers); }

static int threads_create(ys_gen *g, size_t stack_size)
{
    pthread_once(&atfork_once, register_atfork);
    struct worker *w = take_idle_worker(stack_size);
    if (w)
        ys_stack_set_owner(w->stack, ys_gen_name(g));
    else if (!(w = start_worker(g, stack_size)))
        return -1;
    w->gen = g;
    fegetenv(&w->start_env);
    *ys_gen_backend_slot(g) = w;
    return 0;
}

static void threads_resume(ys_gen *g)
{
    struct worker *w = worker_of(g);
    sem_post(&w->to_body);
    sem_wait(&w->to_resumer);
}

static void threads_suspend(ys_gen *g)
{
    struct worker *w = worker_of(g);
    sem_post(&w->to_resumer);
    sem_wait(&w->to_body);
    if (w->abandon)
        longjmp(w->abandon_point, 1);
}

static void threads_destroy(ys_gen *g)
{
    struct worker *w = worker_of(g);
    if (w->in_body) {
        w->abandon = true;
        threads_resume(g);
    }
    pthread_mutex_lock(&idle_lock);
    bool keep = idle_count < IDLE_WORKERS_MAX;
    if (keep) {
        w->next_idle = idle_workers;
        idle_workers = w;
        idle_count++;
    }
    pthread_mutex_unlock(&idle_lock);
    if (!keep)
        stop_worker(w);
}

/* Idle workers are joined at exit, so that leak checkers see every thread and
 * stack accounted for. */
__attribute__((destructor)) static void stop_idle_workers(void)
{
    pthread_mutex_lock(&idle_lock);
    struct worker *w = idle_workers;
    idle_workers = NULL;
    idle_count = 0;
    pthread_mutex_unlock(&idle_lock);
    while (w) {
        struct worker *next = w->next_idle;
        stop_worker(w);
        w = next;
    }
}

const ys_backend ys_backend_threads = {
    .name = "threads",
    .stackful = true,
    .create = threads_create,
    .resume = threads_resume,
    .suspend = threads_suspend,
    .destroy = threads_destroy,
};
