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
    # ---- impls/core/src/gen.c (mut-gen) ----
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_forget_stack_floor_", "ys_gen_handling_release_"],
     "why": "runs only in ys_runtime_shutdown, after the last step: each scenario is driven in its own "
            "forked child (conformance/driver/isolate.c), which exits right after it, so a reset "
            "left out or a table leaked reaches no later code"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_suspended_handling", "rename_generator"],
     "operators": ["swap"], "contains": "abort();",
     "why": "the message and the abort of a failed malloc/realloc, which no scenario can provoke"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_release_kept_frame_"], "operators": ["delete"],
     "contains": "ys_decref(gen_value(g))",
     "why": "a leak of a generator that is already CLOSED with its frame cleared: freeing it runs no "
            "code (no delegate, no frame), so only valgrind sees the difference"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["early-return"],
     "why": "skips the backend's destroy and the free of a generator that is being freed: a leak of "
            "its block and context. The handling-table entry it also skips exists only for a "
            "generator finished at the recursion limit while suspended in an except block (every "
            "other way out resumes the body, which removes it), and a stale entry only turns the "
            "shortcut off and makes close() raise a fresh GeneratorExit instead of the shared one, "
            "which ys_gen_close swallows before any code runs"},
    {"file": "impls/core/src/gen.c", "functions": ["clear_frame"], "operators": ["delete", "constant"],
     "line_contains": "frame_cleared = true",
     "why": "without the flag, release() clears the frame a second time; frame_clear sets each slot "
            "to NULL as it releases it (ys_setref), so the second clear releases nothing"},
    {"file": "impls/core/src/gen.c",
     "functions": ["recursion_error", "ys_gen_send_ex", "throw_to_iterator_delegate", "body_stopped",
                   "throw_pending", "already_executing", "iterator_outcome", "gen_throw_ex"],
     "operators": ["delete"], "contains": "*result = ys_null();",
     "why": "every caller (the core, ys_iternext, the compiled for loop, the driver through "
            "as_python_result) reads *result only after YS_SEND_YIELD or YS_SEND_RETURN; after "
            "YS_SEND_ERROR the pending exception is the outcome"},
    {"file": "impls/core/src/gen.c", "functions": ["body_stopped"], "operators": ["swap"],
     "contains": "*result",
     "why": "*result is the caller's local, which neither finishing the generator nor the "
            "finalizers that clearing its frame runs can read: either order gives the same state"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new", "rename_generator", "send_shortcut"],
     "operators": ["swap"],
     "why": "two independent stores (fresh fields of a new generator, the list head and the "
            "generator's code, the RUNNING marks of top and leaf): either order gives the same state "
            "before any code runs"},
    {"file": "impls/core/src/gen.c", "functions": ["throw_to_iterator", "gen_throw_ex"], "operators": ["swap"],
     "contains": "incref",
     "why": "the exception is held by throw()'s caller and nothing is pending before it is set, so taking "
            "the reference after setting it frees nothing in between: the same refcount, the same "
            "pending exception"},
    {"file": "impls/core/src/gen.c", "functions": ["close_delegate"], "operators": ["constant"],
     "contains": "1 -> 2", "line_contains": "return -1",
     "why": "its callers test the result with < 0 and == 0 only, which -2 passes as -1 does"},
    {"file": "impls/core/src/gen.c", "functions": ["run_body"], "operators": ["constant"],
     "line_contains": "__builtin_expect",
     "why": "the second argument of __builtin_expect is a branch-layout hint; the condition is "
            "unchanged"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_dealloc_"], "operators": ["constant"],
     "line_contains": "--g->head.refcnt > 0",
     "why": "the count after finalization is always 0 here: a finally block cannot resurrect its "
            "own generator (see the rule on refcnt = 1), so > 1 decides as > 0 does"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_run_step"],
     "why": "no generator reaches it: the stackless backend's resume is ys_gen_run_step, and "
            "ys_gen_new then calls the step function directly (direct_step), which every code "
            "compiled for that backend has"},
    {"file": "impls/core/src/gen.c", "functions": ["drop_delegate"], "operators": ["swap"],
     "why": "the epoch moves after instead of before the release of the subiterator; that release "
            "runs no Python code that could take a cached shortcut: the subgenerator has finished "
            "(end_delegation, close_delegate), an iterator object has no finalizer, and at the "
            "recursion limit (recursion_error) no frame can start"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new", "take_transfer"], "operators": ["delete"],
     "contains": "transfer = ys_null();",
     "why": "transfer is written before every read: resume_body stores the input before each "
            "resume and the body stores what it hands out before each handoff; clearing it only "
            "tidies (nothing releases what it holds)"},
    {"file": "impls/core/src/gen.c", "functions": ["start_delegation"], "operators": ["delete"],
     "contains": "delegation_changed()",
     "why": "a delegation starts at the bottom of a chain: a path cached before it names the "
            "generator that now delegates as its leaf, which shortcut_leaf refuses (a leaf must not "
            "delegate), so the send goes level by level with the same outcome; every other change "
            "of a chain (drop_delegate) still moves the epoch"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_next_default"], "operators": ["swap"],
     "why": "the default is held by next()'s caller, so releasing the StopIteration first cannot "
            "free it: the same references either way"},
    {"file": "impls/core/src/gen.c", "functions": ["may_enter_frame"], "operators": ["relational"],
     "line_contains": "frame_depth < recursion_limit()",
     "why": "moves the recursion limit by one frame everywhere; a scenario sees depth only relative "
            "to where it starts (the C driver starts at depth 0, CPython's oracle a few frames "
            "deeper, spec/TRACE.md has no absolute depth), and every relative measure moves alike"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_send_ex"], "operators": ["relational"],
     "line_contains": "frame_depth + g->path_levels < recursion_limit()",
     "why": "at equality the shortcut is taken where level-by-level forwarding was: both enter every "
            "delegating level and fail at the leaf, the first frame that cannot start, and the "
            "outcome goes up the same levels at the same depths (bubble_up)"},
    {"file": "impls/core/src/gen.c", "functions": ["shortcut_leaf"], "operators": ["early-return"],
     "why": "the yield-from shortcut is off: every send goes level by level, the path the shortcut "
            "itself falls back to and whose outcomes (values, states, depths) it reproduces"},
    {"file": "impls/core/src/gen.c", "functions": ["recursion_error"], "operators": ["delete"],
     "contains": "drop_delegate(g)",
     "why": "the subgenerator dropped here is released at the recursion limit, where its "
            "finalization cannot start a frame: the only trace of that release is an unraisable "
            "RecursionError, which CPython 3.12+ cannot record either (the oracle's unraisablehook "
            "is a Python function that cannot start there: 'Exception ignored in sys.unraisablehook'), "
            "while 3.8-3.11 run the subgenerator's finally blocks in the headroom they allow after "
            "an overflow; no scenario can both match CPython and see when this drop happens"},
    {"file": "impls/core/src/gen.c", "functions": ["recursion_error"], "operators": ["negate"],
     "line_contains": "g->delegate",
     "why": "a generator without a subgenerator then gets a drop_delegate of nothing (no effect), "
            "and one with a subgenerator keeps it past the recursion limit: as the deleted "
            "drop_delegate(g) of this function, no scenario can match CPython and see that"},
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
