/* A program linked with the core and no backend at all. Its registry, defined
 * here, is empty: the runtime's own registry is an archive member that is then
 * never pulled in (cmake/YieldspecBackends.cmake). Without a backend the
 * runtime must refuse to start and say why, rather than let the first
 * generator call through a null backend. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>

#include "yieldspec/backend.h"
#include "yieldspec/runtime.h"

const ys_backend *const ys_backends[] = {NULL};

Test(no_backend, ys_runtime_init_refuses_to_start_and_says_no_backend_is_registered, .init = cr_redirect_stderr)
{
    const ys_config python_3_13 = {.python_minor = 13};
    cr_assert_eq(ys_runtime_init(NULL), -1, "init with the defaults");
    cr_assert_eq(ys_runtime_init(&python_3_13), -1, "init with a configuration naming no backend");
    fflush(stderr);
    cr_assert_stderr_eq_str("yieldspec: no backend is registered\n"
                            "yieldspec: no backend is registered\n");
    cr_assert_eq(ys_runtime_config()->python_minor, 11, "a refused init left the configuration as it was");
    cr_assert_null(ys_runtime_config()->backend);
}
