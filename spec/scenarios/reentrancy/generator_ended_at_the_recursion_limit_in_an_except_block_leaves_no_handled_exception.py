"""A generator suspended in an except block and resumed at the recursion limit leaves nothing handled behind once freed: a generator made after it delegates with no exception handled."""
import sys


class Handled(Exception): pass


def probe():
    if sys.exc_info()[0] is None:
        yield "probe sees nothing handled"
    else:
        yield "probe sees " + sys.exc_info()[0].__name__ + " handled"


def worker(probing):
    if probing:
        yield from probe()
    try:
        yield "waiting"
    except Handled:
        yield "handling"
    yield "after"


def throw_kept(g):
    try:
        raise Handled("kept")
    except Handled as e:
        saved = e
    g.throw(saved)
    return saved


def headroom(n):
    try:
        return headroom(n + 1)
    except RecursionError:
        return n


def next_at_depth(g, n):
    if n:
        return next_at_depth(g, n - 1)
    try:
        next(g)
    except RecursionError:
        return "resume refused at the limit"
    return "resumed"


def next_at_limit(g):
    return next_at_depth(g, headroom(0))


DRIVE = [
    ("new", "g", "worker", False),
    ("next", "g"),
    ("new", "saved", "throw_kept", "@g"),
    ("new", "r", "next_at_limit", "@g"),
    ("del", "g"),
    ("new", "p", "worker", True),
    ("next", "p"),
]
