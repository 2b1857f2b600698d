"""gi_yieldfrom is the subgenerator while the delegator is suspended in its yield from, and None when created, while running (also as read by the subgenerator), after the delegation and when closed (CPython: test_generators.YieldFromTests.test_generator_gi_yieldfrom)."""


def a(outer):
    emit(outer.gi_yieldfrom)
    yield
    emit(outer.gi_yieldfrom)


def b():
    me = yield "handed myself"
    emit(me.gi_yieldfrom)
    yield from a(me)
    emit(me.gi_yieldfrom)
    yield
    emit(me.gi_yieldfrom)


def driver(g):
    yield g.gi_yieldfrom
    next(g)
    g.send(g)
    yield g.gi_yieldfrom
    next(g)
    yield g.gi_yieldfrom
    for x in g:
        pass
    yield g.gi_yieldfrom


DRIVE = [
    ("new", "g", "b"),
    ("new", "d", "driver", "@g"),
    ("drain", "d"),
]
