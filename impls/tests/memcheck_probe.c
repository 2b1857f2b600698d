/* A Criterion test that loses a block, for the check that the memcheck
 * entries fail on what valgrind reports in a test's child (CMakeLists.txt):
 * Criterion ignores that child's exit status. */
#include <criterion/criterion.h>
#include <stdlib.h>

Test(memcheck_probe, loses_one_block)
{
    char *volatile lost = malloc(32);
    cr_assert_not_null(lost);
    lost[0] = 1;
    lost = NULL;
}
