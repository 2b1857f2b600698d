# An implementation may decline a scenario (exit non-zero with a reason, as a
# compiler rejecting a construct does). Without an entry that is a failure:
$ yieldspec check --impls $FIXTURES/impls --impl declining --scenario next/selftest_mismatched_yield --scenario 'misc/*'
| FAIL  declining next/selftest_mismatched_yield: refusal: exit status 1: selftest_mismatched_yield.py:4: this implementation has no yield of that kind
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by implementation declining
| @@ -1,5 +0,0 @@
| -yieldspec-trace 1
| -scenario next/selftest_mismatched_yield
| -1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
|
| category  declining
| misc            1/1
| next            0/1
| total           1/2
|
| FAILED: 1 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
# An entry of kind `refusal` records it: the refusal is an expected failure,
# and a scenario recorded as declined that runs is an unexpected pass.
$ yieldspec check --impls $FIXTURES/impls --impl declining --scenario next/selftest_mismatched_yield --scenario 'misc/*' --expectations $FIXTURES/expectations-refusal
| XPASS declining misc/every_drive_step_kind: passes, but $FIXTURES/expectations-refusal/declining.txt:3 expects a failure (recorded as declined, but the fixture runs it)
| XFAIL declining next/selftest_mismatched_yield: the fixture declines it on purpose ($FIXTURES/expectations-refusal/declining.txt:2)
|
| category  declining
| misc            1/1
| next            0/1
| total           1/2
|
| FAILED: 1 passed, 1 expected failures, 0 unexpected failures, 1 unexpected passes (python 3.11)
? 1
# A refusal entry covers no other failure: a malformed trace is an error.
$ yieldspec check --impls $FIXTURES/impls --impl misbehaving --scenario next/selftest_mismatched_yield --expectations $FIXTURES/expectations-refusal
| FAIL  misbehaving next/selftest_mismatched_yield: error: malformed trace: trace printed by misbehaving:1: not a yieldspec trace: expected "yieldspec-trace 1", found "this is not a trace"
|       ($FIXTURES/expectations-refusal/misbehaving.txt:3 expects a refusal, not an error)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by implementation misbehaving
| @@ -1,5 +1 @@
| -yieldspec-trace 1
| -scenario next/selftest_mismatched_yield
| -1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| +this is not a trace
|
| category  misbehaving
| next              0/1
| total             0/1
|
| FAILED: 0 passed, 0 expected failures, 1 unexpected failures, 0 unexpected passes (python 3.11)
? 1
