#include "support.h"

#include "backend_params.h"

#include <criterion/redirect.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct criterion_test_params every_backend(void) { return backend_params(false); }

static size_t current_backend;
static int current_minor;
static ys_unraisable_fn current_hook;

void start_runtime(size_t backend_index, int python_minor, ys_unraisable_fn unraisable)
{
    current_backend = backend_index;
    current_minor = python_minor;
    current_hook = unraisable;
    log_clear();
    ys_config cfg = {
        .backend = ys_backends[backend_index],
        .python_minor = python_minor,
        .unraisable = unraisable,
    };
    cr_assert_eq(ys_runtime_init(&cfg), 0);
}

void use_python(int python_minor)
{
    ys_runtime_shutdown();
    start_runtime(current_backend, python_minor, current_hook);
}

void use_unraisable_hook(ys_unraisable_fn unraisable)
{
    ys_runtime_shutdown();
    start_runtime(current_backend, current_minor, unraisable);
}

void stop_runtime(void) { ys_runtime_shutdown(); }

const char *backend_name(void) { return ys_backends[current_backend]->name; }
bool backend_is(const char *name) { return strcmp(backend_name(), name) == 0; }

/* ---- event log ------------------------------------------------------------ */

static char events[1 << 16];
static size_t events_len;

void log_clear(void)
{
    events_len = 0;
    events[0] = '\0';
}

void log_event(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(events + events_len, sizeof events - events_len, fmt, ap);
    va_end(ap);
    cr_assert(n >= 0 && events_len + (size_t)n + 2 < sizeof events, "event log overflow");
    events_len += (size_t)n;
    events_len += (size_t)snprintf(events + events_len, sizeof events - events_len, "; ");
}

void log_value(const char *what, ys_value v)
{
    char *text = ys_repr(v);
    log_event("%s %s", what, text);
    free(text);
}

const char *event_log(void) { return events; }

void log_unraisable(ys_value exc, ys_gen *gen, void *ctx)
{
    char *text = ys_repr(exc);
    log_event("unraisable %s in %s", text, ys_gen_name(gen));
    free(text);
}

/* ---- exceptions ------------------------------------------------------------ */

ys_value exc_with_arg(const ys_exc_type *type, ys_value steal_arg)
{
    ys_value e = ys_exc_new(type, 1, &steal_arg);
    ys_decref(steal_arg);
    return e;
}

ys_value exc_with_msg(const ys_exc_type *type, const char *msg)
{
    return exc_with_arg(type, ys_str_cstr(msg));
}

ys_value throw_new(ys_value g, ys_value steal_exc)
{
    ys_value r = ys_throw(g, steal_exc);
    ys_decref(steal_exc);
    return r;
}

/* ---- outcome checks ------------------------------------------------------- */

static void expect_repr(ys_value v, const char *expected, const char *what)
{
    char *text = ys_repr(v);
    cr_assert_str_eq(text, expected, "[%s] %s: got %s, expected %s", backend_name(), what, text,
                     expected);
    free(text);
}

static ys_value fetch_exception(const char *expected_what)
{
    cr_assert(ys_err_occurred(), "[%s] expected %s, but no exception is pending", backend_name(),
              expected_what);
    return ys_err_fetch();
}

void expect_yield(ys_value r, const char *repr)
{
    if (ys_is_null(r)) {
        ys_value e = ys_err_fetch();
        char *text = ys_repr(e);
        cr_assert_fail("[%s] expected yield %s, got raise %s", backend_name(), repr, text);
    }
    expect_repr(r, repr, "yielded value");
    ys_decref(r);
}

void expect_value(ys_value r, const char *repr)
{
    if (ys_is_null(r)) {
        ys_value e = ys_err_fetch();
        char *text = ys_repr(e);
        cr_assert_fail("[%s] expected %s, got raise %s", backend_name(), repr, text);
    }
    expect_repr(r, repr, "result");
    ys_decref(r);
}

void expect_return(ys_value r, const char *value_repr)
{
    if (!ys_is_null(r)) {
        char *text = ys_repr(r);
        cr_assert_fail("[%s] expected return %s, got %s", backend_name(), value_repr, text);
    }
    ys_value e = fetch_exception("StopIteration");
    cr_assert(ys_exc_type_of(e) == YS_EXC(StopIteration), "[%s] expected StopIteration, got %s",
              backend_name(), ys_exc_type_of(e)->name);
    ys_value v = ys_exc_stop_value(e);
    expect_repr(v, value_repr, "StopIteration.value");
    ys_decref(v);
    ys_decref(e);
}

void expect_raise(ys_value r, const ys_exc_type *type, const char *exc_repr)
{
    if (!ys_is_null(r)) {
        char *text = ys_repr(r);
        cr_assert_fail("[%s] expected raise %s, got %s", backend_name(), exc_repr, text);
    }
    ys_value e = fetch_exception(exc_repr);
    cr_assert(ys_exc_type_of(e) == type, "[%s] expected exactly %s, got %s", backend_name(),
              type->name, ys_exc_type_of(e)->name);
    expect_repr(e, exc_repr, "exception");
    ys_decref(e);
}

void expect_binary_raises(ys_binop op, ys_value steal_a, ys_value steal_b,
                          const ys_exc_type *type, const char *exc_repr)
{
    expect_raise(ys_binary(op, steal_a, steal_b), type, exc_repr);
    ys_decref(steal_a);
    ys_decref(steal_b);
}

void expect_state(ys_value g, ys_gen_state state)
{
    cr_assert_str_eq(ys_gen_state_name(ys_gen_state_of(g.as.g)), ys_gen_state_name(state),
                     "[%s] state", backend_name());
}

void expect_log(const char *expected)
{
    cr_assert_str_eq(event_log(), expected, "[%s] events:\n  got      %s\n  expected %s",
                     backend_name(), event_log(), expected);
}

static bool is_sanitizer_warning(const char *line)
{
    if (line[0] != '=' || line[1] != '=')
        return false;
    line += 2;
    while (*line >= '0' && *line <= '9')
        line++;
    return strncmp(line, "==WARNING: ", 11) == 0;
}

void expect_stderr(const char *expected)
{
    fflush(stderr);
    /* Read what is in the pipe now: the write end stays open (it is stderr). */
    int fd = fileno(cr_get_redirected_stderr());
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    static char written[1 << 14], kept[1 << 14];
    size_t len = 0;
    ssize_t n;
    while (len < sizeof written - 1 && (n = read(fd, written + len, sizeof written - 1 - len)) > 0)
        len += (size_t)n;
    written[len] = '\0';
    size_t kept_len = 0;
    for (char *line = written; *line;) {
        char *end = strchr(line, '\n');
        size_t line_len = end ? (size_t)(end - line) + 1 : strlen(line);
        if (!is_sanitizer_warning(line)) {
            memcpy(kept + kept_len, line, line_len);
            kept_len += line_len;
        }
        line += line_len;
    }
    kept[kept_len] = '\0';
    cr_assert_str_eq(kept, expected, "[%s] stderr:\n  got      %s\n  expected %s", backend_name(), kept, expected);
}

/* ---- tests that end the process on purpose ------------------------------ */

#if defined(YIELDSPEC_COVERAGE_BUILD)
void __gcov_dump(void); /* libgcov: write this process's counters now */

/* abort() skips gcov's exit-time write: write the counters first, so the
 * mutation runner's coverage map sees the lines that led to the abort. */
static void write_coverage_and_die(int signal_number)
{
    __gcov_dump();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}
#endif

/* Run operation in a child whose stderr is a pipe: the child must die of
 * SIGABRT having written exactly `message` there as its first line. */
void expect_abort(void (*operation)(void), const char *message)
{
    int out[2];
    cr_assert_eq(pipe(out), 0);
    fflush(NULL);
    pid_t child = fork();
    cr_assert_neq(child, -1);
    if (child == 0) {
        dup2(out[1], STDERR_FILENO);
        close(out[0]);
        close(out[1]);
#if defined(YIELDSPEC_COVERAGE_BUILD)
        signal(SIGABRT, write_coverage_and_die);
#endif
        /* A failed assertion in the child waits for Criterion's runner forever. */
        alarm(60);
        operation();
        _exit(0);
    }
    close(out[1]);
    char written[1024];
    size_t len = 0;
    for (ssize_t n; len < sizeof written - 1; len += (size_t)n)
        if ((n = read(out[0], written + len, sizeof written - 1 - len)) <= 0)
            break;
    written[len] = '\0';
    close(out[0]);
    /* The runtime's message is the first line after ASan's one-time warnings, if any (the
     * pcl backend's library calls swapcontext); an emulator (qemu-user) reports the signal on
     * the same stderr after it. */
    char *message_line = written;
    while (is_sanitizer_warning(message_line) && strchr(message_line, '\n'))
        message_line = strchr(message_line, '\n') + 1;
    char *second_line = strchr(message_line, '\n');
    if (second_line)
        second_line[1] = '\0';
    int status;
    cr_assert_eq(waitpid(child, &status, 0), child);
    cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT,
              "[%s] expected the child to abort, it %s %d; stderr: %s", backend_name(),
              WIFSIGNALED(status) ? "died of signal" : "exited with",
              WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status), written);
    cr_assert_str_eq(message_line, message, "[%s] stderr:\n  got      %s\n  expected %s", backend_name(),
                     message_line, message);
}
