"""An exception raised by the generator a for loop iterates is caught by a try around the loop even when the loop body contains a return that is never taken (CPython: test_generators.GeneratorTest.test_issue103488)."""


def raises_after_one():
    yield "first"
    raise ValueError("late")


def loop(stop):
    try:
        for item in raises_after_one():
            emit(item)
            if item == stop:
                return "returned early"
    except ValueError as e:
        emit(e)
    yield "survived"


DRIVE = [
    ("new", "g", "loop", "never"),
    ("drain", "g"),
]
