/* Which backends a parameterized runtime or mechanism test runs on. */
#ifndef YIELDSPEC_TEST_BACKEND_PARAMS_H
#define YIELDSPEC_TEST_BACKEND_PARAMS_H

#include <criterion/parameterized.h>
#include <stdbool.h>

/* Indices into ys_backends, as Criterion's forked children get parameters by
 * value: every registered backend (stackful ones only if `stackful_only`),
 * or, when the environment names one in YIELDSPEC_TEST_BACKEND, that one
 * alone. ctest registers one entry per backend that way, so a failure or a
 * crash is reported under the backend's name; the test binary also prints
 * the backend of a crashed test (Criterion itself prints only "CRASH!"). An
 * unknown name is an error. */
struct criterion_test_params backend_params(bool stackful_only);

#endif
