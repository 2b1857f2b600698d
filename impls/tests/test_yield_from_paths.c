/* yield from chains seen from every side: levels of a chain driven directly,
 * subgenerators shared by two delegators, the state of every level while the
 * innermost generator runs, and re-entry into any level from the innermost.
 * These pin down what a shortcut from the top of a chain to its innermost
 * generator must keep exactly as level-by-level forwarding does it. */
#include "generators.h"
#include "support.h"

enum { DEPTH = 40 };

/* levels[0] is the top, levels[depth] the innermost generator (stolen); the
 * caller holds a reference to every level until release_chain. */
static ys_value build_chain(ys_value *levels, size_t depth, ys_value steal_leaf)
{
    levels[depth] = steal_leaf;
    for (size_t i = depth; i-- > 0;) {
        ys_incref(levels[i + 1]);
        levels[i] = new_delegator(levels[i + 1]);
    }
    return levels[0];
}

static void release_chain(ys_value *levels, size_t depth)
{
    for (size_t i = 0; i <= depth; i++)
        ys_decref(levels[i]);
}

static const char *const already_executing = "ValueError(\"generator already executing\")";

BACKEND_TEST(yield_from_paths, every_level_of_a_deep_chain_is_running_while_the_innermost_runs)
{
    ys_value levels[DEPTH + 1];
    ys_value leaf = new_prober();
    ys_value top = build_chain(levels, DEPTH, leaf);
    expect_yield(ys_next(top), "\"GEN_RUNNING\"");
    expect_yield(ys_send(top, ys_none()), "\"GEN_RUNNING\"");
    for (size_t i = 0; i <= DEPTH; i++) {
        probe(leaf, -1, levels[i]);
        expect_yield(ys_next(top), "\"GEN_RUNNING\"");
        expect_yield(ys_send(top, ys_int(7)), "\"GEN_RUNNING\"");
    }
    for (size_t i = 0; i <= DEPTH; i++)
        expect_state(levels[i], YS_GEN_SUSPENDED);
    /* Driven from the middle: the levels above it stay suspended. */
    size_t mid = DEPTH / 2;
    for (size_t i = 0; i <= DEPTH; i++) {
        probe(leaf, -1, levels[i]);
        expect_yield(ys_next(levels[mid]), i < mid ? "\"GEN_SUSPENDED\"" : "\"GEN_RUNNING\"");
        expect_yield(ys_next(top), "\"GEN_RUNNING\"");
    }
    release_chain(levels, DEPTH);
}

BACKEND_TEST(yield_from_paths, re_entering_any_level_from_the_innermost_raises_ValueError_and_leaves_the_chain_intact)
{
    ys_value levels[DEPTH + 1];
    ys_value leaf = new_prober();
    ys_value top = build_chain(levels, DEPTH, leaf);
    expect_yield(ys_next(top), "\"GEN_RUNNING\"");
    expect_yield(ys_next(top), "\"GEN_RUNNING\"");
    const size_t targets[] = {0, 1, DEPTH / 2, DEPTH - 1, DEPTH};
    for (int64_t op = 0; op < 4; op++) {
        for (size_t t = 0; t < sizeof targets / sizeof *targets; t++) {
            probe(leaf, op, levels[targets[t]]);
            expect_yield(ys_next(top), already_executing);
            /* the same from a level below the top */
            if (targets[t] >= 3) {
                expect_yield(ys_next(levels[2]), already_executing);
            }
        }
    }
    for (size_t i = 0; i <= DEPTH; i++)
        expect_state(levels[i], YS_GEN_SUSPENDED);
    probe(leaf, -1, levels[DEPTH / 2]);
    expect_yield(ys_next(top), "\"GEN_RUNNING\"");
    expect_value(ys_close(top), "None");
    for (size_t i = 0; i <= DEPTH; i++)
        expect_state(levels[i], YS_GEN_CLOSED);
    release_chain(levels, DEPTH);
}

BACKEND_TEST(yield_from_paths, levels_of_a_chain_sent_to_directly_share_the_innermost_generator)
{
    ys_value levels[5];
    ys_value top = build_chain(levels, 4, new_counter(6));
    expect_yield(ys_next(top), "0");
    expect_yield(ys_next(top), "1");
    expect_yield(ys_next(levels[2]), "2");
    expect_yield(ys_next(top), "3");
    expect_yield(ys_send(levels[3], ys_none()), "4");
    expect_yield(ys_next(top), "5");
    expect_return(ys_next(levels[2]), "6"); /* counter returned 6 through levels 3 and 2 */
    expect_state(levels[2], YS_GEN_CLOSED);
    expect_state(levels[3], YS_GEN_CLOSED);
    expect_state(levels[1], YS_GEN_SUSPENDED);
    expect_return(ys_next(top), "None"); /* levels[1] finds levels[2] exhausted */
    expect_state(levels[1], YS_GEN_CLOSED);
    release_chain(levels, 4);
}

BACKEND_TEST(yield_from_paths, a_shared_subgenerator_returns_to_the_delegator_that_resumed_it)
{
    ys_value sub = new_counter(4);
    ys_incref(sub);
    ys_value a = new_delegation_chain(5, new_logging_delegator(sub));
    ys_value b = new_delegation_chain(7, new_logging_delegator(sub));
    expect_yield(ys_next(a), "0");
    expect_yield(ys_next(b), "1");
    expect_yield(ys_next(a), "2");
    expect_yield(ys_next(b), "3");
    expect_log("");
    expect_yield(ys_next(a), "4"); /* counter returned 4 to a's delegator */
    expect_log("delegator got 4; ");
    log_clear();
    expect_yield(ys_next(b), "None"); /* b's delegator finds it exhausted */
    expect_log("delegator got None; ");
    expect_return(ys_next(a), "\"done\"");
    expect_return(ys_next(b), "\"done\"");
    expect_state(a, YS_GEN_CLOSED);
    expect_state(b, YS_GEN_CLOSED);
    ys_decref(a);
    ys_decref(b);
}

BACKEND_TEST(yield_from_paths, another_chain_over_the_running_innermost_is_suspended_and_fails_when_resumed)
{
    ys_value leaf = new_prober();
    ys_incref(leaf); /* one for each chain, one kept here */
    ys_incref(leaf);
    ys_value a = new_delegation_chain(6, leaf);
    ys_value b = new_delegation_chain(3, leaf);
    expect_yield(ys_next(a), "\"GEN_RUNNING\"");
    expect_yield(ys_next(b), "\"GEN_RUNNING\""); /* b starts and joins the leaf */
    expect_yield(ys_next(a), "\"GEN_RUNNING\"");
    probe(leaf, -1, b);
    expect_yield(ys_next(a), "\"GEN_SUSPENDED\"");
    probe(leaf, -1, a);
    expect_yield(ys_next(b), "\"GEN_SUSPENDED\"");
    /* b's innermost delegator gets ValueError from the leaf and lets it escape. */
    probe(leaf, 0, b);
    expect_yield(ys_next(a), already_executing);
    expect_state(b, YS_GEN_CLOSED);
    probe(leaf, -1, a);
    expect_yield(ys_next(a), "\"GEN_RUNNING\"");
    expect_state(a, YS_GEN_SUSPENDED);
    ys_decref(b);
    ys_decref(a);
    ys_decref(leaf);
}

BACKEND_TEST(yield_from_paths, a_chain_rebuilt_below_a_suspended_top_delivers_values_in_order)
{
    /* summer(inner) drives a chain by next(); its own delegations change while
     * the chain above it stays suspended. */
    ys_value inner = new_delegation_chain(30, new_counter(5));
    ys_value g = new_delegation_chain(10, new_summer(inner));
    expect_yield(ys_next(g), "0");
    expect_yield(ys_next(g), "1");
    expect_yield(ys_next(g), "3");
    expect_yield(ys_next(g), "6");
    expect_yield(ys_next(g), "10");
    expect_return(ys_next(g), "10");
    ys_decref(g);
}
