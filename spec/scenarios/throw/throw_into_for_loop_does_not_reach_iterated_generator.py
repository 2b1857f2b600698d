"""An exception thrown into a generator suspended inside a for loop is raised at its yield, not forwarded to the generator the loop iterates, which is finalized as the loop unwinds."""


class Stop(Exception):
    pass


def numbers():
    try:
        yield 1
        yield 2
    except Stop:
        emit("numbers saw Stop")
    finally:
        emit("numbers finalized")


def relay():
    try:
        for n in numbers():
            yield n * 10
    except Stop as e:
        emit("relay caught")
        emit(e)
        return "relay done"


DRIVE = [
    ("new", "r", "relay"),
    ("next", "r"),
    ("throw", "r", "Stop", "halt"),
    ("state", "r"),
]
