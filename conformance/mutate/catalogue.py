"""The hand-kept catalogue of realistic backend bugs.

Each entry is one bug a backend author could plausibly write, as an exact
text replacement in one source file: `find` must occur exactly once in the
file (a stale entry is an error naming it), `replace` keeps the number of
lines (so equivalence by object code stays meaningful). The whole suite
(corpus + runtime tests) must kill every entry; the report says which step
killed it.
"""

CATALOGUE = [
    # ---- asm (x86-64 switch) ---------------------------------------------
    {
        "id": "asm-fp-control-not-restored",
        "backend": "asm",
        "file": "impls/asm/arch/x86_64_sysv.S",
        "bug": "FP control not kept per context: the incoming context's MXCSR is never loaded",
        "find": "    ldmxcsr (%rsp)\n",
        "replace": "    nop\n",
    },
    {
        "id": "asm-x87-control-not-restored",
        "backend": "asm",
        "file": "impls/asm/arch/x86_64_sysv.S",
        "bug": "x87 control word not kept per context: fldcw dropped",
        "find": "    fldcw   0x04(%rsp)\n",
        "replace": "    nop\n",
    },
    {
        "id": "asm-wrong-resumer-after-nested-finish",
        "backend": "asm",
        "file": "impls/asm/asm.c",
        "bug": "a finished body switches to its own saved context instead of its resumer "
               "(the resumer of a nested generator is lost)",
        "find": "    ys_asm_switch(&c->body, c->resumer); /* the core never resumes a finished body */",
        "replace": "    ys_asm_switch(&c->resumer, c->body); /* the core never resumes a finished body */",
    },
    {
        "id": "asm-stack-size-ignored",
        "backend": "asm",
        "file": "impls/asm/asm.c",
        "bug": "the requested stack size is ignored: every body gets a small fixed stack",
        "find": "    ys_stack *s = ys_stack_for_gen(g, stack_size, sizeof(struct asm_context));",
        "replace": "    ys_stack *s = ys_stack_for_gen(g, 16384, sizeof(struct asm_context));",
    },
    {
        "id": "asm-destroy-leaks-stack",
        "backend": "asm",
        "file": "impls/asm/asm.c",
        "bug": "destroy forgets to give the stack back",
        "find": "static void asm_destroy(ys_gen *g) { ys_stack_release(context_of(g)->stack); }",
        "replace": "static void asm_destroy(ys_gen *g) { (void)context_of(g); }",
    },
    # ---- ucontext ----------------------------------------------------------
    {
        "id": "ucontext-wrong-resumer-after-nested-finish",
        "backend": "ucontext",
        "file": "impls/ucontext/ucontext.c",
        "bug": "a finished body resumes its own start context instead of its resumer",
        "find": "    setcontext(&c->resumer); /* the core never resumes a finished body */",
        "replace": "    setcontext(&c->body); /* the core never resumes a finished body */",
    },
    {
        "id": "ucontext-stack-size-ignored",
        "backend": "ucontext",
        "file": "impls/ucontext/ucontext.c",
        "bug": "the requested stack size is ignored: every body gets a small fixed stack",
        "find": "    ys_stack *s = ys_stack_for_gen(g, stack_size, sizeof(struct uc_context));",
        "replace": "    ys_stack *s = ys_stack_for_gen(g, 16384, sizeof(struct uc_context));",
    },
    {
        "id": "ucontext-stack-bounds-wrong",
        "backend": "ucontext",
        "file": "impls/ucontext/ucontext.c",
        "bug": "the context is given the stack's size but not its base (stack pointer left at 0)",
        "find": "    c->body.uc_stack.ss_sp = ys_stack_limit(s);",
        "replace": "    c->body.uc_stack.ss_sp = NULL;",
    },
    # ---- threads -----------------------------------------------------------
    {
        "id": "threads-fp-env-not-inherited",
        "backend": "threads",
        "file": "impls/threads/threads.c",
        "bug": "FP control not kept: the body's thread runs with its own default rounding mode, "
               "not its creator's",
        "find": "            fesetenv(&w->start_env);",
        "replace": "            (void)w->start_env;",
    },
    {
        "id": "threads-destroy-before-last-switch",
        "backend": "threads",
        "file": "impls/threads/threads.c",
        "bug": "destroy hands the worker back to the pool before the abandoned body has "
               "switched out for the last time",
        "find": "    if (w->in_body) {\n        w->abandon = true;\n        threads_resume(g);\n    }",
        "replace": "    if (w->in_body) {\n        w->abandon = true;\n        sem_post(&w->to_body);\n    }",
    },
    {
        "id": "threads-state-left-in-body-after-abandon",
        "backend": "threads",
        "file": "impls/threads/threads.c",
        "bug": "a worker abandoned mid-body is left marked as running a body when reused",
        "find": "        w->in_body = false;\n        w->abandon = false;",
        "replace": "        if (!w->abandon) w->in_body = false;\n        w->abandon = false;",
    },
    {
        "id": "threads-pooled-worker-any-stack-size",
        "backend": "threads",
        "file": "impls/threads/threads.c",
        "bug": "a pooled worker is reused whatever stack size the new generator asked for",
        "find": "    while (*link && (*link)->stack_size != stack_size)",
        "replace": "    while (*link && 0)",
    },
    # ---- the shared stacks of the stackful backends --------------------------
    {
        "id": "stacks-no-guard-page",
        "backend": "stacks",
        "file": "impls/stacks/stack.c",
        "bug": "the guard region is not protected: an overflow runs into the next mapping",
        "find": "    GUARD_BYTES = 64 * 1024,",
        "replace": "    GUARD_BYTES = 0,",
    },
    # ---- the core, where a backend author would reach into it ---------------
    {
        "id": "core-state-left-running-on-error",
        "backend": "core",
        "file": "impls/core/src/gen.c",
        "bug": "a body that raised leaves its generator RUNNING instead of CLOSED",
        "find": "static void finish_raising(ys_gen *g)\n{\n    g->state = YS_GEN_CLOSED;\n",
        "replace": "static void finish_raising(ys_gen *g)\n{\n    g->state = YS_GEN_RUNNING;\n",
    },
]
