"""A TypeError about an object that cannot be iterated, subscripted, measured, used as an index or count, concatenated, negated or returned by __init__ names its type cut to the first 200 bytes, as CPython's '%.200s' formats do in every version."""


class To010xxxxxTo020xxxxxTo030xxxxxTo040xxxxxTo050xxxxxTo060xxxxxTo070xxxxxTo080xxxxxTo090xxxxxTo100xxxxxTo110xxxxxTo120xxxxxTo130xxxxxTo140xxxxxTo150xxxxxTo160xxxxxTo170xxxxxTo180xxxxxTo190xxxxxTo200xxxxxTo210xxxxxTo220xxxxx:
    def __init__(self):
        self.a = 1


class BadInit:
    def __init__(self):
        return To010xxxxxTo020xxxxxTo030xxxxxTo040xxxxxTo050xxxxxTo060xxxxxTo070xxxxxTo080xxxxxTo090xxxxxTo100xxxxxTo110xxxxxTo120xxxxxTo130xxxxxTo140xxxxxTo150xxxxxTo160xxxxxTo170xxxxxTo180xxxxxTo190xxxxxTo200xxxxxTo210xxxxxTo220xxxxx()


def misuses():
    x = To010xxxxxTo020xxxxxTo030xxxxxTo040xxxxxTo050xxxxxTo060xxxxxTo070xxxxxTo080xxxxxTo090xxxxxTo100xxxxxTo110xxxxxTo120xxxxxTo130xxxxxTo140xxxxxTo150xxxxxTo160xxxxxTo170xxxxxTo180xxxxxTo190xxxxxTo200xxxxxTo210xxxxxTo220xxxxx()
    try:
        for y in x:
            yield y
    except TypeError as e:
        emit(e)
    try:
        yield next(x)
    except TypeError as e:
        emit(e)
    try:
        yield x[0]
    except TypeError as e:
        emit(e)
    try:
        yield (1,)[x]
    except TypeError as e:
        emit(e)
    try:
        yield len(x)
    except TypeError as e:
        emit(e)
    try:
        yield (1,) + x
    except TypeError as e:
        emit(e)
    try:
        yield "a" + x
    except TypeError as e:
        emit(e)
    try:
        yield "a" * x
    except TypeError as e:
        emit(e)
    try:
        for y in range(x):
            yield y
    except TypeError as e:
        emit(e)
    try:
        yield -x
    except TypeError as e:
        emit(e)
    try:
        yield BadInit()
    except TypeError as e:
        emit(e)


DRIVE = [
    ("new", "g", "misuses"),
    ("drain", "g"),
]
