/* The runtime's configuration, the unraisable-exception hook and the warning hook. */
#include <stdio.h>
#include <stdlib.h>

#include "core_internal.h"

enum { DEFAULT_PYTHON_MINOR = 11, DEFAULT_STACK_SIZE = 256 * 1024, DEFAULT_RECURSION_LIMIT = 1000 };

ys_config ys_active_config_ = {
    .backend = NULL, /* resolved on first use: ys_backends[0] */
    .python_minor = DEFAULT_PYTHON_MINOR,
    .stack_size = DEFAULT_STACK_SIZE,
    .recursion_limit = DEFAULT_RECURSION_LIMIT,
};

int ys_runtime_init(const ys_config *cfg)
{
    ys_config c = cfg ? *cfg : (ys_config){0};
    if (c.python_minor == 0)
        c.python_minor = DEFAULT_PYTHON_MINOR;
    if (c.python_minor < 8 || c.python_minor > 13) {
        fprintf(stderr, "yieldspec: python_minor %d is not one of 8..13\n", c.python_minor);
        return -1;
    }
    if (!c.backend)
        c.backend = ys_backends[0];
    if (!c.backend) {
        fputs("yieldspec: no backend is registered\n", stderr);
        return -1;
    }
    if (c.stack_size == 0)
        c.stack_size = DEFAULT_STACK_SIZE;
    if (c.recursion_limit == 0)
        c.recursion_limit = DEFAULT_RECURSION_LIMIT;
    ys_active_config_ = c;
    return 0;
}

void ys_runtime_shutdown(void)
{
    ys_gen_uncollectable_release_();
    ys_gen_forget_stack_floor_();
    ys_decref(ys_err_fetch());
    ys_exc_kept_frames_release_();
    ys_exc_types_release_();
    ys_exc_pool_release_();
    ys_gen_pool_release_();
    ys_gen_handling_release_();
    ys_gen_renamed_release_();
    ys_gen_counts_restart_();
    ys_handled_ = ys_null();
    ys_active_config_ = (ys_config){
        .python_minor = DEFAULT_PYTHON_MINOR,
        .stack_size = DEFAULT_STACK_SIZE,
        .recursion_limit = DEFAULT_RECURSION_LIMIT,
    };
}

size_t ys_blocks_held_;

size_t ys_runtime_blocks_held(void) { return ys_blocks_held_; }

bool ys_runtime_at_rest(void)
{
    return ys_blocks_held_ == 0 && ys_gen_at_rest_() && ys_is_null(ys_pending_) &&
           ys_is_null(ys_handled_);
}

const ys_config *ys_runtime_config(void)
{
    if (!ys_active_config_.backend)
        ys_active_config_.backend = ys_backends[0];
    return &ys_active_config_;
}

/* CPython's default hook prints a traceback; the exception's canonical text
 * stands in for it here. */
static void print_unraisable(ys_value exc, ys_gen *gen)
{
    char *text = ys_repr(exc);
    fprintf(stderr, "Exception ignored in: <generator object %s>\n%s\n", ys_gen_name(gen), text);
    free(text);
}

void ys_report_unraisable_(ys_value exc, ys_gen *gen)
{
    const ys_config *cfg = ys_runtime_config();
    if (cfg->unraisable)
        cfg->unraisable(exc, gen, cfg->unraisable_ctx);
    else
        print_unraisable(exc, gen);
}

int ys_warn_(const ys_exc_type *category, const char *message)
{
    const ys_config *cfg = ys_runtime_config();
    if (!cfg->warning)
        return 0;
    ys_value warning = ys_exc_new_msg(category, "%s", message);
    if (ys_is_null(warning))
        return -1;
    cfg->warning(warning, cfg->warning_ctx);
    ys_decref(warning);
    return 0;
}
