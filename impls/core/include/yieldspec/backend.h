/* The backend interface: the only thing an execution mechanism must provide.
 *
 * The core owns every Python semantic (states, checks, messages, yield from,
 * close, finalization). A backend only knows how to start, resume and suspend
 * a body. To plug in a coroutine library, write one file that fills this
 * struct and add its folder name to YIELDSPEC_BACKENDS in impls/CMakeLists.txt.
 *
 * Stackful backends (stackful = true) run ys_gen_entry(g) on a context of their
 * own; stackless ones (stackful = false) simply call ys_gen_run_step(g) on the
 * resumer's stack, each time they are resumed. */
#ifndef YIELDSPEC_BACKEND_H
#define YIELDSPEC_BACKEND_H

#include "yieldspec/gen.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ys_backend {
    const char *name;
    bool stackful;
    /* Give g an execution context able to run ys_gen_entry(g) on its first
     * resume. stack_size is the requested usable stack (stackful only).
     * Returns 0, or -1 with an exception pending (MemoryError, OSError). */
    int (*create)(ys_gen *g, size_t stack_size);
    /* Resumer side: run g until it calls suspend or ys_gen_entry returns. */
    void (*resume)(ys_gen *g);
    /* Inside g (stackful only): hand control back to the resumer; returns when
     * g is next resumed. */
    void (*suspend)(ys_gen *g);
    /* Free the context. g is not running; it may be finished or abandoned
     * mid-body (its stack is then discarded without unwinding). */
    void (*destroy)(ys_gen *g);
} ys_backend;

/* Stackful contexts start here. It runs the body to its end and returns; the
 * backend must then switch to the resumer one last time and never resume this
 * context again. */
void ys_gen_entry(ys_gen *g);
/* Stackless backends call this on each resume: one step of the body. */
void ys_gen_run_step(ys_gen *g);

/* One pointer of backend-private state per generator. Inline: a stackful
 * backend reads it on every resume and suspend. */
static inline void **ys_gen_backend_slot(ys_gen *g) { return &ys_gen_head_of(g)->backend_slot; }

/* The registry, generated from YIELDSPEC_BACKENDS (impls/CMakeLists.txt). */
extern const ys_backend *const ys_backends[]; /* NULL-terminated */
const ys_backend *ys_backend_lookup(const char *name); /* NULL if unknown */

#ifdef __cplusplus
}
#endif
#endif
