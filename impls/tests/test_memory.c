/* Memory the runtime asks malloc for: every allocation that can fail either
 * raises MemoryError, after which the runtime goes on, or aborts with a
 * one-line message where reporting MemoryError would itself need memory; and
 * ys_runtime_shutdown gives back every block the runtime still held.
 *
 * This program is linked with -Wl,--wrap=malloc,--wrap=realloc,--wrap=free
 * (CMakeLists.txt): every call the core (a static library) makes goes through
 * the __wrap_ functions below, which count the blocks in use and can fail the
 * next call. Calls from shared libraries (libc itself, gmp's own, Criterion)
 * are not seen; the core gives gmp its allocation functions, which are. The
 * wrappers call the real functions, so AddressSanitizer and valgrind, which
 * replace malloc, see every block as before. */
#include <errno.h>
#include <gmp.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yieldspec/backend.h"

#include "generators.h"
#include "support.h"

void *__real_malloc(size_t size);
void *__real_realloc(void *p, size_t size);
void __real_free(void *p);
void *__wrap_malloc(size_t size);
void *__wrap_realloc(void *p, size_t size);
void __wrap_free(void *p);

typedef enum failure { FAIL_NOTHING, FAIL_NEXT_MALLOC, FAIL_NEXT_REALLOC } failure;
static failure failing;
static int calls_before_failing;
static size_t failing_size; /* 0: a call of any size fails */
static size_t last_malloc_size;
static size_t largest_malloc_size;
static long blocks_in_use;
static bool dirty_memory; /* fill each new block with 0xA5, as reused memory may hold anything */

/* The next call of that function fails as when memory runs out; later ones succeed. */
static void fail_next(failure which) { failing = which; }

/* The same, once `succeeding` calls of it have succeeded. */
static void fail_after(failure which, int succeeding)
{
    failing = which;
    calls_before_failing = succeeding;
}

/* The next call of that function asking for `size` bytes fails. */
static void fail_next_of_size(failure which, size_t size)
{
    failing = which;
    failing_size = size;
}

static bool fails_now(failure which, size_t size)
{
    if (failing != which || (failing_size && size != failing_size))
        return false;
    if (calls_before_failing > 0) {
        calls_before_failing--;
        return false;
    }
    failing = FAIL_NOTHING;
    failing_size = 0;
    errno = ENOMEM;
    return true;
}

/* More than any machine has: refused here as glibc refuses it, since
 * AddressSanitizer's malloc would end the test on such a request instead. */
static const size_t beyond_any_memory = (size_t)1 << 48;

void *__wrap_malloc(size_t size)
{
    last_malloc_size = size;
    if (size > largest_malloc_size)
        largest_malloc_size = size;
    if (fails_now(FAIL_NEXT_MALLOC, size))
        return NULL;
    if (size > beyond_any_memory) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = __real_malloc(size);
    blocks_in_use += p != NULL;
    if (p && dirty_memory)
        memset(p, 0xA5, size);
    return p;
}

void *__wrap_realloc(void *p, size_t size)
{
    if (fails_now(FAIL_NEXT_REALLOC, size))
        return NULL;
    void *grown = __real_realloc(p, size);
    blocks_in_use += !p && grown;
    return grown;
}

void __wrap_free(void *p)
{
    blocks_in_use -= p != NULL;
    __real_free(p);
}

/* ---- blocks as malloc hands them out -------------------------------------- */

/* A fresh runtime's pools are empty, so the exception's block comes from
 * malloc, which need not clear it: the optional fields are the runtime's to
 * clear. */
BACKEND_TEST(fresh_blocks, a_new_exception_has_no_cause_context_or_suppressed_context_whatever_malloc_s_memory_held)
{
    use_python(11);
    dirty_memory = true;
    ys_value e = ys_exc_new_msg(YS_EXC(ValueError), "fresh");
    dirty_memory = false;
    expect_value(ys_exc_chain_attribute(e, YS_EXC_SUPPRESS_CONTEXT), "False");
    expect_value(ys_exc_chain_attribute(e, YS_EXC_CAUSE), "None");
    expect_value(ys_exc_chain_attribute(e, YS_EXC_CONTEXT), "None");
    ys_decref(e);
}

/* ---- allocations that raise MemoryError ---------------------------------- */

static ys_step returns_none(ys_gen *self) { return ys_step_return(self, ys_none()); }

static const ys_code returns_none_code = {
    .name = "returns_none",
    .stackful = returns_none,
    .stackless = returns_none,
};

static const ys_type plain_class = {.name = "Plain"};

BACKEND_TEST(out_of_memory, a_str_tuple_instance_class_or_generator_that_cannot_be_allocated_raises_MemoryError_and_the_runtime_goes_on)
{
    fail_next(FAIL_NEXT_MALLOC);
    expect_raise(ys_str_cstr("text"), YS_EXC(MemoryError), "MemoryError()");
    expect_value(ys_str_cstr("text"), "\"text\"");

    ys_value items[] = {ys_int(1)};
    fail_next(FAIL_NEXT_MALLOC);
    expect_raise(ys_tuple_new(1, items), YS_EXC(MemoryError), "MemoryError()");
    expect_value(ys_tuple_new(1, items), "(1,)");

    fail_next(FAIL_NEXT_MALLOC);
    expect_raise(ys_object_new(&plain_class), YS_EXC(MemoryError), "MemoryError()");
    ys_decref(ys_object_new(&plain_class));

    fail_next(FAIL_NEXT_MALLOC);
    cr_assert_null(ys_exc_type_new("Custom", YS_EXC(Exception)), "[%s] no class without memory",
                   backend_name());
    expect_raise(ys_null(), YS_EXC(MemoryError), "MemoryError()");
    const ys_exc_type *custom = ys_exc_type_new("Custom", YS_EXC(Exception));
    cr_assert_not_null(custom, "[%s] the class is made once memory is there", backend_name());
    expect_value(exc_with_msg(custom, "made"), "Custom(\"made\")");

    fail_next(FAIL_NEXT_MALLOC);
    expect_raise(ys_gen_new(&returns_none_code), YS_EXC(MemoryError), "MemoryError()");
    ys_value g = ys_gen_new(&returns_none_code);
    cr_assert(!ys_is_null(g), "[%s] the generator is made once memory is there", backend_name());
    expect_return(ys_next(g), "None");
    ys_decref(g);
}

/* A str's block is its header, the text and a NUL: a length near PTRDIFF_MAX is
 * refused before its size is computed, as CPython's PyUnicode_New refuses one
 * past PY_SSIZE_T_MAX less its header, so malloc is never asked for more than
 * PTRDIFF_MAX bytes and the size never wraps around. */
static void expect_a_str_refused(size_t len)
{
    static const char one_byte[] = "x"; /* never read: no block is made */
    largest_malloc_size = 0;
    expect_raise(ys_str_new(one_byte, len), YS_EXC(MemoryError), "MemoryError()");
    cr_assert_leq(largest_malloc_size, (size_t)PTRDIFF_MAX, "[%s] a str of %zu bytes asked malloc for %zu bytes",
                  backend_name(), len, largest_malloc_size);
}

BACKEND_TEST(out_of_memory, a_str_too_long_for_any_block_raises_MemoryError_and_never_asks_malloc_for_more_than_PTRDIFF_MAX_bytes)
{
    for (size_t below = 0; below <= 64; below++)
        expect_a_str_refused((size_t)PTRDIFF_MAX - below);
    expect_a_str_refused((size_t)PTRDIFF_MAX + 1);
    expect_a_str_refused(SIZE_MAX - 16);
    expect_a_str_refused(SIZE_MAX);
}

BACKEND_TEST(out_of_memory, an_exception_whose_message_cannot_be_allocated_raises_MemoryError_instead,
             .description = "as CPython's PyErr_Format: no exception with a missing argument")
{
    fail_next(FAIL_NEXT_MALLOC);
    expect_raise(ys_exc_new_msg(YS_EXC(ValueError), "message %d", 1), YS_EXC(MemoryError), "MemoryError()");
    fail_next(FAIL_NEXT_MALLOC);
    ys_err_format(YS_EXC(ValueError), "message %d", 2);
    expect_raise(ys_null(), YS_EXC(MemoryError), "MemoryError()");
    expect_value(ys_exc_new_msg(YS_EXC(ValueError), "message %d", 3), "ValueError(\"message 3\")");

    /* PEP 479's RuntimeError, made from the StopIteration it replaces. Its
     * message's block is singled out by size: how many blocks the body's end
     * asks for before it depends on the build (pools are off under sanitizers). */
    ys_decref(ys_str_cstr("generator raised StopIteration"));
    size_t message_size = last_malloc_size;
    ys_value g = new_raiser(ys_exc_new(YS_EXC(StopIteration), 0, NULL));
    expect_yield(ys_next(g), "1");
    fail_next_of_size(FAIL_NEXT_MALLOC, message_size);
    expect_raise(ys_next(g), YS_EXC(MemoryError), "MemoryError()");
    cr_assert_eq(failing, FAIL_NOTHING, "[%s] no allocation failed", backend_name());
    ys_decref(g);
}

static int warnings_seen;

static void count_warning(ys_value warning, void *ctx) { warnings_seen++; }

BACKEND_TEST(out_of_memory, a_warning_that_cannot_be_allocated_raises_MemoryError_where_it_is_issued)
{
    ys_config config = *ys_runtime_config();
    config.python_minor = 12; /* throw(type, value) warns from 3.12 */
    config.warning = count_warning;
    ys_runtime_shutdown();
    cr_assert_eq(ys_runtime_init(&config), 0);
    ys_value g = new_counter(2);
    expect_yield(ys_next(g), "0");
    fail_next(FAIL_NEXT_MALLOC);
    expect_raise(ys_throw_args(g, YS_EXC(ValueError), ys_null(), ys_none(), ys_null()), YS_EXC(MemoryError),
                 "MemoryError()");
    cr_assert_eq(warnings_seen, 0, "[%s] a warning was issued", backend_name());
    expect_yield(ys_next(g), "1");
    ys_decref(g);
}

BACKEND_TEST(out_of_memory, renaming_a_generator_without_memory_for_the_name_it_keeps_raises_MemoryError)
{
    ys_value g = new_counter(1), name = ys_str_cstr("renamed");
    fail_next(FAIL_NEXT_MALLOC);
    cr_assert(!ys_store_attribute(g, "__qualname__", name), "[%s] renamed without memory", backend_name());
    expect_raise(ys_null(), YS_EXC(MemoryError), "MemoryError()");
    expect_value(ys_gen_attribute(g, YS_GI_QUALNAME), "\"counter\"");
    cr_assert(ys_store_attribute(g, "__qualname__", name), "[%s] renamed once memory is there", backend_name());
    expect_value(ys_gen_attribute(g, YS_GI_QUALNAME), "\"renamed\"");
    expect_value(ys_gen_attribute(g, YS_GI_NAME), "\"counter\"");
    ys_decref(name);
    ys_decref(g);
}

/* ---- allocations that abort ---------------------------------------------- */

static void new_exception(void)
{
    fail_next(FAIL_NEXT_MALLOC);
    ys_exc_new(YS_EXC(ValueError), 0, NULL);
}

BACKEND_TEST(out_of_memory, an_exception_that_cannot_be_allocated_aborts_with_a_message,
             .description = "raising MemoryError would need that very allocation")
{
    expect_abort(new_exception, "yieldspec: out of memory creating an exception\n");
}

static void new_exception_with_long_message(void)
{
    char word[400];
    memset(word, 'x', sizeof word - 1);
    word[sizeof word - 1] = '\0';
    fail_next(FAIL_NEXT_MALLOC);
    ys_exc_new_msg(YS_EXC(ValueError), "long: %s", word);
}

BACKEND_TEST(out_of_memory, a_message_too_long_for_the_stack_buffer_that_cannot_be_formatted_aborts_with_a_message)
{
    expect_abort(new_exception_with_long_message,
                 "yieldspec: out of memory formatting an exception message\n");
}

/* A plain function's frame holding a generator, left while an exception is
 * pending: the exception takes the frame over (ys_err_keep_function_frame). */
typedef struct one_local {
    ys_value local;
} one_local;

static void clear_one_local(void *frame) { ys_setref(&((one_local *)frame)->local, ys_null()); }

/* The next allocation of `failing_call` fails as the exception takes the frame. */
static void leave_function_by_exception(failure failing_call)
{
    one_local frame = {new_counter(1)};
    fail_next(failing_call);
    ys_err_keep_function_frame(&frame, sizeof frame, clear_one_local);
}

static void move_frame_into_exception(void)
{
    ys_err_format(YS_EXC(ValueError), "leaving");
    leave_function_by_exception(FAIL_NEXT_MALLOC);
}

BACKEND_TEST(out_of_memory, a_function_frame_that_cannot_be_moved_into_its_exception_aborts_with_a_message)
{
    expect_abort(move_frame_into_exception, "yieldspec: out of memory keeping a traceback's frames\n");
}

/* The exception leaves one function after another: the list of frames it
 * keeps has to grow (realloc) before long. */
static void grow_exception_frames(void)
{
    ys_err_format(YS_EXC(ValueError), "leaving");
    leave_function_by_exception(FAIL_NOTHING);
    for (int i = 0; i < 1000; i++)
        leave_function_by_exception(FAIL_NEXT_REALLOC);
}

BACKEND_TEST(out_of_memory, an_exception_whose_list_of_kept_frames_cannot_grow_aborts_with_a_message)
{
    expect_abort(grow_exception_frames, "yieldspec: out of memory keeping a traceback's frames\n");
}

static void rename_generator(void)
{
    ys_value g = new_counter(1), name = ys_str_cstr("renamed");
    fail_after(FAIL_NEXT_MALLOC, 1); /* the first is the copy of the name left as it was */
    ys_store_attribute(g, "__name__", name);
}

BACKEND_TEST(out_of_memory, renaming_a_generator_without_memory_for_its_renamed_code_aborts_with_a_message)
{
    expect_abort(rename_generator, "yieldspec: out of memory renaming a generator\n");
}

static void register_handled_exception(void)
{
    ys_value g = new_counter(1), handled = exc_with_msg(YS_EXC(ValueError), "handled");
    fail_next(FAIL_NEXT_REALLOC);
    ys_gen_suspended_handling(g.as.g, handled);
}

BACKEND_TEST(out_of_memory, a_generator_suspended_in_an_except_block_that_cannot_register_its_exception_aborts_with_errno_s_message)
{
    expect_abort(register_handled_exception, "yieldspec: Cannot allocate memory\n");
}

static void assign_attribute(void)
{
    ys_value e = exc_with_msg(YS_EXC(ValueError), "annotated");
    fail_next(FAIL_NEXT_MALLOC);
    ys_store_attribute(e, "note", ys_int(1));
}

BACKEND_TEST(out_of_memory, assigning_an_attribute_without_memory_aborts_with_a_message)
{
    expect_abort(assign_attribute, "yieldspec: out of memory assigning an attribute\n");
}

/* The text of a str of 1000 characters does not fit the buffer ys_repr starts with. */
static void repr_of_a_long_str(void)
{
    char text[1001];
    memset(text, 'x', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    ys_value s = ys_str_cstr(text);
    fail_next(FAIL_NEXT_REALLOC);
    ys_repr(s);
}

BACKEND_TEST(out_of_memory, a_repr_whose_buffer_cannot_grow_aborts_with_a_message)
{
    expect_abort(repr_of_a_long_str, "yieldspec: out of memory in ys_repr\n");
}

/* gmp_out_of_memory's exit covers every gmp call of an int operation, not only
 * allocations: floor division of a negative int adjusts the quotient gmp has
 * already allocated, which grows it with realloc. */
BACKEND_TEST(out_of_memory, an_int_operation_whose_result_gmp_cannot_grow_raises_MemoryError_and_the_runtime_goes_on)
{
    ys_value a = ys_int_from_decimal("-100000000000000000000000000000000000001");
    ys_value b = ys_int_from_decimal("300000000000000000000000000007");
    fail_next(FAIL_NEXT_REALLOC);
    expect_raise(ys_binary(YS_FLOORDIV, a, b), YS_EXC(MemoryError), "MemoryError()");
    cr_assert_eq(failing, FAIL_NOTHING, "[%s] the division never asked realloc: this test checks nothing",
                 backend_name());
    expect_value(ys_binary(YS_FLOORDIV, a, b), "-333333334");
    ys_decref(a);
    ys_decref(b);
}

/* The core gives gmp its allocation functions for the whole process, so a
 * program's own gmp call that runs out of memory ends there too. */
static void grow_an_mpz_of_the_program(void)
{
    mpz_t x;
    mpz_init(x);
    fail_next(FAIL_NEXT_MALLOC);
    mpz_realloc2(x, 4096);
}

BACKEND_TEST(out_of_memory, a_gmp_call_outside_every_int_operation_aborts_with_a_message,
             .description = "no int operation is there to raise MemoryError, and gmp cannot take a NULL block")
{
    expect_abort(grow_an_mpz_of_the_program, "yieldspec: out of memory in gmp outside an int operation\n");
}

/* The same after an int operation has come and gone: its way out of gmp is
 * gone with it. */
static void grow_an_mpz_of_the_program_after_an_int_operation(void)
{
    ys_value big = ys_int_from_decimal("1180591620717411303424"); /* 2**70 */
    ys_decref(ys_binary(YS_MUL, big, big));
    ys_decref(big);
    grow_an_mpz_of_the_program();
}

BACKEND_TEST(out_of_memory, a_gmp_call_after_an_int_operation_ended_aborts_with_a_message)
{
    expect_abort(grow_an_mpz_of_the_program_after_an_int_operation,
                 "yieldspec: out of memory in gmp outside an int operation\n");
}

/* range() over ints beyond 64 bits whose iterator cannot be allocated: the
 * bounds it had taken are given back. */
BACKEND_TEST(out_of_memory, a_range_iterator_that_cannot_be_allocated_gives_back_its_bounds)
{
    ys_value small[] = {ys_int(0), ys_int(10)};
    fail_next(FAIL_NEXT_MALLOC); /* first with immediate ints: the MemoryError's block is then pooled */
    expect_raise(ys_range_iter(2, small), YS_EXC(MemoryError), "MemoryError()");
    size_t held = ys_runtime_blocks_held();
    ys_value bounds[] = {ys_int_from_decimal("1180591620717411303424"), ys_int_from_decimal("1180591620717411303434")};
    fail_next(FAIL_NEXT_MALLOC);
    expect_raise(ys_range_iter(2, bounds), YS_EXC(MemoryError), "MemoryError()");
    ys_decref(bounds[0]);
    ys_decref(bounds[1]);
    cr_assert_eq(ys_runtime_blocks_held(), held, "[%s] %zu blocks held, %zu before the bounds were made",
                 backend_name(), ys_runtime_blocks_held(), held);
}

/* ---- blocks the core allocates ------------------------------------------- */

/* A code whose frame_size the test sets: a generator's block is sized from its
 * code when it is made and when it is freed, so the size changes only between
 * a generator's release and the next one's creation. */
static ys_code sized_code = {
    .name = "sized",
    .stackful = returns_none,
    .stackless = returns_none,
};

BACKEND_TEST(generator_blocks, hold_the_generator_and_its_whole_frame_for_every_frame_size_pooled_or_not,
             .description = "the pool rounds a generator's size up to its class, never down, and a "
                            "generator too big for any class gets a block of its own size")
{
    /* The pool's classes step by 16 bytes up to about 1 KiB: every remainder
     * modulo 16, below the biggest class and above it. */
    for (size_t frame = 0; frame <= 1200; frame++) {
        sized_code.frame_size = frame;
        ys_value g = ys_gen_new(&sized_code);
        cr_assert(!ys_is_null(g), "[%s] generator with a %zu-byte frame", backend_name(), frame);
        size_t needed = YS_GEN_FRAME_OFFSET_ + frame;
        size_t usable = malloc_usable_size(g.as.g);
        cr_assert_geq(usable, needed, "[%s] a generator with a %zu-byte frame needs %zu bytes, its block has %zu",
                      backend_name(), frame, needed, usable);
        /* The whole frame is writable: a block one byte short fails here under ASan and valgrind. */
        memset(ys_gen_frame(g.as.g), 0xA5, frame);
        memset(ys_gen_frame(g.as.g), 0, frame);
        ys_decref(g);
    }
}

BACKEND_TEST(int_literals, parsed_from_decimal_text_keep_no_block_once_released)
{
    /* An exception goes to a pool when released: the first one's block stays. */
    expect_raise(ys_int_from_decimal("12x"), YS_EXC(ValueError),
                 "ValueError(\"invalid literal for int() with base 10: '12x'\")");
    long before = blocks_in_use;
    static const char *const literals[] = {"0", "12345", "-9223372036854775808",
                                           "123456789012345678901234567890123456789"};
    for (size_t i = 0; i < sizeof literals / sizeof *literals; i++) {
        ys_value n = ys_int_from_decimal(literals[i]);
        expect_value(n, literals[i]);
    }
    expect_raise(ys_int_from_decimal("12x"), YS_EXC(ValueError),
                 "ValueError(\"invalid literal for int() with base 10: '12x'\")");
    cr_assert_eq(blocks_in_use, before, "[%s] %ld blocks still in use after parsing and releasing ints",
                 backend_name(), blocks_in_use - before);
}

/* ---- pools of freed blocks ----------------------------------------------- */

/* The core keeps some freed generators of each size class, and some freed
 * exceptions of each argument count it pools, for the next ones to reuse, and
 * gives the rest back to malloc. How many is a tuning choice (a few dozen);
 * what must hold is that a pool is bounded, that its count follows the blocks
 * it hands out and takes back, and that shutdown empties it for the next run:
 * a count that drifts makes a pool grow without bound or stop pooling.
 * AddressSanitizer builds pool nothing, since ASan must see every free. */
#if defined(__SANITIZE_ADDRESS__)
enum { POOLS_KEEP_BLOCKS = 0 };
#else
enum { POOLS_KEEP_BLOCKS = 1 };
#endif
enum { MORE_THAN_A_POOL_KEEPS = 200 };

static ys_value new_generator_of_one_size(void)
{
    sized_code.frame_size = 32;
    return ys_gen_new(&sized_code);
}

static ys_value new_exception_without_arguments(void) { return ys_exc_new(YS_EXC(KeyError), 0, NULL); }

static ys_value new_exception_with_one_argument(void) { return ys_exc_new_msg(YS_EXC(KeyError), "pooled"); }

/* Blocks in use since `start` after making more objects than a pool keeps,
 * all alive at once, and dropping them all. */
static long blocks_kept_after_a_round_of(ys_value (*make)(void), long start)
{
    ys_value made[MORE_THAN_A_POOL_KEEPS];
    for (int i = 0; i < MORE_THAN_A_POOL_KEEPS; i++) {
        made[i] = make();
        cr_assert(!ys_is_null(made[i]), "[%s] object %d of the round", backend_name(), i);
    }
    for (int i = 0; i < MORE_THAN_A_POOL_KEEPS; i++)
        ys_decref(made[i]);
    return blocks_in_use - start;
}

/* Each pool test runs in a process of its own (Criterion forks one per test), so
 * its first round sees the pool as a fresh process has it, before any shutdown. */
static void expect_a_bounded_pool(ys_value (*make)(void), const char *what)
{
    cr_assert(ys_runtime_at_rest(), "[%s] the runtime holds blocks before the first round", backend_name());
    long start = blocks_in_use;
    long pooled = blocks_kept_after_a_round_of(make, start);
    if (POOLS_KEEP_BLOCKS)
        cr_assert(pooled > 0 && pooled < MORE_THAN_A_POOL_KEEPS,
                  "[%s] %s: %ld of %d freed blocks kept", backend_name(), what, pooled, MORE_THAN_A_POOL_KEEPS);
    else
        cr_assert_eq(pooled, 0, "[%s] %s: %ld blocks kept by a sanitized build", backend_name(), what, pooled);
    /* The pooled blocks are handed out again and come back: the count follows both ways. */
    long kept = blocks_kept_after_a_round_of(make, start);
    cr_assert_eq(kept, pooled, "[%s] %s, second round: %ld blocks kept, %ld after the first", backend_name(),
                 what, kept, pooled);
    ys_runtime_shutdown();
    cr_assert_eq(blocks_in_use, start, "[%s] %s: %ld blocks still in use after shutdown", backend_name(), what,
                 blocks_in_use - start);
    /* Shutdown empties the pool and its count: the next run's pool fills as the first did. */
    use_python(11);
    kept = blocks_kept_after_a_round_of(make, start);
    cr_assert_eq(kept, pooled, "[%s] %s, after shutdown: %ld blocks kept, %ld in the first run", backend_name(),
                 what, kept, pooled);
}

BACKEND_TEST(pools, keep_a_bounded_number_of_freed_generators_of_a_size_the_same_in_every_round_and_run)
{
    expect_a_bounded_pool(new_generator_of_one_size, "generators");
}

BACKEND_TEST(pools, keep_a_bounded_number_of_freed_exceptions_without_arguments_the_same_in_every_round_and_run)
{
    expect_a_bounded_pool(new_exception_without_arguments, "exceptions without arguments");
}

BACKEND_TEST(pools, keep_a_bounded_number_of_freed_exceptions_with_one_argument_the_same_in_every_round_and_run)
{
    expect_a_bounded_pool(new_exception_with_one_argument, "exceptions with one argument");
}

/* ---- the runtime's own count --------------------------------------------- */

BACKEND_TEST(runtime_count, follows_each_block_and_generator_while_held_and_not_a_repr_s_text,
             .description = "ys_runtime_blocks_held and ys_gen_count_alive, which yieldspec check "
                            "reads after each scenario's shutdown")
{
    size_t blocks = ys_runtime_blocks_held(), gens = ys_gen_count_alive();
    ys_value s = ys_str_cstr("a str of its own block");
    cr_assert_eq(ys_runtime_blocks_held(), blocks + 1, "[%s] a str", backend_name());
    ys_value big = ys_int_from_decimal("123456789012345678901234567890");
    cr_assert_eq(ys_runtime_blocks_held(), blocks + 3, "[%s] an int beyond 64 bits and its digits",
                 backend_name());
    char *text = ys_repr(big);
    cr_assert_eq(ys_runtime_blocks_held(), blocks + 3, "[%s] ys_repr's text is the caller's",
                 backend_name());
    free(text);
    ys_value g = new_counter(2);
    cr_assert_eq(ys_gen_count_alive(), gens + 1, "[%s] a generator", backend_name());
    cr_assert_gt(ys_runtime_blocks_held(), blocks + 3, "[%s] a generator's block", backend_name());
    ys_decref(g);
    ys_decref(big);
    ys_decref(s);
    cr_assert_eq(ys_gen_count_alive(), gens, "[%s] the generator is freed", backend_name());
    ys_runtime_shutdown();
    cr_assert_eq(ys_runtime_blocks_held(), 0, "[%s] %zu blocks after shutdown", backend_name(),
                 ys_runtime_blocks_held());
    use_python(11);
}

/* ---- shutdown ------------------------------------------------------------ */

BACKEND_TEST(shutdown, gives_back_every_block_the_runtime_held_pools_tables_renamed_codes_and_uncollectable_generators,
             .description = "what ys_runtime_shutdown releases, counted in blocks from the core's own malloc calls")
{
    long before = blocks_in_use;
    /* Freed exceptions and generators go to the pools. */
    ys_decref(exc_with_msg(YS_EXC(ValueError), "pooled"));
    ys_decref(ys_exc_new(YS_EXC(KeyError), 0, NULL));
    ys_value g = new_with_finally("pooled");
    expect_yield(ys_next(g), "1");
    ys_decref(g);
    /* A user class, a renamed generator's code and the table of generators
     * suspended in an except block live until shutdown. */
    cr_assert_not_null(ys_exc_type_new("Custom", YS_EXC(Exception)));
    g = new_counter(1);
    ys_value name = ys_str_cstr("renamed");
    cr_assert(ys_store_attribute(g, "__name__", name));
    ys_decref(name);
    ys_value handled = exc_with_msg(YS_EXC(ValueError), "handled");
    ys_gen_suspended_handling(g.as.g, handled);
    ys_gen_suspended_handling(g.as.g, ys_null());
    ys_decref(handled);
    ys_decref(g);
    /* Two generators that ignored GeneratorExit while their frames hold the
     * GeneratorExit they caught: kept whole until shutdown. */
    static const char *const tags[] = {"held 1", "held 2"};
    for (size_t i = 0; i < 2; i++) {
        ys_value held = new_with_finally(tags[i]);
        expect_yield(ys_next(held), "1");
        g = new_keeps_exit(held, true);
        expect_yield(ys_next(g), "\"working\"");
        ys_decref(g);
    }
    /* A frame holding the exception that ended its body, and an exception pending. */
    ys_value held = new_with_finally("held by a kept frame");
    expect_yield(ys_next(held), "1");
    g = new_raiser(exc_with_arg(YS_EXC(ValueError), held));
    expect_yield(ys_next(g), "1");
    expect_raise(ys_next(g), YS_EXC(ValueError), "ValueError(<generator with_finally>)");
    ys_decref(g);
    ys_err_format(YS_EXC(KeyError), "pending");
    log_clear();
    cr_assert_gt(ys_runtime_blocks_held(), 0, "[%s] the runtime's own count", backend_name());
    /* The two generators the ones kept whole hold (those two were dropped),
     * the raiser, whose exception's traceback keeps it, and the generator
     * that exception holds. */
    cr_assert_eq(ys_gen_count_alive(), 4, "[%s] %zu generators alive", backend_name(),
                 ys_gen_count_alive());

    ys_runtime_shutdown();
    expect_log("finally held 2; finally held 1; finally held by a kept frame; ");
    cr_assert_eq(blocks_in_use, before,
                 "[%s] %ld blocks the runtime allocated are still in use after shutdown", backend_name(),
                 blocks_in_use - before);
    cr_assert_eq(ys_runtime_blocks_held(), 0, "[%s] the runtime's own count says %zu blocks",
                 backend_name(), ys_runtime_blocks_held());
    cr_assert_eq(ys_gen_count_alive(), 0, "[%s] %zu generators alive", backend_name(),
                 ys_gen_count_alive());
    cr_assert(ys_runtime_at_rest(), "[%s] the runtime is as a fresh process has it", backend_name());
    use_python(11);
}

BACKEND_TEST(shutdown, leaves_the_runtime_at_rest_so_the_next_run_numbers_generators_as_a_fresh_process,
             .description = "ys_runtime_at_rest, which yieldspec check --batch requires of a run "
                            "before it vouches for the next one in the same process")
{
    use_python(11); /* a shutdown, then a start */
    cr_assert(ys_runtime_at_rest(), "[%s] after shutdown", backend_name());
    ys_value g = new_counter(2);
    cr_assert_not(ys_runtime_at_rest(), "[%s] a generator alive", backend_name());
    expect_yield(ys_next(g), "0");
    ys_decref(g);
    cr_assert_not(ys_runtime_at_rest(), "[%s] a generator was numbered: the next would not be "
                  "the first", backend_name());
    ys_err_format(YS_EXC(KeyError), "pending");
    ys_runtime_shutdown();
    cr_assert(ys_runtime_at_rest(), "[%s] shutdown dropped the pending exception and restarted the "
              "count", backend_name());
    use_python(11);
}

/* A body resumed with the backend's own resume, around the core, as the
 * benchmarks' raw round trip does: the floor its start set for the code it runs
 * is never put back by a resume_body, so shutdown must forget it. */
static _Noreturn void bounce_around_the_core(ys_gen *self)
{
    for (;;)
        ys_runtime_config()->backend->suspend(self);
}

static ys_step bounces_stackful(ys_gen *self) { bounce_around_the_core(self); }

static ys_step bounces_stackless(ys_gen *self) { return YS_STEP_YIELD; }

static const ys_code bounces_code = {.name = "bounces", .stackful = bounces_stackful,
                                     .stackless = bounces_stackless};

BACKEND_TEST(shutdown, forgets_the_stack_floor_of_a_body_resumed_around_the_core)
{
    ys_value g = ys_gen_new(&bounces_code);
    ys_runtime_config()->backend->resume(g.as.g);
    ys_decref(g); /* still CREATED for the core: its context is destroyed mid-body */
    ys_runtime_shutdown();
    cr_assert(ys_runtime_at_rest(), "[%s] a body's stack floor outlived the runtime", backend_name());
    use_python(11);
}

BACKEND_TEST(shutdown, forgets_the_exception_being_handled_when_stopped_inside_a_handler)
{
    ys_value e = ys_exc_new_msg(YS_EXC(KeyError), "being handled");
    ys_value outer = ys_err_handled_swap(e); /* as compiled code does around a call in an except block */
    ys_runtime_shutdown();
    cr_assert(ys_is_null(ys_err_handled_swap(outer)), "[%s] the runtime still named an exception as handled",
              backend_name());
    use_python(11);
    ys_decref(e);
}

/* No stack can be mapped for it (ys_stack_acquire refuses more than half the
 * address space): a stackful backend's create fails, and the generator's own
 * block must go back all the same. */
static const ys_code needs_an_impossible_stack_code = {
    .name = "needs_an_impossible_stack", .stackful = returns_none, .stackless = returns_none,
    .stack_size = SIZE_MAX};

BACKEND_TEST(shutdown, gives_back_the_block_of_a_generator_its_backend_could_not_create)
{
    ys_value g = ys_gen_new(&needs_an_impossible_stack_code);
    if (ys_runtime_config()->backend->stackful) {
        cr_assert(ys_is_null(g) && ys_err_matches(YS_EXC(MemoryError)), "[%s] the stack was not refused",
                  backend_name());
        ys_decref(ys_err_fetch());
    } else {
        ys_decref(g); /* a stackless body has no stack to map */
    }
    ys_runtime_shutdown();
    cr_assert_eq(ys_runtime_blocks_held(), 0, "[%s] %zu blocks held after shutdown", backend_name(),
                 ys_runtime_blocks_held());
    use_python(11);
}

BACKEND_TEST(runtime_init, fills_every_field_left_zero_or_a_missing_configuration_with_its_default)
{
    const ys_config zeros = {0};
    const ys_config *given[] = {&zeros, NULL};
    for (size_t i = 0; i < sizeof given / sizeof *given; i++) {
        ys_runtime_shutdown();
        cr_assert_eq(ys_runtime_init(given[i]), 0, "[%s] init(%s)", backend_name(),
                     given[i] ? "{0}" : "NULL");
        const ys_config *c = ys_runtime_config();
        cr_assert(c->backend == ys_backends[0], "[%s] backend %s, not the first registered",
                  backend_name(), c->backend ? c->backend->name : "NULL");
        cr_assert_eq(c->python_minor, 11);
        cr_assert_eq(c->stack_size, 256 * 1024);
        cr_assert_eq(c->recursion_limit, 1000);
        cr_assert_null(c->unraisable);
    }
    use_python(11);
}

BACKEND_TEST(shutdown, restores_the_default_configuration)
{
    size_t last = 0;
    while (ys_backends[last + 1])
        last++;
    ys_config cfg = {
        .backend = ys_backends[last],
        .python_minor = 13,
        .stack_size = 1 << 20,
        .unraisable = log_unraisable,
        .recursion_limit = 50,
    };
    ys_runtime_shutdown();
    cr_assert_eq(ys_runtime_init(&cfg), 0);
    ys_runtime_shutdown();
    const ys_config *c = ys_runtime_config();
    cr_assert(c->backend == ys_backends[0], "[%s] backend %s after shutdown", backend_name(),
              c->backend->name);
    cr_assert_eq(c->python_minor, 11);
    cr_assert_eq(c->stack_size, 256 * 1024);
    cr_assert_eq(c->recursion_limit, 1000);
    cr_assert_null(c->unraisable);
    use_python(11);
}
