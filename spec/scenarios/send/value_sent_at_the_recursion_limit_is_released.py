"""A value sent to a generator that cannot be entered at the recursion limit is released with the RecursionError: a generator sent that way is finalized when its last holder lets go."""


def sent():
    try:
        yield "sent started"
    finally:
        emit("sent generator finalized")


def receiver():
    x = yield "ready"
    yield x


def headroom(n):
    try:
        return headroom(n + 1)
    except RecursionError:
        return n


def send_at_depth(g, v, n):
    if n:
        return send_at_depth(g, v, n - 1)
    try:
        g.send(v)
    except RecursionError:
        return "send refused at the limit"
    return "sent"


def send_at_limit(g, v):
    return send_at_depth(g, v, headroom(0))


DRIVE = [
    ("new", "g", "receiver"),
    ("next", "g"),
    ("new", "v", "sent"),
    ("next", "v"),
    ("new", "r", "send_at_limit", "@g", "@v"),
    ("del", "v"),
]
