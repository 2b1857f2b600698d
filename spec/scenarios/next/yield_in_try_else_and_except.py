"""Yields inside except and else clauses suspend the generator there and resume in the same clause."""


def clauses(fail):
    try:
        if fail:
            raise KeyError("k")
        yield "try"
    except KeyError as e:
        yield "except"
        emit(e)
    else:
        yield "else"
    finally:
        yield "finally"
    yield "end"


DRIVE = [
    ("new", "a", "clauses", True),
    ("drain", "a"),
    ("new", "b", "clauses", False),
    ("drain", "b"),
]
