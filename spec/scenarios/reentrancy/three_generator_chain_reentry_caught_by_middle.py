"""A resumes B, B resumes C, C tries to resume A: C gets ValueError, which ends C and reaches B, where it is caught."""


def c_gen():
    a = yield "c ready"
    emit("c resumes a")
    next(a)
    emit("not reached")


def b_gen(c):
    next(c)
    a = yield "b ready"
    emit("b resumes c")
    try:
        c.send(a)
    except ValueError as e:
        emit("b caught")
        emit(e)
    a = None
    yield "b after"


def a_gen(b):
    next(b)
    me = yield "a ready"
    emit("a resumes b")
    emit(b.send(me))
    me = None
    yield "a after"


DRIVE = [
    ("new", "c", "c_gen"),
    ("new", "b", "b_gen", "@c"),
    ("new", "a", "a_gen", "@b"),
    ("next", "a"),
    ("send", "a", "@a"),
    ("state", "c"),
    ("state", "b"),
    ("state", "a"),
]
