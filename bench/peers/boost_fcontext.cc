// Boost.Context's jump_fcontext round trip (Debian libboost-context-dev). A
// peer, not project code: C++ only because fcontext.hpp is a C++ header; the
// loop lives here so that no extra call sits between the two jumps.
#include "peers.h"

#include <boost/context/detail/fcontext.hpp>

#include <cstdlib>

#include "ys_bench.h"

namespace ctx = boost::context::detail;

namespace {

const std::size_t peer_stack_bytes = 64 * 1024;

// Jump back to whoever jumped here, forever; each arrival carries the caller's context.
void bounce_forever(ctx::transfer_t from)
{
    for (;;)
        from = ctx::jump_fcontext(from.fctx, nullptr);
}

void bench_fcontext_round_trip(ys_bench_state *st, void *)
{
    char *stack = static_cast<char *>(std::malloc(peer_stack_bytes));
    if (!stack) {
        ys_bench_fail(st, "out of memory");
        return;
    }
    // make_fcontext takes the top of the stack: it grows down.
    ctx::fcontext_t peer = ctx::make_fcontext(stack + peer_stack_bytes, peer_stack_bytes, bounce_forever);
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++)
            peer = ctx::jump_fcontext(peer, nullptr).fctx;
    std::free(stack);
}

} // namespace

extern "C" void ys_register_boost_fcontext_peer(void)
{
    ys_bench_def def{};
    def.name = YS_PEER("raw_round_trip/boost_fcontext");
    def.fn = bench_fcontext_round_trip;
    ys_bench_register(&def);
}
