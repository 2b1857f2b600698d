/* Traces as lists of lines: loading and validating golden traces, and the
 * unified diff shown when a produced trace differs from its golden one. */
#ifndef YIELDSPEC_TRACE_TEXT_H
#define YIELDSPEC_TRACE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A text split at '\n'; the lines point into `buf` (each NUL-terminated, the
 * '\n' removed). A final line without '\n' is kept; `ends_with_newline` says
 * whether the text ended with one. */
typedef struct ys_lines {
    char *buf;
    char **line;
    size_t count;
    bool ends_with_newline;
} ys_lines;

void ys_lines_split(ys_lines *out, const char *text, size_t len);
void ys_lines_free(ys_lines *lines);

/* "<spec_dir>/traces/cpython-3.<minor>/<scenario_path>.trace"; malloc'd. */
char *ys_golden_path(const char *spec_dir, int python_minor, const char *scenario_path);

typedef enum ys_golden_status {
    YS_GOLDEN_OK,
    YS_GOLDEN_MISSING,   /* no such file: *message says which */
    YS_GOLDEN_MALFORMED, /* *message is "<file>:<line>: <what is wrong>" */
} ys_golden_status;

/* Load and validate the golden trace of `scenario_path`: header line
 * "yieldspec-trace 1", the scenario line naming that path, numbered lines,
 * '\n' line ends and a final newline. On failure *message is a malloc'd
 * one-line explanation. */
ys_golden_status ys_golden_load(const char *path, const char *scenario_path, ys_lines *out,
                                char **message);

/* Why `text` (from `label`) is not a well-formed trace of `scenario_path`, by
 * the rules ys_golden_load applies: a malloc'd "<label>:<line>: <problem>", or
 * NULL when it is one. */
char *ys_trace_defect(const char *label, const char *scenario_path, const char *text,
                      size_t len);

/* Compare two traces. Returns true when they are identical. Otherwise, when
 * `first_difference` is not NULL it receives a malloc'd one-line description of
 * the first differing line, and when `diff` is not NULL a malloc'd unified
 * diff (3 lines of context) labelled with the two names. */
bool ys_traces_compare(const ys_lines *golden, const ys_lines *produced, const char *golden_label,
                       const char *produced_label, char **first_difference, char **diff);

#endif
