"""A bare except: after named handlers catches only what none of them matched, and a bare raise in it re-raises that exception unchanged."""


def dispatch():
    while True:
        try:
            yield "ready"
        except ValueError:
            emit("value error")
        except (KeyError, IndexError) as e:
            emit(e)
        except:
            emit("anything else")
            raise


DRIVE = [
    ("new", "g", "dispatch"),
    ("next", "g"),
    ("throw", "g", "ValueError"),
    ("throw", "g", "KeyError", "k"),
    ("throw", "g", "ZeroDivisionError", "z"),
    ("state", "g"),
]
