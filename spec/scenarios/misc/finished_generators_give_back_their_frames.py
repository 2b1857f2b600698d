"""Generators that ran to completion, by returning or by raising, give back every frame they used: the recursion headroom of the code that ran them is the same afterwards."""


def headroom(n):
    try:
        return headroom(n + 1)
    except RecursionError:
        return n


def short(n):
    yield n
    if n % 2 == 1:
        raise KeyError(n)
    return n


def runner():
    first = headroom(0)
    for i in range(20):
        try:
            for x in short(i):
                pass
        except KeyError:
            pass
    yield headroom(0) - first


DRIVE = [
    ("new", "g", "runner"),
    ("next", "g"),
]
