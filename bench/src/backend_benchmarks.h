/* Benchmarks of the runtime on every registered backend. */
#ifndef YS_BENCH_BACKEND_BENCHMARKS_H
#define YS_BENCH_BACKEND_BENCHMARKS_H

/* The pending exception as text (malloc'd; NULL if none), cleared. */
char *ys_bench_fetch_pending_text(void);

/* raw_round_trip, next, send, throw, close, create_next_close, yield_from, pipeline per backend. */
void ys_register_backend_operations(void);
/* Bytes per suspended generator and the most alive at once, per backend. */
void ys_register_backend_memory(void);

/* Compiled spec scenarios (scheduler, accumulator, parser) replayed per backend;
 * only built with the compiled corpus (YS_BENCH_HAVE_SCENARIOS). */
void ys_register_scenario_workloads(void);

#endif
