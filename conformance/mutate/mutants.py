"""Source-level mutants of a C file: a small lexer and the mutation operators.

Every mutant keeps the file's line count and the line of every other
statement, so __LINE__ and assert() expand as in the original and an
unchanged object file (debug information stripped) really means an
equivalent mutant.

Operators (names as they appear in mutant ids and reports):
  relational    < <= > >= == != swapped with their neighbour (< and <=, == and !=)
  logical       && and || swapped
  negate        the condition of an if or while negated
  constant      an integer literal off by one (n+1; 1 also becomes 0), true and false swapped
  delete        an expression statement deleted (calls: incref/decref, error sets,
                frees; assignments: state changes, stores)
  swap          two adjacent one-line expression statements exchanged
  early-return  a return at the start of a function, and before each later
                top-level statement of a void function
"""
import re
from dataclasses import dataclass

KEYWORDS = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
    "union", "unsigned", "void", "volatile", "while", "_Bool", "_Thread_local", "_Atomic",
    "_Static_assert", "__attribute__", "bool", "__builtin_expect",
}
# Statement-level keywords that open a controlled sub-statement after a parenthesised header.
CONTROL = {"if", "while", "for", "switch"}

PUNCTUATORS = sorted("""
... <<= >>= -> ++ -- << >> <= >= == != && || *= /= %= += -= &= ^= |= ##
[ ] ( ) { } . & * + - ~ ! / % < > ^ | ? : ; = , #
""".split(), key=len, reverse=True)

TOKEN_RE = re.compile(
    r"(?P<space>[ \t\r\f\v]+|\n)"
    r"|(?P<comment>//[^\n]*|/\*.*?\*/)"
    r"|(?P<string>\"(?:\\.|[^\"\\\n])*\")"
    r"|(?P<char>'(?:\\.|[^'\\\n])*')"
    r"|(?P<number>(?:0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)[uUlLfF]*)"
    r"|(?P<ident>[A-Za-z_]\w*)"
    r"|(?P<punct>" + "|".join(re.escape(p) for p in PUNCTUATORS) + ")",
    re.S)


@dataclass
class Token:
    kind: str   # ident, number, string, char, punct
    text: str
    start: int  # offset in the source
    end: int
    line: int   # 1-based


@dataclass
class Mutant:
    path: str        # repository-relative
    operator: str
    line: int
    start: int       # offsets of the replaced span in the original text
    end: int
    replacement: str
    description: str
    function: str = ""  # the enclosing function, "" at file level
    variant: str = ""   # tells apart two mutants of one operator at one site (a 1 made 2 or 0)

    @property
    def id(self):
        site = "%s:%d:%s:%d" % (self.path, self.line, self.operator, self.start)
        return site + ":" + self.variant if self.variant else site

    def apply(self, text):
        return text[:self.start] + self.replacement + text[self.end:]


class LexError(ValueError):
    pass


def tokenize(text, path="<source>"):
    """Tokens of C source, without comments, whitespace and preprocessor lines."""
    tokens = []
    pos, line, at_line_start = 0, 1, True
    while pos < len(text):
        if at_line_start:
            directive = re.match(r"[ \t]*#", text[pos:pos + 200])
            if directive:  # skip the directive with its continuation lines
                while pos < len(text):
                    nl = text.find("\n", pos)
                    if nl < 0:
                        pos = len(text)
                        break
                    continued = text[pos:nl].rstrip().endswith("\\")
                    line += 1
                    pos = nl + 1
                    if not continued:
                        break
                continue
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise LexError("%s:%d: cannot read C here: %r" % (path, line, text[pos:pos + 20]))
        kind = m.lastgroup
        value = m.group()
        if kind == "space":
            at_line_start = value == "\n" or (at_line_start and "\n" not in value)
        else:
            at_line_start = False
        if kind not in ("space", "comment"):
            tokens.append(Token(kind, value, pos, m.end(), line))
        line += value.count("\n")
        if kind == "comment" and "\n" in value:
            at_line_start = False
        pos = m.end()
    return tokens


def blank_keeping_lines(text):
    """The same number of lines, nothing else."""
    return "\n" * text.count("\n")


class _Function:
    def __init__(self, name, return_type, open_index, close_index):
        self.name = name
        self.return_type = return_type  # list of token texts, qualifiers removed
        self.open_index = open_index    # index of the body's { in the tokens
        self.close_index = close_index

    def early_return(self):
        """The statement returning a neutral value of the return type, or None."""
        words = self.return_type
        if words == ["void"]:
            return "return;"
        if "*" in words:
            return "return NULL;"
        if words == ["ys_value"]:
            return "return ys_null();"
        if len(words) == 1 and words[0] not in ("struct", "union"):
            return "return 0;"  # ints, bools, enums
        return None


class Analysis:
    """Functions and statements of one file, as far as the operators need them."""

    def __init__(self, text, path):
        self.text = text
        self.path = path
        self.tokens = tokenize(text, path)
        self.match = self._match_brackets()
        self.functions = self._functions()

    def _match_brackets(self):
        match, stack = {}, []
        pairs = {")": "(", "]": "[", "}": "{"}
        for i, t in enumerate(self.tokens):
            if t.kind != "punct":
                continue
            if t.text in "([{":
                stack.append(i)
            elif t.text in pairs:
                if not stack or self.tokens[stack[-1]].text != pairs[t.text]:
                    raise LexError("%s:%d: unbalanced %r" % (self.path, t.line, t.text))
                j = stack.pop()
                match[i], match[j] = j, i
        if stack:
            raise LexError("%s:%d: unclosed %r" % (self.path, self.tokens[stack[-1]].line,
                                                   self.tokens[stack[-1]].text))
        return match

    def _functions(self):
        functions = []
        toks = self.tokens
        i, boundary = 0, 0  # boundary: first token of the current top-level declaration
        while i < len(toks):
            t = toks[i]
            if t.text == "{":
                close = self.match[i]
                if i > 0 and toks[i - 1].text == ")":
                    params_open = self.match[i - 1]
                    name_index = params_open - 1
                    header = [x.text for x in toks[boundary:name_index]]
                    functions.append(_Function(toks[name_index].text, _return_type(header), i, close))
                    i, boundary = close + 1, close + 1
                    continue
                i = close + 1  # struct, enum or initializer body
                continue
            if t.text == ";":
                boundary = i + 1
            elif t.text in "([":
                i = self.match[i] + 1
                continue
            i += 1
        return functions

    def statements(self, function):
        """(start index, end index of its `;`, depth) of each expression statement and
        the starts of every top-level statement, in one walk of the body."""
        toks = self.tokens
        expressions, top_level = [], []
        block_depth = {function.open_index: 1}
        depth_stack = [function.open_index]
        i = function.open_index + 1
        expect_start = True  # the next token begins a statement
        sub_statement = False  # ... controlled by an if, else, loop or label before it
        while i < function.close_index:
            t = toks[i]
            depth = len(depth_stack)
            if expect_start and t.text not in ("}", ";"):
                if depth == 1 and t.text != "else" and not sub_statement:
                    top_level.append(i)
                end = self._expression_statement_end(i)
                if end is not None:
                    expressions.append((i, end, depth))
            expect_start = sub_statement = False
            if t.text == "{":
                depth_stack.append(i)
                block_depth[i] = len(depth_stack)
                expect_start = True
            elif t.text == "}":
                depth_stack.pop()
                expect_start = True
            elif t.text == ";":
                expect_start = True
            elif t.text == "(":
                close = self.match[i]
                if i > 0 and toks[i - 1].text in CONTROL:
                    # a while after do {...} ends with ';', caught next round
                    i = close + 1
                    expect_start = sub_statement = True
                    continue
                i = close
            elif t.text == "else" or t.text == "do":
                expect_start = sub_statement = True
            elif t.text in ("case", "default"):
                j = i + 1
                while toks[j].text != ":":
                    j = self.match.get(j, j) + 1 if toks[j].text == "(" else j + 1
                i = j + 1
                expect_start = sub_statement = True
                continue
            elif t.kind == "ident" and toks[i + 1].text == ":" and toks[i - 1].text in (";", "{", "}"):
                i += 2  # a label
                expect_start = sub_statement = True
                continue
            elif t.text == "=" and toks[i + 1].text == "{":
                i = self.match[i + 1] + 1  # an initializer list, not a block
                continue
            i += 1
        return expressions, top_level

    def _expression_statement_end(self, i):
        """Index of the `;` ending the expression statement starting at i, or None if the
        statement there is a declaration, a control statement or anything else."""
        toks = self.tokens
        t, nxt = toks[i], toks[i + 1]
        if t.kind == "ident":
            if t.text in KEYWORDS:
                return None
            if nxt.kind == "ident" or (nxt.text == "*" and toks[i + 2].kind == "ident"
                                       and toks[i + 3].text in ("=", ";", ",", "[")):
                return None  # a declaration: `type name` or `type *name`
            if nxt.text not in ("(", "=", "->", ".", "[", "++", "--", "+=", "-=", "*=", "/=",
                                "|=", "&=", "^=", "%=", "<<=", ">>="):
                return None
        elif t.text not in ("*", "++", "--", "("):
            return None
        j = i
        while j < len(toks) and toks[j].text != ";":
            if toks[j].text in "([{":
                j = self.match[j]
            j += 1
        return j if j < len(toks) else None


def _return_type(header):
    words, i = [], 0
    while i < len(header):
        w = header[i]
        if w == "__attribute__":
            depth, i = 0, i + 1
            while i < len(header):
                depth += {"(": 1, ")": -1}.get(header[i], 0)
                i += 1
                if depth == 0:
                    break
            continue
        if w not in ("static", "inline", "extern", "const", "__inline__", "_Noreturn"):
            words.append(w)
        i += 1
    return words


RELATIONAL = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}
LOGICAL = {"&&": "||", "||": "&&"}


def _int_value(text):
    digits = text.rstrip("uUlL")
    if "." in digits or (("e" in digits or "E" in digits) and not digits.lower().startswith("0x")):
        return None
    try:
        return int(digits, 0) if not re.fullmatch(r"0\d+", digits) else int(digits, 8)
    except ValueError:
        return None


def generate(text, path):
    """Every mutant of one C file's text, in source order within each operator."""
    a = Analysis(text, path)
    toks = a.tokens
    mutants = []

    def add(operator, first, last, replacement, description, variant=""):
        start, end = toks[first].start, toks[last].end
        mutants.append(Mutant(path, operator, toks[first].line, start, end, replacement, description,
                              variant=variant))

    in_function = set()
    for f in a.functions:
        in_function.update(range(f.open_index + 1, f.close_index))

    for i, t in enumerate(toks):
        if i in in_function and t.text in RELATIONAL and t.kind == "punct":
            add("relational", i, i, RELATIONAL[t.text], "%s -> %s" % (t.text, RELATIONAL[t.text]))
        elif i in in_function and t.text in LOGICAL:
            add("logical", i, i, LOGICAL[t.text], "%s -> %s" % (t.text, LOGICAL[t.text]))
        elif i in in_function and t.text in ("if", "while") and toks[i + 1].text == "(":
            close = a.match[i + 1]
            inner = text[toks[i + 1].end:toks[close].start]
            add("negate", i + 1, close, "(!(" + inner + "))", "%s (c) -> %s (!(c))" % (t.text, t.text))
        elif t.kind == "number" and (i in in_function or _in_enum(a, i)):
            value = _int_value(t.text)
            if value is None:
                continue
            suffix = t.text[len(t.text.rstrip("uUlL")):]
            add("constant", i, i, str(value + 1) + suffix, "%s -> %d" % (t.text, value + 1))
            if value == 1:
                add("constant", i, i, "0" + suffix, "1 -> 0", variant="0")
        elif i in in_function and t.text in ("true", "false"):
            other = "false" if t.text == "true" else "true"
            add("constant", i, i, other, "%s -> %s" % (t.text, other))

    for f in a.functions:
        expressions, top_level = a.statements(f)
        for start, end, depth in expressions:
            stmt = text[toks[start].start:toks[end].end]
            add("delete", start, end, blank_keeping_lines(stmt) + ";", "deleted: " + _one_line(stmt))
        for (s1, e1, d1), (s2, e2, d2) in zip(expressions, expressions[1:]):
            if d1 != d2 or toks[s1].line != toks[e1].line or toks[s2].line != toks[e2].line:
                continue
            if toks[s2].line != toks[e1].line + 1 or e1 + 1 != s2:
                continue
            first = text[toks[s1].start:toks[e1].end]
            second = text[toks[s2].start:toks[e2].end]
            between = text[toks[e1].end:toks[s2].start]
            add("swap", s1, e2, second + between + first,
                "swapped: %s / %s" % (_one_line(first), _one_line(second)))
        early = f.early_return()
        if early is None:
            continue
        starts = top_level if f.return_type == ["void"] else top_level[:1]
        for s in starts:
            t = toks[s]
            mutants.append(Mutant(path, "early-return", t.line, t.start, t.start, early + " ",
                                  "%s inserted in %s() before: %s" % (
                                      early, f.name, _one_line(text[t.start:text.find("\n", t.start)]))))
    for m in mutants:
        m.function = next((f.name for f in a.functions
                           if toks[f.open_index].start < m.start < toks[f.close_index].end), "")
    mutants.sort(key=lambda m: (m.start, m.operator, m.end, m.replacement))
    return mutants


ASSIGNMENT_OPERATORS = {"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "++", "--"}


def version_controls(text, path, marker="python_minor"):
    """{line: the line deciding whether it runs} for the code whose behaviour depends on the CPython
    version the runtime follows: every line that reads the version (`marker`) decides for itself;
    every line of a statement an `if` on the version controls (its `else` too) is decided by that
    `if`'s line. A mutant there can show on some targets only, and the scenarios that reach the
    deciding line are those that may show it (the others run on every version)."""
    a = Analysis(text, path)
    toks = a.tokens
    controls = {}
    for i, t in enumerate(toks):
        if t.text != "if" or toks[i + 1].text != "(":
            continue
        close = a.match[i + 1]
        if not any(toks[k].text == marker for k in range(i + 2, close)):
            continue
        end = _statement_end(a, i)  # the if with its else branches
        for line in range(t.line, toks[end].line + 1):
            controls.setdefault(line, t.line)
    for t in toks:
        if t.text == marker:
            controls[t.line] = t.line
    # A field read only on those lines shows its value on some versions only, so a line writing
    # it is version-dependent too, and decides for itself (the flag 3.10's state alone reads).
    reads, writes = {}, {}
    for i in range(1, len(toks) - 1):
        if toks[i - 1].text in ("->", ".") and toks[i].text != marker:
            kind = writes if toks[i + 1].text in ASSIGNMENT_OPERATORS else reads
            kind.setdefault(toks[i].text, []).append(toks[i].line)
    for field, lines in writes.items():
        if reads.get(field) and all(line in controls for line in reads[field]):
            for line in lines:
                controls.setdefault(line, line)
    return controls


def _statement_end(a, i):
    """Index of the last token of the statement starting at token i."""
    toks = a.tokens
    if toks[i].text == "{":
        return a.match[i]
    if toks[i].text in CONTROL:
        end = _statement_end(a, a.match[i + 1] + 1)
        if toks[i].text == "if":
            while end + 1 < len(toks) and toks[end + 1].text == "else":
                end = _statement_end(a, end + 2)
        return end
    if toks[i].text == "do":
        end = _statement_end(a, i + 1)  # the body, then `while (...);`
        return a.match[end + 2] + 1
    j = i
    while toks[j].text != ";":
        j = a.match[j] + 1 if toks[j].text in "([{" else j + 1
    return j


def _in_enum(a, i):
    """Is token i inside an enum's braces at the top level of the file?"""
    toks = a.tokens
    j = i
    depth = 0
    while j > 0:
        j -= 1
        if toks[j].text == "}":
            depth += 1
        elif toks[j].text == "{":
            if depth == 0:
                return j > 0 and (toks[j - 1].text == "enum" or
                                  (j > 1 and toks[j - 2].text == "enum"))
            depth -= 1
    return False


def _one_line(s):
    return " ".join(s.split())
