"""A generator that calls close() on itself while running gets ValueError("generator already executing") and keeps running."""


def closer():
    me = yield "send me myself"
    try:
        me.close()
        emit("close returned")
    except ValueError as e:
        emit(e)
    emit(state(me))
    yield "still running"


DRIVE = [
    ("new", "g", "closer"),
    ("next", "g"),
    ("send", "g", "@g"),
    ("state", "g"),
    ("close", "g"),
    ("state", "g"),
]
