/* Without CMake, a program names its backends itself: this is what
 * yieldspec_add_runtime generates (cmake/registry.c.in). */
#include <string.h>

#include "yieldspec/backend.h"

extern const ys_backend ys_backend_example;

const ys_backend *const ys_backends[] = {&ys_backend_example, NULL};

const ys_backend *ys_backend_lookup(const char *name)
{
    for (const ys_backend *const *b = ys_backends; *b; b++)
        if (strcmp((*b)->name, name) == 0)
            return *b;
    return NULL;
}
