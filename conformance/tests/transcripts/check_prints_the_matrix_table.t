# `check` runs every selected scenario on every backend and prints the table
# backend x category of passed/total, then the verdict; exit status 0.
$ yieldspec check --scenario 'misc/*' --scenario 'finalization/*'
| category      stackless   ucontext        asm    threads
| finalization        2/2        2/2        2/2        2/2
| misc                1/1        1/1        1/1        1/1
| total               3/3        3/3        3/3        3/3
|
| OK: 12 passed, 0 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.11)
? 0
# The target selects the golden traces and the runtime's semantics together
# (close() returns the generator's return value from 3.13 on).
$ yieldspec check --scenario 'misc/*' --scenario 'finalization/*' --python 3.13
| category      stackless   ucontext        asm    threads
| finalization        2/2        2/2        2/2        2/2
| misc                1/1        1/1        1/1        1/1
| total               3/3        3/3        3/3        3/3
|
| OK: 12 passed, 0 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.13)
? 0
# --list shows the selection without running it.
$ yieldspec check --list --backend asm --scenario '*selftest_[mh]*'
| asm next/selftest_hanging_body
| asm next/selftest_mismatched_yield
| asm next/selftest_missing_golden
? 0
# Report files for CI: JUnit XML, TAP and JSON, written only when complete.
$ yieldspec check --backend threads --scenario 'misc/*' --scenario '*mismatched*' --junit report.xml --tap report.tap --json report.json > /dev/null
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
? 0
$ python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse("report.xml").getroot(); print(r.tag, r.get("tests"), r.get("failures"), r.get("errors")); [print(c.get("classname"), c.get("name"), [e.tag for e in c]) for c in r.iter("testcase")]'
| testsuites 2 1 0
| threads.misc misc/every_drive_step_kind []
| threads.next next/selftest_mismatched_yield ['failure']
? 0
$ python3 -c 'import json; d = json.load(open("report.json")); print(d["python"], d["summary"]); [print(r["backend"], r["scenario"], r["target"], r["outcome"], r["verdict"], r["expected"]) for r in d["results"]]'
| 3.11 {'cells': 2, 'passed': 1, 'expected_failures': 0, 'unexpected_failures': 1, 'unexpected_passes': 0, 'not_run': 0}
| threads misc/every_drive_step_kind 3.11 pass pass True
| threads next/selftest_mismatched_yield 3.11 mismatch unexpected-failure False
? 0
$ ls
| report.json
| report.tap
| report.xml
? 0
