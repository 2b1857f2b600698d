/* The floor: what a plain C call costs, direct and through a pointer. A
 * generator's next() can never beat the indirect call a stackless resume is. */
#include "peers.h"

#include "ys_bench.h"

/* noinline + an asm barrier on the argument: the call must happen each iteration. */
__attribute__((noinline)) static uint64_t leaf(uint64_t x)
{
    __asm__ volatile("" : "+r"(x));
    return x + 1;
}

static void bench_direct_call(ys_bench_state *st, void *arg)
{
    uint64_t n, acc = 0;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            acc = leaf(acc);
    __asm__ volatile("" ::"r"(acc));
}

static void bench_indirect_call(ys_bench_state *st, void *arg)
{
    /* volatile: the compiler must load the target and cannot devirtualise it. */
    uint64_t (*volatile target)(uint64_t) = leaf;
    uint64_t n, acc = 0;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            acc = target(acc);
    __asm__ volatile("" ::"r"(acc));
}

void ys_register_floor_peers(void)
{
    ys_bench_register(&(ys_bench_def){.name = YS_PEER("call/direct"), .fn = bench_direct_call});
    ys_bench_register(&(ys_bench_def){.name = YS_PEER("call/indirect"), .fn = bench_indirect_call});
}
