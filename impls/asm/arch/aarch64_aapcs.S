/* Context switch for AArch64, AAPCS64 (Linux, ELF, GNU assembler).
 *
 * Register contract (AAPCS64 "General-purpose registers" and "SIMD and
 * Floating-Point registers"): a callee preserves x19-x28, the frame pointer
 * x29, sp and the low 64 bits of v8-v15 (d8-d15); the link register x30 holds
 * where to continue. Every other register is caller-saved, so the compiler has
 * already spilled whatever it needs around the call to ys_asm_switch. FPCR
 * (rounding mode, flush-to-zero, trap enables) is saved per context so that
 * a mode set by one execution never leaks into another; FPSR (the cumulative
 * exception flags) is caller-saved status and is left alone. x18 is not
 * touched: on Linux it is an ordinary temporary.
 *
 * The saved frame, on the suspended execution's own stack (0xb0 bytes, so sp
 * stays 16-byte aligned):
 *
 *        higher addresses
 *        +-------------+-------------+
 *  0xa0  | fpcr        | (unused)    |
 *  0x90  | x29 (fp)    | x30 (lr)    |  lr = where the suspended side continues
 *  0x80  | x27         | x28         |
 *  0x70  | x25         | x26         |
 *  0x60  | x23         | x24         |
 *  0x50  | x21         | x22         |
 *  0x40  | x19         | x20         |  ys_asm_make: entry's argument, entry
 *  0x30  | d14         | d15         |
 *  0x20  | d12         | d13         |
 *  0x10  | d10         | d11         |
 *  0x00  | d8          | d9          |  <- saved stack pointer = ys_asm_context
 *        +-------------+-------------+
 */

    .text

/* void ys_asm_switch(ys_asm_context *from = x0, ys_asm_context to = x1)
 *
 * As on x86-64: the continuation is reached with br, not ret, because a ret
 * to the other side's call site is always mispredicted by the return-address
 * stack; and writing FPCR, which can be slow, happens only when the incoming
 * context's value differs from ours. */
    .globl  ys_asm_switch
    .type   ys_asm_switch, %function
    .p2align 4
ys_asm_switch:
    sub     sp, sp, #0xb0
    stp     d8, d9, [sp, #0x00]
    stp     d10, d11, [sp, #0x10]
    stp     d12, d13, [sp, #0x20]
    stp     d14, d15, [sp, #0x30]
    stp     x19, x20, [sp, #0x40]
    stp     x21, x22, [sp, #0x50]
    stp     x23, x24, [sp, #0x60]
    stp     x25, x26, [sp, #0x70]
    stp     x27, x28, [sp, #0x80]
    stp     x29, x30, [sp, #0x90]
    mrs     x9, fpcr
    str     x9, [sp, #0xa0]

    mov     x10, sp
    str     x10, [x0]
    mov     sp, x1

    ldp     x29, x30, [sp, #0x90]
    ldr     x10, [sp, #0xa0]
    cmp     x9, x10
    b.ne    .Lload_fpcr
.Lrestore:
    ldp     d8, d9, [sp, #0x00]
    ldp     d10, d11, [sp, #0x10]
    ldp     d12, d13, [sp, #0x20]
    ldp     d14, d15, [sp, #0x30]
    ldp     x19, x20, [sp, #0x40]
    ldp     x21, x22, [sp, #0x50]
    ldp     x23, x24, [sp, #0x60]
    ldp     x25, x26, [sp, #0x70]
    ldp     x27, x28, [sp, #0x80]
    add     sp, sp, #0xb0
    br      x30
.Lload_fpcr:
    msr     fpcr, x10
    b       .Lrestore
    .size   ys_asm_switch, .-ys_asm_switch

/* ys_asm_context ys_asm_make(void *stack_top = x0, ys_asm_entry entry = x1,
 *                            void *arg = x2)
 * Lays out the frame above so that the first ys_asm_switch to it continues
 * at ys_asm_start with sp 16-byte aligned at the top of the stack. */
    .globl  ys_asm_make
    .type   ys_asm_make, %function
    .p2align 4
ys_asm_make:
    and     x0, x0, #~15
    sub     x0, x0, #0xb0
    stp     xzr, xzr, [x0, #0x00]
    stp     xzr, xzr, [x0, #0x10]
    stp     xzr, xzr, [x0, #0x20]
    stp     xzr, xzr, [x0, #0x30]
    stp     x2, x1, [x0, #0x40]
    stp     xzr, xzr, [x0, #0x50]
    stp     xzr, xzr, [x0, #0x60]
    stp     xzr, xzr, [x0, #0x70]
    stp     xzr, xzr, [x0, #0x80]
    adr     x9, ys_asm_start
    stp     xzr, x9, [x0, #0x90]
    mrs     x9, fpcr
    stp     x9, xzr, [x0, #0xa0]
    ret
    .size   ys_asm_make, .-ys_asm_make

/* The bottom frame of every context: calls entry(arg). fp = 0 and an
 * undefined return address end frame-pointer and DWARF backtraces here. */
    .type   ys_asm_start, %function
    .p2align 4
ys_asm_start:
    .cfi_startproc
    .cfi_undefined x30
    mov     x0, x19
    blr     x20
    /* entry returned instead of switching away: there is nothing to return to */
    bl      abort
    .cfi_endproc
    .size   ys_asm_start, .-ys_asm_start

    .section .note.GNU-stack, "", %progbits
