/* The test generators, each written once (generators.c) and compiled as both a
 * stackful and a stackless body. Each constructor returns a new generator and
 * takes ownership of the values passed to it, like a call f(args). Python
 * equivalents are in generators.c. */
#ifndef YIELDSPEC_TEST_GENERATORS_H
#define YIELDSPEC_TEST_GENERATORS_H

#include "yieldspec/runtime.h"

ys_value new_counter(int64_t n);
ys_value new_echo(void);
ys_value new_catcher(const ys_exc_type *catches);
ys_value new_with_finally(const char *tag);
ys_value new_ignores_exit(void);
/* Holds `held`; ignores GeneratorExit by yielding again while its frame keeps
 * the GeneratorExit it caught (own_exception) or an exception caught elsewhere. */
ys_value new_keeps_exit(ys_value steal_held, bool own_exception);
ys_value new_returns_on_exit(ys_value steal_value);
ys_value new_raiser(ys_value steal_exc);
ys_value new_delegator(ys_value steal_sub);
ys_value new_logging_delegator(ys_value steal_sub);
ys_value new_reentrant(int64_t operation); /* 0 next, 1 send, 2 throw, 3 close, 4 ys_gen_send_ex */
ys_value new_state_observer(void);
ys_value new_unwinding_observer(void); /* reads itself while its frame unwinds */
/* Point a state_observer or reentrant generator at another generator
 * (borrowed: observing does not keep it alive). */
void observe(ys_value observer, ys_value observed);
/* A generator that, on every resume, does one operation on a target and yields
 * its result or the exception it raised. probe() sets the operation (-1 state,
 * 0 next, 1 send(None), 2 throw(KeyError("k")), 3 close) and the target
 * (borrowed); a new prober reports its own state. */
ys_value new_prober(void);
void probe(ys_value prober, int64_t operation, ys_value target);
ys_value new_summer(ys_value steal_inner);
ys_value new_grower(void);
/* A chain of levels_below + 1 generators, each level made when the one above starts. */
ys_value new_lazy_chain(int64_t levels_below);
ys_value new_holder(ys_value steal_a, ys_value steal_b);
ys_value new_finally_raises(void);
ys_value new_yield_in_finally(void);
/* Calls hook() while an exception thrown in at its yield is pending, then lets
 * it propagate. */
ys_value new_calls_while_raising(void (*hook)(void));

/* A chain of `depth` delegators over counter(n). */
ys_value new_delegation_chain(size_t depth, ys_value steal_leaf);

#endif
