"""Reading an attribute of an int, a str, None, a tuple or a generator raises AttributeError naming the value's type, as it does for an instance that never assigned it."""


class Box:
    def __init__(self, size):
        self.size = size


def probe(value):
    try:
        return value.size
    except AttributeError as e:
        return e


def reads(number, text):
    box = Box(number)
    yield probe(box)
    yield probe(number)
    yield probe(text)
    yield probe(None)
    yield probe((box, number))
    yield probe((number, text))
    yield probe(reads(number, text))
    yield probe(box)


DRIVE = [
    ("new", "g", "reads", 3, "ab"),
    ("drain", "g"),
]
