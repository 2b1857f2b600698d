"""Every outcome kind and every canonical value form appears in one trace."""


class Oops(ValueError): pass


def values():
    yield 0
    yield -12
    yield None
    yield True
    yield False
    yield "a\"b\n\u00e9\t"
    try:
        raise Oops
    except Oops as e:
        yield e
    try:
        raise KeyError("k")
    except LookupError as e:
        yield e
    return "finished"


def helper_gen():
    yield 1


def gives_generator():
    yield helper_gen()


def stubborn():
    try:
        yield 1
    finally:
        yield 2


def failing():
    yield 1
    raise Oops(7)


DRIVE = [
    ("new", "v", "values"),
    ("drain", "v"),
    ("state", "v"),
    ("new", "h", "gives_generator"),
    ("next", "h"),
    ("new", "s", "stubborn"),
    ("next", "s"),
    ("del", "s"),
    ("new", "f", "failing"),
    ("next", "f"),
    ("next", "f"),
    ("close", "f"),
    ("new", "w", "stubborn"),
    ("next", "w"),
    ("close", "w"),
]
