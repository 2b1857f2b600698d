"""A buffering writer coroutine flushes every three lines it is sent and, when closed, flushes the rest in its GeneratorExit handler and returns the number of lines written."""


def buffered_writer():
    written = 0
    buffered = 0
    batch = ""
    try:
        while True:
            line = yield buffered
            if batch == "":
                batch = line
            else:
                batch = batch + "|" + line
            buffered += 1
            if buffered == 3:
                emit(batch)
                written += buffered
                buffered = 0
                batch = ""
    except GeneratorExit:
        if buffered > 0:
            emit(batch)
            written += buffered
        emit("closed")
        return written


DRIVE = [
    ("new", "w", "buffered_writer"),
    ("next", "w"),
    ("send", "w", "a"),
    ("send", "w", "b"),
    ("send", "w", "c"),
    ("send", "w", "d"),
    ("send", "w", "e"),
    ("close", "w"),
    ("state", "w"),
    ("send", "w", "f"),
]
