"""A handler that returns in response to a thrown exception delivers its value through the StopIteration raised by throw()."""


class Cancel(Exception): pass


def job():
    done = 0
    try:
        while True:
            yield done
            done += 1
    except Cancel as e:
        emit(e)
        return done


DRIVE = [
    ("new", "g", "job"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("throw", "g", "Cancel", "enough"),
    ("next", "g"),
]
