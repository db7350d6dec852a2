// sources: bsw/com.c bsw/canif.c bsw/e2e.c
/* com: cyclic and event transmission on virtual time, E2E protection on TX, RX checks, deadline monitoring. */
#include <string.h>

#include "canif.h"
#include "com.h"
#include "e2e.h"
#include "unit.h"

#define MAX_FRAMES 256U

typedef struct {
	uint64_t t_us;
	uint32_t id;
	uint8_t len;
	uint8_t data[8];
} frame_t;

static frame_t bus[MAX_FRAMES];
static unsigned bus_n;
static uint64_t now;

static int32_t ctl_tx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	(void)flags;
	if (bus_n < MAX_FRAMES) {
		bus[bus_n].t_us = now;
		bus[bus_n].id = id;
		bus[bus_n].len = (uint8_t)dlc;
		memcpy(bus[bus_n].data, data, dlc);
		bus_n++;
	}
	return 0;
}
static const canif_driver_t ctl = {ctl_tx};

/* application values the pack callbacks send */
static uint8_t app_value;
static int fail_pack;

static int pack_cyclic(uint8_t *dst, size_t size)
{
	if (size < 4U) {
		return -1;
	}
	dst[2] = app_value;
	dst[3] = 0x5AU;
	return 4;
}

static int pack_event(uint8_t *dst, size_t size)
{
	if ((size < 1U) || (fail_pack != 0)) {
		return -1;
	}
	dst[0] = app_value;
	return 1;
}

enum { TX_CYCLIC, TX_EVENT, TX_COUNT };
static const com_tx_cfg_t tx_cfg[TX_COUNT] = {
	{0x100U, 4U, 10U, 3U, 1U, 0x26U, pack_cyclic},
	{0x210U, 1U, 0U, 0U, 0U, 0U, pack_event},
};

enum { RX_PROT, RX_PLAIN, RX_COUNT };
static const com_rx_cfg_t rx_cfg[RX_COUNT] = {
	{0x013U, 4U, 30U, 1U, 0x05U, 2U},
	{0x350U, 2U, 300U, 0U, 0U, 0U},
};
static const com_config_t cfg = {tx_cfg, TX_COUNT, rx_cfg, RX_COUNT};

static const canif_rx_entry_t canif_rx_table[] = {{0x013U, 0U, RX_PROT}, {0x350U, 0U, RX_PLAIN}};
static const canif_config_t canif_cfg = {&ctl, canif_rx_table, 2U, com_rx_indication};

static void setup(void)
{
	canif_init(&canif_cfg);
	now = 5000U; /* a non-zero start time: nothing may assume time starts at 0 */
	CHECK_EQ(com_init(&cfg, now), 0);
	bus_n = 0U;
	app_value = 0U;
	fail_pack = 0;
}

static void run_ms(unsigned ms)
{
	for (unsigned i = 0U; i < ms; i++) {
		now += 1000U;
		com_main(now);
		canif_main();
	}
}

static void test_cyclic_period_and_offset(void)
{
	setup();
	run_ms(100U);
	CHECK_EQ(bus_n, 10);
	CHECK_EQ(bus[0].t_us, 5000U + 3000U);
	unsigned on_grid = 0U;
	for (unsigned i = 1U; i < bus_n; i++) {
		on_grid += ((bus[i].t_us - bus[i - 1U].t_us) == 10000U) ? 1U : 0U;
	}
	CHECK_EQ(on_grid, 9);
	CHECK_EQ(com_tx_stats(TX_CYCLIC)->sent, 10);
}

static void test_cyclic_is_e2e_protected_with_running_counter(void)
{
	setup();
	app_value = 0x77U;
	run_ms(200U);
	const e2e_p1_config_t check = {0x26U, 1U};
	e2e_p1_check_state_t cs = {0U, false};
	unsigned ok = 0U;
	for (unsigned i = 0U; i < bus_n; i++) {
		e2e_p1_status_t st = e2e_p1_check(&check, &cs, bus[i].data, bus[i].len);
		ok += (st == ((i == 0U) ? E2E_P1_INITIAL : E2E_P1_OK)) ? 1U : 0U;
	}
	CHECK_EQ(bus_n, 20);
	CHECK_EQ(ok, 20);
	CHECK_EQ(bus[0].data[2], 0x77);
	CHECK_EQ(bus[0].data[3], 0x5A);
}

static void test_event_sent_once_per_trigger(void)
{
	setup();
	app_value = 9U;
	CHECK_EQ(com_trigger(TX_EVENT), 0);
	run_ms(1U);
	run_ms(50U);
	unsigned events = 0U;
	for (unsigned i = 0U; i < bus_n; i++) {
		events += (bus[i].id == 0x210U) ? 1U : 0U;
	}
	CHECK_EQ(events, 1);
	CHECK_EQ(com_trigger(TX_COUNT), COM_E_PARAM);
	/* a pack failure is counted and nothing is sent */
	fail_pack = 1;
	(void)com_trigger(TX_EVENT);
	unsigned before = bus_n;
	run_ms(1U);
	CHECK_EQ(bus_n, before);
	CHECK_EQ(com_tx_stats(TX_EVENT)->pack_errors, 1);
}

static void test_rx_deadline_and_recovery(void)
{
	setup();
	uint8_t d[2] = {0x11, 0x22};
	CHECK(!com_rx_fresh(RX_PLAIN));
	canif_rx(0x350U, 0U, 2U, d);
	CHECK(com_rx_fresh(RX_PLAIN));
	CHECK(com_rx_take_update(RX_PLAIN));
	CHECK(!com_rx_take_update(RX_PLAIN));
	CHECK_EQ(com_rx_data(RX_PLAIN)[1], 0x22);
	run_ms(299U);
	CHECK(!com_rx_timed_out(RX_PLAIN));
	run_ms(1U);
	CHECK(com_rx_timed_out(RX_PLAIN));
	CHECK(!com_rx_fresh(RX_PLAIN));
	run_ms(1000U);
	CHECK_EQ(com_rx_stats(RX_PLAIN)->timeouts, 1);
	/* the last good payload stays readable; a new frame clears the flag */
	CHECK_EQ(com_rx_data(RX_PLAIN)[0], 0x11);
	canif_rx(0x350U, 0U, 2U, d);
	CHECK(com_rx_fresh(RX_PLAIN));
	/* a message never received times out from init */
	CHECK(com_rx_timed_out(RX_PROT));
}

static void test_rx_rejects_bad_frames(void)
{
	setup();
	const e2e_p1_config_t prot = {0x05U, 2U};
	e2e_p1_protect_state_t ps = {0U};
	uint8_t f[4] = {0, 0, 0xAB, 0xCD};
	(void)e2e_p1_protect(&prot, &ps, f, sizeof f);
	canif_rx(0x013U, 0U, 4U, f);
	CHECK(com_rx_take_update(RX_PROT));
	CHECK_EQ(com_rx_data(RX_PROT)[2], 0xAB);
	/* the same frame again (frozen counter) is not new data */
	canif_rx(0x013U, 0U, 4U, f);
	CHECK(!com_rx_take_update(RX_PROT));
	CHECK_EQ(com_rx_stats(RX_PROT)->last_e2e, E2E_P1_REPEATED);
	/* corrupted payload: dropped, the old value stays */
	f[2] = 0xEEU;
	(void)e2e_p1_protect(&prot, &ps, f, sizeof f);
	f[2] = 0xEFU;
	canif_rx(0x013U, 0U, 4U, f);
	CHECK(!com_rx_take_update(RX_PROT));
	CHECK_EQ(com_rx_data(RX_PROT)[2], 0xAB);
	/* too short */
	canif_rx(0x013U, 0U, 3U, f);
	CHECK_EQ(com_rx_stats(RX_PROT)->len_errors, 1);
	CHECK_EQ(com_rx_stats(RX_PROT)->e2e_errors, 2);
	CHECK_EQ(com_rx_stats(RX_PROT)->received, 1);
	/* the E2E deadline still runs: only good frames refresh it */
	run_ms(30U);
	CHECK(com_rx_timed_out(RX_PROT));
}

/* com_main skips its scan until the earliest TX due time or RX deadline: a deadline armed again by a frame
 * after a timeout, with nothing else due (no TX), must still expire on time, and a trigger between two cycles
 * must still go out at the next tick. */
static void test_deadlines_and_triggers_between_scans(void)
{
	static const com_rx_cfg_t rx_only[1] = {{0x350U, 2U, 300U, 0U, 0U, 0U}};
	static const com_config_t rx_cfg_only = {NULL, 0U, rx_only, 1U};
	const uint8_t d[2] = {0x11, 0x22};
	setup();
	CHECK_EQ(com_init(&rx_cfg_only, now), 0);
	com_rx_indication(0U, d, 2U);
	run_ms(299U);
	CHECK(com_rx_fresh(0U));
	run_ms(1U);
	CHECK(com_rx_timed_out(0U));
	run_ms(5000U);
	CHECK_EQ(com_rx_stats(0U)->timeouts, 1);
	com_rx_indication(0U, d, 2U);
	run_ms(299U);
	CHECK(com_rx_fresh(0U));
	run_ms(1U);
	CHECK(com_rx_timed_out(0U));
	CHECK_EQ(com_rx_stats(0U)->timeouts, 2);

	setup();
	run_ms(5U); /* the cyclic message went out at +3 ms; the next is due at +13 ms */
	bus_n = 0U;
	CHECK_EQ(com_trigger(TX_EVENT), 0);
	run_ms(1U);
	CHECK_EQ(bus_n, 1);
	CHECK_EQ(bus[0].id, 0x210U);
	CHECK_EQ(bus[0].t_us, 5000U + 6000U);
	run_ms(7U);
	CHECK_EQ(bus_n, 2);
	CHECK_EQ(bus[1].id, 0x100U);
	CHECK_EQ(bus[1].t_us, 5000U + 13000U);
}

static void test_bad_config_rejected(void)
{
	static const com_tx_cfg_t bad_tx[1] = {{0x100U, 9U, 10U, 0U, 0U, 0U, pack_cyclic}};
	static const com_config_t bad = {bad_tx, 1U, NULL, 0U};
	CHECK_EQ(com_init(&bad, 0U), COM_E_CONFIG);
	CHECK(com_rx_timed_out(0U));
	CHECK(com_tx_stats(0U) == NULL);
}

int main(void)
{
	RUN(test_cyclic_period_and_offset);
	RUN(test_cyclic_is_e2e_protected_with_running_counter);
	RUN(test_event_sent_once_per_trigger);
	RUN(test_rx_deadline_and_recovery);
	RUN(test_rx_rejects_bad_frames);
	RUN(test_deadlines_and_triggers_between_scans);
	RUN(test_bad_config_rejected);
	return UNIT_END();
}
