"""Every generator in a yield-from chain is running, so yield from the chain's outermost generator raises ValueError in the innermost, which can catch it whether the chain was resumed by next(), send() or throw() (CPython: test_yield_from.TestPEP380Operation.test_delegating_generators_claim_to_be_running)."""


class MyErr(Exception): pass


def two(top):
    try:
        yield 1
    except MyErr:
        emit("two caught MyErr")
    try:
        yield from top
    except ValueError as e:
        emit(e)
    try:
        yield 2
    except MyErr:
        emit("two caught MyErr again")


def one():
    try:
        me = yield 0
    except MyErr:
        emit("one caught MyErr")
        me = yield "send me"
    yield from two(me)
    try:
        yield 3
    except MyErr:
        emit("one caught MyErr at 3")


DRIVE = [
    ("new", "g", "one"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("new", "s", "one"),
    ("next", "s"),
    ("send", "s", "@s"),
    ("send", "s", 42),
    ("send", "s", 42),
    ("send", "s", 42),
    ("new", "t", "one"),
    ("next", "t"),
    ("throw", "t", "MyErr"),
    ("send", "t", "@t"),
    ("throw", "t", "MyErr"),
    ("throw", "t", "MyErr"),
    ("throw", "t", "MyErr"),
]
