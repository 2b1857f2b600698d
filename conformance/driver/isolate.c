#define _GNU_SOURCE /* sigabbrev_np */
#include "isolate.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Exit status of a child whose driver refused the scenario. */
#define REFUSED_EXIT_STATUS 3

typedef struct buffer {
    char *data;
    size_t len, cap;
} buffer;

static void buffer_append(buffer *b, const char *data, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        while (b->len + n + 1 > b->cap)
            b->cap = b->cap ? 2 * b->cap : 4096;
        b->data = realloc(b->data, b->cap);
        if (!b->data) {
            perror("yieldspec");
            abort();
        }
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What a forked child does: write a trace to trace_fd and errors to error_fd,
 * then exit. */
typedef void (*child_main)(const void *ctx, int trace_fd, int error_fd);

typedef struct backend_run {
    const ys_scenario *sc;
    const ys_backend *backend;
    int python_minor;
} backend_run;

static _Noreturn void drive_in_child(const void *ctx, int trace_fd, int error_fd)
{
    const backend_run *job = ctx;
    dup2(error_fd, STDERR_FILENO);
    FILE *trace = fdopen(trace_fd, "w");
    if (!trace) {
        perror("yieldspec: trace pipe");
        _exit(REFUSED_EXIT_STATUS);
    }
    /* Line-buffered, so a crash leaves every finished line for the report. */
    setvbuf(trace, NULL, _IOLBF, 0);
    int rc = ys_drive_scenario(job->sc, job->backend, job->python_minor, trace);
    fflush(trace);
    fflush(stderr);
    /* _exit: the parent's atexit handlers and stdio buffers are not ours. */
    _exit(rc == 0 ? 0 : REFUSED_EXIT_STATUS);
}

/* Read both pipes until the child closes them or the deadline passes.
 * Returns false on timeout. */
static bool collect_output(int trace_fd, int error_fd, double deadline, buffer *trace,
                           buffer *errors)
{
    struct pollfd fds[2] = {{trace_fd, POLLIN, 0}, {error_fd, POLLIN, 0}};
    buffer *sinks[2] = {trace, errors};
    int open_count = 2;
    char chunk[8192];
    while (open_count > 0) {
        double left = deadline - now_seconds();
        if (left <= 0)
            return false;
        int ready = poll(fds, 2, (int)(left * 1000) + 1);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0) {
            perror("yieldspec: poll");
            return false;
        }
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
            if (n > 0) {
                buffer_append(sinks[i], chunk, (size_t)n);
            } else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1;
                open_count--;
            }
        }
    }
    return true;
}

/* An external command's process group is its own, so that a timeout kills
 * whatever it started too; it dies with this process. */
static _Noreturn void exec_in_child(const void *ctx, int trace_fd, int error_fd)
{
    char *const *argv = ctx;
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0)
        dup2(null_fd, STDIN_FILENO);
    dup2(trace_fd, STDOUT_FILENO);
    dup2(error_fd, STDERR_FILENO);
    execvp(argv[0], argv);
    dprintf(STDERR_FILENO, "cannot run \"%s\": %s\n", argv[0], strerror(errno));
    _exit(YS_RUN_EXEC_FAILED_STATUS);
}

static int run_in_child(child_main child, const void *ctx, bool own_process_group,
                        double timeout_seconds, ys_run *out)
{
    memset(out, 0, sizeof *out);
    int trace_pipe[2], error_pipe[2];
    if (pipe2(trace_pipe, O_CLOEXEC) != 0 || pipe2(error_pipe, O_CLOEXEC) != 0) {
        perror("yieldspec: pipe");
        return -1;
    }
    fflush(stdout);
    fflush(stderr);
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        perror("yieldspec: fork");
        return -1;
    }
    if (pid == 0) {
        close(trace_pipe[0]);
        close(error_pipe[0]);
        child(ctx, trace_pipe[1], error_pipe[1]);
        _exit(REFUSED_EXIT_STATUS);
    }
    close(trace_pipe[1]);
    close(error_pipe[1]);

    buffer trace = {0}, errors = {0};
    buffer_append(&trace, "", 0);
    buffer_append(&errors, "", 0);
    bool finished_in_time =
        collect_output(trace_pipe[0], error_pipe[0], start + timeout_seconds, &trace, &errors);
    if (!finished_in_time) {
        if (own_process_group)
            kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    close(trace_pipe[0]);
    close(error_pipe[0]);

    out->seconds = now_seconds() - start;
    out->trace = trace.data;
    out->trace_len = trace.len;
    out->errors = errors.data;
    if (!finished_in_time) {
        out->status = YS_RUN_TIMED_OUT;
    } else if (WIFSIGNALED(status)) {
        out->status = YS_RUN_CRASHED;
        out->signal = WTERMSIG(status);
    } else {
        out->exit_status = WEXITSTATUS(status);
        out->status = out->exit_status != 0 ? YS_RUN_REFUSED : YS_RUN_FINISHED;
    }
    return 0;
}

int ys_run_isolated(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                    double timeout_seconds, ys_run *out)
{
    backend_run job = {sc, backend, python_minor};
    return run_in_child(drive_in_child, &job, false, timeout_seconds, out);
}

int ys_run_command(char *const argv[], double timeout_seconds, ys_run *out)
{
    return run_in_child(exec_in_child, argv, true, timeout_seconds, out);
}

void ys_run_free(ys_run *run)
{
    free(run->trace);
    free(run->errors);
    memset(run, 0, sizeof *run);
}

char *ys_run_failure_summary(const ys_run *run, double timeout_seconds)
{
    char *summary = NULL;
    int n = 0;
    switch (run->status) {
    case YS_RUN_FINISHED:
        return NULL;
    case YS_RUN_CRASHED: {
        /* A runtime diagnostic before the signal ("generator stack overflow
         * in ...") says more than the signal: keep its first line. */
        const char *abbrev = sigabbrev_np(run->signal);
        int diagnostic_len = (int)strcspn(run->errors, "\n");
        n = asprintf(&summary, "killed by SIG%s (%s)%s%.*s", abbrev ? abbrev : "?",
                     strsignal(run->signal), diagnostic_len ? ": " : "", diagnostic_len,
                     run->errors);
        break;
    }
    case YS_RUN_TIMED_OUT:
        n = asprintf(&summary, "timed out after %g s", timeout_seconds);
        break;
    case YS_RUN_REFUSED: {
        size_t first_line = strcspn(run->errors, "\n");
        n = first_line ? asprintf(&summary, "%.*s", (int)first_line, run->errors)
                       : asprintf(&summary, "the driver failed without a message");
        break;
    }
    }
    if (n < 0)
        abort();
    return summary;
}
