"""An outer generator driving an inner one by hand reads the inner's return value from StopIteration.value."""


def summer(n):
    total = 0
    for i in range(n):
        yield i
        total += i
    return total


def outer():
    it = summer(3)
    while True:
        try:
            yield next(it)
        except StopIteration as e:
            result = e.value
            break
    yield result


DRIVE = [
    ("new", "g", "outer"),
    ("drain", "g"),
]
