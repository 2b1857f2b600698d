/* Kept apart from driver.c so that a program linking the driver but not
 * looking scenarios up by path needs no ys_all_scenarios[]. */
#include <string.h>

#include "yieldspec/driver.h"

const ys_scenario *ys_scenario_find(const char *path)
{
    for (const ys_scenario *const *sc = ys_all_scenarios; *sc; sc++)
        if (strcmp((*sc)->path, path) == 0)
            return *sc;
    return NULL;
}
