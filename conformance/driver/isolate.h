/* Running one scenario on one backend in a forked child, so that a crash or a
 * hang is a result about that scenario and never stops the run. */
#ifndef YIELDSPEC_ISOLATE_H
#define YIELDSPEC_ISOLATE_H

#include "yieldspec/driver.h"

typedef enum ys_run_status {
    YS_RUN_FINISHED, /* the driver wrote the whole trace */
    YS_RUN_CRASHED,  /* the child died of a signal */
    YS_RUN_TIMED_OUT,
    YS_RUN_REFUSED, /* the driver could not drive the scenario (its message is in `errors`),
                     * or a command exited with a non-zero status */
} ys_run_status;

/* Exit status of a command child whose command could not be started. */
#define YS_RUN_EXEC_FAILED_STATUS 127

typedef struct ys_run {
    ys_run_status status;
    char *trace; /* what the child wrote, complete or not; malloc'd, NUL-terminated */
    size_t trace_len;
    char *errors; /* what the child wrote to stderr; malloc'd, NUL-terminated */
    int signal;   /* YS_RUN_CRASHED */
    int exit_status; /* YS_RUN_FINISHED, YS_RUN_REFUSED */
    double seconds;
} ys_run;

/* Fork, drive `sc` on `backend` with CPython 3.<python_minor> semantics in the
 * child, collect its trace and stderr, and kill it after timeout_seconds.
 * Returns 0, or -1 after a message on stderr if no child could be started. */
int ys_run_isolated(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                    double timeout_seconds, ys_run *out);
/* The same for an external command (an implementation that runs scenarios
 * itself): argv[0] is looked up in PATH; its stdout is the trace, its stderr
 * the errors, its stdin /dev/null. It runs in a process group of its own,
 * killed whole at the timeout. A command that cannot be started exits with
 * YS_RUN_EXEC_FAILED_STATUS after a "cannot run" line on stderr. */
int ys_run_command(char *const argv[], double timeout_seconds, ys_run *out);
void ys_run_free(ys_run *run);

/* One line saying why the run did not finish: "killed by SIGSEGV
 * (Segmentation fault)", "timed out after 10 s", the driver's first error
 * line. malloc'd; NULL for a finished run. */
char *ys_run_failure_summary(const ys_run *run, double timeout_seconds);

#endif
