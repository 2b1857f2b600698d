"""A plain helper can read a generator's return value by catching the StopIteration from next() and reading e.value."""


def compute(a):
    yield "step"
    return a * a


def run_to_completion(g):
    try:
        while True:
            emit(next(g))
    except StopIteration as e:
        return e.value


def driver():
    r = run_to_completion(compute(7))
    yield r


DRIVE = [
    ("new", "g", "driver"),
    ("drain", "g"),
]
