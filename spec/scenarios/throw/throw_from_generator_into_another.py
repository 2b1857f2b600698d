"""A generator can throw into another suspended generator it holds; the target's handler runs and its next yield is throw()'s result."""


def target():
    while True:
        try:
            yield "target waiting"
        except KeyError as e:
            emit(e)
            yield "target handled"


def attacker(t):
    next(t)
    r = t.throw(KeyError("from attacker"))
    yield r
    try:
        t.throw(ValueError)
    except ValueError:
        emit("target let it through")
    yield "attacker done"


DRIVE = [
    ("new", "t", "target"),
    ("new", "a", "attacker", "@t"),
    ("drain", "a"),
    ("state", "t"),
]
