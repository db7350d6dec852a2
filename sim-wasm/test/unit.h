/*
 * unit.h: a header-only test framework for the C unit tests (sim-wasm/test/test_*.c).
 * CHECK/CHECK_EQ count passes and failures; UNIT_END() prints the tally that sim-wasm/test/run.mjs parses
 * and makes the process exit non-zero on any failure. Tests only: uses stdio, which firmware never does.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>

static unsigned unit_passed_;
static unsigned unit_failed_;

/* Checks a condition; on failure prints where and what, and keeps going so one run shows every failure. */
#define CHECK(cond)                                                                    \
	do {                                                                               \
		if (cond) {                                                                    \
			unit_passed_++;                                                            \
		} else {                                                                       \
			unit_failed_++;                                                            \
			printf("%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond);            \
		}                                                                              \
	} while (0)

/* Checks two integer values for equality and prints both when they differ. */
#define CHECK_EQ(actual, expected)                                                     \
	do {                                                                               \
		long long unit_a_ = (long long)(actual);                                       \
		long long unit_e_ = (long long)(expected);                                     \
		if (unit_a_ == unit_e_) {                                                      \
			unit_passed_++;                                                            \
		} else {                                                                       \
			unit_failed_++;                                                            \
			printf("%s:%d: CHECK_EQ(%s, %s) failed: got %lld (0x%llx), expected %lld (0x%llx)\n", \
			       __FILE__, __LINE__, #actual, #expected, unit_a_,                    \
			       (unsigned long long)unit_a_, unit_e_, (unsigned long long)unit_e_);  \
		}                                                                              \
	} while (0)

/* Runs one test function, naming it in the output when it adds failures. */
#define RUN(test_fn)                                                                   \
	do {                                                                               \
		unsigned unit_before_ = unit_failed_;                                          \
		test_fn();                                                                     \
		if (unit_failed_ != unit_before_) {                                            \
			printf("  in %s\n", #test_fn);                                             \
		}                                                                              \
	} while (0)

/* Prints the tally line "unit: N passed, M failed" and returns the exit code for main(). */
#define UNIT_END() (printf("unit: %u passed, %u failed\n", unit_passed_, unit_failed_), unit_failed_ == 0U ? 0 : 1)

#endif /* UNIT_H */
