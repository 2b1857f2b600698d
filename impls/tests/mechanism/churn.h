/* Register torture shared by the raw-switch and the backend tests: a
 * computation that keeps more integer and floating-point values live than the
 * ABI has callee-saved registers, across an opaque call. Compiled at -O2
 * (CMakeLists.txt), the compiler keeps as many as it can in callee-saved
 * registers, so if a context switch inside `pause` fails to preserve one,
 * the result differs from the same computation with a `pause` that does
 * nothing. */
#ifndef YS_MECHANISM_CHURN_H
#define YS_MECHANISM_CHURN_H

#include <stdint.h>

typedef void (*churn_pause)(void *arg);

/* rounds iterations of updating every value then calling pause(arg); returns
 * a digest of the final values. */
uint64_t churn(uint64_t seed, int rounds, churn_pause pause, void *arg);

#endif
