"""A window stage yields the sum of each pair of neighbouring values, starting with the second value."""


def source():
    yield 1
    yield 10
    yield 100
    yield -1000


def pairwise(src):
    prev = None
    for x in src:
        if prev is not None:
            yield prev + x
        prev = x


def pipeline():
    total = 0
    for s in pairwise(source()):
        total += s
        yield s
    return total


DRIVE = [
    ("new", "g", "pipeline"),
    ("drain", "g"),
]
