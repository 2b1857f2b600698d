"""Assigning a generator's gi_running, gi_frame, gi_code, gi_yieldfrom or gi_suspended raises AttributeError (worded "readonly attribute" until each became a getter: gi_running in 3.10, gi_frame in 3.11, gi_code in 3.12), and gi_running stays False outside the body; the frame is of type frame until the generator is closed (CPython: test_generators doctest email "And more, added later.")."""


def g():
    yield 1


def assign(i, attr):
    try:
        if attr == "gi_running":
            i.gi_running = 42
        elif attr == "gi_frame":
            i.gi_frame = None
        elif attr == "gi_code":
            i.gi_code = 0
        elif attr == "gi_yieldfrom":
            i.gi_yieldfrom = None
        elif attr == "gi_suspended":
            i.gi_suspended = True
        else:
            i.value = attr
    except AttributeError as e:
        return e
    return "assigned"


def attributes():
    i = g()
    yield i.gi_running
    yield type(i.gi_frame).__name__
    yield assign(i, "gi_running")
    yield assign(i, "gi_frame")
    yield assign(i, "gi_code")
    yield assign(i, "gi_yieldfrom")
    yield assign(i, "gi_suspended")
    yield assign(i, "value")
    yield next(i)
    yield i.gi_running
    yield state(i)
    i.close()
    yield type(i.gi_frame).__name__
    yield assign(i, "gi_running")


def type_of_frame(x):
    yield type(x.gi_frame).__name__


DRIVE = [
    ("new", "a", "attributes"),
    ("drain", "a"),
    ("new", "t", "type_of_frame", 7),
    ("next", "t"),
]
