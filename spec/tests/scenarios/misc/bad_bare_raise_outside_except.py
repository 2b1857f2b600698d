"""A bare raise is allowed only inside an except block."""


def body():
    try:
        yield 1
    finally:
        raise


DRIVE = [("new", "g", "body")]
