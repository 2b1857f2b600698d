#define _GNU_SOURCE /* asprintf */
/* The conformance matrix as Criterion tests: every scenario of
 * ys_all_scenarios on every registered backend, against CPython 3.11's and
 * 3.13's golden traces, with the runtime's semantics following the target.
 * A cell the backend's expectations file lists must still fail (a mismatch),
 * as `yieldspec check` requires.
 *
 * Built twice: over the compiled corpus and spec/, and over the hand-written
 * fixtures and their spec dir (YS_MATRIX_SPEC_DIR). Criterion runs each
 * parameter in its own process, so a crashing cell fails alone. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>

#include "expectations.h"
#include "trace_text.h"
#include "yieldspec/driver.h"

/* Indices, not pointers: Criterion runs each test in a freshly executed
 * process, where (with ASLR) the tables may sit at other addresses. */
typedef struct matrix_cell {
    size_t scenario_index;
    size_t backend_index;
} matrix_cell;

static size_t count_until_null(const void *const *items)
{
    size_t n = 0;
    while (items[n])
        n++;
    return n;
}

/* Parameters live in cr_malloc'd memory: the test runs in a child process. */
static struct criterion_test_params every_cell(void)
{
    size_t nscenarios = count_until_null((const void *const *)ys_all_scenarios);
    size_t nbackends = count_until_null((const void *const *)ys_backends);
    matrix_cell *cells = cr_malloc(sizeof *cells * (nscenarios * nbackends + 1));
    size_t n = 0;
    for (size_t b = 0; b < nbackends; b++)
        for (size_t s = 0; s < nscenarios; s++)
            cells[n++] = (matrix_cell){s, b};
    return cr_make_param_array(matrix_cell, cells, n, NULL);
}

static void produces_the_golden_trace(const matrix_cell *param, int python_minor)
{
    const ys_scenario *scenario = ys_all_scenarios[param->scenario_index];
    const ys_backend *backend = ys_backends[param->backend_index];
    char *golden_path = ys_golden_path(YS_MATRIX_SPEC_DIR, python_minor, scenario->path);
    ys_lines golden;
    char *problem = NULL;
    ys_golden_status status = ys_golden_load(golden_path, scenario->path, &golden, &problem);
    cr_assert_eq(status, YS_GOLDEN_OK, "%s on %s, python 3.%d: %s", scenario->path,
                 backend->name, python_minor, problem);

    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    int rc = ys_drive_scenario(scenario, backend, python_minor, out);
    fclose(out);
    cr_assert_eq(rc, 0, "%s on %s, python 3.%d: the driver refused the scenario",
                 scenario->path, backend->name, python_minor);

    char *expectations_path;
    cr_assert(asprintf(&expectations_path, "%s/%s.txt", YS_MATRIX_EXPECTATIONS_DIR,
                       backend->name) > 0);
    ys_expectations expectations;
    cr_assert_eq(ys_expectations_load(expectations_path, &expectations, &problem), 0, "%s",
                 problem);
    const ys_expectation *known_failure =
        ys_expectations_find(&expectations, scenario->path, python_minor);

    ys_lines produced;
    ys_lines_split(&produced, text, len);
    char *label, *diff = NULL;
    cr_assert(asprintf(&label, "produced by backend %s", backend->name) > 0);
    bool same = ys_traces_compare(&golden, &produced, golden_path, label, NULL, &diff);
    if (known_failure)
        cr_expect(!same, "%s on backend %s matches CPython 3.%d, but %s:%d expects a failure (%s)",
                  scenario->path, backend->name, python_minor, expectations.file,
                  known_failure->line, known_failure->reason);
    else
        cr_expect(same, "%s (%s) on backend %s differs from CPython 3.%d:\n%s", scenario->path,
                  scenario->source_file, backend->name, python_minor, diff);
    ys_expectations_free(&expectations);
    free(expectations_path);
    free(diff);
    free(label);
    ys_lines_free(&produced);
    ys_lines_free(&golden);
    free(text);
    free(golden_path);
}

ParameterizedTestParameters(each_scenario_on_each_backend, produces_the_cpython_3_11_trace)
{
    return every_cell();
}

ParameterizedTest(matrix_cell *cell, each_scenario_on_each_backend,
                  produces_the_cpython_3_11_trace, .timeout = 30)
{
    produces_the_golden_trace(cell, 11);
}

ParameterizedTestParameters(each_scenario_on_each_backend, produces_the_cpython_3_13_trace)
{
    return every_cell();
}

ParameterizedTest(matrix_cell *cell, each_scenario_on_each_backend,
                  produces_the_cpython_3_13_trace, .timeout = 30)
{
    produces_the_golden_trace(cell, 13);
}
