"""A dedupe stage drops values equal to the one it passed just before."""


def values():
    yield 1
    yield 1
    yield 2
    yield 2
    yield 2
    yield 1
    yield 3
    yield 3


def dedupe(src):
    prev = None
    for x in src:
        if prev is None or x != prev:
            yield x
        prev = x


def pipeline():
    for x in dedupe(values()):
        yield x


DRIVE = [
    ("new", "g", "pipeline"),
    ("drain", "g"),
]
