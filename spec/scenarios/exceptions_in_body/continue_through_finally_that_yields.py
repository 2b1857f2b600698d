"""continue inside a try in a loop runs a finally that yields, suspending there; resuming finishes the finally and goes on with the next iteration (CPython: test_generators doctest syntax, SF bug 567538)."""


def f():
    for i in range(3):
        try:
            continue
        finally:
            yield i


DRIVE = [
    ("new", "g", "f"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
]
