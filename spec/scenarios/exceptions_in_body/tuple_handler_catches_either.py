"""An except clause with a parenthesized pair of types catches an exception of either type."""


def worker(n):
    while n < 3:
        try:
            if n == 1:
                raise KeyError("key")
            if n == 2:
                raise ValueError("value")
            emit("no error")
        except (KeyError, ValueError) as e:
            emit(e)
        yield n
        n += 1


DRIVE = [
    ("new", "g", "worker", 0),
    ("drain", "g"),
]
