// sources: ecu/tcu/*.c bsw/*.c gen/*.c
/*
 * TCU firmware through its ABI: the test is the host (ecu_harness.h) and plays the other ECUs (frames packed with the
 * generated code and E2E) and an OBD-II / UDS scan tool with its own ISO-TP channel, on the TCU's addresses:
 * functional 0x7DF, physical 0x7E6, responses 0x7EE. Every frame reaches the TCU in a heap copy exactly as
 * long as its DLC, so ASan sees any read past it.
 */
#include <string.h>

#include "e2e.h"
#include "ecu_abi.h"
#include "io_channels.h"
#include "isotp.h"
#include "uds.h"
#include "unit.h"
#include "vehicle_dbc.h"

#define REQ_ID VEHICLE_DBC_UDS_REQ_TCU_FRAME_ID
#define FUNC_ID VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID
#define NODE_TCU VEHICLE_DBC_NODE_TCU

/* ---- the host ---- */
#define HARNESS_EXACT_RX 1
#define HARNESS_ISOTP_TESTER 1
#include "ecu_harness.h"

/* ---- the other ECUs, as far as the TCU hears them ---- */
static int vs_on, motor_on, temp_on, batt_on;
static int vs_corrupt_crc;
static struct vehicle_dbc_vehicle_state_t vs;
static struct vehicle_dbc_battery_status_t batt;
static struct vehicle_dbc_motor_status_t motor;
static struct vehicle_dbc_motor_temp_t mtemp;
static e2e_p1_protect_state_t vs_e2e, motor_e2e;

static void send_vehicle_state(void)
{
	uint8_t d[8] = {0};
	int n = vehicle_dbc_vehicle_state_pack(d, &vs, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &vs_e2e, d, (size_t)n);
	if (vs_corrupt_crc) {
		d[1] ^= 0x40U;
	}
	deliver(VEHICLE_DBC_VEHICLE_STATE_FRAME_ID, d, (uint8_t)n);
}

static void send_motor(void)
{
	uint8_t d[8] = {0};
	int n = vehicle_dbc_motor_status_pack(d, &motor, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_MOTOR_STATUS_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &motor_e2e, d, (size_t)n);
	deliver(VEHICLE_DBC_MOTOR_STATUS_FRAME_ID, d, (uint8_t)n);
}

static void send_temp(void)
{
	uint8_t d[8] = {0};
	int n = vehicle_dbc_motor_temp_pack(d, &mtemp, sizeof d);
	deliver(VEHICLE_DBC_MOTOR_TEMP_FRAME_ID, d, (uint8_t)n);
}

static void send_batt(void)
{
	uint8_t d[8] = {0};
	int n = vehicle_dbc_battery_status_pack(d, &batt, sizeof d);
	deliver(VEHICLE_DBC_BATTERY_STATUS_FRAME_ID, d, (uint8_t)n);
}

static void send_dtc_event(uint8_t ecu, uint32_t dtc, uint8_t status, uint8_t occ)
{
	struct vehicle_dbc_dtc_event_t e = {dtc, status, ecu, occ};
	uint8_t d[8] = {0};
	int n = vehicle_dbc_dtc_event_pack(d, &e, sizeof d);
	deliver(VEHICLE_DBC_DTC_EVENT_FRAME_ID, d, (uint8_t)n);
}

static void tick(void)
{
	now += 1000U;
	uint64_t ms = now / 1000U;
	unsigned from = tester_send_queued();
	if (vs_on && (ms % 10U == 0U)) {
		send_vehicle_state();
	}
	if (motor_on && (ms % 20U == 3U)) {
		send_motor();
	}
	if (temp_on && (ms % 100U == 11U)) {
		send_temp();
	}
	if (batt_on && (ms % 100U == 13U)) {
		send_batt();
	}
	ecu_tick(now);
	tester_listen(from);
}

static int req2(int functional, uint8_t a, uint8_t b)
{
	const uint8_t r[2] = {a, b};
	return request(functional, r, 2U);
}

static int req1(int functional, uint8_t a)
{
	return request(functional, &a, 1U);
}

static void others_default(void)
{
	memset(&vs, 0, sizeof vs);
	vs.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
	vs.gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE;
	memset(&batt, 0, sizeof batt);
	batt.pack_voltage = 40000U;
	batt.soc = 160U;
	batt.aux_voltage = 138U;
	batt.contactor_state = VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_CLOSED_CHOICE;
	memset(&motor, 0, sizeof motor);
	memset(&mtemp, 0, sizeof mtemp);
	mtemp.motor_winding_temp = 40U;
}

static void all_on(void)
{
	vs_on = motor_on = temp_on = batt_on = 1;
}

static void power_up_keep_nvm(void)
{
	host_reset();
	uds_phys_id = REQ_ID;
	vs_on = motor_on = temp_on = batt_on = 0;
	vs_corrupt_crc = 0;
	others_default();
	ecu_init(7U);
	tick();
}

static void power_up(void)
{
	host_erase_nvm();
	power_up_keep_nvm();
}

static uint32_t be32(const uint8_t *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

/* the J1979 support bitmap of (base, base + 0x20] from a list of PIDs, computed the way the standard reads */
static uint32_t expected_map(const uint8_t *pids, size_t n, uint8_t base)
{
	uint32_t m = 0U;
	for (size_t i = 0U; i < n; i++) {
		if ((pids[i] > base) && (pids[i] <= base + 0x20U)) {
			m |= 1U << (32U - (pids[i] - base));
		}
	}
	return m;
}

/* ---- tests ---- */

static void test_abi_and_heartbeat(void)
{
	CHECK_EQ(abi_version(), ECU_ABI_VERSION);
	CHECK(ecu_rx_buffer() != NULL);
	power_up();
	all_on();
	run_ms(1000U);
	unsigned from = bus_n;
	run_ms(5000U);
	unsigned n = 0U;
	unsigned bad_gap = 0U;
	uint64_t prev = 0U;
	int prev_counter = -1;
	unsigned counter_ok = 0U;
	for (unsigned i = from; i < bus_n; i++) {
		CHECK_EQ(bus[i].id, VEHICLE_DBC_HEARTBEAT_TCU_FRAME_ID); /* nothing else while all is well */
		CHECK_EQ(bus[i].len, VEHICLE_DBC_HEARTBEAT_TCU_LENGTH);
		if ((n > 0U) && (bus[i].t_us - prev != VEHICLE_DBC_HEARTBEAT_TCU_CYCLE_TIME_MS * 1000U)) {
			bad_gap++;
		}
		struct vehicle_dbc_heartbeat_tcu_t h;
		(void)vehicle_dbc_heartbeat_tcu_unpack(&h, bus[i].data, bus[i].len);
		CHECK_EQ(h.ecu_id, NODE_TCU);
		CHECK_EQ(h.fault_status, 0);
		counter_ok += ((prev_counter < 0) || (h.alive_counter == ((prev_counter + 1) & 0x0F))) ? 1U : 0U;
		prev_counter = h.alive_counter;
		prev = bus[i].t_us;
		n++;
	}
	CHECK_EQ(n, 10);
	CHECK_EQ(bad_gap, 0);
	CHECK_EQ(counter_ok, n);
}

static void test_mode01_support_maps(void)
{
	power_up();
	all_on();
	run_ms(200U);
	static const uint8_t supported[] = {0x01U, 0x05U, 0x0CU, 0x0DU, 0x20U, 0x2FU, 0x40U, 0x42U, 0x5BU};
	/* functional, as a scan tool starts */
	CHECK_EQ(req2(1, 0x01U, 0x00U), 6);
	CHECK_EQ(t_resp[0], 0x41);
	CHECK_EQ(t_resp[1], 0x00);
	CHECK_EQ(be32(&t_resp[2]), expected_map(supported, sizeof supported, 0x00U));
	CHECK_EQ(req2(1, 0x01U, 0x20U), 6);
	CHECK_EQ(be32(&t_resp[2]), expected_map(supported, sizeof supported, 0x20U));
	CHECK_EQ(req2(1, 0x01U, 0x40U), 6);
	CHECK_EQ(be32(&t_resp[2]), expected_map(supported, sizeof supported, 0x40U)); /* bit 0 clear: no 0x60 map */
	/* 0x60 is not supported: functional silence, physical NRC 0x31 */
	CHECK_EQ(req2(1, 0x01U, 0x60U), -1);
	CHECK_EQ(req2(0, 0x01U, 0x60U), 3);
	CHECK_EQ(t_resp[0], 0x7F);
	CHECK_EQ(t_resp[1], 0x01);
	CHECK_EQ(t_resp[2], 0x31);
	/* several maps in one request */
	const uint8_t three[4] = {0x01U, 0x00U, 0x20U, 0x40U};
	CHECK_EQ(request(1, three, 4U), 16);
	CHECK_EQ(t_resp[6], 0x20);
	CHECK_EQ(t_resp[11], 0x40);
}

static void test_mode01_data_pids(void)
{
	power_up();
	all_on();
	vs.vehicle_speed = 4950U;          /* 49.50 km/h -> 50 (rounded) */
	motor.motor_speed = 3000;          /* rpm */
	mtemp.motor_winding_temp = 125U;   /* 85 degC */
	batt.soc = 101U;                   /* 50.5 % -> 50.5 * 255 / 100 = 128.8 -> 129 */
	batt.aux_voltage = 138U;           /* 13.8 V */
	run_ms(200U);
	CHECK_EQ(req2(1, 0x01U, 0x0DU), 3);
	CHECK_EQ(t_resp[2], 50);
	CHECK_EQ(req2(1, 0x01U, 0x0CU), 4);
	CHECK_EQ((t_resp[2] << 8) | t_resp[3], 3000 * 4);
	CHECK_EQ(req2(1, 0x01U, 0x05U), 3);
	CHECK_EQ(t_resp[2] - 40, 85);
	CHECK_EQ(req2(1, 0x01U, 0x2FU), 3);
	CHECK_EQ(t_resp[2], 129);
	CHECK_EQ(req2(1, 0x01U, 0x5BU), 3);
	CHECK_EQ(t_resp[2], 129);
	CHECK_EQ(req2(1, 0x01U, 0x42U), 4);
	CHECK_EQ((t_resp[2] << 8) | t_resp[3], 13800);
	/* edges: 0.49 km/h rounds to 0, 0.50 to 1, 300 km/h saturates at 255; reverse rpm is a magnitude */
	static const struct {
		uint16_t raw;
		int kmh;
	} sp[] = {{49U, 0}, {50U, 1}, {25549U, 255}, {30000U, 255}};
	for (size_t i = 0U; i < sizeof sp / sizeof sp[0]; i++) {
		vs.vehicle_speed = sp[i].raw;
		run_ms(11U);
		CHECK_EQ(req2(0, 0x01U, 0x0DU), 3);
		CHECK_EQ(t_resp[2], sp[i].kmh);
	}
	motor.motor_speed = -1000;
	run_ms(21U);
	CHECK_EQ(req2(0, 0x01U, 0x0CU), 4);
	CHECK_EQ((t_resp[2] << 8) | t_resp[3], 4000);
	batt.soc = 200U;
	run_ms(101U);
	CHECK_EQ(req2(0, 0x01U, 0x2FU), 3);
	CHECK_EQ(t_resp[2], 255);
	batt.soc = 0U;
	run_ms(101U);
	CHECK_EQ(req2(0, 0x01U, 0x2FU), 3);
	CHECK_EQ(t_resp[2], 0);
	/* several PIDs: answered in request order */
	const uint8_t multi[4] = {0x01U, 0x42U, 0x0DU, 0x05U};
	CHECK_EQ(request(0, multi, 4U), 1 + 3 + 2 + 2);
	CHECK_EQ(t_resp[1], 0x42);
	CHECK_EQ(t_resp[4], 0x0D);
	CHECK_EQ(t_resp[6], 0x05);
}

static void test_mode01_missing_sources(void)
{
	power_up();
	all_on();
	run_ms(200U);
	while ((now / 1000U) % 10U != 0U) {
		tick();
	}
	vs_on = 0; /* the last VehicleState arrived in this tick */
	run_ms(26U);
	CHECK_EQ(req2(0, 0x01U, 0x0DU), 3); /* answered within 2 ms: the 30 ms deadline has not passed yet */
	CHECK_EQ(t_resp[0], 0x41);
	run_ms(40U);
	/* speed unknown: left out; alone, physical gets NRC 0x31, functional silence */
	CHECK_EQ(req2(0, 0x01U, 0x0DU), 3);
	CHECK_EQ(t_resp[0], 0x7F);
	CHECK_EQ(t_resp[2], 0x31);
	CHECK_EQ(req2(1, 0x01U, 0x0DU), -1);
	const uint8_t multi[3] = {0x01U, 0x0DU, 0x42U};
	CHECK_EQ(request(0, multi, 3U), 1 + 3);
	CHECK_EQ(t_resp[1], 0x42);
	/* malformed: no PID */
	CHECK_EQ(req1(0, 0x01U), 3);
	CHECK_EQ(t_resp[2], 0x13);
	/* six PIDs (the most a single frame holds), all without data */
	const uint8_t six[7] = {0x01U, 0x0DU, 0x0DU, 0x0DU, 0x0DU, 0x0DU, 0x0DU};
	CHECK_EQ(request(0, six, 7U), 3);
	CHECK_EQ(t_resp[2], 0x31);
	/* unsupported modes */
	CHECK_EQ(req2(0, 0x02U, 0x00U), 3);
	CHECK_EQ(t_resp[1], 0x02);
	CHECK_EQ(t_resp[2], 0x11);
	CHECK_EQ(req2(1, 0x06U, 0x00U), -1);
}

static void test_mode03_07_aggregation(void)
{
	power_up();
	all_on();
	run_ms(200U);
	CHECK_EQ(req1(1, 0x03U), 2);
	CHECK_EQ(t_resp[0], 0x43);
	CHECK_EQ(t_resp[1], 0);
	CHECK_EQ(req2(1, 0x01U, 0x01U), 6);
	CHECK_EQ(t_resp[2], 0x00); /* MIL off, no DTC */
	send_dtc_event(VEHICLE_DBC_NODE_RZC, 0x0A1F00U, 0x2FU, 1U); /* P0A1F confirmed */
	send_dtc_event(VEHICLE_DBC_NODE_FZC, 0x456100U, 0x25U, 1U); /* C0561 pending only */
	send_dtc_event(VEHICLE_DBC_NODE_SC, 0xC12387U, 0xAFU, 2U);  /* U0123 confirmed + warning indicator */
	send_dtc_event(VEHICLE_DBC_NODE_CVC, 0x0A1F01U, 0x2FU, 1U); /* P0A1F again (other FTB, other ECU) */
	CHECK_EQ(req1(1, 0x03U), 2 + 2 * 2);
	CHECK_EQ(t_resp[1], 2); /* P0A1F once, U0123 */
	CHECK_EQ(t_resp[2], 0x0A);
	CHECK_EQ(t_resp[3], 0x1F);
	CHECK_EQ(t_resp[4], 0xC1);
	CHECK_EQ(t_resp[5], 0x23);
	CHECK_EQ(req1(1, 0x07U), 2 + 2 * 3);
	CHECK_EQ(t_resp[1], 3);
	CHECK_EQ(req2(1, 0x01U, 0x01U), 6);
	CHECK_EQ(t_resp[2], 0x80 | 2); /* MIL on, two confirmed */
	CHECK_EQ(req1(1, 0x0AU), 2);
	CHECK_EQ(t_resp[0], 0x4A);
	CHECK_EQ(t_resp[1], 0);
	/* the SC's DTC heals and is cleared: it leaves the list and the MIL goes out */
	send_dtc_event(VEHICLE_DBC_NODE_SC, 0xC12387U, 0x50U, 0U);
	CHECK_EQ(req2(1, 0x01U, 0x01U), 6);
	CHECK_EQ(t_resp[2], 1);
	/* the UDS view of the aggregate */
	const uint8_t rd[3] = {0x22U, 0xD2U, 0x00U};
	CHECK_EQ(request(0, rd, 3U), 3 + 2 + 6 * 32);
	CHECK_EQ(t_resp[3], 3);
	CHECK_EQ(t_resp[5], VEHICLE_DBC_NODE_CVC); /* most recent first */
	CHECK_EQ(t_resp[8], 0x01);
	/* bounded: 32 entries, overflow counted */
	for (uint32_t i = 0U; i < 40U; i++) {
		send_dtc_event(VEHICLE_DBC_NODE_BCM, 0x900000U + (i << 8), 0x08U, 1U);
	}
	CHECK_EQ(request(0, rd, 3U), 3 + 2 + 6 * 32);
	CHECK_EQ(t_resp[3], 32);
	CHECK_EQ(t_resp[4], 3 + 40 - 32);
	/* mode 03 with 32 confirmed DTCs is multi-frame */
	CHECK_EQ(req1(0, 0x03U), 2 + 2 * 32);
	/* garbage DtcEvents */
	uint8_t shortf[5] = {0x0AU, 0x1FU, 0x00U, 0x2FU, 0x02U};
	deliver(VEHICLE_DBC_DTC_EVENT_FRAME_ID, shortf, 5U);
	send_dtc_event(7U, 0x0A1F00U, 0x2FU, 1U);
	const uint8_t rc[3] = {0x22U, 0xD2U, 0xFEU};
	CHECK_EQ(request(0, rc, 3U), 3 + 32);
	CHECK_EQ(be32(&t_resp[3 + 12]), 2);
}

static void test_mode04_clears(void)
{
	power_up();
	all_on();
	run_ms(200U);
	send_dtc_event(VEHICLE_DBC_NODE_RZC, 0x0A1F00U, 0x2FU, 1U);
	/* the TCU's own DTC: the RZC goes silent (U0293-87) */
	motor_on = temp_on = batt_on = 0;
	run_ms(400U);
	const frame_t *f = last_frame(VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	CHECK(f != NULL);
	struct vehicle_dbc_dtc_event_t e;
	(void)vehicle_dbc_dtc_event_unpack(&e, f->data, f->len);
	CHECK_EQ(e.dtc_number, 0xC29387U);
	CHECK_EQ(e.ecu_id, NODE_TCU);
	CHECK_EQ(req1(1, 0x03U), 2 + 2 * 2); /* its own DTC is aggregated too */
	motor_on = temp_on = batt_on = 1;
	run_ms(200U);
	CHECK_EQ(req1(1, 0x04U), 1);
	CHECK_EQ(t_resp[0], 0x44);
	CHECK_EQ(req1(1, 0x03U), 2);
	CHECK_EQ(t_resp[1], 0);
	/* its own DTC memory was cleared too, and the bus heard it (status 0x50) */
	f = last_frame(VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	(void)vehicle_dbc_dtc_event_unpack(&e, f->data, f->len);
	CHECK_EQ(e.dtc_status, 0x50);
	const uint8_t r19[3] = {0x19U, 0x02U, 0x08U};
	CHECK_EQ(request(0, r19, 3U), 3);
	/* mode 04 with extra bytes is malformed */
	CHECK_EQ(req2(0, 0x04U, 0x00U), 3);
	CHECK_EQ(t_resp[2], 0x13);
	CHECK_EQ(req2(0, 0x03U, 0x00U), 3);
	CHECK_EQ(t_resp[2], 0x13);
}

static void test_mode09_vin_and_name(void)
{
	power_up();
	all_on();
	run_ms(100U);
	CHECK_EQ(req2(1, 0x09U, 0x00U), 6);
	static const uint8_t info[] = {0x02U, 0x0AU};
	CHECK_EQ(be32(&t_resp[2]), expected_map(info, sizeof info, 0x00U));
	/* the VIN is 20 bytes: multi-frame, flow control on the physical ID after a functional request */
	CHECK_EQ(req2(1, 0x09U, 0x02U), 3 + 17);
	CHECK_EQ(t_resp[0], 0x49);
	CHECK_EQ(t_resp[2], 1);
	CHECK(memcmp(&t_resp[3], "ZBV1SVM0000000001", 17U) == 0);
	CHECK(uds_vin_valid(&t_resp[3], 17U)); /* the default VIN is one ISO 3779 allows */
	CHECK_EQ(req2(0, 0x09U, 0x0AU), 3 + 20);
	CHECK(memcmp(&t_resp[3], "TCU", 4U) == 0);
	CHECK_EQ(t_resp[7], '-');
	CHECK_EQ(req2(0, 0x09U, 0x04U), 3);
	CHECK_EQ(t_resp[2], 0x31);
	const uint8_t two[3] = {0x09U, 0x02U, 0x0AU};
	CHECK_EQ(request(0, two, 3U), 3);
	CHECK_EQ(t_resp[2], 0x13);
	/* UDS on the same addresses writes the VIN; OBD reports the new one, also after a reset */
	CHECK_EQ(req2(0, 0x10U, 0x03U), 6);
	CHECK_EQ(req2(0, 0x27U, 0x01U), 6);
	uint32_t key = uds_default_key(1U, be32(&t_resp[2]));
	const uint8_t k[6] = {0x27U, 0x02U, (uint8_t)(key >> 24), (uint8_t)(key >> 16), (uint8_t)(key >> 8), (uint8_t)key};
	CHECK_EQ(request(0, k, 6U), 2);
	uint8_t w[20] = {0x2EU, 0xF1U, 0x90U};
	memcpy(&w[3], "1ZB2VXN3TEST45678", 17U);
	CHECK_EQ(request(0, w, 20U), 3);
	CHECK_EQ(t_resp[0], 0x6E);
	CHECK_EQ(req2(1, 0x09U, 0x02U), 20);
	CHECK(memcmp(&t_resp[3], "1ZB2VXN3TEST45678", 17U) == 0);
	CHECK_EQ(req2(0, 0x11U, 0x01U), 2);
	run_ms(5U);
	const uint8_t rvin[3] = {0x22U, 0xF1U, 0x90U};
	CHECK_EQ(request(0, rvin, 3U), 20);
	CHECK(memcmp(&t_resp[3], "1ZB2VXN3TEST45678", 17U) == 0);
	CHECK_EQ(req2(1, 0x09U, 0x02U), 20);
	CHECK(memcmp(&t_resp[3], "1ZB2VXN3TEST45678", 17U) == 0);
}

static void test_uds_services_beside_obd(void)
{
	power_up();
	all_on();
	run_ms(100U);
	const uint8_t rsw[3] = {0x22U, 0xF1U, 0x95U};
	CHECK_EQ(request(0, rsw, 3U), 3 + 9);
	CHECK(memcmp(&t_resp[3], "TCU 1.0.0", 9U) == 0);
	CHECK_EQ(req2(1, 0x3EU, 0x80U), -1);
	CHECK_EQ(req2(0, 0x3EU, 0x00U), 2);
	CHECK_EQ(req2(0, 0x10U, 0x03U), 6);
	const uint8_t clr[4] = {0x31U, 0x01U, 0x02U, 0x03U};
	send_dtc_event(VEHICLE_DBC_NODE_RZC, 0x0A1F00U, 0x2FU, 1U);
	CHECK_EQ(request(0, clr, 4U), 4);
	CHECK_EQ(req1(0, 0x03U), 2);
	/* an unknown UDS service on the functional ID: silence; physically: NRC 0x11 */
	CHECK_EQ(req2(1, 0x85U, 0x01U), -1);
	CHECK_EQ(req2(0, 0x85U, 0x01U), 3);
	CHECK_EQ(t_resp[2], 0x11);
}

static void test_e2e_and_timeout_dtcs(void)
{
	power_up();
	all_on();
	run_ms(200U);
	vs_corrupt_crc = 1;
	run_ms(25U); /* two bad frames: not yet */
	const uint8_t r19[3] = {0x19U, 0x02U, 0x01U};
	CHECK_EQ(request(0, r19, 3U), 3);
	vs_corrupt_crc = 1;
	run_ms(10U);
	CHECK(request(0, r19, 3U) >= 3 + 4);
	int found = 0;
	for (int i = 3; i + 3 < (int)t_resp_len; i += 4) {
		found |= (t_resp[i] == 0xC4) && (t_resp[i + 1] == 0x01) && (t_resp[i + 2] == 0x00);
	}
	CHECK(found);
}

static void test_garbage_frames(void)
{
	power_up();
	all_on();
	run_ms(200U);
	static const uint8_t junk[64] = {0x02U, 0x01U, 0x0DU, 0x30U, 0x00U, 0x00U, 0x55U, 0x01U};
	static const uint32_t ids[] = {VEHICLE_DBC_VEHICLE_STATE_FRAME_ID, VEHICLE_DBC_MOTOR_STATUS_FRAME_ID,
	                               VEHICLE_DBC_MOTOR_TEMP_FRAME_ID,    VEHICLE_DBC_BATTERY_STATUS_FRAME_ID,
	                               VEHICLE_DBC_DTC_EVENT_FRAME_ID,     REQ_ID,
	                               FUNC_ID,                            0x7E0U,
	                               0x555U};
	for (size_t i = 0U; i < sizeof ids / sizeof ids[0]; i++) {
		for (uint8_t len = 0U; len <= 8U; len++) {
			deliver(ids[i], junk, len);
		}
		ecu_can_rx(ids[i], 0U, 15U, junk);
		ecu_can_rx(ids[i], CAN_FLAG_FD, 15U, junk);
		ecu_can_rx(ids[i], CAN_FLAG_RTR, 8U, junk);
		ecu_can_rx(ids[i], CAN_FLAG_EXT, 8U, junk);
		ecu_can_rx(ids[i], 0U, 8U, NULL);
		run_ms(3U);
	}
	/* OBD single frames with lengths that contradict the DLC */
	static const uint8_t bad_sf[][8] = {{0x07U, 0x01U, 0x0DU}, {0x00U, 0x01U}, {0x0FU, 0x01U}};
	deliver(FUNC_ID, bad_sf[0], 3U);
	deliver(FUNC_ID, bad_sf[1], 2U);
	deliver(REQ_ID, bad_sf[2], 2U);
	run_ms(300U);
	/* still answering both protocols */
	CHECK_EQ(req2(1, 0x01U, 0x0DU), 3);
	const uint8_t rc[3] = {0x22U, 0xD2U, 0xFEU};
	CHECK_EQ(request(0, rc, 3U), 3 + 32);
	CHECK_EQ(be32(&t_resp[3 + 8]), 2U * 4U); /* DLC 15, FD, RTR, NULL on both diagnostic IDs */
	CHECK(be32(&t_resp[3]) > 0U);             /* filtered */
	CHECK(be32(&t_resp[3 + 4]) > 0U);         /* bad DLC */
	CHECK(bus_lost == 0U);
}

static void test_watchdog_reset_after_hang(void)
{
	power_up();
	all_on();
	run_ms(1000U);
	now += 150000U;
	run_ms(600U);
	struct vehicle_dbc_heartbeat_tcu_t h;
	const frame_t *f = last_frame(VEHICLE_DBC_HEARTBEAT_TCU_FRAME_ID);
	(void)vehicle_dbc_heartbeat_tcu_unpack(&h, f->data, f->len);
	CHECK_EQ(h.fault_status & 0x20U, 0x20U);
}

int main(void)
{
	RUN(test_abi_and_heartbeat);
	RUN(test_mode01_support_maps);
	RUN(test_mode01_data_pids);
	RUN(test_mode01_missing_sources);
	RUN(test_mode03_07_aggregation);
	RUN(test_mode04_clears);
	RUN(test_mode09_vin_and_name);
	RUN(test_uds_services_beside_obd);
	RUN(test_e2e_and_timeout_dtcs);
	RUN(test_garbage_frames);
	RUN(test_watchdog_reset_after_hang);
	return UNIT_END();
}
