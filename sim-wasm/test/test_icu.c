// sources: ecu/icu/*.c bsw/*.c gen/*.c
/*
 * ICU firmware through its ABI: the test is the host. ecu_harness.h provides the ABI imports; the test drives
 * ecu_tick every 1 ms of virtual time, plays the other ECUs by sending frames packed with the generated code (and E2E),
 * plays a UDS tester with its own ISO-TP channel, and reads the ICU's frames back with the generated unpack.
 * Every frame reaches the ICU in a heap copy exactly as long as its DLC, so ASan sees any read past it.
 */
#include <string.h>

#include "e2e.h"
#include "ecu_abi.h"
#include "io_channels.h"
#include "isotp.h"
#include "uds.h"
#include "unit.h"
#include "vehicle_dbc.h"

#define REQ_ID VEHICLE_DBC_UDS_REQ_ICU_FRAME_ID
#define FUNC_ID VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID
#define NODE_ICU VEHICLE_DBC_NODE_ICU

/* telltale bits of IO_ICU_TELLTALES = ClusterDisplay telltale order */
enum { TT_READY, TT_SYSFAULT, TT_BATTERY, TT_MOTORTEMP, TT_BRAKE, TT_STEER, TT_LEFT, TT_RIGHT, TT_HAZARD,
       TT_LOW, TT_HIGH, TT_DOOR, TT_ESTOP, TT_COLLISION, TT_LIMP, TT_KILL };

/* ---- the host ---- */
#define HARNESS_EXACT_RX 1
#define HARNESS_ISOTP_TESTER 1
#include "ecu_harness.h"

/* ---- the other ECUs, as far as the ICU hears them ---- */
static int vs_on, wheels_on, batt_on, motor_on, temp_on, safety_on, dist_on, lights_on, ind_on, doors_on, estop_on;
static int vs_corrupt_crc, vs_freeze_counter;
static struct vehicle_dbc_vehicle_state_t vs;
static uint16_t wheel;
static struct vehicle_dbc_battery_status_t batt;
static struct vehicle_dbc_motor_status_t motor;
static struct vehicle_dbc_motor_temp_t mtemp;
static struct vehicle_dbc_safety_status_t safety;
static struct vehicle_dbc_front_distance_t dist;
static struct vehicle_dbc_lights_t lights;
static struct vehicle_dbc_indicators_t ind;
static struct vehicle_dbc_doors_t doors;
static e2e_p1_protect_state_t vs_e2e, motor_e2e, safety_e2e, estop_e2e, bf_e2e;

static void send_e2e(uint32_t id, uint8_t data_id, e2e_p1_protect_state_t *st, uint8_t *d, int n)
{
	const e2e_p1_config_t e = {data_id, 1U};
	(void)e2e_p1_protect(&e, st, d, (size_t)n);
	deliver(id, d, (uint8_t)n);
}

static void send_vehicle_state(void)
{
	uint8_t d[8] = {0};
	int n = vehicle_dbc_vehicle_state_pack(d, &vs, sizeof d);
	const e2e_p1_config_t e = {VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID, 1U};
	if (vs_freeze_counter) {
		vs_e2e.counter = 5U; /* the sender's counter is stuck */
	}
	(void)e2e_p1_protect(&e, &vs_e2e, d, (size_t)n);
	if (vs_corrupt_crc) {
		d[1] ^= 0x40U;
	}
	deliver(VEHICLE_DBC_VEHICLE_STATE_FRAME_ID, d, (uint8_t)n);
}

static void send_wheels(void)
{
	struct vehicle_dbc_wheel_speeds_t w = {wheel, wheel, wheel, wheel};
	uint8_t d[8] = {0};
	int n = vehicle_dbc_wheel_speeds_pack(d, &w, sizeof d);
	deliver(VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID, d, (uint8_t)n);
}

static void send_plain(uint32_t id, int (*pack)(uint8_t *, const void *, size_t), const void *m)
{
	uint8_t d[8] = {0};
	int n = pack(d, m, sizeof d);
	deliver(id, d, (uint8_t)n);
}

/* the generated pack functions take typed pointers; these adapters make the scheduler table-free */
static int pack_batt(uint8_t *d, const void *m, size_t s) { return vehicle_dbc_battery_status_pack(d, m, s); }
static int pack_temp(uint8_t *d, const void *m, size_t s) { return vehicle_dbc_motor_temp_pack(d, m, s); }
static int pack_dist(uint8_t *d, const void *m, size_t s) { return vehicle_dbc_front_distance_pack(d, m, s); }
static int pack_lights(uint8_t *d, const void *m, size_t s) { return vehicle_dbc_lights_pack(d, m, s); }
static int pack_ind(uint8_t *d, const void *m, size_t s) { return vehicle_dbc_indicators_pack(d, m, s); }
static int pack_doors(uint8_t *d, const void *m, size_t s) { return vehicle_dbc_doors_pack(d, m, s); }

static void send_motor(void)
{
	uint8_t d[8] = {0};
	int n = vehicle_dbc_motor_status_pack(d, &motor, sizeof d);
	send_e2e(VEHICLE_DBC_MOTOR_STATUS_FRAME_ID, VEHICLE_DBC_MOTOR_STATUS_E2E_DATA_ID, &motor_e2e, d, n);
}

static void send_safety(void)
{
	uint8_t d[8] = {0};
	int n = vehicle_dbc_safety_status_pack(d, &safety, sizeof d);
	send_e2e(VEHICLE_DBC_SAFETY_STATUS_FRAME_ID, VEHICLE_DBC_SAFETY_STATUS_E2E_DATA_ID, &safety_e2e, d, n);
}

static void send_estop(void)
{
	struct vehicle_dbc_e_stop_t s = {0};
	s.active = 1U;
	s.source = VEHICLE_DBC_E_STOP_SOURCE_BUTTON_CHOICE;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_e_stop_pack(d, &s, sizeof d);
	send_e2e(VEHICLE_DBC_E_STOP_FRAME_ID, VEHICLE_DBC_E_STOP_E2E_DATA_ID, &estop_e2e, d, n);
}

static void send_brake_fault(uint8_t active)
{
	struct vehicle_dbc_brake_fault_t b = {0};
	b.brake_fault_code = VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_PRESSURE_MISMATCH_CHOICE;
	b.brake_fault_active = active;
	uint8_t d[8] = {0};
	int n = vehicle_dbc_brake_fault_pack(d, &b, sizeof d);
	send_e2e(VEHICLE_DBC_BRAKE_FAULT_FRAME_ID, VEHICLE_DBC_BRAKE_FAULT_E2E_DATA_ID, &bf_e2e, d, n);
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
	if (wheels_on && (ms % 10U == 7U)) {
		send_wheels();
	}
	if (motor_on && (ms % 20U == 3U)) {
		send_motor();
	}
	if (temp_on && (ms % 100U == 11U)) {
		send_plain(VEHICLE_DBC_MOTOR_TEMP_FRAME_ID, pack_temp, &mtemp);
	}
	if (batt_on && (ms % 100U == 13U)) {
		send_plain(VEHICLE_DBC_BATTERY_STATUS_FRAME_ID, pack_batt, &batt);
	}
	if (safety_on && (ms % 100U == 17U)) {
		send_safety();
	}
	if (dist_on && (ms % 10U == 5U)) {
		send_plain(VEHICLE_DBC_FRONT_DISTANCE_FRAME_ID, pack_dist, &dist);
	}
	if (lights_on && (ms % 100U == 21U)) {
		send_plain(VEHICLE_DBC_LIGHTS_FRAME_ID, pack_lights, &lights);
	}
	if (ind_on && (ms % 100U == 23U)) {
		send_plain(VEHICLE_DBC_INDICATORS_FRAME_ID, pack_ind, &ind);
	}
	if (doors_on && (ms % 100U == 25U)) {
		send_plain(VEHICLE_DBC_DOORS_FRAME_ID, pack_doors, &doors);
	}
	if (estop_on && (ms % 10U == 9U)) {
		send_estop();
	}
	ecu_tick(now);
	tester_listen(from);
}

static int uds1(uint8_t a, uint8_t b)
{
	const uint8_t r[2] = {a, b};
	return request(0, r, 2U);
}

static void unlock_extended(void)
{
	CHECK_EQ(uds1(0x10U, 0x03U), 6);
	CHECK_EQ(uds1(0x27U, 0x01U), 6);
	uint32_t seed = ((uint32_t)t_resp[2] << 24) | ((uint32_t)t_resp[3] << 16) | ((uint32_t)t_resp[4] << 8) | t_resp[5];
	uint32_t key = uds_default_key(1U, seed);
	const uint8_t k[6] = {0x27U, 0x02U, (uint8_t)(key >> 24), (uint8_t)(key >> 16), (uint8_t)(key >> 8), (uint8_t)key};
	CHECK_EQ(request(0, k, 6U), 2);
	CHECK_EQ(t_resp[0], 0x67U);
}

static void others_default(void)
{
	memset(&vs, 0, sizeof vs);
	vs.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
	vs.gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE;
	vs.torque_limit = 100U;
	memset(&batt, 0, sizeof batt);
	batt.pack_voltage = 40000U; /* 400 V */
	batt.soc = 160U;            /* 80 % */
	batt.aux_voltage = 138U;    /* 13.8 V */
	batt.contactor_state = VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_CLOSED_CHOICE;
	memset(&motor, 0, sizeof motor);
	motor.inverter_state = VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_RUN_CHOICE;
	motor.inverter_enabled = 1U;
	memset(&mtemp, 0, sizeof mtemp);
	mtemp.motor_winding_temp = 60U + 40U;
	mtemp.torque_derate = 100U;
	memset(&safety, 0, sizeof safety);
	safety.ecu_id = VEHICLE_DBC_NODE_SC;
	safety.mode = VEHICLE_DBC_SAFETY_STATUS_MODE_RUN_CHOICE;
	safety.kill_relay_closed = 1U;
	memset(&dist, 0, sizeof dist);
	dist.front_distance = 25000U;
	dist.time_to_collision = 255U;
	memset(&lights, 0, sizeof lights);
	memset(&ind, 0, sizeof ind);
	memset(&doors, 0, sizeof doors);
	wheel = 0U;
}

static void all_on(void)
{
	vs_on = wheels_on = batt_on = motor_on = temp_on = safety_on = dist_on = lights_on = ind_on = doors_on = 1;
}

static void power_up_keep_nvm(void)
{
	host_reset();
	uds_phys_id = REQ_ID;
	vs_on = wheels_on = batt_on = motor_on = temp_on = safety_on = dist_on = lights_on = ind_on = doors_on = 0;
	estop_on = 0;
	vs_corrupt_crc = 0;
	vs_freeze_counter = 0;
	others_default();
	ecu_init(42U);
	tick();
}

static void power_up(void)
{
	host_erase_nvm();
	power_up_keep_nvm();
}

HARNESS_LAST(cluster, cluster_display, CLUSTER_DISPLAY)

static int tt(unsigned bit)
{
	return (pin_out[IO_ICU_TELLTALES] >> bit) & 1;
}

/* ---- tests ---- */

static void test_abi(void)
{
	CHECK_EQ(abi_version(), ECU_ABI_VERSION);
	CHECK(ecu_rx_buffer() != NULL);
}

static void test_cyclic_frames_at_dbc_periods(void)
{
	power_up();
	all_on();
	run_ms(1000U); /* DTC events of the power-up pass */
	unsigned from = bus_n;
	run_ms(3000U);
	static const struct {
		uint32_t id;
		uint32_t cycle_ms;
		uint8_t len;
	} tx[] = {
		{VEHICLE_DBC_CLUSTER_DISPLAY_FRAME_ID, VEHICLE_DBC_CLUSTER_DISPLAY_CYCLE_TIME_MS, VEHICLE_DBC_CLUSTER_DISPLAY_LENGTH},
		{VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID, VEHICLE_DBC_HEARTBEAT_ICU_CYCLE_TIME_MS, VEHICLE_DBC_HEARTBEAT_ICU_LENGTH},
	};
	unsigned total = 0U;
	for (size_t k = 0U; k < sizeof tx / sizeof tx[0]; k++) {
		unsigned n = 0U;
		unsigned bad_gap = 0U;
		unsigned bad_len = 0U;
		uint64_t prev = 0U;
		for (unsigned i = from; i < bus_n; i++) {
			if (bus[i].id != tx[k].id) {
				continue;
			}
			if ((n > 0U) && ((bus[i].t_us - prev) != (uint64_t)tx[k].cycle_ms * 1000U)) {
				bad_gap++;
			}
			bad_len += (bus[i].len != tx[k].len) ? 1U : 0U;
			prev = bus[i].t_us;
			n++;
		}
		CHECK_EQ(n, 3000U / tx[k].cycle_ms);
		CHECK_EQ(bad_gap, 0);
		CHECK_EQ(bad_len, 0);
		total += n;
	}
	CHECK_EQ(bus_n - from, total); /* all inputs present: no DtcEvent, nothing else */
	struct vehicle_dbc_heartbeat_icu_t h;
	const frame_t *f = last_frame(VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID);
	CHECK_EQ(vehicle_dbc_heartbeat_icu_unpack(&h, f->data, f->len), 0);
	CHECK_EQ(h.ecu_id, NODE_ICU);
	CHECK_EQ(h.mode, VEHICLE_DBC_HEARTBEAT_ICU_MODE_RUN_CHOICE);
	CHECK_EQ(h.fault_status, 0);
	CHECK_EQ(h.active_dtc_count, 0);
}

/* R39: true <= shown <= 1.1 true + 4 km/h, checked at every tick on the IO channel and in every frame */
static void check_r39(uint32_t true_001, unsigned *violations)
{
	uint32_t shown_001 = (uint32_t)pin_out[IO_ICU_DISPLAY_SPEED] * 10U;
	if ((shown_001 < true_001) || (shown_001 > true_001 + true_001 / 10U + 400U)) {
		(*violations)++;
	}
}

static void test_displayed_speed_r39_band(void)
{
	power_up();
	all_on();
	run_ms(200U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 0); /* standstill shows 0, not the +4 km/h the band allows */
	/* accelerate 0 -> 150 km/h in 10 s, hold, brake to 0 in 5 s: the filter lags, the band holds */
	unsigned violations = 0U;
	unsigned frame_violations = 0U;
	for (unsigned t = 0U; t < 20000U; t++) {
		uint32_t v = (t < 10000U) ? (t * 3U / 2U) : ((t < 15000U) ? 15000U : (15000U - (t - 15000U) * 3U));
		vs.vehicle_speed = (uint16_t)v;
		unsigned from = bus_n;
		tick();
		for (unsigned i = from; i < bus_n; i++) {
			if (bus[i].id == VEHICLE_DBC_CLUSTER_DISPLAY_FRAME_ID) {
				struct vehicle_dbc_cluster_display_t m;
				(void)vehicle_dbc_cluster_display_unpack(&m, bus[i].data, bus[i].len);
				frame_violations += (m.displayed_speed != (uint16_t)pin_out[IO_ICU_DISPLAY_SPEED]) ? 1U : 0U;
			}
		}
		if ((now / 1000U) % 10U == 0U) {
			/* at the ticks where a fresh VehicleState just arrived the true speed is exactly v */
			check_r39(v, &violations);
		}
	}
	CHECK_EQ(violations, 0);
	CHECK_EQ(frame_violations, 0);
	/* steady 100 km/h: the nominal 4 % over-read once the filter settled */
	vs.vehicle_speed = 10000U;
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 1040);
	CHECK_EQ(cluster().displayed_speed, 1040);
	/* 300 km/h: the DBC range ends there, still not below true */
	vs.vehicle_speed = 30000U;
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 3000);
}

static void test_speed_filter_smooths_a_step(void)
{
	power_up();
	all_on();
	vs.vehicle_speed = 5000U;
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 520);
	/* a 4 km/h drop: the needle glides down (time constant 300 ms) instead of jumping */
	vs.vehicle_speed = 4600U;
	run_ms(100U);
	int after_100ms = pin_out[IO_ICU_DISPLAY_SPEED];
	CHECK(after_100ms > 500 && after_100ms < 515); /* 52 - 4.16 * (1 - e^-1/3) = 50.8 km/h */
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 479); /* 46 * 1.04 = 47.84 -> 47.9 rounded up */
}

static void test_speed_source_fallback_and_loss(void)
{
	power_up();
	all_on();
	vs.vehicle_speed = 6000U;
	wheel = 6000U;
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 624);
	/* CVC silent: the wheel speeds take over without a jump */
	vs_on = 0;
	run_ms(100U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 624);
	CHECK_EQ(tt(TT_SYSFAULT), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ECU_COMM_LOST_CHOICE);
	CHECK_EQ(cluster().displayed_mode, VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_INIT_CHOICE);
	/* and nothing at all: speed not available */
	wheels_on = 0;
	run_ms(100U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 0);
	CHECK_EQ(cluster().displayed_speed, 0);
	/* the source comes back at 80 km/h: the needle starts there, never below */
	vs_on = 1;
	vs.vehicle_speed = 8000U;
	run_ms(11U);
	CHECK(pin_out[IO_ICU_DISPLAY_SPEED] >= 800);
}

static void test_vehicle_state_timeout_edge(void)
{
	power_up();
	all_on();
	vs.vehicle_speed = 3000U;
	wheel = 3000U;
	run_ms(500U);
	CHECK_EQ(tt(TT_SYSFAULT), 0);
	/* stop right after a frame: the ICU hears it at tick T (ms % 10 == 0) */
	while ((now / 1000U) % 10U != 0U) {
		tick();
	}
	vs_on = 0;
	/* deadline 3 x 10 ms: COM stamps the frame with the previous tick and flags the timeout in the tick
	 * the deadline is reached; the supervision in the next 10 ms task (task10.h) tells the display */
	run_ms(29U);
	CHECK_EQ(tt(TT_SYSFAULT), 0);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_NONE_CHOICE);
	run_ms(10U);
	CHECK_EQ(tt(TT_SYSFAULT), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ECU_COMM_LOST_CHOICE);
	CHECK(pin_out[IO_ICU_DISPLAY_SPEED] >= 300); /* the wheel speeds carry on */
}

static void test_soc_display_edges(void)
{
	power_up();
	all_on();
	static const struct {
		uint8_t raw;
		int shown;
	} c[] = {{0U, 0}, {1U, 0}, {101U, 50}, {199U, 99}, {200U, 100}};
	for (size_t i = 0U; i < sizeof c / sizeof c[0]; i++) {
		batt.soc = c[i].raw;
		run_ms(101U);
		CHECK_EQ(pin_out[IO_ICU_DISPLAY_SOC], c[i].shown);
		CHECK_EQ(cluster().displayed_soc, c[i].shown);
	}
	/* beyond the signal's range: garbage, not shown */
	batt.soc = 201U;
	run_ms(101U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SOC], 0);
	/* BatteryStatus lost: battery telltale on */
	batt.soc = 150U;
	run_ms(101U);
	CHECK_EQ(tt(TT_BATTERY), 0);
	batt_on = 0;
	run_ms(301U);
	CHECK_EQ(tt(TT_BATTERY), 1);
	CHECK_EQ(cluster().telltale_battery_low, 1);
}

static void test_power_and_gear(void)
{
	power_up();
	all_on();
	batt.pack_voltage = 40000U; /* 400 V */
	batt.pack_current = 1000;   /* 100 A discharge: 40 kW */
	vs.gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_R_CHOICE;
	run_ms(200U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_POWER], 400);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_GEAR], VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_GEAR_R_CHOICE);
	CHECK_EQ(cluster().displayed_gear, VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_GEAR_R_CHOICE);
	batt.pack_current = -250; /* regeneration 25 A: -10 kW */
	run_ms(200U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_POWER], -100);
}

static void test_ready_and_body_telltales(void)
{
	power_up();
	all_on();
	batt.contactor_state = VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_OPEN_CHOICE;
	run_ms(200U);
	CHECK_EQ(tt(TT_READY), 0); /* contactor open: not ready */
	batt.contactor_state = VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_CLOSED_CHOICE;
	run_ms(200U);
	CHECK_EQ(tt(TT_READY), 1);
	CHECK_EQ(cluster().telltale_ready, 1);
	/* indicator lamps follow the BCM's flash phase */
	ind.indicator_state = VEHICLE_DBC_INDICATORS_INDICATOR_STATE_LEFT_CHOICE;
	ind.left_lamp_on = 1U;
	run_ms(101U);
	CHECK_EQ(tt(TT_LEFT), 1);
	CHECK_EQ(tt(TT_RIGHT), 0);
	CHECK_EQ(tt(TT_HAZARD), 0);
	ind.left_lamp_on = 0U;
	run_ms(101U);
	CHECK_EQ(tt(TT_LEFT), 0);
	ind.indicator_state = VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE;
	ind.left_lamp_on = 1U;
	ind.right_lamp_on = 1U;
	run_ms(101U);
	CHECK_EQ(tt(TT_HAZARD), 1);
	CHECK_EQ(tt(TT_LEFT) + tt(TT_RIGHT), 2);
	/* beams */
	lights.headlamp_state = VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE;
	run_ms(101U);
	CHECK_EQ(tt(TT_HIGH), 1);
	CHECK_EQ(tt(TT_LOW), 0);
	lights.headlamp_state = VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_LOW_CHOICE;
	run_ms(101U);
	CHECK_EQ(tt(TT_HIGH), 0);
	CHECK_EQ(tt(TT_LOW), 1);
	/* a door */
	doors.door_open_rr = 1U;
	run_ms(101U);
	CHECK_EQ(tt(TT_DOOR), 1);
	CHECK_EQ(cluster().telltale_door_open, 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DOOR_OPEN_CHOICE);
}

static void test_fault_telltales(void)
{
	power_up();
	all_on();
	run_ms(200U);
	CHECK_EQ(pin_out[IO_ICU_TELLTALES] & ~(1 << TT_READY), 0);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_NONE_CHOICE);
	vs.steer_fault = 1U;
	run_ms(20U);
	CHECK_EQ(tt(TT_STEER), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_STEER_FAULT_CHOICE);
	vs.steer_fault = 0U;
	/* BrakeFault is an event: ACTIVE holds until HEALED arrives */
	send_brake_fault(1U);
	run_ms(500U);
	CHECK_EQ(tt(TT_BRAKE), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BRAKE_FAULT_CHOICE);
	send_brake_fault(0U);
	run_ms(2U);
	CHECK_EQ(tt(TT_BRAKE), 0);
	mtemp.temp_derate_active = 1U;
	run_ms(101U);
	CHECK_EQ(tt(TT_MOTORTEMP), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_MOTOR_OVERTEMP_CHOICE);
	mtemp.temp_derate_active = 0U;
	batt.soc_low = 1U;
	run_ms(101U);
	CHECK_EQ(tt(TT_BATTERY), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BATTERY_LOW_CHOICE);
	batt.soc_low = 0U;
	vs.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_LIMP_CHOICE;
	run_ms(101U);
	CHECK_EQ(tt(TT_LIMP), 1);
	CHECK_EQ(tt(TT_READY), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_LIMP_MODE_CHOICE);
	/* the SC opens the kill relay */
	safety.kill_relay_closed = 0U;
	run_ms(101U);
	CHECK_EQ(tt(TT_KILL), 1);
	CHECK_EQ(tt(TT_READY), 0);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFETY_SHUTDOWN_CHOICE);
	/* AEB zones */
	safety.kill_relay_closed = 1U;
	vs.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
	dist.aeb_zone = VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE;
	run_ms(101U);
	CHECK_EQ(tt(TT_COLLISION), 1);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_COLLISION_WARNING_CHOICE);
	dist.aeb_zone = VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_EMERGENCY_CHOICE;
	run_ms(11U);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_EMERGENCY_BRAKING_CHOICE);
}

static void test_warning_priority(void)
{
	/* switch on conditions from low to high priority: each new one takes over the text area */
	power_up();
	all_on();
	run_ms(200U);
	static const uint8_t order[] = {
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DOOR_OPEN_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BATTERY_LOW_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DEGRADED_POWER_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_MOTOR_OVERTEMP_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_LIMP_MODE_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_STEER_FAULT_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BRAKE_FAULT_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_COLLISION_WARNING_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFE_STOP_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_EMERGENCY_BRAKING_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFETY_SHUTDOWN_CHOICE,
		VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ESTOP_ACTIVE_CHOICE,
	};
	for (size_t i = 0U; i < sizeof order; i++) {
		switch (order[i]) {
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DOOR_OPEN_CHOICE: doors.door_open_fl = 1U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BATTERY_LOW_CHOICE: batt.soc_low = 1U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DEGRADED_POWER_CHOICE: motor.derating = 1U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_MOTOR_OVERTEMP_CHOICE: motor.overtemp_fault = 1U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_LIMP_MODE_CHOICE: vs.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_LIMP_CHOICE; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_STEER_FAULT_CHOICE: vs.steer_fault = 1U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BRAKE_FAULT_CHOICE: vs.brake_fault = 1U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_COLLISION_WARNING_CHOICE: dist.aeb_zone = 1U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFE_STOP_CHOICE: vs.mode = VEHICLE_DBC_VEHICLE_STATE_MODE_SAFE_STOP_CHOICE; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_EMERGENCY_BRAKING_CHOICE: dist.aeb_zone = 2U; break;
		case VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFETY_SHUTDOWN_CHOICE: vs.safety_kill = 1U; break;
		default: estop_on = 1; break;
		}
		run_ms(160U); /* the slowest input (100 ms) plus one ClusterDisplay period */
		CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], order[i]);
		CHECK_EQ(cluster().warning_text_id, order[i]);
	}
	CHECK_EQ(tt(TT_ESTOP), 1);
	/* the E-stop released: the CVC stops sending EStop; the next text comes back after the deadline */
	estop_on = 0;
	run_ms(40U);
	CHECK_EQ(tt(TT_ESTOP), 0);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFETY_SHUTDOWN_CHOICE);
}

static void test_e2e_failures(void)
{
	power_up();
	all_on();
	vs.vehicle_speed = 5000U;
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 520);
	/* corrupted CRC: the frames are not believed (the speed holds), then VehicleState times out */
	vs_corrupt_crc = 1;
	vs.vehicle_speed = 12000U;
	wheels_on = 0;
	run_ms(25U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 520);
	run_ms(20U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 0);
	CHECK_EQ(tt(TT_SYSFAULT), 1);
	/* three bad frames in a row qualify U0401-00, reported on DtcEvent */
	const frame_t *f = last_frame(VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	CHECK(f != NULL);
	int found_u0401 = 0;
	int found_u0100 = 0;
	for (unsigned i = 0U; i < bus_n; i++) {
		if (bus[i].id == VEHICLE_DBC_DTC_EVENT_FRAME_ID) {
			struct vehicle_dbc_dtc_event_t e;
			(void)vehicle_dbc_dtc_event_unpack(&e, bus[i].data, bus[i].len);
			CHECK_EQ(e.ecu_id, NODE_ICU);
			found_u0401 |= (e.dtc_number == 0xC40100U) && ((e.dtc_status & 0x09U) == 0x09U);
			found_u0100 |= (e.dtc_number == 0xC10087U) && ((e.dtc_status & 0x09U) == 0x09U);
		}
	}
	CHECK(found_u0401);
	CHECK(found_u0100);
	/* good frames again: the speed is back */
	vs_corrupt_crc = 0;
	run_ms(30U);
	CHECK(pin_out[IO_ICU_DISPLAY_SPEED] >= 1200);
	/* a frozen alive counter (repeated frames) is not fresh data either */
	vs_freeze_counter = 1;
	run_ms(45U);
	CHECK_EQ(pin_out[IO_ICU_DISPLAY_SPEED], 0);
}

static void test_dtc_list_from_all_ecus(void)
{
	power_up();
	all_on();
	run_ms(200U);
	CHECK_EQ(cluster().dtc_count, 0);
	send_dtc_event(VEHICLE_DBC_NODE_RZC, 0x0A1F00U, 0x2FU, 1U);  /* P0A1F confirmed */
	send_dtc_event(VEHICLE_DBC_NODE_FZC, 0x456100U, 0x27U, 1U);  /* C0561 pending */
	send_dtc_event(VEHICLE_DBC_NODE_RZC, 0x0A1F00U, 0x2EU, 1U);  /* same DTC, new status: no duplicate */
	run_ms(60U);
	CHECK_EQ(cluster().dtc_count, 2);
	CHECK_EQ(pin_out[IO_ICU_WARNING_TEXT], VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SERVICE_REQUIRED_CHOICE);
	const uint8_t rd[3] = {0x22U, 0xD1U, 0x01U};
	int n = request(0, rd, 3U);
	CHECK_EQ(n, 3 + 2 + 6 * 16);
	CHECK_EQ(t_resp[3], 2);                     /* count */
	CHECK_EQ(t_resp[4], 0);                     /* overflows */
	CHECK_EQ(t_resp[5], VEHICLE_DBC_NODE_RZC);  /* most recent first */
	CHECK_EQ(t_resp[6], 0x0A);
	CHECK_EQ(t_resp[7], 0x1F);
	CHECK_EQ(t_resp[9], 0x2E);
	CHECK_EQ(t_resp[11], VEHICLE_DBC_NODE_FZC);
	/* a warning-indicator DTC lights the system fault telltale */
	send_dtc_event(VEHICLE_DBC_NODE_SC, 0xC12300U, 0xAFU, 1U);
	run_ms(2U);
	CHECK_EQ(tt(TT_SYSFAULT), 1);
	/* cleared (status 0x50): gone */
	send_dtc_event(VEHICLE_DBC_NODE_SC, 0xC12300U, 0x50U, 0U);
	send_dtc_event(VEHICLE_DBC_NODE_RZC, 0x0A1F00U, 0x50U, 0U);
	run_ms(60U);
	CHECK_EQ(tt(TT_SYSFAULT), 0);
	CHECK_EQ(cluster().dtc_count, 1);
	/* bounded: 16 entries; the 17th pushes out the oldest and is counted */
	for (uint32_t i = 0U; i < 17U; i++) {
		send_dtc_event(VEHICLE_DBC_NODE_CVC, 0x010000U + (i << 8), 0x09U, 1U);
	}
	run_ms(60U);
	CHECK_EQ(cluster().dtc_count, 16);
	n = request(0, rd, 3U);
	CHECK_EQ(n, 3 + 2 + 6 * 16);
	CHECK_EQ(t_resp[4], 2); /* the FZC's C0561 and the first CVC one fell off */
	CHECK_EQ(t_resp[5 + 6 * 0 + 2], 0x10); /* newest: 0x011000 */
	/* garbage DtcEvents: short, EcuId out of range, DTC 0: ignored, counted, list unchanged */
	uint8_t shortf[3] = {0x01U, 0x02U, 0x03U};
	deliver(VEHICLE_DBC_DTC_EVENT_FRAME_ID, shortf, 3U);
	send_dtc_event(9U, 0x0A1F00U, 0x2FU, 1U);
	send_dtc_event(VEHICLE_DBC_NODE_CVC, 0U, 0x2FU, 1U);
	run_ms(2U);
	const uint8_t rc[3] = {0x22U, 0xD1U, 0xFEU};
	CHECK_EQ(request(0, rc, 3U), 23);
	CHECK_EQ(t_resp[3 + 15], 3); /* bad DtcEvents */
	CHECK_EQ(cluster().dtc_count, 16);
	/* routine 0x0202 clears the list (extended session) */
	CHECK_EQ(uds1(0x10U, 0x03U), 6);
	const uint8_t clr[4] = {0x31U, 0x01U, 0x02U, 0x02U};
	CHECK_EQ(request(0, clr, 4U), 4);
	run_ms(60U);
	CHECK_EQ(cluster().dtc_count, 0);
}

static void test_own_dtcs_uds_read_and_clear(void)
{
	power_up();
	all_on();
	run_ms(200U);
	/* the BCM goes silent: U0140-87 */
	lights_on = ind_on = doors_on = 0;
	run_ms(400U);
	const frame_t *f = last_frame(VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	CHECK(f != NULL);
	struct vehicle_dbc_dtc_event_t e;
	(void)vehicle_dbc_dtc_event_unpack(&e, f->data, f->len);
	CHECK_EQ(e.dtc_number, 0xC14087U);
	CHECK_EQ(e.ecu_id, NODE_ICU);
	CHECK_EQ(e.dtc_status & 0x0FU, 0x0FU);
	CHECK_EQ(e.occurrence_count, 1);
	CHECK_EQ(cluster().dtc_count, 1); /* its own DTC is on the list too */
	/* UDS 0x19 02: confirmed DTCs */
	const uint8_t r19[3] = {0x19U, 0x02U, 0x08U};
	CHECK_EQ(request(0, r19, 3U), 3 + 4);
	CHECK_EQ(t_resp[3], 0xC1);
	CHECK_EQ(t_resp[4], 0x40);
	CHECK_EQ(t_resp[5], 0x87);
	/* freeze frame: the speed and 12 V at the failure */
	const uint8_t r1904[6] = {0x19U, 0x04U, 0xC1U, 0x40U, 0x87U, 0x01U};
	int n = request(0, r1904, 6U);
	CHECK_EQ(n, 6 + 2 + 3 + 4);
	CHECK_EQ(t_resp[8], 0xF4);
	CHECK_EQ(t_resp[9], 0x0D);
	CHECK_EQ(t_resp[13], 13800 >> 8); /* 0xF442: 13.8 V in mV */
	CHECK_EQ(t_resp[14], 13800 & 0xFF);
	/* the heartbeat reports it */
	run_ms(500U);
	struct vehicle_dbc_heartbeat_icu_t h;
	f = last_frame(VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID);
	(void)vehicle_dbc_heartbeat_icu_unpack(&h, f->data, f->len);
	CHECK_EQ(h.active_dtc_count, 1);
	CHECK_EQ(h.fault_status & 0x04U, 0x04U);
	/* BCM back, then 0x14 clears: status 0x50 goes out and the list empties */
	lights_on = ind_on = doors_on = 1;
	run_ms(200U);
	const uint8_t r14[4] = {0x14U, 0xFFU, 0xFFU, 0xFFU};
	CHECK_EQ(request(0, r14, 4U), 1);
	CHECK_EQ(t_resp[0], 0x54);
	f = last_frame(VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	(void)vehicle_dbc_dtc_event_unpack(&e, f->data, f->len);
	CHECK_EQ(e.dtc_status, 0x50);
	run_ms(60U);
	CHECK_EQ(cluster().dtc_count, 0);
	/* DTC memory survives a reset (NVM) */
	lights_on = ind_on = doors_on = 0;
	run_ms(1500U);
	power_up_keep_nvm();
	all_on();
	run_ms(60U);
	CHECK_EQ(cluster().dtc_count, 1);
	CHECK_EQ(request(0, r19, 3U), 3 + 4);
}

static void test_uds_identification_and_vin(void)
{
	power_up();
	all_on();
	run_ms(100U);
	const uint8_t rvin[3] = {0x22U, 0xF1U, 0x90U};
	CHECK_EQ(request(0, rvin, 3U), 3 + 17);
	CHECK(memcmp(&t_resp[3], "ZBV1SVM0000000001", 17U) == 0);
	CHECK(uds_vin_valid(&t_resp[3], 17U)); /* the default VIN is one ISO 3779 allows */
	const uint8_t rsw[3] = {0x22U, 0xF1U, 0x95U};
	CHECK_EQ(request(0, rsw, 3U), 3 + 9);
	CHECK(memcmp(&t_resp[3], "ICU 1.0.0", 9U) == 0);
	/* functional tester present with suppressed response: nothing comes back */
	const uint8_t tp[2] = {0x3EU, 0x80U};
	CHECK_EQ(request(1, tp, 2U), -1);
	CHECK_EQ(uds1(0x3EU, 0x00U), 2);
	/* VIN write: default session refused, then extended + security */
	uint8_t w[20] = {0x2EU, 0xF1U, 0x90U};
	memcpy(&w[3], "WZB12345678901234", 17U);
	CHECK_EQ(request(0, w, 20U), 3);
	CHECK_EQ(t_resp[0], 0x7F);
	CHECK_EQ(t_resp[2], UDS_NRC_SNSIAS);
	unlock_extended();
	memcpy(&w[3], "WZB1234567890123I", 17U); /* I is not allowed in a VIN */
	CHECK_EQ(request(0, w, 20U), 3);
	CHECK_EQ(t_resp[2], UDS_NRC_ROOR);
	memcpy(&w[3], "WZB12345678901234", 17U);
	CHECK_EQ(request(0, w, 20U), 3);
	CHECK_EQ(t_resp[0], 0x6E);
	/* ECU reset: the new VIN comes from NVM */
	CHECK_EQ(uds1(0x11U, 0x01U), 2);
	run_ms(10U);
	CHECK_EQ(request(0, rvin, 3U), 3 + 17);
	CHECK(memcmp(&t_resp[3], "WZB12345678901234", 17U) == 0);
	/* a corrupt VIN block: the default, and the heartbeat says NVM */
	nvm_write(1U, (const uint8_t *)"garbage", 7U);
	power_up_keep_nvm();
	CHECK_EQ(request(0, rvin, 3U), 3 + 17);
	CHECK(memcmp(&t_resp[3], "ZBV1SVM0000000001", 17U) == 0);
	run_ms(600U);
	struct vehicle_dbc_heartbeat_icu_t h;
	const frame_t *f = last_frame(VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID);
	(void)vehicle_dbc_heartbeat_icu_unpack(&h, f->data, f->len);
	CHECK_EQ(h.fault_status & 0x40U, 0x40U);
}

static void test_lamp_test_routine(void)
{
	power_up();
	all_on();
	run_ms(200U);
	const uint8_t start[4] = {0x31U, 0x01U, 0x02U, 0x01U};
	CHECK_EQ(request(0, start, 4U), 3); /* default session: not allowed */
	CHECK_EQ(t_resp[2], UDS_NRC_SNSIAS);
	CHECK_EQ(uds1(0x10U, 0x03U), 6);
	CHECK_EQ(request(0, start, 4U), 4);
	run_ms(2U);
	CHECK_EQ(pin_out[IO_ICU_TELLTALES], 0xFFFF);
	const uint8_t res[4] = {0x31U, 0x03U, 0x02U, 0x01U};
	CHECK_EQ(request(0, res, 4U), 5);
	CHECK_EQ(t_resp[4], 1);
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_ICU_TELLTALES], 1 << TT_READY);
	CHECK_EQ(request(0, res, 4U), 5);
	CHECK_EQ(t_resp[4], 0);
	/* stop ends it at once */
	CHECK_EQ(request(0, start, 4U), 4);
	const uint8_t stop[4] = {0x31U, 0x02U, 0x02U, 0x01U};
	CHECK_EQ(request(0, stop, 4U), 4);
	run_ms(2U);
	CHECK_EQ(pin_out[IO_ICU_TELLTALES], 1 << TT_READY);
}

static void test_garbage_frames(void)
{
	power_up();
	all_on();
	run_ms(200U);
	static const uint8_t junk[64] = {0x10U, 0xFFU, 0x22U, 0xF1U, 0x90U, 0xAAU, 0x55U, 0x01U};
	/* every receive ID with every DLC, unknown IDs, FD, RTR, extended */
	static const uint32_t ids[] = {
		VEHICLE_DBC_E_STOP_FRAME_ID,        VEHICLE_DBC_VEHICLE_STATE_FRAME_ID,  VEHICLE_DBC_MOTOR_STATUS_FRAME_ID,
		VEHICLE_DBC_MOTOR_TEMP_FRAME_ID,    VEHICLE_DBC_BATTERY_STATUS_FRAME_ID, VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID,
		VEHICLE_DBC_SAFETY_STATUS_FRAME_ID, VEHICLE_DBC_FRONT_DISTANCE_FRAME_ID, VEHICLE_DBC_BRAKE_FAULT_FRAME_ID,
		VEHICLE_DBC_LIGHTS_FRAME_ID,        VEHICLE_DBC_INDICATORS_FRAME_ID,     VEHICLE_DBC_DOORS_FRAME_ID,
		VEHICLE_DBC_DTC_EVENT_FRAME_ID,     REQ_ID,                              FUNC_ID,
		0x7FFU,                             0x123U,                              0x000U};
	for (size_t i = 0U; i < sizeof ids / sizeof ids[0]; i++) {
		for (uint8_t len = 0U; len <= 8U; len++) {
			deliver(ids[i], junk, len);
		}
		ecu_can_rx(ids[i], 0U, 15U, junk);              /* DLC 15 on classic CAN */
		ecu_can_rx(ids[i], CAN_FLAG_FD, 15U, junk);     /* 64 bytes FD */
		ecu_can_rx(ids[i], CAN_FLAG_RTR, 8U, junk);
		ecu_can_rx(ids[i], CAN_FLAG_EXT, 8U, junk);
		ecu_can_rx(ids[i], 0U, 200U, junk);             /* nonsense DLC */
		ecu_can_rx(ids[i], 0U, 8U, NULL);
		tick();
	}
	run_ms(300U);
	/* still alive and answering */
	const uint8_t rc[3] = {0x22U, 0xD1U, 0xFEU};
	CHECK_EQ(request(0, rc, 3U), 23);
	uint32_t filtered = ((uint32_t)t_resp[3] << 24) | ((uint32_t)t_resp[4] << 16) | ((uint32_t)t_resp[5] << 8) | t_resp[6];
	uint32_t bad_dlc = ((uint32_t)t_resp[7] << 24) | ((uint32_t)t_resp[8] << 16) | ((uint32_t)t_resp[9] << 8) | t_resp[10];
	uint32_t bad_diag = ((uint32_t)t_resp[11] << 24) | ((uint32_t)t_resp[12] << 16) | ((uint32_t)t_resp[13] << 8) | t_resp[14];
	CHECK(filtered > 0U);
	CHECK(bad_dlc > 0U);
	CHECK_EQ(bad_diag, 2U * 5U); /* DLC 15, FD, RTR, DLC 200, NULL on both diagnostic IDs */
	struct vehicle_dbc_cluster_display_t m = cluster();
	CHECK(m.displayed_soc <= 100U);
	CHECK(bus_lost == 0U);
}

static void test_watchdog_reset_after_hang(void)
{
	power_up();
	all_on();
	run_ms(1000U);
	/* the host stops calling the 1 ms task for 200 ms (a hung ECU), then resumes */
	now += 200000U;
	run_ms(600U);
	struct vehicle_dbc_heartbeat_icu_t h;
	const frame_t *f = last_frame(VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID);
	(void)vehicle_dbc_heartbeat_icu_unpack(&h, f->data, f->len);
	CHECK_EQ(h.fault_status & 0x20U, 0x20U);
	/* a normal run never trips it */
	power_up();
	all_on();
	run_ms(3000U);
	f = last_frame(VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID);
	(void)vehicle_dbc_heartbeat_icu_unpack(&h, f->data, f->len);
	CHECK_EQ(h.fault_status & 0x20U, 0);
}

static void test_same_inputs_same_frames(void)
{
	static frame_t first[HARNESS_MAX_FRAMES];
	unsigned n1 = 0U;
	for (int run = 0; run < 2; run++) {
		power_up();
		all_on();
		for (unsigned t = 0U; t < 3000U; t++) {
			vs.vehicle_speed = (uint16_t)(t * 4U);
			batt.pack_current = (int16_t)t;
			tick();
		}
		if (run == 0) {
			memcpy(first, bus, sizeof bus);
			n1 = bus_n;
		}
	}
	CHECK_EQ(bus_n, n1);
	CHECK(memcmp(first, bus, bus_n * sizeof bus[0]) == 0);
}

int main(void)
{
	RUN(test_abi);
	RUN(test_cyclic_frames_at_dbc_periods);
	RUN(test_displayed_speed_r39_band);
	RUN(test_speed_filter_smooths_a_step);
	RUN(test_speed_source_fallback_and_loss);
	RUN(test_vehicle_state_timeout_edge);
	RUN(test_soc_display_edges);
	RUN(test_power_and_gear);
	RUN(test_ready_and_body_telltales);
	RUN(test_fault_telltales);
	RUN(test_warning_priority);
	RUN(test_e2e_failures);
	RUN(test_dtc_list_from_all_ecus);
	RUN(test_own_dtcs_uds_read_and_clear);
	RUN(test_uds_identification_and_vin);
	RUN(test_lamp_test_routine);
	RUN(test_garbage_frames);
	RUN(test_watchdog_reset_after_hang);
	RUN(test_same_inputs_same_frames);
	return UNIT_END();
}
