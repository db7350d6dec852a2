// sources: bsw/rxmon.c bsw/com.c bsw/canif.c bsw/e2e.c bsw/dem.c bsw/text.c
/*
 * rxmon: receive supervision driven by a table, the one copy every ECU's timeouts and E2E DTCs come from.
 * What a driver or tester notices: a silent sender sets its DTC after the deadline and heals when it is heard
 * again; one sender's messages share one DTC (lost if any is lost); an optional sender counts only once heard;
 * bad E2E frames qualify the E2E DTC through the DEM's debounce, good ones heal it; the communication fault
 * the heartbeat shows follows all of it.
 */
#include <string.h>

#include "com.h"
#include "dem.h"
#include "e2e.h"
#include "rxmon.h"
#include "unit.h"

enum { RX_SAFE, RX_A1, RX_A2, RX_OPT, RX_EVENT, RX_COUNT };
#define DATA_ID 0x11U
static const com_rx_cfg_t rx_cfg[RX_COUNT] = {
	[RX_SAFE] = {.id = 0x100U, .len = 8U, .timeout_ms = 30U, .e2e = 1U, .e2e_data_id = DATA_ID, .e2e_max_delta = 2U},
	[RX_A1] = {.id = 0x101U, .len = 8U, .timeout_ms = 30U},
	[RX_A2] = {.id = 0x102U, .len = 8U, .timeout_ms = 30U},
	[RX_OPT] = {.id = 0x103U, .len = 8U, .timeout_ms = 30U},
	[RX_EVENT] = {.id = 0x104U, .len = 8U, .timeout_ms = 0U, .e2e = 1U, .e2e_data_id = DATA_ID, .e2e_max_delta = 7U},
};
static const com_config_t com_cfg = {.rx = rx_cfg, .rx_count = RX_COUNT};

enum { EV_SAFE_TIMEOUT, EV_SAFE_E2E, EV_SENDER_A, EV_OPT, EV_EVENT_E2E, EV_COUNT };
#define DEB_E2E {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 4, .pass_threshold = -4, .inc_step = 2U, .dec_step = 1U, .jump_down = 1U}
static const dem_event_cfg_t events[EV_COUNT] = {
	[EV_SAFE_TIMEOUT] = {.dtc = 0x010087U},
	[EV_SAFE_E2E] = {.dtc = 0x010083U, .debounce = DEB_E2E},
	[EV_SENDER_A] = {.dtc = 0x020087U},
	[EV_OPT] = {.dtc = 0x030087U},
	[EV_EVENT_E2E] = {.dtc = 0x040083U, .debounce = DEB_E2E},
};
static const dem_config_t dem_cfg = {.events = events, .event_count = EV_COUNT};

static const rxmon_entry_t mon[] = {
	{.rx = RX_SAFE, .ev_timeout = EV_SAFE_TIMEOUT, .ev_e2e = EV_SAFE_E2E, .after_first = false},
	{.rx = RX_A1, .ev_timeout = EV_SENDER_A, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = RX_A2, .ev_timeout = EV_SENDER_A, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = RX_OPT, .ev_timeout = EV_OPT, .ev_e2e = RXMON_EV_NONE, .after_first = true},
	{.rx = RX_EVENT, .ev_timeout = RXMON_EV_NONE, .ev_e2e = EV_EVENT_E2E, .after_first = false},
};
static rxmon_state_t mon_state[5];
static const rxmon_config_t mon_cfg = {.entries = mon, .state = mon_state, .count = 5U};

static uint64_t now;
static e2e_p1_protect_state_t safe_tx;
static e2e_p1_protect_state_t event_tx;

static void start(void)
{
	now = 0U;
	(void)memset(&safe_tx, 0, sizeof safe_tx);
	(void)memset(&event_tx, 0, sizeof event_tx);
	CHECK_EQ(dem_init(&dem_cfg), DEM_OK);
	dem_operation_cycle_start();
	CHECK_EQ(com_init(&com_cfg, now), 0);
	rxmon_reset(&mon_cfg);
}

static void frame(uint8_t rx, bool good)
{
	uint8_t d[8] = {0U, 0U, 0x12U, 0x34U, 0U, 0U, 0U, 0U};
	if (rx_cfg[rx].e2e != 0U) {
		const e2e_p1_config_t e = {.data_id = DATA_ID, .max_delta_counter = rx_cfg[rx].e2e_max_delta};
		(void)e2e_p1_protect(&e, (rx == RX_SAFE) ? &safe_tx : &event_tx, d, sizeof d);
		d[1] = good ? d[1] : (uint8_t)(d[1] ^ 0x5AU); /* a corrupted CRC */
	}
	com_rx_indication(rx, d, sizeof d);
}

/* one millisecond: frames of the cyclic senders as asked, then com and rxmon as an ECU's tick does */
static bool tick(bool safe, bool a1, bool a2, bool opt)
{
	now += 1000U;
	if ((now % 10000U) == 0U) {
		if (safe) {
			frame(RX_SAFE, true);
		}
		if (a1) {
			frame(RX_A1, true);
		}
		if (a2) {
			frame(RX_A2, true);
		}
		if (opt) {
			frame(RX_OPT, true);
		}
	}
	com_main(now);
	dem_main(now);
	return rxmon_main(&mon_cfg);
}

static bool failed(uint16_t ev)
{
	return (dem_event_status(ev) & DEM_TF) != 0U;
}

static void test_a_silent_sender_fails_after_its_deadline_and_heals(void)
{
	start();
	bool comm = false;
	for (int ms = 0; ms < 29; ms++) {
		comm = tick(false, true, true, false);
	}
	CHECK(!comm); /* the deadline is still running */
	CHECK(!failed(EV_SAFE_TIMEOUT));
	CHECK(!rxmon_lost(&mon_cfg));
	for (int ms = 0; ms < 3; ms++) {
		comm = tick(false, true, true, false);
	}
	CHECK(comm);
	CHECK(failed(EV_SAFE_TIMEOUT));
	CHECK(rxmon_lost(&mon_cfg));
	CHECK(!failed(EV_SENDER_A)); /* the others are heard */
	for (int ms = 0; ms < 20; ms++) {
		comm = tick(true, true, true, false);
	}
	CHECK(!comm);
	CHECK(!failed(EV_SAFE_TIMEOUT));
	CHECK(!rxmon_lost(&mon_cfg));
}

static void test_one_sender_one_dtc_lost_if_any_message_is(void)
{
	start();
	for (int ms = 0; ms < 40; ms++) {
		(void)tick(true, true, false, false);
	}
	/* A1 fresh does not pass what A2's silence fails */
	CHECK(failed(EV_SENDER_A));
	for (int ms = 0; ms < 20; ms++) {
		(void)tick(true, true, false, false);
	}
	CHECK(failed(EV_SENDER_A));
	for (int ms = 0; ms < 20; ms++) {
		(void)tick(true, true, true, false);
	}
	CHECK(!failed(EV_SENDER_A));
	CHECK_EQ(dem_event_status(EV_SENDER_A) & DEM_TFTOC, DEM_TFTOC); /* it did fail this cycle */
}

static void test_an_optional_sender_counts_once_heard(void)
{
	start();
	for (int ms = 0; ms < 100; ms++) {
		(void)tick(true, true, true, false);
	}
	CHECK(!failed(EV_OPT)); /* a bench without it is valid */
	CHECK(!rxmon_lost(&mon_cfg));
	for (int ms = 0; ms < 20; ms++) {
		(void)tick(true, true, true, true);
	}
	CHECK(!failed(EV_OPT));
	CHECK_EQ(dem_event_status(EV_OPT) & DEM_TNCTOC, 0U); /* tested and passed */
	bool comm = false;
	for (int ms = 0; ms < 40; ms++) {
		comm = tick(true, true, true, false);
	}
	CHECK(failed(EV_OPT));
	CHECK(comm);
	CHECK(rxmon_lost(&mon_cfg));
}

static void test_bad_e2e_frames_qualify_through_the_debounce(void)
{
	start();
	(void)tick(true, true, true, false);
	frame(RX_EVENT, false); /* one bad frame: +2, not yet */
	CHECK(!tick(true, true, true, false));
	CHECK(!failed(EV_EVENT_E2E));
	frame(RX_EVENT, false); /* two in one tick: one step each */
	frame(RX_EVENT, false);
	CHECK(tick(true, true, true, false));
	CHECK(failed(EV_EVENT_E2E));
	/* an event message has no deadline: silence is normal, the fault stays until good frames heal it */
	for (int ms = 0; ms < 100; ms++) {
		(void)tick(true, true, true, false);
	}
	CHECK(failed(EV_EVENT_E2E));
	for (int i = 0; i < 5; i++) {
		frame(RX_EVENT, true);
	}
	CHECK(!tick(true, true, true, false));
	CHECK(!failed(EV_EVENT_E2E));
	CHECK(!failed(EV_SAFE_E2E)); /* the good cyclic frames passed it all along */
	CHECK_EQ(dem_event_status(EV_SAFE_E2E) & DEM_TNCTOC, 0U);
}

static void test_reset_forgets_what_was_reported(void)
{
	start();
	frame(RX_EVENT, false);
	frame(RX_EVENT, false);
	(void)tick(true, true, true, false);
	CHECK(failed(EV_EVENT_E2E));
	/* a reset: com, DEM cycle and rxmon start again; the old counts must not be reported twice */
	CHECK_EQ(dem_init(&dem_cfg), DEM_OK);
	dem_operation_cycle_start();
	CHECK_EQ(com_init(&com_cfg, now), 0);
	rxmon_reset(&mon_cfg);
	CHECK_EQ(mon_state[4].e2e_seen, 0U);
	CHECK(!tick(true, true, true, false));
	CHECK(!failed(EV_EVENT_E2E));
}

static void test_no_table_supervises_nothing(void)
{
	CHECK(!rxmon_main(NULL));
	CHECK(!rxmon_lost(NULL));
	rxmon_reset(NULL);
	static const rxmon_config_t no_state = {.entries = mon, .state = NULL, .count = 5U};
	CHECK(!rxmon_main(&no_state));
	CHECK(!rxmon_lost(&no_state));
	rxmon_reset(&no_state);
	/* an entry naming no COM receiver: nothing heard, nothing stepped */
	static const rxmon_entry_t bad[] = {{.rx = 200U, .ev_timeout = RXMON_EV_NONE, .ev_e2e = EV_SAFE_E2E}};
	static rxmon_state_t bad_state[1];
	static const rxmon_config_t bad_cfg = {.entries = bad, .state = bad_state, .count = 1U};
	start();
	CHECK(!rxmon_main(&bad_cfg));
}

int main(void)
{
	RUN(test_a_silent_sender_fails_after_its_deadline_and_heals);
	RUN(test_one_sender_one_dtc_lost_if_any_message_is);
	RUN(test_an_optional_sender_counts_once_heard);
	RUN(test_bad_e2e_frames_qualify_through_the_debounce);
	RUN(test_reset_forgets_what_was_reported);
	RUN(test_no_table_supervises_nothing);
	return UNIT_END();
}
