"""A generator deleted before it started runs none of its body, also right after another generator was freed while suspended in its body (it ignored GeneratorExit and yielded again): a backend that reuses the freed generator's context must not resume the new one."""


def stubborn():
    while True:
        try:
            yield "stubborn"
        except GeneratorExit:
            emit("ignoring GeneratorExit")


def fresh():
    emit("fresh body ran")
    yield "fresh"


DRIVE = [
    ("new", "s", "stubborn"),
    ("next", "s"),
    ("del", "s"),
    ("new", "f", "fresh"),
    ("del", "f"),
    ("new", "g", "fresh"),
    ("next", "g"),
    ("del", "g"),
]
