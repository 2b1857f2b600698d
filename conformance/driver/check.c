#define _GNU_SOURCE /* asprintf */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_or_abort(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        abort();
    return copy;
}

/* Every report shows the detail line, so the cut is said there. */
static void append_truncation_note(ys_check_result *out, const ys_run *run)
{
    char *note = ys_run_truncation_note(run);
    if (!note)
        return;
    char *detail;
    if (asprintf(&detail, "%s%s%s", out->detail ? out->detail : "", out->detail ? "; " : "",
                 note) < 0)
        abort();
    free(out->detail);
    free(note);
    out->detail = detail;
}

static bool fails_as_recorded(ys_outcome outcome, ys_failure_kind recorded)
{
    switch (recorded) {
    case YS_FAILS_BY_MISMATCH:
        return outcome == YS_OUTCOME_MISMATCH;
    case YS_FAILS_BY_CRASH:
        return outcome == YS_OUTCOME_CRASH;
    case YS_FAILS_BY_TIMEOUT:
        return outcome == YS_OUTCOME_TIMEOUT;
    case YS_FAILS_BY_REFUSAL:
        return outcome == YS_OUTCOME_REFUSAL;
    }
    return false;
}

static ys_verdict judge(ys_outcome outcome, const ys_expectation *expectation)
{
    if (outcome == YS_OUTCOME_PASS)
        return expectation ? YS_VERDICT_UNEXPECTED_PASS : YS_VERDICT_PASS;
    if (expectation && fails_as_recorded(outcome, expectation->fails_by))
        return YS_VERDICT_EXPECTED_FAILURE;
    return YS_VERDICT_UNEXPECTED_FAILURE;
}

static int run_on_backend(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                          double timeout_seconds, void *ctx, ys_run *out)
{
    (void)ctx;
    return ys_run_isolated(sc, backend, python_minor, timeout_seconds, out);
}

int ys_check_cell(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                  const ys_lines *golden, const char *golden_label, const char *golden_problem,
                  double timeout_seconds, const ys_expectations *expectations,
                  ys_check_result *out)
{
    return ys_check_cell_with(run_on_backend, NULL, "backend", sc, backend, python_minor, golden,
                              golden_label, golden_problem, timeout_seconds, expectations, out);
}

int ys_check_cell_with(ys_cell_runner run_cell, void *ctx, const char *kind,
                       const ys_scenario *sc, const ys_backend *backend, int python_minor,
                       const ys_lines *golden, const char *golden_label,
                       const char *golden_problem, double timeout_seconds,
                       const ys_expectations *expectations, ys_check_result *out)
{
    memset(out, 0, sizeof *out);
    out->scenario = sc;
    out->backend = backend;
    out->python_minor = python_minor;
    out->expectation = ys_expectations_find(expectations, sc->path, python_minor);
    out->expectations_file = expectations->file;

    ys_run run;
    if (!golden) {
        out->outcome = YS_OUTCOME_ERROR;
        out->detail = dup_or_abort(golden_problem);
    } else if (run_cell(sc, backend, python_minor, timeout_seconds, ctx, &run) != 0) {
        return -1;
    } else {
        out->seconds = run.seconds;
        ys_lines produced;
        ys_lines_split(&produced, run.trace, run.trace_len);
        char *produced_label;
        if (asprintf(&produced_label, "produced by %s %s", kind, backend->name) < 0)
            abort();
        char *first_difference = NULL;
        bool same = ys_traces_compare(golden, &produced, golden_label, produced_label,
                                      &first_difference, &out->diff);
        free(produced_label);
        ys_lines_free(&produced);

        switch (run.status) {
        case YS_RUN_FINISHED:
            /* A cut trace is never the golden one, even if what was kept is. */
            out->outcome = same && !run.trace_truncated ? YS_OUTCOME_PASS : YS_OUTCOME_MISMATCH;
            out->detail = first_difference;
            first_difference = NULL;
            break;
        case YS_RUN_CRASHED:
        case YS_RUN_TIMED_OUT:
            out->outcome = run.status == YS_RUN_CRASHED ? YS_OUTCOME_CRASH : YS_OUTCOME_TIMEOUT;
            out->detail = ys_run_failure_summary(&run, timeout_seconds);
            break;
        case YS_RUN_REFUSED:
        case YS_RUN_LEAKED:
        case YS_RUN_UNUSABLE:
            out->outcome = run.status == YS_RUN_REFUSED ? YS_OUTCOME_REFUSAL : YS_OUTCOME_ERROR;
            out->detail = ys_run_failure_summary(&run, timeout_seconds);
            break;
        }
        free(first_difference);
        append_truncation_note(out, &run);
        ys_run_free(&run);
    }
    out->verdict = judge(out->outcome, out->expectation);
    return 0;
}

void ys_batch_end(ys_batch *batch)
{
    ys_worker_stop(batch->worker);
    batch->worker = NULL;
}

static int run_in_worker(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                         double timeout_seconds, void *ctx, ys_run *out)
{
    ys_batch *batch = ctx;
    batch->ran_in_worker = false;
    if (batch->worker && (batch->backend != backend || batch->python_minor != python_minor))
        ys_batch_end(batch);
    if (!batch->worker) {
        batch->worker = ys_worker_start(backend, python_minor);
        batch->backend = backend;
        batch->python_minor = python_minor;
    }
    if (batch->worker && ys_worker_run(batch->worker, sc, timeout_seconds, out)) {
        batch->ran_in_worker = true;
        return 0;
    }
    ys_batch_end(batch);
    return ys_run_isolated(sc, backend, python_minor, timeout_seconds, out);
}

int ys_check_cell_batched(ys_batch *batch, const ys_scenario *sc, const ys_backend *backend,
                          int python_minor, const ys_lines *golden, const char *golden_label,
                          const char *golden_problem, double timeout_seconds,
                          const ys_expectations *expectations, ys_check_result *out)
{
    batch->ran_in_worker = false; /* stays so when there is no golden trace to run against */
    int rc = ys_check_cell_with(run_in_worker, batch, "backend", sc, backend, python_minor,
                                golden, golden_label, golden_problem, timeout_seconds,
                                expectations, out);
    if (rc != 0 || !batch->ran_in_worker ||
        (out->outcome == YS_OUTCOME_PASS && !out->expectation))
        return rc;
    ys_batch_end(batch);
    batch->ran_in_worker = false;
    ys_check_result_free(out);
    return ys_check_cell(sc, backend, python_minor, golden, golden_label, golden_problem,
                         timeout_seconds, expectations, out);
}

void ys_check_result_free(ys_check_result *r)
{
    free(r->detail);
    free(r->diff);
    memset(r, 0, sizeof *r);
}

bool ys_verdict_is_expected(ys_verdict v)
{
    return v == YS_VERDICT_PASS || v == YS_VERDICT_EXPECTED_FAILURE;
}

const char *ys_outcome_name(ys_outcome o)
{
    static const char *const names[] = {"pass", "mismatch", "crash", "timeout", "error",
                                          "refusal"};
    return names[o];
}

const char *ys_verdict_name(ys_verdict v)
{
    static const char *const names[] = {"pass", "expected-failure", "unexpected-failure",
                                        "unexpected-pass"};
    return names[v];
}

char *ys_scenario_category(const char *scenario_path)
{
    const char *slash = strchr(scenario_path, '/');
    char *category = strndup(scenario_path, slash ? (size_t)(slash - scenario_path) : 0);
    if (!category)
        abort();
    return category;
}
