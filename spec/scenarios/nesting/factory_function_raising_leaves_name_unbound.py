"""A factory function of a new step that raises makes the step's outcome that exception: the old generator of that name was already released, the name stays unbound until a later new step binds it, and it keeps its place in the release order."""


def body(label):
    try:
        yield label
    finally:
        emit("released " + label)


def make(label):
    if label == "bad":
        raise ValueError("cannot make " + label)
    return body(label)


DRIVE = [
    ("new", "a", "make", "first"),
    ("next", "a"),
    ("new", "b", "make", "second"),
    ("next", "b"),
    ("new", "a", "make", "bad"),
    ("new", "c", "make", "third"),
    ("next", "c"),
    ("new", "a", "make", "again"),
    ("next", "a"),
]
