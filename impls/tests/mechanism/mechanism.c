#include "mechanism.h"

#include "backend_params.h"

#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

enum { CHILD_SECONDS = 60 };

struct criterion_test_params stackful_backends(void) { return backend_params(true); }

static size_t current_index;

void start_backend(size_t index, size_t stack_size)
{
    current_index = index;
    ys_config cfg = {.backend = ys_backends[index], .stack_size = stack_size};
    cr_assert_eq(ys_runtime_init(&cfg), 0);
}

const char *current_backend(void) { return ys_backends[current_index]->name; }

void restart_backend(size_t stack_size)
{
    ys_runtime_shutdown();
    start_backend(current_index, stack_size);
}

child_outcome run_in_child(void (*fn)(void *arg), void *arg)
{
    child_outcome out = {0};
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        /* A child that hangs (say, waiting for a thread that fork left behind)
         * must not outlive the test: nothing else would ever reap it. */
        alarm(CHILD_SECONDS);
        close(fds[0]);
        dup2(fds[1], STDERR_FILENO);
        fn(arg);
        _exit(0);
    }
    close(fds[1]);
    /* Read to the end even past the buffer, so the child never blocks on a full pipe. */
    size_t len = 0;
    char rest[512];
    ssize_t n;
    while ((n = len < sizeof out.err - 1 ? read(fds[0], out.err + len, sizeof out.err - 1 - len)
                                         : read(fds[0], rest, sizeof rest)) > 0)
        if (len < sizeof out.err - 1)
            len += (size_t)n;
    close(fds[0]);
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    if (WIFSIGNALED(status))
        out.signal = WTERMSIG(status);
    else
        out.exit_code = WEXITSTATUS(status);
    return out;
}
