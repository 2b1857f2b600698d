// The one C++ file: bridges the C API of ys_bench.h to Google Benchmark.
// Everything benchmark-specific stays in C; this file only forwards.
#include "ys_bench.h"

#include <benchmark/benchmark.h>
#include <valgrind/callgrind.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct ys_bench_state {
    benchmark::State &gb;
    std::string instance_name; // what the callgrind dump is named after
    bool batch_handed_out = false;
    // Google Benchmark aborts on Pause/ResumeTiming after SkipWithError, and C
    // callers naturally restore timing on their way out of a failed chunk.
    bool failed = false;
};

namespace {

struct Registration {
    std::string name;
    ys_bench_fn fn;
    void *arg;
    std::string arg_name;
    std::vector<int64_t> args;
    uint64_t fixed_iterations;
};

std::vector<Registration> &registrations()
{
    static std::vector<Registration> all;
    return all;
}

void run_one(benchmark::State &gb, const Registration &r)
{
    ys_bench_state st{gb, r.name, false};
    if (!r.args.empty())
        st.instance_name += "/" + r.arg_name + ":" + std::to_string(gb.range(0));
    r.fn(&st, r.arg);
}

// "--ys_iterations=N" is ours; Google Benchmark would reject it as unknown.
uint64_t take_iterations_flag(int *argc, char **argv)
{
    static const char prefix[] = "--ys_iterations=";
    uint64_t iterations = 0;
    int kept = 1;
    for (int i = 1; i < *argc; i++) {
        if (std::strncmp(argv[i], prefix, sizeof prefix - 1) == 0)
            iterations = std::strtoull(argv[i] + sizeof prefix - 1, nullptr, 10);
        else
            argv[kept++] = argv[i];
    }
    *argc = kept;
    return iterations;
}

} // namespace

extern "C" {

void ys_bench_register(const ys_bench_def *def)
{
    registrations().push_back(Registration{
        def->name, def->fn, def->arg, def->arg_name ? def->arg_name : "",
        std::vector<int64_t>(def->args, def->args + def->nargs), def->fixed_iterations});
}

uint64_t ys_bench_batch(ys_bench_state *st)
{
    if (st->batch_handed_out) {
        // Dump before KeepRunningBatch stops the timer so that only the loop is counted.
        CALLGRIND_DUMP_STATS_AT(st->instance_name.c_str());
        st->gb.KeepRunningBatch(st->gb.max_iterations);
        return 0;
    }
    // One batch of all iterations: the C loop then costs a compare per iteration.
    if (!st->gb.KeepRunningBatch(st->gb.max_iterations))
        return 0;
    st->batch_handed_out = true;
    CALLGRIND_ZERO_STATS;
    return static_cast<uint64_t>(st->gb.max_iterations);
}

void ys_bench_pause(ys_bench_state *st)
{
    if (st->failed)
        return;
    st->gb.PauseTiming();
    CALLGRIND_TOGGLE_COLLECT;
}

void ys_bench_resume(ys_bench_state *st)
{
    if (st->failed)
        return;
    CALLGRIND_TOGGLE_COLLECT;
    st->gb.ResumeTiming();
}

int64_t ys_bench_arg(ys_bench_state *st, size_t index)
{
    return st->gb.range(index);
}

void ys_bench_counter(ys_bench_state *st, const char *name, double value, ys_counter_kind kind)
{
    st->gb.counters[name] = benchmark::Counter(
        value, kind == YS_COUNTER_PER_ITERATION ? benchmark::Counter::kAvgIterations
                                                : benchmark::Counter::kDefaults);
}

void ys_bench_label(ys_bench_state *st, const char *label)
{
    st->gb.SetLabel(label);
}

void ys_bench_fail(ys_bench_state *st, const char *message)
{
    st->failed = true;
    st->gb.SkipWithError(message);
}

void ys_bench_context(const char *key, const char *value)
{
    benchmark::AddCustomContext(key, value);
}

int ys_bench_main(int argc, char **argv)
{
    const uint64_t forced_iterations = take_iterations_flag(&argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    for (const Registration &r : registrations()) {
        benchmark::internal::Benchmark *b = benchmark::RegisterBenchmark(
            r.name.c_str(), [&r](benchmark::State &gb) { run_one(gb, r); });
        for (int64_t a : r.args)
            b->Arg(a);
        if (!r.args.empty())
            b->ArgName(r.arg_name);
        if (r.fixed_iterations)
            b->Iterations(static_cast<benchmark::IterationCount>(r.fixed_iterations))->Repetitions(1);
        else if (forced_iterations)
            b->Iterations(static_cast<benchmark::IterationCount>(forced_iterations))->Repetitions(1);
    }
    const size_t ran = benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return ran > 0 ? 0 : 1;
}

} // extern "C"
