# A scenario glob matching nothing is an error, not an empty successful run.
$ yieldspec check --scenario 'nope/*'
! yieldspec: no scenario matches "nope/*" (see yieldspec list)
? 2
$ yieldspec trace --backend stackless next/nope
! yieldspec: unknown scenario "next/nope" (see yieldspec list)
? 2
$ yieldspec diff --backend stackless next/nope
! yieldspec: unknown scenario "next/nope" (see yieldspec list)
? 2
# A target without golden traces in the spec dir is refused too.
$ yieldspec check --python 3.9
! yieldspec: no golden traces for python 3.9: $FIXTURES/spec/traces/cpython-3.9 is not a directory
? 2
