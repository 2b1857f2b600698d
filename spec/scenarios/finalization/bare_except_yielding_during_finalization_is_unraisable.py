"""A generator freed while suspended whose bare except: catches the finalizer's GeneratorExit and yields reports RuntimeError as unraisable."""


def clinging():
    try:
        yield 1
    except:
        emit("caught while being freed")
        yield 2


DRIVE = [
    ("new", "g", "clinging"),
    ("next", "g"),
    ("del", "g"),
]
