"""An outer generator advances an inner one with next() and re-yields its values transformed."""


def numbers():
    emit("numbers start")
    yield 1
    yield 2
    yield 3


def doubled():
    it = numbers()
    emit("doubled start")
    yield next(it) * 2
    yield next(it) * 2
    yield next(it) * 2


DRIVE = [
    ("new", "g", "doubled"),
    ("drain", "g"),
]
