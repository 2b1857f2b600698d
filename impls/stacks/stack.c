/* Stack mappings, their guard regions and the pool. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "stack_internal.h"
#include "yieldspec/exc.h"
#include "yieldspec/gen.h"

#if YS_HAVE_VALGRIND_H
#include <valgrind.h>
#else
#define VALGRIND_STACK_REGISTER(lo, hi) 0u
#define VALGRIND_STACK_DEREGISTER(id) ((void)(id))
#endif

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#else
#define ASAN_UNPOISON_MEMORY_REGION(addr, size) ((void)(addr), (void)(size))
#endif

enum {
    /* A function with a frame larger than the guard can jump over it and land
     * in the next mapping (another stack's record), so the guard is wider
     * than a page. PROT_NONE costs address space only. */
    GUARD_BYTES = 64 * 1024,
    ALIGNMENT = 64,
    /* The pool keeps this many released stacks of each of this many sizes;
     * beyond that, stacks go back to the system. */
    POOL_SIZES = 4,
    POOL_DEPTH = 64,
};

struct pool_bucket {
    size_t map_size; /* the size this bucket holds; any size while empty */
    unsigned count;
    struct ys_stack *head;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct ys_stack *mapped; /* guarded by lock; read unlocked by the handler */
static struct pool_bucket pool[POOL_SIZES];

/* The last stack this thread released, kept out of the shared pool: a
 * generator created and destroyed on one thread, the common case, then
 * takes no lock. Given back to the pool when the thread exits. */
static _Thread_local struct ys_stack *thread_spare;
static _Thread_local bool thread_spare_registered;
static pthread_key_t spare_key;
static pthread_once_t spare_key_once = PTHREAD_ONCE_INIT;

/* to: a power of two */
static size_t round_up(size_t n, size_t to) { return (n + to - 1) & ~(to - 1); }

static size_t page_bytes(void)
{
    static _Atomic size_t page;
    size_t p = atomic_load_explicit(&page, memory_order_relaxed);
    if (!p) {
        p = (size_t)sysconf(_SC_PAGESIZE);
        atomic_store_explicit(&page, p, memory_order_relaxed);
    }
    return p;
}

static size_t guard_bytes(void) { return round_up(GUARD_BYTES, page_bytes()); }

static size_t descriptor_bytes(void) { return round_up(sizeof(struct ys_stack), ALIGNMENT); }

static struct ys_stack *map_stack(size_t map_size)
{
    char *map = mmap(NULL, map_size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (map == MAP_FAILED)
        return NULL;
    size_t guard = guard_bytes();
    if (mprotect(map, guard, PROT_NONE) != 0) {
        int saved = errno;
        munmap(map, map_size);
        errno = saved;
        return NULL;
    }
    struct ys_stack *s = (struct ys_stack *)(map + map_size - descriptor_bytes());
    s->map = map;
    s->map_size = map_size;
    s->limit = map + guard;
    s->valgrind_id = VALGRIND_STACK_REGISTER(s->limit, (char *)s);
    s->prev_mapped = NULL;
    pthread_mutex_lock(&lock);
    s->next_mapped = mapped;
    if (mapped)
        mapped->prev_mapped = s;
    mapped = s;
    pthread_mutex_unlock(&lock);
    return s;
}

/* Called with lock held; the caller unmaps after unlocking. */
static void forget_mapping(struct ys_stack *s)
{
    if (s->prev_mapped)
        s->prev_mapped->next_mapped = s->next_mapped;
    else
        mapped = s->next_mapped;
    if (s->next_mapped)
        s->next_mapped->prev_mapped = s->prev_mapped;
}

static void unmap_stack(struct ys_stack *s)
{
    VALGRIND_STACK_DEREGISTER(s->valgrind_id);
    munmap(s->map, s->map_size);
}

static struct ys_stack *pool_take(size_t map_size)
{
    struct ys_stack *s = NULL;
    pthread_mutex_lock(&lock);
    for (struct pool_bucket *b = pool; b < pool + POOL_SIZES; b++) {
        if (b->count && b->map_size == map_size) {
            s = b->head;
            b->head = s->next_free;
            b->count--;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return s;
}

static void pool_put(struct ys_stack *s)
{
    struct pool_bucket *home = NULL;
    pthread_mutex_lock(&lock);
    for (struct pool_bucket *b = pool; b < pool + POOL_SIZES; b++) {
        if (b->count && b->map_size == s->map_size) {
            home = b->count < POOL_DEPTH ? b : NULL;
            break;
        }
        if (!b->count && !home)
            home = b;
    }
    if (home) {
        home->map_size = s->map_size;
        s->next_free = home->head;
        home->head = s;
        home->count++;
    } else {
        forget_mapping(s);
    }
    pthread_mutex_unlock(&lock);
    if (!home)
        unmap_stack(s);
}

static void return_thread_spare(void *unused)
{
    if (thread_spare)
        pool_put(thread_spare);
    thread_spare = NULL;
}

static void create_spare_key(void) { pthread_key_create(&spare_key, return_thread_spare); }

ys_stack *ys_stack_acquire(size_t usable, size_t record_size, const char *name)
{
    ys_stack_prepare_thread();
    record_size = round_up(record_size, ALIGNMENT);
    if (usable > SIZE_MAX / 2 || record_size > SIZE_MAX / 4) {
        errno = ENOMEM;
        return NULL;
    }
    size_t map_size = round_up(usable + record_size + descriptor_bytes(), page_bytes()) + guard_bytes();

    struct ys_stack *s = thread_spare;
    if (s && s->map_size == map_size)
        thread_spare = NULL;
    else if (!(s = pool_take(map_size)) && !(s = map_stack(map_size)))
        return NULL;
    /* Per request: a pooled stack may have served a record of another size. */
    s->top = (char *)s - record_size;
    s->requested = usable;
    s->name = name;
    return s;
}

ys_stack *ys_stack_for_gen(ys_gen *g, size_t usable, size_t record_size)
{
    ys_stack *s = ys_stack_acquire(usable, record_size, ys_gen_name(g));
    if (!s)
        ys_err_format(YS_EXC(MemoryError), "cannot allocate a %zu-byte stack for generator %s: %s",
                      usable, ys_gen_name(g), strerror(errno));
    return s;
}

void ys_stack_release(ys_stack *s)
{
    ASAN_UNPOISON_MEMORY_REGION(s->limit, (size_t)((char *)s - s->limit));
    if (!thread_spare_registered) {
        pthread_once(&spare_key_once, create_spare_key);
        pthread_setspecific(spare_key, &thread_spare); /* any non-NULL value arms the destructor */
        thread_spare_registered = true;
    }
    if (thread_spare)
        pool_put(thread_spare);
    thread_spare = s;
}

void ys_stack_set_owner(ys_stack *s, const char *name) { s->name = name; }

void *ys_stack_record(const ys_stack *s) { return s->top; }
void *ys_stack_top(const ys_stack *s) { return s->top; }
void *ys_stack_limit(const ys_stack *s) { return s->limit; }
size_t ys_stack_usable(const ys_stack *s) { return (size_t)(s->top - s->limit); }

const struct ys_stack *ys_stack_guarding_(const void *addr)
{
    const char *a = addr;
    for (const struct ys_stack *s = mapped; s; s = s->next_mapped)
        if (a >= s->map && a < s->limit)
            return s;
    return NULL;
}
