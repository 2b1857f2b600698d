"""After close() failed because the generator yielded from its GeneratorExit handler, a second close() raises GeneratorExit at that new yield, outside the handler, and succeeds (CPython: test_generators doctest coroutine "Now let's try some ill-behaved generators")."""


def f():
    try:
        yield
    except GeneratorExit:
        yield "foo!"
    emit("never")


DRIVE = [
    ("new", "g", "f"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
    ("close", "g"),
    ("state", "g"),
]
