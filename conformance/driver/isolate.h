/* Running one scenario on one backend in a forked child, so that a crash or a
 * hang is a result about that scenario and never stops the run. */
#ifndef YIELDSPEC_ISOLATE_H
#define YIELDSPEC_ISOLATE_H

#include "yieldspec/driver.h"

typedef enum ys_run_status {
    YS_RUN_FINISHED, /* the driver wrote the whole trace */
    YS_RUN_CRASHED,  /* the child died of a signal */
    YS_RUN_TIMED_OUT,
    YS_RUN_REFUSED, /* the driver could not drive the scenario (its message is in `errors`) */
} ys_run_status;

typedef struct ys_run {
    ys_run_status status;
    char *trace; /* what the child wrote, complete or not; malloc'd, NUL-terminated */
    size_t trace_len;
    char *errors; /* what the child wrote to stderr; malloc'd, NUL-terminated */
    int signal;   /* YS_RUN_CRASHED */
    double seconds;
} ys_run;

/* Fork, drive `sc` on `backend` with CPython 3.<python_minor> semantics in the
 * child, collect its trace and stderr, and kill it after timeout_seconds.
 * Returns 0, or -1 after a message on stderr if no child could be started. */
int ys_run_isolated(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                    double timeout_seconds, ys_run *out);
void ys_run_free(ys_run *run);

/* One line saying why the run did not finish: "killed by SIGSEGV
 * (Segmentation fault)", "timed out after 10 s", the driver's first error
 * line. malloc'd; NULL for a finished run. */
char *ys_run_failure_summary(const ys_run *run, double timeout_seconds);

#endif
