"""A scheduler generator runs three task generators round-robin, yielding each step's output until every task has finished."""


def task(name, steps):
    for i in range(steps):
        yield name + " step"
    emit(name + " finished")
    return name


def run_one(t):
    try:
        v = next(t)
    except StopIteration as e:
        emit("reaped " + e.value)
        return False
    yield v
    return True


def scheduler(t1, t2, t3):
    while t1 is not None or t2 is not None or t3 is not None:
        if t1 is not None:
            alive = yield from run_one(t1)
            if not alive:
                t1 = None
        if t2 is not None:
            alive = yield from run_one(t2)
            if not alive:
                t2 = None
        if t3 is not None:
            alive = yield from run_one(t3)
            if not alive:
                t3 = None
    return "all done"


DRIVE = [
    ("new", "a", "task", "a", 1),
    ("new", "b", "task", "b", 3),
    ("new", "c", "task", "c", 2),
    ("new", "s", "scheduler", "@a", "@b", "@c"),
    ("del", "a"),
    ("del", "b"),
    ("del", "c"),
    ("drain", "s"),
]
