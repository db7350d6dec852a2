// sources: bsw/wdg.c bsw/text.c
/* wdg: alive and deadline supervision at their margins, tolerance → EXPIRED → no trigger → hardware reset. */
#include <string.h>

#include "unit.h"
#include "wdg.h"

#define MS 1000U

enum { E_TASK10, E_STEP, E_SPARE, E_COUNT };

static const wdg_entity_cfg_t entities[E_COUNT] = {
	/* a 10 ms task: 10 indications per 100 ms, ±2; one failed cycle tolerated */
	[E_TASK10] = {.cycle_ms = 100U, .expected = 10U, .min_margin = 2U, .max_margin = 2U, .failed_tolerance = 1U, .active = 1U},
	/* a control step: 100 µs .. 2 ms from start to end, no tolerance */
	[E_STEP] = {.deadline_min_us = 100U, .deadline_max_us = 2000U, .active = 1U},
	/* supervised only once switched on: 5 per 50 ms exactly */
	[E_SPARE] = {.cycle_ms = 50U, .expected = 5U},
};

static wdg_hw_t hw;
static uint64_t now;
static unsigned expired_calls;
static uint8_t expired_entity;

static void kick(void)
{
	wdg_hw_kick(&hw, now);
}

static void on_expired(uint8_t entity)
{
	expired_calls++;
	expired_entity = entity;
}

static const wdg_config_t cfg = {
	.entities = entities, .entity_count = E_COUNT, .trigger_period_ms = 10U, .trigger = kick, .expired = on_expired};

static void start(void)
{
	now = 0U;
	expired_calls = 0U;
	CHECK_EQ(wdg_init(&cfg, now), WDG_OK);
	wdg_hw_init(&hw, 30U, now);
}

/* Runs 1 ms ticks up to `until`: the 10 ms task reports alive every `alive_every_ms` (0 = hung),
   the control step takes `step_us` every 10 ms. Returns true if the hardware watchdog fired. */
static bool run(uint64_t until, unsigned alive_every_ms, uint32_t step_us)
{
	while (now < until) {
		now += MS;
		uint64_t t_ms = now / MS;
		if ((alive_every_ms != 0U) && ((t_ms % alive_every_ms) == 0U)) {
			wdg_alive(E_TASK10);
		}
		if ((t_ms % 10U) == 0U) {
			wdg_deadline_start(E_STEP, now);
			wdg_deadline_end(E_STEP, now + step_us);
		}
		wdg_main(now);
		if (wdg_hw_expired(&hw, now)) {
			return true;
		}
	}
	return false;
}

static void test_healthy_ecu_keeps_triggering(void)
{
	start();
	CHECK(!run(1000U * MS, 10U, 500U));
	CHECK_EQ(wdg_global_status(), WDG_STATUS_OK);
	CHECK_EQ(wdg_stats()->triggers, 100); /* every 10 ms */
	CHECK_EQ(wdg_entity_info(E_TASK10)->last_alive_count, 10);
	CHECK_EQ(wdg_entity_info(E_STEP)->last_deadline_us, 500);
	CHECK_EQ(wdg_entity_status(E_SPARE), WDG_STATUS_DEACTIVATED);
	CHECK_EQ(wdg_first_expired(), -1);
	CHECK_EQ(expired_calls, 0);
}

/* One supervision cycle of E_TASK10 with exactly n indications. */
static wdg_status_t alive_cycle(unsigned n)
{
	for (unsigned i = 0U; i < n; i++) {
		wdg_alive(E_TASK10);
	}
	now += 100U * MS;
	wdg_main(now);
	return wdg_entity_status(E_TASK10);
}

static void test_alive_margins_at_their_edges(void)
{
	start();
	CHECK_EQ(alive_cycle(8U), WDG_STATUS_OK);
	CHECK_EQ(alive_cycle(12U), WDG_STATUS_OK);
	CHECK_EQ(alive_cycle(7U), WDG_STATUS_FAILED);
	CHECK_EQ(wdg_global_status(), WDG_STATUS_FAILED);
	CHECK_EQ(alive_cycle(10U), WDG_STATUS_OK); /* a good cycle recovers */
	CHECK_EQ(alive_cycle(13U), WDG_STATUS_FAILED);
	CHECK_EQ(wdg_entity_info(E_TASK10)->last_alive_count, 13);
	CHECK_EQ(alive_cycle(10U), WDG_STATUS_OK);
	CHECK_EQ(wdg_stats()->alive_failures, 2);
	CHECK_EQ(expired_calls, 0);
}

static void test_hung_task_expires_and_stops_the_trigger(void)
{
	start();
	CHECK(!run(300U * MS, 10U, 500U));
	uint32_t triggers = wdg_stats()->triggers;
	/* the task hangs at 300 ms: the cycle ending at 400 ms fails (tolerated), the one at 500 ms expires */
	CHECK(!run(400U * MS, 0U, 500U));
	CHECK_EQ(wdg_entity_status(E_TASK10), WDG_STATUS_FAILED);
	CHECK(!run(500U * MS, 0U, 500U));
	CHECK_EQ(wdg_entity_status(E_TASK10), WDG_STATUS_EXPIRED);
	CHECK_EQ(wdg_global_status(), WDG_STATUS_EXPIRED);
	CHECK_EQ(wdg_first_expired(), E_TASK10);
	CHECK_EQ(expired_calls, 1);
	CHECK_EQ(expired_entity, E_TASK10);
	CHECK_EQ(wdg_stats()->triggers, triggers + 19U); /* 310 … 490 ms; at 500 ms it had expired */
	/* the hardware watchdog runs out 30 ms after the last kick, even if the task comes back */
	CHECK(!run(520U * MS, 10U, 500U));
	CHECK(run(600U * MS, 10U, 500U));
	CHECK_EQ(now, 521U * MS);
	CHECK_EQ(wdg_stats()->triggers, triggers + 19U);
	CHECK_EQ(wdg_entity_status(E_TASK10), WDG_STATUS_EXPIRED); /* final until wdg_init */
	CHECK_EQ(expired_calls, 1);
}

static void test_deadline_edges(void)
{
	static const uint32_t ok_us[] = {100U, 2000U};
	static const uint32_t bad_us[] = {99U, 2001U};
	for (unsigned i = 0U; i < 2U; i++) {
		start();
		CHECK(!run(100U * MS, 10U, ok_us[i]));
		CHECK_EQ(wdg_entity_status(E_STEP), WDG_STATUS_OK);
		start();
		CHECK(run(200U * MS, 10U, bad_us[i])); /* no tolerance: expired at the first step */
		CHECK_EQ(wdg_entity_status(E_STEP), WDG_STATUS_EXPIRED);
		CHECK_EQ(wdg_first_expired(), E_STEP);
		CHECK_EQ(wdg_stats()->deadline_failures, 1);
		CHECK_EQ(wdg_stats()->triggers, 0);
	}
}

static void test_missing_deadline_end(void)
{
	start();
	wdg_deadline_start(E_STEP, 5000U);
	wdg_main(7000U);
	CHECK_EQ(wdg_entity_status(E_STEP), WDG_STATUS_OK); /* exactly max: not late yet */
	wdg_main(7001U);
	CHECK_EQ(wdg_entity_status(E_STEP), WDG_STATUS_EXPIRED);
	CHECK_EQ(wdg_stats()->deadline_failures, 1);
	wdg_deadline_end(E_STEP, 9000U); /* too late to matter; not counted twice */
	CHECK_EQ(wdg_stats()->deadline_failures, 1);
}

static void test_main_not_called_for_many_cycles(void)
{
	start();
	CHECK(!run(200U * MS, 10U, 500U));
	/* the whole ECU stalled for 350 ms: three and a half cycles with no indication */
	now += 350U * MS;
	wdg_main(now);
	CHECK_EQ(wdg_entity_status(E_TASK10), WDG_STATUS_EXPIRED);
	CHECK_EQ(wdg_stats()->alive_failures, 2); /* stops counting once expired */
}

static void test_activation(void)
{
	start();
	CHECK(!run(200U * MS, 10U, 500U)); /* E_SPARE sees nothing and is not judged */
	CHECK_EQ(wdg_entity_status(E_SPARE), WDG_STATUS_DEACTIVATED);
	CHECK_EQ(wdg_set_active(E_SPARE, true, now), WDG_OK);
	CHECK_EQ(wdg_entity_status(E_SPARE), WDG_STATUS_OK);
	for (unsigned i = 0U; i < 5U; i++) {
		wdg_alive(E_SPARE);
	}
	CHECK(!run(250U * MS, 10U, 500U));
	CHECK_EQ(wdg_entity_status(E_SPARE), WDG_STATUS_OK);
	CHECK_EQ(wdg_entity_info(E_SPARE)->last_alive_count, 5);
	CHECK_EQ(wdg_set_active(E_SPARE, false, now), WDG_OK);
	CHECK(!run(400U * MS, 10U, 500U));
	CHECK_EQ(wdg_entity_status(E_SPARE), WDG_STATUS_DEACTIVATED);
	CHECK_EQ(wdg_global_status(), WDG_STATUS_OK);
	/* switched on again and then silent: 0 of 5 fails, no tolerance */
	CHECK_EQ(wdg_set_active(E_SPARE, true, now), WDG_OK);
	CHECK(run(500U * MS, 10U, 500U));
	CHECK_EQ(wdg_first_expired(), E_SPARE);
	CHECK_EQ(wdg_set_active(E_SPARE, false, now), WDG_E_PARAM); /* an expired entity cannot hide */
}

static void test_bad_calls_are_counted(void)
{
	start();
	wdg_alive(E_COUNT);
	wdg_deadline_end(E_STEP, 10U); /* no start */
	CHECK(wdg_entity_info(99U) == NULL);
	CHECK_EQ(wdg_entity_status(E_COUNT), WDG_STATUS_DEACTIVATED);
	CHECK_EQ(wdg_set_active(E_COUNT, true, 0U), WDG_E_PARAM);
	CHECK_EQ(wdg_stats()->bad_calls, 5);
	CHECK_EQ(wdg_global_status(), WDG_STATUS_OK);
}

static void test_config_errors_name_the_entity(void)
{
	static const wdg_entity_cfg_t bad_margin[] = {{.cycle_ms = 10U, .expected = 1U}, {.cycle_ms = 10U, .expected = 1U, .min_margin = 2U}};
	static const wdg_config_t c1 = {.entities = bad_margin, .entity_count = 2U, .trigger_period_ms = 10U, .trigger = kick};
	CHECK_EQ(wdg_init(&c1, 0U), WDG_E_CONFIG);
	CHECK(strcmp(wdg_config_error(), "entities[1]: min_margin > expected") == 0);
	wdg_alive(0U); /* not initialised: counted, no crash */
	CHECK_EQ(wdg_stats()->bad_calls, 1);

	static const wdg_entity_cfg_t nothing[] = {{.failed_tolerance = 3U}};
	static const wdg_config_t c2 = {.entities = nothing, .entity_count = 1U, .trigger_period_ms = 10U, .trigger = kick};
	CHECK_EQ(wdg_init(&c2, 0U), WDG_E_CONFIG);
	CHECK(strncmp(wdg_config_error(), "entities[0]: neither", 20) == 0);

	static const wdg_entity_cfg_t dl[] = {{.deadline_min_us = 5U, .deadline_max_us = 4U}};
	static const wdg_config_t c3 = {.entities = dl, .entity_count = 1U, .trigger_period_ms = 10U, .trigger = kick};
	CHECK_EQ(wdg_init(&c3, 0U), WDG_E_CONFIG);
	CHECK(strcmp(wdg_config_error(), "entities[0]: deadline_min_us > deadline_max_us") == 0);

	static const wdg_config_t c4 = {.entities = entities, .entity_count = E_COUNT, .trigger_period_ms = 10U};
	CHECK_EQ(wdg_init(&c4, 0U), WDG_E_CONFIG);
	CHECK(strncmp(wdg_config_error(), "trigger", 7) == 0);
	CHECK_EQ(wdg_init(&cfg, 0U), WDG_OK);
	CHECK_EQ(wdg_config_error()[0], '\0');
}

static void test_hardware_watchdog_window(void)
{
	wdg_hw_t h;
	wdg_hw_init(&h, 50U, 1000U);
	CHECK(!wdg_hw_expired(&h, 51000U)); /* exactly the timeout */
	wdg_hw_kick(&h, 51000U);
	CHECK(!wdg_hw_expired(&h, 101000U));
	CHECK(wdg_hw_expired(&h, 101001U));
	wdg_hw_kick(&h, 101002U); /* a reset already happened: a late kick does not undo it */
	CHECK(wdg_hw_expired(&h, 101003U));
}

int main(void)
{
	RUN(test_healthy_ecu_keeps_triggering);
	RUN(test_alive_margins_at_their_edges);
	RUN(test_hung_task_expires_and_stops_the_trigger);
	RUN(test_deadline_edges);
	RUN(test_missing_deadline_end);
	RUN(test_main_not_called_for_many_cycles);
	RUN(test_activation);
	RUN(test_bad_calls_are_counted);
	RUN(test_config_errors_name_the_entity);
	RUN(test_hardware_watchdog_window);
	return UNIT_END();
}
