"""A new step gives the generator function exactly as many arguments as it has parameters."""


def counter(n):
    yield n


DRIVE = [
    ("new", "g", "counter"),
]
