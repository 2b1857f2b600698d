"""A bare except: catches any exception, whether raised in the body, thrown in as a BaseException subclass, or raised by a helper, and the handler runs only for the exception it follows."""


class Custom(BaseException): pass


def fail(n):
    return 10 // n


def catcher():
    for n in range(3):
        try:
            fail(n)
            x = yield n
            emit(x)
        except:
            emit("caught")
        else:
            emit("no exception")
    try:
        yield "last"
    except:
        emit("caught thrown")
        yield "after"


DRIVE = [
    ("new", "g", "catcher"),
    ("next", "g"),
    ("send", "g", "sent"),
    ("throw", "g", "Custom", "x"),
    ("throw", "g", "SystemExit"),
    ("next", "g"),
    ("state", "g"),
]
