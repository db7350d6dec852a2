/*
 * BCM firmware image: the ECU ABI exports (ecu_abi.h) wired to the basic software and bcm_app.
 * Per tick: sample inputs, read the received messages, run the application, drive the outputs, then let
 * COM send what is due and canif retry what the controller refused.
 */
#include <string.h>

#include "bcm_app.h"
#include "canif.h"
#include "com.h"
#include "ecu_abi.h"
#include "io.h"
#include "io_channels.h"
#include "ports_abi.h"
#include "vehicle_dbc.h"

#define BCM_US_PER_MS 1000U
/* A cyclic message is lost after three missed periods; an E2E receiver tolerates one lost frame. */
#define BCM_RX_TIMEOUT(cycle_ms) ((uint16_t)(3U * (cycle_ms)))
#define BCM_E2E_MAX_DELTA 2U
/* BodyCommand carries a counter but no CRC: this many frames with an unchanged counter mean a frozen sender. */
#define BCM_BODY_FROZEN_FRAMES 3U

/* ---- inputs ---- */
enum {
	BCM_IN_LUX,
	BCM_IN_LIGHT_SWITCH,
	BCM_IN_TURN_STALK,
	BCM_IN_HAZARD,
	BCM_IN_DOOR_FL,
	BCM_IN_DOOR_FR,
	BCM_IN_DOOR_RL,
	BCM_IN_DOOR_RR,
	BCM_IN_LOCK_BUTTON,
	BCM_IN_COUNT
};

static const io_input_cfg_t bcm_inputs_cfg[BCM_IN_COUNT] = {
	[BCM_IN_LUX] = {IO_BCM_AMBIENT_LUX, 0, 200000, 0, 0U},
	[BCM_IN_LIGHT_SWITCH] = {IO_BCM_LIGHT_SWITCH, 0, 3, VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE, 20U},
	[BCM_IN_TURN_STALK] = {IO_BCM_TURN_STALK, 0, 2, 0, 20U},
	[BCM_IN_HAZARD] = {IO_BCM_HAZARD_SWITCH, 0, 1, 0, 20U},
	[BCM_IN_DOOR_FL] = {IO_BCM_DOOR_OPEN_FL, 0, 1, 0, 20U},
	[BCM_IN_DOOR_FR] = {IO_BCM_DOOR_OPEN_FR, 0, 1, 0, 20U},
	[BCM_IN_DOOR_RL] = {IO_BCM_DOOR_OPEN_RL, 0, 1, 0, 20U},
	[BCM_IN_DOOR_RR] = {IO_BCM_DOOR_OPEN_RR, 0, 1, 0, 20U},
	[BCM_IN_LOCK_BUTTON] = {IO_BCM_LOCK_BUTTON, 0, 2, 0, 20U},
};
static const io_config_t bcm_io_cfg = {&io_port_abi, bcm_inputs_cfg, BCM_IN_COUNT};

/* ---- communication ---- */
static bcm_outputs_t bcm_out;
static bcm_inputs_t bcm_in;
static uint8_t bcm_hb_counter;
static uint8_t bcm_fault_status;

static int bcm_pack_lights(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_lights_t m;
	(void)memset(&m, 0, sizeof m);
	m.headlamp_state = bcm_out.headlamp_state;
	m.headlamp_auto = bcm_out.headlamp_auto ? 1U : 0U;
	m.brake_lamp = bcm_out.brake_lamp ? 1U : 0U;
	m.reverse_lamp = bcm_out.reverse_lamp ? 1U : 0U;
	m.tail_lamp = bcm_out.tail_lamp ? 1U : 0U;
	m.ambient_light = (bcm_in.ambient_fault || (bcm_in.ambient_lux < 0)) ? 0U
	                  : (bcm_in.ambient_lux > 65535) ? 65535U
	                                                 : (uint16_t)bcm_in.ambient_lux;
	return vehicle_dbc_lights_pack(dst, &m, size);
}

static int bcm_pack_indicators(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_indicators_t m;
	(void)memset(&m, 0, sizeof m);
	m.indicator_state = bcm_out.indicator_state;
	m.left_lamp_on = bcm_out.left_lamp ? 1U : 0U;
	m.right_lamp_on = bcm_out.right_lamp ? 1U : 0U;
	m.hazard_reason = bcm_out.hazard_reason;
	return vehicle_dbc_indicators_pack(dst, &m, size);
}

static int bcm_pack_doors(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_doors_t m;
	(void)memset(&m, 0, sizeof m);
	m.door_lock_state = bcm_out.lock_state;
	m.lock_reason = bcm_out.lock_reason;
	m.door_open_fl = bcm_in.door_open[0] ? 1U : 0U;
	m.door_open_fr = bcm_in.door_open[1] ? 1U : 0U;
	m.door_open_rl = bcm_in.door_open[2] ? 1U : 0U;
	m.door_open_rr = bcm_in.door_open[3] ? 1U : 0U;
	return vehicle_dbc_doors_pack(dst, &m, size);
}

static int bcm_pack_heartbeat(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_heartbeat_bcm_t m;
	(void)memset(&m, 0, sizeof m);
	m.alive_counter = bcm_hb_counter;
	m.ecu_id = VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_BCM_CHOICE;
	m.mode = VEHICLE_DBC_HEARTBEAT_BCM_MODE_RUN_CHOICE;
	m.fault_status = bcm_fault_status;
	m.active_dtc_count = 0U;
	int n = vehicle_dbc_heartbeat_bcm_pack(dst, &m, size);
	bcm_hb_counter = (uint8_t)((bcm_hb_counter + 1U) & 0x0FU);
	return n;
}

enum { BCM_TX_LIGHTS, BCM_TX_INDICATORS, BCM_TX_DOORS, BCM_TX_HEARTBEAT, BCM_TX_COUNT };

/* Offsets spread the BCM's frames over different milliseconds of the 100 ms grid. */
static const com_tx_cfg_t bcm_tx_cfg[BCM_TX_COUNT] = {
	[BCM_TX_LIGHTS] = {VEHICLE_DBC_LIGHTS_FRAME_ID, VEHICLE_DBC_LIGHTS_LENGTH, VEHICLE_DBC_LIGHTS_CYCLE_TIME_MS, 1U,
	                   0U, 0U, bcm_pack_lights},
	[BCM_TX_INDICATORS] = {VEHICLE_DBC_INDICATORS_FRAME_ID, VEHICLE_DBC_INDICATORS_LENGTH,
	                       VEHICLE_DBC_INDICATORS_CYCLE_TIME_MS, 2U, 0U, 0U, bcm_pack_indicators},
	[BCM_TX_DOORS] = {VEHICLE_DBC_DOORS_FRAME_ID, VEHICLE_DBC_DOORS_LENGTH, VEHICLE_DBC_DOORS_CYCLE_TIME_MS, 3U, 0U,
	                  0U, bcm_pack_doors},
	[BCM_TX_HEARTBEAT] = {VEHICLE_DBC_HEARTBEAT_BCM_FRAME_ID, VEHICLE_DBC_HEARTBEAT_BCM_LENGTH,
	                      VEHICLE_DBC_HEARTBEAT_BCM_CYCLE_TIME_MS, 4U, 0U, 0U, bcm_pack_heartbeat},
};

/* X-macro: one line per received message gives both the canif filter and the COM table, so they cannot
 * disagree. (name, DBC macro prefix, e2e, timeout) */
#define BCM_RX_LIST(X)                                                                                   \
	X(BCM_RX_ESTOP, VEHICLE_DBC_E_STOP, 1U, BCM_RX_TIMEOUT(VEHICLE_DBC_E_STOP_CYCLE_TIME_MS))               \
	X(BCM_RX_VEHICLE_STATE, VEHICLE_DBC_VEHICLE_STATE, 1U,                                               \
	  BCM_RX_TIMEOUT(VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS))                                           \
	X(BCM_RX_WHEEL_SPEEDS, VEHICLE_DBC_WHEEL_SPEEDS, 0U, BCM_RX_TIMEOUT(VEHICLE_DBC_WHEEL_SPEEDS_CYCLE_TIME_MS)) \
	X(BCM_RX_BODY_COMMAND, VEHICLE_DBC_BODY_COMMAND, 0U, BCM_RX_TIMEOUT(VEHICLE_DBC_BODY_COMMAND_CYCLE_TIME_MS))

#define BCM_RX_ENUM(name, msg, e2e, timeout) name,
enum { BCM_RX_LIST(BCM_RX_ENUM) BCM_RX_COUNT };

#define BCM_E2E_ID_0U(msg) 0U
#define BCM_E2E_ID_1U(msg) msg##_E2E_DATA_ID
#define BCM_E2E_ID(e2e, msg) BCM_E2E_ID_##e2e(msg)
#define BCM_RX_COM(name, msg, e2e, timeout) \
	[name] = {msg##_FRAME_ID, msg##_LENGTH, timeout, e2e, BCM_E2E_ID(e2e, msg), BCM_E2E_MAX_DELTA},
static const com_rx_cfg_t bcm_rx_cfg[BCM_RX_COUNT] = {BCM_RX_LIST(BCM_RX_COM)};

#define BCM_RX_CANIF(name, msg, e2e, timeout) {msg##_FRAME_ID, (uint8_t)msg##_IS_EXTENDED, name},
static const canif_rx_entry_t bcm_canif_rx[BCM_RX_COUNT] = {BCM_RX_LIST(BCM_RX_CANIF)};

static const com_config_t bcm_com_cfg = {bcm_tx_cfg, BCM_TX_COUNT, bcm_rx_cfg, BCM_RX_COUNT};
static const canif_config_t bcm_canif_cfg = {&canif_port_abi, bcm_canif_rx, BCM_RX_COUNT, com_rx_indication};

/* ---- state between ticks ---- */
static uint8_t bcm_rx_buf[ECU_RX_BUFFER_SIZE];
static bool bcm_started;
static uint64_t bcm_last_us;
static uint8_t bcm_prev_lock_button;
static uint8_t bcm_prev_lock_req;
static uint8_t bcm_body_counter;
static uint8_t bcm_body_frozen;
static bcm_outputs_t bcm_sent;
static uint8_t bcm_sent_doors;

uint32_t abi_version(void)
{
	return ECU_ABI_VERSION;
}

void ecu_init(uint32_t seed)
{
	(void)seed; /* the BCM has no randomised behaviour */
	canif_init(&bcm_canif_cfg);
	(void)io_init(&bcm_io_cfg);
	bcm_app_init();
	(void)memset(&bcm_in, 0, sizeof bcm_in);
	(void)memset(&bcm_out, 0, sizeof bcm_out);
	(void)memset(&bcm_sent, 0, sizeof bcm_sent);
	bcm_sent_doors = 0U;
	bcm_hb_counter = 0U;
	bcm_fault_status = 0U;
	bcm_started = false;
	bcm_last_us = 0U;
	bcm_prev_lock_button = 0U;
	bcm_prev_lock_req = 0U;
	bcm_body_counter = 0U;
	bcm_body_frozen = 0U;
}

uint8_t *ecu_rx_buffer(void)
{
	return bcm_rx_buf;
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	canif_rx(id, flags, dlc, data);
}

/* One press of a button that reads 0 when released: acts on the change from 0 to a request. */
static uint8_t bcm_edge(uint8_t now, uint8_t *prev)
{
	uint8_t ev = ((*prev == 0U) && (now != 0U)) ? now : 0U;
	*prev = now;
	return ev;
}

static void bcm_read_inputs(void)
{
	bcm_in.ambient_lux = io_get(BCM_IN_LUX);
	bcm_in.ambient_fault = io_fault(BCM_IN_LUX);
	bcm_in.door_open[0] = io_get(BCM_IN_DOOR_FL) != 0;
	bcm_in.door_open[1] = io_get(BCM_IN_DOOR_FR) != 0;
	bcm_in.door_open[2] = io_get(BCM_IN_DOOR_RL) != 0;
	bcm_in.door_open[3] = io_get(BCM_IN_DOOR_RR) != 0;

	/* body controls: the CVC forwards the stalks in BodyCommand; while it does, that is the source, else the
	 * switches wired to the BCM are (so the BCM also works on a bench without a CVC) */
	if (com_rx_take_update(BCM_RX_BODY_COMMAND)) {
		struct vehicle_dbc_body_command_t b;
		(void)vehicle_dbc_body_command_unpack(&b, com_rx_data(BCM_RX_BODY_COMMAND), VEHICLE_DBC_BODY_COMMAND_LENGTH);
		if (b.body_cmd_counter == bcm_body_counter) {
			bcm_body_frozen = (bcm_body_frozen < 255U) ? (uint8_t)(bcm_body_frozen + 1U) : 255U;
		} else {
			bcm_body_frozen = 0U;
		}
		bcm_body_counter = b.body_cmd_counter;
	} else {
		/* no new frame this tick */
	}
	bool body_ok = com_rx_fresh(BCM_RX_BODY_COMMAND) && (bcm_body_frozen < BCM_BODY_FROZEN_FRAMES);
	uint8_t button_ev = bcm_edge((uint8_t)io_get(BCM_IN_LOCK_BUTTON), &bcm_prev_lock_button);
	if (body_ok) {
		struct vehicle_dbc_body_command_t b;
		(void)vehicle_dbc_body_command_unpack(&b, com_rx_data(BCM_RX_BODY_COMMAND), VEHICLE_DBC_BODY_COMMAND_LENGTH);
		bcm_in.light_switch = b.headlamp_switch;
		bcm_in.turn_stalk = b.indicator_switch;
		bcm_in.hazard_switch = (b.hazard_switch != 0U) || (io_get(BCM_IN_HAZARD) != 0);
		bcm_in.auto_lock_enable = b.auto_lock_enable != 0U;
		uint8_t req_ev = bcm_edge(b.door_lock_req, &bcm_prev_lock_req);
		bcm_in.lock_request = (req_ev != 0U) ? req_ev : button_ev;
	} else {
		bcm_in.light_switch = (uint8_t)io_get(BCM_IN_LIGHT_SWITCH);
		bcm_in.turn_stalk = (uint8_t)io_get(BCM_IN_TURN_STALK);
		bcm_in.hazard_switch = io_get(BCM_IN_HAZARD) != 0;
		bcm_in.auto_lock_enable = true; /* the driver setting's default */
		bcm_prev_lock_req = 0U;
		bcm_in.lock_request = button_ev;
	}

	bool estop_frame = false;
	if (com_rx_fresh(BCM_RX_ESTOP)) {
		struct vehicle_dbc_e_stop_t e;
		(void)vehicle_dbc_e_stop_unpack(&e, com_rx_data(BCM_RX_ESTOP), VEHICLE_DBC_E_STOP_LENGTH);
		estop_frame = e.active != 0U;
	} else {
		/* EStop is sent only while active: silence means no E-stop */
	}
	bcm_in.speed_valid = false;
	bcm_in.speed = 0U;
	bcm_in.safe_stop = false;
	bcm_in.brake_pressed = false;
	bcm_in.reverse_gear = false;
	bool vs_estop = false;
	if (com_rx_fresh(BCM_RX_VEHICLE_STATE)) {
		struct vehicle_dbc_vehicle_state_t v;
		(void)vehicle_dbc_vehicle_state_unpack(&v, com_rx_data(BCM_RX_VEHICLE_STATE),
		                                       VEHICLE_DBC_VEHICLE_STATE_LENGTH);
		bcm_in.speed_valid = true;
		bcm_in.speed = v.vehicle_speed;
		bcm_in.safe_stop = v.mode == VEHICLE_DBC_VEHICLE_STATE_MODE_SAFE_STOP_CHOICE;
		bcm_in.brake_pressed = v.brake_pedal_pressed != 0U;
		bcm_in.reverse_gear = v.gear == VEHICLE_DBC_VEHICLE_STATE_GEAR_R_CHOICE;
		vs_estop = v.e_stop_active != 0U;
	} else if (com_rx_fresh(BCM_RX_WHEEL_SPEEDS)) {
		/* CVC silent: the RZC's wheel speeds still tell whether the car moves */
		struct vehicle_dbc_wheel_speeds_t w;
		(void)vehicle_dbc_wheel_speeds_unpack(&w, com_rx_data(BCM_RX_WHEEL_SPEEDS), VEHICLE_DBC_WHEEL_SPEEDS_LENGTH);
		uint32_t sum = (uint32_t)w.wheel_speed_fl + w.wheel_speed_fr + w.wheel_speed_rl + w.wheel_speed_rr;
		bcm_in.speed_valid = true;
		bcm_in.speed = (uint16_t)(sum / 4U);
	} else {
		/* no speed source */
	}
	bcm_in.estop_active = estop_frame || vs_estop;

	bcm_fault_status = 0U;
	if (bcm_in.ambient_fault) {
		bcm_fault_status |= 0x01U; /* bit 0 sensor */
	} else {
		/* sensor fine */
	}
	if (com_rx_timed_out(BCM_RX_VEHICLE_STATE)) {
		bcm_fault_status |= 0x04U; /* bit 2 communication */
	} else {
		/* CVC heard */
	}
}

static void bcm_write_outputs(void)
{
	io_set(IO_BCM_HEADLAMP_LOW, (bcm_out.headlamp_state != VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE) ? 1 : 0);
	io_set(IO_BCM_HEADLAMP_HIGH, (bcm_out.headlamp_state == VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE) ? 1 : 0);
	io_set(IO_BCM_TAIL_LAMP, bcm_out.tail_lamp ? 1 : 0);
	io_set(IO_BCM_BRAKE_LAMP, bcm_out.brake_lamp ? 1 : 0);
	io_set(IO_BCM_REVERSE_LAMP, bcm_out.reverse_lamp ? 1 : 0);
	io_set(IO_BCM_TURN_LEFT_LAMP, bcm_out.left_lamp ? 1 : 0);
	io_set(IO_BCM_TURN_RIGHT_LAMP, bcm_out.right_lamp ? 1 : 0);
	io_set(IO_BCM_DOOR_LOCK, (bcm_out.lock_state == VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_LOCKED_CHOICE) ? 1 : 0);

	/* state changes go out at once as events, between the cyclic copies, so the cluster follows the flash
	 * phase and door state without waiting up to a period */
	if ((bcm_out.headlamp_state != bcm_sent.headlamp_state) || (bcm_out.headlamp_auto != bcm_sent.headlamp_auto) ||
	    (bcm_out.tail_lamp != bcm_sent.tail_lamp) || (bcm_out.brake_lamp != bcm_sent.brake_lamp) ||
	    (bcm_out.reverse_lamp != bcm_sent.reverse_lamp)) {
		(void)com_trigger(BCM_TX_LIGHTS);
	} else {
		/* unchanged */
	}
	if ((bcm_out.indicator_state != bcm_sent.indicator_state) || (bcm_out.left_lamp != bcm_sent.left_lamp) ||
	    (bcm_out.right_lamp != bcm_sent.right_lamp) || (bcm_out.hazard_reason != bcm_sent.hazard_reason)) {
		(void)com_trigger(BCM_TX_INDICATORS);
	} else {
		/* unchanged */
	}
	uint8_t doors = 0U;
	for (uint8_t i = 0U; i < 4U; i++) {
		doors = (uint8_t)(doors | (bcm_in.door_open[i] ? (1U << i) : 0U));
	}
	if ((bcm_out.lock_state != bcm_sent.lock_state) || (bcm_out.lock_reason != bcm_sent.lock_reason) ||
	    (doors != bcm_sent_doors)) {
		(void)com_trigger(BCM_TX_DOORS);
	} else {
		/* unchanged */
	}
	bcm_sent = bcm_out;
	bcm_sent_doors = doors;
}

void ecu_tick(uint64_t now_us)
{
	uint32_t elapsed_ms = 0U;
	if (!bcm_started) {
		/* deadlines and cycles start at the first tick, which may come long after init (ECU reset) */
		(void)com_init(&bcm_com_cfg, now_us);
		bcm_started = true;
	} else if (now_us > bcm_last_us) {
		uint64_t d = (now_us - bcm_last_us) / BCM_US_PER_MS;
		elapsed_ms = (d > 0xFFFFU) ? 0xFFFFU : (uint32_t)d;
	} else {
		/* time did not advance */
	}
	bcm_last_us = now_us;
	io_sample(elapsed_ms);
	bcm_read_inputs();
	bcm_app_step(&bcm_in, now_us, &bcm_out);
	bcm_write_outputs();
	com_main(now_us);
	canif_main();
}
