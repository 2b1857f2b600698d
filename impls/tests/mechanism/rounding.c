#include "rounding.h"

#include <fenv.h>

/* Not inlined: the compiler would otherwise move the divisions across
 * fesetround (even GCC's -frounding-math does not pin them). Volatile reads
 * make the call an opaque side effect that stays in order. */
__attribute__((noinline)) thirds thirds_now(void)
{
    volatile double one = 1.0, three = 3.0;
    volatile long double one_l = 1.0L, three_l = 3.0L;
    return (thirds){one / three, one_l / three_l};
}

thirds thirds_under(int mode)
{
    int saved = fegetround();
    fesetround(mode);
    thirds t = thirds_now();
    fesetround(saved);
    return t;
}

/* Exact comparison on purpose: the values differ only in their last bit. */
bool thirds_eq(thirds a, thirds b) { return a.d == b.d && a.ld == b.ld; }
