/* The asm backend's raw context switch, usable on its own (the benchmarks
 * time it against Boost.Context's jump_fcontext).
 *
 * A suspended execution is a single pointer: its stack pointer, below which
 * the callee-saved registers and the floating-point control state were pushed
 * (arch/<arch>.S draws the frame). Switching therefore costs one function
 * call, a handful of stores and loads, and no system call.
 *
 * What each context keeps for itself: the callee-saved registers, and the FP
 * control state (x86-64: MXCSR's control bits and the x87 control word;
 * AArch64: FPCR), so a rounding mode set on one side never leaks into the
 * other. What it does not: the FP exception flags (MXCSR bits 0-5, FPSR),
 * which the ABI treats as caller-saved scratch, and the signal mask.
 *
 * Caveat: switch only between executions of one thread. A context resumed on
 * another thread would carry thread-local addresses the compiler computed
 * before the switch (errno's included) into the wrong thread.
 *
 *     static ys_asm_context main_ctx, gen_ctx;
 *     static void body(void *arg) {
 *         ...; ys_asm_switch(&gen_ctx, main_ctx);   // suspend
 *         ...; for (;;) ys_asm_switch(&gen_ctx, main_ctx); // never return
 *     }
 *     gen_ctx = ys_asm_make(stack + size, body, NULL);
 *     ys_asm_switch(&main_ctx, gen_ctx);            // runs body until it switches back
 */
#ifndef YS_ASM_SWITCH_H
#define YS_ASM_SWITCH_H

#ifdef __cplusplus
extern "C" {
#endif

typedef void *ys_asm_context;
typedef void (*ys_asm_entry)(void *arg);

/* A context that, when first switched to, calls entry(arg) on the stack
 * ending at stack_top (aligned down to 16 bytes). It starts with the caller's
 * current floating-point control state (rounding modes, exception masks).
 * entry must never return: it ends by switching away for good (returning
 * aborts the process). */
ys_asm_context ys_asm_make(void *stack_top, ys_asm_entry entry, void *arg);

/* Save the current execution into *from and continue the one saved in `to`.
 * Returns when some other execution switches back to *from. `to` must not be
 * *from's previous value, nor a context that already ended. */
void ys_asm_switch(ys_asm_context *from, ys_asm_context to);

#ifdef __cplusplus
}
#endif
#endif
