def body():
    yield 1


DRIVE = [("new", "g", "body")]
