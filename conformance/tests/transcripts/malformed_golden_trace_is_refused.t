# Golden traces are validated before anything runs: a malformed one stops the
# run with a one-line error naming the file and line (exit 2).
$ yieldspec check --spec-dir $FIXTURES/spec-malformed --scenario misc/every_drive_step_kind
! yieldspec: malformed golden trace: $FIXTURES/spec-malformed/traces/cpython-3.11/misc/every_drive_step_kind.trace:1: trace format version "2" is not supported (this yieldspec reads version 1)
? 2
$ yieldspec check --spec-dir $FIXTURES/spec-malformed --scenario 'finalization/*'
! yieldspec: malformed golden trace: $FIXTURES/spec-malformed/traces/cpython-3.11/finalization/events_and_release_order.trace:2: expected "scenario finalization/events_and_release_order", found "scenario finalization/another_scenario"
? 2
$ yieldspec diff --spec-dir $FIXTURES/spec-malformed --backend stackless misc/every_drive_step_kind
! yieldspec: malformed golden trace: $FIXTURES/spec-malformed/traces/cpython-3.11/misc/every_drive_step_kind.trace:1: trace format version "2" is not supported (this yieldspec reads version 1)
? 2
# A scenario without a golden trace is a failure of that scenario, not of the run.
$ yieldspec check --backend stackless --scenario next/selftest_missing_golden
| FAIL  stackless next/selftest_missing_golden: error: no golden trace: $FIXTURES/spec/traces/cpython-3.11/next/selftest_missing_golden.trace: No such file or directory
|
| category  stackless
| next            0/1
| total           0/1
|
| FAILED: 0 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# A golden trace that no compiled scenario produces is refused when the whole
# corpus is checked: a scenario the build lost must not vanish silently.
$ yieldspec check --spec-dir $FIXTURES/spec-uncompiled
! yieldspec: golden trace $FIXTURES/spec-uncompiled/traces/cpython-3.11/next/renamed_scenario.trace has no compiled scenario "next/renamed_scenario"
? 2
