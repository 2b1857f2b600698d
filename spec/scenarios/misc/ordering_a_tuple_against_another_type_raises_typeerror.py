"""Ordering a tuple against an int, a str or None, in either operand order, raises TypeError naming both types; two tuples still order item by item, a tuple before any longer one it begins."""


def order(operator, left, right):
    if operator == "<":
        return left < right
    if operator == "<=":
        return left <= right
    if operator == ">":
        return left > right
    return left >= right


def orderings(number, text):
    pair = (number, text)
    tries = (("<", pair, number), (">=", number, pair), ("<=", pair, text), (">", text, pair),
             (">", None, pair), ("<", pair, None), ("<", pair, (number, text + "!")))
    for operands in tries:
        try:
            yield order(operands[0], operands[1], operands[2])
        except TypeError as e:
            emit(e)
    pairs = ((pair, (number,)), ((number,), pair), (pair, pair), ((), pair), (pair, (number, text, None)))
    for sides in pairs:
        yield order("<", sides[0], sides[1])
        yield order(">=", sides[0], sides[1])


DRIVE = [
    ("new", "g", "orderings", 7, "ab"),
    ("drain", "g"),
]
