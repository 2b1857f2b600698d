$ yieldspec trace --backend ucontext misc/every_drive_step_kind --python 3.13
| yieldspec-trace 1
| scenario misc/every_drive_step_kind
| 1 new g = echo("first", 10)
| 2 state g -> state GEN_CREATED
| 3 send g 1 -> raise TypeError("can't send non-None value to a just-started generator")
| 4 emit "first"
| 4 next g -> yield 10
| 5 emit "x\"y"
| 5 send g "x\"y" -> yield 11
| 6 new t = two()
| 7 emit <generator two>
| 7 send g @t -> yield 12
| 8 throw g KeyError("k") -> raise KeyError("k")
| 9 state g -> state GEN_CLOSED
| 10 new g = echo("second", -3)
| 11 emit "second"
| 11 next g -> yield -3
| 12 emit "caught Boom"
| 12 throw g Boom -> return -3
| 13 drain t -> yield 1
| 13 drain t -> yield 2
| 13 emit "two finally"
| 13 drain t -> return "done"
| 14 close t -> ok None
| 15 new p = polite()
| 16 next p -> yield "waiting"
| 17 close p -> ok "bye"
| 18 new u = two()
| 19 next u -> yield 1
| 20 new h = echo(@u, 0)
| 21 emit <generator two>
| 21 send h None -> yield 0
| 22 emit True
| 22 send h True -> yield 1
| 23 del u -> ok
| 24 close g -> ok None
| 25 release g -> ok
| 26 release t -> ok
| 27 release p -> ok
| 28 emit "two finally"
| 28 release h -> ok
? 0
# diff prints nothing and exits 0 when the traces are identical...
$ yieldspec diff --backend asm misc/every_drive_step_kind
? 0
# ...and a unified diff with exit status 1 when they differ.
$ yieldspec diff --backend threads next/selftest_mismatched_yield
| --- $FIXTURES/spec/traces/cpython-3.11/next/selftest_mismatched_yield.trace
| +++ produced by backend threads
| @@ -1,5 +1,5 @@
|  yieldspec-trace 1
|  scenario next/selftest_mismatched_yield
|  1 new g = body()
| -2 next g -> yield 1
| +2 next g -> yield 2
|  3 release g -> ok
? 1
# A crash still shows the lines written before it.
$ yieldspec trace --backend stackless next/selftest_crashing_body
| yieldspec-trace 1
| scenario next/selftest_crashing_body
| 1 new g = body()
! yieldspec: next/selftest_crashing_body on stackless: killed by SIGABRT (Aborted)
? 1
$ yieldspec list
| finalization/events_and_release_order	Finalization events belong to the step that dropped the last reference, and the end of DRIVE releases in first-binding order.
| finalization/yielded_generator_dropped_before_step_line	A generator yielded to the driver and held by nobody else is finalized when the driver drops it, so its events come before the step line.
| misc/every_drive_step_kind	Every kind of DRIVE step and literal is written to the trace the way TRACE.md says.
| next/selftest_crashing_body	Runner self-test: the C fixture of this scenario deliberately misbehaves (crashing body).
| next/selftest_hanging_body	Runner self-test: the C fixture of this scenario deliberately misbehaves (hanging body).
| next/selftest_mismatched_yield	Runner self-test: the C fixture of this scenario deliberately misbehaves (mismatched yield).
| next/selftest_missing_golden	Runner self-test: the C fixture of this scenario deliberately misbehaves (no golden trace).
| pipelines/selftest_flooding_body	Runner self-test: the C fixture of this scenario deliberately misbehaves (flooding body).
? 0
$ yieldspec list --scenario '*mismatched*'
| next/selftest_mismatched_yield	Runner self-test: the C fixture of this scenario deliberately misbehaves (mismatched yield).
? 0
$ yieldspec list --backends
| stackless	stackless
| ucontext	stackful
| asm	stackful
| threads	stackful
? 0
$ yieldspec --help
| usage: yieldspec <command> [options]
|
| Check C generator backends against CPython's generator semantics.
|
| commands:
|   check   run the conformance matrix (backend x scenario) against golden traces
|   list    list scenarios, or backends with --backends
|   trace   print the trace one scenario produces on one backend
|   diff    show golden vs produced trace of one scenario on one backend
|
| yieldspec <command> --help describes each command.
? 0
$ yieldspec check --help
| usage: yieldspec check [--backend B]... [--scenario GLOB]... [--python 3.X]
|                        [--junit FILE] [--tap FILE] [--json FILE]
|                        [--expectations DIR] [--spec-dir DIR] [--timeout SECONDS]
|                        [--fail-fast] [--batch] [--list]
|        yieldspec check --impl NAME [--impls DIR] [--jobs N] [--scenario GLOB]... [...]
|
| Run every selected scenario on every selected backend (default: all of both), each in
| its own process, and compare its trace with CPython's golden trace
| (SPEC-DIR/traces/cpython-3.X/<scenario>.trace, default python 3.11). Prints each
| failure with a diff and a table backend x category of passed/total. Exit status 0
| only when every result is what DIR/<backend>.txt expects: an unexpected failure and
| an unexpected pass both fail the run. --list prints the selection without running.
| --fail-fast runs no cell after the first unexpected result (cells already running
| finish); the table and the report files count only the cells that ran.
| --batch runs a backend's cells one after another in one process, for runs repeated
| thousands of times (mutation testing), where a process per cell costs more than the
| scenario: a pass there counts while the runtime is left as a fresh process has it;
| any other result is judged again in a process of its own, and that result counts.
|
| --impl NAME checks an external implementation instead (DIR/registry.txt, default
| conformance/impls: pypy3, cython, cpython-3.X): its command runs each scenario and
| prints the trace, N at a time (default: one per CPU), against the traces of the
| Python version it claims; expectations in DIR/NAME.txt; default timeout 60 s.
? 0
