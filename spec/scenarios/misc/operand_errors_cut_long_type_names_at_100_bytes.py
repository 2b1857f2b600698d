"""Unsupported operands of a binary operator or a comparison, and the non-iterator an __iter__ returned, are named by their type cut to its first 100 bytes, as CPython's '%.100s' formats do in every version."""


class To010xxxxxTo020xxxxxTo030xxxxxTo040xxxxxTo050xxxxxTo060xxxxxTo070xxxxxTo080xxxxxTo090xxxxxTo100xxxxxTo110xxxxxTo120xxxxxTo130xxxxxTo140xxxxxTo150xxxxxTo160xxxxxTo170xxxxxTo180xxxxxTo190xxxxxTo200xxxxxTo210xxxxxTo220xxxxx:
    def __init__(self):
        self.a = 1


class Returner:
    def __iter__(self):
        return To010xxxxxTo020xxxxxTo030xxxxxTo040xxxxxTo050xxxxxTo060xxxxxTo070xxxxxTo080xxxxxTo090xxxxxTo100xxxxxTo110xxxxxTo120xxxxxTo130xxxxxTo140xxxxxTo150xxxxxTo160xxxxxTo170xxxxxTo180xxxxxTo190xxxxxTo200xxxxxTo210xxxxxTo220xxxxx()


def operands():
    x = To010xxxxxTo020xxxxxTo030xxxxxTo040xxxxxTo050xxxxxTo060xxxxxTo070xxxxxTo080xxxxxTo090xxxxxTo100xxxxxTo110xxxxxTo120xxxxxTo130xxxxxTo140xxxxxTo150xxxxxTo160xxxxxTo170xxxxxTo180xxxxxTo190xxxxxTo200xxxxxTo210xxxxxTo220xxxxx()
    try:
        yield x - x
    except TypeError as e:
        emit(e)
    try:
        yield x - 1
    except TypeError as e:
        emit(e)
    try:
        yield x < x
    except TypeError as e:
        emit(e)
    try:
        yield iter(Returner())
    except TypeError as e:
        emit(e)


DRIVE = [
    ("new", "g", "operands"),
    ("drain", "g"),
]
