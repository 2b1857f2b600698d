"""g.send(x) and g.throw(E(x)) look the method up before evaluating x: on a value without it, AttributeError comes first and x is never evaluated."""


def arguments_after_lookup(n):
    try:
        n.send(next(n))
    except AttributeError as missing_send:
        emit(missing_send)
    except TypeError as not_iterator:
        emit(not_iterator)
    try:
        n.throw(ValueError(next(n)))
    except AttributeError as missing_throw:
        emit(missing_throw)
    except TypeError as not_iterator_again:
        emit(not_iterator_again)
    yield "done"


DRIVE = [
    ("new", "g", "arguments_after_lookup", 7),
    ("drain", "g"),
]
