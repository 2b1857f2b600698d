#define _GNU_SOURCE /* asprintf */
/* The conformance matrix as Criterion tests: every scenario of
 * ys_all_scenarios on every registered backend, against CPython 3.11's and
 * 3.13's golden traces, with the runtime's semantics following the target.
 *
 * Built twice: over the compiled corpus and spec/, and over the hand-written
 * fixtures and their spec dir (YS_MATRIX_SPEC_DIR). Criterion runs each
 * parameter in its own process, so a crashing cell fails alone. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>

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

    ys_lines produced;
    ys_lines_split(&produced, text, len);
    char *label, *diff = NULL;
    cr_assert(asprintf(&label, "produced by backend %s", backend->name) > 0);
    bool same = ys_traces_compare(&golden, &produced, golden_path, label, NULL, &diff);
    cr_expect(same, "%s (%s) on backend %s differs from CPython 3.%d:\n%s", scenario->path,
              scenario->source_file, backend->name, python_minor, diff);
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
