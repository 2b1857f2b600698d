/* Shared between stack.c (mappings and pool) and overflow.c (the SIGSEGV
 * handler that reads the mappings). */
#ifndef YS_STACKS_STACK_INTERNAL_H
#define YS_STACKS_STACK_INTERNAL_H

#include "ys_stacks/stack.h"

/* The descriptor, stored in the highest bytes of its own mapping. */
struct ys_stack {
    struct ys_stack *prev_mapped, *next_mapped; /* every mapped stack, for the handler */
    struct ys_stack *next_free;                 /* pool chain */
    char *map;          /* whole mapping: guard, usable stack, record, descriptor */
    size_t map_size;
    char *limit;        /* lowest usable byte: just above the guard */
    char *top;          /* end of the usable stack; the record starts here */
    size_t requested;   /* usable bytes the owner asked for: what the diagnostic reports */
    const char *name;   /* owner, for the diagnostic */
    unsigned valgrind_id;
};

/* The mapped stack whose guard region contains addr, or NULL. Reads the list
 * without locking: it runs in a signal handler, when a fault already happened. */
const struct ys_stack *ys_stack_guarding_(const void *addr);

#endif
