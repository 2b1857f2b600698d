/* glibc swapcontext round trip: main -> context -> main. Each swapcontext
 * also saves/restores the signal mask with a sigprocmask system call, which is
 * why ucontext-based coroutines cost hundreds of nanoseconds. */
#include "peers.h"

#include <stdlib.h>
#include <ucontext.h>

#include "ys_bench.h"

enum { PEER_STACK_BYTES = 64 * 1024 };

static ucontext_t main_context, peer_context;

static void bounce_forever(void)
{
    for (;;)
        swapcontext(&peer_context, &main_context);
}

static void bench_swapcontext_round_trip(ys_bench_state *st, void *arg)
{
    void *stack = malloc(PEER_STACK_BYTES);
    if (!stack || getcontext(&peer_context) != 0) {
        free(stack);
        ys_bench_fail(st, "cannot make a ucontext");
        return;
    }
    peer_context.uc_stack.ss_sp = stack;
    peer_context.uc_stack.ss_size = PEER_STACK_BYTES;
    peer_context.uc_link = NULL;
    makecontext(&peer_context, bounce_forever, 0);
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            swapcontext(&main_context, &peer_context);
    /* The peer context is parked inside bounce_forever; dropping its stack is safe. */
    free(stack);
}

void ys_register_swapcontext_peer(void)
{
    ys_bench_register(&(ys_bench_def){.name = YS_PEER("raw_round_trip/swapcontext"),
                                      .fn = bench_swapcontext_round_trip});
}
