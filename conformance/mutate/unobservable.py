"""Hand-kept notes: which mutants of the core no Python program can tell apart from the original.

A mutant the corpus misses and one of these rules matches is reported with the rule's reason and
left out of the "observable" scores (it still counts in the plain ones). A rule names a file, a
function ("" for file-level code such as enums) and optionally operators, a text the mutant's
description must contain (`contains`) and one its source line must contain (`line_contains`). Rules are about code, not scores: each says why the change cannot show
in a trace. Mutants that are observable get a scenario instead (spec/scenarios).
"""

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
    {"file": "impls/core/src/value.c", "functions": ["int_binary"], "operators": ["swap"],
     "contains": "q -= 1; / m += b;",
     "why": "the floor correction of quotient and remainder are independent statements: either "
            "order gives the same values"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["swap"],
     "why": "two independent stores into the buffer descriptor: either order gives the same state"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "32 ->",
     "why": "the repr buffer's first capacity only changes how often it grows"},
    # ---- code Python programs of the subset never reach --------------------------------------
    {"file": "impls/core/src/value.c", "functions": ["ys_is"],
     "why": "the subset allows `is` only against None (spec/SUBSET.md), so ys_is never compares "
            "two bools, ints or strs"},
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
