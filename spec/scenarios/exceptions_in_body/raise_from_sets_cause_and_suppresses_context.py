"""raise X from Y sets X.__cause__ to Y (a class is instantiated) and __suppress_context__ to True while the implicit __context__ is still set; raise X from None leaves no cause but suppresses the context; a plain raise leaves __suppress_context__ False."""


class AppError(Exception): pass


def gen():
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise AppError("wrapped") from first
        except AppError as e:
            yield (e.__cause__, e.__context__, e.__suppress_context__)
            yield e.__cause__ is first
        try:
            raise AppError("class cause") from ValueError
        except AppError as e:
            yield (e.__cause__, e.__context__)
        try:
            raise AppError("no cause") from None
        except AppError as e:
            yield (e.__cause__, e.__context__, e.__suppress_context__)
        try:
            raise AppError("plain")
        except AppError as e:
            yield (e.__cause__, e.__suppress_context__)


DRIVE = [
    ("new", "g", "gen"),
    ("drain", "g"),
]
