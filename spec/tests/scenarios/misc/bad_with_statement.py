"""with statements are outside the subset."""


def body(resource):
    with resource:
        yield 1


DRIVE = [("new", "g", "body", None)]
