# Unknown options, options of another command, missing values, repeated
# single-value options and bad targets: exit 2.
$ yieldspec check --frobnicate
! yieldspec: check: unknown option "--frobnicate" (see yieldspec check --help)
? 2
$ yieldspec list --python 3.11
! yieldspec: list: unknown option "--python" (see yieldspec list --help)
? 2
$ yieldspec check --junit
! yieldspec: check: option --junit needs a value
? 2
$ yieldspec check --python 3.7
! yieldspec: unknown python target "3.7" (expected 3.8 to 3.13)
? 2
$ yieldspec check --python eleven
! yieldspec: unknown python target "eleven" (expected 3.8 to 3.13)
? 2
$ yieldspec check --python 3.11 --python 3.13
! yieldspec: check: option --python given twice (one per run)
? 2
$ yieldspec check --json a.json --json=b.json
! yieldspec: check: option --json given twice (one per run)
? 2
$ yieldspec check --timeout -1
! yieldspec: --timeout needs a number of seconds above 0 and at most 86400, not "-1"
? 2
$ yieldspec check stray-argument
! yieldspec: check: unexpected argument "stray-argument" (see yieldspec check --help)
? 2
$ yieldspec frobnicate
! yieldspec: unknown command "frobnicate" (commands: check, list, trace, diff)
? 2
$ yieldspec
! usage: yieldspec <command> [options]
!
! Check C generator backends against CPython's generator semantics.
!
! commands:
!   check   run the conformance matrix (backend x scenario) against golden traces
!   list    list scenarios, or backends with --backends
!   trace   print the trace one scenario produces on one backend
!   diff    show golden vs produced trace of one scenario on one backend
!
! yieldspec <command> --help describes each command.
? 2
