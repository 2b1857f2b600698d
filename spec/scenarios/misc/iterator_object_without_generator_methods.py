"""send(), close() and state() of an iterator object or a tuple without such methods raise AttributeError naming the type and the attribute looked up (state() reads gi_running first)."""


class It:
    def __next__(self):
        return 1


def user():
    try:
        yield state(It())
    except AttributeError as e:
        emit(e)
    try:
        yield state((1,))
    except AttributeError as e:
        emit(e)
    it = It()
    try:
        yield it.send(1)
    except AttributeError as e:
        emit(e)
    try:
        yield it.close()
    except AttributeError as e:
        emit(e)


DRIVE = [
    ("new", "g", "user"),
    ("drain", "g"),
]
