#include "churn.h"

#include <string.h>

/* Twelve integers and ten doubles outlive every call to pause: more than
 * x86-64's six callee-saved integer registers, more than AArch64's ten (plus
 * d8-d15 for the doubles). Each value changes differently every round, so a
 * register swapped or restored from a stale frame changes the digest. */
uint64_t churn(uint64_t seed, int rounds, churn_pause pause, void *arg)
{
    uint64_t a = seed, b = seed ^ 0x9e3779b97f4a7c15u, c = seed * 3, d = seed + 11;
    uint64_t e = ~seed, f = seed << 7, g = seed >> 3, h = seed * 0x5851f42d4c957f2du;
    uint64_t i = seed + 101, j = seed ^ 0xdeadbeef, k = seed * 7 + 1, l = seed | 0x100;
    double x0 = (double)(seed & 0xff) + 0.5, x1 = x0 * 1.25, x2 = x0 + 3.0, x3 = x0 * 0.75;
    double x4 = x0 - 1.0, x5 = x0 * 2.0, x6 = x0 + 0.125, x7 = x0 * 1.5, x8 = x0 + 7.0;
    double x9 = x0 * 0.5;
    for (int r = 0; r < rounds; r++) {
        a = a * 6364136223846793005u + 1;
        b ^= b << 13, b ^= b >> 7, b ^= b << 17;
        c += a >> 33;
        d = d * 31 + (uint64_t)r;
        e = (e << 1) | (e >> 63);
        f += b;
        g ^= c;
        h = h * 0x2545f4914f6cdd1du + d;
        i += e ^ f;
        j -= g;
        k = k * 5 + h;
        l ^= i + j + k;
        x0 = x0 * 1.0000001 + 1.0;
        x1 = x1 * 0.9999999 + x0 * 1e-9;
        x2 += x1 * 1e-7;
        x3 = x3 * 1.0000003 - 0.5;
        x4 += 0.25;
        x5 = x5 * 0.9999997 + x4 * 1e-8;
        x6 -= x5 * 1e-9;
        x7 = x7 * 1.0000002 + 0.125;
        x8 += x7 * 1e-10;
        x9 = x9 * 0.9999998 + x8 * 1e-9;
        pause(arg);
    }
    double xs[10] = {x0, x1, x2, x3, x4, x5, x6, x7, x8, x9};
    uint64_t digest = a ^ b ^ c ^ d ^ e ^ f ^ g ^ h ^ i ^ j ^ k ^ l;
    for (int n = 0; n < 10; n++) {
        uint64_t bits;
        memcpy(&bits, &xs[n], sizeof bits);
        digest = digest * 0x100000001b3u ^ bits;
    }
    return digest;
}
