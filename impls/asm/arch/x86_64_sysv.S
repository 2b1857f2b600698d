/* Context switch for x86-64, System V ABI, ELF, GNU assembler.
 *
 * Register contract (System V AMD64 psABI, "Registers"): a callee preserves
 * rbx, rbp, r12-r15, rsp, the control bits of MXCSR and the x87 control
 * word. Every other register is caller-saved, so the compiler has already
 * spilled whatever it needs around the call to ys_asm_switch: saving exactly
 * the callee-saved set is enough, and anything less is a bug that -O2 code
 * finds (impls/tests/mechanism/test_switch_torture.c). The FP control state
 * is kept per context so that a rounding mode, exception mask or
 * flush-to-zero setting made by one execution never leaks into another. The
 * MXCSR exception flags (bits 0-5) are caller-saved status, not control: they
 * are not part of a context.
 *
 * The red zone (128 bytes below rsp) is safe: ys_asm_switch is an ordinary
 * call, so the caller keeps nothing there across it.
 *
 * The saved frame, on the suspended execution's own stack:
 *
 *        higher addresses
 *        +------------------+
 *  0x38  | return address   |  where the suspended side continues
 *  0x30  | rbp              |
 *  0x28  | rbx              |  ys_asm_make: entry's argument
 *  0x20  | r12              |  ys_asm_make: entry
 *  0x18  | r13              |
 *  0x10  | r14              |
 *  0x08  | r15              |
 *  0x04  | x87 control word |  (16 bits, 16 bits unused)
 *  0x00  | MXCSR            |  <- saved stack pointer = ys_asm_context
 *        +------------------+
 */

    .text

/* void ys_asm_switch(ys_asm_context *from = rdi, ys_asm_context to = rsi)
 *
 * Two choices keep the round trip short. The continuation is reached with an
 * indirect jmp, not ret: a ret would always go somewhere other than where the
 * return-stack predictor expects (the other side's call site), costing a
 * misprediction per switch, while the indirect-branch predictor learns a
 * ping-pong; its target is loaded first so the jump resolves early. And
 * ldmxcsr/fldcw run only when the incoming context's FP control differs from
 * ours, which it rarely does: loading a different MXCSR costs a pipeline
 * flush, tens to hundreds of nanoseconds (measured here). Comparing only the
 * control bits matters: the exception flags differ between two sides as soon
 * as one of them computes something inexact, and a switch that compared (or,
 * like Boost.Context's, always reloaded) the whole MXCSR would then pay the
 * flush every time. Bits 16-31 of the x87 slot are never compared or loaded. */
    .globl  ys_asm_switch
    .type   ys_asm_switch, @function
    .p2align 4
ys_asm_switch:
    leaq    -0x38(%rsp), %rsp
    stmxcsr (%rsp)
    fnstcw  0x04(%rsp)
    movq    %r15, 0x08(%rsp)
    movq    %r14, 0x10(%rsp)
    movq    %r13, 0x18(%rsp)
    movq    %r12, 0x20(%rsp)
    movq    %rbx, 0x28(%rsp)
    movq    %rbp, 0x30(%rsp)
    movl    (%rsp), %eax
    movzwl  0x04(%rsp), %ecx

    movq    %rsp, (%rdi)
    movq    %rsi, %rsp

    movq    0x38(%rsp), %rdx
    xorl    (%rsp), %eax
    testl   $0xffc0, %eax       /* MXCSR control bits: DAZ, masks, rounding, FZ */
    jnz     .Lload_fp_control
    cmpw    0x04(%rsp), %cx
    jne     .Lload_fp_control
.Lrestore:
    movq    0x08(%rsp), %r15
    movq    0x10(%rsp), %r14
    movq    0x18(%rsp), %r13
    movq    0x20(%rsp), %r12
    movq    0x28(%rsp), %rbx
    movq    0x30(%rsp), %rbp
    leaq    0x40(%rsp), %rsp
    jmpq    *%rdx
.Lload_fp_control:
    ldmxcsr (%rsp)
    fldcw   0x04(%rsp)
    jmp     .Lrestore
    .size   ys_asm_switch, .-ys_asm_switch

/* ys_asm_context ys_asm_make(void *stack_top = rdi, ys_asm_entry entry = rsi,
 *                            void *arg = rdx)
 * Lays out the frame above so that the first ys_asm_switch to it "returns"
 * into ys_asm_start with rsp 16-byte aligned, as a call site needs. */
    .globl  ys_asm_make
    .type   ys_asm_make, @function
    .p2align 4
ys_asm_make:
    andq    $-16, %rdi
    leaq    -0x40(%rdi), %rax
    stmxcsr (%rax)
    fnstcw  4(%rax)
    movq    $0, 0x08(%rax)
    movq    $0, 0x10(%rax)
    movq    $0, 0x18(%rax)
    movq    %rsi, 0x20(%rax)
    movq    %rdx, 0x28(%rax)
    movq    $0, 0x30(%rax)
    leaq    ys_asm_start(%rip), %rcx
    movq    %rcx, 0x38(%rax)
    ret
    .size   ys_asm_make, .-ys_asm_make

/* The bottom frame of every context: calls entry(arg). rbp = 0 and an
 * undefined return address end frame-pointer and DWARF backtraces here. */
    .type   ys_asm_start, @function
    .p2align 4
ys_asm_start:
    .cfi_startproc
    .cfi_undefined rip
    movq    %rbx, %rdi
    callq   *%r12
    /* entry returned instead of switching away: there is nothing to return to */
    callq   abort@PLT
    .cfi_endproc
    .size   ys_asm_start, .-ys_asm_start

    .section .note.GNU-stack, "", @progbits
