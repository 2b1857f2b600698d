# Report files are written whatever happens to stdout, and a write error on
# stdout fails the run (exit 2) even when every result is as expected.
# stdout a pipe whose reader is gone: no death by SIGPIPE before --junit is written.
$ python3 -c 'import os, subprocess, sys; r, w = os.pipe(); os.close(r); sys.exit(subprocess.call(sys.argv[1:], stdout=w))' yieldspec check --backend stackless --scenario 'pipelines/*' --timeout 0.3 --junit closed.xml --json closed.json
! yieldspec: cannot write standard output: Broken pipe
? 2
$ python3 -c 'import json, xml.etree.ElementTree as E; print(E.parse("closed.xml").getroot().get("tests"), "test in closed.xml;", json.load(open("closed.json"))["summary"]["cells"], "cell in closed.json")'
| 1 test in closed.xml; 1 cell in closed.json
? 0
# stdout on a full device: the passing run fails, and its reports are written.
$ yieldspec check --backend stackless --scenario 'misc/*' --junit full.xml --tap full.tap > /dev/full
! yieldspec: cannot write standard output: No space left on device
? 2
$ grep -c '^ok' full.tap
| 1
? 0
# The same for the other commands that print.
$ yieldspec list > /dev/full
! yieldspec: cannot write standard output: No space left on device
? 2
$ yieldspec trace --backend stackless misc/every_drive_step_kind > /dev/full
! yieldspec: cannot write standard output: No space left on device
? 2
