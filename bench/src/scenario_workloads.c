/* Compiled spec scenarios replayed as realistic workloads: each iteration
 * drives one whole scenario (runtime set-up, its DRIVE steps, tear-down) on
 * one backend through the conformance driver, writing its trace to /dev/null.
 * Built only with the compiled corpus (YS_BENCH_HAVE_SCENARIOS). */
#include "backend_benchmarks.h"

#include <stdio.h>

#include "ys_bench.h"
#include "yieldspec/driver.h"

typedef struct workload {
    const char *operation;     /* benchmark name: "<operation>/<backend>" */
    const char *scenario_path; /* spec/scenarios/<path>.py */
} workload;

static const workload workloads[] = {
    {"scenario_scheduler", "nesting/round_robin_scheduler"},
    {"scenario_accumulator", "send/accumulator"},
    {"scenario_parser", "send/line_parser"},
};
enum { N_WORKLOADS = sizeof workloads / sizeof *workloads, N_BACKENDS_MAX = 16 };

typedef struct workload_on_backend {
    const workload *workload;
    const ys_backend *backend;
} workload_on_backend;

static workload_on_backend instances[N_WORKLOADS * N_BACKENDS_MAX];

static void bench_scenario(ys_bench_state *st, void *arg)
{
    const workload_on_backend *w = arg;
    const ys_scenario *sc = ys_scenario_find(w->workload->scenario_path);
    FILE *sink = fopen("/dev/null", "w");
    if (!sc || !sink) {
        ys_bench_fail(st, sc ? "cannot open /dev/null" : "scenario not in the compiled corpus");
        if (sink)
            fclose(sink);
        return;
    }
    enum { CPYTHON_3_11 = 11 };
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            if (ys_drive_scenario(sc, w->backend, CPYTHON_3_11, sink) != 0) {
                ys_bench_fail(st, "ys_drive_scenario failed (message on stderr)");
                goto done;
            }
done:
    fclose(sink);
}

void ys_register_scenario_workloads(void)
{
    size_t next = 0;
    for (const ys_backend *const *b = ys_backends; *b && b < ys_backends + N_BACKENDS_MAX; b++)
        for (size_t k = 0; k < N_WORKLOADS; k++) {
            workload_on_backend *w = &instances[next++];
            *w = (workload_on_backend){&workloads[k], *b};
            char name[128];
            snprintf(name, sizeof name, "%s/%s", workloads[k].operation, (*b)->name);
            ys_bench_register(&(ys_bench_def){.name = name, .fn = bench_scenario, .arg = w});
        }
}
