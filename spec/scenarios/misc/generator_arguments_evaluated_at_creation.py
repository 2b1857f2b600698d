"""Arguments of a generator call are evaluated when the generator is created, but its body runs only at the first next()."""


def arg(n):
    emit("evaluating argument")
    return n


def body(n):
    emit("body starts")
    yield n


def maker():
    g = body(arg(5))
    emit("created")
    yield "made"
    emit(next(g))


DRIVE = [
    ("new", "m", "maker"),
    ("drain", "m"),
]
