# --impl NAME checks an external implementation: its command runs each
# scenario and prints the trace, judged against the golden traces of the
# Python version it claims. CPython 3.11 through the oracle is the sanity row.
$ yieldspec check --impl cpython-3.11 --scenario 'misc/*' --scenario 'finalization/*' --scenario '*mismatched*' --jobs 2 --json report.json
| category      cpython-3.11
| finalization           2/2
| misc                   1/1
| next                   1/1
| total                  4/4
|
| OK: 4 passed, 0 expected failures, 0 unexpected failures, 0 unexpected passes (python 3.11)
? 0
$ python3 -c 'import json; d = json.load(open("report.json")); print(d["python"], d["backends"], d["summary"])'
| 3.11 ['cpython-3.11'] {'cells': 4, 'passed': 4, 'expected_failures': 0, 'unexpected_failures': 0, 'unexpected_passes': 0, 'not_run': 0}
? 0
# --list shows the selection without running anything.
$ yieldspec check --impl pypy3 --list --scenario 'misc/*'
| pypy3 misc/every_drive_step_kind
? 0
# One implementation per run, checked against the version it claims.
$ yieldspec check --impls $FIXTURES/impls --impl nope
! yieldspec: unknown implementation "nope" (known: misbehaving, missing, silent, declining; see $FIXTURES/impls/registry.txt)
? 2
$ yieldspec check --impl pypy3 --impl cython
! yieldspec: check: option --impl given twice (one per run)
? 2
$ yieldspec check --impl pypy3 --backend asm
! yieldspec: check: --impl and --backend exclude each other
? 2
$ yieldspec check --impl pypy3 --python 3.13
! yieldspec: check: --impl pypy3 is checked against the Python version it claims; --python does not apply
? 2
$ yieldspec check --backend asm --jobs 2
! yieldspec: check: --jobs runs implementation commands in parallel; it needs --impl
? 2
$ yieldspec check --impl pypy3 --jobs 0
! yieldspec: --jobs needs a number of parallel runs from 1 to 1024, not "0"
? 2
$ yieldspec check --impl pypy3 --impls $TMP/nowhere
! yieldspec: $TMP/nowhere/registry.txt: No such file or directory
? 2
