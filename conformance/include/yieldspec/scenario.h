/* What the scenario compiler emits and the conformance driver consumes.
 *
 * For each spec/scenarios/<category>/<name>.py the compiler writes one C file
 * (generated at build time, never committed) defining one ys_scenario. The
 * driver (conformance/driver) performs its DRIVE steps on the runtime and
 * writes the trace of spec/TRACE.md. The compiler knows nothing of traces; the
 * driver knows nothing of Python syntax. */
#ifndef YIELDSPEC_SCENARIO_H
#define YIELDSPEC_SCENARIO_H

#include "yieldspec/runtime.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A literal in a DRIVE tuple: int, str, None, True/False, or "@name". */
typedef enum ys_lit_kind { YS_LIT_NONE, YS_LIT_BOOL, YS_LIT_INT, YS_LIT_STR, YS_LIT_GENREF } ys_lit_kind;
typedef struct ys_lit {
    ys_lit_kind kind;
    int64_t i;     /* int value, or bool as 0/1 */
    const char *s; /* str bytes (UTF-8, may hold NUL: use len), the generator's name for @name,
                      or an int's decimal digits when it is beyond 64 bits (i unused) */
    size_t len;
} ys_lit;

typedef enum ys_drive_op {
    YS_DRIVE_NEW,
    YS_DRIVE_NEXT,
    YS_DRIVE_SEND,
    YS_DRIVE_THROW,
    YS_DRIVE_CLOSE,
    YS_DRIVE_STATE,
    YS_DRIVE_DRAIN,
    YS_DRIVE_DEL,
    YS_DRIVE_THROW_VALUE, /* ("throw_value", g, "E", value[, tb]): g.throw(E, value[, tb]) */
} ys_drive_op;

typedef struct ys_drive_step {
    ys_drive_op op;
    int line;             /* line of the tuple in the scenario file */
    const char *gen;      /* the driver's name for the generator: "g" */
    const char *func;     /* NEW: the generator function */
    const char *exc;      /* THROW, THROW_VALUE: the exception class name */
    bool exc_has_arg;     /* THROW: ("throw", g, "E", arg) throws E(arg); otherwise the class E */
    size_t nargs;         /* NEW: call arguments; SEND: 1; THROW with arg: 1; THROW_VALUE: 1 or 2 */
    const ys_lit *args;
} ys_drive_step;

/* A function of the scenario module. `call` takes nparams borrowed arguments
 * and returns a new reference: for a generator function the new generator
 * (nothing of its body runs), for a plain helper its result (or YS_NULL with
 * an exception pending). */
typedef struct ys_function {
    const char *name;
    size_t nparams;
    bool is_generator;
    ys_value (*call)(const ys_value *args);
} ys_function;

typedef struct ys_scenario {
    const char *path;        /* "send/send_non_none_to_just_started" */
    const char *source_file; /* path of the .py relative to the repository root */
    const char *docstring;   /* first line: the rule it checks */
    /* Register the module's exception classes with ys_exc_type_new (in source
     * order). Called once per run, after ys_runtime_init. */
    void (*setup)(void);
    /* Release what the bodies kept for the run (int literals beyond 64 bits),
     * so that nothing outlives ys_runtime_shutdown. Called after the DRIVE's
     * releases, before the shutdown; NULL: nothing to release. */
    void (*teardown)(void);
    const ys_function *functions;
    size_t nfunctions;
    const ys_drive_step *steps;
    size_t nsteps;
} ys_scenario;

/* Provided by the driver; compiled bodies call it for `emit(x)`. It records
 * the event in the trace of the step being run. Returns None. */
ys_value ys_emit(ys_value v);

/* Generated: every compiled scenario, sorted by path, NULL-terminated. */
extern const ys_scenario *const ys_all_scenarios[];

#ifdef __cplusplus
}
#endif
#endif
