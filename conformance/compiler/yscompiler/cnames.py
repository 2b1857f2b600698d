"""Spelling Python names and literals as C."""

# A frame member of the generated code's own (lower.record_exc_state_slot): it does not start with
# PYTHON_PREFIX or NON_ASCII_PREFIX, so no Python local can clash with it.
EXC_STATE_SLOT = "EXC_STATE_SLOT"
# Another (lower.enter_handling): the handled exception a handler replaced, the resumer's or caller's.
RESUMER_HANDLED = "RESUMER_HANDLED"
# Another, in a plain function's frame with handlers: what they caught (ys_frame_catches).
FRAME_CATCHES = "FRAME_CATCHES"

# Python 3 keeps these two names as aliases of OSError; the runtime models OSError only.
BUILTIN_EXCEPTION_ALIASES = {"IOError": "OSError", "EnvironmentError": "OSError"}

# The one mangling scheme for every Python-derived C identifier. Nothing the generated C declares
# itself (f, self, received, t1, stack, setup, ...) and nothing in the runtime, libc or the
# compiler's predefined macros starts with these prefixes (tests/test_c_names.py checks both).
PYTHON_PREFIX = "py_"           # an ASCII Python name N is spelled py_N
NON_ASCII_PREFIX = "pyx_"       # any other: pyx_ + the hex of its UTF-8 bytes


def python_name(name):
    """A Python name (local, parameter, function, class) as a C identifier: injective, and no
    identifier the generated C uses otherwise has this form."""
    if name.isascii():
        return PYTHON_PREFIX + name
    return NON_ASCII_PREFIX + name.encode("utf-8").hex()


def python_symbol(name, part):
    """A C symbol derived from a module-level Python name: py_N__part. No part contains "__", so
    two different (name, part) pairs never give the same symbol."""
    assert "__" not in part
    return f"{python_name(name)}__{part}"


def c_string(text):
    """A C string literal holding the UTF-8 bytes of `text` (returns literal, byte length).

    A lone surrogate ("\\ud800", which a Python str may hold) takes its 3-byte form, as
    "surrogatepass" writes it: the runtime's str counts, compares and writes it as the code point."""
    data = text.encode("utf-8", "surrogatepass")
    out = []
    for byte in data:
        char = chr(byte)
        if char in '"\\':
            out.append("\\" + char)
        elif char == "?" and out and out[-1] == "?":  # no trigraph can form (-std=c11 has them)
            out.append("\\?")
        elif 0x20 <= byte < 0x7F:
            out.append(char)
        else:
            out.append("\\%03o" % byte)  # octal escapes take at most 3 digits: safe before any char
    return '"' + "".join(out) + '"', len(data)


def c_comment(text):
    """Text safe inside a /* */ comment."""
    return text.replace("*/", "* /")
