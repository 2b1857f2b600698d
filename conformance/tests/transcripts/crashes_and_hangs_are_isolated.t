# Each scenario runs in its own process: a crash is reported with its signal,
# a hang is killed at the timeout, and every other scenario still runs.
$ yieldspec check --scenario 'next/*' --scenario 'misc/*' --timeout 0.5
| FAIL  stackless next/selftest_crashing_body: crash: killed by SIGABRT (Aborted)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by backend stackless
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_crashing_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  stackless next/selftest_hanging_body: timeout: timed out after 0.5 s
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_hanging_body.trace
| +++ produced by backend stackless
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_hanging_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
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
| FAIL  stackless next/selftest_missing_golden: error: no golden trace: $FIXTURES/spec/traces/cpython-3.11/next/selftest_missing_golden.trace: No such file or directory
| FAIL  ucontext next/selftest_crashing_body: crash: killed by SIGABRT (Aborted)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by backend ucontext
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_crashing_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  ucontext next/selftest_hanging_body: timeout: timed out after 0.5 s
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_hanging_body.trace
| +++ produced by backend ucontext
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_hanging_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  ucontext next/selftest_mismatched_yield: mismatch: line 4: golden "2 next g -> yield 1", produced "2 next g -> yield 2"
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by backend ucontext
| @@ -1,5 +1,5 @@
|  yieldspec-trace 1
|  scenario next/selftest_mismatched_yield
|  1 new g = body()
| -2 next g -> yield 1
| +2 next g -> yield 2
|  3 release g -> ok
| FAIL  ucontext next/selftest_missing_golden: error: no golden trace: $FIXTURES/spec/traces/cpython-3.11/next/selftest_missing_golden.trace: No such file or directory
| FAIL  asm next/selftest_crashing_body: crash: killed by SIGABRT (Aborted)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by backend asm
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_crashing_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  asm next/selftest_hanging_body: timeout: timed out after 0.5 s
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_hanging_body.trace
| +++ produced by backend asm
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_hanging_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  asm next/selftest_mismatched_yield: mismatch: line 4: golden "2 next g -> yield 1", produced "2 next g -> yield 2"
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by backend asm
| @@ -1,5 +1,5 @@
|  yieldspec-trace 1
|  scenario next/selftest_mismatched_yield
|  1 new g = body()
| -2 next g -> yield 1
| +2 next g -> yield 2
|  3 release g -> ok
| FAIL  asm next/selftest_missing_golden: error: no golden trace: $FIXTURES/spec/traces/cpython-3.11/next/selftest_missing_golden.trace: No such file or directory
| FAIL  threads next/selftest_crashing_body: crash: killed by SIGABRT (Aborted)
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_crashing_body.trace
| +++ produced by backend threads
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_crashing_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  threads next/selftest_hanging_body: timeout: timed out after 0.5 s
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_hanging_body.trace
| +++ produced by backend threads
| @@ -1,5 +1,3 @@
|  yieldspec-trace 1
|  scenario next/selftest_hanging_body
|  1 new g = body()
| -2 next g -> yield 1
| -3 release g -> ok
| FAIL  threads next/selftest_mismatched_yield: mismatch: line 4: golden "2 next g -> yield 1", produced "2 next g -> yield 2"
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by backend threads
| @@ -1,5 +1,5 @@
|  yieldspec-trace 1
|  scenario next/selftest_mismatched_yield
|  1 new g = body()
| -2 next g -> yield 1
| +2 next g -> yield 2
|  3 release g -> ok
| FAIL  threads next/selftest_missing_golden: error: no golden trace: $FIXTURES/spec/traces/cpython-3.11/next/selftest_missing_golden.trace: No such file or directory
|
| category  stackless   ucontext        asm    threads
| misc            1/1        1/1        1/1        1/1
| next            0/4        0/4        0/4        0/4
| total           1/5        1/5        1/5        1/5
|
| FAILED: 4 passed, 0 expected failures, 16 unexpected failures, 0 unexpected passes (python 3.11)
? 1
