"""A turnstile state machine driven by send changes state on coin and push events, and a thrown Reset returns it to locked."""


class Reset(Exception):
    pass


def turnstile():
    st = "locked"
    while True:
        try:
            event = yield st
        except Reset:
            emit("reset")
            st = "locked"
            continue
        if st == "locked" and event == "coin":
            st = "unlocked"
        elif st == "unlocked" and event == "push":
            st = "locked"
        elif event == "coin":
            emit("coin returned")
        else:
            emit("blocked")


DRIVE = [
    ("new", "t", "turnstile"),
    ("next", "t"),
    ("send", "t", "push"),
    ("send", "t", "coin"),
    ("send", "t", "coin"),
    ("send", "t", "push"),
    ("send", "t", "coin"),
    ("throw", "t", "Reset"),
    ("send", "t", "push"),
]
