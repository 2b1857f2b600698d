#define _GNU_SOURCE /* asprintf, vasprintf */
#include "expectations.h"

#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OLDEST_PYTHON_MINOR 8
#define NEWEST_PYTHON_MINOR 13

int ys_parse_python_target(const char *text)
{
    if (strncmp(text, "3.", 2) != 0 || !isdigit((unsigned char)text[2]))
        return -1;
    char *end;
    long minor = strtol(text + 2, &end, 10);
    if (*end != '\0' || minor < OLDEST_PYTHON_MINOR || minor > NEWEST_PYTHON_MINOR)
        return -1;
    return (int)minor;
}

static char *trimmed_copy(const char *begin, const char *end)
{
    while (begin < end && isspace((unsigned char)*begin))
        begin++;
    while (end > begin && isspace((unsigned char)end[-1]))
        end--;
    return strndup(begin, (size_t)(end - begin));
}

static int entry_error(char **message, const char *file, int line, const char *problem)
{
    if (asprintf(message, "%s:%d: %s", file, line, problem) < 0)
        abort();
    return -1;
}

static const char *const failure_kind_names[] = {"mismatch", "crash", "timeout", "refusal"};

const char *ys_failure_kind_name(ys_failure_kind kind)
{
    return failure_kind_names[kind];
}

#define SELECTOR_SYNTAX "expected \"<scenario or glob> [python 3.X] [crash|timeout|refusal]: <reason>\""

/* "<pattern> [python 3.X] [crash|timeout|refusal]" -> entry fields. A mismatch is the
 * default and is not written, so that the common entry stays short. */
static int parse_selector(const char *selector, ys_expectation *entry, char **message,
                          const char *file)
{
    char pattern[1024], words[3][32], extra[2];
    int fields = sscanf(selector, "%1023s %31s %31s %31s %1s", pattern, words[0], words[1],
                        words[2], extra);
    int word = 0, count = fields - 1;
    entry->python_minor = 0;
    entry->fails_by = YS_FAILS_BY_MISMATCH;
    if (count >= 2 && strcmp(words[0], "python") == 0) {
        entry->python_minor = ys_parse_python_target(words[1]);
        if (entry->python_minor < 0)
            return entry_error(message, file, entry->line,
                               "unknown python target (expected 3.8 to 3.13)");
        word = 2;
    }
    if (word < count) {
        if (strcmp(words[word], "crash") == 0)
            entry->fails_by = YS_FAILS_BY_CRASH;
        else if (strcmp(words[word], "timeout") == 0)
            entry->fails_by = YS_FAILS_BY_TIMEOUT;
        else if (strcmp(words[word], "refusal") == 0)
            entry->fails_by = YS_FAILS_BY_REFUSAL;
        else
            return entry_error(message, file, entry->line, SELECTOR_SYNTAX);
        word++;
    }
    if (fields < 1 || word != count)
        return entry_error(message, file, entry->line, SELECTOR_SYNTAX);
    entry->pattern = strdup(pattern);
    return 0;
}

/* Only the first entry covering a cell is used: a later one with the same
 * pattern, for the same target or under an entry for every target, is dead
 * text that would mislead its reader. */
static int refuse_shadowed_entry(const ys_expectations *e, const ys_expectation *entry,
                                 char **message)
{
    for (size_t i = 0; i < e->count; i++) {
        const ys_expectation *earlier = &e->entries[i];
        if (strcmp(earlier->pattern, entry->pattern) == 0 &&
            (earlier->python_minor == 0 || earlier->python_minor == entry->python_minor)) {
            if (asprintf(message, "%s:%d: duplicate entry: line %d already covers \"%s\"%s",
                         e->file, entry->line, earlier->line, entry->pattern,
                         earlier->python_minor ? " for that python target" : "") < 0)
                abort();
            return -1;
        }
    }
    return 0;
}

int ys_expectations_load(const char *path, ys_expectations *out, char **message)
{
    memset(out, 0, sizeof *out);
    out->file = strdup(path);
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno == ENOENT)
            return 0;
        if (asprintf(message, "%s: %s", path, strerror(errno)) < 0)
            abort();
        return -1;
    }
    char *text = NULL;
    size_t cap = 0;
    int line_no = 0, rc = 0;
    size_t capacity = 0;
    while (rc == 0 && getline(&text, &cap, f) >= 0) {
        line_no++;
        char *content = trimmed_copy(text, text + strlen(text));
        if (content[0] == '\0' || content[0] == '#') {
            free(content);
            continue;
        }
        ys_expectation entry = {.line = line_no};
        char *colon = strchr(content, ':');
        char *selector = colon ? trimmed_copy(content, colon) : NULL;
        entry.reason = colon ? trimmed_copy(colon + 1, colon + strlen(colon)) : NULL;
        if (!colon || selector[0] == '\0')
            rc = entry_error(message, path, line_no, SELECTOR_SYNTAX);
        else if (entry.reason[0] == '\0')
            rc = entry_error(message, path, line_no, "an expected failure needs a reason");
        else
            rc = parse_selector(selector, &entry, message, path);
        free(selector);
        free(content);
        if (rc == 0)
            rc = refuse_shadowed_entry(out, &entry, message);
        if (rc != 0) {
            free(entry.pattern);
            free(entry.reason);
            break;
        }
        if (out->count == capacity) {
            capacity = capacity ? 2 * capacity : 8;
            out->entries = realloc(out->entries, capacity * sizeof *out->entries);
            if (!out->entries)
                abort();
        }
        out->entries[out->count++] = entry;
    }
    free(text);
    fclose(f);
    return rc;
}

void ys_expectations_free(ys_expectations *e)
{
    for (size_t i = 0; i < e->count; i++) {
        free(e->entries[i].pattern);
        free(e->entries[i].reason);
    }
    free(e->entries);
    free(e->file);
    memset(e, 0, sizeof *e);
}

bool ys_expectation_covers(const ys_expectation *entry, const char *scenario_path,
                           int python_minor)
{
    return (entry->python_minor == 0 || entry->python_minor == python_minor) &&
           fnmatch(entry->pattern, scenario_path, 0) == 0;
}

const ys_expectation *ys_expectations_find(const ys_expectations *e, const char *scenario_path,
                                           int python_minor)
{
    for (size_t i = 0; i < e->count; i++)
        if (ys_expectation_covers(&e->entries[i], scenario_path, python_minor))
            return &e->entries[i];
    return NULL;
}
