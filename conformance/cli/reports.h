/* What `yieldspec check` writes: the matrix table and failure list on stdout,
 * and the JUnit XML, TAP and JSON files for CI systems and the benchmark
 * report. */
#ifndef YIELDSPEC_REPORTS_H
#define YIELDSPEC_REPORTS_H

#include <stdio.h>

#include "check.h"

typedef struct ys_matrix {
    const ys_backend *const *backends;
    size_t nbackends;
    int python_minor;
    ys_check_result *results; /* backend-major: results[b * nscenarios + s] */
    /* ran[i]: results[i] is the cell's result. check --fail-fast leaves the
     * cells after the first unexpected result unrun: every report counts and
     * lists only the cells that ran, and says how many did not. */
    const bool *ran;
    size_t nscenarios;
} ys_matrix;

/* Every non-passing result (with its diff when unexpected), then the table
 * backend × category of passed/run, then a one-line verdict. */
void ys_report_text(FILE *out, const ys_matrix *m);
/* Write a report file through a temporary file renamed into place. Returns 0,
 * or -1 after a message on stderr. */
int ys_report_junit(const char *path, const ys_matrix *m);
int ys_report_tap(const char *path, const ys_matrix *m);
int ys_report_json(const char *path, const ys_matrix *m);

#endif
