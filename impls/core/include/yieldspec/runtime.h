/* Runtime set-up: which backend new generators use, which CPython version's
 * semantics apply, and where unraisable exceptions go. One runtime per process;
 * it is driven from one thread at a time. */
#ifndef YIELDSPEC_RUNTIME_H
#define YIELDSPEC_RUNTIME_H

#include "yieldspec/backend.h"
#include "yieldspec/exc.h"
#include "yieldspec/gen.h"
#include "yieldspec/object.h"
#include "yieldspec/value.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Called for an exception that cannot propagate: raised while a generator is
 * finalized (CPython's sys.unraisablehook). exc is borrowed. */
typedef void (*ys_unraisable_fn)(ys_value exc, ys_gen *gen, void *ctx);

/* Called for a warning (CPython's warnings.warn with the filter "always");
 * warning is the Warning instance, borrowed. */
typedef void (*ys_warning_fn)(ys_value warning, void *ctx);

typedef struct ys_config {
    const ys_backend *backend; /* NULL: the first registered backend */
    int python_minor;          /* 8..13: whose generator semantics; 0 = 11 */
    size_t stack_size;         /* default stack for stackful bodies; 0 = 256 KiB */
    ys_unraisable_fn unraisable; /* NULL: print "Exception ignored in: ..." to stderr */
    void *unraisable_ctx;
    /* sys.setrecursionlimit: how many generator frames may execute at once,
     * a delegator's counting while its subgenerator runs; one more raises
     * RecursionError. 0 = 1000, CPython's default. The core recurses on the
     * C stack once per level of a chain: the stack that drives the deepest
     * chain (the caller's, or a stackful body's) must hold that many levels. */
    unsigned recursion_limit;
    ys_warning_fn warning;     /* NULL: warnings are ignored (CPython's default filters ignore
                                  DeprecationWarning outside __main__) */
    void *warning_ctx;
} ys_config;

/* Returns 0, or -1 with a message on stderr (unknown python_minor, ...). */
int ys_runtime_init(const ys_config *cfg);
/* Releases every block the runtime still holds (pools, kept frames, generators
 * kept uncollectable, renamed codes, classes) and restores the default
 * configuration. */
void ys_runtime_shutdown(void);
/* How many blocks the runtime has allocated for itself and not given back
 * (the strs ys_repr returns are the caller's and not counted). After
 * ys_runtime_shutdown it is 0 unless something leaked; only a generator kept
 * alive by a reference cycle through its own frame legitimately stays, as
 * CPython without its cycle collector keeps it. */
size_t ys_runtime_blocks_held(void);
/* After ys_runtime_shutdown: true when the runtime is as a fresh process has
 * it (no block held, no generator alive, none numbered yet, no frame
 * executing, nothing pending or handled), so that the next run in the same
 * process behaves as it would in a process of its own (check --batch). */
bool ys_runtime_at_rest(void);
const ys_config *ys_runtime_config(void);

#ifdef __cplusplus
}
#endif
#endif
