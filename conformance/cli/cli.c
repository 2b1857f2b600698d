#define _GNU_SOURCE /* asprintf */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <signal.h>
#include <stdatomic.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "impl.h"
#include "reports.h"

#define EXIT_FAILURES 1
#define EXIT_USAGE 2
#define DEFAULT_PYTHON_MINOR 11
#define DEFAULT_TIMEOUT_SECONDS 10.0
/* A day: beyond any scenario, and within poll()'s int milliseconds. */
#define MAX_TIMEOUT_SECONDS 86400.0
/* An implementation's run of a scenario may include compiling it (cython). */
#define DEFAULT_IMPL_TIMEOUT_SECONDS 60.0

typedef enum option_id {
    OPT_BACKEND = 1 << 0,
    OPT_SCENARIO = 1 << 1,
    OPT_PYTHON = 1 << 2,
    OPT_JUNIT = 1 << 3,
    OPT_TAP = 1 << 4,
    OPT_JSON = 1 << 5,
    OPT_EXPECTATIONS = 1 << 6,
    OPT_SPEC_DIR = 1 << 7,
    OPT_TIMEOUT = 1 << 8,
    OPT_LIST = 1 << 9,
    OPT_BACKENDS = 1 << 10,
    OPT_HELP = 1 << 11,
    OPT_IMPL = 1 << 12,
    OPT_IMPLS = 1 << 13,
    OPT_JOBS = 1 << 14,
    OPT_FAIL_FAST = 1 << 15,
    OPT_BATCH = 1 << 16,
} option_id;

static const struct option_spec {
    const char *name;
    option_id id;
    bool takes_value;
} option_specs[] = {
    {"--backend", OPT_BACKEND, true},   {"--scenario", OPT_SCENARIO, true},
    {"--python", OPT_PYTHON, true},     {"--junit", OPT_JUNIT, true},
    {"--tap", OPT_TAP, true},           {"--json", OPT_JSON, true},
    {"--expectations", OPT_EXPECTATIONS, true},
    {"--spec-dir", OPT_SPEC_DIR, true}, {"--timeout", OPT_TIMEOUT, true},
    {"--list", OPT_LIST, false},        {"--backends", OPT_BACKENDS, false},
    {"--help", OPT_HELP, false},
    {"--impl", OPT_IMPL, true},         {"--impls", OPT_IMPLS, true},
    {"--jobs", OPT_JOBS, true},         {"--fail-fast", OPT_FAIL_FAST, false},
    {"--batch", OPT_BATCH, false},
};

typedef struct command command;

typedef struct options {
    const command *cmd;
    const ys_backend **backends;
    size_t nbackends;
    const char **globs;
    size_t nglobs;
    int python_minor;
    const char *spec_dir;
    const char *expectations_dir;
    const char *junit, *tap, *json;
    double timeout;
    bool list, list_backends, help;
    bool fail_fast; /* check: run no cell after the first unexpected result */
    bool batch;     /* check: a backend's passing cells in one process (check.h) */
    const char *impl;       /* check --impl NAME */
    const char *impls_dir;  /* the implementations' registry */
    long jobs;              /* 0: as many as there are CPUs */
    bool python_given, timeout_given;
    const char *scenario; /* trace, diff: the positional SCENARIO */
} options;

struct command {
    const char *name;
    unsigned allowed; /* option_id bits */
    bool takes_scenario;
    const char *usage;
    int (*run)(const options *o);
};

static int fail_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail_usage(const char *fmt, ...)
{
    va_list ap;
    fputs("yieldspec: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return EXIT_USAGE;
}

static void *grow_by_one(void *array, size_t count, size_t size)
{
    void *p = realloc(array, (count + 1) * size);
    if (!p)
        abort();
    return p;
}

static char *known_backend_names(void)
{
    size_t len = 1;
    for (const ys_backend *const *b = ys_backends; *b; b++)
        len += strlen((*b)->name) + 2;
    char *names = calloc(len, 1);
    if (!names)
        abort();
    for (const ys_backend *const *b = ys_backends; *b; b++) {
        if (b != ys_backends)
            strcat(names, ", ");
        strcat(names, (*b)->name);
    }
    return names;
}

static int add_backend(options *o, const char *name)
{
    const ys_backend *backend = ys_backend_lookup(name);
    if (!backend) {
        char *known = known_backend_names();
        fail_usage("unknown backend \"%s\" (known: %s)", name, known);
        free(known);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < o->nbackends; i++)
        if (o->backends[i] == backend)
            return 0;
    o->backends = grow_by_one(o->backends, o->nbackends, sizeof *o->backends);
    o->backends[o->nbackends++] = backend;
    return 0;
}

static int set_option(options *o, option_id id, const char *value)
{
    switch (id) {
    case OPT_BACKEND:
        return add_backend(o, value);
    case OPT_SCENARIO:
        o->globs = grow_by_one(o->globs, o->nglobs, sizeof *o->globs);
        o->globs[o->nglobs++] = value;
        return 0;
    case OPT_PYTHON:
        o->python_given = true;
        o->python_minor = ys_parse_python_target(value);
        if (o->python_minor < 0)
            return fail_usage("unknown python target \"%s\" (expected 3.8 to 3.13)", value);
        return 0;
    case OPT_TIMEOUT: {
        char *end;
        o->timeout = strtod(value, &end);
        if (*end != '\0' || !(o->timeout > 0) || o->timeout > MAX_TIMEOUT_SECONDS)
            return fail_usage("--timeout needs a number of seconds above 0 and at most %g, not "
                              "\"%s\"",
                              MAX_TIMEOUT_SECONDS, value);
        o->timeout_given = true;
        return 0;
    }
    case OPT_IMPL:
        o->impl = value;
        return 0;
    case OPT_IMPLS: o->impls_dir = value; return 0;
    case OPT_JOBS: {
        char *end;
        o->jobs = strtol(value, &end, 10);
        if (*end != '\0' || o->jobs < 1 || o->jobs > 1024)
            return fail_usage("--jobs needs a number of parallel runs from 1 to 1024, not \"%s\"",
                              value);
        return 0;
    }
    case OPT_JUNIT: o->junit = value; return 0;
    case OPT_TAP: o->tap = value; return 0;
    case OPT_JSON: o->json = value; return 0;
    case OPT_EXPECTATIONS: o->expectations_dir = value; return 0;
    case OPT_SPEC_DIR: o->spec_dir = value; return 0;
    case OPT_LIST: o->list = true; return 0;
    case OPT_BACKENDS: o->list_backends = true; return 0;
    case OPT_HELP: o->help = true; return 0;
    case OPT_FAIL_FAST: o->fail_fast = true; return 0;
    case OPT_BATCH: o->batch = true; return 0;
    }
    abort();
}

/* Only these may be given more than once: each adds to a selection. A second
 * value of any other option would silently replace the first. */
#define REPEATABLE_OPTIONS (OPT_BACKEND | OPT_SCENARIO)

/* Options as "--name value" or "--name=value", anywhere among the positionals. */
static int parse_arguments(options *o, int argc, char **argv)
{
    unsigned given = 0;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
            if (!o->cmd->takes_scenario || o->scenario)
                return fail_usage("%s: unexpected argument \"%s\" (see yieldspec %s --help)",
                                  o->cmd->name, arg, o->cmd->name);
            o->scenario = arg;
            continue;
        }
        const char *equals = strchr(arg, '=');
        size_t name_len = equals ? (size_t)(equals - arg) : strlen(arg);
        const struct option_spec *spec = NULL;
        for (size_t k = 0; k < sizeof option_specs / sizeof *option_specs; k++)
            if (strlen(option_specs[k].name) == name_len &&
                strncmp(option_specs[k].name, arg, name_len) == 0)
                spec = &option_specs[k];
        if (!spec || !(o->cmd->allowed & spec->id))
            return fail_usage("%s: unknown option \"%.*s\" (see yieldspec %s --help)",
                              o->cmd->name, (int)name_len, arg, o->cmd->name);
        if ((given & spec->id) && !(spec->id & REPEATABLE_OPTIONS))
            return fail_usage("%s: option %s given twice (one per run)", o->cmd->name,
                              spec->name);
        given |= spec->id;
        const char *value = NULL;
        if (spec->takes_value) {
            if (equals)
                value = equals + 1;
            else if (i + 1 < argc)
                value = argv[++i];
            else
                return fail_usage("%s: option %s needs a value", o->cmd->name, spec->name);
        } else if (equals) {
            return fail_usage("%s: option %s takes no value", o->cmd->name, spec->name);
        }
        int rc = set_option(o, spec->id, value);
        if (rc != 0)
            return rc;
    }
    if (o->cmd->takes_scenario && !o->scenario && !o->help)
        return fail_usage("%s: which scenario? (see yieldspec list)", o->cmd->name);
    return 0;
}

/* ---- selections ---------------------------------------------------------- */

static size_t scenario_count(void)
{
    size_t n = 0;
    while (ys_all_scenarios[n])
        n++;
    return n;
}

/* The scenarios matching any of the globs (all without globs), in corpus
 * order. A glob that matches nothing is an error: a typo must not pass as an
 * empty, successful run. */
static int select_scenarios(const options *o, const ys_scenario ***out, size_t *count)
{
    const ys_scenario **selected = calloc(scenario_count() + 1, sizeof *selected);
    if (!selected)
        abort();
    size_t n = 0;
    for (size_t g = 0; g < o->nglobs; g++) {
        bool matched = false;
        for (const ys_scenario *const *sc = ys_all_scenarios; *sc && !matched; sc++)
            matched = fnmatch(o->globs[g], (*sc)->path, 0) == 0;
        if (!matched) {
            free(selected);
            return fail_usage("no scenario matches \"%s\" (see yieldspec list)", o->globs[g]);
        }
    }
    for (const ys_scenario *const *sc = ys_all_scenarios; *sc; sc++) {
        bool wanted = o->nglobs == 0;
        for (size_t g = 0; g < o->nglobs && !wanted; g++)
            wanted = fnmatch(o->globs[g], (*sc)->path, 0) == 0;
        if (wanted)
            selected[n++] = *sc;
    }
    *out = selected;
    *count = n;
    return 0;
}

static bool is_directory(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* SPEC-DIR/traces/cpython-3.X; malloc'd. */
static char *traces_dir(const options *o)
{
    char *dir;
    if (asprintf(&dir, "%s/traces/cpython-3.%d", o->spec_dir, o->python_minor) < 0)
        abort();
    return dir;
}

static int require_traces_dir(const options *o)
{
    char *dir = traces_dir(o);
    int rc = is_directory(dir)
                 ? 0
                 : fail_usage("no golden traces for python 3.%d: %s is not a directory",
                              o->python_minor, dir);
    free(dir);
    return rc;
}

static int find_one_scenario(const options *o, const ys_scenario **out)
{
    *out = ys_scenario_find(o->scenario);
    if (!*out)
        return fail_usage("unknown scenario \"%s\" (see yieldspec list)", o->scenario);
    return 0;
}

static int require_one_backend(const options *o)
{
    if (o->nbackends != 1)
        return fail_usage("%s: name exactly one --backend", o->cmd->name);
    return 0;
}

/* ---- check --------------------------------------------------------------- */

/* An expectations entry that matches no scenario of the corpus is stale (the
 * scenario was renamed or removed): refuse it, so the files cannot rot. */
static int load_expectations(const options *o, ys_expectations *e, const ys_backend *backend)
{
    char *path, *message = NULL;
    if (asprintf(&path, "%s/%s.txt", o->expectations_dir, backend->name) < 0)
        abort();
    int rc = ys_expectations_load(path, e, &message);
    free(path);
    for (size_t i = 0; rc == 0 && i < e->count; i++) {
        bool matches = false;
        for (const ys_scenario *const *sc = ys_all_scenarios; *sc && !matches; sc++)
            matches = fnmatch(e->entries[i].pattern, (*sc)->path, 0) == 0;
        if (!matches) {
            if (asprintf(&message, "%s:%d: \"%s\" matches no scenario (stale entry?)", e->file,
                         e->entries[i].line, e->entries[i].pattern) < 0)
                abort();
            rc = -1;
        }
    }
    if (rc != 0) {
        fail_usage("%s", message);
        free(message);
        return EXIT_USAGE;
    }
    return 0;
}

/* Report every golden trace under dir (relative path `prefix`) that no
 * compiled scenario produces: a scenario the build lost must not vanish from
 * the matrix silently. Returns how many there are. */
static size_t report_uncompiled_goldens(const char *dir, const char *prefix)
{
    struct dirent **entries;
    int n = scandir(dir, &entries, NULL, alphasort);
    size_t uncompiled = 0;
    for (int i = 0; i < n; i++) {
        const char *name = entries[i]->d_name;
        size_t len = strlen(name);
        char *path, *relative;
        if (asprintf(&path, "%s/%s", dir, name) < 0 ||
            asprintf(&relative, "%s%s%s", prefix, *prefix ? "/" : "", name) < 0)
            abort();
        if (name[0] != '.' && is_directory(path)) {
            uncompiled += report_uncompiled_goldens(path, relative);
        } else if (len > 6 && strcmp(name + len - 6, ".trace") == 0) {
            relative[strlen(relative) - 6] = '\0';
            if (!ys_scenario_find(relative)) {
                fail_usage("golden trace %s has no compiled scenario \"%s\"", path, relative);
                uncompiled++;
            }
        }
        free(path);
        free(relative);
        free(entries[i]);
    }
    free(n >= 0 ? entries : NULL);
    return uncompiled;
}

typedef struct golden_trace {
    ys_lines lines;
    bool present;
    char *path;
    char *problem; /* why it is missing */
} golden_trace;

/* Load every golden trace up front: a malformed one stops the run before any
 * scenario runs, a missing one becomes that scenario's error result. */
static int load_goldens(const options *o, const ys_scenario **scenarios, size_t n,
                        golden_trace *goldens)
{
    int rc = 0;
    for (size_t s = 0; s < n; s++) {
        golden_trace *g = &goldens[s];
        g->path = ys_golden_path(o->spec_dir, o->python_minor, scenarios[s]->path);
        char *message = NULL;
        switch (ys_golden_load(g->path, scenarios[s]->path, &g->lines, &message)) {
        case YS_GOLDEN_OK:
            g->present = true;
            break;
        case YS_GOLDEN_MISSING:
            if (asprintf(&g->problem, "no golden trace: %s", message) < 0)
                abort();
            break;
        case YS_GOLDEN_MALFORMED:
            if (rc == 0)
                rc = fail_usage("malformed golden trace: %s", message);
            break;
        }
        free(message);
    }
    return rc;
}

/* A report file that cannot be written must stop the run before the matrix
 * runs, not after it printed "OK". */
static int require_writable_report(const char *option, const char *path)
{
    if (!path)
        return 0;
    char *copy = strdup(path);
    if (!copy)
        abort();
    const char *dir = dirname(copy);
    int rc = 0;
    if (is_directory(path))
        rc = fail_usage("cannot write %s %s: it is a directory", option, path);
    else if (!is_directory(dir))
        rc = fail_usage("cannot write %s %s: no directory %s", option, path, dir);
    else if (access(dir, W_OK | X_OK) != 0)
        rc = fail_usage("cannot write %s %s: %s: %s", option, path, dir, strerror(errno));
    free(copy);
    return rc;
}

static int require_writable_reports(const options *o)
{
    int rc = require_writable_report("--junit", o->junit);
    if (rc == 0)
        rc = require_writable_report("--tap", o->tap);
    if (rc == 0)
        rc = require_writable_report("--json", o->json);
    return rc;
}

static int write_report_files(const options *o, const ys_matrix *m)
{
    int rc = 0;
    if (o->junit && ys_report_junit(o->junit, m) != 0)
        rc = EXIT_USAGE;
    if (o->tap && ys_report_tap(o->tap, m) != 0)
        rc = EXIT_USAGE;
    if (o->json && ys_report_json(o->json, m) != 0)
        rc = EXIT_USAGE;
    return rc;
}

/* An external implementation's cells: its command, `jobs` at a time. */
typedef struct impl_run {
    ys_impl_cells cells;
    const char *problem; /* set: every cell is this error (no claimed Python version) */
    unsigned jobs;
} impl_run;

typedef struct matrix_cells {
    const options *o;
    const impl_run *impl; /* NULL: the backends, in forked children */
    const ys_scenario **scenarios;
    size_t nscenarios;
    golden_trace *goldens;
    ys_expectations *expectations;
    ys_check_result *results;
    bool *ran; /* ran[i]: results[i] holds the cell's result */
    ys_batch batch; /* --batch: the worker of the backend being checked */
    /* --fail-fast saw an unexpected result: start no more cells. Atomic: the
     * cells of an implementation run on several threads. */
    atomic_bool stop;
} matrix_cells;

/* With --fail-fast, a cell taken after the stop is not run (ran[i] stays
 * false); a cell already running finishes and is reported. */
static int check_one_cell(void *ctx, size_t i)
{
    matrix_cells *m = ctx;
    if (atomic_load(&m->stop))
        return 0;
    size_t b = i / m->nscenarios, s = i % m->nscenarios;
    const golden_trace *g = &m->goldens[s];
    const ys_lines *golden = g->present ? &g->lines : NULL;
    const char *problem = g->problem;
    int rc;
    if (!m->impl && m->o->batch) {
        rc = ys_check_cell_batched(&m->batch, m->scenarios[s], m->o->backends[b],
                                   m->o->python_minor, golden, g->path, problem, m->o->timeout,
                                   &m->expectations[b], &m->results[i]);
    } else if (!m->impl) {
        rc = ys_check_cell(m->scenarios[s], m->o->backends[b], m->o->python_minor, golden, g->path,
                           problem, m->o->timeout, &m->expectations[b], &m->results[i]);
    } else {
        if (m->impl->problem) {
            golden = NULL;
            problem = m->impl->problem;
        }
        rc = ys_check_cell_with(ys_impl_run_cell, (void *)&m->impl->cells, "implementation",
                                m->scenarios[s], m->o->backends[b], m->o->python_minor, golden,
                                g->path, problem, m->o->timeout, &m->expectations[b],
                                &m->results[i]);
    }
    if (rc != 0)
        return EXIT_USAGE;
    m->ran[i] = true;
    if (m->o->fail_fast && !ys_verdict_is_expected(m->results[i].verdict))
        atomic_store(&m->stop, true);
    return 0;
}

static int run_matrix(const options *o, const impl_run *impl)
{
    const ys_scenario **scenarios;
    size_t nscenarios;
    int rc = select_scenarios(o, &scenarios, &nscenarios);
    if (rc != 0)
        return rc;
    if (o->list) {
        for (size_t b = 0; b < o->nbackends; b++)
            for (size_t s = 0; s < nscenarios; s++)
                printf("%s %s\n", o->backends[b]->name, scenarios[s]->path);
        free(scenarios);
        return 0;
    }
    if (!is_directory(o->expectations_dir)) {
        free(scenarios);
        return fail_usage("expectations directory %s does not exist", o->expectations_dir);
    }
    ys_expectations *expectations = calloc(o->nbackends, sizeof *expectations);
    golden_trace *goldens = calloc(nscenarios + 1, sizeof *goldens);
    ys_check_result *results = calloc(o->nbackends * nscenarios + 1, sizeof *results);
    bool *ran = calloc(o->nbackends * nscenarios + 1, sizeof *ran);
    if (!expectations || !goldens || !results || !ran)
        abort();
    rc = require_writable_reports(o);
    if (rc == 0)
        rc = require_traces_dir(o);
    if (rc == 0 && o->nglobs == 0) {
        char *dir = traces_dir(o);
        if (report_uncompiled_goldens(dir, "") > 0)
            rc = EXIT_USAGE;
        free(dir);
    }
    for (size_t b = 0; b < o->nbackends && rc == 0; b++)
        rc = load_expectations(o, &expectations[b], o->backends[b]);
    if (rc == 0)
        rc = load_goldens(o, scenarios, nscenarios, goldens);

    ys_matrix m = {o->backends, o->nbackends, o->python_minor, results, ran, nscenarios};
    matrix_cells cells = {o, impl, scenarios, nscenarios, goldens, expectations,
                          results, ran, .batch = {0}, .stop = false};
    if (rc == 0 && impl)
        rc = ys_parallel_for(o->nbackends * nscenarios, impl->jobs, check_one_cell, &cells);
    for (size_t i = 0; !impl && i < o->nbackends * nscenarios && rc == 0; i++)
        rc = check_one_cell(&cells, i);
    ys_batch_end(&cells.batch);
    if (rc == 0) {
        /* The files first: they do not depend on stdout being writable. */
        rc = write_report_files(o, &m);
        ys_report_text(stdout, &m);
    }
    if (rc == 0)
        for (size_t i = 0; i < o->nbackends * nscenarios; i++)
            if (ran[i] && !ys_verdict_is_expected(results[i].verdict))
                rc = EXIT_FAILURES;

    for (size_t i = 0; i < o->nbackends * nscenarios; i++)
        ys_check_result_free(&results[i]);
    for (size_t s = 0; s < nscenarios; s++) {
        if (goldens[s].present)
            ys_lines_free(&goldens[s].lines);
        free(goldens[s].path);
        free(goldens[s].problem);
    }
    for (size_t b = 0; b < o->nbackends; b++)
        ys_expectations_free(&expectations[b]);
    free(results);
    free(ran);
    free(goldens);
    free(expectations);
    free(scenarios);
    return rc;
}

/* An implementation in place of the backends: one column, named after it,
 * against the traces of the Python version it claims. */
static int run_check_impl(const options *o)
{
    if (o->nbackends > 0)
        return fail_usage("check: --impl and --backend exclude each other");
    if (o->batch)
        return fail_usage("check: --batch runs the backends' cells in one process; --impl %s "
                          "runs a command per cell", o->impl);
    if (o->python_given)
        return fail_usage("check: --impl %s is checked against the Python version it claims; "
                          "--python does not apply", o->impl);
    ys_impl impl;
    char *message = NULL;
    if (ys_impl_lookup(o->impls_dir, o->impl, &impl, &message) != 0) {
        fail_usage("%s", message);
        free(message);
        return EXIT_USAGE;
    }
    const ys_backend column = {.name = impl.name};
    const ys_backend *columns[] = {&column};
    options with_impl = *o;
    with_impl.backends = columns;
    with_impl.nbackends = 1;
    if (!o->timeout_given)
        with_impl.timeout = DEFAULT_IMPL_TIMEOUT_SECONDS;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    impl_run run = {
        .cells = {&impl, o->spec_dir},
        .jobs = (unsigned)(o->jobs ? o->jobs : cpus > 0 ? cpus : 1),
    };
    if (!o->list) {
        int claimed = ys_impl_claimed_python(&impl, with_impl.timeout, &message);
        if (claimed > 0)
            with_impl.python_minor = claimed;
        run.problem = message;
    }
    int rc = run_matrix(&with_impl, &run);
    free(message);
    ys_impl_free(&impl);
    return rc;
}

static int run_check(const options *o)
{
    if (o->impl)
        return run_check_impl(o);
    if (o->jobs)
        return fail_usage("check: --jobs runs implementation commands in parallel; it needs --impl");
    if (o->batch && o->list)
        return fail_usage("check: --batch says how cells run; --list runs none");
    return run_matrix(o, NULL);
}

/* ---- list, trace, diff --------------------------------------------------- */

static int run_list(const options *o)
{
    if (o->list_backends) {
        for (const ys_backend *const *b = ys_backends; *b; b++)
            printf("%s\t%s\n", (*b)->name, (*b)->stackful ? "stackful" : "stackless");
        return 0;
    }
    const ys_scenario **scenarios;
    size_t n;
    int rc = select_scenarios(o, &scenarios, &n);
    if (rc != 0)
        return rc;
    for (size_t s = 0; s < n; s++)
        printf("%s\t%s\n", scenarios[s]->path, scenarios[s]->docstring);
    free(scenarios);
    return 0;
}

/* Run one scenario in a child; forward its stderr; report a run that did not
 * finish or whose output was cut. Returns 0 when it finished whole. */
static int run_one(const options *o, const ys_scenario *sc, ys_run *run)
{
    if (ys_run_isolated(sc, o->backends[0], o->python_minor, o->timeout, run) != 0)
        return EXIT_USAGE;
    fputs(run->errors, stderr);
    char *why = ys_run_failure_summary(run, o->timeout);
    char *cut = ys_run_truncation_note(run);
    if (why)
        fprintf(stderr, "yieldspec: %s on %s: %s\n", sc->path, o->backends[0]->name, why);
    if (cut)
        fprintf(stderr, "yieldspec: %s on %s: %s\n", sc->path, o->backends[0]->name, cut);
    int rc = why || cut ? EXIT_FAILURES : 0;
    free(why);
    free(cut);
    return rc;
}

static int run_trace(const options *o)
{
    const ys_scenario *sc;
    int rc = require_one_backend(o);
    if (rc == 0)
        rc = find_one_scenario(o, &sc);
    if (rc != 0)
        return rc;
    ys_run run;
    rc = run_one(o, sc, &run);
    fwrite(run.trace, 1, run.trace_len, stdout);
    ys_run_free(&run);
    return rc;
}

static int run_diff(const options *o)
{
    const ys_scenario *sc;
    int rc = require_one_backend(o);
    if (rc == 0)
        rc = find_one_scenario(o, &sc);
    if (rc == 0)
        rc = require_traces_dir(o);
    if (rc != 0)
        return rc;
    char *path = ys_golden_path(o->spec_dir, o->python_minor, sc->path);
    char *message = NULL;
    ys_lines golden;
    ys_golden_status status = ys_golden_load(path, sc->path, &golden, &message);
    if (status != YS_GOLDEN_OK) {
        rc = fail_usage("%s golden trace: %s",
                        status == YS_GOLDEN_MISSING ? "no" : "malformed", message);
        free(message);
        free(path);
        return rc;
    }
    ys_run run;
    rc = run_one(o, sc, &run);
    if (rc != EXIT_USAGE) {
        ys_lines produced;
        ys_lines_split(&produced, run.trace, run.trace_len);
        char *label, *diff = NULL;
        if (asprintf(&label, "produced by backend %s", o->backends[0]->name) < 0)
            abort();
        if (!ys_traces_compare(&golden, &produced, path, label, NULL, &diff)) {
            fputs(diff, stdout);
            rc = EXIT_FAILURES;
        }
        free(diff);
        free(label);
        ys_lines_free(&produced);
        ys_run_free(&run);
    }
    ys_lines_free(&golden);
    free(path);
    return rc;
}

/* ---- commands ------------------------------------------------------------ */

static const command commands[] = {
    {"check",
     OPT_BACKEND | OPT_SCENARIO | OPT_PYTHON | OPT_JUNIT | OPT_TAP | OPT_JSON | OPT_EXPECTATIONS |
         OPT_SPEC_DIR | OPT_TIMEOUT | OPT_LIST | OPT_HELP | OPT_IMPL | OPT_IMPLS | OPT_JOBS |
         OPT_FAIL_FAST | OPT_BATCH,
     false,
     "usage: yieldspec check [--backend B]... [--scenario GLOB]... [--python 3.X]\n"
     "                       [--junit FILE] [--tap FILE] [--json FILE]\n"
     "                       [--expectations DIR] [--spec-dir DIR] [--timeout SECONDS]\n"
     "                       [--fail-fast] [--batch] [--list]\n"
     "       yieldspec check --impl NAME [--impls DIR] [--jobs N] [--scenario GLOB]... [...]\n"
     "\n"
     "Run every selected scenario on every selected backend (default: all of both), each in\n"
     "its own process, and compare its trace with CPython's golden trace\n"
     "(SPEC-DIR/traces/cpython-3.X/<scenario>.trace, default python 3.11). Prints each\n"
     "failure with a diff and a table backend x category of passed/total. Exit status 0\n"
     "only when every result is what DIR/<backend>.txt expects: an unexpected failure and\n"
     "an unexpected pass both fail the run. --list prints the selection without running.\n"
     "--fail-fast runs no cell after the first unexpected result (cells already running\n"
     "finish); the table and the report files count only the cells that ran.\n"
     "--batch runs a backend's cells one after another in one process, for runs repeated\n"
     "thousands of times (mutation testing), where a process per cell costs more than the\n"
     "scenario: a pass there counts while the runtime is left as a fresh process has it;\n"
     "any other result is judged again in a process of its own, and that result counts.\n"
     "\n"
     "--impl NAME checks an external implementation instead (DIR/registry.txt, default\n"
     "conformance/impls: pypy3, cython, cpython-3.X): its command runs each scenario and\n"
     "prints the trace, N at a time (default: one per CPU), against the traces of the\n"
     "Python version it claims; expectations in DIR/NAME.txt; default timeout 60 s.\n",
     run_check},
    {"list", OPT_SCENARIO | OPT_BACKENDS | OPT_HELP, false,
     "usage: yieldspec list [--scenario GLOB]... | yieldspec list --backends\n"
     "\n"
     "List the compiled scenarios (path and the rule each checks), or the backends.\n",
     run_list},
    {"trace", OPT_BACKEND | OPT_PYTHON | OPT_TIMEOUT | OPT_HELP, true,
     "usage: yieldspec trace --backend B SCENARIO [--python 3.X] [--timeout SECONDS]\n"
     "\n"
     "Run one scenario on one backend and print the trace it produces.\n",
     run_trace},
    {"diff", OPT_BACKEND | OPT_PYTHON | OPT_SPEC_DIR | OPT_TIMEOUT | OPT_HELP, true,
     "usage: yieldspec diff --backend B SCENARIO [--python 3.X] [--spec-dir DIR]\n"
     "                      [--timeout SECONDS]\n"
     "\n"
     "Run one scenario on one backend and print a unified diff of CPython's golden trace\n"
     "against the produced one. Exit status 1 when they differ.\n",
     run_diff},
};

static void print_overview(FILE *out)
{
    fputs("usage: yieldspec <command> [options]\n"
          "\n"
          "Check C generator backends against CPython's generator semantics.\n"
          "\n"
          "commands:\n"
          "  check   run the conformance matrix (backend x scenario) against golden traces\n"
          "  list    list scenarios, or backends with --backends\n"
          "  trace   print the trace one scenario produces on one backend\n"
          "  diff    show golden vs produced trace of one scenario on one backend\n"
          "\n"
          "yieldspec <command> --help describes each command.\n",
          out);
}

/* Whatever the command printed must have reached stdout: a full disk or a
 * closed pipe fails the run (exit 2), whatever its verdict. */
static int finish_stdout(int rc)
{
    errno = 0;
    bool flushed = fflush(stdout) == 0;
    int error = errno;
    if (flushed && !ferror(stdout))
        return rc;
    fprintf(stderr, "yieldspec: cannot write standard output: %s\n",
            error ? strerror(error) : "write error");
    return EXIT_USAGE;
}

int ys_cli_main(int argc, char **argv, const char *default_spec_dir,
                const char *default_expectations_dir)
{
    if (argc < 2) {
        print_overview(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        print_overview(stdout);
        return 0;
    }
    const command *cmd = NULL;
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, argv[1]) == 0)
            cmd = &commands[i];
    if (!cmd)
        return fail_usage("unknown command \"%s\" (commands: check, list, trace, diff)", argv[1]);

    options o = {
        .cmd = cmd,
        .python_minor = DEFAULT_PYTHON_MINOR,
        .spec_dir = default_spec_dir,
        .expectations_dir = default_expectations_dir,
        .impls_dir = YIELDSPEC_DEFAULT_IMPLS_DIR,
        .timeout = DEFAULT_TIMEOUT_SECONDS,
    };
    /* A closed stdout (`| head`) is a write error to report, not a death
     * before the report files are written. */
    signal(SIGPIPE, SIG_IGN);
    int rc = parse_arguments(&o, argc - 2, argv + 2);
    if (rc == 0 && o.help) {
        fputs(cmd->usage, stdout);
    } else if (rc == 0) {
        /* check and list default to every backend; trace and diff name one. */
        if (o.nbackends == 0 && !cmd->takes_scenario && !o.impl)
            for (const ys_backend *const *b = ys_backends; *b; b++)
                add_backend(&o, (*b)->name);
        rc = cmd->run(&o);
    }
    free(o.backends);
    free(o.globs);
    return finish_stdout(rc);
}
