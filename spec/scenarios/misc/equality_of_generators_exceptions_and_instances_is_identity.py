"""== and != compare generators, exceptions and instances by identity, tuples item by item, bools as the ints they are, and values of different types as unequal."""


class Token:
    def __init__(self):
        self.made = True


def idle():
    yield "idle"


def equalities():
    g = idle()
    same = g
    other = idle()
    yield (g == same, g == other, g != other, g != same)
    try:
        raise KeyError("k")
    except KeyError as e:
        first = e
    try:
        raise KeyError("k")
    except KeyError as e:
        second = e
    yield (first == first, first == second, first != second)
    t = Token()
    t2 = t
    u = Token()
    yield (t == t2, t == u, t != u)
    yield ((g, 1) == (same, 1), (g,) == (other,), (1, 2) == (1, 2, 3), () == ())
    yield (None == None, None == 0, "a" == 1, True == 1, False == 0, 2 == True)
    big = 9223372036854775807 * 2
    yield (big == 18446744073709551614, big == 5, 5 == big, big == "x", big != big + 1)
    yield ("ab" == "a" + "b", "ab" == "abc", "ab" != "ba")


DRIVE = [
    ("new", "g", "equalities"),
    ("drain", "g"),
]
