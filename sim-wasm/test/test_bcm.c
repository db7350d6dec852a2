// sources: ecu/bcm/*.c bsw/*.c gen/*.c
/*
 * BCM firmware through its ABI: the test is the host. ecu_harness.h provides the ABI imports; the test drives
 * ecu_tick every 1 ms of virtual time, plays the CVC/RZC by sending frames packed with the generated code (and
 * E2E), and reads the BCM's frames back with the generated unpack.
 */
#include <string.h>

#include "e2e.h"
#include "ecu_abi.h"
#include "io_channels.h"
#include "unit.h"
#include "vehicle_dbc.h"

/* ---- the host ---- */
#define HARNESS_MAX_FRAMES 4096U
#include "ecu_harness.h"

/* ---- the other ECUs, as far as the BCM hears them ---- */
static int cvc_on;             /* send VehicleState every 10 ms */
static uint16_t cvc_speed;     /* 0.01 km/h */
static uint8_t cvc_mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
static uint8_t cvc_gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE;
static uint8_t cvc_brake;
static int estop_on;           /* send EStop Active=1 every 10 ms */
static int estop_corrupt;      /* ...with a broken CRC */
static int rzc_on;             /* send WheelSpeeds every 10 ms */
static uint16_t rzc_wheel;
static int body_on;            /* send BodyCommand every 100 ms */
static struct vehicle_dbc_body_command_t body;
static e2e_p1_protect_state_t vs_e2e, es_e2e;

static void send_vehicle_state(void)
{
	struct vehicle_dbc_vehicle_state_t v;
	memset(&v, 0, sizeof v);
	v.mode = cvc_mode;
	v.gear = cvc_gear;
	v.brake_pedal_pressed = cvc_brake;
	v.vehicle_speed = cvc_speed;
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
	if (estop_corrupt) {
		d[1] ^= 0x01U;
	}
	deliver(VEHICLE_DBC_E_STOP_FRAME_ID, d, (uint8_t)n);
}

static void send_wheels(void)
{
	struct vehicle_dbc_wheel_speeds_t w = {rzc_wheel, rzc_wheel, rzc_wheel, rzc_wheel};
	uint8_t d[8] = {0};
	int n = vehicle_dbc_wheel_speeds_pack(d, &w, sizeof d);
	deliver(VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID, d, (uint8_t)n);
}

static void send_body(void)
{
	uint8_t d[8] = {0};
	body.body_cmd_counter = (uint8_t)((body.body_cmd_counter + 1U) & 0x0FU);
	int n = vehicle_dbc_body_command_pack(d, &body, sizeof d);
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

/* a new part: NVM erased too, so stored DTCs of an earlier run cannot change what this one sends */
static void power_up(void)
{
	host_erase_nvm();
	host_reset();
	pin_in[IO_BCM_AMBIENT_LUX] = 20000; /* daylight */
	pin_in[IO_BCM_LIGHT_SWITCH] = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE;
	cvc_on = 0;
	cvc_speed = 0U;
	cvc_mode = VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE;
	cvc_gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE;
	cvc_brake = 0U;
	estop_on = 0;
	estop_corrupt = 0;
	rzc_on = 0;
	rzc_wheel = 0U;
	body_on = 0;
	memset(&body, 0, sizeof body);
	ecu_init(42U);
	tick();
}

HARNESS_LAST(last_indicators, indicators, INDICATORS)

HARNESS_LAST(last_doors, doors, DOORS)

HARNESS_LAST(last_lights, lights, LIGHTS)

/* ---- tests ---- */

static void test_abi(void)
{
	CHECK_EQ(abi_version(), ECU_ABI_VERSION);
	CHECK(ecu_rx_buffer() != NULL);
}

static void test_cyclic_frames_at_dbc_periods(void)
{
	power_up();
	run_ms(100U); /* let power-up events pass */
	unsigned from = bus_n;
	run_ms(2000U);
	static const struct {
		uint32_t id;
		uint32_t cycle_ms;
		uint8_t len;
	} tx[] = {
		{VEHICLE_DBC_LIGHTS_FRAME_ID, VEHICLE_DBC_LIGHTS_CYCLE_TIME_MS, VEHICLE_DBC_LIGHTS_LENGTH},
		{VEHICLE_DBC_INDICATORS_FRAME_ID, VEHICLE_DBC_INDICATORS_CYCLE_TIME_MS, VEHICLE_DBC_INDICATORS_LENGTH},
		{VEHICLE_DBC_DOORS_FRAME_ID, VEHICLE_DBC_DOORS_CYCLE_TIME_MS, VEHICLE_DBC_DOORS_LENGTH},
		{VEHICLE_DBC_HEARTBEAT_BCM_FRAME_ID, VEHICLE_DBC_HEARTBEAT_BCM_CYCLE_TIME_MS, VEHICLE_DBC_HEARTBEAT_BCM_LENGTH},
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
		CHECK_EQ(n, 2000U / tx[k].cycle_ms);
		CHECK_EQ(bad_gap, 0);
		CHECK_EQ(bad_len, 0);
		total += n;
	}
	CHECK_EQ(bus_n - from, total); /* nothing else on the bus while nothing changes */
}

static void test_heartbeat_content(void)
{
	power_up();
	run_ms(1600U);
	unsigned seen = 0U;
	unsigned counter_ok = 0U;
	int prev = -1;
	for (unsigned i = 0U; i < bus_n; i++) {
		if (bus[i].id != VEHICLE_DBC_HEARTBEAT_BCM_FRAME_ID) {
			continue;
		}
		struct vehicle_dbc_heartbeat_bcm_t h;
		CHECK_EQ(vehicle_dbc_heartbeat_bcm_unpack(&h, bus[i].data, bus[i].len), 0);
		CHECK_EQ(h.ecu_id, VEHICLE_DBC_NODE_BCM);
		CHECK_EQ(h.mode, VEHICLE_DBC_HEARTBEAT_BCM_MODE_RUN_CHOICE);
		/* no CVC on the bus: once VehicleState's deadline has passed the BCM reports a communication fault */
		if (bus[i].t_us > bus[0].t_us + 3U * VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS * 1000U) {
			CHECK_EQ(h.fault_status & 0x04U, 0x04U);
		}
		if ((prev < 0) || (h.alive_counter == (uint8_t)((prev + 1) & 0x0F))) {
			counter_ok++;
		}
		prev = h.alive_counter;
		seen++;
	}
	CHECK(seen >= 3U);
	CHECK_EQ(counter_ok, seen);
}

/* Measures on/off durations of an output over a window; returns the number of complete on pulses. */
static unsigned flash_pulses(uint32_t channel, unsigned ms, unsigned *bad_on, unsigned *bad_off)
{
	unsigned pulses = 0U;
	int level = pin_out[channel];
	unsigned since = 0U;
	int seen_edge = 0;
	*bad_on = 0U;
	*bad_off = 0U;
	for (unsigned t = 1U; t <= ms; t++) {
		tick();
		if (pin_out[channel] != level) {
			if (seen_edge) {
				/* 1.5 Hz: 333.3 ms per phase; on a 1 ms tick that is 333 or 334 ms */
				if ((since < 333U) || (since > 334U)) {
					if (level != 0) {
						(*bad_on)++;
					} else {
						(*bad_off)++;
					}
				}
				pulses += (level != 0) ? 1U : 0U;
			}
			seen_edge = 1;
			level = pin_out[channel];
			since = 0U;
		}
		since++;
	}
	return pulses;
}

static void test_turn_left_flashes_at_1_5_hz(void)
{
	power_up();
	pin_in[IO_BCM_TURN_STALK] = VEHICLE_DBC_BODY_COMMAND_INDICATOR_SWITCH_LEFT_CHOICE;
	run_ms(25U); /* switch debounce */
	CHECK_EQ(pin_out[IO_BCM_TURN_LEFT_LAMP], 1); /* lit at once */
	unsigned bad_on;
	unsigned bad_off;
	unsigned pulses = flash_pulses(IO_BCM_TURN_LEFT_LAMP, 6000U, &bad_on, &bad_off);
	/* 6 s at 1.5 Hz = 9 periods */
	CHECK(pulses >= 8U && pulses <= 9U);
	CHECK_EQ(bad_on, 0);
	CHECK_EQ(bad_off, 0);
	CHECK_EQ(pin_out[IO_BCM_TURN_RIGHT_LAMP], 0);
	/* the frame follows the lamp within the same tick */
	struct vehicle_dbc_indicators_t m = last_indicators();
	CHECK_EQ(m.indicator_state, VEHICLE_DBC_INDICATORS_INDICATOR_STATE_LEFT_CHOICE);
	CHECK_EQ(m.left_lamp_on, pin_out[IO_BCM_TURN_LEFT_LAMP]);
	CHECK_EQ(m.right_lamp_on, 0);
	/* over a long run the phase does not drift: 60 s = exactly 90 periods */
	uint64_t start = now;
	unsigned rising = 0U;
	int level = pin_out[IO_BCM_TURN_LEFT_LAMP];
	while (now - start < 60000000U) {
		tick();
		if ((pin_out[IO_BCM_TURN_LEFT_LAMP] != 0) && (level == 0)) {
			rising++;
		}
		level = pin_out[IO_BCM_TURN_LEFT_LAMP];
	}
	CHECK_EQ(rising, 90);
	pin_in[IO_BCM_TURN_STALK] = 0;
	run_ms(25U);
	CHECK_EQ(pin_out[IO_BCM_TURN_LEFT_LAMP], 0);
	CHECK_EQ(last_indicators().indicator_state, VEHICLE_DBC_INDICATORS_INDICATOR_STATE_OFF_CHOICE);
}

static void test_hazard_switch_flashes_both(void)
{
	power_up();
	pin_in[IO_BCM_HAZARD_SWITCH] = 1;
	pin_in[IO_BCM_TURN_STALK] = VEHICLE_DBC_BODY_COMMAND_INDICATOR_SWITCH_RIGHT_CHOICE; /* hazard wins */
	run_ms(25U);
	unsigned together = 0U;
	unsigned on_ticks = 0U;
	for (unsigned t = 0U; t < 2000U; t++) {
		tick();
		together += (pin_out[IO_BCM_TURN_LEFT_LAMP] == pin_out[IO_BCM_TURN_RIGHT_LAMP]) ? 1U : 0U;
		on_ticks += (pin_out[IO_BCM_TURN_LEFT_LAMP] != 0) ? 1U : 0U;
	}
	CHECK_EQ(together, 2000);
	CHECK(on_ticks >= 990U && on_ticks <= 1010U); /* 50 % duty */
	struct vehicle_dbc_indicators_t m = last_indicators();
	CHECK_EQ(m.indicator_state, VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE);
	CHECK_EQ(m.hazard_reason, VEHICLE_DBC_INDICATORS_HAZARD_REASON_SWITCH_CHOICE);
}

static void test_hazards_on_estop_from_bus(void)
{
	power_up();
	cvc_on = 1;
	run_ms(100U);
	CHECK_EQ(last_indicators().indicator_state, VEHICLE_DBC_INDICATORS_INDICATOR_STATE_OFF_CHOICE);
	/* a corrupted EStop frame is not believed */
	estop_on = 1;
	estop_corrupt = 1;
	run_ms(100U);
	CHECK_EQ(last_indicators().indicator_state, VEHICLE_DBC_INDICATORS_INDICATOR_STATE_OFF_CHOICE);
	estop_corrupt = 0;
	run_ms(11U); /* the next good frame */
	struct vehicle_dbc_indicators_t m = last_indicators();
	CHECK_EQ(m.indicator_state, VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE);
	CHECK_EQ(m.hazard_reason, VEHICLE_DBC_INDICATORS_HAZARD_REASON_ESTOP_CHOICE);
	unsigned bad_on;
	unsigned bad_off;
	CHECK(flash_pulses(IO_BCM_TURN_RIGHT_LAMP, 2000U, &bad_on, &bad_off) >= 2U);
	CHECK_EQ(bad_on + bad_off, 0);
	/* E-stop released: the CVC stops repeating the frame; the hazards stop after the deadline */
	estop_on = 0;
	run_ms(3U * VEHICLE_DBC_E_STOP_CYCLE_TIME_MS + 5U);
	CHECK_EQ(last_indicators().indicator_state, VEHICLE_DBC_INDICATORS_INDICATOR_STATE_OFF_CHOICE);
	CHECK_EQ(pin_out[IO_BCM_TURN_LEFT_LAMP], 0);
	/* the vehicle in SAFE_STOP keeps the hazards on */
	cvc_mode = VEHICLE_DBC_VEHICLE_STATE_MODE_SAFE_STOP_CHOICE;
	run_ms(20U);
	CHECK_EQ(last_indicators().hazard_reason, VEHICLE_DBC_INDICATORS_HAZARD_REASON_SAFE_STOP_CHOICE);
}

static void test_auto_headlamps_hysteresis_and_delay(void)
{
	power_up();
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 0);
	pin_in[IO_BCM_AMBIENT_LUX] = 500; /* dusk */
	run_ms(900U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 0); /* not before the delay */
	run_ms(200U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 1);
	CHECK_EQ(pin_out[IO_BCM_TAIL_LAMP], 1);
	struct vehicle_dbc_lights_t l = last_lights();
	CHECK_EQ(l.headlamp_state, VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_LOW_CHOICE);
	CHECK_EQ(l.headlamp_auto, 1);
	CHECK_EQ(l.ambient_light, 500);
	/* between the thresholds: stays on however long */
	pin_in[IO_BCM_AMBIENT_LUX] = 1500;
	run_ms(20000U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 1);
	/* a short bright spell does not switch off */
	pin_in[IO_BCM_AMBIENT_LUX] = 30000;
	run_ms(4000U);
	pin_in[IO_BCM_AMBIENT_LUX] = 1500;
	run_ms(2000U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 1);
	/* sustained daylight does */
	pin_in[IO_BCM_AMBIENT_LUX] = 30000;
	run_ms(4900U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 1);
	run_ms(200U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 0);
	CHECK_EQ(last_lights().headlamp_state, VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE);
	/* full sun is plausible, not a sensor fault */
	pin_in[IO_BCM_AMBIENT_LUX] = 120000;
	run_ms(2U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 0);
	CHECK_EQ(last_lights().ambient_light, 65535); /* the signal saturates */
	/* broken sensor in AUTO: lamps on */
	pin_in[IO_BCM_AMBIENT_LUX] = -1;
	run_ms(2U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 1);
}

static void test_light_switch_positions(void)
{
	power_up();
	pin_in[IO_BCM_AMBIENT_LUX] = 10; /* night */
	pin_in[IO_BCM_LIGHT_SWITCH] = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_OFF_CHOICE;
	run_ms(3000U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 0);
	pin_in[IO_BCM_AMBIENT_LUX] = 50000; /* day */
	pin_in[IO_BCM_LIGHT_SWITCH] = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_LOW_CHOICE;
	run_ms(30U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 1);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_HIGH], 0);
	pin_in[IO_BCM_LIGHT_SWITCH] = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_HIGH_CHOICE;
	run_ms(30U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_HIGH], 1);
	CHECK_EQ(last_lights().headlamp_state, VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE);
	/* BodyCommand from the CVC takes over the stalk while it is received */
	body_on = 1;
	body.headlamp_switch = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_OFF_CHOICE;
	run_ms(150U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_LOW], 0);
	/* the CVC goes silent: back to the wired switch after the deadline */
	body_on = 0;
	run_ms(3U * VEHICLE_DBC_BODY_COMMAND_CYCLE_TIME_MS + 50U);
	CHECK_EQ(pin_out[IO_BCM_HEADLAMP_HIGH], 1);
}

static void test_brake_and_reverse_lamps_follow_vehicle_state(void)
{
	power_up();
	cvc_on = 1;
	cvc_brake = 1U;
	cvc_gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_R_CHOICE;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_BCM_BRAKE_LAMP], 1);
	CHECK_EQ(pin_out[IO_BCM_REVERSE_LAMP], 1);
	CHECK_EQ(last_lights().brake_lamp, 1);
	cvc_brake = 0U;
	cvc_gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_BCM_BRAKE_LAMP], 0);
	CHECK_EQ(pin_out[IO_BCM_REVERSE_LAMP], 0);
}

static void test_auto_lock_above_10_kmh(void)
{
	power_up();
	cvc_on = 1;
	cvc_speed = 1000U; /* exactly 10.00 km/h: not above */
	run_ms(500U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 0);
	CHECK_EQ(last_doors().door_lock_state, VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_UNLOCKED_CHOICE);
	cvc_speed = 1001U;
	run_ms(20U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 1);
	struct vehicle_dbc_doors_t d = last_doors();
	CHECK_EQ(d.door_lock_state, VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_LOCKED_CHOICE);
	CHECK_EQ(d.lock_reason, VEHICLE_DBC_DOORS_LOCK_REASON_AUTO_SPEED_CHOICE);
	/* the driver unlocks while driving: not re-locked at once */
	cvc_speed = 2500U;
	pin_in[IO_BCM_LOCK_BUTTON] = VEHICLE_DBC_BODY_COMMAND_DOOR_LOCK_REQ_UNLOCK_CHOICE;
	run_ms(30U);
	pin_in[IO_BCM_LOCK_BUTTON] = 0;
	run_ms(1000U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 0);
	CHECK_EQ(last_doors().lock_reason, VEHICLE_DBC_DOORS_LOCK_REASON_DRIVER_CHOICE);
	/* slowing below the re-arm speed and speeding up again locks again */
	cvc_speed = 500U;
	run_ms(50U);
	cvc_speed = 1500U;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 1);
	/* disabled by the driver setting in BodyCommand */
	power_up();
	cvc_on = 1;
	body_on = 1;
	body.auto_lock_enable = 0U;
	run_ms(200U);
	cvc_speed = 3000U;
	run_ms(200U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 0);
}

static void test_speed_from_wheel_speeds_without_cvc(void)
{
	power_up();
	rzc_on = 1;
	rzc_wheel = 1200U;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 1);
	/* no speed source at all: no locking on a guess */
	power_up();
	run_ms(500U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 0);
}

static void test_safety_unlock_on_estop_at_standstill(void)
{
	power_up();
	cvc_on = 1;
	cvc_speed = 3000U;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 1);
	estop_on = 1;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 1); /* still moving: stay locked */
	cvc_speed = 0U;
	run_ms(50U);
	CHECK_EQ(pin_out[IO_BCM_DOOR_LOCK], 0);
	CHECK_EQ(last_doors().lock_reason, VEHICLE_DBC_DOORS_LOCK_REASON_SAFETY_UNLOCK_CHOICE);
}

static void test_door_open_inputs_reported(void)
{
	power_up();
	pin_in[IO_BCM_DOOR_OPEN_FR] = 1;
	pin_in[IO_BCM_DOOR_OPEN_RL] = 1;
	run_ms(30U);
	struct vehicle_dbc_doors_t d = last_doors();
	CHECK_EQ(d.door_open_fl, 0);
	CHECK_EQ(d.door_open_fr, 1);
	CHECK_EQ(d.door_open_rl, 1);
	CHECK_EQ(d.door_open_rr, 0);
}

static void test_same_inputs_same_frames(void)
{
	/* determinism: two runs with the same inputs put identical bytes on the bus at identical times */
	static frame_t first[HARNESS_MAX_FRAMES];
	unsigned n1 = 0U;
	for (int run = 0; run < 2; run++) {
		power_up();
		cvc_on = 1;
		pin_in[IO_BCM_HAZARD_SWITCH] = 1;
		for (unsigned t = 0U; t < 1500U; t++) {
			cvc_speed = (uint16_t)(t * 2U);
			pin_in[IO_BCM_AMBIENT_LUX] = (int32_t)(20000U - t * 13U);
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
	RUN(test_heartbeat_content);
	RUN(test_turn_left_flashes_at_1_5_hz);
	RUN(test_hazard_switch_flashes_both);
	RUN(test_hazards_on_estop_from_bus);
	RUN(test_auto_headlamps_hysteresis_and_delay);
	RUN(test_light_switch_positions);
	RUN(test_brake_and_reverse_lamps_follow_vehicle_state);
	RUN(test_auto_lock_above_10_kmh);
	RUN(test_speed_from_wheel_speeds_without_cvc);
	RUN(test_safety_unlock_on_estop_at_standstill);
	RUN(test_door_open_inputs_reported);
	RUN(test_same_inputs_same_frames);
	return UNIT_END();
}
