/* The asm backend's bare context switch (impls/asm/include/ys_asm/switch.h),
 * timed exactly like Boost.Context's jump_fcontext: the same round trip, with
 * none of the generator protocol around it. */
#include "peers.h"

#include <stdlib.h>

#include "ys_asm/switch.h"
#include "ys_bench.h"

enum { PEER_STACK_BYTES = 64 * 1024 };

static ys_asm_context main_context, peer_context;

static _Noreturn void bounce_forever(void *unused)
{
    for (;;)
        ys_asm_switch(&peer_context, main_context);
}

static void bench_asm_switch_round_trip(ys_bench_state *st, void *arg)
{
    char *stack = malloc(PEER_STACK_BYTES);
    if (!stack) {
        ys_bench_fail(st, "out of memory");
        return;
    }
    peer_context = ys_asm_make(stack + PEER_STACK_BYTES, bounce_forever, NULL);
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            ys_asm_switch(&main_context, peer_context);
    /* Parked inside bounce_forever, never resumed again: freeing its stack is safe. */
    free(stack);
}

void ys_register_asm_switch_peer(void)
{
    ys_bench_register(&(ys_bench_def){.name = YS_PEER("raw_round_trip/asm_switch"), .fn = bench_asm_switch_round_trip});
}
