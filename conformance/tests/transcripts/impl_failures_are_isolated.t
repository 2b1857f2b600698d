# An implementation command that crashes, hangs or prints something that is not
# a trace: one line per cell says so, every other scenario still runs and
# passes, and the run exits 1.
$ yieldspec check --impls $FIXTURES/impls --impl misbehaving --scenario 'next/*' --scenario 'misc/*' --timeout 2
| FAIL  misbehaving next/selftest_crashing_body: crash: killed by SIGSEGV (Segmentation fault)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by implementation misbehaving
| @@ -1,5 +0,0 @@
| -yieldspec-trace 1
| -scenario next/selftest_crashing_body
| -1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  misbehaving next/selftest_hanging_body: timeout: timed out after 2 s
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_hanging_body.trace
| +++ produced by implementation misbehaving
| @@ -1,5 +0,0 @@
| -yieldspec-trace 1
| -scenario next/selftest_hanging_body
| -1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  misbehaving next/selftest_mismatched_yield: error: malformed trace: trace printed by misbehaving:1: not a yieldspec trace: expected "yieldspec-trace 1", found "this is not a trace"
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by implementation misbehaving
| @@ -1,5 +1 @@
| -yieldspec-trace 1
| -scenario next/selftest_mismatched_yield
| -1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| +this is not a trace
| FAIL  misbehaving next/selftest_missing_golden: error: no golden trace: $FIXTURES/spec/traces/cpython-3.11/next/selftest_missing_golden.trace: No such file or directory
|
| category  misbehaving
| misc              1/1
| next              0/4
| total             1/5
|
| FAILED: 1 passed, 0 expected failures, 4 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# A command that does not exist, or cannot say which Python it implements: every
# cell is an error naming the reason.
$ yieldspec check --impls $FIXTURES/impls --impl missing --scenario 'misc/*'
| FAIL  missing misc/every_drive_step_kind: error: missing --python-version: cannot run "$FIXTURES/impls/no_such_command": No such file or directory
|
| category    missing
| misc            0/1
| total           0/1
|
| FAILED: 0 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
$ yieldspec check --impls $FIXTURES/impls --impl silent --scenario 'misc/*' --tap report.tap
| FAIL  silent misc/every_drive_step_kind: error: silent --python-version: exit status 3: I do not know which Python I am
|
| category     silent
| misc            0/1
| total           0/1
|
| FAILED: 0 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
$ cat report.tap
| TAP version 13
| 1..1
| not ok 1 - silent misc/every_drive_step_kind [python 3.11]
|   ---
|   outcome: error
|   message: 'silent --python-version: exit status 3: I do not know which Python I am'
|   ...
? 0
