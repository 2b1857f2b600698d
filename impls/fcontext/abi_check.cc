// Compiled, never linked: fails the build if fcontext_abi.h's C view of
// Boost.Context no longer matches the library's own C++ header.
#include <boost/context/detail/fcontext.hpp>

#include <cstddef>
#include <type_traits>

#include "fcontext_abi.h"

namespace ctx = boost::context::detail;

static_assert(std::is_same<ctx::fcontext_t, ys_fcontext_t>::value, "fcontext_t is an opaque pointer");
static_assert(sizeof(ctx::transfer_t) == sizeof(ys_fcontext_transfer), "transfer_t size");
static_assert(offsetof(ctx::transfer_t, fctx) == offsetof(ys_fcontext_transfer, fctx), "transfer_t.fctx");
static_assert(offsetof(ctx::transfer_t, data) == offsetof(ys_fcontext_transfer, data), "transfer_t.data");
static_assert(std::is_same<decltype(&ctx::jump_fcontext), ctx::transfer_t (*)(ctx::fcontext_t, void *)>::value,
              "jump_fcontext(to, data) -> transfer_t");
static_assert(std::is_same<decltype(&ctx::make_fcontext),
                           ctx::fcontext_t (*)(void *, std::size_t, void (*)(ctx::transfer_t))>::value,
              "make_fcontext(stack top, size, entry) -> fcontext_t");
