"""A batching stage concatenates every three strings from its source and flushes a short final batch."""


def words():
    yield "a"
    yield "b"
    yield "c"
    yield "d"
    yield "e"


def batches(src, size):
    batch = ""
    count = 0
    for w in src:
        batch += w
        count += 1
        if count == size:
            yield batch
            batch = ""
            count = 0
    if count > 0:
        yield batch


DRIVE = [
    ("new", "w", "words"),
    ("new", "g", "batches", "@w", 3),
    ("drain", "g"),
]
