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
    YS_RUN_LEAKED,  /* the scenario finished but left memory unreleased after the runtime's
                     * shutdown (leak-checked AddressSanitizer builds; the report in `errors`) */
    YS_RUN_UNUSABLE, /* a command could not be started, or printed something that is not a
                      * trace (`errors` says why) */
} ys_run_status;

/* What is kept of a child's trace, and of its stderr, each: a scenario that
 * writes in a loop until the timeout must fill neither the memory nor the
 * reports. The largest golden trace has a few dozen lines. */
#define YS_RUN_OUTPUT_MAX_LINES 1000
#define YS_RUN_OUTPUT_MAX_BYTES (256 * 1024)
/* Exit status of a command child whose command could not be started. */
#define YS_RUN_EXEC_FAILED_STATUS 127

typedef struct ys_run {
    ys_run_status status;
    char *trace; /* what the child wrote, complete or not; malloc'd, NUL-terminated */
    size_t trace_len;
    char *errors; /* what the child wrote to stderr; malloc'd, NUL-terminated */
    /* A limit above was reached: `trace` or `errors` holds only its first
     * *_lines whole lines, and the rest was read and dropped. */
    bool trace_truncated, errors_truncated;
    size_t trace_lines, errors_lines;
    int signal;   /* YS_RUN_CRASHED */
    int exit_status; /* YS_RUN_FINISHED, YS_RUN_REFUSED, YS_RUN_LEAKED */
    double seconds;
} ys_run;

/* Fork, drive `sc` on `backend` with CPython 3.<python_minor> semantics in the
 * child, collect its trace and stderr, and kill it after timeout_seconds.
 * The child never outlives the caller: it gets SIGKILL when the calling thread
 * ends, and SIGTERM, SIGINT or SIGHUP to the caller (at their default action
 * on the first call) kill the child before the caller.
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

/* A worker: one forked child that drives scenarios on one backend one after another, for
 * runs where a process per cell costs more than the scenarios do (yieldspec check --batch:
 * mutation testing runs the corpus thousands of times). It vouches only for a clean pass. */
typedef struct ys_worker ys_worker;
/* NULL, after a message on stderr, when no child could be started. */
ys_worker *ys_worker_start(const ys_backend *backend, int python_minor);
/* Drive sc in the worker. true, *out filled as ys_run_isolated fills it (YS_RUN_FINISHED),
 * when the scenario ran to its end within the time and output limits and left the runtime
 * as a fresh process has it (ys_runtime_at_rest: no block held, no generator alive or
 * numbered, no frame executing; LeakSanitizer silent where asked): what an isolated run of
 * it would report, from the same state. false, *out
 * untouched, for anything else (a refusal, a crash, the timeout, a leak, a generator kept
 * alive): the worker is then of no further use (ys_worker_stop), and the cell must run in
 * a process of its own to be judged. */
bool ys_worker_run(ys_worker *w, const ys_scenario *sc, double timeout_seconds, ys_run *out);
/* Ends the worker and reaps it. NULL is ignored. */
void ys_worker_stop(ys_worker *w);

/* "output truncated after N lines" (and/or stderr), for every report of the
 * run; malloc'd; NULL when nothing was dropped. */
char *ys_run_truncation_note(const ys_run *run);

/* One line saying why the run did not finish: "killed by SIGSEGV
 * (Segmentation fault)", "timed out after 10 s", the driver's first error
 * line. malloc'd; NULL for a finished run. */
char *ys_run_failure_summary(const ys_run *run, double timeout_seconds);

#endif
