/* One ys_code per benchmark generator, pairing the two lowerings of its body. */
#include "bench_generators.h"

#define YS_BENCH_GENERATOR(gen, frame, clear) \
    ys_step gen##_stackful(ys_gen *self);     \
    ys_step gen##_stackless(ys_gen *self);    \
    const ys_code gen##_code = {              \
        .name = #gen,                         \
        .stackful = gen##_stackful,           \
        .stackless = gen##_stackless,         \
        .frame_size = sizeof(frame),          \
        .frame_clear = clear,                 \
    };
#include "bench_generators.def"
#undef YS_BENCH_GENERATOR

void delegate_frame_clear(void *frame)
{
    ys_setref(&((delegate_frame *)frame)->inner, ys_null());
}

void add_one_stage_frame_clear(void *frame)
{
    ys_setref(&((add_one_stage_frame *)frame)->source, ys_null());
}
