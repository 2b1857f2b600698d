#define _GNU_SOURCE /* asprintf, vasprintf */
#include "trace_text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define TRACE_HEADER "yieldspec-trace 1"
#define TRACE_HEADER_PREFIX "yieldspec-trace "
#define DIFF_CONTEXT 3
/* Above this many cells the LCS table is not worth building: the differing
 * middle is shown as all removed then all added, still a correct diff. */
#define DIFF_MAX_CELLS ((size_t)4 << 20)

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        perror("yieldspec");
        abort();
    }
    return p;
}

static char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...)
{
    va_list ap;
    char *s;
    va_start(ap, fmt);
    int n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0) {
        perror("yieldspec");
        abort();
    }
    return s;
}

void ys_lines_split(ys_lines *out, const char *text, size_t len)
{
    out->buf = xmalloc(len + 1);
    memcpy(out->buf, text, len);
    out->buf[len] = '\0';
    out->ends_with_newline = len > 0 && text[len - 1] == '\n';

    size_t count = 0;
    for (size_t i = 0; i < len; i++)
        count += text[i] == '\n';
    if (len > 0 && !out->ends_with_newline)
        count++;
    out->line = xmalloc(count * sizeof *out->line);
    out->count = count;

    char *p = out->buf;
    for (size_t i = 0; i < count; i++) {
        out->line[i] = p;
        char *nl = memchr(p, '\n', (size_t)(out->buf + len - p));
        if (!nl)
            break;
        *nl = '\0';
        p = nl + 1;
    }
}

void ys_lines_free(ys_lines *lines)
{
    free(lines->buf);
    free(lines->line);
    memset(lines, 0, sizeof *lines);
}

char *ys_golden_path(const char *spec_dir, int python_minor, const char *scenario_path)
{
    return xprintf("%s/traces/cpython-3.%d/%s.trace", spec_dir, python_minor, scenario_path);
}

static char *read_file(const char *path, size_t *len, int *error)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *error = errno;
        return NULL;
    }
    /* fopen opens a directory for reading; only the read fails, with EISDIR
     * that ferror() does not keep. Say it before reading. */
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        *error = EISDIR;
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
        if (!buf)
            abort();
    }
    *error = ferror(f) ? EIO : 0;
    fclose(f);
    if (*error) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The reason a golden trace is not well formed, or NULL. */
static char *golden_defect(const char *path, const char *scenario_path, const char *text,
                           size_t len, const ys_lines *lines)
{
    if (memchr(text, '\0', len))
        return xprintf("%s: NUL byte in the trace", path);
    for (size_t i = 0; i < lines->count; i++)
        if (strchr(lines->line[i], '\r'))
            return xprintf("%s:%zu: carriage return in a line (traces use \\n line ends)", path,
                           i + 1);
    if (lines->count == 0)
        return xprintf("%s:1: empty file, expected \"" TRACE_HEADER "\"", path);
    const char *header = lines->line[0];
    if (strncmp(header, TRACE_HEADER_PREFIX, strlen(TRACE_HEADER_PREFIX)) != 0)
        return xprintf("%s:1: not a yieldspec trace: expected \"" TRACE_HEADER "\", found \"%s\"",
                       path, header);
    if (strcmp(header, TRACE_HEADER) != 0)
        return xprintf("%s:1: trace format version \"%s\" is not supported (this yieldspec "
                       "reads version 1)",
                       path, header + strlen(TRACE_HEADER_PREFIX));
    if (lines->count < 2 || strncmp(lines->line[1], "scenario ", 9) != 0 ||
        strcmp(lines->line[1] + 9, scenario_path) != 0)
        return xprintf("%s:2: expected \"scenario %s\", found \"%s\"", path, scenario_path,
                       lines->count < 2 ? "" : lines->line[1]);
    for (size_t i = 2; i < lines->count; i++) {
        if (!(lines->line[i][0] >= '1' && lines->line[i][0] <= '9'))
            return xprintf("%s:%zu: expected a step number, found \"%s\"", path, i + 1,
                           lines->line[i]);
    }
    if (!lines->ends_with_newline)
        return xprintf("%s:%zu: no newline at the end of the file", path, lines->count);
    return NULL;
}

ys_golden_status ys_golden_load(const char *path, const char *scenario_path, ys_lines *out,
                                char **message)
{
    size_t len;
    int error;
    char *text = read_file(path, &len, &error);
    if (!text) {
        *message = error == EISDIR ? xprintf("%s: a directory, not a golden trace file", path)
                                   : xprintf("%s: %s", path, strerror(error));
        return error == ENOENT ? YS_GOLDEN_MISSING : YS_GOLDEN_MALFORMED;
    }
    ys_lines_split(out, text, len);
    *message = golden_defect(path, scenario_path, text, len, out);
    free(text);
    if (*message) {
        ys_lines_free(out);
        return YS_GOLDEN_MALFORMED;
    }
    return YS_GOLDEN_OK;
}

/* One line of the edit script turning golden into produced. */
typedef enum edit_kind { EDIT_KEEP, EDIT_REMOVE, EDIT_ADD } edit_kind;
typedef struct edit {
    edit_kind kind;
    size_t golden_index;   /* KEEP, REMOVE */
    size_t produced_index; /* KEEP, ADD */
} edit;

typedef struct edit_script {
    edit *edits;
    size_t count;
} edit_script;

static void push_edit(edit_script *s, edit_kind kind, size_t gi, size_t pi)
{
    s->edits[s->count++] = (edit){kind, gi, pi};
}

/* A shortest edit script: common prefix and suffix kept, the middle aligned
 * on a longest common subsequence of lines. */
static edit_script edit_script_of(const ys_lines *a, const ys_lines *b)
{
    edit_script s = {xmalloc((a->count + b->count) * sizeof(edit)), 0};
    size_t prefix = 0;
    while (prefix < a->count && prefix < b->count && strcmp(a->line[prefix], b->line[prefix]) == 0)
        prefix++;
    size_t suffix = 0;
    while (suffix < a->count - prefix && suffix < b->count - prefix &&
           strcmp(a->line[a->count - 1 - suffix], b->line[b->count - 1 - suffix]) == 0)
        suffix++;
    size_t n = a->count - prefix - suffix, m = b->count - prefix - suffix;

    for (size_t i = 0; i < prefix; i++)
        push_edit(&s, EDIT_KEEP, i, i);
    if ((n + 1) * (m + 1) <= DIFF_MAX_CELLS) {
        /* lcs[i][j]: LCS length of golden middle[i..] and produced middle[j..]. */
        uint32_t *lcs = xmalloc((n + 1) * (m + 1) * sizeof *lcs);
#define LCS(i, j) lcs[(i) * (m + 1) + (j)]
        for (size_t i = n + 1; i-- > 0;)
            for (size_t j = m + 1; j-- > 0;) {
                if (i == n || j == m)
                    LCS(i, j) = 0;
                else if (strcmp(a->line[prefix + i], b->line[prefix + j]) == 0)
                    LCS(i, j) = LCS(i + 1, j + 1) + 1;
                else
                    LCS(i, j) = LCS(i + 1, j) >= LCS(i, j + 1) ? LCS(i + 1, j) : LCS(i, j + 1);
            }
        size_t i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && strcmp(a->line[prefix + i], b->line[prefix + j]) == 0) {
                push_edit(&s, EDIT_KEEP, prefix + i++, prefix + j++);
            } else if (i < n && (j == m || LCS(i + 1, j) >= LCS(i, j + 1))) {
                push_edit(&s, EDIT_REMOVE, prefix + i++, 0);
            } else {
                push_edit(&s, EDIT_ADD, 0, prefix + j++);
            }
        }
#undef LCS
        free(lcs);
    } else {
        for (size_t i = 0; i < n; i++)
            push_edit(&s, EDIT_REMOVE, prefix + i, 0);
        for (size_t j = 0; j < m; j++)
            push_edit(&s, EDIT_ADD, 0, prefix + j);
    }
    for (size_t k = 0; k < suffix; k++)
        push_edit(&s, EDIT_KEEP, a->count - suffix + k, b->count - suffix + k);
    return s;
}

/* Unified-diff line range "start,count" of a hunk preceded by `before` lines:
 * start is 1-based, or the line before an empty range, as diff -u writes it. */
static void write_range(FILE *out, size_t before, size_t count)
{
    size_t start = count ? before + 1 : before;
    if (count == 1)
        fprintf(out, "%zu", start);
    else
        fprintf(out, "%zu,%zu", start, count);
}

static void write_unified_diff(FILE *out, const ys_lines *a, const ys_lines *b,
                               const edit_script *s)
{
    size_t k = 0;
    while (k < s->count) {
        while (k < s->count && s->edits[k].kind == EDIT_KEEP)
            k++;
        if (k == s->count)
            break;
        /* A hunk: from DIFF_CONTEXT kept lines before the change to
         * DIFF_CONTEXT after the last change closer than 2*DIFF_CONTEXT. */
        size_t begin = k >= DIFF_CONTEXT ? k - DIFF_CONTEXT : 0;
        size_t end = k;
        for (;;) {
            while (end < s->count && s->edits[end].kind != EDIT_KEEP)
                end++;
            size_t keep_run = 0;
            while (end + keep_run < s->count && s->edits[end + keep_run].kind == EDIT_KEEP)
                keep_run++;
            if (end + keep_run < s->count && keep_run <= 2 * DIFF_CONTEXT) {
                end += keep_run;
                continue;
            }
            end += keep_run < DIFF_CONTEXT ? keep_run : DIFF_CONTEXT;
            break;
        }

        size_t golden_before = 0, produced_before = 0; /* lines preceding the hunk */
        size_t golden_count = 0, produced_count = 0;
        for (size_t e = 0; e < end; e++) {
            size_t *golden_counter = e < begin ? &golden_before : &golden_count;
            size_t *produced_counter = e < begin ? &produced_before : &produced_count;
            *golden_counter += s->edits[e].kind != EDIT_ADD;
            *produced_counter += s->edits[e].kind != EDIT_REMOVE;
        }
        fputs("@@ -", out);
        write_range(out, golden_before, golden_count);
        fputs(" +", out);
        write_range(out, produced_before, produced_count);
        fputs(" @@\n", out);
        for (size_t e = begin; e < end; e++) {
            const edit *ed = &s->edits[e];
            if (ed->kind == EDIT_KEEP)
                fprintf(out, " %s\n", a->line[ed->golden_index]);
            else if (ed->kind == EDIT_REMOVE)
                fprintf(out, "-%s\n", a->line[ed->golden_index]);
            else
                fprintf(out, "+%s\n", b->line[ed->produced_index]);
        }
        k = end;
    }
}

bool ys_traces_compare(const ys_lines *golden, const ys_lines *produced, const char *golden_label,
                       const char *produced_label, char **first_difference, char **diff)
{
    size_t i = 0;
    while (i < golden->count && i < produced->count &&
           strcmp(golden->line[i], produced->line[i]) == 0)
        i++;
    bool same_lines = i == golden->count && i == produced->count;
    if (same_lines && golden->ends_with_newline == produced->ends_with_newline)
        return true;

    if (first_difference) {
        if (same_lines)
            *first_difference = xprintf("line %zu: %s", i,
                                        produced->ends_with_newline
                                            ? "the produced trace has a final newline, the golden one has none"
                                            : "the produced trace lacks the final newline");
        else if (i == produced->count)
            *first_difference = xprintf("line %zu: golden \"%s\", produced trace ends", i + 1,
                                        golden->line[i]);
        else if (i == golden->count)
            *first_difference = xprintf("line %zu: golden trace ends, produced \"%s\"", i + 1,
                                        produced->line[i]);
        else
            *first_difference = xprintf("line %zu: golden \"%s\", produced \"%s\"", i + 1,
                                        golden->line[i], produced->line[i]);
    }
    if (diff) {
        char *text = NULL;
        size_t len = 0;
        FILE *out = open_memstream(&text, &len);
        if (!out)
            abort();
        fprintf(out, "--- %s\n+++ %s\n", golden_label, produced_label);
        edit_script s = edit_script_of(golden, produced);
        write_unified_diff(out, golden, produced, &s);
        if (same_lines)
            fputs("\\ No newline at end of file\n", out);
        free(s.edits);
        fclose(out);
        *diff = text;
    }
    return false;
}
