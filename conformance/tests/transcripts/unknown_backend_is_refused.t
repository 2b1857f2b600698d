# A backend name that is not registered is a usage error (exit 2), naming the known ones.
$ yieldspec check --backend nope
! yieldspec: unknown backend "nope" (known: stackless, ucontext, asm, threads)
? 2
$ yieldspec trace --backend fibers misc/every_drive_step_kind
! yieldspec: unknown backend "fibers" (known: stackless, ucontext, asm, threads)
? 2
# trace and diff run one backend: it must be named.
$ yieldspec trace misc/every_drive_step_kind
! yieldspec: trace: name exactly one --backend
? 2
