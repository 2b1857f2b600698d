"""A generator has a frame (gi_frame is not None) when created, suspended and running, and none once it is closed: by returning, by raising, or by close() before or after starting (CPython: doctest coroutine "print(g.gi_frame)" after termination)."""


def body(fail):
    me = yield "started"
    emit(me.gi_frame is None)
    if fail:
        raise KeyError("fail")
    yield "resumed"


def probe(g, h, k):
    yield g.gi_frame is None
    next(g)
    yield g.gi_frame is not None
    g.send(g)
    for x in g:
        pass
    yield g.gi_frame is None
    next(h)
    try:
        h.send(h)
    except KeyError:
        emit("raised")
    yield h.gi_frame is None
    k.close()
    yield k.gi_frame is None


DRIVE = [
    ("new", "g", "body", False),
    ("new", "h", "body", True),
    ("new", "k", "body", False),
    ("new", "p", "probe", "@g", "@h", "@k"),
    ("drain", "p"),
]
