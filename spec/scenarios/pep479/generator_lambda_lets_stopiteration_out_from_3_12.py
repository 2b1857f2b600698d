"""A StopIteration raised in a generator lambda's body or thrown into it becomes RuntimeError up to CPython 3.11, and from 3.12 leaves the lambda as it is, as a return of its value, because 3.12 compiles no PEP 479 guard into lambdas."""


def exhausted():
    return
    yield


first_of = lambda g: (yield next(g))
echo = lambda: (yield "ready")


def first_of_def(g):
    yield next(g)


DRIVE = [
    ("new", "e", "exhausted"),
    ("new", "g", "first_of", "@e"),
    ("next", "g"),
    ("new", "h", "echo"),
    ("next", "h"),
    ("throw", "h", "StopIteration", 3),
    ("new", "e", "exhausted"),
    ("new", "d", "first_of_def", "@e"),
    ("next", "d"),
]
