"""An augmented assignment between unsupported operand types raises TypeError naming the augmented operator (`+=`, `-=`, `*=`), except where the operation has a message of its own."""


def augmenter():
    x = 1
    try:
        x += None
    except TypeError as e:
        yield e
    s = "text"
    try:
        s -= 1
    except TypeError as e:
        yield e
    n = None
    try:
        n *= 2
    except TypeError as e:
        yield e
    try:
        s += 1
    except TypeError as e:
        yield e


DRIVE = [
    ("new", "g", "augmenter"),
    ("drain", "g"),
]
