"""g.throw(type, value, tb) is passed down a yield from chain unchanged: a bad traceback is refused in the innermost generator, and that TypeError is raised in its delegator at the yield from; GeneratorExit given as a type closes the subgenerator first."""


def sub():
    try:
        yield "sub"
        yield "sub again"
    finally:
        emit("sub finally")


def delegator():
    while True:
        try:
            yield from sub()
        except TypeError as e:
            emit(e)
        except GeneratorExit:
            emit("delegator closing")
            return "closed"


DRIVE = [
    ("new", "g", "delegator"),
    ("next", "g"),
    ("throw_value", "g", "ValueError", "bad traceback", "not a traceback"),
    ("throw_value", "g", "GeneratorExit", "exit"),
    ("state", "g"),
]
