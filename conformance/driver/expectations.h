/* Known failures per backend (conformance/expectations/<backend>.txt), in the
 * manner of test262 expectation lists. One entry a line:
 *
 *     <scenario path or glob> [python 3.X] [crash|timeout|refusal]: <reason>
 *
 * '#' starts a comment line. An entry records that the scenario fails (on
 * every target, or only on 3.X) in one way: by default its trace differs from
 * the golden one; `crash` or `timeout` records that the run dies or hangs
 * instead, `refusal` that the implementation declines the scenario (exits
 * non-zero with a reason: a compiler that rejects it, say). The way is part of
 * the record: a crash where a mismatch was recorded (or the reverse) is a new
 * failure, and no entry covers an error (a missing golden trace, a malformed
 * trace). */
#ifndef YIELDSPEC_EXPECTATIONS_H
#define YIELDSPEC_EXPECTATIONS_H

#include <stdbool.h>
#include <stddef.h>

/* How an expected failure fails. */
typedef enum ys_failure_kind {
    YS_FAILS_BY_MISMATCH, /* a trace that differs from the golden one */
    YS_FAILS_BY_CRASH,    /* the run dies of a signal */
    YS_FAILS_BY_TIMEOUT,  /* the run hangs past the timeout */
    YS_FAILS_BY_REFUSAL,  /* the implementation declines the scenario, with a reason */
} ys_failure_kind;

typedef struct ys_expectation {
    char *pattern;    /* fnmatch(3) glob over scenario paths */
    int python_minor; /* 0: every target */
    ys_failure_kind fails_by;
    char *reason;
    int line;
} ys_expectation;

typedef struct ys_expectations {
    char *file;
    ys_expectation *entries;
    size_t count;
} ys_expectations;

/* Parse `path`. A file that does not exist is an empty list. Returns 0, or -1
 * with a malloc'd "<file>:<line>: <problem>" in *message. */
int ys_expectations_load(const char *path, ys_expectations *out, char **message);
void ys_expectations_free(ys_expectations *e);

/* The first entry covering this scenario on this target, or NULL. */
const ys_expectation *ys_expectations_find(const ys_expectations *e, const char *scenario_path,
                                           int python_minor);
bool ys_expectation_covers(const ys_expectation *entry, const char *scenario_path,
                           int python_minor);

/* "mismatch", "crash", "timeout" or "refusal". */
const char *ys_failure_kind_name(ys_failure_kind kind);

/* "3.11" -> 11. Returns -1 unless it names a CPython whose generator semantics
 * the runtime offers (3.8 to 3.13). */
int ys_parse_python_target(const char *text);

#endif
