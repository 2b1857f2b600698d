/* Observing the floating-point rounding mode by its effect: 1/3 computed at
 * run time rounds differently upward and downward, in double (SSE, whose
 * control is MXCSR, on x86-64; the FP unit under FPCR on AArch64) and in long
 * double (the x87 unit, whose control word is separate, on x86-64). Checking
 * both catches a switch that saves one control register and not the other. */
#ifndef YS_MECHANISM_ROUNDING_H
#define YS_MECHANISM_ROUNDING_H

#include <stdbool.h>

typedef struct thirds {
    double d;
    long double ld;
} thirds;

thirds thirds_now(void);
/* 1/3 under `mode` (FE_UPWARD, ...), leaving the current mode as it was. */
thirds thirds_under(int mode);
bool thirds_eq(thirds a, thirds b);

#endif
