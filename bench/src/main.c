/* ys-bench: every backend of the registry and the C peers, in one run, with
 * the provenance a reader needs to trust the numbers written into the JSON
 * context (compiler, flags, CPU, commit, backends). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

#include "backend_benchmarks.h"
#include "peers.h"
#include "ys_bench.h"
#include "yieldspec/backend.h"

/* The first line of `command`'s output without its newline, or "unknown". */
static void first_output_line(const char *command, char *out, size_t size)
{
    snprintf(out, size, "unknown");
    FILE *pipe = popen(command, "r");
    if (!pipe)
        return;
    if (fgets(out, (int)size, pipe))
        out[strcspn(out, "\n")] = '\0';
    else
        snprintf(out, size, "unknown");
    pclose(pipe);
}

static void add_provenance(void)
{
    char line[256];
    ys_bench_context("compiler", YS_BENCH_COMPILER);
    ys_bench_context("build_type", YS_BENCH_BUILD_TYPE);
    ys_bench_context("c_flags", YS_BENCH_C_FLAGS);
    first_output_line("sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo", line, sizeof line);
    ys_bench_context("cpu_model", line);
    struct utsname uts;
    if (uname(&uts) == 0) {
        snprintf(line, sizeof line, "%s %s %s", uts.sysname, uts.release, uts.machine);
        ys_bench_context("kernel", line);
    }
    /* Read at run time: a commit baked in at configure time goes stale on rebuild. */
    first_output_line("git -C '" YS_BENCH_SOURCE_DIR "' describe --always --dirty --abbrev=12 2>/dev/null",
                      line, sizeof line);
    ys_bench_context("commit", line);
    /* Caps how many guard-paged stacks can exist (two mappings each). */
    first_output_line("cat /proc/sys/vm/max_map_count", line, sizeof line);
    ys_bench_context("vm_max_map_count", line);
    /* Caps how many threads (threads backend generators) can exist. */
    first_output_line("cat /proc/sys/kernel/pid_max", line, sizeof line);
    ys_bench_context("kernel_pid_max", line);
    char backends[256] = "";
    for (const ys_backend *const *b = ys_backends; *b; b++)
        snprintf(backends + strlen(backends), sizeof backends - strlen(backends), "%s%s",
                 b == ys_backends ? "" : ",", (*b)->name);
    ys_bench_context("backends", backends);
#ifdef YS_BENCH_HAVE_SCENARIOS
    ys_bench_context("scenario_workloads", "built");
#else
    ys_bench_context("scenario_workloads", "not built: no compiled scenario corpus");
#endif
}

int main(int argc, char **argv)
{
    add_provenance();
    ys_register_floor_peers();
    ys_register_boost_fcontext_peer();
#ifdef YS_BENCH_HAVE_ASM_SWITCH
    ys_register_asm_switch_peer();
#endif
    ys_register_swapcontext_peer();
    ys_register_pcl_peer();
    ys_register_futex_peers();
    ys_register_backend_operations();
    ys_register_backend_memory();
#ifdef YS_BENCH_HAVE_SCENARIOS
    ys_register_scenario_workloads();
#endif
    return ys_bench_main(argc, argv);
}
