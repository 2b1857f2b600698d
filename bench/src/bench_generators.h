/* The benchmark generators: the same Python functions as
 * bench/peers/python_generators.py, in C. Each ys_code carries a stackful and
 * a stackless body compiled from one source (bench_generators.c), so every
 * backend runs exactly the same generator. */
#ifndef YS_BENCH_GENERATORS_H
#define YS_BENCH_GENERATORS_H

#include "yieldspec/gen.h"

/* def counter(): i = 0; while True: yield i; i += 1 */
typedef struct counter_frame {
    int64_t i;
} counter_frame;

/* def accumulator(): total = 0; while True: total += yield total */
typedef struct accumulator_frame {
    int64_t total;
} accumulator_frame;

/* def catcher(): while True: try: yield 1  except ValueError: pass */
typedef struct catcher_frame {
    char unused; /* no locals; C forbids an empty struct */
} catcher_frame;

/* def delegate(inner): return (yield from inner) */
typedef struct delegate_frame {
    ys_value inner;
} delegate_frame;
void delegate_frame_clear(void *frame);

/* def add_one_stage(source): for x in source: yield x + 1 */
typedef struct add_one_stage_frame {
    ys_value source;
} add_one_stage_frame;
void add_one_stage_frame_clear(void *frame);

#define YS_BENCH_GENERATOR(gen, frame, clear) extern const ys_code gen##_code;
#include "bench_generators.def"
#undef YS_BENCH_GENERATOR

#endif
