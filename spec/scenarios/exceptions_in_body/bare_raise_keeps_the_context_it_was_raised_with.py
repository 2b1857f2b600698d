"""A bare raise re-raises the handled exception as it is, keeping the __context__ it got when first raised instead of chaining it again, and an error from an operation inside a handler is chained to the handled exception."""


def gen():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            try:
                raise ValueError("second")
            except ValueError:
                try:
                    raise IndexError("third")
                except IndexError:
                    raise
    except IndexError as e:
        yield (e, e.__context__, e.__context__.__context__)
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            x = 1 // 0
        except ZeroDivisionError as e:
            yield e.__context__


DRIVE = [
    ("new", "g", "gen"),
    ("drain", "g"),
]
