// sources: ecu/rzc/*.c bsw/*.c gen/*.c
/*
 * RZC firmware through its ABI: the test is the host (with ecu_harness.h). It provides the ABI imports (IO pins,
 * can_tx, a RAM NVM), plays the plant's sensors (pack voltage/current, temperatures, phase current, wheel speeds,
 * the inverter enable line behind the SC's relay), plays the CVC and the FZC with frames packed by the generated
 * code (E2E protected) and a UDS tester, and reads the RZC's frames back with the generated unpack.
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

/* ---- the plant, as far as the RZC sees it ---- */
#define MV_SOC50 357120 /* 96 x 3.72 V: 50 % on the NMC curve */
static int relay_closed;      /* the enable line follows the RZC's request through the SC's relay */

/* ---- the other ECUs ---- */
static int cvc_on;
static int vs_on;
static int16_t tq_req;        /* 0.1 Nm */
static uint8_t tq_dir;
static uint8_t tq_enable;
static uint8_t tq_regen;
static uint8_t torque_limit;  /* % */
static int corrupt_tq;
static int estop_on;
static e2e_p1_protect_state_t tq_e2e, vs_e2e, es_e2e, cut_e2e;

static void send_torque(void)
{
	struct vehicle_dbc_torque_request_t m;
	memset(&m, 0, sizeof m);
	m.torque_req = tq_req;
	m.direction = tq_dir;
	m.inverter_enable = tq_enable;
	m.regen_allowed = tq_regen;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_torque_request_pack(d, &m, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_TORQUE_REQUEST_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &tq_e2e, d, (size_t)n);
	if (corrupt_tq) {
		d[2] ^= 0x01U; /* a flipped payload bit: the CRC no longer matches */
	}
	deliver(VEHICLE_DBC_TORQUE_REQUEST_FRAME_ID, d, (uint8_t)n);
}

static void send_vehicle_state(void)
{
	struct vehicle_dbc_vehicle_state_t v;
	memset(&v, 0, sizeof v);
	v.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
	v.torque_limit = torque_limit;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_vehicle_state_pack(d, &v, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &vs_e2e, d, (size_t)n);
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
	deliver(VEHICLE_DBC_E_STOP_FRAME_ID, d, (uint8_t)n);
}

/* the FZC's event message */
static void send_cutoff(uint8_t request, int corrupt)
{
	struct vehicle_dbc_motor_cutoff_req_t c;
	memset(&c, 0, sizeof c);
	c.cutoff_request = request;
	c.cutoff_reason = request ? VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_AEB_EMERGENCY_CHOICE : 0U;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_motor_cutoff_req_pack(d, &c, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_MOTOR_CUTOFF_REQ_E2E_DATA_ID, 1U};
	(void)e2e_p1_protect(&e, &cut_e2e, d, (size_t)n);
	if (corrupt) {
		d[1] ^= 0x10U;
	}
	deliver(VEHICLE_DBC_MOTOR_CUTOFF_REQ_FRAME_ID, d, (uint8_t)n);
}

static void tick(void)
{
	now += 1000U;
	uint64_t ms = now / 1000U;
	if (relay_closed) {
		pin_in[IO_RZC_INVERTER_ENABLE_FB] = pin_out[IO_RZC_INVERTER_ENABLE];
	} else {
		pin_in[IO_RZC_INVERTER_ENABLE_FB] = 0;
	}
	if (cvc_on && (ms % 10U == 0U)) {
		send_torque();
	}
	if (vs_on && (ms % 10U == 1U)) {
		send_vehicle_state();
	}
	if (estop_on && (ms % 10U == 2U)) {
		send_estop();
	}
	ecu_tick(now);
}

static void power_up_keep_nvm(void)
{
	host_reset();
	uds_phys_id = VEHICLE_DBC_UDS_REQ_RZC_FRAME_ID;
	pin_in[IO_RZC_BATTERY_V] = MV_SOC50;
	pin_in[IO_RZC_BATTERY_TEMP] = 250;
	pin_in[IO_RZC_MOTOR_TEMP] = 300;
	pin_in[IO_RZC_INVERTER_TEMP] = 300;
	pin_in[IO_RZC_AUX_V] = 14000;
	relay_closed = 1;
	cvc_on = 1;
	vs_on = 1;
	tq_req = 0;
	tq_dir = VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_FORWARD_CHOICE;
	tq_enable = 1U;
	tq_regen = 1U;
	torque_limit = 100U;
	corrupt_tq = 0;
	estop_on = 0;
	memset(&tq_e2e, 0, sizeof tq_e2e);
	memset(&vs_e2e, 0, sizeof vs_e2e);
	memset(&es_e2e, 0, sizeof es_e2e);
	memset(&cut_e2e, 0, sizeof cut_e2e);
	ecu_init(11U);
	tick();
}

static void power_up(void)
{
	host_erase_nvm();
	power_up_keep_nvm();
}

/* power-up and wait for the contactor to close */
static void ready(void)
{
	power_up();
	run_ms(400U);
}

HARNESS_LAST(last_motor, motor_status, MOTOR_STATUS)

HARNESS_LAST(last_temp, motor_temp, MOTOR_TEMP)

HARNESS_LAST(last_battery, battery_status, BATTERY_STATUS)

HARNESS_LAST(last_heartbeat, heartbeat_rzc, HEARTBEAT_RZC)

/* the status of one of our DTCs as last reported in a DtcEvent since frame `from`, or -1 */
static int dtc_event_status(uint32_t dtc, unsigned from)
{
	return host_dtc_event_status(VEHICLE_DBC_NODE_RZC, dtc, from);
}

#define DTC_OVERCURRENT 0x1A0019U  /* P1A00-19 */
#define DTC_MOTOR_OT 0x1A014BU     /* P1A01-4B */
#define DTC_PACK_OV 0x1A1017U      /* P1A10-17 */
#define DTC_TQ_TIMEOUT 0xD11187U   /* U1111-87 */
#define DTC_TQ_E2E 0xD11183U       /* U1111-83 */
#define DTC_WATCHDOG 0xDF0247U     /* U1F02-47 */

/* ---- tests ---- */

static void test_abi(void)
{
	CHECK_EQ(abi_version(), ECU_ABI_VERSION);
	CHECK(ecu_rx_buffer() != NULL);
}

static void test_cyclic_frames_at_dbc_periods_with_e2e(void)
{
	ready();
	unsigned from = bus_n;
	run_ms(1000U);
	static const struct {
		uint32_t id;
		uint32_t cycle_ms;
		uint8_t len;
		uint8_t e2e_id;
	} tx[] = {
		{VEHICLE_DBC_MOTOR_STATUS_FRAME_ID, VEHICLE_DBC_MOTOR_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_MOTOR_STATUS_LENGTH,
		 VEHICLE_DBC_MOTOR_STATUS_E2E_DATA_ID},
		{VEHICLE_DBC_MOTOR_CURRENT_FRAME_ID, VEHICLE_DBC_MOTOR_CURRENT_CYCLE_TIME_MS, VEHICLE_DBC_MOTOR_CURRENT_LENGTH,
		 VEHICLE_DBC_MOTOR_CURRENT_E2E_DATA_ID},
		{VEHICLE_DBC_MOTOR_TEMP_FRAME_ID, VEHICLE_DBC_MOTOR_TEMP_CYCLE_TIME_MS, VEHICLE_DBC_MOTOR_TEMP_LENGTH, 0U},
		{VEHICLE_DBC_BATTERY_STATUS_FRAME_ID, VEHICLE_DBC_BATTERY_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_BATTERY_STATUS_LENGTH, 0U},
		{VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID, VEHICLE_DBC_WHEEL_SPEEDS_CYCLE_TIME_MS, VEHICLE_DBC_WHEEL_SPEEDS_LENGTH, 0U},
		{VEHICLE_DBC_HEARTBEAT_RZC_FRAME_ID, VEHICLE_DBC_HEARTBEAT_RZC_CYCLE_TIME_MS, VEHICLE_DBC_HEARTBEAT_RZC_LENGTH,
		 VEHICLE_DBC_HEARTBEAT_RZC_E2E_DATA_ID},
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
	CHECK_EQ(bus_n - from, total);
	struct vehicle_dbc_heartbeat_rzc_t h = last_heartbeat();
	CHECK_EQ(h.ecu_id, VEHICLE_DBC_NODE_RZC);
	CHECK_EQ(h.mode, VEHICLE_DBC_HEARTBEAT_RZC_MODE_RUN_CHOICE);
	CHECK_EQ(h.fault_status, 0U);
}

static void test_contactor_sequence_at_power_up(void)
{
	power_up();
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 1); /* precharge at once */
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0);
	run_ms(299U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 1);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0); /* no inverter on a precharging link */
	run_ms(1U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 2); /* 300 ms after the first step */
	run_ms(100U);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 1);
	CHECK_EQ(last_battery().contactor_state, VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_CLOSED_CHOICE);
	/* no plausible pack voltage at start: the contactor stays open */
	power_up();
	ecu_init(11U);
	pin_in[IO_RZC_BATTERY_V] = 0;
	run_ms(400U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 0);
	CHECK_EQ(last_heartbeat().mode, VEHICLE_DBC_HEARTBEAT_RZC_MODE_INIT_CHOICE);
}

static void test_torque_follows_request_within_caps(void)
{
	ready();
	tq_req = 1000; /* 100 Nm */
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 1000);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 1);
	run_ms(20U);
	CHECK_EQ(last_motor().motor_torque, 1000);
	CHECK_EQ(last_motor().inverter_state, VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_RUN_CHOICE);
	CHECK_EQ(last_motor().max_torque_avail, 155U); /* 310 Nm in 2 Nm steps */
	tq_req = 4000; /* beyond the motor */
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3100);
	torque_limit = 50U; /* the CVC's mode cap */
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 1550);
	torque_limit = 100U;
	tq_req = -500; /* regeneration */
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], -500);
	tq_regen = 0U;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	tq_dir = VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_REVERSE_CHOICE;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], -500); /* in reverse, negative torque drives */
	tq_req = 500;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	tq_dir = VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_NEUTRAL_CHOICE;
	tq_regen = 1U;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	/* the CVC withdraws the enable */
	tq_dir = VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_FORWARD_CHOICE;
	tq_enable = 0U;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	/* no VehicleState: limp cap 30 % */
	tq_enable = 1U;
	tq_req = 3100;
	vs_on = 0;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 930);
}

static void test_command_timeout_switches_inverter_off(void)
{
	ready();
	tq_req = 800;
	run_ms(50U);
	unsigned from = bus_n;
	cvc_on = 0;
	uint64_t last_ms = (now / 1000U) - ((now / 1000U) % 10U);
	while ((now / 1000U) < last_ms + 29U) {
		tick();
	}
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 800);
	tick(); /* 30 ms without a TorqueRequest */
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0);
	run_ms(30U);
	CHECK_EQ(last_motor().motor_cmd_timeout, 1U);
	CHECK_EQ(last_motor().inverter_state, VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_OFF_CHOICE);
	CHECK_EQ(dtc_event_status(DTC_TQ_TIMEOUT, from) & 0x09, 0x09);
	CHECK_EQ(last_heartbeat().fault_status & 0x04U, 0x04U);
	cvc_on = 1;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 800);
}

static void test_corrupted_torque_requests_are_not_used(void)
{
	ready();
	tq_req = 500;
	run_ms(50U);
	unsigned from = bus_n;
	corrupt_tq = 1;
	tq_req = 3000;
	run_ms(25U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 500); /* the last good request, until its deadline */
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	CHECK_EQ(dtc_event_status(DTC_TQ_E2E, from) & 0x01, 0x01);
	corrupt_tq = 0;
	run_ms(100U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3000);
	CHECK_EQ(dtc_event_status(DTC_TQ_E2E, from) & 0x01, 0x00);
}

static void test_motor_cutoff_request_is_honoured(void)
{
	ready();
	tq_req = 1200;
	run_ms(20U);
	send_cutoff(1U, 0);
	tick();
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 1); /* standby, not off: regen stays possible once released */
	run_ms(500U); /* an event: in force until withdrawn */
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	CHECK_EQ(last_motor().inverter_state, VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_STANDBY_CHOICE);
	send_cutoff(0U, 1); /* a corrupted withdrawal is not believed */
	tick();
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	send_cutoff(0U, 0);
	tick();
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 1200);
}

/* Phase current `ia` for `ms` ms; returns whether the overcurrent latch tripped. */
static int overcurrent(int32_t ia, unsigned ms)
{
	ready();
	tq_req = 2000;
	run_ms(20U);
	pin_in[IO_RZC_PHASE_CURRENT] = ia;
	run_ms(ms);
	pin_in[IO_RZC_PHASE_CURRENT] = 1000;
	run_ms(30U);
	return last_motor().overcurrent_fault == 1U;
}

static void test_overcurrent_edges_and_latch(void)
{
	CHECK(!overcurrent(5500, 1000U)); /* at the limit: fine */
	CHECK(!overcurrent(5501, 1U));    /* one sample above: noise */
	CHECK(overcurrent(5501, 2U));     /* two in a row: trip */
	/* reaction: torque cut, inverter off, DTC, latched after the current is back */
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0);
	CHECK_EQ(last_motor().inverter_state, VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_FAULT_CHOICE);
	CHECK_EQ(dtc_event_status(DTC_OVERCURRENT, 0U) & 0x89, 0x89);
	run_ms(1000U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	/* cleared by the routine, which needs security access */
	uint8_t r[32];
	const uint8_t ext[] = {0x10U, 0x03U};
	CHECK_EQ(uds_request(ext, 2U, r, sizeof r), 6U);
	const uint8_t start[] = {0x31U, 0x01U, 0x02U, 0x01U};
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_SAD);
	uds_unlock();
	/* refused while the current is still too high */
	pin_in[IO_RZC_PHASE_CURRENT] = 6000;
	run_ms(1U);
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 3U);
	CHECK_EQ(r[2], UDS_NRC_CNC);
	pin_in[IO_RZC_PHASE_CURRENT] = 0;
	run_ms(2U);
	CHECK_EQ(uds_request(start, 4U, r, sizeof r), 5U);
	CHECK_EQ(r[0], 0x71U);
	run_ms(20U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 2000);
}

static void test_thermal_derating_with_hysteresis(void)
{
	ready();
	tq_req = 3100;
	pin_in[IO_RZC_MOTOR_TEMP] = 1200; /* 120 degC: full torque */
	run_ms(200U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3100);
	CHECK_EQ(last_temp().torque_derate, 100U);
	CHECK_EQ(last_temp().temp_derate_active, 0U);
	pin_in[IO_RZC_MOTOR_TEMP] = 1201;
	run_ms(200U);
	CHECK_EQ(last_temp().torque_derate, 99U);
	CHECK_EQ(last_temp().temp_derate_active, 1U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3087);
	pin_in[IO_RZC_MOTOR_TEMP] = 1350; /* half way */
	run_ms(200U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 1550);
	CHECK_EQ(last_motor().derating, 1U);
	CHECK_EQ(last_motor().inverter_state, VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_DERATED_CHOICE);
	/* cooling by less than the 10 degC hysteresis gives nothing back */
	pin_in[IO_RZC_MOTOR_TEMP] = 1250;
	run_ms(200U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 1550);
	pin_in[IO_RZC_MOTOR_TEMP] = 1200; /* 10 degC hysteresis: behaves like 130 degC */
	run_ms(200U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 2064);
	pin_in[IO_RZC_MOTOR_TEMP] = 1101; /* still derated */
	run_ms(200U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3087);
	pin_in[IO_RZC_MOTOR_TEMP] = 1100; /* recovered below the lower threshold */
	run_ms(200U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3100);
	CHECK_EQ(last_temp().temp_derate_active, 0U);
	/* shutdown at 150 degC */
	unsigned from = bus_n;
	pin_in[IO_RZC_MOTOR_TEMP] = 1499;
	run_ms(10U);
	CHECK(pin_out[IO_RZC_MOTOR_TORQUE_CMD] > 0);
	pin_in[IO_RZC_MOTOR_TEMP] = 1500;
	run_ms(200U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0);
	CHECK_EQ(last_temp().temp_shutdown, 1U);
	CHECK_EQ(last_motor().overtemp_fault, 1U);
	CHECK_EQ(dtc_event_status(DTC_MOTOR_OT, from) & 0x01, 0x01);
	CHECK_EQ(last_heartbeat().fault_status & 0x10U, 0x10U);
	/* the inverter derates on its own temperature: 100 degC is half way from 90 to 110 */
	ready();
	tq_req = 3100;
	pin_in[IO_RZC_INVERTER_TEMP] = 1000;
	run_ms(100U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 1550);
}

static void test_soc_from_ocv_then_coulomb_counting(void)
{
	ready();
	run_ms(100U);
	CHECK_EQ(last_battery().soc, 100U); /* 3.72 V/cell: 50 % */
	CHECK_EQ(last_battery().pack_voltage, 35712U);
	/* 100 A for 36 s is 1 Ah, 0.5 % of 200 Ah */
	pin_in[IO_RZC_BATTERY_I] = 1000;
	run_ms(36000U);
	pin_in[IO_RZC_BATTERY_I] = 0;
	run_ms(200U);
	CHECK_EQ(last_battery().soc, 99U);
	CHECK_EQ(last_battery().soc_low, 0U);
	/* charging counts back up */
	pin_in[IO_RZC_BATTERY_I] = -2000;
	run_ms(18000U);
	pin_in[IO_RZC_BATTERY_I] = 0;
	run_ms(200U);
	CHECK_EQ(last_battery().soc, 100U);
	/* other start voltages: 3.87 V/cell is 70 %, 3.45 V 10 %, below 3.0 V empty */
	power_up();
	pin_in[IO_RZC_BATTERY_V] = 96 * 3870;
	ecu_init(3U);
	run_ms(200U);
	CHECK_EQ(last_battery().soc, 140U);
	power_up();
	pin_in[IO_RZC_BATTERY_V] = 96 * 3449;
	ecu_init(3U);
	run_ms(200U);
	CHECK_EQ(last_battery().soc_low, 1U); /* 9.9 % */
	power_up();
	pin_in[IO_RZC_BATTERY_V] = 96 * 4200;
	ecu_init(3U);
	run_ms(200U);
	CHECK_EQ(last_battery().soc, 200U);
}

static void test_pack_overvoltage_opens_the_contactor(void)
{
	ready();
	tq_req = 1000;
	unsigned from = bus_n;
	pin_in[IO_RZC_BATTERY_V] = 408000; /* 4.25 V/cell: at the limit */
	run_ms(1000U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 2);
	pin_in[IO_RZC_BATTERY_V] = 408001;
	run_ms(499U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 2);
	run_ms(1U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 0);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0);
	run_ms(100U);
	struct vehicle_dbc_battery_status_t b = last_battery();
	CHECK_EQ(b.contactor_state, VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_FAULT_CHOICE);
	CHECK_EQ(b.pack_overvoltage, 1U);
	CHECK_EQ(dtc_event_status(DTC_PACK_OV, from) & 0x01, 0x01);
	CHECK_EQ(last_heartbeat().mode, VEHICLE_DBC_HEARTBEAT_RZC_MODE_SAFE_STOP_CHOICE);
	/* stays open when the voltage is back: a severe fault is latched */
	pin_in[IO_RZC_BATTERY_V] = MV_SOC50;
	run_ms(1000U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 0);
	/* pack overcurrent for 100 ms is severe too */
	ready();
	pin_in[IO_RZC_BATTERY_I] = -5501;
	run_ms(99U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 2);
	run_ms(1U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 0);
}

static void test_battery_limits_cap_torque(void)
{
	ready();
	tq_req = 3100;
	pin_in[IO_RZC_BATTERY_V] = 288000; /* 3.0 V/cell: at the limit */
	run_ms(1000U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3100);
	pin_in[IO_RZC_BATTERY_V] = 287999;
	run_ms(600U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 930);
	CHECK_EQ(last_battery().pack_undervoltage, 1U);
	CHECK_EQ(last_motor().derating, 1U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 2); /* not severe yet */
	pin_in[IO_RZC_BATTERY_V] = MV_SOC50;
	pin_in[IO_RZC_BATTERY_TEMP] = 601; /* hot pack */
	run_ms(100U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 930);
	CHECK_EQ(last_battery().pack_overtemp, 1U);
	pin_in[IO_RZC_BATTERY_TEMP] = 600;
	run_ms(100U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 3100);
	/* 12 V supply low for a second: flagged */
	pin_in[IO_RZC_AUX_V] = 10999;
	run_ms(999U);
	CHECK_EQ(last_battery().aux_undervoltage, 0U);
	run_ms(101U);
	CHECK_EQ(last_battery().aux_undervoltage, 1U);
	CHECK_EQ(last_heartbeat().fault_status & 0x08U, 0x08U);
}

static void test_estop_and_kill_relay(void)
{
	ready();
	tq_req = 1000;
	run_ms(20U);
	estop_on = 1;
	run_ms(10U);
	CHECK_EQ(pin_out[IO_RZC_INVERTER_ENABLE], 0);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	estop_on = 0;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 1000);
	/* the SC opens its relay: the enable line drops although the RZC asks for it */
	relay_closed = 0;
	run_ms(2U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 0);
	run_ms(20U);
	CHECK_EQ(last_motor().inverter_enabled, 0U);
	CHECK_EQ(last_motor().inverter_state, VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_OFF_CHOICE);
}

static void test_wheel_speeds_and_currents_are_reported(void)
{
	ready();
	pin_in[IO_RZC_WHEEL_SPEED_FL] = 5000;
	pin_in[IO_RZC_WHEEL_SPEED_FR] = 5010;
	pin_in[IO_RZC_WHEEL_SPEED_RL] = -1200; /* reversing: a magnitude on the bus */
	pin_in[IO_RZC_WHEEL_SPEED_RR] = 40000; /* beyond the signal: saturates */
	pin_in[IO_RZC_PHASE_CURRENT] = 2345;
	pin_in[IO_RZC_BATTERY_I] = -456;
	run_ms(20U);
	const frame_t *f = last_frame(VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID);
	CHECK(f != NULL);
	if (f != NULL) {
		struct vehicle_dbc_wheel_speeds_t w;
		(void)vehicle_dbc_wheel_speeds_unpack(&w, f->data, f->len);
		CHECK_EQ(w.wheel_speed_fl, 5000U);
		CHECK_EQ(w.wheel_speed_fr, 5010U);
		CHECK_EQ(w.wheel_speed_rl, 1200U);
		CHECK_EQ(w.wheel_speed_rr, 30000U);
	}
	f = last_frame(VEHICLE_DBC_MOTOR_CURRENT_FRAME_ID);
	CHECK(f != NULL);
	if (f != NULL) {
		struct vehicle_dbc_motor_current_t c;
		(void)vehicle_dbc_motor_current_unpack(&c, f->data, f->len);
		CHECK_EQ(c.phase_current, 2345U);
		CHECK_EQ(c.dc_current, -456);
		CHECK_EQ(c.dc_link_voltage, 3571U);
	}
}

static void test_garbage_frames_are_counted_and_ignored(void)
{
	ready();
	tq_req = 700;
	run_ms(20U);
	const canif_stats_t *cs = canif_stats();
	uint32_t bad_dlc = cs->rx_bad_dlc;
	uint32_t filtered = cs->rx_filtered;
	uint8_t d[64];
	memset(d, 0x5A, sizeof d);
	ecu_can_rx(VEHICLE_DBC_TORQUE_REQUEST_FRAME_ID, 0U, 2U, d); /* too short */
	ecu_can_rx(VEHICLE_DBC_TORQUE_REQUEST_FRAME_ID, 0U, 9U, d); /* DLC 9 without FD */
	ecu_can_rx(VEHICLE_DBC_TORQUE_REQUEST_FRAME_ID, 0U, 16U, d);
	CHECK_EQ(cs->rx_bad_dlc, bad_dlc + 2U);
	ecu_can_rx(0x7FFU, 0U, 8U, d);
	ecu_can_rx(VEHICLE_DBC_MOTOR_CUTOFF_REQ_FRAME_ID, CAN_FLAG_RTR, 3U, d);
	CHECK_EQ(cs->rx_filtered, filtered + 2U);
	unsigned from = bus_n;
	ecu_can_rx(VEHICLE_DBC_UDS_REQ_RZC_FRAME_ID, 0U, 8U, d);
	ecu_can_rx(VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, 0U, 1U, d);
	run_ms(30U);
	CHECK_EQ(count_frames(VEHICLE_DBC_UDS_RESP_RZC_FRAME_ID, from), 0U);
	CHECK_EQ(pin_out[IO_RZC_MOTOR_TORQUE_CMD], 700); /* garbage on the TorqueRequest ID changed nothing */
}

static void test_uds_data_and_dtcs(void)
{
	ready();
	uint8_t r[128];
	const uint8_t rd[] = {0x22U, 0xF1U, 0x95U, 0xFDU, 0x11U, 0xFDU, 0x12U};
	unsigned n = uds_request(rd, 7U, r, sizeof r);
	CHECK_EQ(n, 1U + 2U + 9U + 2U + 1U + 2U + 2U);
	CHECK(memcmp(&r[3], "RZC-1.0.0", 9U) == 0);
	CHECK_EQ(r[14], 100U);                          /* SOC 50 % */
	CHECK_EQ(((unsigned)r[17] << 8) | r[18], 3571U); /* 357.1 V */
	/* VIN: written in the extended session with security, read back after a power cycle */
	uds_unlock();
	uint8_t wr[20] = {0x2EU, 0xF1U, 0x90U};
	memcpy(&wr[3], "ZBR00000000000042", 17U);
	CHECK_EQ(uds_request(wr, 20U, r, sizeof r), 3U);
	CHECK_EQ(r[0], 0x6EU);
	power_up_keep_nvm();
	const uint8_t rv[] = {0x22U, 0xF1U, 0x90U};
	CHECK_EQ(uds_request(rv, 3U, r, sizeof r), 20U);
	CHECK(memcmp(&r[3], "ZBR00000000000042", 17U) == 0);
	/* a DTC with its freeze frame */
	run_ms(400U);
	pin_in[IO_RZC_PHASE_CURRENT] = 9000;
	run_ms(5U);
	pin_in[IO_RZC_PHASE_CURRENT] = 0;
	const uint8_t list[] = {0x19U, 0x02U, 0x08U};
	n = uds_request(list, 3U, r, sizeof r);
	CHECK_EQ(n, 7U);
	CHECK_EQ(((uint32_t)r[3] << 16) | ((uint32_t)r[4] << 8) | r[5], DTC_OVERCURRENT);
	const uint8_t ff[] = {0x19U, 0x04U, 0x1AU, 0x00U, 0x19U, 0x01U};
	n = uds_request(ff, 6U, r, sizeof r);
	CHECK_EQ(n, 6U + 2U + 6U * 2U + 11U);
	/* phase current in the snapshot: the last DID, 900.0 A */
	CHECK_EQ(((unsigned)r[n - 2U] << 8) | r[n - 1U], 9000U);
	/* ECU reset: restarts, contactor sequence again */
	const uint8_t rst[] = {0x11U, 0x01U};
	CHECK_EQ(uds_request(rst, 2U, r, sizeof r), 2U);
	CHECK_EQ(r[0], 0x51U);
	run_ms(2U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 1);
	run_ms(400U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 2);
	CHECK_EQ(last_motor().overcurrent_fault, 0U);
}

static void test_watchdog_resets_a_hung_task(void)
{
	ready();
	unsigned from = bus_n;
	now += 60000U; /* the 1 ms task stalls for 60 ms */
	run_ms(100U);
	CHECK_EQ(dtc_event_status(DTC_WATCHDOG, from) & 0x01, 0x01);
	CHECK_EQ(last_heartbeat().fault_status & 0x20U, 0x20U);
	CHECK_EQ(pin_out[IO_RZC_CONTACTOR], 1); /* restarted: precharging again */
}

int main(void)
{
	RUN(test_abi);
	RUN(test_cyclic_frames_at_dbc_periods_with_e2e);
	RUN(test_contactor_sequence_at_power_up);
	RUN(test_torque_follows_request_within_caps);
	RUN(test_command_timeout_switches_inverter_off);
	RUN(test_corrupted_torque_requests_are_not_used);
	RUN(test_motor_cutoff_request_is_honoured);
	RUN(test_overcurrent_edges_and_latch);
	RUN(test_thermal_derating_with_hysteresis);
	RUN(test_soc_from_ocv_then_coulomb_counting);
	RUN(test_pack_overvoltage_opens_the_contactor);
	RUN(test_battery_limits_cap_torque);
	RUN(test_estop_and_kill_relay);
	RUN(test_wheel_speeds_and_currents_are_reported);
	RUN(test_garbage_frames_are_counted_and_ignored);
	RUN(test_uds_data_and_dtcs);
	RUN(test_watchdog_resets_a_hung_task);
	return UNIT_END();
}
