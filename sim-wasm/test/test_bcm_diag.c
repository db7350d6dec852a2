// sources: ecu/bcm/*.c bsw/*.c gen/*.c
/*
 * BCM diagnostics through its ABI: UDS on 0x7E4, DTCs in the DEM (0x19/0x14, DtcEvent 0x500, heartbeat
 * ActiveDtcCount and FaultStatus), NVM persistence, the lamp test routine and the watchdog. The test is the
 * host (ecu_harness.h) and plays the CVC and RZC with frames packed by the generated code. DTCs are written
 * as the README's table writes them (J2012 code + failure type byte).
 */
#include <string.h>

#include "dem.h"
#include "e2e.h"
#include "ecu_abi.h"
#include "ecu_harness.h"
#include "io_channels.h"
#include "uds.h"
#include "unit.h"
#include "vehicle_dbc.h"

/* ---- the other ECUs, as far as the BCM hears them ---- */
static int cvc_on;         /* VehicleState every 10 ms */
static int vs_corrupt;     /* ...with a broken CRC */
static uint16_t cvc_speed; /* 0.01 km/h */
static int rzc_on;         /* WheelSpeeds every 10 ms */
static int estop_on;       /* EStop Active=1 every 10 ms */
static int estop_corrupt;
static int body_on;        /* BodyCommand every 100 ms */
static int body_frozen;    /* ...with its counter stuck */
static uint8_t body_counter;
static e2e_p1_protect_state_t vs_e2e, es_e2e;

static void send_vehicle_state(void)
{
	struct vehicle_dbc_vehicle_state_t v;
	memset(&v, 0, sizeof v);
	v.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
	v.gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE;
	v.vehicle_speed = cvc_speed;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_vehicle_state_pack(d, &v, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &vs_e2e, d, (size_t)n);
	if (vs_corrupt) {
		d[1] ^= 0x01U;
	}
	deliver(VEHICLE_DBC_VEHICLE_STATE_FRAME_ID, d, (uint8_t)n);
}

static void send_estop(void)
{
	struct vehicle_dbc_e_stop_t s;
	memset(&s, 0, sizeof s);
	s.active = 1U;
	s.source = VEHICLE_DBC_E_STOP_SOURCE_BUTTON_CHOICE;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_e_stop_pack(d, &s, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_E_STOP_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &es_e2e, d, (size_t)n);
	if (estop_corrupt) {
		d[1] ^= 0x01U;
	}
	deliver(VEHICLE_DBC_E_STOP_FRAME_ID, d, (uint8_t)n);
}

static void send_wheels(void)
{
	struct vehicle_dbc_wheel_speeds_t w = {cvc_speed, cvc_speed, cvc_speed, cvc_speed};
	uint8_t d[8] = {0};
	int n = vehicle_dbc_wheel_speeds_pack(d, &w, sizeof d);
	deliver(VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID, d, (uint8_t)n);
}

static void send_body(void)
{
	struct vehicle_dbc_body_command_t b;
	memset(&b, 0, sizeof b);
	b.headlamp_switch = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE;
	b.auto_lock_enable = 1U;
	if (!body_frozen) {
		body_counter = (uint8_t)((body_counter + 1U) & 0x0FU);
	}
	b.body_cmd_counter = body_counter;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_body_command_pack(d, &b, sizeof d);
	deliver(VEHICLE_DBC_BODY_COMMAND_FRAME_ID, d, (uint8_t)n);
}

/* one 1 ms step: the bus delivers what the others sent, then the BCM runs */
static void tick(void)
{
	now += 1000U;
	uint64_t ms = now / 1000U;
	if (cvc_on && (ms % 10U == 0U)) {
		send_vehicle_state();
	}
	if (estop_on && (ms % 10U == 5U)) {
		send_estop();
	}
	if (rzc_on && (ms % 10U == 7U)) {
		send_wheels();
	}
	if (body_on && (ms % 100U == 50U)) {
		send_body();
	}
	ecu_tick(now);
}

/* Power-up with the DTC memory and VIN the last run left (NVM blocks kept); CVC and RZC on the bus. */
static void power_up_keep_nvm(void)
{
	host_reset();
	uds_phys_id = VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID;
	pin_in[IO_BCM_AMBIENT_LUX] = 20000; /* daylight */
	pin_in[IO_BCM_LIGHT_SWITCH] = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE;
	cvc_on = 1;
	vs_corrupt = 0;
	cvc_speed = 0U;
	rzc_on = 1;
	estop_on = 0;
	estop_corrupt = 0;
	body_on = 0;
	body_frozen = 0;
	body_counter = 0U;
	ecu_init(42U);
	tick();
}

/* A new part: NVM erased. */
static void power_up(void)
{
	host_erase_nvm();
	power_up_keep_nvm();
}

HARNESS_LAST(last_heartbeat, heartbeat_bcm, HEARTBEAT_BCM)
HARNESS_LAST(last_lights, lights, LIGHTS)
HARNESS_LAST(last_indicators, indicators, INDICATORS)

static uint32_t dtc_of(const char *code, uint8_t ftb)
{
	uint32_t dtc = 0U;
	CHECK_EQ(dem_j2012_to_dtc(code, ftb, &dtc), DEM_OK);
	return dtc;
}

/* Status of the last DtcEvent for `dtc` sent by the BCM at or after bus index `from`; -1 if none. */
static int dtc_event_status(uint32_t dtc, unsigned from)
{
	int status = -1;
	for (unsigned i = from; i < bus_n; i++) {
		if (bus[i].id != VEHICLE_DBC_DTC_EVENT_FRAME_ID) {
			continue;
		}
		struct vehicle_dbc_dtc_event_t m;
		CHECK_EQ(vehicle_dbc_dtc_event_unpack(&m, bus[i].data, bus[i].len), 0);
		CHECK_EQ(m.ecu_id, VEHICLE_DBC_NODE_BCM);
		if (m.dtc_number == dtc) {
			status = m.dtc_status;
		}
	}
	return status;
}

/* The bits of `mask` in the last DtcEvent status for `dtc` since `from`; -1 when there was none. */
static int event_bits(uint32_t dtc, unsigned from, unsigned mask)
{
	int status = dtc_event_status(dtc, from);
	return (status < 0) ? -1 : (int)((unsigned)status & mask);
}

/* 19 02 mask: the DTCs listed, in order, into dtcs[]; returns how many (or -1 on a negative answer). */
static int read_dtcs(uint8_t mask, uint32_t *dtcs, uint8_t *status, int max)
{
	uint8_t r[256];
	const uint8_t req[] = {0x19U, 0x02U, mask};
	unsigned n = uds_request(req, 3U, r, sizeof r);
	if ((n < 3U) || (r[0] != 0x59U)) {
		return -1;
	}
	int k = 0;
	for (unsigned off = 3U; (off + 4U <= n) && (k < max); off += 4U, k++) {
		dtcs[k] = ((uint32_t)r[off] << 16) | ((uint32_t)r[off + 1U] << 8) | r[off + 2U];
		status[k] = r[off + 3U];
	}
	return k;
}

/* ---- tests ---- */

static void test_identification_dids(void)
{
	power_up();
	run_ms(50U);
	uint8_t r[64];
	const uint8_t rd_vin[] = {0x22U, 0xF1U, 0x90U};
	CHECK_EQ(uds_request(rd_vin, 3U, r, sizeof r), 3U + 17U);
	CHECK_EQ(r[0], 0x62U);
	CHECK(memcmp(&r[3], "00000000000000000", 17U) == 0); /* not programmed yet */
	const uint8_t rd_sw[] = {0x22U, 0xF1U, 0x95U};
	CHECK_EQ(uds_request(rd_sw, 3U, r, sizeof r), 3U + 9U);
	CHECK(memcmp(&r[1], "\xF1\x95" "BCM-1.0.0", 11U) == 0);
	const uint8_t rd_sn[] = {0x22U, 0xF1U, 0x8CU};
	CHECK_EQ(uds_request(rd_sn, 3U, r, sizeof r), 3U + 11U);
	CHECK(memcmp(&r[3], "ZB-BCM-0001", 11U) == 0);
	/* the same server answers a functional request on the BCM's response ID */
	CHECK_EQ(uds_request_on(VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, rd_sw, 3U, r, sizeof r), 12U);
	CHECK_EQ(r[0], 0x62U);
}

static void test_live_data_dids(void)
{
	power_up();
	pin_in[IO_BCM_AMBIENT_LUX] = 300; /* dusk: AUTO turns the low beam on after 1 s */
	pin_in[IO_BCM_DOOR_OPEN_RL] = 1;
	cvc_speed = 1550U; /* 15.5 km/h: auto-lock */
	run_ms(1200U);
	uint8_t r[64];
	/* several DIDs in one request, in the order asked */
	const uint8_t rd[] = {0x22U, 0xFDU, 0x10U, 0xFDU, 0x11U, 0xFDU, 0x13U, 0xF4U, 0x0DU};
	CHECK_EQ(uds_request(rd, sizeof rd, r, sizeof r), 1U + (2U + 4U) + (2U + 1U) + (2U + 3U) + (2U + 1U));
	CHECK_EQ(((uint32_t)r[3] << 24) | ((uint32_t)r[4] << 16) | ((uint32_t)r[5] << 8) | r[6], 300U);
	CHECK_EQ(r[9], 0x01U | 0x04U); /* low beam and tail lamps */
	CHECK_EQ(r[12], VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_LOCKED_CHOICE);
	CHECK_EQ(r[13], VEHICLE_DBC_DOORS_LOCK_REASON_AUTO_SPEED_CHOICE);
	CHECK_EQ(r[14], 0x04U); /* rear left open */
	CHECK_EQ(r[17], 15U);   /* km/h */
	/* hazards from the switch */
	pin_in[IO_BCM_HAZARD_SWITCH] = 1;
	run_ms(30U);
	const uint8_t rd_ind[] = {0x22U, 0xFDU, 0x12U};
	CHECK_EQ(uds_request(rd_ind, 3U, r, sizeof r), 5U);
	CHECK_EQ(r[3], VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE);
	CHECK_EQ(r[4], VEHICLE_DBC_INDICATORS_HAZARD_REASON_SWITCH_CHOICE);
	/* seconds since power-up */
	const uint8_t rd_t[] = {0x22U, 0x01U, 0x00U};
	CHECK_EQ(uds_request(rd_t, 3U, r, sizeof r), 7U);
	CHECK_EQ(r[6], 1U);
}

static void test_vin_write_needs_security_and_persists(void)
{
	power_up();
	run_ms(20U);
	uint8_t r[64];
	uint8_t wr[20] = {0x2EU, 0xF1U, 0x90U};
	memcpy(&wr[3], "ZBX12345678901234", 17U);
	CHECK_EQ(uds_request(wr, 20U, r, sizeof r), 3U);
	CHECK_EQ(r[0], 0x7FU);
	CHECK_EQ(r[2], UDS_NRC_SNSIAS); /* default session */
	uds_unlock();
	uint8_t bad[20];
	memcpy(bad, wr, sizeof bad);
	bad[10] = 'O'; /* not a VIN character */
	CHECK_EQ(uds_request(bad, 20U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_ROOR);
	CHECK_EQ(uds_request(wr, 20U, r, sizeof r), 3U);
	CHECK_EQ(r[0], 0x6EU);
	power_up_keep_nvm();
	const uint8_t rd_vin[] = {0x22U, 0xF1U, 0x90U};
	CHECK_EQ(uds_request(rd_vin, 3U, r, sizeof r), 20U);
	CHECK(memcmp(&r[3], "ZBX12345678901234", 17U) == 0);
}

static void test_sensor_fault_dtc_event_heartbeat_read_and_clear(void)
{
	const uint32_t lux_dtc = dtc_of("B1001", 0x1CU);
	power_up();
	run_ms(600U);
	uint32_t dtcs[8];
	uint8_t st[8];
	CHECK_EQ(read_dtcs(0xFFU & ~DEM_STATUS_AFTER_CLEAR, dtcs, st, 8), 0); /* healthy car: nothing stored */
	CHECK_EQ(last_heartbeat().active_dtc_count, 0U);
	CHECK_EQ(last_heartbeat().fault_status, 0U);

	/* open circuit on the ambient light sensor: the lamps go on at once, the DTC after 100 ms */
	unsigned from = bus_n;
	pin_in[IO_BCM_AMBIENT_LUX] = -1;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 1);
	CHECK_EQ(dtc_event_status(lux_dtc, from), -1);
	run_ms(60U);
	CHECK_EQ(dtc_event_status(lux_dtc, from), DEM_TF | DEM_TFTOC | DEM_PDTC | DEM_CDTC | DEM_TFSLC);
	CHECK_EQ(count_frames(VEHICLE_DBC_DTC_EVENT_FRAME_ID, from), 1U);
	const frame_t *ev = last_frame(VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	CHECK(ev != NULL);
	if (ev != NULL) {
		struct vehicle_dbc_dtc_event_t m;
		(void)vehicle_dbc_dtc_event_unpack(&m, ev->data, ev->len);
		CHECK_EQ(m.occurrence_count, 1U);
	}
	int n = read_dtcs(DEM_TF | DEM_CDTC, dtcs, st, 8);
	CHECK_EQ(n, 1);
	CHECK_EQ(dtcs[0], lux_dtc);
	CHECK_EQ(st[0] & (DEM_TF | DEM_CDTC), DEM_TF | DEM_CDTC);
	run_ms(500U); /* the next heartbeat */
	CHECK_EQ(last_heartbeat().active_dtc_count, 1U);
	CHECK_EQ(last_heartbeat().fault_status, 0x01U); /* sensor */
	CHECK_EQ(last_heartbeat().mode, VEHICLE_DBC_HEARTBEAT_BCM_MODE_RUN_CHOICE);

	/* freeze frame: speed, time, the raw light reading (-1), lamps, doors */
	uint8_t r[64];
	const uint8_t ff[] = {0x19U, 0x04U, (uint8_t)(lux_dtc >> 16), (uint8_t)(lux_dtc >> 8), (uint8_t)lux_dtc, 0x01U};
	CHECK_EQ(uds_request(ff, sizeof ff, r, sizeof r), 6U + 2U + 5U * 2U + 13U);
	CHECK_EQ(r[6], 0x01U);
	CHECK_EQ(r[7], 5U);
	CHECK_EQ(((unsigned)r[8] << 8) | r[9], 0xF40DU);
	CHECK_EQ(((unsigned)r[17] << 8) | r[18], 0xFD10U);
	CHECK_EQ(((uint32_t)r[19] << 24) | ((uint32_t)r[20] << 16) | ((uint32_t)r[21] << 8) | r[22], 0xFFFFFFFFU);
	CHECK_EQ(((unsigned)r[23] << 8) | r[24], 0xFD11U);
	CHECK_EQ(r[25], 0x01U | 0x04U); /* low beam and tail lamps: AUTO lit them for the fault */

	/* repaired: testFailed goes off (DtcEvent again, still confirmed), the heartbeat follows */
	from = bus_n;
	pin_in[IO_BCM_AMBIENT_LUX] = 20000;
	run_ms(600U);
	CHECK_EQ(event_bits(lux_dtc, from, (DEM_TF | DEM_CDTC)), DEM_CDTC);
	CHECK_EQ(last_heartbeat().active_dtc_count, 0U);
	CHECK_EQ(last_heartbeat().fault_status, 0U);

	/* 14: one DTC by number, then the list is empty */
	const uint8_t clr[] = {0x14U, (uint8_t)(lux_dtc >> 16), (uint8_t)(lux_dtc >> 8), (uint8_t)lux_dtc};
	CHECK_EQ(uds_request(clr, 4U, r, sizeof r), 1U);
	CHECK_EQ(r[0], 0x54U);
	CHECK_EQ(read_dtcs(DEM_TF | DEM_PDTC | DEM_CDTC | DEM_TFSLC, dtcs, st, 8), 0);
	/* a group the BCM does not have */
	const uint8_t clr_bad[] = {0x14U, 0x12U, 0x34U, 0x56U};
	CHECK_EQ(uds_request(clr_bad, 4U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_ROOR);
}

static void test_garbage_requests_get_the_right_nrc(void)
{
	power_up();
	run_ms(20U);
	uint8_t r[64];
	static const struct {
		uint8_t req[4];
		uint8_t len;
		uint8_t nrc;
	} cases[] = {
		{{0x85U, 0x02U}, 2U, UDS_NRC_SNS},             /* ControlDTCSetting: not supported */
		{{0x22U, 0xF1U}, 2U, UDS_NRC_IMLOIF},          /* half a DID */
		{{0x22U, 0x12U, 0x34U}, 3U, UDS_NRC_ROOR},     /* unknown DID */
		{{0x19U, 0x05U}, 2U, UDS_NRC_SFNS},            /* unsupported report type */
		{{0x31U, 0x01U, 0x04U, 0x01U}, 4U, UDS_NRC_SNSIAS}, /* routines need the extended session */
		{{0x10U, 0x02U}, 2U, UDS_NRC_SFNSIAS},         /* programming only from extended */
		{{0x27U, 0x01U}, 2U, UDS_NRC_SNSIAS},          /* security access in default */
	};
	for (size_t i = 0U; i < sizeof cases / sizeof cases[0]; i++) {
		memset(r, 0, sizeof r);
		CHECK_EQ(uds_request(cases[i].req, cases[i].len, r, sizeof r), 3U);
		CHECK_EQ(r[0], 0x7FU);
		CHECK_EQ(r[1], cases[i].req[0]);
		CHECK_EQ(r[2], cases[i].nrc);
	}
	/* functional: "not supported" is not answered at all (ISO 14229-1) */
	const uint8_t junk[] = {0x85U, 0x02U};
	CHECK_EQ(uds_request_on(VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, junk, 2U, r, sizeof r), 0U);
	/* broken ISO-TP frames on the request ID are ignored, the lights carry on */
	unsigned from = bus_n;
	const uint8_t zero_len[8] = {0x00U, 0x22U, 0xF1U, 0x90U, 0xCCU, 0xCCU, 0xCCU, 0xCCU};
	deliver(VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, zero_len, 8U);
	deliver(VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, zero_len, 0U);
	run_ms(200U);
	CHECK_EQ(count_frames(VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID, from), 0U);
	CHECK(count_frames(VEHICLE_DBC_LIGHTS_FRAME_ID, from) >= 2U);
}

static void test_confirmed_dtc_survives_ecu_init(void)
{
	const uint32_t lux_dtc = dtc_of("B1001", 0x1CU);
	power_up();
	run_ms(20U);
	pin_in[IO_BCM_AMBIENT_LUX] = 250000; /* beyond full sun: out of range high */
	run_ms(150U);
	pin_in[IO_BCM_AMBIENT_LUX] = 20000;
	run_ms(1100U); /* the DEM writes its block at most once a second */
	uint32_t dtcs[8];
	uint8_t st[8];
	power_up_keep_nvm();
	CHECK_EQ(read_dtcs(DEM_CDTC, dtcs, st, 8), 1);
	CHECK_EQ(dtcs[0], lux_dtc);
	/* a new operation cycle: not failed now, not yet tested this cycle */
	CHECK_EQ(st[0] & (DEM_TF | DEM_CDTC | DEM_TFSLC), DEM_CDTC | DEM_TFSLC);
	/* the same run with the NVM erased starts clean */
	power_up();
	CHECK_EQ(read_dtcs(DEM_CDTC, dtcs, st, 8), 0);
	/* clear all is persisted at once */
	power_up();
	pin_in[IO_BCM_AMBIENT_LUX] = -1;
	run_ms(150U);
	pin_in[IO_BCM_AMBIENT_LUX] = 20000;
	run_ms(1100U);
	uint8_t r[8];
	const uint8_t clr[] = {0x14U, 0xFFU, 0xFFU, 0xFFU};
	CHECK_EQ(uds_request(clr, 4U, r, sizeof r), 1U);
	power_up_keep_nvm();
	CHECK_EQ(read_dtcs(DEM_CDTC, dtcs, st, 8), 0);
}

static void test_lost_communication_dtcs(void)
{
	const uint32_t vs_dtc = dtc_of("U0100", 0x87U);
	const uint32_t ws_dtc = dtc_of("U0293", 0x87U);
	const uint32_t body_dtc = dtc_of("U1104", 0x87U);
	power_up();
	run_ms(100U);
	/* the CVC and the RZC fall silent: both lost after 3 periods, both DTCs, communication fault bit */
	unsigned from = bus_n;
	cvc_on = 0;
	rzc_on = 0;
	run_ms(25U);
	CHECK_EQ(dtc_event_status(vs_dtc, from), -1);
	run_ms(10U);
	CHECK_EQ(event_bits(vs_dtc, from, DEM_TF), DEM_TF);
	CHECK_EQ(event_bits(ws_dtc, from, DEM_TF), DEM_TF);
	run_ms(500U);
	CHECK_EQ(last_heartbeat().active_dtc_count, 2U);
	CHECK_EQ(last_heartbeat().fault_status, 0x04U);
	/* back on the bus: passed */
	from = bus_n;
	cvc_on = 1;
	rzc_on = 1;
	run_ms(20U);
	CHECK_EQ(event_bits(vs_dtc, from, DEM_TF), 0);
	CHECK_EQ(event_bits(ws_dtc, from, DEM_TF), 0);

	/* BodyCommand that never came is no fault (the BCM uses its own switches)... */
	run_ms(500U);
	CHECK_EQ(dtc_event_status(body_dtc, 0U), -1);
	/* ...but one that stops is */
	body_on = 1;
	run_ms(300U);
	from = bus_n;
	body_on = 0;
	run_ms(400U);
	CHECK_EQ(event_bits(body_dtc, from, DEM_TF), DEM_TF);
	run_ms(500U); /* the next heartbeat */
	CHECK_EQ(last_heartbeat().fault_status & 0x04U, 0x04U);
	from = bus_n;
	body_on = 1;
	run_ms(110U);
	CHECK_EQ(event_bits(body_dtc, from, DEM_TF), 0);
}

static void test_frozen_body_command_counter(void)
{
	const uint32_t frozen_dtc = dtc_of("U1104", 0x82U);
	power_up();
	body_on = 1;
	run_ms(300U);
	unsigned from = bus_n;
	body_frozen = 1;
	run_ms(200U); /* two frames repeat the counter: not yet */
	CHECK_EQ(dtc_event_status(frozen_dtc, from), -1);
	run_ms(100U); /* the third */
	CHECK_EQ(event_bits(frozen_dtc, from, DEM_TF), DEM_TF);
	from = bus_n;
	body_frozen = 0;
	run_ms(100U);
	CHECK_EQ(event_bits(frozen_dtc, from, DEM_TF), 0);
}

static void test_e2e_failures(void)
{
	const uint32_t es_dtc = dtc_of("U1105", 0x83U);
	const uint32_t vs_dtc = dtc_of("U0401", 0x00U);
	power_up();
	run_ms(100U);
	/* E-stop frames with a broken CRC: not believed (no hazards), diagnosed after 2 bad frames */
	unsigned from = bus_n;
	estop_on = 1;
	estop_corrupt = 1;
	run_ms(5U); /* one bad frame */
	CHECK_EQ(dtc_event_status(es_dtc, from), -1);
	run_ms(20U); /* the second, and the 10 ms task that reports it */
	CHECK_EQ(event_bits(es_dtc, from, DEM_TF), DEM_TF);
	CHECK_EQ(pin_out[IO_BCM_TURN_LEFT_LAMP], 0);
	run_ms(500U);
	CHECK_EQ(last_heartbeat().fault_status & 0x04U, 0x04U);
	/* good frames heal it (8 of them: the counter goes from +4 down to -4) and the hazards flash */
	from = bus_n;
	estop_corrupt = 0;
	run_ms(100U);
	CHECK_EQ(event_bits(es_dtc, from, DEM_TF), 0);
	CHECK_EQ(last_indicators().hazard_reason, VEHICLE_DBC_INDICATORS_HAZARD_REASON_ESTOP_CHOICE);
	estop_on = 0;
	/* the same for VehicleState */
	from = bus_n;
	vs_corrupt = 1;
	run_ms(25U);
	CHECK_EQ(event_bits(vs_dtc, from, DEM_TF), DEM_TF);
	vs_corrupt = 0;
	from = bus_n;
	run_ms(100U);
	CHECK_EQ(event_bits(vs_dtc, from, DEM_TF), 0);
}

static void test_lamp_test_routine(void)
{
	power_up();
	run_ms(50U);
	uint8_t r[16];
	const uint8_t start[] = {0x31U, 0x01U, 0x04U, 0x01U};
	const uint8_t stop[] = {0x31U, 0x02U, 0x04U, 0x01U};
	const uint8_t results[] = {0x31U, 0x03U, 0x04U, 0x01U};
	const uint8_t ext[] = {0x10U, 0x03U};
	CHECK_EQ(uds_request(ext, 2U, r, sizeof r), 6U);
	/* moving: refused */
	cvc_speed = 3000U;
	run_ms(20U);
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_CNC);
	/* options are not expected */
	cvc_speed = 0U;
	run_ms(20U);
	const uint8_t start_opt[] = {0x31U, 0x01U, 0x04U, 0x01U, 0x05U};
	CHECK_EQ(uds_request(start_opt, 5U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_IMLOIF);
	/* at standstill: every exterior lamp lit, reported in Lights too */
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 5U);
	CHECK_EQ(r[0], 0x71U);
	CHECK_EQ(r[4], 1U);
	run_ms(5U);
	static const uint32_t lamps[] = {IO_BCM_HEADLAMP_LOW, IO_BCM_HEADLAMP_HIGH, IO_BCM_TAIL_LAMP, IO_BCM_BRAKE_LAMP,
	                                 IO_BCM_REVERSE_LAMP, IO_BCM_TURN_LEFT_LAMP, IO_BCM_TURN_RIGHT_LAMP};
	unsigned lit = 0U;
	for (size_t i = 0U; i < sizeof lamps / sizeof lamps[0]; i++) {
		lit += (pin_out[lamps[i]] != 0) ? 1U : 0U;
	}
	CHECK_EQ(lit, sizeof lamps / sizeof lamps[0]);
	CHECK_EQ(last_lights().headlamp_state, VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 1); /* locks are not lamps: still auto-locked from driving */
	CHECK_EQ(uds_request(results, 4U, r, sizeof r), 5U);
	CHECK_EQ(r[4], 1U);
	/* 5 s later it is over by itself (tester present keeps the session) */
	const uint8_t tp[] = {0x3EU, 0x00U};
	for (int i = 0; i < 3; i++) {
		run_ms(1700U);
		CHECK_EQ(uds_request(tp, 2U, r, sizeof r), 2U);
	}
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 0);
	CHECK_EQ(pin_out[IO_BCM_REVERSE_LAMP], 0);
	CHECK_EQ(uds_request(results, 4U, r, sizeof r), 5U);
	CHECK_EQ(r[4], 0U);
	/* stop ends it at once */
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 5U);
	run_ms(5U);
	CHECK_EQ(pin_out[IO_BCM_BRAKE_LAMP], 1);
	CHECK_EQ(uds_request(stop, 4U, r, sizeof r), 5U);
	CHECK_EQ(r[0], 0x71U);
	run_ms(5U);
	CHECK_EQ(pin_out[IO_BCM_BRAKE_LAMP], 0);
	const uint8_t stop_opt[] = {0x31U, 0x02U, 0x04U, 0x01U, 0x01U};
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 5U);
	CHECK_EQ(uds_request(stop_opt, 5U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_IMLOIF);
	/* an E-stop ends it: the hazards must flash */
	estop_on = 1;
	run_ms(20U);
	CHECK_EQ(last_lights().headlamp_state, VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE);
	estop_on = 0;
	run_ms(50U);
	/* leaving the extended session ends it */
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 5U);
	const uint8_t dflt[] = {0x10U, 0x01U};
	CHECK_EQ(uds_request(dflt, 2U, r, sizeof r), 6U);
	run_ms(5U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_HIGH], 0);
}

static void test_programming_session_only_at_standstill(void)
{
	power_up();
	uint8_t r[16];
	const uint8_t ext[] = {0x10U, 0x03U};
	const uint8_t prog[] = {0x10U, 0x02U};
	cvc_speed = 3000U;
	run_ms(30U);
	CHECK_EQ(uds_request(ext, 2U, r, sizeof r), 6U);
	CHECK_EQ(uds_request(prog, 2U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_CNC);
	cvc_speed = 0U;
	run_ms(30U);
	CHECK_EQ(uds_request(prog, 2U, r, sizeof r), 6U);
	CHECK_EQ(r[0], 0x50U);
}

static void test_ecu_reset_restarts_the_image(void)
{
	power_up();
	const uint8_t lock = VEHICLE_DBC_BODY_COMMAND_DOOR_LOCK_REQ_LOCK_CHOICE;
	pin_in[IO_BCM_LOCK_BUTTON] = lock;
	run_ms(100U);
	pin_in[IO_BCM_LOCK_BUTTON] = 0;
	run_ms(10U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 1);
	uint8_t r[8];
	const uint8_t rst[] = {0x11U, 0x01U};
	CHECK_EQ(uds_request(rst, 2U, r, sizeof r), 2U);
	CHECK_EQ(r[0], 0x51U);
	unsigned from = bus_n;
	run_ms(10U);
	/* a fresh image: the heartbeat counter starts over and the lock state is the power-up one */
	unsigned i;
	for (i = from; (i < bus_n) && (bus[i].id != VEHICLE_DBC_HEARTBEAT_BCM_FRAME_ID); i++) {
	}
	CHECK(i < bus_n);
	if (i < bus_n) {
		CHECK_EQ(bus[i].data[0] & 0x0FU, 0U);
	}
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 0);
	CHECK_EQ(last_heartbeat().fault_status & 0x20U, 0U); /* asked for: not a watchdog reset */
}

static void test_watchdog_resets_a_hung_task(void)
{
	const uint32_t wdg_dtc = dtc_of("B1F01", 0x47U);
	power_up();
	run_ms(100U);
	unsigned from = bus_n;
	/* the 1 ms task does not run for 60 ms (a hang): the alive supervision expires, the hardware watchdog
	 * is no longer kicked and resets the image, which then reports why */
	now += 60000U;
	run_ms(600U);
	CHECK_EQ(event_bits(wdg_dtc, from, DEM_TF), DEM_TF);
	CHECK_EQ(last_heartbeat().fault_status & 0x20U, 0x20U);
	/* a normal power-up does not claim a watchdog reset */
	power_up();
	run_ms(600U);
	CHECK_EQ(last_heartbeat().fault_status & 0x20U, 0U);
}

int main(void)
{
	RUN(test_identification_dids);
	RUN(test_live_data_dids);
	RUN(test_vin_write_needs_security_and_persists);
	RUN(test_sensor_fault_dtc_event_heartbeat_read_and_clear);
	RUN(test_garbage_requests_get_the_right_nrc);
	RUN(test_confirmed_dtc_survives_ecu_init);
	RUN(test_lost_communication_dtcs);
	RUN(test_frozen_body_command_counter);
	RUN(test_e2e_failures);
	RUN(test_lamp_test_routine);
	RUN(test_programming_session_only_at_standstill);
	RUN(test_ecu_reset_restarts_the_image);
	RUN(test_watchdog_resets_a_hung_task);
	return UNIT_END();
}
