"""While a delegate runs under yield from, the delegating generator is GEN_RUNNING and cannot be resumed."""


def inner():
    outer_gen = yield "inner ready"
    emit(state(outer_gen))
    try:
        next(outer_gen)
    except ValueError as e:
        emit(e)
    outer_gen = None
    yield "inner again"
    return "inner done"


def outer(sub):
    r = yield from sub
    emit(r)
    yield "outer after"


DRIVE = [
    ("new", "h", "inner"),
    ("new", "g", "outer", "@h"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "h"),
    ("drain", "g"),
]
