#define _GNU_SOURCE /* asprintf */
#include "impl.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGISTRY_FILE "registry.txt"

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        abort();
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *copy = strndup(s, n);
    if (!copy)
        abort();
    return copy;
}

static int set_message(char **message, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int set_message(char **message, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(message, fmt, ap) < 0)
        abort();
    va_end(ap);
    return -1;
}

void ys_impl_free(ys_impl *impl)
{
    for (size_t i = 0; i < impl->nwords; i++)
        free(impl->words[i]);
    free(impl->words);
    free(impl->name);
    free(impl->origin);
    memset(impl, 0, sizeof *impl);
}

/* The words of `command`, "./x" made DIR/x. */
static void split_command(const char *dir, const char *command, ys_impl *out)
{
    const char *p = command;
    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        size_t len = strcspn(p, " \t");
        char *word;
        if (strncmp(p, "./", 2) == 0) {
            if (asprintf(&word, "%s/%.*s", dir, (int)(len - 2), p + 2) < 0)
                abort();
        } else {
            word = xstrndup(p, len);
        }
        out->words = xrealloc(out->words, (out->nwords + 2) * sizeof *out->words);
        out->words[out->nwords++] = word;
        out->words[out->nwords] = NULL;
        p += len;
    }
}

static char *trimmed(char *begin, char *end)
{
    while (begin < end && isspace((unsigned char)*begin))
        begin++;
    while (end > begin && isspace((unsigned char)end[-1]))
        end--;
    *end = '\0';
    return begin;
}

int ys_impl_lookup(const char *registry_dir, const char *name, ys_impl *out, char **message)
{
    memset(out, 0, sizeof *out);
    char *path;
    if (asprintf(&path, "%s/" REGISTRY_FILE, registry_dir) < 0)
        abort();
    FILE *f = fopen(path, "r");
    if (!f) {
        set_message(message, "%s: %s", path, strerror(errno));
        free(path);
        return -1;
    }
    char *line = NULL, *known = NULL;
    size_t cap = 0, known_len = 0;
    int line_no = 0, rc = 0;
    bool found = false;
    while (rc == 0 && getline(&line, &cap, f) >= 0) {
        line_no++;
        char *content = trimmed(line, line + strlen(line));
        if (content[0] == '\0' || content[0] == '#')
            continue;
        char *colon = strchr(content, ':');
        char *entry_name = colon ? trimmed(content, colon) : content;
        char *command = colon ? trimmed(colon + 1, colon + 1 + strlen(colon + 1)) : "";
        if (!colon || !entry_name[0] || strpbrk(entry_name, " \t") || !command[0]) {
            rc = set_message(message, "%s:%d: expected \"<name>: <command>\"", path, line_no);
            break;
        }
        known = xrealloc(known, known_len + strlen(entry_name) + 3);
        known_len += (size_t)sprintf(known + known_len, "%s%s", known_len ? ", " : "", entry_name);
        if (strcmp(entry_name, name) != 0)
            continue;
        if (found) {
            rc = set_message(message, "%s:%d: \"%s\" is already defined at %s", path, line_no,
                             name, out->origin);
            break;
        }
        found = true;
        out->name = xstrndup(name, strlen(name));
        if (asprintf(&out->origin, "%s:%d", path, line_no) < 0)
            abort();
        split_command(registry_dir, command, out);
    }
    if (rc == 0 && !found)
        rc = set_message(message, "unknown implementation \"%s\" (known: %s; see %s)", name,
                         known ? known : "none", path);
    if (rc != 0)
        ys_impl_free(out);
    free(known);
    free(line);
    fclose(f);
    free(path);
    return rc;
}

/* Run the command with one more argument. */
static int run_with(const ys_impl *impl, const char *argument, double timeout_seconds,
                    ys_run *out)
{
    char **argv = calloc(impl->nwords + 2, sizeof *argv);
    if (!argv)
        abort();
    memcpy(argv, impl->words, impl->nwords * sizeof *argv);
    argv[impl->nwords] = (char *)argument;
    int rc = ys_run_command(argv, timeout_seconds, out);
    free(argv);
    return rc;
}

/* The last non-empty line of `text` (a Python traceback ends with the
 * exception), as a malloc'd string; NULL when there is none. */
static char *last_line(const char *text)
{
    const char *end = text + strlen(text);
    while (end > text && isspace((unsigned char)end[-1]))
        end--;
    if (end == text)
        return NULL;
    const char *begin = end;
    while (begin > text && begin[-1] != '\n')
        begin--;
    return xstrndup(begin, (size_t)(end - begin));
}

/* Whether a command that exited non-zero never started ("cannot run ..."). */
static bool never_started(const ys_run *run, const char *last_said)
{
    return run->exit_status == YS_RUN_EXEC_FAILED_STATUS && last_said &&
           strncmp(last_said, "cannot run", 10) == 0;
}

/* One line on why a command that ran did not succeed; NULL when it did. */
static char *command_failure(const ys_run *run, double timeout_seconds)
{
    if (run->status != YS_RUN_REFUSED)
        return ys_run_failure_summary(run, timeout_seconds);
    char *why, *said = last_line(run->errors);
    if (never_started(run, said))
        why = said;
    else if (asprintf(&why, "exit status %d%s%s", run->exit_status, said ? ": " : "",
                      said ? said : "") < 0)
        abort();
    if (why != said)
        free(said);
    return why;
}

int ys_impl_claimed_python(const ys_impl *impl, double timeout_seconds, char **problem)
{
    ys_run run;
    if (run_with(impl, "--python-version", timeout_seconds, &run) != 0) {
        set_message(problem, "%s --python-version could not be started", impl->name);
        return -1;
    }
    int minor = -1;
    char *why = command_failure(&run, timeout_seconds);
    if (why) {
        set_message(problem, "%s --python-version: %s", impl->name, why);
    } else {
        char *claim = trimmed(run.trace, run.trace + run.trace_len);
        minor = ys_parse_python_target(claim);
        if (minor < 0)
            set_message(problem,
                        "%s --python-version printed \"%.40s\", not a Python version yieldspec "
                        "has traces for (3.8 to 3.13)",
                        impl->name, claim);
    }
    free(why);
    ys_run_free(&run);
    return minor;
}

/* Replace what the command wrote on stderr by the one line the failure
 * summary shows. */
static void fail_run(ys_run *run, ys_run_status status, char *why)
{
    free(run->errors);
    run->errors = why;
    run->status = status;
}

int ys_impl_run_cell(const ys_scenario *sc, const ys_backend *column, int python_minor,
                     double timeout_seconds, void *cells, ys_run *out)
{
    (void)python_minor; /* the implementation has one: the one it claims */
    const ys_impl_cells *c = cells;
    char *scenario_file;
    if (asprintf(&scenario_file, "%s/scenarios/%s.py", c->spec_dir, sc->path) < 0)
        abort();
    int rc = run_with(c->impl, scenario_file, timeout_seconds, out);
    free(scenario_file);
    if (rc != 0)
        return rc;
    if (out->status == YS_RUN_REFUSED) {
        /* Only a command that ran can decline a scenario. */
        char *said = last_line(out->errors);
        ys_run_status status = never_started(out, said) ? YS_RUN_UNUSABLE : YS_RUN_REFUSED;
        free(said);
        fail_run(out, status, command_failure(out, timeout_seconds));
    } else if (out->status == YS_RUN_FINISHED) {
        char *label, *defect;
        if (asprintf(&label, "trace printed by %s", column->name) < 0)
            abort();
        defect = ys_trace_defect(label, sc->path, out->trace, out->trace_len);
        free(label);
        if (defect) {
            char *why;
            if (asprintf(&why, "malformed trace: %s", defect) < 0)
                abort();
            free(defect);
            fail_run(out, YS_RUN_UNUSABLE, why);
        }
    }
    return 0;
}

typedef struct parallel_loop {
    pthread_mutex_t lock;
    size_t next, count;
    int (*fn)(void *ctx, size_t i);
    void *ctx;
    int rc;
} parallel_loop;

static void *parallel_worker(void *arg)
{
    parallel_loop *loop = arg;
    for (;;) {
        pthread_mutex_lock(&loop->lock);
        size_t i = loop->next++;
        pthread_mutex_unlock(&loop->lock);
        if (i >= loop->count)
            return NULL;
        int rc = loop->fn(loop->ctx, i);
        pthread_mutex_lock(&loop->lock);
        if (rc != 0 && loop->rc == 0)
            loop->rc = rc;
        pthread_mutex_unlock(&loop->lock);
    }
}

int ys_parallel_for(size_t count, unsigned jobs, int (*fn)(void *ctx, size_t i), void *ctx)
{
    parallel_loop loop = {.next = 0, .count = count, .fn = fn, .ctx = ctx, .rc = 0};
    pthread_mutex_init(&loop.lock, NULL);
    if (jobs > count)
        jobs = count ? (unsigned)count : 1;
    pthread_t *threads = calloc(jobs, sizeof *threads);
    if (!threads)
        abort();
    /* The calling thread is one of the workers. */
    unsigned started = 0;
    while (started + 1 < jobs &&
           pthread_create(&threads[started], NULL, parallel_worker, &loop) == 0)
        started++;
    parallel_worker(&loop);
    for (unsigned t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    free(threads);
    pthread_mutex_destroy(&loop.lock);
    return loop.rc;
}
