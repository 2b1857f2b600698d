"""An exception that ends a generator while it is finalized keeps the frames it passed through until the unraisable hook has reported it: a generator held there is finalized after that report."""


def gen_a():
    yield 0
    r3 = yield from gen_c(gen_c(2))


def gen_c(p20):
    try:
        try:
            yield p20 + True
            r7 = yield 3
        finally:
            r8 = yield next(p20)
    finally:
        raise KeyError(-next(p20, 2))


DRIVE = [
    ("new", "k", "gen_a"),
    ("next", "k"),
    ("next", "k"),
]
