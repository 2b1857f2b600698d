/* The conformance driver: performs a scenario's DRIVE steps on the runtime and
 * writes the trace of spec/TRACE.md.
 *
 * The CLI and the Criterion matrix run it in a forked child (crash and hang
 * isolation); the benchmarks call it directly to replay compiled scenarios as
 * workloads. It links against whichever library provides ys_all_scenarios[]
 * (the compiled corpus, or a test's hand-written fixtures). */
#ifndef YIELDSPEC_DRIVER_H
#define YIELDSPEC_DRIVER_H

#include <stdio.h>

#include "yieldspec/scenario.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Initialise the runtime for `backend` with the generator semantics of CPython
 * 3.<python_minor>, run sc->setup, perform every DRIVE step, release the
 * remaining generators, shut the runtime down. The trace goes to trace_out
 * (not flushed, not closed).
 *
 * Returns 0 once the whole trace is written, or -1 after a one-line message on
 * stderr when the scenario cannot be driven (runtime refused the
 * configuration, a step names an unknown generator or function, an exception
 * class is unknown). A Python exception raised by a step is not an error: it
 * is that step's outcome. */
int ys_drive_scenario(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                      FILE *trace_out);

/* The scenario of ys_all_scenarios[] whose path is `path`
 * ("send/accumulator"); NULL if there is none. */
const ys_scenario *ys_scenario_find(const char *path);

#ifdef __cplusplus
}
#endif
#endif
