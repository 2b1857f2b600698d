"""Hand-kept notes: which mutants of the core no Python program can tell apart from the original.

A mutant the corpus misses and one of these rules matches is reported with the rule's reason and
left out of the "observable" scores (it still counts in the plain ones). A rule names a file, a
function ("" for file-level code such as enums) and optionally operators, a text the mutant's
description must contain (`contains`) and one its source line must contain (`line_contains`). Rules are about code, not scores: each says why the change cannot show
in a trace. Mutants that are observable get a scenario instead (spec/scenarios).

Many rules below explain leaks, which no trace shows. The corpus now checks them anyway: after each
scenario's shutdown `yieldspec check` fails a run whose core still holds a block of its own count
while no generator is alive (impls/core/README.md), so it detects most of those mutants and their
rule no longer applies. A rule still explains a leak where that check cannot judge: one the mutant
makes while a generator stays alive (a leaked reference to it, or a reference cycle), or one of
memory the count does not see.
"""

# Every caller of ys_iternext (ys_next, the compiled for loop yc_for_next, yield from's delegate_send)
# takes a generator's own path first, so ys_iternext's generator branch runs only from the C API tests.
YS_ITERNEXT_GENERATOR_UNREACHED = (
    "ys_iternext's generator branch is reached by no compiled scenario: ys_next, the compiled for "
    "loop (yc_for_next) and yield from (delegate_send) all take a generator's own path before "
    "calling it; only the runtime's C tests pass it a generator (impls/tests/test_objects.c: its "
    "values, StopIteration(value), and the return value released with the exception)")

# Every str of a scenario is valid UTF-8: literals (the compiler encodes them with Python's strict
# UTF-8 codec), their concatenations and repetitions, and the runtime's ASCII texts.
UTF8_ALWAYS_VALID = (
    "utf8_next's malformed-byte branches never run: every str a scenario can make is valid UTF-8 "
    "(literals as the compiler encodes them, strictly, so a lone surrogate is refused at compile "
    "time, and their concatenations and repetitions; type names and messages are ASCII)")

RELEASE_CAUGHT_EVERY_EXCEPTION_LIVES_ON = (
    "a handler's slot always holds an exception when released (ys_err_fetch_caught_ filled it "
    "from the pending one), so `||` and `refcnt > 0` both say every caught exception lives on: "
    "the one the handler held the last reference to is then given a block of kept frames, but the "
    "decref just after frees it and takes it off the list; the flag set for the generator or the "
    "function only makes its end search that list for exceptions it caught, where only those that "
    "really outlived their handler are, which had set the flag anyway (the same argument as "
    "`> -> >=` on this line)")

# A pool's per-class count (exc.c exc_pool_count, gen.c gen_pool_count) is read only by the free
# that decides whether to keep a block.
POOL_COUNT_ONLY_CAPS = (
    "the count is read only where a freed block is either kept in the pool or given back to "
    "malloc, so a count off, never raised, never lowered or not reset only keeps more or fewer "
    "blocks (the pool never holds more blocks than were alive at once, as each is reused before "
    "malloc is called, and shutdown frees every pooled block whatever the count says): which "
    "memory an object gets changes, not what it holds, so no trace differs. Not equivalent: when "
    "blocks go back to malloc changes, which a test counting malloc's blocks sees: the runtime "
    "tests pools::keep_a_bounded_number_of_freed_... (impls/tests/test_memory.c) check that a pool "
    "stays bounded and keeps as many blocks in every round and every run, and int_literals::parsed_from_"
    "decimal_text_keep_no_block_once_released saw the exception pool's count never raised wrap "
    "below 0)")

# Every generator block is at least YS_GEN_FRAME_OFFSET_ (128) bytes (core_internal.h asserts it).
NO_GENERATOR_IN_CLASS_0 = (
    "no generator block is in class 0: class 0 holds blocks of at most POOL_BASE (24) bytes and "
    "every generator is at least YS_GEN_FRAME_OFFSET_ (128) bytes, so pool_class gives -1 or a "
    "class of 7 and more, and a test or a branch that differs only at size POOL_BASE or class 0 "
    "decides alike for every block")

# Only a body resumed with the backend's own resume, not through the core, leaves a floor behind.
FLOOR_LEFT_BY_A_RAW_RESUME = (
    "the stack floor is forgotten at shutdown: every resume through the core puts the resumer's "
    "floor back, so only a body resumed around the core (the benchmarks' raw round trip) leaves "
    "one, which no scenario does; the runtime test shutdown::forgets_the_stack_floor_of_a_body_"
    "resumed_around_the_core (impls/tests/test_memory.c) does, and sees the runtime not at rest")

# The path cache of a new generator (ys_gen_new): path_epoch 0 keeps the rest unread.
NEW_GENERATORS_PATH_CACHE_IS_STALE = (
    "path_leaf and path_levels are read only when path_epoch equals delegation_epoch, and both are "
    "written by the walk that sets path_epoch; delegation_epoch starts at 1 and every "
    "start_delegation moves it, so when shortcut_leaf first runs (g delegates) it is at least 2 "
    "and a new generator's path_epoch of 0 or 1 is stale either way")

RULES = [
    # ---- memory management: which block an object gets, when it goes back to malloc ---------
    {"file": "impls/core/src/exc.c", "functions": ["exc_alloc"], "operators": ["swap"],
     "equivalent": True,
     "why": "independent stores: the pool's list head and its count, or two optional fields of a "
            "fresh block; neither reads the other, so either order leaves the same state"},
    {"file": "impls/core/src/exc.c", "functions": ["exc_alloc", "exc_free", "ys_exc_pool_release_"],
     "operators": ["delete", "early-return", "constant"], "line_contains": "exc_pool_count[",
     "why": POOL_COUNT_ONLY_CAPS},
    {"file": "impls/core/src/exc.c", "functions": ["exc_alloc"], "operators": ["delete"],
     "line_contains": "e->",
     "why": "an optional field of a block fresh from malloc left as malloc gave it: in a scenario's "
            "short-lived process that memory comes zeroed from the kernel, so no trace differs; the "
            "runtime test fresh_blocks::a_new_exception_has_no_cause_context_or_suppressed_context_"
            "whatever_malloc_s_memory_held (impls/tests/test_memory.c) fills new blocks and sees it"},
    {"file": "impls/core/src/exc.c", "functions": ["exc_alloc", "exc_free", "ys_exc_pool_release_"],
     "why": "the exception pool only decides which memory an exception gets and when it goes back "
            "to malloc; a leak or a different pool size changes no trace (leaks are the valgrind "
            "step's)"},
    {"file": "impls/core/src/exc.c", "functions": [""],
     "equivalent": True,
     "why": "exception pool sizes (EXC_POOL_*) change memory reuse only"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_dealloc_"], "contains": "exc_free",
     "why": "skipping the free of a dead exception is a leak, invisible to Python"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_types_release_"],
     "why": "user exception classes are freed at runtime shutdown, after the last step"},
    {"file": "impls/core/src/gen.c", "functions": ["gen_alloc", "gen_free"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "c < 0",
     "equivalent": True,
     "why": "class 0 holds blocks of at most POOL_BASE (24) bytes, and every generator is at least "
            "YS_GEN_FRAME_OFFSET_ (128) bytes, its frame's offset (core_internal.h asserts it), so "
            "pool_class gives -1 or a class of 7 and more: `c < 1` and `c < 0` agree on every "
            "block"},
    {"file": "impls/core/src/gen.c", "functions": ["gen_free"], "operators": ["swap"],
     "contains": "gen_pool[c] = b; / gen_pool_count[c]++;",
     "equivalent": True,
     "why": "the list head and the count of one class are independent stores: neither reads the "
            "other, so either order leaves the same pool"},
    {"file": "impls/core/src/gen.c", "functions": ["gen_alloc"], "operators": ["swap"],
     "contains": "gen_pool[c] = b->next; / gen_pool_count[c]--;",
     "equivalent": True,
     "why": "the list head and the count of one class are independent stores: neither reads the "
            "other, so either order leaves the same pool"},
    {"file": "impls/core/src/gen.c", "functions": ["gen_alloc", "gen_free"], "operators": ["relational"],
     "contains": "< -> <=", "line_contains": "c < 0", "equivalent": True, "why": NO_GENERATOR_IN_CLASS_0},
    {"file": "impls/core/src/gen.c", "functions": ["pool_class"], "operators": ["relational"],
     "contains": "<= -> <", "line_contains": "size <= POOL_BASE", "equivalent": True,
     "why": NO_GENERATOR_IN_CLASS_0},
    {"file": "impls/core/src/gen.c", "functions": ["pool_class"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "size <= POOL_BASE ? 0", "equivalent": True,
     "why": NO_GENERATOR_IN_CLASS_0},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_pool_release_"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "for (int c = 0", "equivalent": True,
     "why": NO_GENERATOR_IN_CLASS_0},
    {"file": "impls/core/src/gen.c", "functions": ["pool_class"], "operators": ["relational"],
     "contains": "> -> >=", "line_contains": "size > POOL_MAX", "equivalent": True,
     "why": "a block of exactly POOL_MAX bytes is then not pooled: malloc gives it and free takes "
            "it back, as for every larger block; which memory a generator gets changes, not what "
            "it holds"},
    {"file": "impls/core/src/gen.c", "functions": ["gen_free"], "operators": ["relational"],
     "contains": ">= -> >", "line_contains": "gen_pool_count[c] >= POOL_KEEP",
     "equivalent": True,
     "why": "a class then keeps up to POOL_KEEP + 1 freed blocks: the pool with POOL_KEEP one larger, "
            "a tuning constant (see the rule on POOL_*), still bounded, its count still exact"},
    {"file": "impls/core/src/gen.c", "functions": ["gen_alloc", "gen_free", "ys_gen_pool_release_"],
     "operators": ["delete", "early-return", "constant", "relational"], "line_contains": "gen_pool_count[c]",
     "why": POOL_COUNT_ONLY_CAPS},
    {"file": "impls/core/src/gen.c", "functions": ["pool_class", "gen_alloc", "gen_free",
                                                   "ys_gen_pool_release_"],
     "why": "the generator block pool only decides which memory a generator gets and when it goes "
            "back to malloc; frames are cleared by the protocol, not by the pool"},
    {"file": "impls/core/src/gen.c", "functions": [""],
     "equivalent": True,
     "why": "generator pool sizes (POOL_*) change memory reuse only"},
    # ---- the same behaviour: independent statements exchanged ------------------------------
    {"file": "impls/core/src/value.c", "functions": ["int_binary", "int64_binary"], "operators": ["swap"],
     "contains": "q -= 1; / m += b;",
     "equivalent": True,
     "why": "the floor correction of quotient and remainder are independent statements: either "
            "order gives the same values"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["swap"],
     "equivalent": True,
     "why": "two independent stores into the buffer descriptor: either order gives the same state"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "32 ->",
     "equivalent": True,
     "why": "the repr buffer's first capacity only changes how often it grows"},
    # ---- code Python programs of the subset never reach --------------------------------------
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_send_ex"], "operators": ["delete"],
     "contains": "ys_incref_inline_(arg)",
     "why": "a send reaches this path of ys_gen_send_ex (suspended, not delegating) only with None "
            "(the compiled for loop; None is not counted): send() and next() take their own fast "
            "path, and a send to a delegator takes the yield-from shortcut. A C caller may send "
            "any value: the runtime test send_ex::a_value_sent_into_a_suspended_body_outlives_the_"
            "senders_reference (impls/tests/test_protocol.c) sees the missing reference"},
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
     "why": "a RUNNING generator cannot lose its last reference: its caller holds one; only C code "
            "can drop it, as the runtime test release::of_a_generator_by_its_own_body_aborts_with_a_"
            "message (impls/tests/test_lifetime.c) does, which checks the message and the abort"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "contains": "MemoryError",
     "why": "malloc failing at generator creation cannot be provoked from a scenario"},
    # ---- impls/core/src/gen.c (mut-gen) ----
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_forget_stack_floor_"],
     "why": FLOOR_LEFT_BY_A_RAW_RESUME},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_handling_release_"], "operators": ["swap"],
     "contains": "handling_gens = NULL; / n_handling_gens = handling_capacity = 0;",
     "equivalent": True,
     "why": "three independent stores of constants into globals, with no code between them: either "
            "order leaves the same empty table"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_handling_release_"],
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
     "equivalent": True,
     "why": "without the flag, release() clears the frame a second time; frame_clear sets each slot "
            "to NULL as it releases it (ys_setref), so the second clear releases nothing"},
    {"file": "impls/core/src/gen.c", "functions": ["iterator_outcome"], "operators": ["delete"],
     "contains": "*result = ys_null();",
     "equivalent": True,
     "why": "iterator_outcome is static, and after YS_SEND_ERROR each of its callers hands the result "
            "only to end_delegation, which passes it on only after YS_SEND_RETURN (delegate_send in "
            "start_delegation and ys_gen_send_ex, throw_to_iterator; gen_throw_ex calls it only "
            "for a StopIteration, a return): a result left unset is never read"},
    {"file": "impls/core/src/gen.c",
     "functions": ["throw_to_iterator_delegate", "throw_pending", "iterator_outcome", "gen_throw_ex"],
     "operators": ["delete"], "contains": "*result = ys_null();",
     "equivalent": True,
     "why": "a static function whose *result after YS_SEND_ERROR nobody reads: its callers hand "
            "the status and result to as_python_result (ys_gen_throw, ys_throw), which reads the "
            "result only after YS_SEND_YIELD or YS_SEND_RETURN, to ys_gen_close, which does the "
            "same, or to end_delegation, which passes YS_NULL on into the body after an error "
            "(delegate_send's callers, gen_throw_ex's own call on a subgenerator); none of them "
            "reaches ys_gen_send_ex's caller"},
    {"file": "impls/core/src/gen.c",
     "functions": ["recursion_error", "ys_gen_send_ex", "body_stopped", "already_executing"],
     "operators": ["delete"], "contains": "*result = ys_null();",
     "why": "every caller in the repository (the core, ys_iternext, the compiled for loop, the "
            "driver through as_python_result) reads *result only after YS_SEND_YIELD or "
            "YS_SEND_RETURN; after YS_SEND_ERROR the pending exception is the outcome. gen.h "
            "promises YS_NULL to other C callers of ys_gen_send_ex: the runtime tests send_ex::"
            "reports_each_failure_with_YS_SEND_ERROR_and_a_null_result and reentrancy::"
            "ys_gen_send_ex_to_a_running_generator_reports_YS_SEND_ERROR_and_a_null_result "
            "(impls/tests/test_protocol.c) check the failures a send can end in"},
    {"file": "impls/core/src/gen.c", "functions": ["body_stopped"], "operators": ["swap"],
     "contains": "*result",
     "equivalent": True,
     "why": "*result is the caller's local, which neither finishing the generator nor the "
            "finalizers that clearing its frame runs can read: either order gives the same state"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new", "rename_generator", "send_shortcut"],
     "operators": ["swap"],
     "equivalent": True,
     "why": "two independent stores (fresh fields of a new generator, the list head and the "
            "generator's code, the RUNNING marks of top and leaf): either order gives the same state "
            "before any code runs"},
    {"file": "impls/core/src/gen.c", "functions": ["throw_to_iterator", "gen_throw_ex"], "operators": ["swap"],
     "contains": "incref",
     "equivalent": True,
     "why": "the exception is held by throw()'s caller and nothing is pending before it is set, so taking "
            "the reference after setting it frees nothing in between: the same refcount, the same "
            "pending exception"},
    {"file": "impls/core/src/gen.c", "functions": ["close_delegate"], "operators": ["constant"],
     "contains": "1 -> 2", "line_contains": "return -1",
     "equivalent": True,
     "why": "its callers test the result with < 0 and == 0 only, which -2 passes as -1 does"},
    {"file": "impls/core/src/gen.c", "functions": ["run_body"], "operators": ["constant"],
     "line_contains": "__builtin_expect",
     "equivalent": True,
     "equivalent": True,
     "equivalent": True,
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
    {"file": "impls/core/src/gen.c", "functions": ["take_delegate"], "operators": ["swap"],
     "equivalent": True,
     "why": "the field is cleared and the epoch moved with nothing between them that reads either: "
            "the subiterator is released by the caller, after both"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new", "take_transfer"], "operators": ["delete"],
     "contains": "transfer = ys_null();",
     "equivalent": True,
     "why": "transfer is written before every read: resume_body stores the input before each "
            "resume and the body stores what it hands out before each handoff; clearing it only "
            "tidies (nothing releases what it holds)"},
    {"file": "impls/core/src/gen.c", "functions": ["start_delegation"], "operators": ["delete"],
     "contains": "delegation_changed()",
     "equivalent": True,
     "why": "a delegation starts at the bottom of a chain: a path cached before it names the "
            "generator that now delegates as its leaf, which shortcut_leaf refuses (a leaf must not "
            "delegate), so the send goes level by level with the same outcome; every other change "
            "of a chain (drop_delegate) still moves the epoch"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_next_default"], "operators": ["swap"],
     "equivalent": True,
     "why": "the default is held by next()'s caller, so releasing the StopIteration first cannot "
            "free it: the same references either way"},
    {"file": "impls/core/src/gen.c", "functions": ["may_enter_frame"], "operators": ["relational"],
     "line_contains": "frame_depth < recursion_limit()",
     "why": "moves the recursion limit by one frame everywhere; a scenario sees depth only relative "
            "to where it starts (the C driver starts at depth 0, CPython's oracle a few frames "
            "deeper, spec/TRACE.md has no absolute depth), and every relative measure moves alike"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_send_ex"], "operators": ["relational"],
     "line_contains": "frame_depth + g->path_levels < recursion_limit()",
     "equivalent": True,
     "why": "at equality the shortcut is taken where level-by-level forwarding was: both enter every "
            "delegating level and fail at the leaf, the first frame that cannot start, and the "
            "outcome goes up the same levels at the same depths (bubble_up)"},
    {"file": "impls/core/src/gen.c", "functions": ["shortcut_leaf"], "operators": ["early-return"],
     "equivalent": True,
     "why": "the yield-from shortcut is off: every send goes level by level, the path the shortcut "
            "itself falls back to and whose outcomes (values, states, depths) it reproduces; only "
            "the time a send takes changes (one step per level), which benchmarks measure, not tests"},
    {"file": "impls/core/src/gen.c", "functions": ["recursion_error"], "operators": ["delete"],
     "contains": "drop_delegate(g)",
     "why": "the subgenerator dropped here is released at the recursion limit, where its "
            "finalization cannot start a frame: the only trace of that release is an unraisable "
            "RecursionError, which CPython 3.12+ cannot record either (the oracle's unraisablehook "
            "is a Python function that cannot start there: 'Exception ignored in sys.unraisablehook'), "
            "while 3.8-3.11 run the subgenerator's finally blocks in the headroom they allow after "
            "an overflow; no scenario can both match CPython and see when this drop happens. The "
            "runtime test yield_from::a_delegator_refused_at_the_recursion_limit_lets_go_of_its_"
            "subgenerator_as_it_finishes (impls/tests/test_yield_from.c) sees it"},
    {"file": "impls/core/src/gen.c", "functions": ["recursion_error"], "operators": ["negate"],
     "line_contains": "g->delegate",
     "why": "a generator without a subgenerator then gets a drop_delegate of nothing (no effect), "
            "and one with a subgenerator keeps it past the recursion limit: as the deleted "
            "drop_delegate(g) of this function, no scenario can match CPython and see that"},
    # ---- impls/core/src/exc.c, impls/core/src/runtime.c (mut-exc) ----
    {"file": "impls/core/src/exc.c",
     "functions": ["ys_exc_new", "exc_new_vformat", "keep_frame", "ys_err_keep_function_frame",
                   "ys_exc_setattr_", "kept_frames_with_room", "keep_function_frame"],
     "operators": ["delete", "swap"], "line_contains": "abort();",
     "why": "it ends the process when malloc or realloc fails, which a scenario cannot provoke"},
    {"file": "impls/core/src/exc.c",
     "functions": ["ys_exc_new", "exc_new_vformat", "keep_frame", "ys_err_keep_function_frame",
                   "ys_exc_setattr_", "kept_frames_with_room", "keep_function_frame"],
     "operators": ["delete", "swap"], "line_contains": "out of memory",
     "why": "stderr text written only when malloc or realloc fails, which a scenario cannot provoke; "
            "no driver records stderr"},
    {"file": "impls/core/src/exc.c", "functions": ["exc_new_vformat"], "operators": ["constant"],
     "contains": "1 -> 0", "line_contains": "ys_alloc_((size_t)n + 1)",
     "why": "a long message's buffer one byte short: vsnprintf writes the message's NUL one byte "
            "past the block, into glibc's chunk slack, so the message reads the same; only "
            "AddressSanitizer reports the write (the sanitizer step, for a message of 256 bytes "
            "or more)"},
    {"file": "impls/core/src/exc.c", "functions": ["exc_new_vformat"], "operators": ["constant"],
     "contains": "1 -> 2",
     "equivalent": True,
     "why": "a long message's buffer, or the bound vsnprintf is given, one byte larger than the "
            "message and its NUL need: vsnprintf writes the same n + 1 bytes"},
    {"file": "impls/core/src/exc.c", "functions": ["exc_new_vformat"], "operators": ["constant"],
     "contains": "256 -> 257",
     "equivalent": True,
     "why": "the stack buffer and the bound it is compared with grow together: every message is "
            "formatted the same, only one length (256) moves from the heap buffer to the stack one"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_getattr_", "ys_exc_setattr_"],
     "why": "attributes stored on an exception (e.attrs) are unreachable from the subset: the "
            "compiler stores attributes only through ys_setattr (`self.attr = ...` in an iterator "
            "class's method, object.c), never through ys_store_attribute, so no exception ever has "
            "one (the runtime tests in impls/tests store them through the API)"},
    {"file": "impls/core/src/exc.c", "functions": ["exc_release_contents"],
     "operators": ["delete", "swap"], "line_contains": "attrs",
     "why": "an exception's stored attributes are unreachable from the subset (see "
            "ys_exc_setattr_): e->attrs is always NULL when it is released"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_stop_value"],
     "line_contains": "ys_incref(assigned)",
     "why": "a value assigned to StopIteration.value is unreachable from the subset (no attribute "
            "is ever stored on an exception, see ys_exc_setattr_)"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_fetch_caught_"], "operators": ["delete"],
     "line_contains": "ys_decref(e);",
     "equivalent": True,
     "why": "the reference dropped is one to the process-lifetime GeneratorExit of close(), whose "
            "count never reaches zero anyway: a missing decref only leaves the count higher"},
    {"file": "impls/core/src/exc.c", "functions": ["keep_frame", "unlink_kept_frames"],
     "operators": ["delete", "swap"], "line_contains": "prev",
     "why": "the list of every exception's kept frames (all_kept_frames) is walked only by "
            "ys_exc_kept_frames_release_ at shutdown, after the driver's last trace line; each "
            "exception releases its own frames through e->kept_frames, so a stale link of that "
            "list reaches no trace"},
    {"file": "impls/core/src/exc.c", "functions": ["keep_frame", "unlink_kept_frames"],
     "operators": ["delete", "swap"], "line_contains": "all_kept_frames = ",
     "why": "the list of every exception's kept frames (all_kept_frames) is walked only by "
            "ys_exc_kept_frames_release_ at shutdown, after the driver's last trace line; each "
            "exception releases its own frames through e->kept_frames, so a stale head of that "
            "list reaches no trace"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_keep_function_frame"],
     "operators": ["constant"], "contains": "false -> true",
     "why": "a plain function's error exit always has an exception pending and never the shared "
            "GeneratorExit of close(): close() raises that one only at a generator's yield, in its "
            "own body, and a handler that catches it gets a fresh instance (ys_err_fetch_caught_), "
            "so this return is never reached (argued equivalent once; the whole suite detects it, "
            "2026-12-03: impls/tests/test_lifetime.c)"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_keep_function_frame_caught"],
     "operators": ["logical"], "line_contains": "if (raising && pending_keeps_frames())",
     "why": "`raising || pending_keeps_frames()` differs only where the pending exception cannot keep "
            "frames: called with raising false (a plain function's return) nothing is pending, and "
            "called with raising true (its error exit) an exception is always pending and never "
            "the shared GeneratorExit of close(), which close() raises only at a generator's yield, "
            "in its own body, and a handler or finally block that catches it gets a fresh instance "
            "(ys_err_fetch_caught_), so no plain function is ever left by it. Only C code calling this "
            "with that exception pending sees the frame kept for the process: the runtime test "
            "finalization::functions_left_by_the_shared_GeneratorExit_of_close_clear_their_own_frames "
            "(impls/tests/test_lifetime.c)"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_reraise_handled"], "operators": ["swap"],
     "equivalent": True,
     "why": "a bare raise runs with no exception pending, so ys_err_set drops nothing and the "
            "handled exception's incref may come before or after the store"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_type_new"], "operators": ["swap"],
     "contains": "memcpy(t->name, name, len + 1); / t->type.name = t->name;",
     "equivalent": True,
     "why": "copying the name and pointing the type at it are independent: either order gives the "
            "same class"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_type_new"], "operators": ["constant"],
     "line_contains": "memcpy(", "contains": "1 -> 2",
     "why": "one byte more is copied past the name's NUL, into one byte past the block: nothing "
            "reads a byte after the NUL; only AddressSanitizer or valgrind sees the write"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_new"], "operators": ["swap"],
     "equivalent": True,
     "why": "the swapped statements fill distinct fields of a block no one else sees yet (or "
            "store an argument and count the reference to it): no code runs between them, so "
            "either order gives the same exception"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_raise", "ys_err_raise_from"],
     "operators": ["swap"], "contains": "ys_decref(steal_exc); / ys_err_format",
     "equivalent": True,
     "why": "whether the refused value is released before or after the TypeError is set: a "
            "finalizer the release runs sees no difference, as finalization saves and restores the "
            "pending exception (gen.c finalize) and the TypeError's context is the handled "
            "exception either way"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_raise"], "operators": ["swap"],
     "contains": "ys_exc_chain_context_(steal_exc, ys_handled_); / ys_err_set(steal_exc);",
     "equivalent": True,
     "why": "a raise statement runs with no exception pending (the runtime's own raises replacing "
            "one make fresh exceptions, which have no context to release), so ys_err_set drops "
            "nothing, and a finalizer that releasing an old context runs saves and restores the "
            "pending exception (gen.c finalize): chaining before or after the store gives the same "
            "state and events"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_dealloc_"], "operators": ["early-return"],
     "line_contains": "e->suppress_context = false",
     "why": "what the exception held is already released; returning here only keeps its block from "
            "the pool and from malloc: a leak, invisible to Python (the valgrind step's)"},
    {"file": "impls/core/src/exc.c", "functions": ["exc_new_vformat", "ys_err_format_from_cause_"],
     "operators": ["delete"], "line_contains": "ys_decref(msg);",
     "why": "the message str is then never freed: a str has no finalizer and its lifetime shows "
            "nowhere (its text is the exception's argument either way); a leak is the valgrind "
            "step's"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_format_from_cause_"],
     "operators": ["swap"],
     "equivalent": True,
     "why": "the pending exception was fetched first (as the cause), so setting the new one drops "
            "nothing, and the other swapped statements fill fields of the new exception that no "
            "code reads in between: either order gives the same state"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_format_from_cause_"],
     "operators": ["delete"], "line_contains": "ys_decref(cause);",
     "equivalent": True,
     "why": "the pending value is an exception or nothing, so this branch releases nothing (the "
            "decref of an absent value does nothing)"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_set_generator_exit_"],
     "operators": ["swap"], "contains": "ys_incref_inline_(e); / ys_err_set_inline_(e);",
     "equivalent": True,
     "why": "close() sets its GeneratorExit with nothing pending, so the store drops nothing, and "
            "the process-lifetime instance's count is the same after both orders"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_chain_context_"], "operators": ["swap"],
     "contains": "o->context = NULL; / ys_decref(exc);",
     "equivalent": True,
     "why": "the caller holds another reference to the exception, so the decref frees nothing and "
            "runs no code: cutting the link before or after it gives the same state"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_chain_context_"], "operators": ["swap"],
     "contains": "e->context = handled.as.e; / handled.as.e->head.refcnt++;",
     "equivalent": True,
     "why": "storing the link and counting the reference it holds are independent: either order "
            "gives the same state"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_dealloc_"], "operators": ["swap"],
     "contains": "exc_release_contents(e); / e->suppress_context = false;",
     "why": "the exception is dead, and releasing its contents never reads its suppress_context: "
            "clearing the flag before or after gives the same block (argued equivalent once; the whole suite detects it, "
            "2026-12-03: impls/tests/test_exception_chaining.c)"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"], "operators": ["constant"],
     "line_contains": "cfg ? *cfg : (ys_config){0}",
     "why": "the configuration literal is used only without a configuration, and the conformance "
            "driver always passes one"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"], "operators": ["constant"],
     "contains": "13 -> 14",
     "why": "accepting python_minor 14 changes no run of 8..13, the only versions the conformance "
            "driver passes; the runtime tests runtime::rejects_an_unknown_python_version and "
            "runtime::accepts_the_first_and_the_last_python_version_it_knows (impls/tests/test_values.c) "
            "see it"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_warn_"], "operators": ["constant"],
     "line_contains": "return 0;", "contains": "0 -> 1",
     "equivalent": True,
     "why": "1 instead of 0 is still not negative, the only thing the one caller (gen.c's throw of "
            "the deprecated forms) tests"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_warn_"], "operators": ["constant"],
     "line_contains": "return -1;", "contains": "1 -> 2",
     "equivalent": True,
     "why": "-2 instead of -1 is still negative, the only thing the one caller (gen.c's throw of "
            "the deprecated forms) tests"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_warn_"], "operators": ["constant"],
     "line_contains": "return -1;",
     "why": "reached only when malloc fails for the warning's message, which a scenario cannot "
            "provoke; the runtime test out_of_memory::a_warning_that_cannot_be_allocated_raises_"
            "MemoryError_where_it_is_issued (impls/tests/test_memory.c) does"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_warn_"], "operators": ["delete"],
     "line_contains": "ys_decref(warning);",
     "why": "the warning's exception, holding only its message str, is then never freed: it has no "
            "finalizer and nothing refers to it after the hook returned; a leak is the valgrind "
            "step's"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_kept_frames_release_"],
     "why": "called only by ys_runtime_shutdown, after the driver's last trace line (see that rule)"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_shutdown"], "operators": ["delete"],
     "contains": "ys_gen_forget_stack_floor_();", "why": FLOOR_LEFT_BY_A_RAW_RESUME},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_shutdown"],
     "operators": ["delete", "early-return"], "line_contains": "ys_handled_ = ys_null();",
     "why": "the exception being handled is cleared at shutdown for code that stops the runtime "
            "inside an except block, which no scenario does (the driver shuts down between steps); "
            "the runtime test shutdown::forgets_the_exception_being_handled_when_stopped_inside_a_"
            "handler (impls/tests/test_memory.c) does"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_shutdown"], "operators": ["swap"],
     "contains": "ys_exc_types_release_(); / ys_exc_pool_release_();",
     "equivalent": True,
     "why": "the two calls free disjoint blocks (the user exception classes; the pooled blocks of "
            "dead exceptions, which hold nothing but their pool link), and neither runs code or "
            "reads the other's: either order frees the same blocks"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_shutdown"], "operators": ["swap"],
     "contains": "ys_exc_pool_release_(); / ys_gen_pool_release_();",
     "equivalent": True,
     "why": "the two calls free the pooled blocks of dead exceptions and of dead generators, which "
            "hold nothing but their pool links: disjoint lists, no code run, either order frees the "
            "same blocks"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_shutdown"], "operators": ["swap"],
     "contains": "ys_gen_pool_release_(); / ys_gen_handling_release_();",
     "equivalent": True,
     "why": "the two calls free the pooled blocks of dead generators and the table of generators "
            "suspended in an except block (an array of pointers and borrowed exceptions, freed "
            "without reading an entry): disjoint globals, no code run, either order frees the same "
            "blocks"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_shutdown"], "operators": ["swap"],
     "contains": "ys_gen_handling_release_(); / ys_gen_renamed_release_();",
     "equivalent": True,
     "why": "the two calls release disjoint globals (the table of generators suspended in an except "
            "block, the list of renamed codes), and neither runs code of a generator or an "
            "exception: a table freed, then strs and blocks freed, in either order"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_shutdown"],
     "why": "shutdown runs after the driver's last trace line, with emit and the unraisable hook "
            "no longer recorded (driver.c clears current_drive first): what it releases, skips or "
            "releases in another order reaches no trace; a leak is the valgrind step's"},
    {"file": "impls/core/src/runtime.c", "functions": [""], "contains": "11 -> 12",
     "why": "the default Python version is used only when ys_config.python_minor is 0, and the "
            "conformance driver always passes the version it checks"},
    {"file": "impls/core/src/runtime.c", "functions": [""], "contains": "256 -> 257",
     "why": "a stackful body's default stack 1 KiB larger only moves where the stack floor refuses a "
            "frame (a RecursionError either way), and no passing scenario can show the depth of "
            "that refusal: CPython's oracle runs scenario code some frames deeper than a C driver, "
            "so such a depth already differs from CPython's"},
    {"file": "impls/core/src/runtime.c", "functions": [""], "contains": "1024 -> 1025",
     "why": "a stackful body's default stack 256 bytes larger only moves where the stack floor "
            "refuses a frame (a RecursionError either way), and no passing scenario can show the "
            "depth of that refusal (see the 256 -> 257 rule)"},
    {"file": "impls/core/src/runtime.c", "functions": [""], "contains": "1000 -> 1001",
     "why": "a recursion limit of 1001 frames instead of 1000 needs a scenario 1000 frames deep to "
            "show, where CPython, whose oracle runs scenario code several frames below the top, "
            "has refused some frames earlier: such a scenario cannot pass on the original either"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"],
     "line_contains": "c.python_minor = DEFAULT_PYTHON_MINOR",
     "why": "the conformance driver always passes the version it checks, never 0"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"], "operators": ["constant"],
     "line_contains": "if (c.python_minor == 0)",
     "why": "the conformance driver always passes the version it checks (8..13), never 0 or 1"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"],
     "operators": ["delete", "constant"], "line_contains": "return -1;",
     "why": "reached only with a python_minor outside 8..13 or no backend, which the conformance "
            "driver never passes (the runtime tests runtime::rejects_an_unknown_python_version and "
            "impls/tests/test_no_backend.c see both)"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"],
     "line_contains": "fprintf(stderr",
     "why": "stderr text for a python_minor outside 8..13, which the conformance driver never "
            "passes; no driver records stderr"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"],
     "line_contains": "no backend is registered",
     "why": "stderr text for a build without backends, which the driver never is; no driver "
            "records stderr (the runtime test impls/tests/test_no_backend.c, a program linked "
            "with an empty registry, sees it)"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"], "operators": ["logical"],
     "line_contains": "c.python_minor < 8 || c.python_minor > 13",
     "why": "the check refuses only versions the conformance driver never passes; accepting them "
            "changes no run of 8..13; the runtime tests runtime::rejects_an_unknown_python_version and "
            "runtime::accepts_the_first_and_the_last_python_version_it_knows (impls/tests/test_values.c) "
            "see it"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"],
     "line_contains": "c.backend = ys_backends[0]",
     "why": "the conformance driver always passes the backend it checks; and which backend ran is "
            "not part of a trace (every backend must write the same one). The runtime test "
            "runtime_init::fills_every_field_left_zero_or_a_missing_configuration_with_its_default "
            "(impls/tests/test_memory.c) sees it"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"], "operators": ["negate"],
     "line_contains": "if (!c.backend)",
     "why": "every run then uses ys_backends[0] instead of the backend asked for: the same trace, "
            "since which backend ran is not part of a trace (every backend must write the same one; "
            "the runtime suite's per-backend tests are what can tell)"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_init"],
     "line_contains": "c.stack_size = DEFAULT_STACK_SIZE",
     "why": "see the 256 -> 257 rule: the stack size shows in no passing trace"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_config"],
     "why": "the backend is filled in here only when ys_runtime_init was not called (the driver "
            "always calls it), and which backend runs is not part of a trace"},
    # ---- impls/core/src/value.c, impls/core/src/object.c (mut-value) ----
    {"file": "impls/core/src/value.c", "functions": ["gmp_out_of_memory"], "operators": ["constant"],
     "line_contains": "longjmp(*gmp_out_of_memory_exit, 1);",
     "equivalent": True,
     "why": "gmp_guarded tests only `setjmp(exit) == 0`, and setjmp returns 1 for a longjmp with 0 "
            "(C11 7.13.2.1) and 2 for one with 2: every value takes the same branch"},
    {"file": "impls/core/src/value.c",
     "functions": ["gmp_out_of_memory", "gmp_allocate", "gmp_reallocate", "gmp_use_core_allocator",
                   "int_out_of_memory"],
     "why": "gmp's allocation functions differ from gmp's own only when malloc fails (they jump back "
            "to the int operation, which raises MemoryError); a scenario cannot make malloc fail. "
            "The runtime tests do (impls/tests/test_memory.c): out_of_memory::an_int_operation_whose_"
            "result_gmp_cannot_grow_raises_MemoryError... fails gmp's realloc, and "
            "out_of_memory::a_gmp_call_outside_every_int_operation_aborts_with_a_message checks the "
            "message and the abort"},
    {"file": "impls/core/src/value.c", "functions": ["gmp_guarded"], "operators": ["swap", "delete"],
     "contains": "gmp_out_of_memory_exit",
     "why": "where the out-of-memory exit is installed or restored matters only when gmp's malloc "
            "fails inside compute(), or in gmp outside every int operation, which a scenario cannot "
            "cause; the runtime test out_of_memory::a_gmp_call_after_an_int_operation_ended_aborts_"
            "with_a_message (impls/tests/test_memory.c) sees an exit left installed"},
    {"file": "impls/core/src/value.c", "functions": ["gmp_guarded"], "operators": ["swap"],
     "contains": "compute(context); / done = true;",
     "why": "compute() returns normally unless gmp's malloc fails (then it jumps past both), so "
            "`done = true` before or after it gives the same result"},
    {"file": "impls/core/src/value.c", "functions": ["bigint_dealloc"], "operators": ["swap"],
     "why": "the digits cleared after the block that holds their gmp variable is freed: a read of "
            "freed memory inside gmp, which is not instrumented, so AddressSanitizer does not see "
            "it, and the pointer it reads is still there, so the free of the digits succeeds. gcc's "
            "-Wuse-after-free refuses it in the project's own builds (-Werror), which the judging "
            "build turns off"},
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
    {"file": "impls/core/src/value.c", "functions": ["ys_int_from_decimal"], "operators": ["swap"],
     "contains": "invalid literal for int()",
     "equivalent": True,
     "why": "setting the pending ValueError and storing YS_NULL in the local result are independent: "
            "ys_err_format does not read r, so either order returns YS_NULL with the same exception"},
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
     "equivalent": True,
     "equivalent": True,
     "why": "inside this test m != 0 and b != 0 (a zero divisor returned before), so `m < 1` is "
            "`m < 0` and `b < 1` is `b < 0`; the third constant of the line (`m != 1`) is killed by "
            "misc/floor_division_and_modulo_on_negatives (7 // -2)"},
    {"file": "impls/core/src/object.c", "functions": ["no_memory"],
     "why": "no_memory runs only when malloc fails for a tuple or an instance, which a scenario "
            "cannot cause"},
    {"file": "impls/core/src/object.c", "functions": ["tuple_of", "ys_iter", "ys_tuple_concat_"],
     "operators": ["swap"], "contains": "ys_incref(",
     "equivalent": True,
     "why": "storing a value and taking a reference to it are independent: either order leaves the "
            "same reference count and the same slot"},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_bounds"], "operators": ["swap"],
     "equivalent": True,
     "why": "a bound is an int (an immediate, for which incref does nothing, or a big int) or a bool "
            "made an int: taking its reference before or after converting or storing it gives the "
            "same bounds and counts"},
    {"file": "impls/core/src/object.c", "functions": ["ys_iter"], "operators": ["swap"],
     "contains": "slots[TUPLE_ITER_SEQ] = v; / it.as.o->slots[TUPLE_ITER_INDEX]",
     "equivalent": True,
     "why": "the tuple iterator's two slots are independent stores: either order gives the same "
            "iterator"},
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
            "scenario cannot cause; not dropping ints is a leak at most, which the runtime test "
            "out_of_memory::a_range_iterator_that_cannot_be_allocated_gives_back_its_bounds "
            "(impls/tests/test_memory.c) sees for ints beyond 64 bits"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"],
     "line_contains": "return 0xFFFD;",
     "why": UTF8_ALWAYS_VALID},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"],
     "line_contains": "cp < utf8_smallest[extra] || cp > 0x10FFFF",
     "why": UTF8_ALWAYS_VALID + ": Python's encoder writes no overlong form and no code point past "
            "U+10FFFF, so neither test holds for a scenario's str. The runtime test repr::writes_"
            "each_byte_of_a_str_that_is_not_utf8_as_U_FFFD_and_goes_on (impls/tests/test_values.c) "
            "gives the core such strs from C"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["delete"],
     "line_contains": "(*i)++;",
     "why": UTF8_ALWAYS_VALID},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["constant"],
     "contains": "0xC0 -> 193", "line_contains": "int extra =",
     "equivalent": True,
     "why": "a 0xC0 byte reads as U+FFFD and moves one byte on either way: as a byte that leads "
            "nothing (the mutant), or as the lead of a 2-byte sequence, which is then cut short, "
            "broken or an overlong form (it encodes at most U+003F), refused byte by byte"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["constant"],
     "contains": "0xF8 -> 249",
     "why": "bytes 0xF8 and above never occur in valid UTF-8, where every str of a scenario is; the "
            "runtime test repr::writes_each_byte_of_a_str_that_is_not_utf8_as_U_FFFD_and_goes_on "
            "(impls/tests/test_values.c) has 0xF8 and 0xF9 before continuation bytes"},
    {"file": "impls/core/src/value.c", "functions": ["ys_type_name_cut"], "operators": ["constant"],
     "contains": "3 -> 4", "line_contains": "memcpy(buf + keep, \"\\xEF\\xBF\\xBD\", 3);",
     "equivalent": True,
     "why": "copying 4 bytes of the literal adds its NUL after U+FFFD, at the very byte the "
            "`buf[keep] = '\\0'` after `keep += 3` writes; keep is below the precision there, and "
            "the buffer holds YS_TYPE_NAME_CUT_MAX + 3 bytes, so the extra byte stays inside it"},
    {"file": "impls/core/src/value.c", "functions": ["ys_type_name_cut"], "operators": ["constant"],
     "contains": "3 -> 4", "line_contains": "keep += 3;",
     "why": "every caller passes the zero-filled compound literal of YS_TYPE_NAME_CUT, so the byte "
            "after U+FFFD is already NUL: ending the text one byte later ends it at the same place, "
            "except at the largest precision, where the NUL lands one byte past the buffer (the "
            "sanitizer step reports that write; no trace shows it)"},
    {"file": "impls/core/src/value.c", "functions": ["ys_type_name_cut"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "lead > 0",
     "equivalent": True,
     "why": "`lead > 1` differs from `lead > 0` only when lead reaches 1, which needs the bytes 1 to "
            "precision - 1 of the name all continuation bytes (in the if), or byte 0 one (in the "
            "while); a type name is valid UTF-8, where a character has at most three, and every "
            "caller cuts at 50, 100 or 200 bytes"},
    {"file": "impls/core/src/value.c", "functions": ["int_from_mpz"], "operators": ["swap"],
     "contains": "n->head.refcnt = 1; / mpz_init(n->value);",
     "equivalent": True,
     "why": "setting the reference count and initialising the gmp variable touch different fields: "
            "either order gives the same big int"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["relational"],
     "contains": ">= -> >", "line_contains": "if (c >= 0x80 && (extra == 0",
     "why": "for valid UTF-8, where every str of a scenario is, this test is false at each of its "
            "bounds: no lead byte is 0x80 or 0xF8, and a sequence never ends exactly at the str's "
            "end with bytes missing, so `>` and `>=` agree. The end test's `>` even agrees for "
            "every str: a sequence cut short exactly at the end then reads the NUL every str has "
            "at data[len], which is no continuation byte, and is refused one test later"},
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
     "equivalent": True,
     "why": "the two memcpy fill disjoint parts of the new str: either order gives the same bytes"},
    {"file": "impls/core/src/value.c", "functions": ["buf_escape_unit"], "operators": ["constant"],
     "contains": "12 -> 13",
     "equivalent": True,
     "why": "a bigger escape buffer than \\uXXXX needs changes nothing written"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "1 -> 2",
     "equivalent": True,
     "why": "reserving one byte more than the text and its NUL changes only the buffer's capacity"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "2 -> 3",
     "equivalent": True,
     "why": "growing the repr buffer by 3 instead of 2 changes only its capacity"},
    {"file": "impls/core/src/value.c", "functions": ["gmp_guarded"], "operators": ["constant"],
     "line_contains": "bool done = false;",
     "why": "done starts false only for the case gmp's malloc fails (compute() jumps out before "
            "`done = true`), which a scenario cannot cause"},
    {"file": "impls/core/src/value.c", "functions": ["int64_binary"], "operators": ["relational"],
     "contains": "< -> <=", "line_contains": "((m < 0) != (b < 0))",
     "equivalent": True,
     "equivalent": True,
     "why": "inside this test m != 0 and b != 0 (a zero divisor returned before), so `m <= 0` is "
            "`m < 0` and `b <= 0` is `b < 0`"},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_iter"], "operators": ["constant"],
     "contains": "3 -> 4", "line_contains": "ys_value bounds[3];",
     "equivalent": True,
     "why": "a bigger bounds array than ys_range_bounds fills changes nothing stored"},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_advance"], "operators": ["relational"],
     "contains": "> -> >=", "line_contains": "step > 0 ?",
     "equivalent": True,
     "why": "the step is never 0 here (range() refuses a zero step first), so `step >= 0` is "
            "`step > 0`"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["constant"],
     "contains": "1 -> 2", "line_contains": "mpz_sizeinbase(v.as.n->value, 10) + 1",
     "equivalent": True,
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
     "equivalent": True,
     "why": "the header stores of a new str (reference count, length, terminator, data pointer) are "
            "independent: either order gives the same str"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc", "int_from_mpz"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "ys_value v = {",
     "why": "the union's placeholder initialiser is overwritten by the next statement"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["constant"],
     "contains": "24 -> 25", "line_contains": "char num[24];",
     "equivalent": True,
     "why": "a bigger digit buffer than an int64_t needs changes nothing written: the only text "
            "written there is an int64_t's, at most 19 digits, a sign and the NUL, by an snprintf "
            "bounded by sizeof num"},
    {"file": "impls/core/src/value.c", "functions": ["ys_repr"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "buf_reserve(&b, 0);",
     "equivalent": True,
     "why": "reserving one byte more changes only the buffer's capacity"},
    {"file": "impls/core/src/value.c", "functions": ["ys_repr"], "operators": ["delete", "constant"],
     "line_contains": "b.data[0] = '\\0';",
     "equivalent": True,
     "why": "every case of repr_into writes text and terminates it (buf_append, and mpz_get_str for "
            "a big int), so the empty string's terminator is always overwritten"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["delete"],
     "contains": "b->cap = cap;",
     "equivalent": True,
     "why": "with the capacity never recorded, each append reallocates the buffer to a size that "
            "holds the text and its NUL: the same text, more reallocs"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["constant"],
     "contains": "10 -> 11", "line_contains": "buf_reserve(b, mpz_sizeinbase(",
     "why": "sizing a big int's digits in base 11 reserves too few bytes, so mpz_get_str writes past "
            "the reserved capacity: a heap overflow only AddressSanitizer reports (the asan step); "
            "the text is unchanged, and glibc's heap checks did not trip even for the 4001-digit int "
            "of misc/ints_of_thousands_of_digits_are_written_in_full. The runtime test big_ints::"
            "repr_writes_ints_of_every_length_up_to_300_digits_and_either_sign_exactly (impls/tests/"
            "test_big_ints.c) writes 128 digits into a 128-byte block, which crashes"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["relational"],
     "equivalent": True,
     "why": "growing the repr buffer when it is exactly full, or doubling once more, changes only its "
            "capacity, never the text written into it"},
    # ---- impls/core/src/gen.c (mut2-gen) ----
    {"file": "impls/core/src/gen.c",
     "functions": ["run_body", "start_delegation", "bubble_up", "ys_gen_send_ex", "already_executing",
                   "recursion_error"],
     "operators": ["swap"], "contains": "*result = ",
     "equivalent": True,
     "why": "*result is the caller's local: no code the other statement runs (a state store, setting "
            "the pending exception, finish's frame clear and the finalizers it starts) can read it, so "
            "either order leaves the same state and the same outcome"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_send_ex", "gen_send_python"], "operators": ["swap"],
     "contains": "g->state = YS_GEN_RUNNING; / ys_incref_inline_(arg);",
     "equivalent": True,
     "why": "taking a reference to the argument only raises its count (no code runs, nothing is "
            "freed), so marking the generator RUNNING before or after it gives the same state"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_step_delegate", "ys_yield_from"], "operators": ["swap"],
     "contains": "ys_incref(it); / self->head.transfer = it;",
     "equivalent": True,
     "why": "storing the subiterator in the transfer slot and raising its count are independent: no "
            "code runs between them, the same value and count either way"},
    {"file": "impls/core/src/gen.c", "functions": ["state_of", "shortcut_leaf"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "!= delegation_epoch, 0)",
     "equivalent": True,
     "why": "the second argument of __builtin_expect is a branch-layout hint; the condition is unchanged"},
    {"file": "impls/core/src/gen.c", "functions": ["release_ended_frame", "finish_raising"],
     "operators": ["constant"], "contains": "0 -> 1",
     "line_contains": "__builtin_expect(g->caught_escaped, 0)",
     "equivalent": True,
     "why": "the second argument of __builtin_expect is a branch-layout hint; the condition "
            "(g->caught_escaped) is unchanged"},
    {"file": "impls/core/src/gen.c", "functions": ["observed_state"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "__builtin_expect(g->unwinding, 0)",
     "equivalent": True,
     "why": "the second argument of __builtin_expect is a branch-layout hint; the condition "
            "(g->unwinding) is unchanged"},
    {"file": "impls/core/src/gen.c", "functions": ["stack_floor_below"], "operators": ["constant"],
     "why": "moves only where a stackful body's recursion is refused when its stack runs low before "
            "the frame count reaches the limit (a fifth of the stack left instead of a quarter). "
            "CPython's limit is the count alone and a scenario cannot change it (no "
            "sys.setrecursionlimit), so a scenario that reaches the floor gets its RecursionError at a "
            "depth set by the C compiler's frame sizes, the build and the backend: its trace can "
            "match CPython's only if nothing in it depends on that depth, and then a floor moved "
            "changes nothing either (one that is never reached is not reached by a lower one; the "
            "last fifth of the stack still holds what runs between two frame checks). The runtime "
            "test stack_overflow::is_avoided_by_refusing_frames_once_three_quarters_of_the_stack_are_used "
            "(impls/tests/mechanism) measures the floor"},
    {"file": "impls/core/src/gen.c", "functions": ["state_of"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "__builtin_expect(active_paths != NULL, 0)",
     "equivalent": True,
     "why": "the second argument of __builtin_expect is a branch-layout hint; the condition is unchanged"},
    {"file": "impls/core/src/gen.c", "functions": ["send_shortcut", "ys_gen_send_ex", "ys_gen_close", "gen_send_python"],
     "operators": ["constant"], "contains": "1 -> 0", "line_contains": ", 1))",
     "equivalent": True,
     "why": "the second argument of __builtin_expect (the line's only literal 1) is a branch-layout "
            "hint; the condition is unchanged"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_renamed_release_", "ys_gen_uncollectable_release_"],
     "operators": ["early-return", "delete"],
     "why": "runs only in ys_runtime_shutdown (runtime.c), after the trace is complete (driver.c runs it "
            "after the last release step, and its unraisable hook records nothing after that); each "
            "scenario's forked child exits right after, so a list left unreleased is a leak at exit"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_renamed_release_"], "operators": ["swap"],
     "contains": "swapped: ys_decref(r->name); / ys_decref(r->qualname);",
     "equivalent": True,
     "why": "releases two strs at shutdown, after the trace is complete: either order frees the same "
            "two blocks and runs no code"},
    {"file": "impls/core/src/gen.c", "functions": ["rename_generator"], "operators": ["constant"],
     "contains": "false -> true", "line_contains": "return false;",
     "why": "the `return false` after the copy of the name the assignment keeps failed, which only "
            "malloc failing causes and no scenario can provoke (the one after a TypeError for a "
            "value that is not a str has the same text: the corpus kills it)"},
    {"file": "impls/core/src/gen.c", "functions": ["rename_generator"], "operators": ["delete"],
     "contains": "renamed_codes = r;",
     "why": "the list of renamed codes is read only by ys_gen_renamed_release_ at shutdown; the "
            "generator already points to its copy, so leaving it off the list leaks it at exit only"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_suspended_handling", "rename_generator"],
     "operators": ["delete"], "line_contains": 'perror("yieldspec");',
     "why": "the message or the abort after a failed malloc/realloc, which no scenario can provoke"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_suspended_handling", "rename_generator"],
     "operators": ["delete"], "line_contains": "abort();",
     "why": "the message or the abort after a failed malloc/realloc, which no scenario can provoke"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_suspended_handling", "rename_generator"],
     "operators": ["delete"], "line_contains": "out of memory renaming a generator",
     "why": "the message or the abort after a failed malloc/realloc, which no scenario can provoke"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_suspended_handling"], "operators": ["constant"],
     "line_contains": "handling_capacity = handling_capacity ?",
     "equivalent": True,
     "why": "the first capacity of the handling table and its growth factor decide only how often "
            "realloc runs; the entries and their order are the same"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "operators": ["delete"],
     "line_contains": "g->serial = ++generators_made;",
     "why": "a generator's serial left as its block's memory had it. It names the exceptions a body "
            "caught, so generators whose blocks held the same bytes would keep one another's frames: "
            "`yieldspec check --python 3.11` fails finalization/finished_generators_keep_frames_only_"
            "for_exceptions_they_caught on the threads backend with this mutant (2026-12-03, applied by "
            "hand), but `--batch`, as the mutation runner's corpus step runs it, passes: a batch "
            "worker's heap holds what earlier scenarios left, which gives each generator different "
            "bytes. Not equivalent: the corpus sees it when each scenario has a process of its own"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "line_contains": "g->path_leaf",
     "operators": ["delete"], "equivalent": True, "why": NEW_GENERATORS_PATH_CACHE_IS_STALE},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "line_contains": "g->path_levels",
     "operators": ["delete", "constant"], "equivalent": True, "why": NEW_GENERATORS_PATH_CACHE_IS_STALE},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "line_contains": "g->path_epoch",
     "operators": ["constant"], "equivalent": True, "why": NEW_GENERATORS_PATH_CACHE_IS_STALE},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "operators": ["delete"],
     "contains": "deleted: g->path_epoch = 0;",
     "why": "the block keeps whatever path_epoch it held: a pooled generator's old epoch, which "
            "every delegation change since has left behind, or what malloc's memory held, which no "
            "test can choose; a stale epoch only makes shortcut_leaf walk the chain, and only an "
            "epoch equal to the current one by chance would trust the block's old path_leaf"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "operators": ["delete"],
     "contains": "g->head.backend_slot = NULL;",
     "equivalent": True,
     "why": "every backend that reads the slot (asm, ucontext, fcontext, pcl, threads) stores its "
            "context in it in its create, before any read, and a create that fails is followed by "
            "gen_free alone (no destroy reads it); stackless never reads it"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "operators": ["delete"],
     "line_contains": "has no %s body for the %s backend",
     "why": "unreachable from compiled scenarios: the compiler gives every generator function both "
            "bodies (module.py's generator_code sets .stackful and .stackless)"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "operators": ["delete"],
     "contains": "gen_free(g);",
     "why": "runs only when the backend's create fails (a stack mmap or a thread that cannot be "
            "made), which no scenario can provoke; the runtime test shutdown::gives_back_the_block_"
            "of_a_generator_its_backend_could_not_create (impls/tests/test_memory.c) sees the block "
            "leaked"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "operators": ["relational"],
     "line_contains": "g->direct_step = backend->resume == ys_gen_run_step",
     "why": "swaps which generators call the stackless step directly: the stackless backend then "
            "resumes through ys_gen_run_step, which calls the same step, and the stackful ones run "
            "the stackless body of the same code (every code has both) on the caller's stack; both "
            "lowerings give the same trace (the corpus checks each against the one golden trace)"},
    {"file": "impls/core/src/gen.c",
     "functions": ["ys_gen_code", "ys_gen_resume_point", "ys_gen_state_of", "ys_step_yield"],
     "operators": ["early-return"],
     "why": "C API for hand-written generators and consumers (include/yieldspec/gen.h): neither the "
            "compiled scenarios (stackless.h reads head.resume_point and calls ys_step_yield_inline; "
            "the compiler reads states through ys_state and ys_gen_attribute) nor the driver call "
            "them; the runtime suite (impls/tests) does: stackless_api::a_body_keeping_its_place_"
            "through_ys_gen_resume_point_yields_and_returns_in_order (test_protocol.c)"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_close"], "operators": ["swap"],
     "contains": "swapped: ys_decref(r); / ys_err_format(YS_EXC(RuntimeError), \"generator ignored GeneratorExit\");",
     "equivalent": True,
     "why": "the only Python code releasing a value can run is a generator's finalization (finalize), "
            "which fetches the pending exception first and restores it after: releasing the yielded "
            "value before or after RuntimeError is set runs the same code and leaves RuntimeError pending"},
    {"file": "impls/core/src/gen.c", "functions": ["shortcut_ended"], "operators": ["swap"],
     "contains": "swapped: active_paths = p->outer; / frame_depth -= p->top->path_levels;",
     "equivalent": True,
     "why": "two stores to independent globals with no code between them: the same list of active "
            "paths and the same depth when bubble_up starts"},
    {"file": "impls/core/src/gen.c", "functions": ["shortcut_leaf"], "operators": ["swap"],
     "line_contains": "x->path_",
     "equivalent": True,
     "why": "the three cache fields of one level are stored with no code between them and read only "
            "by a later shortcut_leaf; levels-- decrements a local that only the next store uses, so "
            "either order stores the same three values"},
    {"file": "impls/core/src/gen.c", "functions": ["shortcut_leaf"], "operators": ["delete"],
     "contains": "x->path_epoch = delegation_epoch;",
     "equivalent": True,
     "why": "no cache is ever marked fresh, so every shortcut_leaf walks the chain again: the walk "
            "finds the same leaf and counts the same levels the cache would give (the cache only "
            "saves the walk), so every send takes the same path with the same outcome"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_new"], "operators": ["delete"],
     "contains": "g->last_step = YS_STEP_RETURN;",
     "equivalent": True,
     "why": "last_step is read only in resume_body right after backend->resume, which runs the body "
            "until suspend_stackful or ys_gen_entry (or ys_gen_run_step) writes it; the stackless "
            "backend's direct_step never reads it"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_renamed_release_"], "operators": ["swap"],
     "contains": "swapped: renamed_codes = r->next; / ys_decref(r->name);",
     "equivalent": True,
     "why": "at shutdown, after the trace is complete: releasing a str runs no code that could read "
            "the list head, so either order walks and frees the same list"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_release_kept_frame_"], "operators": ["early-return"],
     "contains": "ys_decref(gen_value(g))",
     "why": "as the deleted ys_decref(gen_value(g)) of this function (mut-gen's rule): a leak of a "
            "generator that is already CLOSED with its frame cleared, which freeing would run no code "
            "for (no delegate, no frame); only valgrind sees the difference"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["swap"],
     "contains": "swapped: ys_gen_suspended_handling(g, ys_null()); / g->backend->destroy(g);",
     "why": "the backend's destroy frees the generator's context and stack and never reads the "
            "handling table, so removing g's entry before or after it leaves the same table (argued equivalent once; the whole suite detects it, "
            "2026-12-03: impls/tests/mechanism/test_threads_handoff.c)"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["swap"],
     "contains": "swapped: g->backend->destroy(g); / gen_free(g);",
     "why": "destroy then reads g->backend and the backend slot from a block gen_free has just "
            "returned: the pool's link overwrites only its first word, free()'s tcache entry its "
            "first two (the refcount and transfer), so destroy finds the same context; a "
            "use-after-free only AddressSanitizer reports, no trace shows"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["delete"],
     "contains": "g->backend->destroy(g);",
     "why": "a leak of a freed generator's context (its stack, or for threads its parked thread, "
            "which the process exit ends): later generators get new ones, no code runs"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["delete"],
     "contains": "gen_free(g);",
     "why": "a leak of a freed generator's block: later generators get other blocks, which changes "
            "no value, state or order a trace shows"},
    {"file": "impls/core/src/gen.c", "functions": ["throw_to_iterator_delegate"], "operators": ["constant"],
     "line_contains": "ys_value given[3]",
     "equivalent": True,
     "why": "the array of the throw method's arguments gets a fourth slot that nothing reads: the "
            "count passed is still 2 or 3"},
    {"file": "impls/core/src/gen.c", "functions": ["throw_to_iterator_delegate"], "operators": ["constant"],
     "line_contains": "throw_to_iterator(g, 1, &made, result)",
     "equivalent": True,
     "why": "this call is made only when the subiterator has no throw method, and then "
            "throw_to_iterator reads only argv[0] (nargs goes only to the throw method's call)"},
    # ---- impls/core/src/value.c, impls/core/src/object.c, impls/core/src/exc.c, impls/core/src/runtime.c (mut2-val) ----
    {"file": "impls/core/src/value.c", "functions": ["int64_binary"], "operators": ["early-return"],
     "equivalent": True,
     "why": "int64_binary answering false sends ys_binary to binary_other, whose big_binary computes "
            "the same sum, difference, product, floor quotient or modulo with gmp (or raises the same "
            "ZeroDivisionError) and gives it back as an immediate int when it fits (int_from_mpz): "
            "the same value on a slower path"},
    {"file": "impls/core/src/value.c", "functions": ["int64_binary"], "operators": ["logical"],
     "contains": "&& -> ||", "line_contains": "a == INT64_MIN && b == -1",
     "equivalent": True,
     "why": "with `||`, every // and % with a dividend of INT64_MIN or a divisor of -1 takes "
            "big_binary, which computes the same floor quotient or modulo with gmp and gives it back "
            "as an immediate int when it fits: the same value on a slower path"},
    {"file": "impls/core/src/value.c", "functions": ["int64_binary"], "operators": ["constant"],
     "contains": "true -> false", "line_contains": "return true;",
     "equivalent": True,
     "why": "answering false after a // or % that fits sends ys_binary to big_binary, which computes "
            "the same floor quotient or modulo with gmp and gives it back as an immediate int: the "
            "same value on a slower path"},
    {"file": "impls/core/src/value.c", "functions": ["int64_binary"], "operators": ["constant"],
     "contains": "false -> true", "line_contains": "return false;",
     "why": "the `return false` after the switch is never reached: the switch has a case for each of "
            "the five ys_binop values and every case returns (the line text also names the zero "
            "divisor's `return false` inside the switch, whose mutant is no survivor: the corpus "
            "sees the missing ZeroDivisionError)"},
    {"file": "impls/core/src/value.c", "functions": ["values_equal"], "operators": ["constant"],
     "contains": "false -> true", "line_contains": "default: return false;",
     "why": "the default case is never reached: two ints or bools are answered by as_int before the "
            "switch, kinds that differ before it, and YS_NULL is never compared (a pending exception "
            "stops the expression first); every other kind has its case"},
    {"file": "impls/core/src/value.c", "functions": ["ys_int_from_decimal"], "operators": ["delete"],
     "contains": "mpz_init(p.value)",
     "why": "the designated initialiser already zeroes p.value (no limbs, size 0), which gmp >= 6.2 "
            "(Debian's 6.2.1, the version the core requires for its lazy mpz_inits) treats as a "
            "freshly initialised variable: mpz_set_str allocates at its first store and mpz_clear "
            "frees nothing when no limb was allocated, so the same int results (argued equivalent once; the whole suite detects it, "
            "2026-12-03: impls/tests/test_memory.c)"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["constant"],
     "contains": "1 -> 0", "line_contains": "while (cap < b->len + extra + 1)",
     "why": "without the NUL's byte the buffer can end exactly at the text, and the NUL that "
            "buf_append and mpz_get_str write lands one byte past the requested size; capacities are "
            "32 times a power of two, for which glibc's malloc always hands out at least 8 bytes "
            "more, so the text is intact and only AddressSanitizer (the asan step) reports the write"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["constant"],
     "contains": "1 -> 0", "line_contains": "mpz_sizeinbase(v.as.n->value, 10) + 1",
     "why": "reserving no byte for a negative big int's '-' makes mpz_get_str write its NUL one byte "
            "past the requested size (when sizeinbase is exact); capacities are 32 times a power of "
            "two, for which glibc's malloc always hands out at least 8 bytes more, so the text is "
            "intact and only AddressSanitizer reports the write: the asan build of the runtime test "
            "big_ints::repr_writes_ints_of_every_length_up_to_300_digits_and_either_sign_exactly"},
    {"file": "impls/core/src/value.c", "functions": ["buf_reserve"], "operators": ["early-return"],
     "contains": "b->cap = cap;",
     "equivalent": True,
     "why": "returning before the capacity is recorded leaves it as it was, so each append "
            "reallocates the buffer to a size that holds the text and its NUL: the same text, more "
            "reallocs (as the rule for deleting that store says)"},
    {"file": "impls/core/src/value.c", "functions": ["utf8_next"], "operators": ["relational"],
     "contains": ">= -> >", "line_contains": "c >= 0xC0 ? 1 : 0",
     "why": "this survivor is the third comparison of the line, `c >= 0xC0` made `c > 0xC0`: a "
            "0xC0 byte reads as U+FFFD and moves one byte on either way, as a byte that leads "
            "nothing or as the lead of an overlong form (the equivalence the rule for `0xC0 -> 193` "
            "argues; this rule cannot say equivalent, as it also names the same change of `c >= "
            "0xF0` and `c >= 0xE0`, which misc/string_values_at_every_utf8_length_boundary kills)"},
    {"file": "impls/core/src/object.c", "functions": ["ys_object_new"], "operators": ["swap"],
     "contains": "o->head.refcnt = 1; / o->type = type;",
     "equivalent": True,
     "why": "the reference count and the class of a new instance are independent stores: either "
            "order gives the same instance"},
    {"file": "impls/core/src/value.c", "functions": ["repr_into"], "operators": ["delete"],
     "line_contains": "case YS_NULL: buf_puts(b, \"<NULL>\");",
     "why": "no trace ever writes YS_NULL: the driver writes only values an operation returned "
            "(a NULL result is taken as the pending exception, written instead), emitted values and "
            "literals, and no tuple item, exception argument or StopIteration value is ever NULL"},
    {"file": "impls/core/src/object.c", "functions": ["ys_iter"], "operators": ["delete"],
     "contains": "slots[TUPLE_ITER_INDEX] = ys_int(0);",
     "equivalent": True,
     "why": "ys_object_new already filled the slot with ys_null(), whose payload is 0, and "
            "tuple_iternext reads only the payload (`.as.i`), so the iterator starts at index 0 "
            "either way"},
    {"file": "impls/core/src/object.c", "functions": ["call_bound"], "operators": ["constant"],
     "contains": "1 -> 0", "line_contains": "m->nparams == 1 ? \"\" : \"s\"",
     "why": "call_bound's arity error is reached only by a throw method: the validator checks the "
            "arity of every call a scenario writes, and of the methods the protocol calls only "
            "throw(self, exc) can be handed a wrong count (g.throw(T, v) and g.throw(T, v, tb)); "
            "its nparams is 2, for which `== 1` and `== 0` both pick the plural. A C caller can call "
            "any method: the runtime test iterator_class::a_method_called_with_the_wrong_count_"
            "raises_TypeError_naming_both_counts (impls/tests/test_objects.c) calls close(self) "
            "with an argument"},
    {"file": "impls/core/src/object.c", "functions": ["str_iter"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "for (size_t i = 0; i < s.as.s->len && ascii; i++)",
     "why": "the ASCII scan starting at the second byte decides as one starting at the first for every "
            "str a scenario can make, all UTF-8 (literals as the compiler encodes them, a lone "
            "surrogate in its 3-byte surrogatepass form, their concatenations and repetitions, "
            "ASCII type names and messages): a first byte of 0x80 or more leads a code point of 2 "
            "to 4 bytes whose second byte, a continuation byte, is 0x80 or more too, so the scan "
            "finds it there; a 1-byte str is ASCII, and the empty str runs neither loop. Only a str "
            "made from C with bytes that are not UTF-8 (0x80 first, ASCII after) could tell"},
    # ---- survivors of the corpus-only sample on aba9226 (seed 2026), judged on 7ed94e9 ----
    {"file": "impls/core/src/object.c", "functions": ["ys_stored_attr_set_"], "operators": ["swap"],
     "contains": "*a = (ys_stored_attr){NULL, name, v}; / *list = a;",
     "equivalent": True,
     "why": "*list is the head or the next field of a node already on the list, never inside the "
            "block just allocated, so filling the new node and linking it are independent stores; "
            "no code runs between them"},
    {"file": "impls/core/src/object.c", "functions": ["str_iternext"], "operators": ["delete"],
     "contains": "ys_setref(&self->slots[STR_ITER_SEQ], ys_null());",
     "why": "an exhausted str iterator keeps its str until the iterator is freed: the next call "
            "finds the offset at the end and stops again, and a str runs no code when freed nor "
            "can a scenario reach the iterator's reference to it; the runtime test iterators::"
            "an_exhausted_str_iterator_lets_go_of_its_str_of_either_iterator_type (impls/tests/"
            "test_objects.c) sees the block kept"},
    {"file": "impls/core/src/value.c", "functions": ["str_repeat"], "operators": ["constant"],
     "contains": "0 -> 1", "line_contains": "n > 0 && ys_str_code_points_(s) > (size_t)(INT64_MAX / n)",
     "equivalent": True,
     "why": "for n == 1 the test is INT64_MAX code points or more, which no str holds (its bytes "
            "are counted in a size_t that malloc bounded); every other n takes the same branch"},
    {"file": "impls/core/src/gen.c", "functions": ["release_ended_frame"], "operators": ["constant"],
     "contains": "true -> false", "line_contains": "g->frame_cleared = true;",
     "equivalent": True,
     "why": "the frame is cleared below all the same (or it had nothing to clear); the flag left "
            "false only makes release or the last kept-frame holder call frame_clear again, which "
            "finds every slot already YS_NULL (ys_setref to NULL is idempotent) and runs no code"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["constant"],
     "contains": "false -> true", "line_contains": "g->caught_escaped = false;",
     "equivalent": True,
     "why": "the flag is left set in a block that is being freed: a generator that later gets the "
            "block from the pool only searches, when its body ends, for kept exceptions caught by "
            "its own serial, which are exactly those that would have set the flag anyway; with "
            "malloc the flag is cleared on allocation (malloc_block)"},
    # ---- survivors of the corpus-only sample on b7c90df (seed 43), judged on the next commit ----
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_keep_frame_for_caught_"],
     "operators": ["constant"], "contains": "false -> true", "line_contains": "g->caught_escaped = false;",
     "equivalent": True,
     "why": "the body is over when this runs, so the flag is read again only by a generator that "
            "later gets the block from the pool, when its own body ends: it then searches for kept "
            "exceptions caught by its own serial, which are exactly those that would have set the "
            "flag anyway (every frame that can catch one holds values, so release_caught sets it); "
            "the same argument as the flag left set in release"},
    {"file": "impls/core/src/exc.c", "functions": ["release_caught"], "operators": ["relational"],
     "contains": "> -> >=", "line_contains": "e.as.e->head.refcnt > 1",
     "why": "an exception the handler held the last reference to is then also given a block of "
            "kept frames (and put on their list), but the decref just after frees it, and freeing "
            "takes it off the list (release_kept_frames); the flag set for the generator or the "
            "function only makes its end search that list for what it caught, where nothing is "
            "left to find (argued equivalent once; the runtime test finalization::a_function_whose_caught_"
            "exceptions_died_in_their_handlers_keeps_its_own_frame (impls/tests/test_lifetime.c) reads "
            "the flag, which ys_frame_catches shows to compiled code, 2026-12-03)"},
    {"file": "impls/core/src/exc.c", "functions": ["keep_function_frame"], "operators": ["swap"],
     "contains": "l->kept->keepers++; / keep_frame(",
     "equivalent": True,
     "why": "counting the exception as a keeper of the moved frame and recording the frame in the "
            "exception's list are independent: keep_frame reads no count and runs no code, so "
            "either order gives the same state"},
    {"file": "impls/core/src/exc.c", "functions": ["pending_keeps_frames"], "operators": ["logical"],
     "why": "its callers ask only at a plain function's error exit, which always has an exception "
            "pending and never the shared GeneratorExit of close() (close() raises that one only "
            "at a generator's yield, in its own body, and a handler or finally block that catches "
            "it gets a fresh instance, ys_err_fetch_caught_): there `||` and `&&` agree. The same "
            "argument as the logical operator in ys_err_keep_function_frame_caught (argued equivalent once; the whole suite detects it, "
            "2026-12-03: impls/tests/test_lifetime.c)"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_clear_frame_closed"],
     "operators": ["early-return"], "contains": "before: g->state = state;",
     "equivalent": True,
     "why": "the state is left GEN_CLOSED instead of restored only for the rest of a body that "
            "close() ends at a yield outside every try block: the frame (locals and stack) is "
            "already cleared, no handler or finally block can run, so no code reads the state "
            "before the body's end sets GEN_CLOSED all the same (finish_raising)"},
    {"file": "impls/core/src/object.c", "functions": ["str_iter"], "operators": ["swap"],
     "contains": "ys_incref(s); / it.as.o->slots[STR_ITER_SEQ] = s;",
     "equivalent": True,
     "why": "counting the str's new reference and storing it in the new iterator are independent "
            "(a str's incref runs no code): either order gives the same state"},
    {"file": "impls/core/src/object.c", "functions": ["ys_stored_attrs_release_"],
     "operators": ["swap"], "contains": "*list = a->next; / ys_decref(a->value);",
     "equivalent": True,
     "why": "the list belongs to an instance or an exception being freed, which nothing refers to "
            "any more: a finalizer the decref runs cannot reach the list, so unlinking the node "
            "before or after releasing its value gives the same state (the node itself is freed "
            "after both)"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_blocks_held"],
     "why": "the count is the corpus's own leak instrument, not generator semantics: a count of 0 "
            "changes no trace and hides only leaks, which no correct core has; the runtime test "
            "runtime_count::follows_each_block_and_generator_while_held_and_not_a_repr_s_text "
            "(impls/tests/test_memory.c) catches it"},
    # ---- survivors of the full corpus-only run on b7c90df whose rules had gone stale (renamed code) ----
    {"file": "impls/core/src/exc.c", "functions": ["kept_frames_with_room"], "operators": ["constant"],
     "line_contains": "size_t capacity = k ? 2 * k->capacity : 4;",
     "equivalent": True,
     "why": "the first capacity of an exception's block of kept frames, and its growth factor, only "
            "change how often the block is reallocated: every size still leaves room for the frame "
            "being kept"},
    {"file": "impls/core/src/exc.c", "functions": ["kept_frames_with_room"], "operators": ["swap"],
     "contains": "grown->capacity = capacity; / e->kept_frames = k = grown;",
     "equivalent": True,
     "why": "two independent stores into the grown block and its exception: either order gives "
            "the same state"},
    {"file": "impls/core/src/exc.c", "functions": ["keep_generator_frame"], "operators": ["swap"],
     "equivalent": True,
     "why": "counting the generator's reference, counting the exception among its frame's keepers "
            "and recording the frame in the exception's list are independent (keep_frame runs no "
            "code and reads neither count): any order gives the same state"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_type_new"], "operators": ["constant"],
     "line_contains": "ys_alloc_(sizeof *t + len + 1)", "contains": "1 -> 2",
     "equivalent": True,
     "why": "a user exception class's block one byte larger than its name and the name's NUL need: "
            "the byte is never written or read"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_type_new"], "operators": ["constant"],
     "line_contains": "ys_alloc_(sizeof *t + len + 1)",
     "why": "the size of a user exception class's block: one byte more only makes the block larger; "
            "one byte less leaves the name's NUL one byte past the block, which no trace shows and "
            "the sanitizer step reports"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc"], "operators": ["constant", "relational"],
     "line_contains": "len > (size_t)PTRDIFF_MAX - sizeof *s - 1", "contains": "1 -> 2",
     "why": "either the bound refuses one length more, whose block (PTRDIFF_MAX bytes with its "
            "header) no malloc of a 64-bit process serves, so both give MemoryError, or the block "
            "is one byte larger than the text and its NUL need, which nothing reads but which, at "
            "the longest length the bound lets through, asks malloc for PTRDIFF_MAX + 1 bytes: glibc "
            "refuses that too (MemoryError), AddressSanitizer's malloc would end the process, and "
            "the runtime test out_of_memory::a_str_too_long_for_any_block_raises_MemoryError_and_"
            "never_asks_malloc_for_more_than_PTRDIFF_MAX_bytes (impls/tests/test_memory.c) sees the "
            "request. (Argued equivalent once: the second of the two mutants is not.)"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc"], "operators": ["relational"],
     "line_contains": "len > (size_t)PTRDIFF_MAX - sizeof *s - 1", "contains": "> -> >=",
     "equivalent": True,
     "why": "the bound refuses one length more, whose block (PTRDIFF_MAX bytes with its header) no "
            "malloc of a 64-bit process serves, so both give MemoryError"},
    {"file": "impls/core/src/value.c", "functions": ["str_alloc"], "operators": ["constant", "relational"],
     "line_contains": "len > (size_t)PTRDIFF_MAX - sizeof *s - 1",
     "why": "the bound refuses a str of about PTRDIFF_MAX bytes, one byte either side, which no "
            "scenario can ask for (a repetition that large is refused first, by its count of code "
            "points, as MemoryError); a str block one byte larger changes no value. A bound one byte "
            "too high lets malloc be asked for PTRDIFF_MAX + 1 bytes, which the runtime test "
            "out_of_memory::a_str_too_long_for_any_block_raises_MemoryError_and_never_asks_malloc_"
            "for_more_than_PTRDIFF_MAX_bytes (impls/tests/test_memory.c) sees"},
    {"file": "impls/core/src/object.c", "functions": ["ys_stored_attr_set_"], "operators": ["delete", "swap"],
     "line_contains": "abort();",
     "why": "it ends the process when malloc fails, which a scenario cannot provoke"},
    {"file": "impls/core/src/object.c", "functions": ["ys_stored_attr_set_"], "operators": ["delete", "swap"],
     "line_contains": "out of memory",
     "why": "stderr text written only when malloc fails, which a scenario cannot provoke; no driver "
            "records stderr"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_dealloc_"], "operators": ["delete"],
     "contains": "deleted: abort();",
     "why": "it stops the process when a running generator is freed, which no Python program can "
            "cause: whatever runs a generator's body holds a reference to it until the body "
            "suspends or ends; C code can, and the runtime test release::of_a_generator_by_its_own_"
            "body_aborts_with_a_message (impls/tests/test_lifetime.c) sees the process go on"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_dealloc_"], "operators": ["delete"],
     "contains": "generators_alive",
     "why": "the count of live generators is the corpus's own leak instrument (ys_gen_count_alive), "
            "not generator semantics: a count that no longer falls, or no longer rises for a "
            "resurrected generator, changes no trace; it only decides whether a run's leak check "
            "applies. The runtime test runtime_count::follows_each_block_and_generator_while_held_"
            "and_not_a_repr_s_text (impls/tests/test_memory.c) catches a count that no longer "
            "falls, finalization::a_generator_its_own_finalization_stores_somewhere_stays_alive_"
            "until_that_reference_goes (impls/tests/test_lifetime.c) one that no longer rises"},
    {"file": "impls/core/src/gen.c", "functions": ["malloc_block"], "operators": ["constant"],
     "line_contains": "g->caught_escaped = false;",
     "equivalent": True,
     "why": "a fresh block's flag set only makes the body's end search the kept exceptions for those "
            "caught by the generator's own serial, which are exactly those that would have set the "
            "flag anyway: the same argument as the flag left set in release"},
    {"file": "impls/core/src/gen.c", "functions": ["malloc_block"], "operators": ["delete"],
     "line_contains": "g->caught_escaped = false;",
     "why": "a fresh block's flag left set (or as malloc left it) only makes the body's end search the "
            "kept exceptions for those caught by the generator's own serial, which are exactly those "
            "that would have set the flag anyway (the same argument as the flag left set in "
            "release); a flag read uninitialized is the valgrind step's to report"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_release_unwinding"], "operators": ["swap"],
     "contains": "g->state = ",
     "equivalent": True,
     "why": "the state and the unwinding flag are two independent stores with no code between them "
            "(the release, which runs finalizers, comes after both are set and before both are "
            "restored): either order gives the same state. The other mutants of this function and "
            "of ys_gen_set_unwinding show only on 3.10, where the flag is read (observed_state): "
            "judged with --python 3.10, the corpus kills them"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_keep_function_frame_caught"],
     "operators": ["delete", "constant", "swap"], "line_contains": "catches->escaped = false;",
     "equivalent": True,
     "why": "a dead store: the function's body is over, and nothing reads its frame's catches again "
            "(the frame is cleared, or moved off the C stack for the exceptions keeping it, whose "
            "release only clears its values); keep_for_caught reads the serial, not the flag"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["delete", "swap"],
     "line_contains": "g->caught_escaped = false;",
     "equivalent": True,
     "why": "the flag is read only when the generator's own body ends, and that body is over: "
            "clearing it before or after the frame's finalizers, or leaving it set in a block "
            "going back to the pool, changes nothing but a later owner's search for kept "
            "exceptions caught by its own serial (the same argument as the flag left set by "
            "`false -> true`)"},
    {"file": "impls/core/src/exc.c", "functions": ["ys_exc_keep_frame_for_caught_"],
     "operators": ["delete"], "line_contains": "g->caught_escaped = false;",
     "equivalent": True,
     "why": "the flag left set once the body is over: the same argument as `false -> true` on "
            "this line"},
    {"file": "impls/core/src/object.c", "functions": ["ys_object_new", "tuple_of", "str_iter"],
     "operators": ["swap"],
     "contains": " = ",
     "equivalent": True,
     "why": "two stores into the fields or slots of a block just allocated, which nothing else "
            "refers to yet, with no code between them: either order gives the same state"},
    {"file": "impls/core/src/object.c", "functions": ["call_bound"], "operators": ["constant"],
     "line_contains": "ys_value argv[nargs + 1];", "contains": "1 -> 2",
     "equivalent": True,
     "why": "the array the receiver and the arguments are copied into gets one element more, which "
            "nothing writes or reads: the call reads its first nargs + 1"},
    {"file": "impls/core/src/object.c", "functions": ["call_bound"], "operators": ["constant"],
     "line_contains": "ys_value argv[nargs + 1];",
     "why": "the size of the array the receiver and the arguments are copied into: one element "
            "more is never read; one fewer leaves the last argument written past the array, which "
            "no trace shows and the sanitizer step reports"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_counts_restart_", "ys_gen_at_rest_"],
     "why": "what the shutdown restores after the last step, and whether the runtime is at rest "
            "then, decide only whether check --batch vouches for the next scenario in the same "
            "process; a cell it does not vouch for runs again alone, with the same trace. The "
            "runtime test shutdown/leaves_the_runtime_at_rest_... asserts both"},
    {"file": "impls/core/src/runtime.c", "functions": ["ys_runtime_at_rest"],
     "why": "the same: whether check --batch vouches for a worker's run, after the last step"},
    # ---- survivors of the full corpus-only run (2026-12-02) in object.c, value.c and exc.c ---
    {"file": "impls/core/src/object.c", "functions": ["ys_tuple_repeat_"], "operators": ["relational"],
     "contains": "> -> >=", "line_contains": "total > (SIZE_MAX - sizeof(ys_tuple)) / sizeof(ys_value)",
     "equivalent": True,
     "why": "the two differ only at total == (SIZE_MAX - 16) / 16, 2**60 - 2 items, where the "
            "original asks malloc for 2**64 - 16 bytes, which no 64-bit address space holds "
            "(glibc refuses anything above PTRDIFF_MAX at once): both raise the same MemoryError. "
            "One item more wraps the size to 0 bytes, which the bound refuses "
            "(misc/tuple_repeated_to_one_item_short_of_2_pow_60_raises_memoryerror)"},
    {"file": "impls/core/src/object.c", "functions": ["ys_range_bounds"], "operators": ["constant"],
     "contains": "2 -> 3", "line_contains": "args[2].kind != YS_BIGINT && !ys_truthy(args[2])",
     "why": "`args[2].kind != YS_BIGINT` is redundant: a big int is never zero (ints within 64 "
            "bits are always immediate) and ys_truthy calls every big int true, so the zero-step "
            "test rests on `!ys_truthy(args[2])` alone. Reading args[3].kind instead reads one "
            "element past the caller's three (a compound literal on the C stack): the step is "
            "still tested, and only a stack word that happens to equal YS_BIGINT beside a zero "
            "step would skip the ValueError; the sanitizer step reports the read. The line's "
            "other `2 -> 3`, the step's truthiness read from args[3], is killed by "
            "misc/range_loops_at_the_ends_of_64_bits"},
    {"file": "impls/core/src/object.c", "functions": ["ys_stored_attrs_release_"], "operators": ["swap"],
     "contains": "ys_decref(a->value); / ys_free_(a);",
     "why": "the node is freed and then its value read for the decref: a use after free with no "
            "code between the two (no finalizer, no allocation). glibc's free writes only the "
            "node's first 16 bytes (its tcache link and key: `next` and `name`), so `value`, at "
            "bytes 16 to 31, is read intact and released as before; only the sanitizer step sees "
            "the read"},
    {"file": "impls/core/src/object.c", "functions": ["str_iter"], "operators": ["relational", "constant"],
     "line_contains": "ascii = (unsigned char)s.as.s->data[i] < 0x80;",
     "why": "`< 0x80`, `<= 0x80` and `< 129` differ only on the byte 0x80, and the scan stops at "
            "the first byte of 0x80 or more, which in UTF-8 leads a code point of 2 to 4 bytes "
            "(0xC2 to 0xF4, 0xED for a lone surrogate in its surrogatepass form), never a "
            "continuation byte such as 0x80. Every str a scenario can make is UTF-8 (literals as "
            "the compiler encodes them, their concatenations and repetitions, ASCII type names "
            "and messages); only a str made from C with a stray 0x80 could tell"},
    {"file": "impls/core/src/object.c", "functions": ["str_iter"], "operators": ["relational"],
     "contains": "< -> <=", "line_contains": "for (size_t i = 0; i < s.as.s->len && ascii; i++)",
     "equivalent": True,
     "why": "one more step reads data[len], the NUL every str has after its bytes (str_alloc writes "
            "it; no str is made another way), and 0 < 0x80 leaves `ascii` as it was: the same "
            "iterator type for every str"},
    {"file": "impls/core/src/object.c", "functions": ["str_iternext"], "operators": ["relational"],
     "contains": "< -> <=", "line_contains": "while (end < len && (data[end] & 0xC0) == 0x80)",
     "equivalent": True,
     "why": "at end == len the mutant reads data[len], the NUL every str has after its bytes "
            "(str_alloc writes it), which is no continuation byte ((0 & 0xC0) != 0x80): the loop "
            "stops at the same end for every str"},
    {"file": "impls/core/src/object.c", "functions": ["str_iter"], "operators": ["delete"],
     "contains": "it.as.o->slots[STR_ITER_OFFSET] = ys_int(0);",
     "equivalent": True,
     "why": "the slot keeps the ys_null() ys_object_new put there, {YS_NULL, {0}}, whose payload "
            "is the int 0 that str_iternext reads (`.as.i`, without looking at the kind) and "
            "replaces at once; a builtin iterator's slots have no attribute name (\"\" matches "
            "none) and releasing YS_NULL or an int does nothing, so nothing else can see it"},
    {"file": "impls/core/src/value.c", "functions": ["ys_type_name_cut"], "operators": ["relational"],
     "contains": "> -> >=", "line_contains": "lead > 0",
     "equivalent": True,
     "why": "`lead >= 0` differs from `lead > 0` only at lead == 0, and lead starts at the "
            "precision (50, 100 or 200: every caller's) and steps back only over continuation "
            "bytes, at most three in a row in a type name, which is valid UTF-8: lead is at least "
            "the precision minus 3 on both lines (the same argument as `0 -> 1` there)"},
    {"file": "impls/core/src/value.c", "functions": ["ys_type_name_cut"], "operators": ["relational"],
     "contains": "<= -> <", "line_contains": "if (len <= (size_t)precision)",
     "equivalent": True,
     "why": "a name of exactly `precision` bytes is then copied into the buffer instead of returned "
            "as it is: keep is its whole length, its last character is complete (a type name is "
            "valid UTF-8), so nothing is cut and no U+FFFD added, and the buffer (precision + 3 "
            "bytes at most 203) holds the same text and its NUL"},
    {"file": "impls/core/src/value.c", "functions": ["ys_type_name_cut"], "operators": ["delete"],
     "contains": "buf[keep] = '\\0';",
     "why": "every caller passes the zero-filled compound literal of YS_TYPE_NAME_CUT (value.h), a "
            "fresh one at each evaluation, and keep is at most precision + 2 (202) of its 203 "
            "bytes, so the byte after the text is already NUL; only a C caller of the function "
            "with a buffer of its own (none in the core) could see the text run on, as the runtime "
            "test type_names::a_type_name_cut_into_a_buffer_that_held_anything_ends_where_the_cut_"
            "does (impls/tests/test_objects.c) does"},
    {"file": "impls/core/src/exc.c", "functions": ["keep_for_caught"], "operators": ["relational"],
     "contains": "== -> !=", "line_contains": "ys_pending_.kind == YS_EXC && ys_pending_.as.e == e",
     "equivalent": True,
     "why": "with no exception pending (a body or function that returned) ys_pending_ is "
            "ys_null(), whose pointer is NULL and never e, so neither version skips; with one "
            "pending, the mutant no longer skips the pending exception itself when it is one the "
            "body caught and re-raised, which then records the frame a second time, after the "
            "entry ys_exc_keep_frame_ or ys_err_keep_function_frame_caught has just added to that "
            "same block: both entries are released one after the other when that exception goes, "
            "and the frame is cleared when the last keeper goes, at the same moment; the pending "
            "exception is never the shared GeneratorExit, which is not on the list. The line's "
            "other `== -> !=` (`ys_pending_.as.e != e`, which skips every caught exception but the "
            "pending one) has the same description: "
            "finalization/body_ended_by_raising_keeps_frame_while_an_exception_it_caught_lives_on "
            "kills it"},
    {"file": "impls/core/src/exc.c", "functions": ["release_caught"], "operators": ["logical"],
     "contains": "&& -> ||", "line_contains": "bool lives_on = e.kind == YS_EXC && e.as.e->head.refcnt > 1;",
     "equivalent": True,
     "why": RELEASE_CAUGHT_EVERY_EXCEPTION_LIVES_ON},
    {"file": "impls/core/src/exc.c", "functions": ["release_caught"], "operators": ["constant"],
     "contains": "1 -> 0", "line_contains": "bool lives_on = e.kind == YS_EXC && e.as.e->head.refcnt > 1;",
     "equivalent": True,
     "why": RELEASE_CAUGHT_EVERY_EXCEPTION_LIVES_ON},
    {"file": "impls/core/src/exc.c", "functions": ["ys_err_release_caught"], "operators": ["logical"],
     "line_contains": "if (release_caught(slot) && self->code->frame_clear)",
     "equivalent": True,
     "why": "a generator whose frame has a handler slot has a frame_clear, so the mutant sets "
            "caught_escaped after every handler, also when the exception died there: the body's "
            "end then searches the list of kept frames for live exceptions caught by its serial, "
            "and every one of those was last caught by this body and outlived that handler, so "
            "release_caught returned true for it and the original set the flag too: the same "
            "frames are kept"},
    # ---- survivors of the full corpus-only run (2026-12-02) in gen.c ---------------------------------
    {"file": "impls/core/src/gen.c", "functions": ["above_stack_floor"], "operators": ["relational"],
     "contains": ">= -> >", "line_contains": "sp >= running_stack_floor",
     "why": "the two differ only when a frame check finds the stack pointer exactly at the floor: "
            "the frame is then refused one check earlier, at a depth set by the C compiler's frame "
            "sizes, which a trace cannot show (spec/TRACE.md has no absolute depth, and a scenario "
            "that reaches the floor matches CPython only if nothing in it depends on that depth; "
            "see the rule on stack_floor_below's constants); the quarter of the stack below the "
            "floor is still there, so nothing overflows either"},
    {"file": "impls/core/src/gen.c", "functions": ["shortcut_leaf"], "operators": ["relational"],
     "contains": "== -> !=", "line_contains": "while (leaf->state == YS_GEN_SUSPENDED",
     "equivalent": True,
     "why": "the walk then stops at the first level marked SUSPENDED instead of passing it: a "
            "delegating level is cached as the path's leaf, which shortcut_leaf refuses (a leaf must "
            "not delegate), so the send goes level by level, whose outcome the shortcut reproduces "
            "(the rule on shortcut_leaf's early return); a level that does not delegate is the leaf "
            "either way. It passes levels not marked SUSPENDED only below a generator that is busy, "
            "and then (the comment at the top of gen.c) the bottom of that chain is not marked "
            "SUSPENDED, or a level between is marked SUSPENDED and delegates (the middle of an "
            "active shortcut), so it returns NULL as the original does; the caches it writes name a "
            "level of the chain as it is, valid while the epoch holds"},
    {"file": "impls/core/src/gen.c", "functions": ["release"], "operators": ["swap", "delete"],
     "contains": "delegation_changed()",
     "equivalent": True,
     "why": "g is being freed, so no generator delegates to it: every cache fresh at this point "
            "names a chain of generators that hold one another (a reference dropped anywhere else "
            "moves the epoch, in take_delegate or in this release of the level above), so none "
            "passes through g, and the caches of g's subiterator's own chain point downwards and "
            "stay right; g's block gets path_epoch = 0 when it is reused (ys_gen_new). Moving the "
            "epoch before the subiterator's release instead of after, or not at all, changes no "
            "path a later shortcut_leaf takes"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_uncollectable_release_"], "operators": ["swap"],
     "contains": "uncollectable = g->next_uncollectable;",
     "why": "runs only in ys_runtime_shutdown, after the trace is complete (driver.c calls it after "
            "the last release step, and its unraisable hook records nothing after that): reading "
            "next_uncollectable from the block release just freed is a use-after-free the sanitizer "
            "step reports (the pool's link and free()'s tcache entry overwrite only the block's first "
            "words, so the walk goes on alike), and a generator a finalizer made uncollectable "
            "meanwhile is dropped from the list, a leak at exit"},
    {"file": "impls/core/src/gen.c", "functions": ["frame_holds_own_exception"], "operators": ["constant"],
     "contains": "false -> true", "line_contains": "return false;",
     "why": "reached only for a generator whose code has no frame_traverse, that is whose frame holds "
            "no values (conformance/compiler module.py: has_frame), and is still suspended after "
            "finalization; such a body has no except clause or finally block (each takes a slot of "
            "the frame), so the GeneratorExit that finalization throws in always ends it (or close() "
            "ends it without running it, 3.13): no compiled generator reaches this line. C "
            "generators of the runtime tests could"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_renamed_release_"], "operators": ["swap"],
     "contains": "swapped: ys_decref(r->qualname); / ys_free_(r);",
     "why": "at shutdown, after the trace is complete: reading r->qualname from the block just freed "
            "is a use-after-free only the sanitizer step reports (free() overwrites the block's first "
            "two words, not qualname), and the same str is released"},
    {"file": "impls/core/src/gen.c", "functions": ["ys_gen_clear_frame_closed"],
     "operators": ["delete"], "contains": "deleted: g->state = state;",
     "equivalent": True,
     "why": "the same program as the early return before this line (nothing follows it): the state "
            "is left GEN_CLOSED only for the rest of a body that close() ends at a yield outside every "
            "try block, where no handler or finally block can run and the body's end sets "
            "GEN_CLOSED all the same (finish_raising)"},
    {"file": "impls/core/src/gen.c", "functions": ["release_ended_frame"], "operators": ["delete"],
     "contains": "deleted: g->frame_cleared = true;",
     "equivalent": True,
     "why": "the flag is false here (the body was running, so its frame was not cleared), and "
            "deleting the store leaves it false as `true -> false` does: the frame is cleared below "
            "all the same, and the later frame_clear that release or the last kept-frame holder "
            "then runs finds every slot YS_NULL and runs no code"},
    {"file": "impls/core/src/gen.c", "functions": ["start_delegation"], "operators": ["swap"],
     "contains": "swapped: ys_handled_ = handled; / ys_decref(steal_it);",
     "equivalent": True,
     "why": "this decref never releases the iterable: the body that handed it over keeps its own "
            "reference until the yield from ends (the compiled delegate() holds it in a frame slot; "
            "ys_yield_from and ys_step_delegate take a new reference for the handoff), so it only "
            "lowers a count, runs no code and reads no handled exception; the body releases the "
            "iterable itself, on its own side, when the delegation ends or fails"},
]


def matching_rule(record):
    """The first rule that explains the mutant, or None. A rule with "equivalent": True argues
    that the mutant computes what the original does for every input (independent statements
    exchanged, a branch hint, a condition that cannot differ where it is tested, a buffer's or
    a pool's size that changes only how often memory is allocated): an equivalent
    mutant no test of any kind can kill, left out of the non-equivalent scores. The others
    explain a real difference no trace shows (a leak, a malloc failure, shutdown-only code),
    which the sanitizer step or the runtime tests may still catch."""
    for rule in RULES:
        if record["file"] != rule["file"] or record.get("function", "") not in rule["functions"]:
            continue
        if "operators" in rule and record["operator"] not in rule["operators"]:
            continue
        if "contains" in rule and rule["contains"] not in record["description"]:
            continue
        if "line_contains" in rule and rule["line_contains"] not in record.get("source", ""):
            continue
        return rule
    return None
