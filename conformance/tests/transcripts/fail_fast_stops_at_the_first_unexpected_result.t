# --fail-fast runs no cell after the first unexpected result: the failure is
# printed with its diff, the table counts only the cells that ran ("-": none
# ran), one line says how many were not run, and the run exits 1. The hanging
# scenario after the crashing one is not run on any backend, so its 30 s
# timeout costs nothing.
$ yieldspec check --scenario 'next/*' --scenario 'misc/*' --timeout 30 --fail-fast
| FAIL  stackless next/selftest_crashing_body: crash: killed by SIGABRT (Aborted)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by backend stackless
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_crashing_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
|
| category  stackless   ucontext        asm    threads
| misc            1/1          -          -          -
| next            0/1          -          -          -
| total           1/2          -          -          -
|
| stopped at the first unexpected result (--fail-fast): 18 of 20 cells not run
| FAILED: 1 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# An expected failure does not stop the run; a failure of another kind than the
# recorded one does.
$ yieldspec check --backend stackless --expectations $FIXTURES/expectations-known-crash --scenario 'next/selftest_[cm]*' --scenario 'pipelines/*' --fail-fast
| XFAIL stackless next/selftest_crashing_body: the fixture aborts on purpose ($FIXTURES/expectations-known-crash/stackless.txt:2)
| FAIL  stackless next/selftest_mismatched_yield: mismatch: line 4: golden "2 next g -> yield 1", produced "2 next g -> yield 2"
|       ($FIXTURES/expectations-known-crash/stackless.txt:3 expects a crash, not a mismatch)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by backend stackless
| @@ -1,5 +1,5 @@
|  yieldspec-trace 1
|  scenario next/selftest_mismatched_yield
|  1 new g = body()
| -2 next g -> yield 1
| +2 next g -> yield 2
|  3 release g -> ok
|
| category  stackless
| next            0/2
| total           0/2
|
| stopped at the first unexpected result (--fail-fast): 2 of 4 cells not run
| FAILED: 0 passed, 1 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# An unexpected pass stops it too.
$ yieldspec check --backend stackless --expectations $FIXTURES/expectations-known-failures --fail-fast
| XPASS stackless misc/every_drive_step_kind: passes, but $FIXTURES/expectations-known-failures/stackless.txt:4 expects a failure (recorded as failing on 3.11, but it passes)
|
| category      stackless
| finalization        2/2
| misc                1/1
| total               3/3
|
| stopped at the first unexpected result (--fail-fast): 5 of 8 cells not run
| FAILED: 3 passed, 0 expected failures, 0 unexpected failures, 1 unexpected passes (python 3.11)
? 1
# The report files list and count only the cells that ran; TAP and JSON say how
# many were not run.
$ yieldspec check --backend threads --backend asm --scenario 'misc/*' --scenario '*mismatched*' --scenario 'pipelines/*' --fail-fast --junit report.xml --tap report.tap --json report.json > /dev/null
? 1
$ cat report.tap
| TAP version 13
| 1..2
| ok 1 - threads misc/every_drive_step_kind [python 3.11]
| not ok 2 - threads next/selftest_mismatched_yield [python 3.11]
|   ---
|   outcome: mismatch
|   message: 'line 4: golden "2 next g -> yield 1", produced "2 next g -> yield 2"'
|   diff: |
|     --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
|     +++ produced by backend threads
|     @@ -1,5 +1,5 @@
|      yieldspec-trace 1
|      scenario next/selftest_mismatched_yield
|      1 new g = body()
|     -2 next g -> yield 1
|     +2 next g -> yield 2
|      3 release g -> ok
|   ...
| # stopped at the first unexpected result (--fail-fast): 4 of 6 cells not run
? 0
$ python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse("report.xml").getroot(); print(r.tag, r.get("tests"), r.get("failures"), r.get("errors")); [print(s.get("name"), s.get("tests")) for s in r.iter("testsuite")]; [print(c.get("classname"), c.get("name"), [e.tag for e in c]) for c in r.iter("testcase")]'
| testsuites 2 1 0
| threads python 3.11 2
| asm python 3.11 0
| threads.misc misc/every_drive_step_kind []
| threads.next next/selftest_mismatched_yield ['failure']
? 0
$ python3 -c 'import json; d = json.load(open("report.json")); print(d["summary"]); [print(r["backend"], r["scenario"], r["verdict"]) for r in d["results"]]'
| {'cells': 2, 'passed': 1, 'expected_failures': 0, 'unexpected_failures': 1, 'unexpected_passes': 0, 'not_run': 4}
| threads misc/every_drive_step_kind pass
| threads next/selftest_mismatched_yield unexpected-failure
? 0
# An implementation's cells: no new cell starts after the first unexpected
# result (one job here, so the hanging command after the crashing one never
# starts; with more jobs, cells already started finish and are reported).
$ yieldspec check --impls $FIXTURES/impls --impl misbehaving --scenario 'next/*' --jobs 1 --timeout 30 --fail-fast
| FAIL  misbehaving next/selftest_crashing_body: crash: killed by SIGSEGV (Segmentation fault)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by implementation misbehaving
| @@ -1,5 +0,0 @@
| -yieldspec-trace 1
| -scenario next/selftest_crashing_body
| -1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
|
| category  misbehaving
| next              0/1
| total             0/1
|
| stopped at the first unexpected result (--fail-fast): 3 of 4 cells not run
| FAILED: 0 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# A run without unexpected results is the same with and without --fail-fast.
$ yieldspec check --scenario 'misc/*' --scenario 'finalization/*' --tap plain.tap > plain.txt; yieldspec check --scenario 'misc/*' --scenario 'finalization/*' --tap fast.tap --fail-fast > fast.txt; echo "exit $?"; cmp plain.txt fast.txt && cmp plain.tap fast.tap && cat fast.txt
| exit 0
| category      stackless   ucontext        asm    threads
| finalization        2/2        2/2        2/2        2/2
| misc                1/1        1/1        1/1        1/1
| total               3/3        3/3        3/3        3/3
|
| OK: 12 passed, 0 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.11)
? 0
# --fail-fast takes no value and is given once.
$ yieldspec check --fail-fast=yes
! yieldspec: check: option --fail-fast takes no value
? 2
$ yieldspec check --fail-fast --fail-fast
! yieldspec: check: option --fail-fast given twice (one per run)
? 2
