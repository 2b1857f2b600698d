# A timeout must be a number of seconds above 0 and at most a day: infinity,
# huge values and NaN are refused before anything runs.
$ yieldspec check --timeout inf
! yieldspec: --timeout needs a number of seconds above 0 and at most 86400, not "inf"
? 2
$ yieldspec check --timeout 1e300
! yieldspec: --timeout needs a number of seconds above 0 and at most 86400, not "1e300"
? 2
$ yieldspec trace --backend stackless misc/every_drive_step_kind --timeout nan
! yieldspec: --timeout needs a number of seconds above 0 and at most 86400, not "nan"
? 2
$ yieldspec check --backend stackless --scenario 'misc/*' --timeout 86400
| category  stackless
| misc            1/1
| total           1/1
|
| OK: 1 passed, 0 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.11)
? 0
# A report file in a missing folder, or that is a folder, stops the run before
# the matrix runs (no table saying OK, then an error).
$ yieldspec check --backend stackless --scenario 'misc/*' --junit no-such-dir/out.xml
! yieldspec: cannot write --junit no-such-dir/out.xml: no directory no-such-dir
? 2
$ yieldspec check --backend stackless --scenario 'misc/*' --tap .
! yieldspec: cannot write --tap .: it is a directory
? 2
$ yieldspec check --backend stackless --scenario 'misc/*' --json out.json --tap missing/out.tap; echo "exit $?; files here: $(ls -A)"
| exit 2; files here:
! yieldspec: cannot write --tap missing/out.tap: no directory missing
? 0
# An expectations entry repeating an earlier one (for every target, or the same
# target) would never be used: refused with both lines.
$ mkdir duplicates && printf '# known\nnext/selftest_mismatched_yield: yields 2\nnext/selftest_mismatched_yield python 3.11: yields 2 again\n' > duplicates/stackless.txt && yieldspec check --backend stackless --expectations duplicates
! yieldspec: duplicates/stackless.txt:3: duplicate entry: line 2 already covers "next/selftest_mismatched_yield"
? 2
$ printf 'next/selftest_mismatched_yield python 3.13: on 3.13\nnext/selftest_mismatched_yield python 3.13: twice\n' > duplicates/stackless.txt && yieldspec check --backend stackless --expectations duplicates
! yieldspec: duplicates/stackless.txt:2: duplicate entry: line 1 already covers "next/selftest_mismatched_yield" for that python target
? 2
$ printf 'next/selftest_mismatched_yield python 3.13: on 3.13\nnext/selftest_mismatched_yield python 3.11: on 3.11\n' > duplicates/stackless.txt && yieldspec check --backend stackless --scenario next/selftest_mismatched_yield --expectations duplicates
| XFAIL stackless next/selftest_mismatched_yield: on 3.11 (duplicates/stackless.txt:2)
|
| category  stackless
| next            0/1
| total           0/1
|
| OK: 0 passed, 1 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.11)
? 0
# A golden trace path that is a directory is named as such (not "Input/output error").
$ mkdir -p spec/traces/cpython-3.11/misc/every_drive_step_kind.trace && yieldspec check --spec-dir spec --backend stackless --scenario misc/every_drive_step_kind
! yieldspec: malformed golden trace: spec/traces/cpython-3.11/misc/every_drive_step_kind.trace: a directory, not a golden trace file
? 2
$ yieldspec diff --spec-dir spec --backend stackless misc/every_drive_step_kind
! yieldspec: malformed golden trace: spec/traces/cpython-3.11/misc/every_drive_step_kind.trace: a directory, not a golden trace file
? 2
