/* PCL (Portable Coroutine Library, Debian libpcl1): co_call into a coroutine
 * that co_resume()s straight back: one round trip per iteration. */
#include "peers.h"

#include <pcl.h>

#include "ys_bench.h"

enum { PEER_STACK_BYTES = 64 * 1024 };

static void bounce_forever(void *unused)
{
    for (;;)
        co_resume();
}

static void bench_pcl_round_trip(ys_bench_state *st, void *arg)
{
    co_thread_init();
    coroutine_t coro = co_create(bounce_forever, NULL, NULL, PEER_STACK_BYTES);
    if (!coro) {
        ys_bench_fail(st, "co_create failed");
        return;
    }
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            co_call(coro);
    /* Parked inside bounce_forever, never resumed again: deleting it is safe. */
    co_delete(coro);
}

void ys_register_pcl_peer(void)
{
    ys_bench_register(&(ys_bench_def){.name = YS_PEER("raw_round_trip/pcl"), .fn = bench_pcl_round_trip});
}
