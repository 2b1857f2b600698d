/* The yieldspec executable: the CLI over whichever scenario library this
 * executable links, with its default spec and expectations directories. */
#include "cli.h"

int main(int argc, char **argv)
{
    return ys_cli_main(argc, argv, YIELDSPEC_DEFAULT_SPEC_DIR,
                       YIELDSPEC_DEFAULT_EXPECTATIONS_DIR);
}
