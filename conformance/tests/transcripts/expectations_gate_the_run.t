# Without an expectation a mismatch is an unexpected failure: reported with a
# unified diff (golden vs produced) and exit status 1.
$ yieldspec check --backend stackless --scenario next/selftest_mismatched_yield
| FAIL  stackless next/selftest_mismatched_yield: mismatch: line 4: golden "2 next g -> yield 1", produced "2 next g -> yield 2"
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
| next            0/1
| total           0/1
|
| FAILED: 0 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# A recorded mismatch is an expected failure: the run passes.
$ yieldspec check --backend stackless --scenario next/selftest_mismatched_yield --expectations $FIXTURES/expectations-known-failures
| XFAIL stackless next/selftest_mismatched_yield: the fixture yields 2 on purpose ($FIXTURES/expectations-known-failures/stackless.txt:2)
|
| category  stackless
| next            0/1
| total           0/1
|
| OK: 0 passed, 1 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.11)
? 0
# A crash where a mismatch was recorded is a new failure, and a recorded
# failure that passes is an unexpected pass: both fail the run.
$ yieldspec check --backend stackless --scenario 'next/selftest_[mc]*' --scenario 'misc/*' --expectations $FIXTURES/expectations-known-failures
| XPASS stackless misc/every_drive_step_kind: passes, but $FIXTURES/expectations-known-failures/stackless.txt:4 expects a failure (recorded as failing on 3.11, but it passes)
| FAIL  stackless next/selftest_crashing_body: crash: killed by SIGABRT (Aborted)
|       ($FIXTURES/expectations-known-failures/stackless.txt:3 expects a mismatch, not a crash)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by backend stackless
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_crashing_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| XFAIL stackless next/selftest_mismatched_yield: the fixture yields 2 on purpose ($FIXTURES/expectations-known-failures/stackless.txt:2)
| FAIL  stackless next/selftest_missing_golden: error: no golden trace: $FIXTURES/spec/traces/cpython-3.11/next/selftest_missing_golden.trace: No such file or directory
|
| category  stackless
| misc            1/1
| next            0/3
| total           1/4
|
| FAILED: 1 passed, 1 expected failures, 2 unexpected failures, 1 unexpected passes (python 3.11)
? 1
# An entry may record a crash (or a timeout) instead of a mismatch; the way a
# scenario fails is part of the record, so a mismatch recorded as a crash is
# a new failure.
$ yieldspec check --backend stackless --scenario next/selftest_crashing_body --scenario next/selftest_mismatched_yield --expectations $FIXTURES/expectations-known-crash
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
| FAILED: 0 passed, 1 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# The entry for 3.11 does not cover 3.13.
$ yieldspec check --backend stackless --scenario 'misc/*' --expectations $FIXTURES/expectations-known-failures --python 3.13
| category  stackless
| misc            1/1
| total           1/1
|
| OK: 1 passed, 0 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.13)
? 0
# An entry matching no scenario is stale, a malformed entry is refused: exit 2.
$ yieldspec check --backend stackless --expectations $FIXTURES/expectations-stale
! yieldspec: $FIXTURES/expectations-stale/stackless.txt:2: "next/renamed_long_ago" matches no scenario (stale entry?)
? 2
$ yieldspec check --backend stackless --expectations $FIXTURES/expectations-malformed
! yieldspec: $FIXTURES/expectations-malformed/stackless.txt:2: unknown python target (expected 3.8 to 3.13)
? 2
$ yieldspec check --expectations $FIXTURES/no-such-dir
! yieldspec: expectations directory $FIXTURES/no-such-dir does not exist
? 2
