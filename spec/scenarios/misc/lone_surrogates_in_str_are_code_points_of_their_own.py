"""A str may hold a lone surrogate (U+D800 to U+DFFF written as a \\u escape): it is one code point that counts, compares, concatenates and iterates like any other (two lone halves stay two, never one character), and a trace writes it escaped."""


def surrogates():
    high = "\ud800"
    low = "\udc00"
    yield high
    yield len(high)
    pair = high + low
    yield pair
    yield len(pair)
    yield pair == "\U00010000"
    yield high < "\ue000"
    yield "\ud7ff" < high
    yield high * 2
    for c in "a\udfffb":
        yield c
    emit("lone " + low)


DRIVE = [
    ("new", "g", "surrogates"),
    ("drain", "g"),
]
