#define _GNU_SOURCE /* asprintf */
#include "reports.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct counts {
    size_t cells; /* that ran */
    size_t passed, expected_failures, unexpected_failures, unexpected_passes;
    size_t not_run; /* left by --fail-fast */
} counts;

static counts count_results(const ys_matrix *m)
{
    counts c = {0};
    for (size_t i = 0; i < m->nbackends * m->nscenarios; i++) {
        const ys_check_result *r = &m->results[i];
        if (!m->ran[i]) {
            c.not_run++;
            continue;
        }
        c.cells++;
        c.passed += r->outcome == YS_OUTCOME_PASS;
        c.expected_failures += r->verdict == YS_VERDICT_EXPECTED_FAILURE;
        c.unexpected_failures += r->verdict == YS_VERDICT_UNEXPECTED_FAILURE;
        c.unexpected_passes += r->verdict == YS_VERDICT_UNEXPECTED_PASS;
    }
    return c;
}

/* The text report and the TAP file say so when --fail-fast left cells unrun. */
static void write_not_run_note(FILE *out, const char *prefix, const counts *c)
{
    if (c->not_run > 0)
        fprintf(out, "%sstopped at the first unexpected result (--fail-fast): %zu of %zu cells not "
                     "run\n",
                prefix, c->not_run, c->cells + c->not_run);
}

/* ---- text ---------------------------------------------------------------- */

/* Returns whether the result needed a line (every verdict but a plain pass). */
/* "an error", "a crash": the outcome names are English nouns. */
static const char *indefinite_article(const char *noun)
{
    return strchr("aeiou", noun[0]) ? "an" : "a";
}

static bool write_result_line(FILE *out, const ys_check_result *r)
{
    const ys_expectation *e = r->expectation;
    switch (r->verdict) {
    case YS_VERDICT_PASS:
        return false;
    case YS_VERDICT_EXPECTED_FAILURE:
        fprintf(out, "XFAIL %s %s: %s (%s:%d)\n", r->backend->name, r->scenario->path, e->reason,
                r->expectations_file, e->line);
        return true;
    case YS_VERDICT_UNEXPECTED_PASS:
        fprintf(out, "XPASS %s %s: passes, but %s:%d expects a failure (%s)\n", r->backend->name,
                r->scenario->path, r->expectations_file, e->line, e->reason);
        return true;
    case YS_VERDICT_UNEXPECTED_FAILURE:
        fprintf(out, "FAIL  %s %s: %s: %s\n", r->backend->name, r->scenario->path,
                ys_outcome_name(r->outcome), r->detail);
        if (e) {
            const char *expected = ys_failure_kind_name(e->fails_by);
            const char *got = ys_outcome_name(r->outcome);
            fprintf(out, "      (%s:%d expects %s %s, not %s %s)\n", r->expectations_file, e->line,
                    indefinite_article(expected), expected, indefinite_article(got), got);
        }
        if (r->diff)
            fputs(r->diff, out);
        return true;
    }
    abort();
}

/* The categories of the cells that ran, in the order the (path-sorted)
 * scenarios bring them. */
static size_t collect_categories(const ys_matrix *m, char ***out)
{
    char **categories = calloc(m->nscenarios + 1, sizeof *categories);
    size_t n = 0;
    if (!categories)
        abort();
    for (size_t cell = 0; cell < m->nbackends * m->nscenarios; cell++) {
        if (!m->ran[cell])
            continue;
        char *category = ys_scenario_category(m->results[cell].scenario->path);
        bool seen = false;
        for (size_t i = 0; i < n && !seen; i++)
            seen = strcmp(categories[i], category) == 0;
        if (seen)
            free(category);
        else
            categories[n++] = category;
    }
    *out = categories;
    return n;
}

static void write_table(FILE *out, const ys_matrix *m)
{
    char **categories;
    size_t ncategories = collect_categories(m, &categories);
    size_t first_width = strlen("category");
    for (size_t i = 0; i < ncategories; i++)
        if (strlen(categories[i]) > first_width)
            first_width = strlen(categories[i]);

    /* cell[b][row]: passed/total of the cells that ran; the last row is the
     * total. */
    size_t rows = ncategories + 1;
    size_t *passed = calloc(m->nbackends * rows, sizeof *passed);
    size_t *total = calloc(m->nbackends * rows, sizeof *total);
    if (!passed || !total)
        abort();
    for (size_t b = 0; b < m->nbackends; b++)
        for (size_t s = 0; s < m->nscenarios; s++) {
            if (!m->ran[b * m->nscenarios + s])
                continue;
            const ys_check_result *r = &m->results[b * m->nscenarios + s];
            char *category = ys_scenario_category(r->scenario->path);
            size_t row = 0;
            while (strcmp(categories[row], category) != 0)
                row++;
            free(category);
            size_t ok = r->outcome == YS_OUTCOME_PASS;
            passed[b * rows + row] += ok;
            total[b * rows + row]++;
            passed[b * rows + ncategories] += ok;
            total[b * rows + ncategories]++;
        }

    fprintf(out, "%-*s", (int)first_width, "category");
    for (size_t b = 0; b < m->nbackends; b++)
        fprintf(out, "  %9s", m->backends[b]->name);
    fputc('\n', out);
    for (size_t row = 0; row < rows; row++) {
        fprintf(out, "%-*s", (int)first_width, row < ncategories ? categories[row] : "total");
        for (size_t b = 0; b < m->nbackends; b++) {
            char cell[48] = "-"; /* none of these cells ran */
            if (total[b * rows + row] > 0)
                snprintf(cell, sizeof cell, "%zu/%zu", passed[b * rows + row],
                         total[b * rows + row]);
            int width = (int)strlen(m->backends[b]->name);
            fprintf(out, "  %*s", width > 9 ? width : 9, cell);
        }
        fputc('\n', out);
    }
    for (size_t i = 0; i < ncategories; i++)
        free(categories[i]);
    free(categories);
    free(passed);
    free(total);
}

void ys_report_text(FILE *out, const ys_matrix *m)
{
    bool any_listed = false;
    for (size_t i = 0; i < m->nbackends * m->nscenarios; i++)
        any_listed |= m->ran[i] && write_result_line(out, &m->results[i]);
    if (any_listed)
        fputc('\n', out);
    write_table(out, m);
    counts c = count_results(m);
    bool ok = c.unexpected_failures == 0 && c.unexpected_passes == 0;
    fputc('\n', out);
    write_not_run_note(out, "", &c);
    fprintf(out,
            "%s: %zu passed, %zu expected failures, %zu unexpected failures, %zu unexpected "
            "passes (python 3.%d)\n",
            ok ? "OK" : "FAILED", c.passed, c.expected_failures, c.unexpected_failures,
            c.unexpected_passes, m->python_minor);
}

/* ---- files --------------------------------------------------------------- */

typedef void (*report_writer)(FILE *out, const ys_matrix *m);

static int write_atomically(const char *path, report_writer write, const ys_matrix *m)
{
    char *tmp;
    if (asprintf(&tmp, "%s.XXXXXX", path) < 0)
        abort();
    int fd = mkstemp(tmp);
    if (fd >= 0)
        fchmod(fd, 0644); /* mkstemp's 0600 is for the temporary name only */
    FILE *out = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!out) {
        fprintf(stderr, "yieldspec: cannot write %s: %s\n", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        free(tmp);
        return -1;
    }
    write(out, m);
    bool written = !ferror(out);
    written = fclose(out) == 0 && written;
    if (!written || rename(tmp, path) != 0) {
        fprintf(stderr, "yieldspec: cannot write %s: %s\n", path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

static void write_xml_escaped(FILE *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&apos;", out); break;
        default:
            /* XML 1.0 forbids most control characters, even escaped. */
            fputc(c < 0x20 && c != '\n' && c != '\t' ? '?' : c, out);
        }
    }
}

static void write_junit(FILE *out, const ys_matrix *m)
{
    counts all = count_results(m);
    size_t errors_total = 0;
    for (size_t i = 0; i < m->nbackends * m->nscenarios; i++)
        errors_total += m->ran[i] && m->results[i].verdict == YS_VERDICT_UNEXPECTED_FAILURE &&
                        m->results[i].outcome != YS_OUTCOME_MISMATCH;
    fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(out, "<testsuites name=\"yieldspec\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\">\n",
            all.cells, all.unexpected_failures + all.unexpected_passes - errors_total,
            errors_total);
    for (size_t b = 0; b < m->nbackends; b++) {
        const ys_check_result *results = &m->results[b * m->nscenarios];
        const bool *ran = &m->ran[b * m->nscenarios];
        size_t tests = 0, failures = 0, errors = 0, skipped = 0;
        double seconds = 0;
        for (size_t s = 0; s < m->nscenarios; s++) {
            if (!ran[s])
                continue;
            const ys_check_result *r = &results[s];
            tests++;
            bool error = r->verdict == YS_VERDICT_UNEXPECTED_FAILURE &&
                         r->outcome != YS_OUTCOME_MISMATCH;
            errors += error;
            failures += !error && !ys_verdict_is_expected(r->verdict);
            skipped += r->verdict == YS_VERDICT_EXPECTED_FAILURE;
            seconds += r->seconds;
        }
        fprintf(out,
                "  <testsuite name=\"%s python 3.%d\" tests=\"%zu\" failures=\"%zu\" "
                "errors=\"%zu\" skipped=\"%zu\" time=\"%.6f\">\n",
                m->backends[b]->name, m->python_minor, tests, failures, errors, skipped, seconds);
        for (size_t s = 0; s < m->nscenarios; s++) {
            if (!ran[s])
                continue;
            const ys_check_result *r = &results[s];
            char *category = ys_scenario_category(r->scenario->path);
            fprintf(out, "    <testcase classname=\"%s.%s\" name=\"%s\" time=\"%.6f\"",
                    m->backends[b]->name, category, r->scenario->path, r->seconds);
            free(category);
            if (r->verdict == YS_VERDICT_PASS) {
                fputs("/>\n", out);
                continue;
            }
            fputs(">\n      ", out);
            const ys_expectation *e = r->expectation;
            if (r->verdict == YS_VERDICT_EXPECTED_FAILURE) {
                fprintf(out, "<skipped message=\"expected failure (%s:%d): ", r->expectations_file,
                        e->line);
                write_xml_escaped(out, e->reason);
                fputs("\"/>\n", out);
            } else if (r->verdict == YS_VERDICT_UNEXPECTED_PASS) {
                fprintf(out,
                        "<failure type=\"unexpected-pass\" message=\"passes, but %s:%d expects a "
                        "failure: ",
                        r->expectations_file, e->line);
                write_xml_escaped(out, e->reason);
                fputs("\"/>\n", out);
            } else {
                const char *element = r->outcome == YS_OUTCOME_MISMATCH ? "failure" : "error";
                fprintf(out, "<%s type=\"%s\" message=\"", element, ys_outcome_name(r->outcome));
                write_xml_escaped(out, r->detail);
                fputs("\">", out);
                if (r->diff)
                    write_xml_escaped(out, r->diff);
                fprintf(out, "</%s>\n", element);
            }
            fputs("    </testcase>\n", out);
        }
        fputs("  </testsuite>\n", out);
    }
    fputs("</testsuites>\n", out);
}

/* A YAML single-quoted scalar: only the quote itself needs escaping. */
static void write_yaml_quoted(FILE *out, const char *s)
{
    fputc('\'', out);
    for (; *s; s++) {
        if (*s == '\'')
            fputc('\'', out);
        fputc(*s == '\n' ? ' ' : *s, out);
    }
    fputc('\'', out);
}

static void write_tap(FILE *out, const ys_matrix *m)
{
    counts c = count_results(m);
    fprintf(out, "TAP version 13\n1..%zu\n", c.cells);
    size_t number = 0;
    for (size_t i = 0; i < m->nbackends * m->nscenarios; i++) {
        if (!m->ran[i])
            continue;
        const ys_check_result *r = &m->results[i];
        bool passed = r->verdict == YS_VERDICT_PASS;
        fprintf(out, "%s %zu - %s %s [python 3.%d]", passed ? "ok" : "not ok", ++number,
                r->backend->name, r->scenario->path, r->python_minor);
        if (r->verdict == YS_VERDICT_EXPECTED_FAILURE)
            fprintf(out, " # TODO %s", r->expectation->reason);
        fputc('\n', out);
        if (passed || r->verdict == YS_VERDICT_EXPECTED_FAILURE)
            continue;
        fputs("  ---\n", out);
        if (r->verdict == YS_VERDICT_UNEXPECTED_PASS) {
            fputs("  outcome: unexpected-pass\n  message: ", out);
            char *message;
            if (asprintf(&message, "passes, but %s:%d expects a failure: %s",
                         r->expectations_file, r->expectation->line,
                         r->expectation->reason) < 0)
                abort();
            write_yaml_quoted(out, message);
            free(message);
            fputc('\n', out);
        } else {
            fprintf(out, "  outcome: %s\n  message: ", ys_outcome_name(r->outcome));
            write_yaml_quoted(out, r->detail);
            fputc('\n', out);
            if (r->diff) {
                fputs("  diff: |\n", out);
                for (const char *line = r->diff; *line;) {
                    size_t len = strcspn(line, "\n");
                    fprintf(out, "    %.*s\n", (int)len, line);
                    line += len + (line[len] == '\n');
                }
            }
        }
        fputs("  ...\n", out);
    }
    write_not_run_note(out, "# ", &c);
}

static void write_json_string(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void write_json(FILE *out, const ys_matrix *m)
{
    counts c = count_results(m);
    fprintf(out, "{\n  \"format\": \"yieldspec-check\",\n  \"version\": 1,\n");
    fprintf(out, "  \"python\": \"3.%d\",\n  \"backends\": [", m->python_minor);
    for (size_t b = 0; b < m->nbackends; b++) {
        fputs(b ? ", " : "", out);
        write_json_string(out, m->backends[b]->name);
    }
    fprintf(out,
            "],\n  \"summary\": {\"cells\": %zu, \"passed\": %zu, \"expected_failures\": %zu, "
            "\"unexpected_failures\": %zu, \"unexpected_passes\": %zu, \"not_run\": %zu},\n"
            "  \"results\": [",
            c.cells, c.passed, c.expected_failures, c.unexpected_failures, c.unexpected_passes,
            c.not_run);
    bool first = true;
    for (size_t i = 0; i < m->nbackends * m->nscenarios; i++) {
        if (!m->ran[i])
            continue;
        const ys_check_result *r = &m->results[i];
        char *category = ys_scenario_category(r->scenario->path);
        fputs(first ? "\n    {" : ",\n    {", out);
        first = false;
        fputs("\"backend\": ", out);
        write_json_string(out, r->backend->name);
        fputs(", \"scenario\": ", out);
        write_json_string(out, r->scenario->path);
        fputs(", \"category\": ", out);
        write_json_string(out, category);
        fprintf(out, ", \"target\": \"3.%d\", \"outcome\": \"%s\", \"verdict\": \"%s\", "
                     "\"expected\": %s, \"detail\": ",
                r->python_minor, ys_outcome_name(r->outcome), ys_verdict_name(r->verdict),
                ys_verdict_is_expected(r->verdict) ? "true" : "false");
        write_json_string(out, r->detail);
        fputs(", \"expectation\": ", out);
        write_json_string(out, r->expectation ? r->expectation->reason : NULL);
        fprintf(out, ", \"seconds\": %.6f}", r->seconds);
        free(category);
    }
    fputs(c.cells ? "\n  ]\n}\n" : "]\n}\n", out);
}

int ys_report_junit(const char *path, const ys_matrix *m)
{
    return write_atomically(path, write_junit, m);
}

int ys_report_tap(const char *path, const ys_matrix *m)
{
    return write_atomically(path, write_tap, m);
}

int ys_report_json(const char *path, const ys_matrix *m)
{
    return write_atomically(path, write_json, m);
}
