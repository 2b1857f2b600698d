"""An int that comes back inside the 64-bit range after a big intermediate value is the same int as one that never left it: equal, ordered, true or false, and usable as a count or an index."""


def back_within():
    big = 9223372036854775807 + 9223372036854775807
    small = big - 9223372036854775807
    yield small
    yield small == 9223372036854775807
    yield big - big
    yield not (big - big)
    yield big // 2 - 9223372036854775806
    yield (big + 2) % 7
    yield (10, 20, 30)[big - 18446744073709551613]
    yield "ab" * (big - 18446744073709551612)
    yield big > small, big >= big, -big < small, big != big + 1, big == 18446744073709551614
    yield -big < -9223372036854775808, 9223372036854775807 < big, big > -big
    yield big + True, big * False, type(big).__name__


DRIVE = [
    ("new", "g", "back_within"),
    ("drain", "g"),
]
