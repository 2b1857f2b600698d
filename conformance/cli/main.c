/* The yieldspec executable: the CLI over whichever scenario library this
 * executable links, with its default spec and expectations directories. */
#include "cli.h"

#if defined(__SANITIZE_THREAD__)
/* ThreadSanitizer sleeps a second in every exiting process by default, to
 * catch threads still running at exit. Each scenario runs in a child of its
 * own, so that second was nearly all of a matrix run (1.1 s per cell where the
 * cell itself takes 0.1 s), and a child has nothing left to catch there: the
 * threads backend joins its idle workers at exit, and any other worker waits
 * on its semaphore. TSAN_OPTIONS still overrides this (and the allocator
 * setting below). */
const char *__tsan_default_options(void);
const char *__tsan_default_options(void)
{
    return "atexit_sleep_ms=0:allocator_may_return_null=1";
}
#endif

/* A scenario may ask for more memory than any machine has (a tuple of 2**60
 * items): malloc's NULL is its MemoryError, as with glibc, where the
 * sanitizers' allocators would abort by default. *_OPTIONS still override. */
#if defined(__SANITIZE_ADDRESS__)
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1";
}
#endif

int main(int argc, char **argv)
{
    return ys_cli_main(argc, argv, YIELDSPEC_DEFAULT_SPEC_DIR,
                       YIELDSPEC_DEFAULT_EXPECTATIONS_DIR);
}
