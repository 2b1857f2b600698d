"""A generator can send() values into another generator it holds, and receives that generator's next yield as the result."""


def squarer():
    x = yield "sq ready"
    while True:
        x = yield x * x


def client(sq):
    emit(next(sq))
    for i in range(1, 4):
        r = sq.send(i)
        emit(r)
        yield r


DRIVE = [
    ("new", "sq", "squarer"),
    ("new", "c", "client", "@sq"),
    ("drain", "c"),
    ("state", "sq"),
    ("send", "sq", 9),
]
