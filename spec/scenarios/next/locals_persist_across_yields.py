"""Local variables keep their values while the generator is suspended between next() calls."""


def running_total(n):
    total = 0
    i = 1
    while i <= n:
        total += i
        yield total
        i += 1
    return total


DRIVE = [
    ("new", "g", "running_total", 4),
    ("drain", "g"),
]
