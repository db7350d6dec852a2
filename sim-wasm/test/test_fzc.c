// sources: ecu/fzc/*.c bsw/*.c gen/*.c
/*
 * FZC firmware through its ABI: the test is the host (with ecu_harness.h). It provides the ABI imports (IO pins,
 * can_tx, a RAM NVM), plays a minimal plant (the rack follows the set point, brake pressure follows the actuator, a
 * distance the test moves), plays the CVC/RZC with frames packed by the generated code (E2E protected) and a UDS
 * tester, and reads the FZC's frames back with the generated unpack.
 */
#include <string.h>

#include "canif.h"
#include "e2e.h"
#include "ecu_abi.h"
#include "io_channels.h"
#include "uds.h"
#include "unit.h"
#include "vehicle_dbc.h"

/* ---- the host ---- */
#define HARNESS_KEEP_NEWEST 1 /* long runs look only at recent frames */
#define HARNESS_NVM_SIZE 256U
#include "ecu_harness.h"

/* ---- the plant, as far as the FZC sees it ---- */
static int steer_follow;      /* rack reads back the last set point + steer_offset */
static int32_t steer_offset;  /* 0.01 deg */
static int brake_follow;      /* pressure reads back the last brake output * 18 + brake_offset */
static int32_t brake_offset;  /* 0.01 bar */
static int32_t distance;      /* cm */
static int32_t dist_step;     /* cm the gap shrinks per dist_every ms */
static unsigned dist_every;

/* ---- the other ECUs ---- */
static int cvc_on;
static int cvc_vs_on;
static int16_t steer_cmd;     /* 0.01 deg */
static uint8_t steer_rate;    /* deg/s */
static uint8_t steer_enable;
static uint8_t brake_req;     /* 0.5 % */
static uint8_t brake_mode;
static uint16_t speed;        /* 0.01 km/h */
static int corrupt_steer;     /* break the SteerCommand CRC */
static int freeze_steer;      /* repeat the SteerCommand counter */
static e2e_p1_protect_state_t sc_e2e, bc_e2e, vs_e2e;

static void send_steer(void)
{
	struct vehicle_dbc_steer_command_t m;
	memset(&m, 0, sizeof m);
	m.steer_angle_cmd = steer_cmd;
	m.steer_rate_limit = steer_rate;
	m.steer_enable = steer_enable;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_steer_command_pack(d, &m, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_STEER_COMMAND_E2E_DATA_ID, 1U};
	if (freeze_steer) {
		sc_e2e.counter = 5U;
	}
	(void)e2e_p1_protect(&e, &sc_e2e, d, (size_t)n);
	if (corrupt_steer) {
		d[1] ^= 0x40U;
	}
	deliver(VEHICLE_DBC_STEER_COMMAND_FRAME_ID, d, (uint8_t)n);
}

static void send_brake(void)
{
	struct vehicle_dbc_brake_command_t m;
	memset(&m, 0, sizeof m);
	m.brake_req = brake_req;
	m.brake_mode = brake_mode;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_brake_command_pack(d, &m, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_BRAKE_COMMAND_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &bc_e2e, d, (size_t)n);
	deliver(VEHICLE_DBC_BRAKE_COMMAND_FRAME_ID, d, (uint8_t)n);
}

static void send_vehicle_state(void)
{
	struct vehicle_dbc_vehicle_state_t v;
	memset(&v, 0, sizeof v);
	v.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
	v.vehicle_speed = speed;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_vehicle_state_pack(d, &v, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &vs_e2e, d, (size_t)n);
	deliver(VEHICLE_DBC_VEHICLE_STATE_FRAME_ID, d, (uint8_t)n);
}

/* one 1 ms step: the plant moves, the bus delivers what the others sent, then the FZC runs */
static void tick(void)
{
	now += 1000U;
	uint64_t ms = now / 1000U;
	if (steer_follow) {
		pin_in[IO_FZC_STEER_FEEDBACK] = pin_out[IO_FZC_STEER_ACTUATOR] + steer_offset;
	}
	if (brake_follow) {
		pin_in[IO_FZC_BRAKE_PRESSURE] = pin_out[IO_FZC_BRAKE_ACTUATOR] * 18 + brake_offset;
	}
	if ((dist_every != 0U) && (ms % dist_every == 0U)) {
		distance -= dist_step;
	}
	pin_in[IO_FZC_FRONT_DISTANCE] = distance;
	if (cvc_on && (ms % 10U == 0U)) {
		send_steer();
		send_brake();
	}
	if (cvc_vs_on && (ms % 10U == 1U)) {
		send_vehicle_state();
	}
	ecu_tick(now);
}

static void power_up_keep_nvm(void)
{
	host_reset();
	uds_phys_id = VEHICLE_DBC_UDS_REQ_FZC_FRAME_ID;
	steer_follow = 1;
	steer_offset = 0;
	brake_follow = 1;
	brake_offset = 0;
	distance = 20000; /* nothing in range */
	dist_step = 0;
	dist_every = 0U;
	cvc_on = 1;
	cvc_vs_on = 1;
	steer_cmd = 0;
	steer_rate = 0U;
	steer_enable = 1U;
	brake_req = 0U;
	brake_mode = VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_SERVICE_CHOICE;
	speed = 0U;
	corrupt_steer = 0;
	freeze_steer = 0;
	memset(&sc_e2e, 0, sizeof sc_e2e);
	memset(&bc_e2e, 0, sizeof bc_e2e);
	memset(&vs_e2e, 0, sizeof vs_e2e);
	ecu_init(7U);
	tick();
}

static void power_up(void)
{
	host_erase_nvm();
	power_up_keep_nvm();
}

HARNESS_LAST(last_steer, steer_status, STEER_STATUS)

HARNESS_LAST(last_brake, brake_status, BRAKE_STATUS)

HARNESS_LAST(last_distance, front_distance, FRONT_DISTANCE)

HARNESS_LAST(last_cutoff, motor_cutoff_req, MOTOR_CUTOFF_REQ)

HARNESS_LAST(last_brake_fault, brake_fault, BRAKE_FAULT)

HARNESS_LAST(last_heartbeat, heartbeat_fzc, HEARTBEAT_FZC)

/* the status of one of our DTCs as last reported in a DtcEvent since frame `from`, or -1 */
static int dtc_event_status(uint32_t dtc, unsigned from)
{
	return host_dtc_event_status(VEHICLE_DBC_NODE_FZC, dtc, from);
}

#define DTC_STEER_PLAUS 0x500100U   /* C1001-00 */
#define DTC_DIST_SENSOR 0x50211CU   /* C1021-1C */
#define DTC_STEER_E2E 0xD10183U     /* U1101-83 */
#define DTC_STEER_TIMEOUT 0xD10187U /* U1101-87 */
#define DTC_WATCHDOG 0xDF0147U      /* U1F01-47 */

/* ---- tests ---- */

static void test_abi(void)
{
	CHECK_EQ(abi_version(), ECU_ABI_VERSION);
	CHECK(ecu_rx_buffer() != NULL);
}

static void test_cyclic_frames_at_dbc_periods_with_e2e(void)
{
	power_up();
	run_ms(200U);
	unsigned from = bus_n;
	run_ms(1000U);
	static const struct {
		uint32_t id;
		uint32_t cycle_ms;
		uint8_t len;
		uint8_t e2e_id; /* 0 = not protected */
	} tx[] = {
		{VEHICLE_DBC_STEER_STATUS_FRAME_ID, VEHICLE_DBC_STEER_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_STEER_STATUS_LENGTH,
		 VEHICLE_DBC_STEER_STATUS_E2E_DATA_ID},
		{VEHICLE_DBC_BRAKE_STATUS_FRAME_ID, VEHICLE_DBC_BRAKE_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_BRAKE_STATUS_LENGTH,
		 VEHICLE_DBC_BRAKE_STATUS_E2E_DATA_ID},
		{VEHICLE_DBC_FRONT_DISTANCE_FRAME_ID, VEHICLE_DBC_FRONT_DISTANCE_CYCLE_TIME_MS, VEHICLE_DBC_FRONT_DISTANCE_LENGTH, 0U},
		{VEHICLE_DBC_HEARTBEAT_FZC_FRAME_ID, VEHICLE_DBC_HEARTBEAT_FZC_CYCLE_TIME_MS, VEHICLE_DBC_HEARTBEAT_FZC_LENGTH,
		 VEHICLE_DBC_HEARTBEAT_FZC_E2E_DATA_ID},
	};
	unsigned total = 0U;
	for (size_t k = 0U; k < sizeof tx / sizeof tx[0]; k++) {
		unsigned n = 0U, bad_gap = 0U, bad_len = 0U, bad_e2e = 0U;
		uint64_t prev = 0U;
		e2e_p1_check_state_t st;
		memset(&st, 0, sizeof st);
		const e2e_p1_config_t ec = {tx[k].e2e_id, 1U};
		for (unsigned i = from; i < bus_n; i++) {
			if (bus[i].id != tx[k].id) {
				continue;
			}
			if ((n > 0U) && ((bus[i].t_us - prev) != (uint64_t)tx[k].cycle_ms * 1000U)) {
				bad_gap++;
			}
			bad_len += (bus[i].len != tx[k].len) ? 1U : 0U;
			if (tx[k].e2e_id != 0U) {
				e2e_p1_status_t s = e2e_p1_check(&ec, &st, bus[i].data, bus[i].len);
				bad_e2e += ((s == E2E_P1_OK) || ((n == 0U) && (s == E2E_P1_INITIAL))) ? 0U : 1U;
			}
			prev = bus[i].t_us;
			n++;
		}
		CHECK_EQ(n, 1000U / tx[k].cycle_ms);
		CHECK_EQ(bad_gap, 0);
		CHECK_EQ(bad_len, 0);
		CHECK_EQ(bad_e2e, 0);
		total += n;
	}
	CHECK_EQ(bus_n - from, total); /* nothing else while nothing changes */
	struct vehicle_dbc_heartbeat_fzc_t h = last_heartbeat();
	CHECK_EQ(h.ecu_id, VEHICLE_DBC_NODE_FZC);
	CHECK_EQ(h.mode, VEHICLE_DBC_HEARTBEAT_FZC_MODE_RUN_CHOICE);
	CHECK_EQ(h.fault_status, 0U);
	CHECK_EQ(h.active_dtc_count, 0U);
}

static void test_steer_follows_command_at_rate_limit(void)
{
	power_up();
	run_ms(50U);
	steer_cmd = 1000; /* 10 deg */
	steer_rate = 0U;  /* FZC default: 50 deg/s */
	run_ms(10U);      /* the next SteerCommand arrives at the 10 ms boundary */
	int32_t start = pin_out[IO_FZC_STEER_ACTUATOR];
	CHECK(start > 0);
	run_ms(100U);
	/* 50 deg/s = 5 (0.01 deg) per ms */
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR] - start, 500);
	run_ms(20U);
	CHECK_EQ(last_steer().steer_rate_limited, 1U);
	CHECK_EQ(last_steer().steer_state, VEHICLE_DBC_STEER_STATUS_STEER_STATE_ACTIVE_CHOICE);
	run_ms(200U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 1000);
	run_ms(20U);
	CHECK_EQ(last_steer().steer_rate_limited, 0U);
	CHECK_EQ(last_steer().steer_angle, 1000);

	/* the command's own, lower rate is honoured: 20 deg/s = 2 per ms */
	steer_cmd = 0;
	steer_rate = 20U;
	run_ms(10U);
	int32_t a = pin_out[IO_FZC_STEER_ACTUATOR];
	run_ms(100U);
	CHECK_EQ(a - pin_out[IO_FZC_STEER_ACTUATOR], 200);
	/* a rate above the actuator's is capped at 50 deg/s */
	steer_cmd = -1000;
	steer_rate = 200U;
	run_ms(10U);
	a = pin_out[IO_FZC_STEER_ACTUATOR];
	run_ms(10U);
	CHECK_EQ(a - pin_out[IO_FZC_STEER_ACTUATOR], 50);
}

static void test_steer_range_is_clamped(void)
{
	power_up();
	steer_cmd = 4500; /* 45 deg: beyond the rack */
	run_ms(1200U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 3500);
	steer_cmd = -3501;
	run_ms(1600U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], -3500);
	steer_cmd = -3499;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], -3499);
}

static void test_steer_returns_to_centre_on_timeout(void)
{
	power_up();
	steer_cmd = 1000;
	run_ms(400U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 1000);
	unsigned from = bus_n;
	cvc_on = 0; /* last commands at the previous 10 ms boundary */
	uint64_t last_cmd_ms = (now / 1000U) - ((now / 1000U) % 10U);
	/* deadline 30 ms after the last frame: until then the angle holds */
	while ((now / 1000U) < last_cmd_ms + 29U) {
		tick();
	}
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 1000);
	tick();
	tick();
	CHECK(pin_out[IO_FZC_STEER_ACTUATOR] < 1000);
	int32_t a = pin_out[IO_FZC_STEER_ACTUATOR];
	run_ms(100U);
	CHECK_EQ(a - pin_out[IO_FZC_STEER_ACTUATOR], 200); /* 20 deg/s */
	run_ms(20U);
	struct vehicle_dbc_steer_status_t s = last_steer();
	CHECK_EQ(s.steer_cmd_timeout, 1U);
	CHECK_EQ(s.steer_state, VEHICLE_DBC_STEER_STATUS_STEER_STATE_RETURN_TO_CENTRE_CHOICE);
	run_ms(600U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 0);
	CHECK_EQ(last_steer().steer_state, VEHICLE_DBC_STEER_STATUS_STEER_STATE_OFF_CHOICE);
	/* communication DTC and a motor cutoff request (command lost) */
	CHECK_EQ(dtc_event_status(DTC_STEER_TIMEOUT, from) & 0x09, 0x09);
	CHECK_EQ(last_cutoff().cutoff_request, 1U);
	CHECK_EQ(last_cutoff().cutoff_reason, VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_CMD_TIMEOUT_CHOICE);
	CHECK_EQ(last_heartbeat().fault_status & 0x04U, 0x04U);
	/* the CVC is back: the command is followed again and the cutoff is withdrawn */
	cvc_on = 1;
	run_ms(50U);
	CHECK_EQ(last_cutoff().cutoff_request, 0U);
	CHECK_EQ(last_steer().steer_cmd_timeout, 0U);
	CHECK(pin_out[IO_FZC_STEER_ACTUATOR] > 0);
}

static void test_steer_disable_returns_to_centre(void)
{
	power_up();
	steer_cmd = -600;
	run_ms(300U);
	steer_enable = 0U;
	run_ms(40U);
	CHECK_EQ(last_steer().steer_state, VEHICLE_DBC_STEER_STATUS_STEER_STATE_RETURN_TO_CENTRE_CHOICE);
	CHECK_EQ(last_steer().steer_cmd_timeout, 0U);
	run_ms(400U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 0);
	CHECK_EQ(last_steer().steer_state, VEHICLE_DBC_STEER_STATUS_STEER_STATE_OFF_CHOICE);
}

/* Holds the rack `dev` away from the set point for `ms` ms; returns whether the steer fault was set. */
static int steer_deviation(int32_t dev, unsigned ms)
{
	power_up();
	steer_cmd = 500;
	run_ms(300U);
	steer_offset = dev;
	run_ms(ms);
	steer_offset = 0;
	run_ms(40U);
	return last_steer().steer_plaus_fault == 1U;
}

static void test_steer_plausibility_edges(void)
{
	CHECK(!steer_deviation(500, 1000U)); /* exactly 5 deg is tolerated indefinitely */
	CHECK(!steer_deviation(501, 100U));  /* above 5 deg for 100 ms: not yet */
	CHECK(steer_deviation(501, 101U));   /* ... for more than 100 ms: fault */
	CHECK(steer_deviation(-501, 101U));
	CHECK(!steer_deviation(-501, 100U));
}

static void test_steer_fault_reaction_and_clear_by_routine(void)
{
	power_up();
	steer_cmd = 500;
	run_ms(300U);
	unsigned from = bus_n;
	steer_offset = 800;
	run_ms(150U);
	steer_offset = 0;
	run_ms(40U);
	struct vehicle_dbc_steer_status_t s = last_steer();
	CHECK_EQ(s.steer_plaus_fault, 1U);
	CHECK_EQ(s.steer_state, VEHICLE_DBC_STEER_STATUS_STEER_STATE_FAULT_CHOICE);
	CHECK_EQ(dtc_event_status(DTC_STEER_PLAUS, from) & 0x89, 0x89); /* TF, CDTC, warning lamp */
	CHECK_EQ(last_cutoff().cutoff_request, 1U);
	CHECK_EQ(last_cutoff().cutoff_reason, VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_STEER_FAULT_CHOICE);
	CHECK_EQ(last_heartbeat().mode, VEHICLE_DBC_HEARTBEAT_FZC_MODE_DEGRADED_CHOICE);
	/* motor off: the set point no longer follows the command */
	steer_cmd = -1000;
	run_ms(200U);
	CHECK(pin_out[IO_FZC_STEER_ACTUATOR] > 0);

	uint8_t r[64];
	const uint8_t start[] = {0x31U, 0x01U, 0x01U, 0x01U};
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 3U); /* default session: not allowed */
	CHECK_EQ(r[0], 0x7FU);
	CHECK_EQ(r[2], UDS_NRC_SNSIAS);
	const uint8_t ext[] = {0x10U, 0x03U};
	CHECK_EQ(uds_request(ext, 2U, r, sizeof r), 6U);
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 5U);
	CHECK_EQ(r[0], 0x71U);
	CHECK_EQ(r[4], 1U);
	run_ms(1200U);
	CHECK_EQ(last_steer().steer_plaus_fault, 0U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], -1000);
	CHECK_EQ(last_cutoff().cutoff_request, 0U);
}

static void test_steer_sensor_out_of_range(void)
{
	power_up();
	steer_cmd = 300;
	run_ms(200U);
	steer_follow = 0;
	pin_in[IO_FZC_STEER_FEEDBACK] = 4001; /* beyond 40 deg: not a wheel angle */
	steer_cmd = 900;
	run_ms(100U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 300); /* holds, never chases a bad sensor */
	CHECK_EQ(last_steer().steer_state, VEHICLE_DBC_STEER_STATUS_STEER_STATE_FAULT_CHOICE);
	CHECK_EQ(last_heartbeat().fault_status & 0x01U, 0x01U);
	/* 4000 is still a plausible reading */
	power_up();
	steer_follow = 0;
	pin_in[IO_FZC_STEER_FEEDBACK] = 4000;
	steer_cmd = 3500;
	run_ms(50U);
	CHECK(last_steer().steer_state != VEHICLE_DBC_STEER_STATUS_STEER_STATE_FAULT_CHOICE);
}

static void test_brake_modes_and_levels(void)
{
	power_up();
	brake_req = 100U; /* 50 % */
	run_ms(30U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 500);
	run_ms(20U);
	struct vehicle_dbc_brake_status_t b = last_brake();
	CHECK_EQ(b.brake_state, VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_SERVICE_CHOICE);
	CHECK_EQ(b.brake_actual, 100U); /* pressure follows: 50 % of full scale */
	CHECK_EQ(b.brake_pressure, 9000U);
	brake_mode = VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_EMERGENCY_CHOICE;
	run_ms(30U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 1000);
	brake_mode = VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_HOLD_CHOICE;
	brake_req = 20U; /* 10 %: hold needs at least 30 % */
	run_ms(30U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 300);
	brake_mode = VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_RELEASE_CHOICE;
	brake_req = 100U;
	run_ms(30U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 0);
	run_ms(20U);
	CHECK_EQ(last_brake().brake_state, VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_RELEASED_CHOICE);
}

static void test_brake_command_timeout_applies_safe_level(void)
{
	power_up();
	run_ms(100U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 0);
	unsigned from = bus_n;
	cvc_on = 0;
	run_ms(60U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 300);
	struct vehicle_dbc_brake_status_t b = last_brake();
	CHECK_EQ(b.brake_cmd_timeout, 1U);
	struct vehicle_dbc_brake_fault_t f = last_brake_fault();
	CHECK_EQ(f.brake_fault_code, VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_CMD_TIMEOUT_CHOICE);
	CHECK_EQ(f.brake_fault_active, 1U);
	CHECK_EQ(count_frames(VEHICLE_DBC_BRAKE_FAULT_FRAME_ID, from), 1U); /* an event, not a stream */
	cvc_on = 1;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 0);
	f = last_brake_fault();
	CHECK_EQ(f.brake_fault_active, 0U);
	CHECK_EQ(f.brake_fault_code, VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_CMD_TIMEOUT_CHOICE);
	CHECK_EQ(count_frames(VEHICLE_DBC_BRAKE_FAULT_FRAME_ID, from), 2U);
}

/* Pressure reads `off` away from what the output asks for during `ms`; returns BrakeFault's code (0 = none sent). */
static int brake_mismatch(int32_t off, unsigned ms)
{
	power_up();
	brake_req = 100U;
	run_ms(100U);
	unsigned from = bus_n;
	brake_offset = off;
	run_ms(ms);
	brake_offset = 0;
	run_ms(5U);
	return (count_frames(VEHICLE_DBC_BRAKE_FAULT_FRAME_ID, from) > 0U) ? last_brake_fault().brake_fault_code : 0;
}

static void test_brake_pressure_plausibility_edges(void)
{
	CHECK_EQ(brake_mismatch(2000, 1000U), 0);  /* exactly 20 bar off is tolerated */
	CHECK_EQ(brake_mismatch(-2001, 200U), 0);  /* above for 200 ms: not yet */
	CHECK_EQ(brake_mismatch(-2001, 201U), VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_PRESSURE_MISMATCH_CHOICE);
	CHECK_EQ(brake_mismatch(2001, 201U), VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_PRESSURE_MISMATCH_CHOICE);
	/* reaction, then healing after 500 ms of plausible pressure */
	power_up();
	brake_req = 100U;
	run_ms(100U);
	brake_offset = -5000;
	run_ms(250U);
	CHECK_EQ(last_brake().brake_state, VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_FAULT_CHOICE);
	CHECK_EQ(last_brake_fault().brake_fault_active, 1U);
	CHECK_EQ(last_cutoff().cutoff_reason, VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_BRAKE_FAULT_CHOICE);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 500); /* keeps braking as asked */
	brake_offset = 0;
	run_ms(499U);
	CHECK_EQ(last_brake_fault().brake_fault_active, 1U);
	run_ms(2U);
	CHECK_EQ(last_brake_fault().brake_fault_active, 0U);
	CHECK_EQ(last_cutoff().cutoff_request, 0U);
	/* a sensor reading beyond 200 bar is a range fault, not a mismatch */
	power_up();
	brake_follow = 0;
	pin_in[IO_FZC_BRAKE_PRESSURE] = 20001;
	run_ms(5U);
	CHECK_EQ(last_brake_fault().brake_fault_code, VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_PRESSURE_SENSOR_RANGE_CHOICE);
}

/* Approach at closing speed `cm_per_10ms` / 10 ms; returns the brake output when the gap reaches `at_cm`. */
static int32_t approach(uint16_t spd, int32_t start_cm, int32_t cm_per_10ms, int32_t at_cm, uint8_t *zone)
{
	power_up();
	speed = spd;
	distance = start_cm;
	dist_step = cm_per_10ms;
	dist_every = 10U;
	while (distance > at_cm) {
		tick();
	}
	/* FrontDistance of this 10 ms slot carries the zone of this distance */
	for (unsigned i = 0U; i < 9U; i++) {
		tick();
	}
	*zone = last_distance().aeb_zone;
	return pin_out[IO_FZC_BRAKE_ACTUATOR];
}

static void test_aeb_zones_by_ttc_at_speed(void)
{
	uint8_t z;
	/* 50 km/h, closing at 10 m/s (1 cm per ms, sampled every 10 ms) */
	CHECK_EQ(approach(5000U, 5000, 10, 2700, &z), 0);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE); /* TTC 2.7 s */
	CHECK_EQ(approach(5000U, 5000, 10, 2600, &z), 0);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE); /* TTC 2.6 s */
	CHECK_EQ(approach(5000U, 5000, 10, 1700, &z), 0);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE);
	CHECK_EQ(approach(5000U, 5000, 10, 1600, &z), 400);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_BRAKE_CHOICE); /* TTC 1.6 s: partial braking */
	CHECK_EQ(last_brake().brake_state, VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_AEB_CHOICE);
	CHECK_EQ(last_cutoff().cutoff_request == 1U, 0);
	CHECK_EQ(approach(5000U, 5000, 10, 1000, &z), 400);
	CHECK_EQ(approach(5000U, 5000, 10, 900, &z), 1000);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_EMERGENCY_CHOICE); /* TTC 0.9 s: full braking */
	struct vehicle_dbc_motor_cutoff_req_t c = last_cutoff();
	CHECK_EQ(c.cutoff_request, 1U);
	CHECK_EQ(c.cutoff_reason, VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_AEB_EMERGENCY_CHOICE);
	struct vehicle_dbc_front_distance_t d = last_distance();
	CHECK_EQ(d.closing_speed, 1000);
	CHECK_EQ(d.time_to_collision, 9U);
	CHECK_EQ(d.object_detected, 1U);
	/* the obstacle is gone: the emergency zone holds 500 ms, then releases */
	distance = 20000;
	dist_every = 0U;
	run_ms(499U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 1000);
	run_ms(2U);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 0);
	run_ms(20U);
	CHECK_EQ(last_cutoff().cutoff_request, 0U);
}

static void test_aeb_holds_the_car_it_stopped(void)
{
	uint8_t z;
	/* 20 km/h towards an obstacle: braking inside 5 m, the car stops 3 m short of it */
	CHECK_EQ(approach(2000U, 600, 1, 300, &z), 400);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_BRAKE_CHOICE);
	dist_every = 0U;
	speed = 0U;
	/* stopped, nothing closing: AEB keeps the brakes on while the obstacle stays inside the braking distance
	 * (below 5 km/h it would otherwise let go, and the accelerator would creep the car on) */
	run_ms(3000U);
	CHECK_EQ(last_distance().aeb_zone, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_BRAKE_CHOICE);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 400);
	CHECK_EQ(last_brake().brake_state, VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_AEB_CHOICE);
	/* the obstacle drives off: the zone lowers after its hold time and the brakes release */
	distance = 20000;
	run_ms(600U);
	CHECK_EQ(last_distance().aeb_zone, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE);
	CHECK_EQ(pin_out[IO_FZC_BRAKE_ACTUATOR], 0);
	/* a car that AEB did not stop (parking at 4 km/h) is not held: AEB stays out of the way */
	CHECK_EQ(approach(400U, 600, 1, 200, &z), 0);
	run_ms(1000U);
	CHECK_EQ(last_distance().aeb_zone, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE);
}

static void test_aeb_distance_zones_only_at_low_speed(void)
{
	uint8_t z;
	/* 20 km/h, closing at 1 m/s: TTC is long, the distance decides */
	CHECK_EQ(approach(2000U, 1500, 1, 1001, &z), 0);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE);
	CHECK_EQ(approach(2000U, 1500, 1, 1000, &z), 0);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE);
	CHECK_EQ(approach(2000U, 600, 1, 501, &z), 0);
	CHECK_EQ(approach(2000U, 600, 1, 500, &z), 400);
	CHECK_EQ(approach(2000U, 600, 1, 251, &z), 400);
	CHECK_EQ(approach(2000U, 600, 1, 250, &z), 1000);
	/* the same gap at 40 km/h: only TTC counts (2.5 m at 1 m/s is 2.5 s: warning) */
	CHECK_EQ(approach(4000U, 600, 1, 250, &z), 0);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE);
	/* below 5 km/h AEB stays out of the way (parking) */
	CHECK_EQ(approach(499U, 600, 1, 200, &z), 0);
	CHECK_EQ(z, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE);
	CHECK_EQ(approach(500U, 600, 1, 200, &z), 1000);
	/* no speed on the bus: no AEB */
	power_up();
	cvc_vs_on = 0;
	distance = 600;
	dist_step = 1;
	dist_every = 10U;
	run_ms(4000U);
	CHECK_EQ(last_distance().aeb_zone, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE);
}

static void test_distance_sensor_fault(void)
{
	power_up();
	speed = 5000U;
	unsigned from = bus_n;
	distance = -1;
	run_ms(19U);
	CHECK_EQ(dtc_event_status(DTC_DIST_SENSOR, from), -1);
	run_ms(11U);
	CHECK_EQ(dtc_event_status(DTC_DIST_SENSOR, from) & 0x01, 0x01);
	struct vehicle_dbc_front_distance_t d = last_distance();
	CHECK_EQ(d.dist_sensor_fault, 1U);
	CHECK_EQ(d.aeb_zone, VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE);
	CHECK_EQ(d.object_detected, 0U);
	distance = 25001; /* beyond any plausible reading */
	run_ms(20U);
	CHECK_EQ(last_distance().dist_sensor_fault, 1U);
	distance = 25000;
	run_ms(20U);
	CHECK_EQ(last_distance().dist_sensor_fault, 0U);
}

static void test_e2e_failures_are_ignored_and_diagnosed(void)
{
	power_up();
	run_ms(100U);
	unsigned from = bus_n;
	corrupt_steer = 1;
	steer_cmd = 1500;
	run_ms(25U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 0); /* a corrupted command is never used */
	run_ms(20U);
	CHECK_EQ(dtc_event_status(DTC_STEER_E2E, from) & 0x01, 0x01); /* 2 bad frames set it... */
	corrupt_steer = 0;
	run_ms(100U);
	CHECK(pin_out[IO_FZC_STEER_ACTUATOR] > 0);
	CHECK_EQ(dtc_event_status(DTC_STEER_E2E, from) & 0x01, 0x00); /* ...4 good frames heal it */
	/* a frozen counter (stale sender) is not accepted either */
	power_up();
	run_ms(100U);
	freeze_steer = 1;
	steer_cmd = 1500;
	run_ms(60U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 0);
	CHECK_EQ(last_steer().steer_cmd_timeout, 1U);
}

static void test_garbage_frames_are_counted_and_ignored(void)
{
	power_up();
	run_ms(100U);
	const canif_stats_t *cs = canif_stats();
	uint32_t bad_dlc = cs->rx_bad_dlc;
	uint32_t filtered = cs->rx_filtered;
	uint8_t d[64];
	memset(d, 0xA5, sizeof d);
	/* a too-short SteerCommand: unpacking it would read past the payload */
	ecu_can_rx(VEHICLE_DBC_STEER_COMMAND_FRAME_ID, 0U, 3U, d);
	/* DLC 15 without the FD flag, DLC 200 */
	ecu_can_rx(VEHICLE_DBC_STEER_COMMAND_FRAME_ID, 0U, 15U, d);
	ecu_can_rx(VEHICLE_DBC_STEER_COMMAND_FRAME_ID, 0U, 200U, d);
	CHECK_EQ(cs->rx_bad_dlc, bad_dlc + 2U);
	/* unknown ID, extended frame with a known ID, remote frame */
	ecu_can_rx(0x123U, 0U, 8U, d);
	ecu_can_rx(VEHICLE_DBC_STEER_COMMAND_FRAME_ID, CAN_FLAG_EXT, 8U, d);
	ecu_can_rx(VEHICLE_DBC_BRAKE_COMMAND_FRAME_ID, CAN_FLAG_RTR, 0U, d);
	CHECK_EQ(cs->rx_filtered, filtered + 3U);
	/* garbage on the diagnostic IDs: no answer */
	uint32_t garbage = uds_isotp_stats()->rx_garbage;
	unsigned from = bus_n;
	ecu_can_rx(VEHICLE_DBC_UDS_REQ_FZC_FRAME_ID, 0U, 8U, d);
	ecu_can_rx(VEHICLE_DBC_UDS_REQ_FZC_FRAME_ID, 0U, 0U, d);
	ecu_can_rx(VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, 0U, 8U, d);
	ecu_can_rx(VEHICLE_DBC_UDS_REQ_FZC_FRAME_ID, CAN_FLAG_FD, 15U, d);
	run_ms(50U);
	CHECK(uds_isotp_stats()->rx_garbage >= garbage + 2U);
	CHECK_EQ(count_frames(VEHICLE_DBC_UDS_RESP_FZC_FRAME_ID, from), 0U);
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 0);
	CHECK_EQ(last_heartbeat().mode, VEHICLE_DBC_HEARTBEAT_FZC_MODE_RUN_CHOICE);
}

static void test_uds_identification_and_vin(void)
{
	power_up();
	run_ms(50U);
	uint8_t r[64];
	const uint8_t rd_sw[] = {0x22U, 0xF1U, 0x95U};
	unsigned n = uds_request(rd_sw, 3U, r, sizeof r);
	CHECK_EQ(n, 3U + 9U);
	CHECK(memcmp(&r[3], "FZC-1.0.0", 9U) == 0);
	const uint8_t rd_vin[] = {0x22U, 0xF1U, 0x90U};
	CHECK_EQ(uds_request(rd_vin, 3U, r, sizeof r), 20U);
	CHECK(memcmp(&r[3], "00000000000000000", 17U) == 0);
	/* writing needs the extended session and security */
	uint8_t wr[20] = {0x2EU, 0xF1U, 0x90U};
	memcpy(&wr[3], "ZBX12345678901234", 17U);
	n = uds_request(wr, 20U, r, sizeof r);
	CHECK_EQ(r[0], 0x7FU);
	uds_unlock();
	n = uds_request(wr, 20U, r, sizeof r);
	CHECK_EQ(n, 3U);
	CHECK_EQ(r[0], 0x6EU);
	/* not a VIN: lower case */
	uint8_t bad[20];
	memcpy(bad, wr, sizeof bad);
	bad[5] = 'x';
	n = uds_request(bad, 20U, r, sizeof r);
	CHECK_EQ(r[2], UDS_NRC_ROOR);
	/* the VIN survives a power cycle (NVM block) */
	power_up_keep_nvm();
	CHECK_EQ(uds_request(rd_vin, 3U, r, sizeof r), 20U);
	CHECK(memcmp(&r[3], "ZBX12345678901234", 17U) == 0);
	/* functional tester present is answered on the FZC's response ID */
	const uint8_t tp[] = {0x3EU, 0x00U};
	CHECK_EQ(uds_request_on(VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, tp, 2U, r, sizeof r), 2U);
	CHECK_EQ(r[0], 0x7EU);
}

static void test_uds_dtcs_read_clear_and_persist(void)
{
	power_up();
	run_ms(50U);
	distance = -5;
	run_ms(50U);
	distance = 20000;
	run_ms(50U);
	uint8_t r[128];
	/* 19 02 09: DTCs with testFailed or confirmed */
	const uint8_t rd[] = {0x19U, 0x02U, 0x09U};
	unsigned n = uds_request(rd, 3U, r, sizeof r);
	CHECK_EQ(n, 3U + 4U);
	CHECK_EQ(r[0], 0x59U);
	CHECK_EQ(((uint32_t)r[3] << 16) | ((uint32_t)r[4] << 8) | r[5], DTC_DIST_SENSOR);
	CHECK_EQ(r[6] & 0x09U, 0x08U); /* healed, still confirmed */
	/* freeze frame: speed, time, steer, brake pressure, distance (-5 cm stored as read) */
	const uint8_t ff[] = {0x19U, 0x04U, 0x50U, 0x21U, 0x1CU, 0x01U};
	n = uds_request(ff, 6U, r, sizeof r);
	CHECK_EQ(n, 6U + 2U + 5U * 2U + 11U);
	CHECK_EQ(r[6], 0x01U);
	CHECK_EQ(r[7], 5U);
	/* persists over a power cycle (the DEM writes its block at most once a second) */
	run_ms(1000U);
	power_up_keep_nvm();
	n = uds_request(rd, 3U, r, sizeof r);
	CHECK_EQ(n, 7U);
	/* clear all */
	const uint8_t clr[] = {0x14U, 0xFFU, 0xFFU, 0xFFU};
	n = uds_request(clr, 4U, r, sizeof r);
	CHECK_EQ(n, 1U);
	CHECK_EQ(r[0], 0x54U);
	n = uds_request(rd, 3U, r, sizeof r);
	CHECK_EQ(n, 3U);
}

static void test_uds_reset_restarts_the_ecu(void)
{
	power_up();
	steer_cmd = 800;
	run_ms(300U);
	uint8_t r[16];
	const uint8_t rst[] = {0x11U, 0x01U};
	CHECK_EQ(uds_request(rst, 2U, r, sizeof r), 2U);
	CHECK_EQ(r[0], 0x51U);
	unsigned from = bus_n;
	run_ms(5U);
	/* a fresh image: heartbeat counter starts over, mode INIT until the CVC is heard again */
	unsigned i;
	for (i = from; (i < bus_n) && (bus[i].id != VEHICLE_DBC_HEARTBEAT_FZC_FRAME_ID); i++) {
	}
	CHECK(i < bus_n);
	if (i < bus_n) {
		struct vehicle_dbc_heartbeat_fzc_t h;
		(void)vehicle_dbc_heartbeat_fzc_unpack(&h, bus[i].data, bus[i].len);
		CHECK_EQ(h.mode, VEHICLE_DBC_HEARTBEAT_FZC_MODE_INIT_CHOICE);
		CHECK_EQ(bus[i].data[0] & 0x0FU, 0U);
	}
	/* the rack is taken over where it stands */
	CHECK_EQ(pin_out[IO_FZC_STEER_ACTUATOR], 800);
}

static void test_watchdog_resets_a_hung_task(void)
{
	power_up();
	run_ms(100U);
	unsigned from = bus_n;
	/* the 1 ms task does not run for 60 ms (a hang): the alive supervision expires, the hardware watchdog
	 * is no longer kicked and resets the image, which then reports why */
	now += 60000U;
	run_ms(200U);
	CHECK_EQ(dtc_event_status(DTC_WATCHDOG, from) & 0x01, 0x01);
	CHECK_EQ(last_heartbeat().fault_status & 0x20U, 0x20U);
	/* a normal power-up does not claim a watchdog reset */
	power_up();
	run_ms(100U);
	CHECK_EQ(last_heartbeat().fault_status & 0x20U, 0U);
}

int main(void)
{
	RUN(test_abi);
	RUN(test_cyclic_frames_at_dbc_periods_with_e2e);
	RUN(test_steer_follows_command_at_rate_limit);
	RUN(test_steer_range_is_clamped);
	RUN(test_steer_returns_to_centre_on_timeout);
	RUN(test_steer_disable_returns_to_centre);
	RUN(test_steer_plausibility_edges);
	RUN(test_steer_fault_reaction_and_clear_by_routine);
	RUN(test_steer_sensor_out_of_range);
	RUN(test_brake_modes_and_levels);
	RUN(test_brake_command_timeout_applies_safe_level);
	RUN(test_brake_pressure_plausibility_edges);
	RUN(test_aeb_zones_by_ttc_at_speed);
	RUN(test_aeb_distance_zones_only_at_low_speed);
	RUN(test_aeb_holds_the_car_it_stopped);
	RUN(test_distance_sensor_fault);
	RUN(test_e2e_failures_are_ignored_and_diagnosed);
	RUN(test_garbage_frames_are_counted_and_ignored);
	RUN(test_uds_identification_and_vin);
	RUN(test_uds_dtcs_read_clear_and_persist);
	RUN(test_uds_reset_restarts_the_ecu);
	RUN(test_watchdog_resets_a_hung_task);
	return UNIT_END();
}
