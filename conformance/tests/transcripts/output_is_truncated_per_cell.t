# A scenario that emits without end until the timeout: each cell keeps the first
# 1000 lines of its trace (the rest is read and dropped), and the table, JUnit,
# TAP and JSON reports all say that the output was cut.
$ yieldspec check --scenario 'pipelines/*' --timeout 0.5 --junit flood.xml --tap flood.tap --json flood.json > flood.txt
? 1
$ grep '^FAIL' flood.txt
| FAIL  stackless pipelines/selftest_flooding_body: timeout: timed out after 0.5 s; output truncated after 1000 lines
| FAIL  ucontext pipelines/selftest_flooding_body: timeout: timed out after 0.5 s; output truncated after 1000 lines
| FAIL  asm pipelines/selftest_flooding_body: timeout: timed out after 0.5 s; output truncated after 1000 lines
| FAIL  threads pipelines/selftest_flooding_body: timeout: timed out after 0.5 s; output truncated after 1000 lines
| FAILED: 0 passed, 0 expected failures, 4 unexpected failures, 0 unexpected passes (python 3.11)
? 0
$ grep -c '^+2 emit "again"$' flood.txt
| 3988
? 0
$ for f in flood.xml flood.tap flood.json; do echo "$f: $(grep -c 'output truncated after 1000 lines' $f) cells say truncated"; done
| flood.xml: 4 cells say truncated
| flood.tap: 4 cells say truncated
| flood.json: 4 cells say truncated
? 0
$ python3 -c 'import os, sys; big = [f for f in sys.argv[1:] if os.path.getsize(f) > 512 * 1024]; print("over 512 KiB:", big or "none")' flood.txt flood.xml flood.tap flood.json
| over 512 KiB: none
? 0
# trace prints the kept lines and says on stderr that the rest was dropped.
$ yieldspec trace --backend asm pipelines/selftest_flooding_body --timeout 0.5 > trace.txt; status=$?; wc -l < trace.txt; tail -n 1 trace.txt; exit $status
| 1000
| 2 emit "again"
! yieldspec: pipelines/selftest_flooding_body on asm: timed out after 0.5 s
! yieldspec: pipelines/selftest_flooding_body on asm: output truncated after 1000 lines
? 1
