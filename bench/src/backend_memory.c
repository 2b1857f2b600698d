/* Memory per suspended generator and the most generators alive at once, per
 * backend: create generators advanced to their first yield until the target
 * (or the first failure), and divide what the process grew by their number.
 *
 * Three figures, because they answer different questions:
 *   resident  pages actually touched (RSS): what the machine pays;
 *   virtual   address space reserved (VmSize): stacks are reserved whole;
 *   heap      malloc'd bytes in use (mallinfo2): frames and generator objects.
 * Stackful backends use one mapping per stack plus a guard page (two VMAs), so
 * vm.max_map_count (65530 by default) caps them near 32k: the label says which
 * limit stopped the count, and the context records the sysctl's value. */
#define _GNU_SOURCE
#include "backend_benchmarks.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_generators.h"
#include "ys_bench.h"
#include "yieldspec/runtime.h"

enum { TARGET_STACKFUL = 100000, TARGET_STACKLESS = 1000000 };

typedef struct memory_snapshot {
    double virtual_bytes, resident_bytes, heap_bytes;
} memory_snapshot;

static memory_snapshot take_snapshot(void)
{
    memory_snapshot s = {0, 0, 0};
    long page = sysconf(_SC_PAGESIZE);
    unsigned long size_pages = 0, resident_pages = 0;
    FILE *statm = fopen("/proc/self/statm", "r");
    if (statm) {
        if (fscanf(statm, "%lu %lu", &size_pages, &resident_pages) == 2) {
            s.virtual_bytes = (double)size_pages * page;
            s.resident_bytes = (double)resident_pages * page;
        }
        fclose(statm);
    }
    struct mallinfo2 mi = mallinfo2();
    s.heap_bytes = (double)(mi.uordblks + mi.hblkhd);
    return s;
}

static void bench_memory(ys_bench_state *st, void *backend_arg)
{
    const ys_backend *backend = backend_arg;
    if (ys_runtime_init(&(ys_config){.backend = backend}) != 0) {
        ys_bench_fail(st, "ys_runtime_init failed");
        return;
    }
    /* The threads backend is stackful too: it tries the same target and stops where the machine does. */
    size_t target = backend->stackful ? TARGET_STACKFUL : TARGET_STACKLESS;
    ys_gen **gens = malloc(target * sizeof *gens);
    /* Touched before the first snapshot: the table's pages (8 B per generator) are the
     * benchmark's, not the generators' resident memory. Not with zeros, which the compiler
     * turns malloc + memset into calloc for, leaving the pages untouched. */
    if (gens)
        memset(gens, 0xff, target * sizeof *gens);
    size_t alive = 0;
    char *stopped_by = NULL;
    memory_snapshot before = take_snapshot(), after = before;
    uint64_t n;
    while (gens && (n = ys_bench_batch(st)) != 0)
        for (uint64_t iteration = 0; iteration < n; iteration++) {
            while (alive < target && !stopped_by) {
                ys_value g = ys_gen_new(&counter_code);
                if (ys_is_null(g)) {
                    stopped_by = ys_bench_fetch_pending_text();
                    break;
                }
                ys_value first = ys_gen_next(g.as.g);
                if (ys_is_null(first)) {
                    stopped_by = ys_bench_fetch_pending_text();
                    ys_decref(g);
                    break;
                }
                gens[alive++] = g.as.g;
            }
            after = take_snapshot();
        }
    if (!gens) {
        ys_bench_fail(st, "cannot allocate the generator table");
    } else if (alive == 0) {
        ys_bench_fail(st, stopped_by ? stopped_by : "no generator could be created");
    } else {
        ys_bench_counter(st, "generators_alive", (double)alive, YS_COUNTER_VALUE);
        ys_bench_counter(st, "target", (double)target, YS_COUNTER_VALUE);
        ys_bench_counter(st, "bytes_resident_per_generator",
                         (after.resident_bytes - before.resident_bytes) / alive, YS_COUNTER_VALUE);
        ys_bench_counter(st, "bytes_virtual_per_generator",
                         (after.virtual_bytes - before.virtual_bytes) / alive, YS_COUNTER_VALUE);
        ys_bench_counter(st, "bytes_heap_per_generator",
                         (after.heap_bytes - before.heap_bytes) / alive, YS_COUNTER_VALUE);
        ys_bench_counter(st, "stack_bytes", backend->stackful ? (double)ys_runtime_config()->stack_size : 0,
                         YS_COUNTER_VALUE);
        char label[256];
        snprintf(label, sizeof label, "%zu of %zu alive%s%s", alive, target,
                 stopped_by ? "; stopped by " : "", stopped_by ? stopped_by : "");
        ys_bench_label(st, label);
    }
    for (size_t i = 0; i < alive; i++)
        ys_decref((ys_value){YS_GEN, {.g = gens[i]}});
    free(gens);
    free(stopped_by);
    ys_runtime_shutdown();
}

void ys_register_backend_memory(void)
{
    for (const ys_backend *const *b = ys_backends; *b; b++) {
        char name[128];
        snprintf(name, sizeof name, "memory/%s", (*b)->name);
        ys_bench_register(&(ys_bench_def){.name = name, .fn = bench_memory, .arg = (void *)*b,
                                          .fixed_iterations = 1});
    }
}
