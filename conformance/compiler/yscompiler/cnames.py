"""Spelling Python names and literals as C."""

C_KEYWORDS = frozenset("""
    auto break case char const continue default do double else enum extern float for goto if
    inline int long register restrict return short signed sizeof static struct switch typedef
    union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic
    _Imaginary _Noreturn _Static_assert _Thread_local
""".split())

# Lowercase macros the generated file can see: <stdbool.h>, <stddef.h>, and GNU C's
# predefined system names (the project builds with -std=gnu11).
C_MACROS = frozenset("bool true false offsetof NULL linux unix i386".split())

# A frame member of the generated code's own (lower.record_exc_state_slot): all uppercase, which
# field_name never gives a Python local, so no local can clash with it.
EXC_STATE_SLOT = "EXC_STATE_SLOT"

# Python 3 keeps these two names as aliases of OSError; the runtime models OSError only.
BUILTIN_EXCEPTION_ALIASES = {"IOError": "OSError", "EnvironmentError": "OSError"}


def field_name(python_name):
    """A Python local as a frame struct member. A member name only clashes with C keywords and
    macros; all-uppercase names are left to macros by convention, and _X/__x are reserved."""
    reserved = python_name.startswith("__") or (python_name[:1] == "_" and python_name[1:2].isupper())
    clashes = python_name in C_KEYWORDS or python_name in C_MACROS or python_name.isupper() or reserved
    return "py_" + python_name if clashes else python_name


def c_string(text):
    """A C string literal holding the UTF-8 bytes of `text` (returns literal, byte length)."""
    data = text.encode("utf-8")
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
