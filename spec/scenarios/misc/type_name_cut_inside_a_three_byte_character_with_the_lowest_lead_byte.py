"""A type name cut inside a three-byte character whose lead byte is 0xE0 (U+0800 to U+0FFF, as Devanagari's), two of its bytes kept, ends in one U+FFFD, as CPython decoding the first 50, 100 or 200 bytes with errors="replace" does."""


class CutDevanagarixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxअxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxअxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxअxxxx:
    def __init__(self):
        self.a = 1


def misuses():
    x = CutDevanagarixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxअxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxअxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxअxxxx()
    try:
        yield x.args
    except AttributeError as e:
        emit(e)
    try:
        yield x + 1
    except TypeError as e:
        emit(e)
    try:
        yield x[0]
    except TypeError as e:
        emit(e)


DRIVE = [
    ("new", "g", "misuses"),
    ("drain", "g"),
]
