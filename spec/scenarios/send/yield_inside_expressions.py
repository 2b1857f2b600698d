"""A yield inside a larger expression evaluates to the sent value where it stands: operands to its left are evaluated before it suspends and kept until it resumes, and it may be an argument, an operand, a condition or the returned value (CPython: test_generators.FinalizationTest.test_lambda_generator)."""


def double(x):
    return x * 2


def body(base):
    x = base + (yield "first")
    emit(x)
    total = (yield "left") * (yield "right")
    emit(total)
    emit((yield "argument"))
    emit(double((yield "helper argument")) - base)
    if (yield "condition"):
        emit("true branch")
    label = "short" if (yield "choice") == 1 else "long"
    emit(label)
    flag = (yield "and-left") and (yield "and-right")
    emit(flag)
    return (yield "last") + 1


DRIVE = [
    ("new", "g", "body", 100),
    ("next", "g"),
    ("send", "g", 1),
    ("send", "g", 6),
    ("send", "g", 7),
    ("send", "g", "sent"),
    ("send", "g", 21),
    ("send", "g", True),
    ("send", "g", 2),
    ("send", "g", 0),
    ("send", "g", 41),
]
