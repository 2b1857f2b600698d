"""A str of a thousand characters repeated holds exactly as many copies as asked, and strs made after it are unharmed."""


def repeats(unit, times):
    block = unit * 125
    for count in range(1, times):
        copies = block * count
        yield copies
        yield copies + unit
    yield block * times == (block * (times - 1)) + block


DRIVE = [
    ("new", "g", "repeats", "01234567", 4),
    ("drain", "g"),
]
