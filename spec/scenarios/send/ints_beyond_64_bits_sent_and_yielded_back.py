"""send() delivers an int beyond 64 bits exactly as sent (a DRIVE literal of any size), and arithmetic on it in the body yields exact values back."""


def doubler():
    x = yield "ready"
    while True:
        x = yield x * 2


DRIVE = [
    ("new", "g", "doubler"),
    ("next", "g"),
    ("send", "g", 9223372036854775808),
    ("send", "g", -170141183460469231731687303715884105728),
    ("send", "g", 4611686018427387904),
    ("send", "g", -4611686018427387904),
    ("send", "g", 123456789012345678901234567890),
]
