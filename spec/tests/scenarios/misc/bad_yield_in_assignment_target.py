"""A yield may be part of any expression, but an assignment target is one plain name: no subscript, even one computed by a yield."""


def body(d):
    d[(yield)] = 27
    yield d


DRIVE = [("new", "g", "body", None)]
