"""A generator paused at a yield inside a finally block reached normally resumes the finally block on next() and then continues after it."""


def body():
    try:
        yield "in try"
    finally:
        emit("finally starts")
        yield "in finally"
        emit("finally ends")
    emit("after finally")
    yield "after"


DRIVE = [
    ("new", "g", "body"),
    ("drain", "g"),
]
