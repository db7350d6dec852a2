/*
 * task10: when an ECU's 10 ms task runs on its 1 ms tick. The DEM's main function (time debounce, NVM
 * writes), the monitors that report DTC results and the watchdog manager's main function run every 10th
 * tick, like the 10 ms task of an AUTOSAR ECU: their thresholds are multiples of 10 ms, and running them
 * every 1 ms was most of the firmware's work in the simulation (docs/performance.md).
 *
 * The grid starts at the ECU's first tick (where the watchdog's supervision cycles start too, so each
 * cycle ends on a 10 ms call); after a gap longer than a period (a paused host) it resumes from now
 * instead of running the task several times in a row.
 */
#ifndef TASK10_H
#define TASK10_H

#include <stdbool.h>
#include <stdint.h>

#define TASK10_PERIOD_US 10000U

/** True when the task is due at now_us, and moves *next_us to its next slot. */
static inline bool task10_due(uint64_t *next_us, uint64_t now_us)
{
	if (now_us < *next_us) {
		return false;
	}
	*next_us += TASK10_PERIOD_US;
	if (*next_us <= now_us) {
		*next_us = now_us + TASK10_PERIOD_US;
	} else {
		/* on the grid */
	}
	return true;
}

#endif
