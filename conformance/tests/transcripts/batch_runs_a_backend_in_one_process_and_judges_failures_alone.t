# --batch runs a backend's cells one after another in one process. A cell that does not pass
# there (a crash, a hang, a mismatch, an endless output, a missing golden trace) is judged
# again in a process of its own: the report is byte for byte the one without --batch.
$ yieldspec check --backend stackless --backend threads --timeout 0.5 >alone.txt; yieldspec check --batch --backend stackless --backend threads --timeout 0.5 >batch.txt; echo "exit status $?"; cmp alone.txt batch.txt && grep -c '^FAIL ' batch.txt && tail -n 1 batch.txt
| exit status 1
| 10
| FAILED: 6 passed, 0 expected failures, 10 unexpected failures, 0 unexpected passes (python 3.11)
? 0
# --batch is about the built-in backends' cells; it has nothing to do with --list or --impl.
$ yieldspec check --batch --list
! yieldspec: check: --batch says how cells run; --list runs none
? 2
$ yieldspec check --batch --impl pypy3
! yieldspec: check: --batch runs the backends' cells in one process; --impl pypy3 runs a command per cell
? 2
