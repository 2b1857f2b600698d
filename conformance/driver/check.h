/* One cell of the conformance matrix: a scenario run on a backend against the
 * golden trace of one CPython target, and its verdict under the backend's
 * expectations. */
#ifndef YIELDSPEC_CHECK_H
#define YIELDSPEC_CHECK_H

#include "expectations.h"
#include "isolate.h"
#include "trace_text.h"

typedef enum ys_outcome {
    YS_OUTCOME_PASS,     /* the trace is the golden one, byte for byte */
    YS_OUTCOME_MISMATCH, /* the trace differs */
    YS_OUTCOME_CRASH,
    YS_OUTCOME_TIMEOUT,
    YS_OUTCOME_ERROR,   /* no golden trace, a command not started or printing no trace, memory
                         * left after shutdown */
    YS_OUTCOME_REFUSAL, /* the driver or implementation declined the scenario, with a reason */
} ys_outcome;

typedef enum ys_verdict {
    YS_VERDICT_PASS,
    YS_VERDICT_EXPECTED_FAILURE,   /* fails the way the expectations record */
    YS_VERDICT_UNEXPECTED_FAILURE, /* any other failure */
    YS_VERDICT_UNEXPECTED_PASS,    /* passes, but the expectations record a failure */
} ys_verdict;

typedef struct ys_check_result {
    const ys_scenario *scenario;
    const ys_backend *backend;
    int python_minor;
    ys_outcome outcome;
    ys_verdict verdict;
    const ys_expectation *expectation; /* the entry covering this cell, or NULL */
    const char *expectations_file;     /* where that entry is */
    char *detail; /* one line on what went wrong (NULL on pass) */
    char *diff;   /* unified diff golden vs produced, when a trace was produced and differs */
    double seconds;
} ys_check_result;

/* Run the cell in a forked child and judge it. `golden` is the loaded golden
 * trace, or NULL when it is missing (golden_problem then says why).
 * Returns 0, or -1 when no child could be started. */
int ys_check_cell(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                  const ys_lines *golden, const char *golden_label, const char *golden_problem,
                  double timeout_seconds, const ys_expectations *expectations,
                  ys_check_result *out);

/* How a cell is run: into *out, as ys_run_isolated does. Returns 0, or -1 when
 * nothing could be started. */
typedef int (*ys_cell_runner)(const ys_scenario *sc, const ys_backend *column, int python_minor,
                              double timeout_seconds, void *ctx, ys_run *out);
/* ys_check_cell with another way of running the cell (an external
 * implementation's command: impl.h). `column` names the matrix column the
 * result belongs to; the produced trace is labelled "produced by KIND NAME". */
int ys_check_cell_with(ys_cell_runner run_cell, void *ctx, const char *kind,
                       const ys_scenario *sc, const ys_backend *column, int python_minor,
                       const ys_lines *golden, const char *golden_label,
                       const char *golden_problem, double timeout_seconds,
                       const ys_expectations *expectations, ys_check_result *out);
void ys_check_result_free(ys_check_result *r);

/* The cells of a check --batch run: one worker (isolate.h) per backend in turn. */
typedef struct ys_batch {
    ys_worker *worker;
    const ys_backend *backend;
    int python_minor;
    bool ran_in_worker; /* the last cell's run came from the worker */
} ys_batch;
/* ys_check_cell, run in the batch's worker. Only a pass the cell's expectations do not
 * contradict is taken from the worker: any other result may come from what an earlier
 * scenario left in that process, so the worker is ended and the cell is judged again by
 * ys_check_cell, alone in a process of its own, whose result is the cell's. */
int ys_check_cell_batched(ys_batch *batch, const ys_scenario *sc, const ys_backend *backend,
                          int python_minor, const ys_lines *golden, const char *golden_label,
                          const char *golden_problem, double timeout_seconds,
                          const ys_expectations *expectations, ys_check_result *out);
/* Ends the batch's worker. */
void ys_batch_end(ys_batch *batch);

bool ys_verdict_is_expected(ys_verdict v);
/* "pass", "mismatch", "crash", "timeout", "error", "refusal" */
const char *ys_outcome_name(ys_outcome o);
const char *ys_verdict_name(ys_verdict v); /* "pass", "expected-failure", ... */

/* The category of a scenario path: "send" for "send/accumulator". malloc'd. */
char *ys_scenario_category(const char *scenario_path);

#endif
