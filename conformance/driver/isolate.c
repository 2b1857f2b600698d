#define _GNU_SOURCE /* sigabbrev_np */
#include "isolate.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Exit status of a child whose driver refused the scenario. */
#define REFUSED_EXIT_STATUS 3
/* Exit status of a child whose scenario left memory unreleased after the
 * runtime's shutdown (its own count, or LeakSanitizer in AddressSanitizer
 * builds). */
#define LEAKED_EXIT_STATUS 4

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif
#if defined(YIELDSPEC_COVERAGE_BUILD)
void __gcov_dump(void); /* libgcov: write this process's counters now */
#endif

/* Every binding is released and the runtime shut down: a block still held is
 * a leak, unless a generator is still alive. Then a reference cycle through
 * its frame may hold it and the blocks, which nothing but a cycle collector
 * would free; LeakSanitizer, which tells reachable from lost, judges those
 * runs (YIELDSPEC_LEAK_CHECK, threads backend). */
static bool runtime_still_holds_blocks(void)
{
    size_t held = ys_runtime_blocks_held();
    if (held == 0 || ys_gen_count_alive() != 0)
        return false;
    fprintf(stderr, "%zu block%s the runtime allocated %s still held\n", held,
            held == 1 ? "" : "s", held == 1 ? "is" : "are");
    return true;
}

/* The child ends with _exit (the parent's atexit handlers and stdio buffers
 * are not its own), which skips the two exit-time reports instrumented builds
 * rely on: LeakSanitizer's leak check and gcov's counters. Run them here,
 * after the runtime's own count of what it still holds.
 * The leak check is asked for (YIELDSPEC_LEAK_CHECK=1): a generator kept alive
 * by a reference cycle through its own frame is never freed, as in CPython
 * without its cycle collector, and LeakSanitizer sees it as a leak unless the
 * frame lives on a thread's stack, which it scans (the threads backend). */
static bool leak_sanitizer_reports_a_leak(void)
{
#if defined(__SANITIZE_ADDRESS__)
    const char *leak_check = getenv("YIELDSPEC_LEAK_CHECK");
    return leak_check && strcmp(leak_check, "1") == 0 && __lsan_do_recoverable_leak_check() != 0;
#else
    return false;
#endif
}

static _Noreturn void child_exit(int status)
{
    if (status == 0 && runtime_still_holds_blocks())
        status = LEAKED_EXIT_STATUS;
    fflush(stderr);
    if (status == 0 && leak_sanitizer_reports_a_leak())
        status = LEAKED_EXIT_STATUS;
#if defined(YIELDSPEC_COVERAGE_BUILD)
    __gcov_dump();
#endif
    _exit(status);
}

typedef struct buffer {
    char *data;
    size_t len, cap;
    size_t lines;   /* complete lines kept */
    bool truncated; /* a limit was reached: nothing more is kept */
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

/* Append what fits under YS_RUN_OUTPUT_MAX_BYTES and YS_RUN_OUTPUT_MAX_LINES,
 * cut after the last whole line that fits; drop everything after that. */
static void buffer_append_bounded(buffer *b, const char *data, size_t n)
{
    if (b->truncated || n == 0)
        return;
    if (b->lines == YS_RUN_OUTPUT_MAX_LINES) {
        b->truncated = true;
        return;
    }
    size_t room = YS_RUN_OUTPUT_MAX_BYTES - b->len;
    size_t keep = n < room ? n : room;
    b->truncated = keep < n;
    for (const char *p = data; (p = memchr(p, '\n', (size_t)(data + keep - p))); p++)
        if (++b->lines == YS_RUN_OUTPUT_MAX_LINES) {
            b->truncated = b->truncated || p + 1 < data + n;
            keep = (size_t)(p + 1 - data);
            break;
        }
    buffer_append(b, data, keep);
    if (b->truncated) {
        /* A partial last line would read as a wrong line, not a cut one. */
        const char *last_newline = memrchr(b->data, '\n', b->len);
        b->len = last_newline ? (size_t)(last_newline + 1 - b->data) : 0;
        b->data[b->len] = '\0';
    }
}

/* The children of the runs in progress, for the handler below: one slot per
 * run (runs of an external implementation go on in parallel, --jobs at a
 * time); 0 is a free slot, a negative pid a whole process group. */
#define MAX_RUNNING_CHILDREN 1024
static volatile sig_atomic_t running_children[MAX_RUNNING_CHILDREN];
static pthread_mutex_t running_children_lock = PTHREAD_MUTEX_INITIALIZER;

/* Returns the slot, or -1 when all are taken (the death signal still covers
 * such a child). */
static int remember_running_child(pid_t pid_or_group)
{
    int slot = -1;
    pthread_mutex_lock(&running_children_lock);
    for (int i = 0; i < MAX_RUNNING_CHILDREN && slot < 0; i++)
        if (running_children[i] == 0) {
            running_children[i] = pid_or_group;
            slot = i;
        }
    pthread_mutex_unlock(&running_children_lock);
    return slot;
}

static void forget_running_child(int slot)
{
    if (slot < 0)
        return;
    pthread_mutex_lock(&running_children_lock);
    running_children[slot] = 0;
    pthread_mutex_unlock(&running_children_lock);
}

/* The signals that end a run from outside (kill, Ctrl-C, a closed terminal).
 * The child dies with the parent whichever one comes, even when only the
 * parent's pid was signalled: it must not run on, orphaned, forever. */
static const int terminating_signals[] = {SIGTERM, SIGINT, SIGHUP};
#define NTERMINATING_SIGNALS (sizeof terminating_signals / sizeof *terminating_signals)

static void kill_running_child_then_die(int signal_number)
{
    for (int i = 0; i < MAX_RUNNING_CHILDREN; i++)
        if (running_children[i] != 0)
            kill(running_children[i], SIGKILL);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

/* Install the handler once, for each signal still at its default action: a
 * signal the caller ignores (nohup) or handles itself stays theirs. */
static void install_kill_children_on_termination(void)
{
    for (size_t i = 0; i < NTERMINATING_SIGNALS; i++) {
        struct sigaction current, handler = {.sa_handler = kill_running_child_then_die};
        sigemptyset(&handler.sa_mask);
        if (sigaction(terminating_signals[i], NULL, &current) == 0 &&
            current.sa_handler == SIG_DFL)
            sigaction(terminating_signals[i], &handler, NULL);
    }
}

static void kill_children_on_termination(void)
{
    static pthread_once_t installed = PTHREAD_ONCE_INIT;
    pthread_once(&installed, install_kill_children_on_termination);
}

/* In the child: the parent's handler is not ours to run, and a parent that
 * dies of anything (SIGKILL included, which no handler sees) takes us along.
 * Asking for that after fork leaves a window in which the parent may already
 * have died: then getppid() is no longer it. */
static void die_with_parent(pid_t parent)
{
    for (size_t i = 0; i < NTERMINATING_SIGNALS; i++) {
        struct sigaction current;
        if (sigaction(terminating_signals[i], NULL, &current) == 0 &&
            current.sa_handler == kill_running_child_then_die)
            signal(terminating_signals[i], SIG_DFL);
    }
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
        _exit(REFUSED_EXIT_STATUS);
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
    child_exit(rc == 0 ? 0 : REFUSED_EXIT_STATUS);
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
                buffer_append_bounded(sinks[i], chunk, (size_t)n);
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
    kill_children_on_termination();
    pid_t parent = getpid();
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        perror("yieldspec: fork");
        return -1;
    }
    if (pid == 0) {
        die_with_parent(parent);
        close(trace_pipe[0]);
        close(error_pipe[0]);
        child(ctx, trace_pipe[1], error_pipe[1]);
        _exit(REFUSED_EXIT_STATUS);
    }
    /* Also in the parent: the group must exist before anything signals it. */
    if (own_process_group)
        setpgid(pid, pid);
    int slot = remember_running_child(own_process_group ? -pid : pid);
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
    /* Forgotten before the reaping, so that the handler never kills a
     * recycled pid; the death signal still covers the child until it exits. */
    forget_running_child(slot);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    close(trace_pipe[0]);
    close(error_pipe[0]);

    out->seconds = now_seconds() - start;
    out->trace = trace.data;
    out->trace_len = trace.len;
    out->errors = errors.data;
    out->trace_truncated = trace.truncated;
    out->trace_lines = trace.lines;
    out->errors_truncated = errors.truncated;
    out->errors_lines = errors.lines;
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
    int rc = run_in_child(drive_in_child, &job, false, timeout_seconds, out);
    if (rc == 0 && out->status == YS_RUN_REFUSED && out->exit_status == LEAKED_EXIT_STATUS)
        out->status = YS_RUN_LEAKED;
    return rc;
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

char *ys_run_truncation_note(const ys_run *run)
{
    char *note = NULL;
    int n = 0;
    if (run->trace_truncated && run->errors_truncated)
        n = asprintf(&note, "output truncated after %zu lines (stderr after %zu)",
                     run->trace_lines, run->errors_lines);
    else if (run->trace_truncated)
        n = asprintf(&note, "output truncated after %zu lines", run->trace_lines);
    else if (run->errors_truncated)
        n = asprintf(&note, "stderr truncated after %zu lines", run->errors_lines);
    if (n < 0)
        abort();
    return note;
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
    case YS_RUN_LEAKED: {
        /* LeakSanitizer's report starts with a banner; its last line sums it
         * up. The runtime's own count writes one line. */
        const char *sum = strstr(run->errors, "SUMMARY: ");
        if (!sum)
            sum = run->errors;
        int sum_len = (int)strcspn(sum, "\n");
        n = asprintf(&summary, "memory left unreleased after the runtime's shutdown: %.*s", sum_len,
                     sum);
        if (sum_len == 0 && n >= 0)
            summary[n - 2] = '\0'; /* no ": " without a summary */
        break;
    }
    case YS_RUN_REFUSED:
    case YS_RUN_UNUSABLE: {
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

/* ---- a worker: one child, many scenarios (yieldspec check --batch) -------- */

struct ys_worker {
    pid_t pid;
    int slot;   /* in running_children */
    int socket; /* the parent's end: scenarios out, replies in */
    bool busy; /* a scenario was sent whose whole reply has not been read */
};

/* What the worker sends after each scenario, before the trace's bytes. */
typedef struct worker_reply {
    uint64_t trace_len;
    /* The run left the runtime as a fresh process has it: the driver finished, the trace
     * fits the buffer, the runtime at rest (ys_runtime_at_rest), LeakSanitizer (when
     * asked) silent. */
    uint32_t fresh;
} worker_reply;

/* Moves all n bytes through the socket: sends them, or receives them before the deadline
 * (none: block). false at the end of the stream, on an error, or past the deadline. */
static bool transfer_fully(int fd, char *p, size_t n, bool receive, double deadline)
{
    while (n > 0) {
        if (receive && deadline > 0) {
            double left = deadline - now_seconds();
            struct pollfd pfd = {fd, POLLIN, 0};
            if (left <= 0)
                return false;
            int ready = poll(&pfd, 1, (int)(left * 1000) + 1);
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0)
                return false;
        }
        ssize_t k = receive ? read(fd, p, n) : send(fd, p, n, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        p += k;
        n -= (size_t)k;
    }
    return true;
}

static bool write_fully(int fd, const void *data, size_t n)
{
    return transfer_fully(fd, (char *)data, n, false, 0);
}

static bool read_fully(int fd, void *data, size_t n, double deadline)
{
    return transfer_fully(fd, data, n, true, deadline);
}

/* The trace of one scenario, kept in memory up to the limits (a scenario writing in a loop
 * fills a fixed buffer, then fails the run). */
static char worker_trace[YS_RUN_OUTPUT_MAX_BYTES + 1];

static _Noreturn void serve_in_child(int socket, const ys_backend *backend, int python_minor)
{
    /* Whatever the scenarios print there is not judged: a cell that does not pass here runs
     * again in a process of its own, whose report says what went wrong. */
    int null_fd = open("/dev/null", O_WRONLY);
    if (null_fd >= 0)
        dup2(null_fd, STDERR_FILENO);
    const ys_scenario *sc;
    while (read_fully(socket, &sc, sizeof sc, 0)) {
        FILE *trace = fmemopen(worker_trace, sizeof worker_trace, "w");
        if (!trace)
            _exit(REFUSED_EXIT_STATUS);
        int rc = ys_drive_scenario(sc, backend, python_minor, trace);
        bool complete = fflush(trace) == 0 && !ferror(trace);
        long len = ftell(trace);
        fclose(trace);
        if (len < 0 || (size_t)len >= sizeof worker_trace)
            complete = false, len = 0;
        worker_reply reply = {
            .trace_len = (uint64_t)len,
            .fresh = rc == 0 && complete && ys_runtime_at_rest() && !leak_sanitizer_reports_a_leak(),
        };
        if (!write_fully(socket, &reply, sizeof reply) ||
            !write_fully(socket, worker_trace, (size_t)len))
            _exit(REFUSED_EXIT_STATUS);
    }
    child_exit(0); /* the parent closed its end: the batch is over */
}

ys_worker *ys_worker_start(const ys_backend *backend, int python_minor)
{
    int sockets[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
        perror("yieldspec: socketpair");
        return NULL;
    }
    ys_worker *w = malloc(sizeof *w);
    if (!w)
        abort();
    fflush(stdout);
    fflush(stderr);
    kill_children_on_termination();
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        perror("yieldspec: fork");
        close(sockets[0]);
        close(sockets[1]);
        free(w);
        return NULL;
    }
    if (pid == 0) {
        die_with_parent(parent);
        close(sockets[0]);
        serve_in_child(sockets[1], backend, python_minor);
    }
    close(sockets[1]);
    *w = (ys_worker){pid, remember_running_child(pid), sockets[0], false};
    return w;
}

bool ys_worker_run(ys_worker *w, const ys_scenario *sc, double timeout_seconds, ys_run *out)
{
    double start = now_seconds();
    worker_reply reply;
    w->busy = true;
    if (!write_fully(w->socket, &sc, sizeof sc) ||
        !read_fully(w->socket, &reply, sizeof reply, start + timeout_seconds) || !reply.fresh ||
        reply.trace_len > YS_RUN_OUTPUT_MAX_BYTES)
        return false;
    char *received = malloc(reply.trace_len + 1); /* + 1: never malloc(0), which may be NULL */
    if (!received)
        abort();
    if (!read_fully(w->socket, received, reply.trace_len, start + timeout_seconds)) {
        free(received);
        return false;
    }
    w->busy = false;
    /* The limits an isolated run applies; a trace they would cut is not vouched for. */
    buffer trace = {0};
    buffer_append(&trace, "", 0);
    buffer_append_bounded(&trace, received, reply.trace_len);
    free(received);
    if (trace.truncated) {
        free(trace.data);
        return false;
    }
    char *errors = strdup("");
    if (!errors)
        abort();
    *out = (ys_run){
        .status = YS_RUN_FINISHED,
        .trace = trace.data,
        .trace_len = trace.len,
        .trace_lines = trace.lines,
        .errors = errors,
        .seconds = now_seconds() - start,
    };
    return true;
}

void ys_worker_stop(ys_worker *w)
{
    if (!w)
        return;
    /* A worker waiting for its next scenario exits at the closed socket, as a child of
     * ys_run_isolated exits (its coverage counters written); one still busy is killed. */
    forget_running_child(w->slot);
    if (w->busy)
        kill(w->pid, SIGKILL);
    close(w->socket);
    while (waitpid(w->pid, NULL, 0) < 0 && errno == EINTR)
        ;
    free(w);
}
