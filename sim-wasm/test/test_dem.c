// sources: bsw/dem.c bsw/text.c
/* dem: ISO 14229-1 status-bit lifecycles, debouncing at its edges, freeze frames, NVM persistence, J2012. */
#include <string.h>

#include "dem.h"
#include "uds.h" /* only to prove the DEM functions fit the UDS server's hook table */
#include "unit.h"

/* ---- doubles: RAM NVM, freeze frame values, status-change log ---- */

#define NVM_SIZE 1024U
static uint8_t nvm_ram[NVM_SIZE];
static int32_t nvm_len; /* 0 = nothing stored */
static int nvm_fail_writes;
static uint32_t nvm_last_block;

static int32_t ram_read(uint32_t block, uint8_t *dst, uint32_t len)
{
	nvm_last_block = block;
	uint32_t n = ((uint32_t)nvm_len < len) ? (uint32_t)nvm_len : len;
	memcpy(dst, nvm_ram, n);
	return (int32_t)n;
}

static int32_t ram_write(uint32_t block, const uint8_t *src, uint32_t len)
{
	nvm_last_block = block;
	if ((nvm_fail_writes != 0) || (len > NVM_SIZE)) {
		return -1;
	}
	memcpy(nvm_ram, src, len);
	nvm_len = (int32_t)len;
	return (int32_t)len;
}
static const dem_nvm_port_t ram_nvm = {ram_read, ram_write};

static uint16_t speed_kph;
static uint16_t voltage_mv;
static uint32_t time_s;
static int did_fails;

static int32_t read_did(uint16_t did, uint8_t *dst, uint8_t len)
{
	uint32_t v;
	if (did == 0xF40DU) {
		v = speed_kph;
	} else if (did == 0xF442U) {
		v = voltage_mv;
	} else if ((did == 0x0100U) && (did_fails == 0)) {
		v = time_s;
	} else {
		return -1;
	}
	for (uint8_t i = 0U; i < len; i++) {
		dst[i] = (uint8_t)(v >> (8U * (uint8_t)(len - 1U - i)));
	}
	return len;
}

static const dem_ff_did_t ff_dids[] = {{0xF40DU, 1U}, {0xF442U, 2U}, {0x0100U, 4U}};

#define LOG_MAX 64U
static struct {
	uint16_t ev;
	uint32_t dtc;
	uint8_t old_s, new_s, occ;
} log_[LOG_MAX];
static unsigned log_n;

static void on_status(uint16_t ev, uint32_t dtc, uint8_t old_s, uint8_t new_s, uint8_t occ)
{
	if (log_n < LOG_MAX) {
		log_[log_n].ev = ev;
		log_[log_n].dtc = dtc;
		log_[log_n].old_s = old_s;
		log_[log_n].new_s = new_s;
		log_[log_n].occ = occ;
		log_n++;
	}
}

/* ---- the event table under test ---- */

enum { EV_PEDAL, EV_BATT, EV_LOST_FZC, EV_WIR, EV_TIMED, EV_COUNT };

static const dem_event_cfg_t events[EV_COUNT] = {
	/* immediate, defaults: confirm 1, aging 40 */
	[EV_PEDAL] = {.dtc = DEM_DTC(DEM_SYS_P, 0x2135U, 0x62U)},
	/* counter: 3 steps to fail, 2 to pass, aging after 3 cycles */
	[EV_BATT] = {.dtc = DEM_DTC(DEM_SYS_P, 0x0A1FU, 0x00U),
	             .debounce = {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 3, .pass_threshold = -2, .inc_step = 1U, .dec_step = 1U},
	             .aging_cycles = 3U},
	/* confirmed after two failed cycles */
	[EV_LOST_FZC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0101U, 0x00U), .confirm_cycles = 2U, .aging_cycles = DEM_AGING_NEVER},
	/* lamp on when confirmed, off after 2 passed cycles */
	[EV_WIR] = {.dtc = DEM_DTC(DEM_SYS_C, 0x0561U, 0x00U), .wir = 1U, .healing_cycles = 2U},
	/* time: 50 ms to fail, 20 ms to pass */
	[EV_TIMED] = {.dtc = DEM_DTC(DEM_SYS_B, 0x1234U, 0x4BU), .debounce = {.kind = DEM_DEBOUNCE_TIME, .fail_ms = 50U, .pass_ms = 20U}},
};

static const dem_config_t cfg = {
	.events = events,
	.event_count = EV_COUNT,
	.ff_dids = ff_dids,
	.ff_did_count = 3U,
	.read_did = read_did,
	.nvm = &ram_nvm,
	.nvm_block = 7U,
	.status_changed = on_status,
	.notify_mask = 0U,
};

/* a fresh ECU with an empty NVM, one operation cycle running */
static void fresh(void)
{
	nvm_len = 0;
	nvm_fail_writes = 0;
	log_n = 0U;
	did_fails = 0;
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	dem_operation_cycle_start();
}

static void cycle(void)
{
	dem_operation_cycle_end();
	dem_operation_cycle_start();
}

/* ---- J2012 ---- */

static void test_j2012_formatting(void)
{
	char s[6];
	dem_dtc_to_j2012(0x0A1F00U, s);
	CHECK(strcmp(s, "P0A1F") == 0);
	dem_dtc_to_j2012(0x456100U, s);
	CHECK(strcmp(s, "C0561") == 0);
	dem_dtc_to_j2012(0x923400U, s);
	CHECK(strcmp(s, "B1234") == 0);
	/* U0100 "lost communication with ECM" is 0xC100 in every scan tool; the FTB is not part of the code */
	dem_dtc_to_j2012(0xC10087U, s);
	CHECK(strcmp(s, "U0100") == 0);
	dem_dtc_to_j2012(0xFFFF00U, s);
	CHECK(strcmp(s, "U3FFF") == 0);
	CHECK_EQ(DEM_DTC(DEM_SYS_C, 0x0561U, 0x00U), 0x456100);
	CHECK_EQ(DEM_DTC(DEM_SYS_U, 0x0100U, 0x87U), 0xC10087);
}

static void test_j2012_parsing(void)
{
	uint32_t dtc = 0U;
	CHECK_EQ(dem_j2012_to_dtc("P0A1F", 0x00U, &dtc), DEM_OK);
	CHECK_EQ(dtc, 0x0A1F00);
	CHECK_EQ(dem_j2012_to_dtc("c0561", 0x1AU, &dtc), DEM_OK);
	CHECK_EQ(dtc, 0x45611A);
	CHECK_EQ(dem_j2012_to_dtc("B1234", 0x4BU, &dtc), DEM_OK);
	CHECK_EQ(dtc, DEM_DTC(DEM_SYS_B, 0x1234U, 0x4BU));
	CHECK_EQ(dem_j2012_to_dtc("U3fff", 0x00U, &dtc), DEM_OK);
	CHECK_EQ(dtc, 0xFFFF00);
	dtc = 0x123456U;
	CHECK_EQ(dem_j2012_to_dtc("X0123", 0U, &dtc), DEM_E_PARAM);
	CHECK_EQ(dem_j2012_to_dtc("P4123", 0U, &dtc), DEM_E_PARAM); /* first digit has 2 bits */
	CHECK_EQ(dem_j2012_to_dtc("P012", 0U, &dtc), DEM_E_PARAM);
	CHECK_EQ(dem_j2012_to_dtc("P01234", 0U, &dtc), DEM_E_PARAM);
	CHECK_EQ(dem_j2012_to_dtc("P01G3", 0U, &dtc), DEM_E_PARAM);
	CHECK_EQ(dem_j2012_to_dtc(NULL, 0U, &dtc), DEM_E_PARAM);
	CHECK_EQ(dtc, 0x123456); /* untouched on error */
	/* every code round-trips */
	char s[6];
	unsigned bad = 0U;
	for (uint32_t code = 0U; code < 0x10000U; code += 7U) {
		dem_dtc_to_j2012(code << 8, s);
		if ((dem_j2012_to_dtc(s, 0x5AU, &dtc) != DEM_OK) || (dtc != ((code << 8) | 0x5AU))) {
			bad++;
		}
	}
	CHECK_EQ(bad, 0);
}

/* ---- status lifecycle (ISO 14229-1 Annex D style) ---- */

static void test_lifecycle_confirm_after_one_cycle(void)
{
	fresh();
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x50); /* after clear: TNCSLC | TNCTOC */
	CHECK_EQ(dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED), DEM_OK);
	CHECK_EQ(dem_event_status(EV_PEDAL), DEM_TF | DEM_TFTOC | DEM_PDTC | DEM_CDTC | DEM_TFSLC); /* 0x2F */
	CHECK_EQ(dem_event_occurrence(EV_PEDAL), 1);
	CHECK_EQ(dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED), DEM_OK);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x2E); /* testFailed off, the rest stays this cycle */
	dem_operation_cycle_end();
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x2E); /* failed this cycle: still pending */
	dem_operation_cycle_start();
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x6C); /* TFTOC cleared, TNCTOC set */
	CHECK_EQ(dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED), DEM_OK);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x2C);
	dem_operation_cycle_end();
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x28); /* a clean, tested cycle drops pending */
	/* a second failure is a new occurrence */
	dem_operation_cycle_start();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_occurrence(EV_PEDAL), 2);
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_occurrence(EV_PEDAL), 2); /* still failed: not a new occurrence */
}

static void test_confirmation_needs_consecutive_failed_cycles(void)
{
	fresh();
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_status(EV_LOST_FZC), DEM_TF | DEM_TFTOC | DEM_PDTC | DEM_TFSLC); /* 0x27: pending only */
	cycle();
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_PASSED);
	cycle(); /* a clean cycle in between resets the count */
	CHECK_EQ(dem_event_status(EV_LOST_FZC) & (DEM_PDTC | DEM_CDTC), 0);
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_status(EV_LOST_FZC) & DEM_CDTC, 0); /* the passed cycle reset the count */
	cycle();
	cycle(); /* an untested cycle in between neither heals nor breaks the run */
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_status(EV_LOST_FZC), 0x2F); /* second failed cycle: confirmed */
}

static void test_aging_after_passed_cycles(void)
{
	fresh();
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_FAILED);
	CHECK(dem_snapshot(events[EV_BATT].dtc, 0x01U, (uint8_t[16]){0}, 16U) > 0);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
	cycle(); /* failed in this one: no aging */
	for (unsigned i = 0U; i < 2U; i++) {
		(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
		cycle();
		CHECK_EQ(dem_event_status(EV_BATT) & DEM_CDTC, DEM_CDTC);
	}
	cycle(); /* untested: does not count */
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_CDTC, DEM_CDTC);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
	dem_operation_cycle_end(); /* third passed cycle */
	CHECK_EQ(dem_event_status(EV_BATT), DEM_TFSLC); /* aged: only "failed since last clear" is left */
	CHECK_EQ(dem_event_occurrence(EV_BATT), 0);
	CHECK_EQ(dem_snapshot(events[EV_BATT].dtc, 0x01U, (uint8_t[16]){0}, 16U), 0);
	CHECK_EQ(dem_stats()->aged, 1);
}

static void test_failure_restarts_aging(void)
{
	fresh();
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_FAILED);
	cycle();
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
	cycle();
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
	cycle(); /* aging 2 of 3 */
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_FAILED);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
	cycle();
	for (unsigned i = 0U; i < 2U; i++) {
		(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
		cycle();
	}
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_CDTC, DEM_CDTC);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
	cycle();
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_CDTC, 0);
}

static void test_default_aging_is_40_cycles(void)
{
	fresh();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	cycle();
	for (unsigned i = 0U; i < 39U; i++) {
		(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED);
		cycle();
	}
	CHECK_EQ(dem_event_status(EV_PEDAL) & DEM_CDTC, DEM_CDTC);
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED);
	cycle();
	CHECK_EQ(dem_event_status(EV_PEDAL) & DEM_CDTC, 0);
	/* DEM_AGING_NEVER keeps it */
	for (unsigned i = 0U; i < 2U; i++) {
		(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_FAILED);
		cycle();
	}
	for (unsigned i = 0U; i < 300U; i++) {
		(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_PASSED);
		cycle();
	}
	CHECK_EQ(dem_event_status(EV_LOST_FZC) & DEM_CDTC, DEM_CDTC);
}

static void test_warning_indicator_heals(void)
{
	fresh();
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_status(EV_WIR), 0xAF);
	CHECK_EQ(dem_event_status(EV_PEDAL) & DEM_WIR, 0); /* not configured for the lamp */
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_status(EV_PEDAL) & DEM_WIR, 0);
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_PASSED);
	cycle();
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_PASSED);
	cycle();
	CHECK_EQ(dem_event_status(EV_WIR) & DEM_WIR, DEM_WIR); /* 1 of 2 healing cycles */
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_PASSED);
	cycle();
	CHECK_EQ(dem_event_status(EV_WIR) & (DEM_WIR | DEM_CDTC), DEM_CDTC);
}

static void test_occurrence_counter_saturates(void)
{
	fresh();
	for (unsigned i = 0U; i < 300U; i++) {
		(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
		(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED);
	}
	CHECK_EQ(dem_event_occurrence(EV_PEDAL), 255);
	CHECK_EQ(dem_stats()->occurrence_saturated, 45);
}

static void test_restarting_a_running_cycle_ends_it_first(void)
{
	fresh();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED);
	dem_operation_cycle_start();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED);
	dem_operation_cycle_start(); /* the passed cycle was ended: pending gone */
	CHECK_EQ(dem_event_status(EV_PEDAL), DEM_TNCTOC | DEM_TFSLC | DEM_CDTC);
	CHECK(dem_operation_cycle_active());
}

static void test_reports_outside_a_cycle_are_refused(void)
{
	fresh();
	dem_operation_cycle_end();
	CHECK(!dem_operation_cycle_active());
	CHECK_EQ(dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED), DEM_E_STATE);
	CHECK_EQ(dem_event_status(EV_PEDAL) & DEM_TF, 0);
	CHECK_EQ(dem_stats()->reports_no_cycle, 1);
	CHECK_EQ(dem_set_event_status(EV_COUNT, DEM_EVENT_FAILED), DEM_E_PARAM);
	CHECK_EQ(dem_set_event_status(EV_PEDAL, (dem_event_result_t)9), DEM_E_PARAM);
	CHECK_EQ(dem_stats()->bad_calls, 2);
	dem_operation_cycle_end(); /* no cycle to end: counted */
	CHECK_EQ(dem_stats()->bad_calls, 3);
}

/* ---- debouncing ---- */

static void test_counter_debounce_edges(void)
{
	fresh();
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_TF, 0); /* 2 of 3 */
	CHECK_EQ(dem_event_fdc(EV_BATT), 84);           /* 2/3 of 127 */
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_TF, DEM_TF);
	CHECK_EQ(dem_event_fdc(EV_BATT), 127);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED); /* stays at the threshold */
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREPASSED);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREPASSED);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREPASSED);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREPASSED);
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_TF, DEM_TF); /* 3 → -1: not yet at -2 */
	CHECK_EQ(dem_event_fdc(EV_BATT), -64);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREPASSED);
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_TF, 0);
	CHECK_EQ(dem_event_fdc(EV_BATT), -128);
	/* without jump-up, failing again from -2 takes 5 steps */
	for (unsigned i = 0U; i < 4U; i++) {
		(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	}
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_TF, 0);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_TF, DEM_TF);
	/* a direct result skips the counter */
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PASSED);
	CHECK_EQ(dem_event_status(EV_BATT) & DEM_TF, 0);
	CHECK_EQ(dem_event_fdc(EV_BATT), -128);
	/* a new operation cycle restarts the counter */
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	cycle();
	(void)dem_set_event_status(EV_BATT, DEM_EVENT_PREFAILED);
	CHECK_EQ(dem_event_fdc(EV_BATT), 42);
}

static void test_counter_jumps(void)
{
	static const dem_event_cfg_t jev[] = {
		{.dtc = 0x010100U,
		 .debounce = {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 4, .pass_threshold = -4, .inc_step = 2U, .dec_step = 2U,
		              .jump_down = 1U, .jump_up = 1U}},
	};
	static const dem_config_t jcfg = {.events = jev, .event_count = 1U};
	CHECK_EQ(dem_init(&jcfg), DEM_OK);
	dem_operation_cycle_start();
	(void)dem_set_event_status(0U, DEM_EVENT_PREFAILED);
	CHECK_EQ(dem_event_fdc(0U), 63);
	(void)dem_set_event_status(0U, DEM_EVENT_PREPASSED); /* jumps to 0 first, then -2 */
	CHECK_EQ(dem_event_fdc(0U), -64);
	(void)dem_set_event_status(0U, DEM_EVENT_PREFAILED); /* jumps to 0 first, then +2 */
	CHECK_EQ(dem_event_fdc(0U), 63);
	(void)dem_set_event_status(0U, DEM_EVENT_PREFAILED);
	CHECK_EQ(dem_event_status(0U) & DEM_TF, DEM_TF);
}

static void test_time_debounce_edges(void)
{
	fresh();
	dem_main(1000000U);
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_PREFAILED);
	dem_main(1049000U);
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_PREFAILED); /* repeating does not restart the timer */
	dem_main(1049999U);
	CHECK_EQ(dem_event_status(EV_TIMED) & DEM_TF, 0);
	CHECK(dem_event_fdc(EV_TIMED) > 100);
	dem_main(1050000U);
	CHECK_EQ(dem_event_status(EV_TIMED) & DEM_TF, DEM_TF);
	CHECK_EQ(dem_event_fdc(EV_TIMED), 127);
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_PREPASSED);
	dem_main(1060000U);
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_PREFAILED); /* interrupts the pass timer */
	dem_main(1080000U);
	CHECK_EQ(dem_event_status(EV_TIMED) & DEM_TF, DEM_TF);
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_PREPASSED);
	dem_main(1099999U);
	CHECK_EQ(dem_event_status(EV_TIMED) & DEM_TF, DEM_TF);
	dem_main(1100000U);
	CHECK_EQ(dem_event_status(EV_TIMED) & DEM_TF, 0);
	/* a pass timer started just before the cycle ends does not carry over */
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_PREFAILED);
	cycle();
	dem_main(1200000U);
	CHECK_EQ(dem_event_status(EV_TIMED) & DEM_TF, 0);
	CHECK_EQ(dem_event_occurrence(EV_TIMED), 1);
}

/* ---- freeze frame ---- */

static void test_freeze_frame_captured_once(void)
{
	fresh();
	uint8_t buf[32];
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0x01U, buf, sizeof buf), 0); /* none yet */
	speed_kph = 87U;
	voltage_mv = 12650U;
	time_s = 0x00012345U;
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	speed_kph = 5U;
	voltage_mv = 11000U;
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED);
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED); /* second occurrence: snapshot kept */
	CHECK_EQ(dem_event_occurrence(EV_PEDAL), 2);
	static const uint8_t want[] = {0x01, 3, 0xF4, 0x0D, 87, 0xF4, 0x42, 0x31, 0x6A, 0x01, 0x00, 0x00, 0x01, 0x23, 0x45};
	memset(buf, 0xEE, sizeof buf);
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0x01U, buf, sizeof buf), sizeof want);
	CHECK(memcmp(buf, want, sizeof want) == 0);
	CHECK_EQ(buf[sizeof want], 0xEE);
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0xFFU, buf, sizeof buf), sizeof want);
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0x02U, buf, sizeof buf), DEM_E_RECORD);
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0x01U, buf, (uint16_t)(sizeof want - 1U)), DEM_E_SPACE);
	CHECK_EQ(dem_snapshot(0x999999U, 0x01U, buf, sizeof buf), DEM_E_PARAM);
	CHECK_EQ(dem_stats()->ff_captured, 1);
	/* after a clear the next failure takes a new one */
	CHECK_EQ(dem_clear(events[EV_PEDAL].dtc), DEM_OK);
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0x01U, buf, sizeof buf), 0);
	did_fails = 1;
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0x01U, buf, sizeof buf), sizeof want);
	CHECK_EQ(buf[4], 5);
	CHECK_EQ(buf[9], 0x01);  /* DID 0x0100 is still named ... */
	CHECK_EQ(buf[11], 0xFF); /* ... but its value could not be read */
	CHECK_EQ(buf[14], 0xFF);
	CHECK_EQ(dem_stats()->ff_read_errors, 1);
}

/* ---- clear, UDS queries, notifications ---- */

static void test_clear_all_and_by_dtc(void)
{
	fresh();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_FAILED);
	CHECK_EQ(dem_clear(0x123456U), DEM_E_GROUP);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x2F);
	CHECK_EQ(dem_clear(events[EV_WIR].dtc), DEM_OK);
	CHECK_EQ(dem_event_status(EV_WIR), 0x50);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x2F);
	CHECK_EQ(dem_clear(DEM_GROUP_ALL), DEM_OK);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x50);
	CHECK_EQ(dem_event_occurrence(EV_PEDAL), 0);
	CHECK_EQ(dem_count(0xFFU), EV_COUNT); /* every DTC has bits 4 and 6 */
	CHECK_EQ(dem_count(DEM_TF | DEM_CDTC), 0);
}

static void test_uds_count_and_get(void)
{
	fresh();
	CHECK_EQ(dem_status_availability_mask(), 0xFF);
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_FAILED); /* pending only */
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_FAILED);
	(void)dem_set_event_status(EV_TIMED, DEM_EVENT_PASSED);
	CHECK_EQ(dem_count(DEM_CDTC), 2);
	CHECK_EQ(dem_count(DEM_PDTC), 3);
	CHECK_EQ(dem_count(DEM_TF), 2);
	uint32_t dtc = 0U;
	uint8_t st = 0U;
	CHECK(dem_get(0U, DEM_CDTC, &dtc, &st));
	CHECK_EQ(dtc, events[EV_PEDAL].dtc);
	CHECK_EQ(st, 0x2F);
	CHECK(dem_get(1U, DEM_CDTC, &dtc, &st));
	CHECK_EQ(dtc, events[EV_TIMED].dtc);
	CHECK_EQ(st, 0x2E);
	CHECK(!dem_get(2U, DEM_CDTC, &dtc, &st));
	CHECK(dem_get(1U, DEM_TF, &dtc, &st));
	CHECK_EQ(dtc, events[EV_LOST_FZC].dtc);
	CHECK(!dem_get(0U, DEM_CDTC, NULL, &st));
	CHECK_EQ(dem_event_of_dtc(events[EV_WIR].dtc), EV_WIR);
	CHECK_EQ(dem_event_of_dtc(0x000001U), -1);
	/* mask 0 (0x19 0x0A): every supported DTC, whatever its status */
	CHECK_EQ(dem_count(0U), EV_COUNT);
	CHECK(dem_get(3U, 0U, &dtc, &st));
	CHECK_EQ(dtc, events[EV_WIR].dtc);
	CHECK_EQ(st, 0x50);
	CHECK_EQ(dem_dtc_status(events[EV_TIMED].dtc), 0x2E);
	CHECK_EQ(dem_dtc_status(0x000001U), DEM_E_PARAM);
}

static const uds_dem_if_t dem_if = {dem_status_availability_mask, dem_count, dem_get, dem_dtc_status, dem_snapshot,
                                    dem_clear};

static void test_fits_the_uds_hook_table(void)
{
	fresh();
	speed_kph = 3U;
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	uint8_t buf[32];
	CHECK_EQ(dem_if.count(DEM_CDTC), 1);
	CHECK_EQ(dem_if.status(events[EV_PEDAL].dtc), 0x2F);
	CHECK_EQ(dem_if.snapshot(events[EV_PEDAL].dtc, 0x01U, buf, sizeof buf), 15);
	CHECK_EQ(buf[4], 3);
	CHECK_EQ(dem_if.clear(DEM_GROUP_ALL), DEM_OK);
	CHECK_EQ(dem_if.count(DEM_CDTC), 0);
}

static void test_status_change_notifications(void)
{
	fresh();
	CHECK_EQ(log_n, 0); /* cycle start flips only bit 6: not in the default mask */
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_FAILED);
	CHECK_EQ(log_n, 1);
	CHECK_EQ(log_[0].ev, EV_WIR);
	CHECK_EQ(log_[0].dtc, 0x456100);
	CHECK_EQ(log_[0].old_s, 0x50);
	CHECK_EQ(log_[0].new_s, 0xAF);
	CHECK_EQ(log_[0].occ, 1);
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_FAILED);
	CHECK_EQ(log_n, 1); /* nothing changed */
	(void)dem_set_event_status(EV_WIR, DEM_EVENT_PASSED);
	CHECK_EQ(log_n, 2);
	CHECK_EQ(log_[1].new_s, 0xAE);
	cycle(); /* still pending: bits 1 and 6 only */
	CHECK_EQ(log_n, 2);
	(void)dem_clear(DEM_GROUP_ALL);
	CHECK_EQ(log_n, 3);
	CHECK_EQ(log_[2].new_s, 0x50);
	CHECK_EQ(log_[2].occ, 0);
}

/* ---- persistence ---- */

static void test_nvm_round_trip(void)
{
	fresh();
	CHECK_EQ(dem_stats()->nvm_empty, 1);
	speed_kph = 42U;
	voltage_mv = 13800U;
	time_s = 99U;
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_FAILED);
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_PASSED);
	dem_operation_cycle_end(); /* writes the block */
	CHECK_EQ(nvm_last_block, 7);
	CHECK(nvm_len > 0);
	uint8_t snap_before[32];
	int32_t n_before = dem_snapshot(events[EV_PEDAL].dtc, 0x01U, snap_before, sizeof snap_before);
	/* power cycle */
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	CHECK_EQ(dem_stats()->nvm_loaded, 1);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x2F);
	CHECK_EQ(dem_event_status(EV_LOST_FZC), 0x26);
	CHECK_EQ(dem_event_status(EV_WIR), 0x50);
	CHECK_EQ(dem_event_occurrence(EV_PEDAL), 1);
	uint8_t snap_after[32];
	CHECK_EQ(dem_snapshot(events[EV_PEDAL].dtc, 0x01U, snap_after, sizeof snap_after), n_before);
	CHECK(memcmp(snap_before, snap_after, (size_t)n_before) == 0);
	/* the failed-cycle count survives too: one more failed cycle confirms the U-code */
	dem_operation_cycle_start();
	(void)dem_set_event_status(EV_LOST_FZC, DEM_EVENT_FAILED);
	CHECK_EQ(dem_event_status(EV_LOST_FZC) & DEM_CDTC, DEM_CDTC);
}

static void test_nvm_corrupt_block_starts_clean(void)
{
	fresh();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	dem_nvm_flush();
	nvm_ram[20] ^= 0x01U; /* one bit in a record */
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	CHECK_EQ(dem_stats()->nvm_corrupt, 1);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x50);
	/* truncated */
	fresh();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	dem_nvm_flush();
	nvm_len -= 3;
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	CHECK_EQ(dem_stats()->nvm_corrupt, 1);
	/* another version */
	fresh();
	dem_nvm_flush();
	nvm_ram[2] = 0x7FU;
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	CHECK_EQ(dem_stats()->nvm_corrupt, 1);
	/* garbage shorter than a header */
	nvm_len = 3;
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	CHECK_EQ(dem_stats()->nvm_corrupt, 1);
	CHECK_EQ(dem_stats()->nvm_loaded, 0);
}

static void test_nvm_block_of_another_table(void)
{
	fresh();
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	dem_nvm_flush();
	static const dem_event_cfg_t other_ev[EV_COUNT] = {
		{.dtc = 0x111100U}, {.dtc = 0x222200U}, {.dtc = 0x333300U}, {.dtc = 0x444400U}, {.dtc = 0x555500U},
	};
	static const dem_config_t other = {.events = other_ev, .event_count = EV_COUNT, .ff_dids = ff_dids,
	                                   .ff_did_count = 3U, .read_did = read_did, .nvm = &ram_nvm, .nvm_block = 7U};
	CHECK_EQ(dem_init(&other), DEM_OK);
	CHECK_EQ(dem_stats()->nvm_mismatch, 1);
	CHECK_EQ(dem_event_status(0U), 0x50);
}

static void test_nvm_write_throttle_and_errors(void)
{
	fresh();
	dem_main(0U); /* first dirty block goes out at once */
	uint32_t w = dem_stats()->nvm_writes;
	CHECK_EQ(w, 1);
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_FAILED);
	dem_main(500000U);
	CHECK_EQ(dem_stats()->nvm_writes, w); /* within DEM_NVM_MIN_INTERVAL_MS */
	dem_main(1000000U);
	CHECK_EQ(dem_stats()->nvm_writes, w + 1U);
	dem_main(3000000U);
	CHECK_EQ(dem_stats()->nvm_writes, w + 1U); /* nothing changed */
	nvm_fail_writes = 1;
	(void)dem_set_event_status(EV_PEDAL, DEM_EVENT_PASSED);
	dem_nvm_flush();
	CHECK_EQ(dem_stats()->nvm_write_errors, 1);
	nvm_fail_writes = 0;
	dem_main(4000000U); /* still dirty: retried */
	CHECK_EQ(dem_stats()->nvm_write_errors, 1);
	CHECK_EQ(dem_stats()->nvm_writes, w + 3U);
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	CHECK_EQ(dem_event_status(EV_PEDAL), 0x2E);
}

/* ---- configuration errors ---- */

static void test_config_errors_name_the_field(void)
{
	static const dem_event_cfg_t dup[] = {{.dtc = 0x0A1F00U}, {.dtc = 0x0A1F00U}};
	static const dem_config_t c1 = {.events = dup, .event_count = 2U};
	CHECK_EQ(dem_init(&c1), DEM_E_CONFIG);
	CHECK(strncmp(dem_config_error(), "events[1].dtc", 13) == 0);
	CHECK_EQ(dem_set_event_status(0U, DEM_EVENT_FAILED), DEM_E_PARAM); /* not initialised */

	static const dem_event_cfg_t badc[] = {{.dtc = 0x0A1F00U}, {.dtc = 0x0A2000U}, {.dtc = 0x0A2100U},
	                                       {.dtc = 0x0A2200U, .debounce = {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 3}}};
	static const dem_config_t c2 = {.events = badc, .event_count = 4U};
	CHECK_EQ(dem_init(&c2), DEM_E_CONFIG);
	CHECK(strncmp(dem_config_error(), "events[3].debounce", 18) == 0);

	static const dem_event_cfg_t big[] = {{.dtc = 0x1000000U}};
	static const dem_config_t c3 = {.events = big, .event_count = 1U};
	CHECK_EQ(dem_init(&c3), DEM_E_CONFIG);
	CHECK(strncmp(dem_config_error(), "events[0].dtc", 13) == 0);

	static const dem_ff_did_t long_ff[] = {{0x0001U, 10U}, {0x0002U, 10U}};
	static const dem_event_cfg_t one[] = {{.dtc = 0x0A1F00U}};
	static const dem_config_t c4 = {.events = one, .event_count = 1U, .ff_dids = long_ff, .ff_did_count = 2U, .read_did = read_did};
	CHECK_EQ(dem_init(&c4), DEM_E_CONFIG);
	CHECK(strncmp(dem_config_error(), "ff_dids", 7) == 0);

	static const dem_event_cfg_t badt[] = {{.dtc = 0x0A1F00U, .debounce = {.kind = DEM_DEBOUNCE_TIME, .fail_ms = 10U}}};
	static const dem_config_t c5 = {.events = badt, .event_count = 1U};
	CHECK_EQ(dem_init(&c5), DEM_E_CONFIG);
	CHECK(strncmp(dem_config_error(), "events[0].debounce: time", 24) == 0);

	static const dem_ff_did_t zero_ff[] = {{0x0001U, 2U}, {0x0002U, 0U}};
	static const dem_config_t c6 = {.events = one, .event_count = 1U, .ff_dids = zero_ff, .ff_did_count = 2U, .read_did = read_did};
	CHECK_EQ(dem_init(&c6), DEM_E_CONFIG);
	CHECK(strcmp(dem_config_error(), "ff_dids[1].len: 0") == 0);

	static const dem_config_t c7 = {.events = one, .event_count = 0U};
	CHECK_EQ(dem_init(&c7), DEM_E_CONFIG);
	CHECK(strncmp(dem_config_error(), "event_count", 11) == 0);

	static const dem_event_cfg_t many[12] = {
		{.dtc = 0x000100U}, {.dtc = 0x000200U}, {.dtc = 0x000300U}, {.dtc = 0x000400U}, {.dtc = 0x000500U}, {.dtc = 0x000600U},
		{.dtc = 0x000700U}, {.dtc = 0x000800U}, {.dtc = 0x000900U}, {.dtc = 0x000A00U}, {.dtc = 0x000B00U},
		{.dtc = 0x000C00U, .debounce = {.kind = 7U}}};
	static const dem_config_t c8 = {.events = many, .event_count = 12U};
	CHECK_EQ(dem_init(&c8), DEM_E_CONFIG);
	CHECK(strcmp(dem_config_error(), "events[11].debounce.kind: unknown") == 0);

	CHECK_EQ(dem_init(NULL), DEM_E_CONFIG);
	CHECK(strncmp(dem_config_error(), "config", 6) == 0);
	CHECK_EQ(dem_init(&cfg), DEM_OK);
	CHECK_EQ(dem_config_error()[0], '\0');
}

int main(void)
{
	RUN(test_j2012_formatting);
	RUN(test_j2012_parsing);
	RUN(test_lifecycle_confirm_after_one_cycle);
	RUN(test_confirmation_needs_consecutive_failed_cycles);
	RUN(test_aging_after_passed_cycles);
	RUN(test_failure_restarts_aging);
	RUN(test_default_aging_is_40_cycles);
	RUN(test_warning_indicator_heals);
	RUN(test_occurrence_counter_saturates);
	RUN(test_restarting_a_running_cycle_ends_it_first);
	RUN(test_reports_outside_a_cycle_are_refused);
	RUN(test_counter_debounce_edges);
	RUN(test_counter_jumps);
	RUN(test_time_debounce_edges);
	RUN(test_freeze_frame_captured_once);
	RUN(test_clear_all_and_by_dtc);
	RUN(test_uds_count_and_get);
	RUN(test_fits_the_uds_hook_table);
	RUN(test_status_change_notifications);
	RUN(test_nvm_round_trip);
	RUN(test_nvm_corrupt_block_starts_clean);
	RUN(test_nvm_block_of_another_table);
	RUN(test_nvm_write_throttle_and_errors);
	RUN(test_config_errors_name_the_field);
	return UNIT_END();
}
