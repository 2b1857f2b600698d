#include "backend_params.h"

#include <criterion/criterion.h>
#include <criterion/hooks.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yieldspec/backend.h"

static const char *selected_backend(void)
{
    const char *name = getenv("YIELDSPEC_TEST_BACKEND");
    return name && *name ? name : NULL;
}

static void free_params(struct criterion_test_params *params) { cr_free(params->params); }

struct criterion_test_params backend_params(bool stackful_only)
{
    const char *only = selected_backend();
    if (only && !ys_backend_lookup(only)) {
        fprintf(stderr, "YIELDSPEC_TEST_BACKEND: '%s' is not a backend of this build:", only);
        for (const ys_backend *const *b = ys_backends; *b; b++)
            fprintf(stderr, " %s", (*b)->name);
        fprintf(stderr, "\n");
        exit(2);
    }
    size_t n = 0;
    while (ys_backends[n])
        n++;
    size_t *indices = cr_malloc((n ? n : 1) * sizeof *indices);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if ((!stackful_only || ys_backends[i]->stackful) && (!only || strcmp(ys_backends[i]->name, only) == 0))
            indices[kept++] = i;
    return cr_make_param_array(size_t, indices, kept, free_params);
}

/* Runs in the runner when a test's child crashes (Criterion calls no
 * POST_TEST hook then). The runner does not know the child's parameter: the
 * backend is certain only when the run is restricted to one. */
ReportHook(TEST_CRASH)(struct criterion_test_stats *stats)
{
    const char *only = selected_backend();
    if (only)
        fprintf(stderr, "%s::%s crashed on the %s backend\n", stats->test->category, stats->test->name, only);
    else
        fprintf(stderr, "%s::%s crashed on one of the backends (run it with YIELDSPEC_TEST_BACKEND=<name> to tell which)\n",
                stats->test->category, stats->test->name);
}
