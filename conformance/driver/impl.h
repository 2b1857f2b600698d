/* External implementations: programs that run a scenario themselves (an
 * interpreter, a Python-to-C compiler, a user's runtime) and print its trace.
 * `yieldspec check --impl NAME` checks one against the golden traces of the
 * CPython version it claims (conformance/impls/README.md has the protocol).
 *
 * The registry is DIR/registry.txt, one implementation a line:
 *
 *     <name>: <command word>...
 *
 * '#' starts a comment line; a word starting with "./" is a path relative to
 * DIR, any other first word is looked up in PATH. */
#ifndef YIELDSPEC_IMPL_H
#define YIELDSPEC_IMPL_H

#include "check.h"

typedef struct ys_impl {
    char *name;
    char **words; /* the command, NULL-terminated */
    size_t nwords;
    /* Where it is recorded, "<file>:<line>", for messages. */
    char *origin;
} ys_impl;

/* Look `name` up in registry_dir/registry.txt. Returns 0, or -1 with a
 * malloc'd one-line *message: the registry cannot be read, a line of it is
 * malformed ("<file>:<line>: <problem>"), or no entry has that name (the
 * message lists the names there are). */
int ys_impl_lookup(const char *registry_dir, const char *name, ys_impl *out, char **message);
void ys_impl_free(ys_impl *impl);

/* Ask the implementation which CPython version it implements (`COMMAND
 * --python-version` prints "3.X"). Returns the minor version, or -1 with a
 * malloc'd one-line *problem. */
int ys_impl_claimed_python(const ys_impl *impl, double timeout_seconds, char **problem);

/* What the cells of an implementation share: ctx of ys_impl_run_cell. */
typedef struct ys_impl_cells {
    const ys_impl *impl;
    const char *spec_dir; /* the scenario run is SPEC_DIR/scenarios/<path>.py */
} ys_impl_cells;

/* A ys_cell_runner: run COMMAND SPEC_DIR/scenarios/<path>.py. A non-zero exit
 * and a trace that is not well formed (spec/TRACE.md) come out as
 * YS_RUN_REFUSED with one line in `errors` saying so. */
int ys_impl_run_cell(const ys_scenario *sc, const ys_backend *column, int python_minor,
                     double timeout_seconds, void *cells, ys_run *out);

/* Call fn(ctx, i) for every i < count from `jobs` threads at once (fn must be
 * safe to call concurrently for different i). Returns 0, or the first
 * non-zero value fn returned (the remaining calls still happen). */
int ys_parallel_for(size_t count, unsigned jobs, int (*fn)(void *ctx, size_t i), void *ctx);

#endif
