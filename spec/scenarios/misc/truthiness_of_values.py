"""In conditions 0, empty string, None and False are false and every other int, str and True are true."""


def truth(v):
    if v:
        return "true"
    return "false"


def tester():
    yield truth(0)
    yield truth(-1)
    yield truth("")
    yield truth("0")
    yield truth(None)
    yield truth(False)
    yield truth(True)
    yield not 0
    yield 0 or ""
    yield 5 and "five"


DRIVE = [
    ("new", "g", "tester"),
    ("drain", "g"),
]
