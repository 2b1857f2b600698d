"""A yield inside a while loop suspends mid-loop, and a break taken after resumption ends the loop normally."""


def until_three():
    n = 0
    while True:
        n += 1
        if n > 3:
            emit("breaking")
            break
        yield n
    yield "after loop"


DRIVE = [
    ("new", "g", "until_three"),
    ("drain", "g"),
]
