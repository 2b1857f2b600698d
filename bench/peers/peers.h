/* The peers measured in the same run as the backends: each file registers its
 * benchmarks under names "peer/<operation>/<peer>", a namespace of their own,
 * so that a backend wrapping a peer's library (the pcl backend, PCL's
 * co_call) never shares a benchmark name with it. */
#ifndef YS_BENCH_PEERS_H
#define YS_BENCH_PEERS_H

#define YS_PEER(operation_and_peer) "peer/" operation_and_peer

#ifdef __cplusplus
extern "C" {
#endif

void ys_register_floor_peers(void);
void ys_register_swapcontext_peer(void);
void ys_register_futex_peers(void);
void ys_register_pcl_peer(void);
void ys_register_boost_fcontext_peer(void);
/* Only when the asm backend is built (YS_BENCH_HAVE_ASM_SWITCH). */
void ys_register_asm_switch_peer(void);

#ifdef __cplusplus
}
#endif
#endif
