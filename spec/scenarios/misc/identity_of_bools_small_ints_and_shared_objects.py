"""`a is b` is True for two equal bools, two equal small ints, None and None, and one object under two names, and False across types or for different objects."""


def idle():
    yield "idle"


def identities(yes, also_yes, no, seven, also_seven, eight):
    yield yes is also_yes
    yield yes is no
    yield no is not no
    yield seven is also_seven
    yield seven is eight
    yield yes is seven
    nothing = None
    yield nothing is None
    first = idle()
    same = first
    other = idle()
    yield first is same
    yield first is other
    word = "word"
    same_word = word
    yield word is same_word
    pair = (1, 2)
    same_pair = pair
    yield pair is same_pair


DRIVE = [
    ("new", "g", "identities", True, True, False, 7, 7, 8),
    ("drain", "g"),
]
