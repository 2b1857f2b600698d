"""Hand-kept notes: which mutants of the core no Python program can tell apart from the original.

A mutant the corpus misses and one of these rules matches is reported with the rule's reason and
left out of the "observable" scores (it still counts in the plain ones). A rule names a file, a
function ("" for file-level code such as enums) and optionally operators, a text the mutant's
description must contain (`contains`) and one its source line must contain (`line_contains`). Rules are about code, not scores: each says why the change cannot show
in a trace. Mutants that are observable get a scenario instead (spec/scenarios).
"""

# Every caller of ys_iternext (ys_next, the compiled for loop yc_for_next, yield from's delegate_send)
# takes a generator's own path first, so ys_iternext's generator branch runs only from the C API tests.
YS_ITERNEXT_GENERATOR_UNREACHED = (
    "ys_iternext's generator branch is reached by no compiled scenario: ys_next, the compiled for "
    "loop (yc_for_next) and yield from (delegate_send) all take a generator's own path before "
    "calling it; only the runtime's C tests pass it a generator")

# Every str of a scenario is valid UTF-8: literals (the compiler encodes them with Python's strict
# UTF-8 codec), their concatenations and repetitions, and the runtime's ASCII texts.
UTF8_ALWAYS_VALID = (
    "utf8_next's malformed-byte branches never run: every str a scenario can make is valid UTF-8 "
    "(literals as the compiler encodes them, strictly, so a lone surrogate is refused at compile "
    "time, and their concatenations and repetitions; type names and messages are ASCII)")

RULES = [
    # ---- memory management: which block an object gets, when it goes back to malloc ---------
    {"file": "impls/core/src/exc.c", "functions": ["exc_alloc", "exc_free", "ys_exc_pool_release_"],
     "why": "the exception pool only decides which memory an exception gets and when it goes back "
            "to malloc; a leak or a different pool size changes no trace (leaks are the valgrind "
            "step's)"},
    {"file": "impls/core/src/exc.c", "functions": [""],
     "why": "exception pool sizes (EXC_POOL_*) change memory reuse only"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_dealloc_"], "contains": "exc_free",
     "why": "skipping the free of a dead exception is a leak, invisible to Python"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_types_release_"],
     "why": "user exception classes are freed at runtime shutdown, after the last step"},
    {"file": "impls/core/src/gen.c", "functions": ["pool_class", "gen_alloc", "gen_free",
                                                   "ys_gen_pool_release_"],
     "why": "the generator block pool only decides which memory a generator gets and when it goes "
            "back to malloc; frames are cleared by the protocol, not by the pool"},
    {"file": "impls/core/src/gen.c", "functions": [""],
     "why": "generator pool sizes (POOL_*) change memory reuse only"},
    # ---- the same behaviour: independent statements exchanged ------------------------------
    {"file": "impls/core/src/value.c", "functions": ["int_binary", "int64_binary"], "operators": ["swap"],
     "contains": "q -= 1; / m += b;",
     "why": "the floor correction of quotient and remainder are independent statements: either "
            "order gives the same values"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["swap"],
     "why": "two independent stores into the buffer descriptor: either order gives the same state"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "32 ->",
     "why": "the repr buffer's first capacity only changes how often it grows"},
    # ---- code Python programs of the subset never reach --------------------------------------
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_send_ex"], "operators": ["delete"],
     "contains": "ys_incref_inline_(arg)",
     "why": "a send reaches this path of ys_gen_send_ex (suspended, not delegating) only with None "
            "(the compiled for loop; None is not counted): send() and next() take their own fast "
            "path, and a send to a delegator takes the yield-from shortcut"},
    {"file": "impls/core/src/runtime.c", "functions": ["print_unraisable", "ys_report_unraisable_"],
     "why": "the default unraisable hook writes to stderr; every driver (and the oracle) installs "
            "its own, which is what traces record"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_dealloc_"], "line_contains": "refcnt = 1",
     "why": "it guards resurrection by a finally block; a finally block can reach its own generator "
            "only through a reference the generator's frame holds, a cycle that is never freed"},
    # ---- failures a Python program cannot cause --------------------------------------------
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_type_new"], "contains": "MemoryError",
     "why": "malloc failing while a class is defined cannot be provoked from a scenario"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_dealloc_"], "contains": "freed while running",
     "why": "a RUNNING generator cannot lose its last reference: its caller holds one"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_dealloc_"],
     "line_contains": "if (!ys_is_null(g->delegate))",
     "why": "a generator being freed never delegates any more (close and a finished delegation "
            "both drop the subiterator), so this condition is always false"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "contains": "MemoryError",
     "why": "malloc failing at generator creation cannot be provoked from a scenario"},
    # ---- impls/core/src/value.c, impls/core/src/object.c (mut-value) ----
    {"file": "impls/core/src/value.c",
     "functions": ["gmp_out_of_memory", "gmp_allocate", "gmp_reallocate", "gmp_use_core_allocator",
                   "int_out_of_memory"],
     "why": "gmp's allocation functions differ from gmp's own only when malloc fails (they jump back "
            "to the int operation, which raises MemoryError); a scenario cannot make malloc fail"},
    {"file": "impls/core/src/value.c", "functions": ["gmp_guarded"], "operators": ["swap", "delete"],
     "contains": "gmp_out_of_memory_exit",
     "why": "where the out-of-memory exit is installed or restored matters only when gmp's malloc "
            "fails inside compute(), which a scenario cannot cause"},
    {"file": "impls/core/src/value.c", "functions": ["gmp_guarded"], "operators": ["swap"],
     "contains": "compute(context); / done = true;",
     "why": "compute() returns normally unless gmp's malloc fails (then it jumps past both), so "
            "`done = true` before or after it gives the same result"},
    {"file": "impls/core/src/value.c", "functions": ["gmp_release", "bigint_dealloc", "ys_str_dealloc_"],
     "why": "a str or big int going back to malloc changes no trace: neither has a finalizer or holds "
            "another value (a leak is the valgrind step's)"},
    {"file": "impls/core/src/value.c", "functions": ["ys_dealloc_"],
     "line_contains": "ys_str_dealloc_(v.as.s)",
     "why": "a dead str not freed is a leak: a str has no finalizer and holds no other value"},
    {"file": "impls/core/src/value.c", "functions": ["ys_dealloc_"],
     "line_contains": "bigint_dealloc(v.as.n)",
     "why": "a dead big int not freed is a leak: an int has no finalizer and holds no other value"},
    {"file": "impls/core/src/value.c", "functions": ["big_binary"], "operators": ["delete"],
     "contains": "mpz_clears",
     "why": "the scratch integers not cleared are a leak of gmp limbs, which no trace shows"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc"], "contains": "MemoryError",
     "why": "malloc failing for a str cannot be provoked from a scenario"},
    {"file": "impls/core/src/value.c", "functions": ["ys_int_from_decimal"],
     "contains": "invalid literal for int()",
     "why": "ys_int_from_decimal parses only the compiler's int literals, always valid decimal "
            "digits (the subset has no int() of a str), so the invalid-literal branch never runs"},
    {"file": "impls/core/src/value.c", "functions": ["ys_int_from_decimal"], "operators": ["delete"],
     "contains": "r = ys_null();",
     "why": "that store is in the invalid-literal branch, which never runs: the compiler passes only "
            "valid decimal literals (the subset has no int() of a str)"},
    {"file": "impls/core/src/value.c", "functions": ["ys_int_from_decimal"], "operators": ["delete"],
     "contains": "mpz_clear(p.value)",
     "why": "after int_from_mpz took the limbs over, the cleared variable owns none or a few: not "
            "clearing it is a leak, which no trace shows"},
    {"file": "impls/core/src/value.c", "functions": ["int64_binary"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "((m < 0) != (b < 0))",
     "why": "inside this test m != 0 and b != 0 (a zero divisor returned before), so `m < 1` is "
            "`m < 0` and `b < 1` is `b < 0`; the third constant of the line (`m != 1`) is killed by "
            "misc/floor_division_and_modulo_on_negatives (7 // -2)"},
    {"file": "impls/core/src/object.c", "functions": ["no_memory"],
     "why": "no_memory runs only when malloc fails for a tuple or an instance, which a scenario "
            "cannot cause"},
    {"file": "impls/core/src/object.c", "functions": ["tuple_of", "ys_iter", "ys_tuple_concat_"],
     "operators": ["swap"], "contains": "ys_incref(",
     "why": "storing a value and taking a reference to it are independent: either order leaves the "
            "same reference count and the same slot"},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_bounds"], "operators": ["swap"],
     "why": "a bound is an int (an immediate, for which incref does nothing, or a big int) or a bool "
            "made an int: taking its reference before or after converting or storing it gives the "
            "same bounds and counts"},
    {"file": "impls/core/src/object.c", "functions": ["ys_iter"], "operators": ["swap"],
     "contains": "slots[TUPLE_ITER_SEQ] = v; / it.as.o->slots[TUPLE_ITER_INDEX]",
     "why": "the tuple iterator's two slots are independent stores: either order gives the same "
            "iterator"},
    {"file": "impls/core/src/object.c", "functions": ["ys_iter"], "operators": ["swap"],
     "contains": "iter() returned non-iterator",
     "why": "releasing the refused value before formatting the TypeError gives the same trace "
            "(finalization/non_iterator_from_iter_is_released_with_the_typeerror shows its finalizer "
            "runs first either way); the message then reads the type name of a freed instance, a "
            "use after free only AddressSanitizer reports"},
    {"file": "impls/core/src/object.c", "functions": ["ys_iternext"],
     "line_contains": "ys_gen_send_ex(it.as.g",
     "why": YS_ITERNEXT_GENERATOR_UNREACHED},
    {"file": "impls/core/src/object.c", "functions": ["ys_iternext"],
     "line_contains": "YS_SEND_",
     "why": YS_ITERNEXT_GENERATOR_UNREACHED},
    {"file": "impls/core/src/object.c", "functions": ["ys_iternext"],
     "line_contains": "r.kind != YS_NONE",
     "why": YS_ITERNEXT_GENERATOR_UNREACHED},
    {"file": "impls/core/src/object.c", "functions": ["ys_iternext"],
     "line_contains": "YS_EXC(StopIteration), 1, &r",
     "why": YS_ITERNEXT_GENERATOR_UNREACHED},
    {"file": "impls/core/src/object.c", "functions": ["ys_iternext"],
     "line_contains": "ys_decref(r);",
     "why": YS_ITERNEXT_GENERATOR_UNREACHED},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_iter"], "operators": ["delete"],
     "contains": "ys_decref(bounds[i])",
     "why": "the bounds are dropped there only when malloc failed for the range iterator, which a "
            "scenario cannot cause; not dropping ints is a leak at most"},
    {"file": "impls/core/src/object.c", "functions": ["ys_tuple_dealloc_", "ys_object_dealloc_"],
     "operators": ["delete", "early-return"], "contains": "free(",
     "why": "the block of a dead tuple or instance not freed is a leak (its items were released "
            "before): no trace shows it"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"],
     "line_contains": "return 0xFFFD;",
     "why": UTF8_ALWAYS_VALID},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["delete"],
     "line_contains": "(*i)++;",
     "why": UTF8_ALWAYS_VALID},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["constant"],
     "contains": "0xC0 -> 193", "line_contains": "int extra =",
     "why": "the byte 0xC0 (like 0xC1) never occurs in valid UTF-8, where every str of a scenario "
            "is (an overlong lead byte), so `c >= 0xC1` and `c >= 0xC0` sort every byte alike"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["constant"],
     "contains": "0xF8 -> 249",
     "why": "bytes 0xF8 and above never occur in valid UTF-8, where every str of a scenario is"},
    {"file": "impls/core/src/value.c", "functions": ["int_from_mpz"], "operators": ["swap"],
     "contains": "n->head.refcnt = 1; / mpz_init(n->value);",
     "why": "setting the reference count and initialising the gmp variable touch different fields: "
            "either order gives the same big int"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["relational"],
     "contains": ">= -> >", "line_contains": "if (c >= 0x80 && (extra == 0",
     "why": "for valid UTF-8, where every str of a scenario is, this test is false at each of its "
            "bounds: no lead byte is 0x80 or 0xF8, and a sequence never ends exactly at the str's "
            "end with bytes missing, so `>` and `>=` agree"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["constant"],
     "contains": "0x80 -> 129", "line_contains": "if (c >= 0x80 && (extra == 0",
     "why": "0x80 is a continuation byte, never where a character starts in valid UTF-8, where every "
            "str of a scenario is, so `c >= 0x81` and `c >= 0x80` agree there"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["logical"],
     "contains": "|| -> &&", "line_contains": "if (c >= 0x80 && (extra == 0",
     "why": "for valid UTF-8, where every str of a scenario is, none of the three malformations "
            "holds, so their `||` and their `&&` are both false"},
    {"file": "impls/core/src/value.c", "functions": ["compare_bytes", "tuple_order", "ys_compare"],
     "operators": ["relational"], "line_contains": "(la > lb) - (la < lb)",
     "why": "(a > b) - (a < b) and the same with >= or <= give the same sign: for equal operands "
            "both terms change together (1 - 1 = 0), otherwise neither changes"},
    {"file": "impls/core/src/value.c", "functions": ["ys_compare"],
     "operators": ["relational"], "line_contains": "(x > y) - (x < y)",
     "why": "(x > y) - (x < y) and the same with >= or <= give the same sign: for equal operands "
            "both terms change together (1 - 1 = 0), otherwise neither changes"},
    {"file": "impls/core/src/value.c", "functions": ["compare_bytes"], "operators": ["relational"],
     "line_contains": "la < lb ? la : lb",
     "why": "the shorter length: for equal lengths either branch gives the same number"},
    {"file": "impls/core/src/value.c", "functions": ["values_equal", "ys_compare"],
     "operators": ["constant"], "line_contains": "int64_t x = 0, y = 0;",
     "why": "x and y are read only after as_int stored both, so their initial values never matter"},
    {"file": "impls/core/src/value.c", "functions": ["ordered"], "line_contains": "default: return false;",
     "why": "ys_compare answers == and != itself, so ordered only sees <, <=, > and >="},
    {"file": "impls/core/src/value.c", "functions": ["str_concat"], "operators": ["swap"],
     "why": "the two memcpy fill disjoint parts of the new str: either order gives the same bytes"},
    {"file": "impls/core/src/value.c", "functions": ["str_repeat"], "line_contains": "if (n < 0)",
     "operators": ["relational", "constant"],
     "why": "a count of 0 gives the empty str whether or not it is first set to 0 (`n <= 0`, `n < 1`)"},
    {"file": "impls/core/src/value.c", "functions": ["buf_escape_unit"], "operators": ["constant"],
     "contains": "12 -> 13",
     "why": "a bigger escape buffer than \\uXXXX needs changes nothing written"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "1 -> 2",
     "why": "reserving one byte more than the text and its NUL changes only the buffer's capacity"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "2 -> 3",
     "why": "growing the repr buffer by 3 instead of 2 changes only its capacity"},
    {"file": "impls/core/src/value.c", "functions": ["gmp_guarded"], "operators": ["constant"],
     "line_contains": "bool done = false;",
     "why": "done starts false only for the case gmp's malloc fails (compute() jumps out before "
            "`done = true`), which a scenario cannot cause"},
    {"file": "impls/core/src/value.c", "functions": ["int64_binary"], "operators": ["relational"],
     "contains": "< -> <=", "line_contains": "((m < 0) != (b < 0))",
     "why": "inside this test m != 0 and b != 0 (a zero divisor returned before), so `m <= 0` is "
            "`m < 0` and `b <= 0` is `b < 0`"},
    {"file": "impls/core/src/object.c", "functions": ["call_bound"], "operators": ["constant"],
     "contains": "4 -> 5", "line_contains": "ys_value argv[4];",
     "why": "a bigger argument array than the calls use changes nothing passed"},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_iter"], "operators": ["constant"],
     "contains": "3 -> 4", "line_contains": "ys_value bounds[3];",
     "why": "a bigger bounds array than ys_range_bounds fills changes nothing stored"},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_advance"], "operators": ["relational"],
     "contains": "> -> >=", "line_contains": "step > 0 ?",
     "why": "the step is never 0 here (range() refuses a zero step first), so `step >= 0` is "
            "`step > 0`"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["constant"],
     "contains": "1 -> 2", "line_contains": "mpz_sizeinbase(v.as.n->value, 10) + 1",
     "why": "reserving one byte more for a big int's digits changes only the buffer's capacity"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["delete", "swap"],
     "line_contains": "abort();",
     "why": "the repr buffer's realloc failing cannot be provoked from a scenario"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["delete", "swap"],
     "contains": "out of memory in ys_repr",
     "why": "the repr buffer's realloc failing cannot be provoked from a scenario"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc", "int_from_mpz"], "operators": ["constant"],
     "contains": "1 -> 2", "line_contains": "head.refcnt = 1;",
     "why": "a str or big int starting with one reference too many is never freed: a leak, and "
            "neither has a finalizer or holds another value"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc"], "operators": ["swap"],
     "why": "the header stores of a new str (reference count, length, terminator, data pointer) are "
            "independent: either order gives the same str"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc"], "operators": ["constant"],
     "contains": "1 -> 2", "line_contains": "malloc(sizeof *s + len + 1)",
     "why": "allocating one byte more for a str changes only the block's size"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc", "int_from_mpz"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "ys_value v = {",
     "why": "the union's placeholder initialiser is overwritten by the next statement"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["constant"],
     "contains": "24 -> 25", "line_contains": "char num[24];",
     "why": "a bigger digit buffer than an int64_t needs changes nothing written"},
    {"file": "impls/core/src/value.c", "functions": ["ys_repr"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "buf_reserve(&b, 0);",
     "why": "reserving one byte more changes only the buffer's capacity"},
    {"file": "impls/core/src/value.c", "functions": ["ys_repr"], "operators": ["delete", "constant"],
     "line_contains": "b.data[0] = '\\0';",
     "why": "every case of repr_into writes text and terminates it (buf_append, and mpz_get_str for "
            "a big int), so the empty string's terminator is always overwritten"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["delete"],
     "contains": "b->cap = cap;",
     "why": "with the capacity never recorded, each append reallocates the buffer to a size that "
            "holds the text and its NUL: the same text, more reallocs"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["constant"],
     "contains": "10 -> 11", "line_contains": "buf_reserve(b, mpz_sizeinbase(",
     "why": "sizing a big int's digits in base 11 reserves too few bytes, so mpz_get_str writes past "
            "the reserved capacity: a heap overflow only AddressSanitizer reports (the asan step); "
            "the text is unchanged, and glibc's heap checks did not trip even for the 4001-digit int "
            "of misc/ints_of_thousands_of_digits_are_written_in_full"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["relational"],
     "why": "growing the repr buffer when it is exactly full, or doubling once more, changes only its "
            "capacity, never the text written into it"},
]


def explain(record):
    """The reason a mutant is unobservable from Python, or None."""
    for rule in RULES:
        if record["file"] != rule["file"] or record.get("function", "") not in rule["functions"]:
            continue
        if "operators" in rule and record["operator"] not in rule["operators"]:
            continue
        if "contains" in rule and rule["contains"] not in record["description"]:
            continue
        if "line_contains" in rule and rule["line_contains"] not in record.get("source", ""):
            continue
        return rule["why"]
    return None
