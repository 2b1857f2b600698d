"""Raising an exception object again while handling one whose __context__ chain leads back to it cuts that link instead of forming a cycle, and raising the handled exception itself chains nothing."""


def gen():
    try:
        raise KeyError("inner")
    except KeyError as inner:
        try:
            raise ValueError("outer")
        except ValueError as outer:
            yield outer.__context__ is inner
            try:
                raise inner
            except KeyError as again:
                yield again.__context__ is outer
                yield outer.__context__
    try:
        raise IndexError("same")
    except IndexError as same:
        try:
            raise same
        except IndexError as e:
            yield e.__context__


DRIVE = [
    ("new", "g", "gen"),
    ("drain", "g"),
]
