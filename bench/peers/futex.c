/* A raw futex ping-pong between two threads: the cheapest way one thread can
 * hand control to another and wait for it back, i.e. the floor of the threads
 * backend. Measured with both threads pinned to one CPU (every handoff is a
 * context switch in the kernel) and on two CPUs (a wake-up across cores). */
#define _GNU_SOURCE
#include "peers.h"

#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ys_bench.h"

enum turn { MAIN_TURN, PEER_TURN, PEER_STOP };

typedef struct ping_pong {
    _Atomic uint32_t turn;
    int peer_cpu;
} ping_pong;

static void hand_over(ping_pong *pp, uint32_t to)
{
    atomic_store(&pp->turn, to);
    syscall(SYS_futex, &pp->turn, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Returns the turn that released the caller (the caller's own, or PEER_STOP). */
static uint32_t wait_while(ping_pong *pp, uint32_t busy_turn)
{
    uint32_t turn;
    while ((turn = atomic_load(&pp->turn)) == busy_turn)
        syscall(SYS_futex, &pp->turn, FUTEX_WAIT_PRIVATE, busy_turn, NULL, NULL, 0);
    return turn;
}

static int pin_to_cpu(pthread_t thread, int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return pthread_setaffinity_np(thread, sizeof set, &set);
}

static void *peer_main(void *arg)
{
    ping_pong *pp = arg;
    pin_to_cpu(pthread_self(), pp->peer_cpu);
    while (wait_while(pp, MAIN_TURN) == PEER_TURN)
        hand_over(pp, MAIN_TURN);
    return NULL;
}

static void bench_futex_ping_pong(ys_bench_state *st, void *peer_cpu)
{
    enum { MAIN_CPU = 0 };
    if (sysconf(_SC_NPROCESSORS_ONLN) < 2 && (intptr_t)peer_cpu != MAIN_CPU) {
        ys_bench_fail(st, "needs two CPUs");
        return;
    }
    cpu_set_t saved;
    pthread_getaffinity_np(pthread_self(), sizeof saved, &saved);
    pin_to_cpu(pthread_self(), MAIN_CPU);

    ping_pong pp = {.turn = MAIN_TURN, .peer_cpu = (int)(intptr_t)peer_cpu};
    pthread_t peer;
    if (pthread_create(&peer, NULL, peer_main, &pp) != 0) {
        pthread_setaffinity_np(pthread_self(), sizeof saved, &saved);
        ys_bench_fail(st, "pthread_create failed");
        return;
    }
    uint64_t n;
    while ((n = ys_bench_batch(st)) != 0)
        for (uint64_t i = 0; i < n; i++) {
            hand_over(&pp, PEER_TURN);
            wait_while(&pp, PEER_TURN);
        }
    hand_over(&pp, PEER_STOP);
    pthread_join(peer, NULL);
    pthread_setaffinity_np(pthread_self(), sizeof saved, &saved);
}

void ys_register_futex_peers(void)
{
    ys_bench_register(&(ys_bench_def){.name = YS_PEER("raw_round_trip/futex_same_cpu"),
                                      .fn = bench_futex_ping_pong, .arg = (void *)(intptr_t)0});
    ys_bench_register(&(ys_bench_def){.name = YS_PEER("raw_round_trip/futex_two_cpus"),
                                      .fn = bench_futex_ping_pong, .arg = (void *)(intptr_t)1});
}
