"""GeneratorExit derives from BaseException, so an except Exception clause around the yield does not intercept close()."""


def body():
    try:
        yield 1
    except Exception:
        emit("wrongly caught")
        yield 2
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "body"),
    ("next", "g"),
    ("close", "g"),
    ("state", "g"),
]
