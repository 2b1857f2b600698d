"""Throwing StopIteration into a just-started generator: before 3.12 it becomes RuntimeError("generator raised StopIteration"), from 3.12 on it is raised unchanged (seen as a return)."""


def body():
    emit("body runs")
    yield 1


DRIVE = [
    ("new", "g", "body"),
    ("throw", "g", "StopIteration", 5),
    ("state", "g"),
    ("next", "g"),
    ("new", "h", "body"),
    ("throw", "h", "StopIteration"),
    ("state", "h"),
]
