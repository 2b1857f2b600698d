"""A str added to a non-str, formatted with % and no conversion specifier, or multiplied by a non-int, a tuple added to a non-tuple, and an operator between unsupported types raise TypeError with CPython's messages."""


def attempt(operation, left, right):
    if operation == "+":
        return left + right
    if operation == "-":
        return left - right
    if operation == "*":
        return left * right
    if operation == "//":
        return left // right
    return left % right


def mixes(text, number):
    tries = (("+", text, number), ("%", text, number), ("*", text, text), ("*", None, text),
             ("*", text, None), ("+", (1,), number), ("+", number, text), ("-", None, None),
             ("//", text, number), ("%", number, text))
    for operands in tries:
        try:
            yield attempt(operands[0], operands[1], operands[2])
        except TypeError as e:
            emit(e)
    yield text * True
    yield False * text
    yield text % number if number == 0 else text * number


DRIVE = [
    ("new", "g", "mixes", "ab", 2),
    ("drain", "g"),
]
