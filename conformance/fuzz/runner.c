/* The fuzzer's batch runner: every scenario of a batch, compiled into one
 * shared object, on every backend asked for, under every CPython target asked
 * for, each run in its own forked child (isolate.h) so that a crash or a hang
 * is a result about that one program.
 *
 *   ys_fuzz_runner BATCH.so --python 11,13 [--backend NAME]... [--timeout SECONDS]
 *   ys_fuzz_runner --list-backends
 *
 * BATCH.so defines ys_all_scenarios[] (the compiler's index); its scenarios
 * call the runtime this executable exports. One record per run on stdout:
 *
 *   @@ <scenario path> <backend> <python minor> <status> <trace bytes> <stderr bytes>\n
 *   <trace><stderr>\n
 *
 * status is finished, crashed:<signal>, timeout or refused. conformance/fuzz
 * compares the traces; this program only runs them. */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isolate.h"
#include "yieldspec/backend.h"

#define MAX_MINORS 8
#define MAX_BACKENDS 16

static int fail(const char *message, const char *detail)
{
    fprintf(stderr, "ys_fuzz_runner: %s%s\n", message, detail ? detail : "");
    return 2;
}

static void print_record(const ys_scenario *sc, const ys_backend *backend, int minor, const ys_run *run)
{
    char status[32];
    switch (run->status) {
    case YS_RUN_FINISHED: strcpy(status, "finished"); break;
    case YS_RUN_CRASHED: snprintf(status, sizeof status, "crashed:%d", run->signal); break;
    case YS_RUN_TIMED_OUT: strcpy(status, "timeout"); break;
    case YS_RUN_REFUSED: strcpy(status, "refused"); break;
    case YS_RUN_LEAKED: strcpy(status, "leaked"); break;
    case YS_RUN_UNUSABLE: strcpy(status, "unusable"); break;
    }
    size_t errors_len = run->errors ? strlen(run->errors) : 0;
    printf("@@ %s %s %d %s %zu %zu\n", sc->path, backend->name, minor, status, run->trace_len, errors_len);
    fwrite(run->trace, 1, run->trace_len, stdout);
    if (errors_len)
        fwrite(run->errors, 1, errors_len, stdout);
    putchar('\n');
}

static int parse_minors(const char *text, int *minors, size_t *count)
{
    char *copy = strdup(text), *save = NULL;
    for (char *part = strtok_r(copy, ",", &save); part; part = strtok_r(NULL, ",", &save)) {
        char *end;
        long minor = strtol(part, &end, 10);
        if (*end || minor < 8 || minor > 13 || *count == MAX_MINORS) {
            free(copy);
            return -1;
        }
        minors[(*count)++] = (int)minor;
    }
    free(copy);
    return *count ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *batch = NULL;
    int minors[MAX_MINORS];
    size_t nminors = 0, nbackends = 0;
    const ys_backend *backends[MAX_BACKENDS];
    double timeout = 10;

    if (argc == 2 && strcmp(argv[1], "--list-backends") == 0) {
        for (const ys_backend *const *b = ys_backends; *b; b++)
            printf("%s\n", (*b)->name);
        return 0;
    }
    for (int i = 1; i < argc; i++) {
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--python") == 0 && value) {
            if (parse_minors(value, minors, &nminors) != 0)
                return fail("--python wants minors 8 to 13 separated by commas, not ", value);
            i++;
        } else if (strcmp(argv[i], "--backend") == 0 && value) {
            const ys_backend *backend = ys_backend_lookup(value);
            if (!backend)
                return fail("unknown backend ", value);
            if (nbackends == MAX_BACKENDS)
                return fail("too many --backend options", NULL);
            backends[nbackends++] = backend;
            i++;
        } else if (strcmp(argv[i], "--timeout") == 0 && value) {
            timeout = strtod(value, NULL);
            if (timeout <= 0)
                return fail("--timeout wants a positive number of seconds, not ", value);
            i++;
        } else if (argv[i][0] != '-' && !batch) {
            batch = argv[i];
        } else {
            return fail("usage: ys_fuzz_runner BATCH.so --python 11,13 [--backend NAME]... "
                        "[--timeout SECONDS]; unexpected ", argv[i]);
        }
    }
    if (!batch || !nminors)
        return fail("usage: ys_fuzz_runner BATCH.so --python 11,13 [--backend NAME]... [--timeout SECONDS]",
                    NULL);
    if (!nbackends)
        for (const ys_backend *const *b = ys_backends; *b && nbackends < MAX_BACKENDS; b++)
            backends[nbackends++] = *b;

    void *library = dlopen(batch, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return fail("cannot load the batch: ", dlerror());
    const ys_scenario *const *scenarios = dlsym(library, "ys_all_scenarios");
    if (!scenarios)
        return fail("the batch defines no ys_all_scenarios[]: ", batch);

    for (const ys_scenario *const *sc = scenarios; *sc; sc++)
        for (size_t b = 0; b < nbackends; b++)
            for (size_t m = 0; m < nminors; m++) {
                ys_run run;
                if (ys_run_isolated(*sc, backends[b], minors[m], timeout, &run) != 0)
                    return fail("cannot start a child process: ", strerror(errno));
                print_record(*sc, backends[b], minors[m], &run);
                ys_run_free(&run);
            }
    if (fflush(stdout) != 0)
        return fail("cannot write the results: ", strerror(errno));
    return 0;
}
