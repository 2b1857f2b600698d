/* The runner's pieces on the self-test fixtures: the driver's refusals, crash
 * and hang isolation, golden trace validation, diffs, expectations and the
 * verdicts built from them. */
#define _GNU_SOURCE /* asprintf */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bodies.h"
#include "check.h"
#include "scenarios.h"

#define SPEC_DIR YS_FIXTURES_DIR "/spec"

static const ys_backend *first_backend(void)
{
    return ys_backends[0];
}

static char *write_temp_file(const char *text)
{
    char *path = strdup("/tmp/yieldspec-test-XXXXXX");
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

static ys_lines lines_of(const char *text)
{
    ys_lines lines;
    ys_lines_split(&lines, text, strlen(text));
    return lines;
}

/* ---- the driver ---------------------------------------------------------- */

static void assert_refused(const ys_scenario *sc, const char *expected_stderr)
{
    FILE *out = tmpfile();
    cr_assert_eq(ys_drive_scenario(sc, first_backend(), 11, out), -1);
    fclose(out);
    fflush(stderr);
    cr_assert_stderr_eq_str(expected_stderr);
}

Test(driver, refuses_a_step_naming_an_unknown_function, .init = cr_redirect_stderr)
{
    assert_refused(&fixture_refused_unknown_function,
                   "conformance/tests/fixtures/scenarios.c:1: cannot drive "
                   "misc/unknown_function: no function named \"nosuch\"\n");
}

Test(driver, refuses_a_step_naming_an_unknown_generator, .init = cr_redirect_stderr)
{
    assert_refused(&fixture_refused_unknown_generator,
                   "conformance/tests/fixtures/scenarios.c:2: cannot drive "
                   "misc/unknown_generator: no generator named \"h\"\n");
}

Test(driver, refuses_to_throw_an_unknown_exception_class, .init = cr_redirect_stderr)
{
    assert_refused(&fixture_refused_unknown_exception,
                   "conformance/tests/fixtures/scenarios.c:2: cannot drive "
                   "misc/unknown_exception: no exception class named \"NoSuchError\"\n");
}

Test(driver, finds_scenarios_by_path_and_nothing_else)
{
    cr_assert_eq(ys_scenario_find("misc/every_drive_step_kind"), &fixture_every_drive_step_kind);
    cr_assert_null(ys_scenario_find("misc/every_drive_step"));
    cr_assert_null(ys_scenario_find("every_drive_step_kind"));
}

/* ---- isolation ------------------------------------------------------------ */

Test(isolation, reports_a_crash_with_its_signal_and_keeps_the_lines_written_before)
{
    ys_run run;
    cr_assert_eq(ys_run_isolated(&fixture_selftest_crashing_body, first_backend(), 11, 10, &run), 0);
    cr_assert_eq(run.status, YS_RUN_CRASHED);
    cr_assert_eq(run.signal, SIGABRT);
    cr_assert_str_eq(run.trace, "yieldspec-trace 1\nscenario next/selftest_crashing_body\n"
                                "1 new g = body()\n");
    char *summary = ys_run_failure_summary(&run, 10);
    cr_assert_str_eq(summary, "killed by SIGABRT (Aborted)");
    free(summary);
    ys_run_free(&run);
}

Test(isolation, kills_a_hanging_scenario_at_the_timeout)
{
    ys_run run;
    cr_assert_eq(ys_run_isolated(&fixture_selftest_hanging_body, first_backend(), 11, 0.3, &run), 0);
    cr_assert_eq(run.status, YS_RUN_TIMED_OUT);
    cr_assert_lt(run.seconds, 5.0);
    char *summary = ys_run_failure_summary(&run, 0.3);
    cr_assert_str_eq(summary, "timed out after 0.3 s");
    free(summary);
    ys_run_free(&run);
}

Test(isolation, keeps_only_the_first_whole_lines_of_an_endless_output)
{
    ys_run run;
    cr_assert_eq(ys_run_isolated(&fixture_selftest_flooding_body, first_backend(), 11, 0.3, &run), 0);
    cr_assert_eq(run.status, YS_RUN_TIMED_OUT);
    cr_assert(run.trace_truncated);
    cr_assert_eq(run.trace_lines, YS_RUN_OUTPUT_MAX_LINES);
    size_t newlines = 0;
    for (const char *p = run.trace; (p = strchr(p, '\n')); p++)
        newlines++;
    cr_assert_eq(newlines, YS_RUN_OUTPUT_MAX_LINES);
    cr_assert_eq(run.trace[run.trace_len - 1], '\n');
    cr_assert_eq(strlen(run.trace), run.trace_len);
    char *note = ys_run_truncation_note(&run);
    cr_assert_str_eq(note, "output truncated after 1000 lines");
    free(note);
    ys_run_free(&run);
}

Test(isolation, reports_a_block_the_runtime_still_holds_after_its_shutdown_as_a_leak)
{
    ys_run run;
    cr_assert_eq(ys_run_isolated(&fixture_selftest_leaking_call, first_backend(), 11, 10, &run), 0);
    cr_assert_eq(run.status, YS_RUN_LEAKED);
    char *summary = ys_run_failure_summary(&run, 10);
    cr_assert_str_eq(summary, "memory left unreleased after the runtime's shutdown: 1 block the "
                              "runtime allocated is still held");
    free(summary);
    ys_run_free(&run);
}

Test(isolation, reports_a_refused_scenario_with_the_drivers_message)
{
    ys_run run;
    cr_assert_eq(ys_run_isolated(&fixture_refused_unknown_function, first_backend(), 11, 10, &run), 0);
    cr_assert_eq(run.status, YS_RUN_REFUSED);
    char *summary = ys_run_failure_summary(&run, 10);
    cr_assert_str_eq(summary, "conformance/tests/fixtures/scenarios.c:1: cannot drive "
                              "misc/unknown_function: no function named \"nosuch\"");
    free(summary);
    ys_run_free(&run);
}

/* ---- workers (check --batch) ---------------------------------------------- */

static const ys_scenario *const passing_fixtures[] = {
    &fixture_every_drive_step_kind,
    &fixture_events_and_release_order,
    &fixture_yielded_generator_dropped_before_step_line,
};
#define NPASSING (sizeof passing_fixtures / sizeof *passing_fixtures)

Test(worker, drives_scenario_after_scenario_to_the_traces_isolated_runs_produce)
{
    for (const ys_backend *const *b = ys_backends; *b; b++) {
        ys_worker *w = ys_worker_start(*b, 11);
        cr_assert_not_null(w);
        for (int round = 0; round < 2; round++)
            for (size_t i = 0; i < NPASSING; i++) {
                ys_run alone, in_worker;
                cr_assert_eq(ys_run_isolated(passing_fixtures[i], *b, 11, 10, &alone), 0);
                cr_assert(ys_worker_run(w, passing_fixtures[i], 10, &in_worker),
                          "%s on %s, round %d", passing_fixtures[i]->path, (*b)->name, round);
                cr_assert_eq(in_worker.status, YS_RUN_FINISHED);
                cr_assert_str_eq(in_worker.trace, alone.trace);
                cr_assert_eq(in_worker.trace_len, alone.trace_len);
                ys_run_free(&alone);
                ys_run_free(&in_worker);
            }
        ys_worker_stop(w);
    }
}

_Static_assert(CHATTY_LINES > YS_RUN_OUTPUT_MAX_LINES, "the chatty fixture outruns the line limit");

Test(worker, vouches_for_no_crash_hang_endless_or_overlong_output_leak_or_refusal)
{
    const ys_scenario *const misbehaving[] = {
        &fixture_selftest_crashing_body, &fixture_selftest_hanging_body,
        &fixture_selftest_flooding_body, &fixture_selftest_chatty_body,
        &fixture_selftest_leaking_call, &fixture_refused_unknown_function,
    };
    for (size_t i = 0; i < sizeof misbehaving / sizeof *misbehaving; i++) {
        ys_worker *w = ys_worker_start(first_backend(), 11);
        cr_assert_not_null(w);
        ys_run run = {.status = YS_RUN_UNUSABLE};
        cr_assert(ys_worker_run(w, &fixture_every_drive_step_kind, 10, &run));
        ys_run_free(&run);
        run.status = YS_RUN_UNUSABLE;
        cr_assert_not(ys_worker_run(w, misbehaving[i], 0.3, &run), "%s", misbehaving[i]->path);
        cr_assert_eq(run.status, YS_RUN_UNUSABLE, "out is left untouched");
        ys_worker_stop(w);
    }
}

Test(batch, judges_what_the_worker_does_not_pass_alone_and_then_starts_a_new_worker)
{
    ys_expectations none = {0};
    ys_lines golden = lines_of("yieldspec-trace 1\nscenario next/selftest_crashing_body\n"
                               "1 new g = body()\n2 next g -> yield 1\n3 release g -> ok\n");
    ys_batch batch = {0};
    ys_check_result r;
    cr_assert_eq(ys_check_cell_batched(&batch, &fixture_selftest_crashing_body, first_backend(),
                                       11, &golden, "golden", NULL, 10, &none, &r), 0);
    cr_assert_eq(r.outcome, YS_OUTCOME_CRASH);
    cr_assert_str_eq(r.detail, "killed by SIGABRT (Aborted)");
    cr_assert_not(batch.ran_in_worker);
    cr_assert_null(batch.worker, "a worker that crashed is not kept");
    ys_check_result_free(&r);
    ys_lines_free(&golden);

    golden = lines_of("yieldspec-trace 1\nscenario next/selftest_mismatched_yield\n"
                      "1 new g = body()\n2 next g -> yield 1\n3 release g -> ok\n");
    cr_assert_eq(ys_check_cell_batched(&batch, &fixture_selftest_mismatched_yield,
                                       first_backend(), 11, &golden, "golden", NULL, 10, &none,
                                       &r), 0);
    cr_assert_eq(r.outcome, YS_OUTCOME_MISMATCH);
    cr_assert_not(batch.ran_in_worker, "a mismatch is judged again alone");
    cr_assert_null(batch.worker, "the worker that produced it is ended");
    cr_assert_not_null(strstr(r.diff, "+2 next g -> yield 2"));
    ys_check_result_free(&r);

    /* The same trace, as if the golden one: a pass, taken from a new worker. */
    ys_lines_free(&golden);
    golden = lines_of("yieldspec-trace 1\nscenario next/selftest_mismatched_yield\n"
                      "1 new g = body()\n2 next g -> yield 2\n3 release g -> ok\n");
    cr_assert_eq(ys_check_cell_batched(&batch, &fixture_selftest_mismatched_yield,
                                       first_backend(), 11, &golden, "golden", NULL, 10, &none,
                                       &r), 0);
    cr_assert_eq(r.outcome, YS_OUTCOME_PASS);
    cr_assert(batch.ran_in_worker);
    cr_assert_not_null(batch.worker);
    ys_check_result_free(&r);
    ys_lines_free(&golden);
    ys_batch_end(&batch);
    cr_assert_null(batch.worker);
}

/* ---- golden traces -------------------------------------------------------- */

static void assert_golden_rejected(const char *text, const char *expected_problem_after_path)
{
    char *path = write_temp_file(text);
    ys_lines lines;
    char *message = NULL;
    cr_assert_eq(ys_golden_load(path, "next/x", &lines, &message), YS_GOLDEN_MALFORMED);
    char *expected;
    cr_assert(asprintf(&expected, "%s%s", path, expected_problem_after_path) > 0);
    cr_assert_str_eq(message, expected);
    free(expected);
    free(message);
    unlink(path);
    free(path);
}

Test(golden_traces, are_loaded_when_well_formed)
{
    char *path = write_temp_file("yieldspec-trace 1\nscenario next/x\n1 new g = f()\n");
    ys_lines lines;
    char *message = NULL;
    cr_assert_eq(ys_golden_load(path, "next/x", &lines, &message), YS_GOLDEN_OK);
    cr_assert_eq(lines.count, 3);
    cr_assert_str_eq(lines.line[2], "1 new g = f()");
    ys_lines_free(&lines);
    unlink(path);
    free(path);
}

Test(golden_traces, are_rejected_without_the_header_line)
{
    assert_golden_rejected("scenario next/x\n",
                           ":1: not a yieldspec trace: expected \"yieldspec-trace 1\", found "
                           "\"scenario next/x\"");
}

Test(golden_traces, are_rejected_in_another_format_version)
{
    assert_golden_rejected("yieldspec-trace 2\nscenario next/x\n",
                           ":1: trace format version \"2\" is not supported (this yieldspec "
                           "reads version 1)");
}

Test(golden_traces, are_rejected_when_they_name_another_scenario)
{
    assert_golden_rejected("yieldspec-trace 1\nscenario next/y\n",
                           ":2: expected \"scenario next/x\", found \"scenario next/y\"");
}

Test(golden_traces, are_rejected_with_an_unnumbered_line)
{
    assert_golden_rejected("yieldspec-trace 1\nscenario next/x\nnext g -> yield 1\n",
                           ":3: expected a step number, found \"next g -> yield 1\"");
}

Test(golden_traces, are_rejected_with_crlf_line_ends)
{
    assert_golden_rejected("yieldspec-trace 1\r\nscenario next/x\r\n",
                           ":1: carriage return in a line (traces use \\n line ends)");
}

Test(golden_traces, are_rejected_without_a_final_newline)
{
    assert_golden_rejected("yieldspec-trace 1\nscenario next/x\n1 new g = f()",
                           ":3: no newline at the end of the file");
}

Test(golden_traces, are_reported_missing_when_the_file_does_not_exist)
{
    ys_lines lines;
    char *message = NULL;
    cr_assert_eq(ys_golden_load("/nonexistent/x.trace", "next/x", &lines, &message),
                 YS_GOLDEN_MISSING);
    cr_assert_str_eq(message, "/nonexistent/x.trace: No such file or directory");
    free(message);
}

/* ---- diffs ---------------------------------------------------------------- */

Test(diffs, are_unified_with_three_lines_of_context_and_separate_hunks)
{
    ys_lines golden = lines_of("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n");
    ys_lines produced = lines_of("1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n14\n15\n");
    char *first = NULL, *diff = NULL;
    cr_assert_not(ys_traces_compare(&golden, &produced, "golden", "produced", &first, &diff));
    cr_assert_str_eq(first, "line 3: golden \"3\", produced \"three\"");
    cr_assert_str_eq(diff, "--- golden\n+++ produced\n"
                           "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
                           "@@ -10,5 +10,5 @@\n 10\n 11\n 12\n-13\n 14\n+15\n");
    free(first);
    free(diff);
    ys_lines_free(&golden);
    ys_lines_free(&produced);
}

Test(diffs, name_the_line_where_a_shorter_trace_ends)
{
    ys_lines golden = lines_of("a\nb\n");
    ys_lines produced = lines_of("a\n");
    char *first = NULL, *diff = NULL;
    cr_assert_not(ys_traces_compare(&golden, &produced, "g", "p", &first, &diff));
    cr_assert_str_eq(first, "line 2: golden \"b\", produced trace ends");
    cr_assert_str_eq(diff, "--- g\n+++ p\n@@ -1,2 +1 @@\n a\n-b\n");
    free(first);
    free(diff);
    ys_lines_free(&golden);
    ys_lines_free(&produced);
}

Test(diffs, find_identical_traces_identical)
{
    ys_lines golden = lines_of("a\nb\n");
    ys_lines produced = lines_of("a\nb\n");
    cr_assert(ys_traces_compare(&golden, &produced, "g", "p", NULL, NULL));
    ys_lines_free(&golden);
    ys_lines_free(&produced);
}

/* ---- expectations --------------------------------------------------------- */

static ys_expectations load_expectations_text(const char *text, int expected_rc, char **message)
{
    char *path = write_temp_file(text);
    ys_expectations e;
    *message = NULL;
    cr_assert_eq(ys_expectations_load(path, &e, message), expected_rc, "%s",
                 *message ? *message : "");
    unlink(path);
    free(path);
    return e;
}

Test(expectations, match_paths_and_globs_on_every_target_or_one)
{
    char *message;
    ys_expectations e = load_expectations_text("# known failures\n\n"
                                               "next/one: returns 2\n"
                                               "close/* python 3.13: close() returns None\n",
                                               0, &message);
    cr_assert_eq(e.count, 2);
    cr_assert_eq(ys_expectations_find(&e, "next/one", 11), &e.entries[0]);
    cr_assert_eq(ys_expectations_find(&e, "close/in_finally", 13), &e.entries[1]);
    cr_assert_null(ys_expectations_find(&e, "close/in_finally", 11));
    cr_assert_null(ys_expectations_find(&e, "next/two", 11));
    cr_assert_str_eq(e.entries[1].reason, "close() returns None");
    cr_assert_eq(e.entries[1].line, 4);
    ys_expectations_free(&e);
}

Test(expectations, are_empty_when_the_file_does_not_exist)
{
    ys_expectations e;
    char *message = NULL;
    cr_assert_eq(ys_expectations_load("/nonexistent/asm.txt", &e, &message), 0);
    cr_assert_eq(e.count, 0);
    ys_expectations_free(&e);
}

static void assert_expectation_rejected(const char *line, const char *problem)
{
    char *message;
    ys_expectations e = load_expectations_text(line, -1, &message);
    cr_assert(strstr(message, problem), "message \"%s\" lacks \"%s\"", message, problem);
    cr_assert(strstr(message, ":1: "), "message \"%s\" names no line", message);
    free(message);
    ys_expectations_free(&e);
}

Test(expectations, need_a_reason)
{
    assert_expectation_rejected("next/one:\n", "an expected failure needs a reason");
}

Test(expectations, need_the_colon)
{
    assert_expectation_rejected("next/one returns 2\n",
                                "expected \"<scenario or glob> [python 3.X] [crash|timeout|refusal]: "
                                "<reason>\"");
}

Test(expectations, record_a_crash_a_timeout_or_a_refusal_when_said_and_a_mismatch_otherwise)
{
    char *message;
    ys_expectations e = load_expectations_text("next/one: returns 2\n"
                                               "next/two crash: SIGSEGV in the library\n"
                                               "next/three python 3.12 timeout: loops\n"
                                               "next/four refusal: its compiler rejects the body\n",
                                               0, &message);
    cr_assert_eq(e.count, 4);
    cr_assert_eq(e.entries[0].fails_by, YS_FAILS_BY_MISMATCH);
    cr_assert_eq(e.entries[1].fails_by, YS_FAILS_BY_CRASH);
    cr_assert_eq(e.entries[1].python_minor, 0);
    cr_assert_eq(e.entries[2].fails_by, YS_FAILS_BY_TIMEOUT);
    cr_assert_eq(e.entries[2].python_minor, 12);
    cr_assert_eq(e.entries[3].fails_by, YS_FAILS_BY_REFUSAL);
    cr_assert_str_eq(ys_failure_kind_name(e.entries[1].fails_by), "crash");
    cr_assert_str_eq(ys_failure_kind_name(e.entries[3].fails_by), "refusal");
    ys_expectations_free(&e);
}

Test(expectations, refuse_an_unknown_way_of_failing)
{
    assert_expectation_rejected("next/one segfault: crashes\n", "[crash|timeout|refusal]");
    assert_expectation_rejected("next/one crash python 3.11: order matters\n", "[crash|timeout|refusal]");
    assert_expectation_rejected("next/one python 3.11 crash extra: one word\n", "[crash|timeout|refusal]");
}

Test(expectations, need_a_known_python_target)
{
    assert_expectation_rejected("next/one python 3.7: old\n",
                                "unknown python target (expected 3.8 to 3.13)");
}

Test(expectations, parse_python_targets_from_3_8_to_3_13)
{
    cr_assert_eq(ys_parse_python_target("3.8"), 8);
    cr_assert_eq(ys_parse_python_target("3.13"), 13);
    cr_assert_eq(ys_parse_python_target("3.7"), -1);
    cr_assert_eq(ys_parse_python_target("3.14"), -1);
    cr_assert_eq(ys_parse_python_target("3.11x"), -1);
    cr_assert_eq(ys_parse_python_target("2.7"), -1);
    cr_assert_eq(ys_parse_python_target("3."), -1);
}

/* ---- verdicts --------------------------------------------------------------- */

static ys_check_result check_with(const ys_scenario *sc, const char *expectations_text)
{
    char *message;
    ys_expectations e = load_expectations_text(expectations_text, 0, &message);
    char *path = ys_golden_path(SPEC_DIR, 11, sc->path);
    ys_lines golden;
    cr_assert_eq(ys_golden_load(path, sc->path, &golden, &message), YS_GOLDEN_OK, "%s", message);
    ys_check_result r;
    cr_assert_eq(ys_check_cell(sc, first_backend(), 11, &golden, path, NULL, 10, &e, &r), 0);
    r.expectation = NULL; /* the entries die with e */
    ys_lines_free(&golden);
    ys_expectations_free(&e);
    free(path);
    return r;
}

Test(verdicts, a_passing_scenario_passes)
{
    ys_check_result r = check_with(&fixture_every_drive_step_kind, "");
    cr_assert_eq(r.outcome, YS_OUTCOME_PASS);
    cr_assert_eq(r.verdict, YS_VERDICT_PASS);
    ys_check_result_free(&r);
}

Test(verdicts, an_unrecorded_mismatch_is_an_unexpected_failure_with_a_diff)
{
    ys_check_result r = check_with(&fixture_selftest_mismatched_yield, "");
    cr_assert_eq(r.outcome, YS_OUTCOME_MISMATCH);
    cr_assert_eq(r.verdict, YS_VERDICT_UNEXPECTED_FAILURE);
    cr_assert_str_eq(r.detail, "line 4: golden \"2 next g -> yield 1\", produced \"2 next g -> yield 2\"");
    cr_assert(strstr(r.diff, "\n-2 next g -> yield 1\n+2 next g -> yield 2\n"), "%s", r.diff);
    ys_check_result_free(&r);
}

Test(verdicts, a_recorded_mismatch_is_an_expected_failure)
{
    ys_check_result r = check_with(&fixture_selftest_mismatched_yield,
                                   "next/selftest_mismatched_yield: yields 2\n");
    cr_assert_eq(r.verdict, YS_VERDICT_EXPECTED_FAILURE);
    ys_check_result_free(&r);
}

Test(verdicts, a_crash_where_a_mismatch_was_recorded_is_a_new_failure)
{
    ys_check_result r = check_with(&fixture_selftest_crashing_body, "next/selftest_*: broken\n");
    cr_assert_eq(r.outcome, YS_OUTCOME_CRASH);
    cr_assert_eq(r.verdict, YS_VERDICT_UNEXPECTED_FAILURE);
    ys_check_result_free(&r);
}

Test(verdicts, a_recorded_crash_is_an_expected_failure)
{
    ys_check_result r = check_with(&fixture_selftest_crashing_body,
                                   "next/selftest_crashing_body crash: aborts\n");
    cr_assert_eq(r.outcome, YS_OUTCOME_CRASH);
    cr_assert_eq(r.verdict, YS_VERDICT_EXPECTED_FAILURE);
    ys_check_result_free(&r);
}

Test(verdicts, a_mismatch_where_a_crash_was_recorded_is_a_new_failure)
{
    ys_check_result r = check_with(&fixture_selftest_mismatched_yield,
                                   "next/selftest_mismatched_yield crash: thought to crash\n");
    cr_assert_eq(r.outcome, YS_OUTCOME_MISMATCH);
    cr_assert_eq(r.verdict, YS_VERDICT_UNEXPECTED_FAILURE);
    ys_check_result_free(&r);
}

Test(verdicts, a_pass_where_a_failure_was_recorded_is_an_unexpected_pass)
{
    ys_check_result r = check_with(&fixture_every_drive_step_kind, "misc/*: thought broken\n");
    cr_assert_eq(r.verdict, YS_VERDICT_UNEXPECTED_PASS);
    ys_check_result_free(&r);
}

Test(verdicts, a_missing_golden_trace_is_an_error)
{
    ys_expectations none = {0};
    ys_check_result r;
    cr_assert_eq(ys_check_cell(&fixture_selftest_missing_golden, first_backend(), 11, NULL,
                               "x.trace", "no golden trace: x.trace: No such file or directory",
                               10, &none, &r),
                 0);
    cr_assert_eq(r.outcome, YS_OUTCOME_ERROR);
    cr_assert_eq(r.verdict, YS_VERDICT_UNEXPECTED_FAILURE);
    cr_assert_str_eq(r.detail, "no golden trace: x.trace: No such file or directory");
    ys_check_result_free(&r);
}

Test(verdicts, a_missing_golden_trace_is_an_error_even_where_a_refusal_is_recorded)
{
    char *message;
    ys_expectations refused =
        load_expectations_text("next/* refusal: thought declined\n", 0, &message);
    ys_check_result r;
    cr_assert_eq(ys_check_cell(&fixture_selftest_missing_golden, first_backend(), 11, NULL,
                               "x.trace", "no golden trace: x.trace: No such file or directory",
                               10, &refused, &r),
                 0);
    cr_assert_eq(r.outcome, YS_OUTCOME_ERROR);
    cr_assert_eq(r.verdict, YS_VERDICT_UNEXPECTED_FAILURE);
    r.expectation = NULL; /* the entry dies with `refused` */
    ys_check_result_free(&r);
    ys_expectations_free(&refused);
}
