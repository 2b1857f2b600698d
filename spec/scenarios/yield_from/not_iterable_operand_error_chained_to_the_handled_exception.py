"""The TypeError of a `yield from` over something not iterable, evaluated inside an except block, has the exception being handled there as its __context__, like any error raised in the body."""


def delegates_while_handling(operand):
    try:
        raise KeyError("being handled")
    except KeyError:
        yield from operand


def catches_the_typeerror():
    try:
        yield from delegates_while_handling(1)
    except TypeError as e:
        yield e
        yield e.__context__


DRIVE = [
    ("new", "g", "catches_the_typeerror"),
    ("next", "g"),
    ("next", "g"),
]
