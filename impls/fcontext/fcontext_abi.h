/* Boost.Context's fcontext functions seen from C. The library's own header
 * (boost/context/detail/fcontext.hpp) is C++, but the functions are
 * extern "C" assembly; abi_check.cc compiles these declarations next to
 * Boost's and fails the build if they ever disagree. */
#ifndef YS_FCONTEXT_ABI_H
#define YS_FCONTEXT_ABI_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *ys_fcontext_t;
typedef struct ys_fcontext_transfer {
    ys_fcontext_t fctx; /* the context that jumped here, to jump back to */
    void *data;         /* what it passed */
} ys_fcontext_transfer;

ys_fcontext_transfer ys_jump_fcontext(ys_fcontext_t const to, void *vp) __asm__("jump_fcontext");
ys_fcontext_t ys_make_fcontext(void *sp, size_t size, void (*fn)(ys_fcontext_transfer)) __asm__("make_fcontext");

#ifdef __cplusplus
}
#endif
#endif
