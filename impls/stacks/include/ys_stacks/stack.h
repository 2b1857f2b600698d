/* Generator stacks for the stackful backends (ucontext, asm, threads).
 *
 * Each stack is its own mmap with a guard region below it, so an overflow
 * faults instead of silently overwriting the neighbouring memory; the fault is
 * reported as
 *     generator stack overflow in <name> (stack N bytes)
 * by a SIGSEGV handler running on an alternate signal stack, which then
 * aborts. Faults anywhere else are left to whatever handled SIGSEGV before.
 *
 * Released stacks go to a pool (per size, bounded; the last stack a thread
 * released stays with that thread, so a create/destroy cycle takes no lock),
 * and creating and destroying generators costs no system call in the steady
 * state. Stacks are
 * registered with valgrind while mapped, and unpoisoned for AddressSanitizer
 * when they come back, since a generator abandoned mid-body leaves its frames'
 * redzones poisoned.
 *
 * Layout of one mapping, low to high addresses:
 *     [ guard (PROT_NONE) | usable stack | caller's record | descriptor ]
 *                         ^limit         ^top
 * The caller's record (a backend's context: saved registers, semaphores...)
 * lives on the stack's own pages, so a pooled stack brings its record with it
 * and creating a context needs no malloc. */
#ifndef YS_STACKS_STACK_H
#define YS_STACKS_STACK_H

#include <stddef.h>

#include "yieldspec/value.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ys_stack ys_stack;

/* A stack with at least `usable` bytes below a record of `record_size` bytes.
 * `name` (borrowed; must live as long as the stack is acquired) names the
 * owner in the overflow diagnostic. Returns NULL with errno set on failure.
 * Also makes sure the calling thread can report an overflow (see
 * ys_stack_prepare_thread). Thread-safe. */
ys_stack *ys_stack_acquire(size_t usable, size_t record_size, const char *name);
/* The same for a backend's create(): a stack of `usable` bytes named after
 * generator g, or NULL with MemoryError pending. */
ys_stack *ys_stack_for_gen(ys_gen *g, size_t usable, size_t record_size);

/* Name a new owner in the diagnostic, for a stack kept across owners (the
 * threads backend keeps a stack with each pooled thread). */
void ys_stack_set_owner(ys_stack *s, const char *name);

/* Give the stack back (to the pool, or to the system when the pool is full).
 * The record's contents are not preserved. Thread-safe. */
void ys_stack_release(ys_stack *s);

void *ys_stack_record(const ys_stack *s); /* record_size bytes, 64-byte aligned */
void *ys_stack_top(const ys_stack *s);    /* end of the usable stack (exclusive), 64-byte aligned */
void *ys_stack_limit(const ys_stack *s);  /* lowest usable address */
size_t ys_stack_usable(const ys_stack *s); /* top - limit: at least the requested bytes */

/* Give the calling thread an alternate signal stack (unless it has one), so
 * that the overflow handler has somewhere to run when this thread's stack is
 * the one that overflowed. Freed when the thread exits. Threads that run
 * generator bodies but never acquire a stack themselves call this once. */
void ys_stack_prepare_thread(void);

#ifdef __cplusplus
}
#endif
#endif
