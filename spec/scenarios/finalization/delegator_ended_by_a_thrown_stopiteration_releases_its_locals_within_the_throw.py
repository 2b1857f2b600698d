"""A generator that a StopIteration thrown at its `yield from` ends (a return on 3.12+, PEP 479's RuntimeError before) releases its locals before the throw returns, so a subgenerator it held is finalized within that step."""


def delegator(unused_a, unused_b):
    held = holding(holding(2))
    next(held)
    yield from range(5, 2, -2)


def holding(inner):
    try:
        received = yield next(inner)
    finally:
        received_in_finally = yield ()


DRIVE = [
    ("new", "g", "delegator", -1, 1),
    ("next", "g"),
    ("throw", "g", "StopIteration", 8),
]
