"""The else block of a try runs only when the try block raised nothing, and runs before finally."""


def worker(n):
    while n < 2:
        try:
            if n == 1:
                raise KeyError(n)
            yield "try"
        except KeyError:
            emit("except")
        else:
            emit("else")
        finally:
            emit("finally")
        n += 1


DRIVE = [
    ("new", "g", "worker", 0),
    ("drain", "g"),
]
