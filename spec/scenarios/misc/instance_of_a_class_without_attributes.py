"""An instance of a class that assigns no attributes is written as <Name object>, and reading an attribute another class assigns raises AttributeError naming its class."""


class Box:
    def __init__(self, content):
        self.content = content


class Empty:
    def describe(self):
        return "nothing inside"


def inspector():
    empty = Empty()
    yield empty
    yield (empty, Box(1))
    yield empty.describe()
    try:
        yield empty.content
    except AttributeError as e:
        emit(e)
    box = Box(empty)
    yield box.content


DRIVE = [
    ("new", "g", "inspector"),
    ("drain", "g"),
]
