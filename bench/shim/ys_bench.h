/* A C face for Google Benchmark: every yieldspec benchmark is written in C
 * against this header; shim.cc is the only C++ and maps each call onto
 * benchmark::State / benchmark::RegisterBenchmark.
 *
 * A benchmark body runs its operation in batches so that the loop costs one
 * compare-and-branch per iteration, not a call into the library:
 *
 *   static void bench_direct_call(ys_bench_state *st, void *arg) {
 *       uint64_t n;
 *       while ((n = ys_bench_batch(st)) != 0)
 *           for (uint64_t i = 0; i < n; i++)
 *               leaf(i);
 *   }
 *
 * Names read "<operation>/<implementation>[/<argument>:<value>]"; the report
 * and the compare tool group results by those parts. */
#ifndef YS_BENCH_H
#define YS_BENCH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ys_bench_state ys_bench_state;
typedef void (*ys_bench_fn)(ys_bench_state *st, void *arg);

typedef struct ys_bench_def {
    const char *name;
    ys_bench_fn fn;
    void *arg;             /* handed to fn unchanged */
    const char *arg_name;  /* the argument's name in the benchmark name; NULL = no arguments */
    const int64_t *args;   /* one benchmark instance per value */
    size_t nargs;
    /* 0: Google Benchmark picks the iteration count. >0: exactly this many,
     * no repetitions (one-shot measurements such as memory per generator). */
    uint64_t fixed_iterations;
} ys_bench_def;

/* Register before ys_bench_main. The name is copied. */
void ys_bench_register(const ys_bench_def *def);

/* The timed loop: returns how many iterations to run now, 0 when done. The
 * timer runs from the first call to the one that returns 0. Under callgrind
 * (see ys_bench_main), instructions are collected over the same span only. */
uint64_t ys_bench_batch(ys_bench_state *st);
/* Exclude set-up done inside the timed span (e.g. re-creating a finished generator). */
void ys_bench_pause(ys_bench_state *st);
void ys_bench_resume(ys_bench_state *st);
/* The value of argument `index` of this instance (state.range(index)). */
int64_t ys_bench_arg(ys_bench_state *st, size_t index);

typedef enum ys_counter_kind {
    YS_COUNTER_VALUE,         /* reported as given */
    YS_COUNTER_PER_ITERATION, /* divided by the iteration count */
} ys_counter_kind;
void ys_bench_counter(ys_bench_state *st, const char *name, double value, ys_counter_kind kind);
void ys_bench_label(ys_bench_state *st, const char *label);
/* Mark this run failed (e.g. a backend that cannot create a generator); the
 * caller must not enter the loop afterwards. */
void ys_bench_fail(ys_bench_state *st, const char *message);

/* Provenance written into the JSON "context" object (--benchmark_context=k=v
 * does the same from the command line). */
void ys_bench_context(const char *key, const char *value);

/* Parses Google Benchmark's flags plus
 *   --ys_iterations=N   run every timed benchmark exactly N iterations, once
 *                       (smoke runs and instruction counting under callgrind)
 * then runs the selected benchmarks. Returns the process exit status. */
int ys_bench_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif
#endif
