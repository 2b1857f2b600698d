"""Throwing an exception instance into a just-started generator raises that instance, with its args, without running the body."""


class Oops(Exception): pass


def guarded():
    try:
        emit("body runs")
        yield 1
    finally:
        emit("finally")


DRIVE = [
    ("new", "g", "guarded"),
    ("throw", "g", "Oops", "early"),
    ("state", "g"),
    ("next", "g"),
]
