"""throw(GeneratorExit) into a suspended generator is an ordinary throw: finally blocks run and GeneratorExit propagates out of throw()."""


def body():
    try:
        yield 1
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("throw", "g", "GeneratorExit"),
    ("state", "g"),
]
