"""Strs order by their first differing code point, and a str that is a prefix of another comes first."""


def order(a, b):
    return (a < b, a <= b, a > b, a >= b)


def orders():
    yield order("ab", "abc")
    yield order("abc", "ab")
    yield order("b", "abc")
    yield order("abc", "b")
    yield order("", "a")
    yield order("\u00e9", "z")
    yield order("z\U00010000", "z\uffff")
    yield ("ab", 1) < ("abc", 0)


DRIVE = [
    ("new", "g", "orders"),
    ("drain", "g"),
]
