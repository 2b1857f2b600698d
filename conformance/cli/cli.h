/* The `yieldspec` command line: check, list, trace, diff. */
#ifndef YIELDSPEC_CLI_H
#define YIELDSPEC_CLI_H

/* Exit status: 0 success (check: every result as expected), 1 failures
 * (check: an unexpected result; diff: traces differ; trace: the run did not
 * finish), 2 bad usage or bad input. */
int ys_cli_main(int argc, char **argv, const char *default_spec_dir,
                const char *default_expectations_dir);

#endif
