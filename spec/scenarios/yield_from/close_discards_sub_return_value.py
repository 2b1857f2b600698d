"""When close() is forwarded through yield from and the subgenerator answers GeneratorExit by returning a value, the delegator still gets GeneratorExit and close() returns None."""


def inner():
    try:
        yield "inner"
    except GeneratorExit:
        emit("inner returns on exit")
        return "inner value"


def outer():
    try:
        r = yield from inner()
        emit("not reached")
        emit(r)
    finally:
        emit("outer finally")


DRIVE = [
    ("new", "g", "outer"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
