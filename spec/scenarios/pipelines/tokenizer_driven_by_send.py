"""A tokenizer fed one character per send yields each completed word, and returns the last word when sent None."""


def tokenizer():
    word = ""
    tok = None
    while True:
        c = yield tok
        tok = None
        if c is None:
            return word
        if c == " ":
            if word != "":
                tok = word
                word = ""
        else:
            word += c


DRIVE = [
    ("new", "t", "tokenizer"),
    ("next", "t"),
    ("send", "t", "h"),
    ("send", "t", "i"),
    ("send", "t", " "),
    ("send", "t", " "),
    ("send", "t", "y"),
    ("send", "t", "o"),
    ("send", "t", " "),
    ("send", "t", "!"),
    ("send", "t", None),
]
