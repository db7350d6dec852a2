/*
 * FZC firmware image: the ECU ABI exports (ecu_abi.h) wired to the basic software and fzc_app.
 * Per tick: sample inputs, read the received messages, run the application, drive the outputs, report
 * monitor results to the DEM, then let COM send what is due, UDS answer and canif retry.
 * Diagnostics: DEM (NVM block 0), VIN in NVM block 1, UDS on 0x7E1/0x7DF → 0x7E9, watchdog manager with a
 * virtual hardware watchdog that resets the image when the 1 ms task stops being supervised as alive.
 */
#include <string.h>

#include "bytes.h"
#include "canif.h"
#include "dtcevent.h"
#include "com.h"
#include "dem.h"
#include "dbc_rows.h"
#include "ecu_abi.h"
#include "ecu_shell.h"
#include "fzc_app.h"
#include "heartbeat.h"
#include "io.h"
#include "io_channels.h"
#include "ports_abi.h"
#include "rxmon.h"
#include "vin.h"
#include "uds.h"
#include "uds_ports.h"
#include "vehicle_dbc.h"
#include "task10.h"
#include "wdg.h"

/* A cyclic message is lost after three missed periods; an E2E receiver tolerates one lost frame. */
#define FZC_RX_TIMEOUT(cycle_ms) ((uint16_t)(3U * (cycle_ms)))
#define FZC_E2E_MAX_DELTA 2U
#define FZC_NVM_DEM 0U
#define FZC_NVM_VIN 1U
#define FZC_SW_VERSION "FZC-1.0.0"
#define FZC_HW_WDG_MS 50U
#define FZC_SESSION_MAX_SPEED 200U /* 0.01 km/h: no programming session while moving */
#define FZC_ROUTINE_CLEAR_FAULTS 0x0101U

/* ---- inputs ---- */
enum { FZC_IN_STEER_FB, FZC_IN_STEER_CURRENT, FZC_IN_BRAKE_P, FZC_IN_DISTANCE, FZC_IN_COUNT };

/* Wide ranges: plausibility is judged by fzc_app, which knows what a fault means for each signal. */
static const io_input_cfg_t fzc_inputs_cfg[FZC_IN_COUNT] = {
	[FZC_IN_STEER_FB] = {.channel = IO_FZC_STEER_FEEDBACK, .min = -100000, .max = 100000},
	[FZC_IN_STEER_CURRENT] = {.channel = IO_FZC_STEER_CURRENT, .min = -100000, .max = 100000},
	[FZC_IN_BRAKE_P] = {.channel = IO_FZC_BRAKE_PRESSURE, .min = -100000, .max = 100000},
	[FZC_IN_DISTANCE] = {.channel = IO_FZC_FRONT_DISTANCE, .min = -100000, .max = 1000000, .substitute = -1},
};
static const io_config_t fzc_io_cfg = {.port = &io_port_abi, .inputs = fzc_inputs_cfg, .input_count = FZC_IN_COUNT};

/* ---- diagnostic events (event id = index; the README's DTC table follows this order) ---- */
enum {
	FZC_EV_STEER_PLAUS,
	FZC_EV_STEER_SENSOR,
	FZC_EV_BRAKE_MISMATCH,
	FZC_EV_BRAKE_SENSOR,
	FZC_EV_DIST_SENSOR,
	FZC_EV_STEER_CMD_TIMEOUT,
	FZC_EV_STEER_CMD_E2E,
	FZC_EV_BRAKE_CMD_TIMEOUT,
	FZC_EV_BRAKE_CMD_E2E,
	FZC_EV_VS_TIMEOUT,
	FZC_EV_VS_E2E,
	FZC_EV_WATCHDOG,
	FZC_EV_COUNT
};

#define FZC_DEB_NONE {.kind = DEM_DEBOUNCE_NONE}
/* One bad frame adds 2, one good frame takes 1: every second frame corrupted still fails within 4 frames. */
#define FZC_DEB_E2E {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 4, .pass_threshold = -4, .inc_step = 2U, .dec_step = 1U, .jump_up = 1U}
/* A sensor must be out of range 20 ms before its DTC is set (the application reacts at once). */
#define FZC_DEB_SENSOR {.kind = DEM_DEBOUNCE_TIME, .fail_ms = 20U, .pass_ms = 20U}

static const dem_event_cfg_t fzc_events[FZC_EV_COUNT] = {
	[FZC_EV_STEER_PLAUS] = {.dtc = DEM_DTC(DEM_SYS_C, 0x1001U, 0x00U), .debounce = FZC_DEB_NONE, .wir = 1U},
	[FZC_EV_STEER_SENSOR] = {.dtc = DEM_DTC(DEM_SYS_C, 0x1002U, 0x1CU), .debounce = FZC_DEB_SENSOR, .wir = 1U},
	[FZC_EV_BRAKE_MISMATCH] = {.dtc = DEM_DTC(DEM_SYS_C, 0x1011U, 0x00U), .debounce = FZC_DEB_NONE, .wir = 1U},
	[FZC_EV_BRAKE_SENSOR] = {.dtc = DEM_DTC(DEM_SYS_C, 0x1012U, 0x1CU), .debounce = FZC_DEB_SENSOR, .wir = 1U},
	[FZC_EV_DIST_SENSOR] = {.dtc = DEM_DTC(DEM_SYS_C, 0x1021U, 0x1CU), .debounce = FZC_DEB_SENSOR},
	[FZC_EV_STEER_CMD_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1101U, 0x87U), .debounce = FZC_DEB_NONE},
	[FZC_EV_STEER_CMD_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1101U, 0x83U), .debounce = FZC_DEB_E2E},
	[FZC_EV_BRAKE_CMD_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1102U, 0x87U), .debounce = FZC_DEB_NONE},
	[FZC_EV_BRAKE_CMD_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1102U, 0x83U), .debounce = FZC_DEB_E2E},
	[FZC_EV_VS_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1103U, 0x87U), .debounce = FZC_DEB_NONE},
	[FZC_EV_VS_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1103U, 0x83U), .debounce = FZC_DEB_E2E},
	[FZC_EV_WATCHDOG] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1F01U, 0x47U), .debounce = FZC_DEB_NONE},
};

/* freeze frame: how fast, when, and the three things the FZC controls */
#define FZC_DID_SPEED 0xF40DU      /* 1 byte, km/h (OBD PID 0x0D) */
#define FZC_DID_TIME 0x0100U       /* 4 bytes, s since power-up */
#define FZC_DID_STEER 0xFD01U      /* 2 bytes, 0.01 deg signed: measured road-wheel angle */
#define FZC_DID_BRAKE_P 0xFD02U    /* 2 bytes, 0.01 bar: front brake pressure */
#define FZC_DID_DISTANCE 0xFD03U   /* 2 bytes, cm: front distance */
static const dem_ff_did_t fzc_ff_dids[] = {
	{.did = FZC_DID_SPEED, .len = 1U},
	{.did = FZC_DID_TIME, .len = 4U},
	{.did = FZC_DID_STEER, .len = 2U},
	{.did = FZC_DID_BRAKE_P, .len = 2U},
	{.did = FZC_DID_DISTANCE, .len = 2U},
};

/* ---- state ---- */
static fzc_inputs_t fzc_in;
static fzc_outputs_t fzc_out;
static uint32_t fzc_seed;
static uint64_t fzc_next_10ms_us; /* the 10 ms task: DEM, monitors, watchdog manager */
static uint64_t fzc_last_us;
static uint64_t fzc_boot_us;
static bool fzc_wdg_reset_seen; /* survives a watchdog reset, like a reset-reason register */
static bool fzc_reset_pending;
static heartbeat_t fzc_hb = {.ecu_id = VEHICLE_DBC_NODE_FZC, .own_counter = false}; /* E2E counter */
static fzc_outputs_t fzc_sent;
static bool fzc_sent_valid;
static uint8_t fzc_mode;
static uint8_t fzc_fault_status;

/* ---- communication ---- */
static int fzc_pack_steer_status(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_steer_status_t m;
	(void)memset(&m, 0, sizeof m);
	m.steer_angle = (int16_t)fzc_in.steer_feedback;
	int32_t ma = fzc_in.steer_current_ma;
	m.steer_motor_current = (uint8_t)((ma <= 0) ? 0 : ((ma >= 25000) ? 250 : (ma / 100)));
	m.steer_state = fzc_out.steer_state;
	m.steer_cmd_timeout = fzc_out.steer_cmd_timeout ? 1U : 0U;
	m.steer_plaus_fault = fzc_out.steer_plaus_fault ? 1U : 0U;
	m.steer_rate_limited = fzc_out.steer_rate_limited ? 1U : 0U;
	m.steer_motor_temp = 65U; /* no temperature sensor on the steer motor: nominal 25 degC */
	return vehicle_dbc_steer_status_pack(dst, &m, size);
}

static int fzc_pack_brake_status(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_brake_status_t m;
	(void)memset(&m, 0, sizeof m);
	int32_t p = fzc_in.brake_pressure;
	m.brake_pressure = (p <= 0) ? 0U : ((p >= 20000) ? 20000U : (uint16_t)p);
	/* achieved force in 0.5 % of full-scale pressure */
	int32_t pct = (p <= 0) ? 0 : ((p * 200) / FZC_BRAKE_MAX_PRESSURE);
	m.brake_actual = (uint8_t)((pct > 200) ? 200 : pct);
	m.brake_state = fzc_out.brake_state;
	m.brake_cmd_timeout = fzc_out.brake_cmd_timeout ? 1U : 0U;
	return vehicle_dbc_brake_status_pack(dst, &m, size);
}

static int fzc_pack_brake_fault(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_brake_fault_t m;
	(void)memset(&m, 0, sizeof m);
	/* a healed fault names the fault that healed */
	bool active = fzc_out.brake_fault_code != FZC_BF_NONE;
	m.brake_fault_code = active ? fzc_out.brake_fault_code : fzc_sent.brake_fault_code;
	m.brake_fault_active = active ? 1U : 0U;
	return vehicle_dbc_brake_fault_pack(dst, &m, size);
}

static int fzc_pack_cutoff(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_motor_cutoff_req_t m;
	(void)memset(&m, 0, sizeof m);
	m.cutoff_request = fzc_out.cutoff ? 1U : 0U;
	m.cutoff_reason = fzc_out.cutoff_reason;
	return vehicle_dbc_motor_cutoff_req_pack(dst, &m, size);
}

static int fzc_pack_front_distance(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_front_distance_t m;
	(void)memset(&m, 0, sizeof m);
	m.front_distance = fzc_out.distance_cm;
	m.closing_speed = (int16_t)fzc_out.closing_speed;
	m.time_to_collision = fzc_out.ttc;
	m.aeb_zone = fzc_out.aeb_zone;
	m.object_detected = fzc_out.object_detected ? 1U : 0U;
	m.dist_sensor_fault = fzc_out.dist_fault ? 1U : 0U;
	return vehicle_dbc_front_distance_pack(dst, &m, size);
}

static int fzc_pack_heartbeat(uint8_t *dst, size_t size)
{
	return heartbeat_pack(&fzc_hb, fzc_mode, fzc_fault_status, dst, size);
}

enum { FZC_TX_STEER, FZC_TX_BRAKE, FZC_TX_BRAKE_FAULT, FZC_TX_CUTOFF, FZC_TX_DISTANCE, FZC_TX_HEARTBEAT, FZC_TX_COUNT };

/* X-macro: one line per sent message. (name, DBC macro prefix, e2e, offset ms, pack) */
#define FZC_TX_LIST(X)                                                          \
	X(FZC_TX_STEER, VEHICLE_DBC_STEER_STATUS, 1U, 1U, fzc_pack_steer_status)    \
	X(FZC_TX_BRAKE, VEHICLE_DBC_BRAKE_STATUS, 1U, 2U, fzc_pack_brake_status)    \
	X(FZC_TX_BRAKE_FAULT, VEHICLE_DBC_BRAKE_FAULT, 1U, 0U, fzc_pack_brake_fault) \
	X(FZC_TX_CUTOFF, VEHICLE_DBC_MOTOR_CUTOFF_REQ, 1U, 0U, fzc_pack_cutoff)     \
	X(FZC_TX_DISTANCE, VEHICLE_DBC_FRONT_DISTANCE, 0U, 3U, fzc_pack_front_distance) \
	X(FZC_TX_HEARTBEAT, VEHICLE_DBC_HEARTBEAT_FZC, 1U, 4U, fzc_pack_heartbeat)

static const com_tx_cfg_t fzc_tx_cfg[FZC_TX_COUNT] = {FZC_TX_LIST(DBC_COM_TX_ROW)};

/* (name, DBC macro prefix, e2e, timeout) */
#define FZC_RX_LIST(X)                                                                                     \
	X(FZC_RX_STEER_CMD, VEHICLE_DBC_STEER_COMMAND, 1U, FZC_RX_TIMEOUT(VEHICLE_DBC_STEER_COMMAND_CYCLE_TIME_MS)) \
	X(FZC_RX_BRAKE_CMD, VEHICLE_DBC_BRAKE_COMMAND, 1U, FZC_RX_TIMEOUT(VEHICLE_DBC_BRAKE_COMMAND_CYCLE_TIME_MS)) \
	X(FZC_RX_VEHICLE_STATE, VEHICLE_DBC_VEHICLE_STATE, 1U,                                                \
	  FZC_RX_TIMEOUT(VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS))                                            \
	X(FZC_RX_WHEEL_SPEEDS, VEHICLE_DBC_WHEEL_SPEEDS, 0U, FZC_RX_TIMEOUT(VEHICLE_DBC_WHEEL_SPEEDS_CYCLE_TIME_MS))

#define FZC_RX_ENUM(name, msg, e2e, timeout) name,
enum { FZC_RX_LIST(FZC_RX_ENUM) FZC_RX_COUNT };
#define FZC_RX_COM(name, msg, e2e, timeout) DBC_COM_RX_ROW(name, msg, e2e, timeout, FZC_E2E_MAX_DELTA)
static const com_rx_cfg_t fzc_rx_cfg[FZC_RX_COUNT] = {FZC_RX_LIST(FZC_RX_COM)};
#define FZC_RX_CANIF(name, msg, e2e, timeout) DBC_CANIF_RX_ROW(name, msg)
static const canif_rx_entry_t fzc_canif_rx[FZC_RX_COUNT] = {FZC_RX_LIST(FZC_RX_CANIF)};

static const com_config_t fzc_com_cfg = ECU_COM_CONFIG(fzc_tx_cfg, fzc_rx_cfg);
static const canif_config_t fzc_canif_cfg = ECU_CANIF_CONFIG(fzc_canif_rx, com_rx_indication);

/* Supervised E2E receivers: RX message, its timeout event, its E2E event. */
static const rxmon_entry_t fzc_rx_mon[] = {
	{.rx = FZC_RX_STEER_CMD, .ev_timeout = FZC_EV_STEER_CMD_TIMEOUT, .ev_e2e = FZC_EV_STEER_CMD_E2E, .after_first = false},
	{.rx = FZC_RX_BRAKE_CMD, .ev_timeout = FZC_EV_BRAKE_CMD_TIMEOUT, .ev_e2e = FZC_EV_BRAKE_CMD_E2E, .after_first = false},
	{.rx = FZC_RX_VEHICLE_STATE, .ev_timeout = FZC_EV_VS_TIMEOUT, .ev_e2e = FZC_EV_VS_E2E, .after_first = false},
};
RXMON_DEFINE(fzc_rxmon_cfg, fzc_rx_mon);

/* ---- NVM and DIDs ---- */
static const vin_config_t fzc_vin_cfg = {
	.nvm = &nvm_port_abi, .block = FZC_NVM_VIN, .unprogrammed = NULL, .sw_version = FZC_SW_VERSION, .serial = NULL};

/* Fills a live-data DID; 0, or -1 for an unknown DID or a wrong length. */
static int32_t fzc_did_fill(uint16_t did, uint8_t *dst, uint16_t len)
{
	switch (did) {
	case FZC_DID_SPEED:
		if (len != 1U) {
			return -1;
		}
		dst[0] = fzc_in.speed_valid ? (uint8_t)((fzc_in.speed / 100U > 255U) ? 255U : fzc_in.speed / 100U) : 0U;
		return 0;
	case FZC_DID_TIME:
		if (len != 4U) {
			return -1;
		}
		bytes_put_be(dst, (uint32_t)((fzc_last_us - fzc_boot_us) / 1000000U), 4U);
		return 0;
	case FZC_DID_STEER:
		if (len != 2U) {
			return -1;
		}
		bytes_put_be(dst, (uint32_t)(uint16_t)(int16_t)fzc_in.steer_feedback, 2U);
		return 0;
	case FZC_DID_BRAKE_P:
		if (len != 2U) {
			return -1;
		}
		bytes_put_be(dst, (fzc_in.brake_pressure <= 0) ? 0U : (uint32_t)(uint16_t)fzc_in.brake_pressure, 2U);
		return 0;
	case FZC_DID_DISTANCE:
		if (len != 2U) {
			return -1;
		}
		bytes_put_be(dst, fzc_out.distance_cm, 2U);
		return 0;
	default:
		return -1;
	}
}

static const uds_did_t fzc_dids[] = {
	VIN_DID_ROW(UDS_IN_EXTENDED | UDS_IN_PROGRAMMING),
	VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, FZC_SW_VERSION),
	{.id = FZC_DID_SPEED, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = FZC_DID_TIME, .len = 4U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = FZC_DID_STEER, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = FZC_DID_BRAKE_P, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = FZC_DID_DISTANCE, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
};

/* 0x31 0x0101: clears the latched steer fault; answers one byte, 1 = cleared. NRC 0x22 while the steer
 * sensor is still out of range. */
ECU_CLEAR_ROUTINE(fzc_routine_clear, fzc_app_clear_faults)

static const uds_routine_t fzc_routines[] = {
	{.id = FZC_ROUTINE_CLEAR_FAULTS, .sessions = UDS_IN_EXTENDED, .start = fzc_routine_clear},
};

ECU_UDS_RESET_HOOK(fzc_uds_reset, fzc_reset_pending)

static bool fzc_session_allowed(uint8_t session)
{
	return (session != UDS_SESSION_PROGRAMMING) || (fzc_in.speed_valid && (fzc_in.speed < FZC_SESSION_MAX_SPEED));
}

static const uds_app_if_t fzc_app_if = {.reset = fzc_uds_reset, .session_allowed = fzc_session_allowed};

static const ecu_boot_t fzc_boot_cfg = {
	.canif = &fzc_canif_cfg, .io = &fzc_io_cfg, .vin = &fzc_vin_cfg, .node = VEHICLE_DBC_NODE_FZC,
	.dem = {ECU_DEM_CONFIG(fzc_events, FZC_EV_COUNT, fzc_ff_dids, FZC_NVM_DEM)},
	.uds = {UDS_CONFIG_ECU(FZC, fzc_dids, fzc_routines, &fzc_app_if)},
	.did_fill = fzc_did_fill, .rxmon = &fzc_rxmon_cfg, .com = &fzc_com_cfg, .wdg = &ecu_wdg_standard_cfg,
	.hw_wdg_ms = FZC_HW_WDG_MS, .app_init = fzc_app_init, .clear = {ECU_RAM(fzc_in), ECU_RAM(fzc_out), ECU_RAM(fzc_sent)},
};

/* ---- lifecycle ---- */
static void fzc_boot(void)
{
	(void)ecu_boot(&fzc_boot_cfg, fzc_seed); /* a refused config shows in the heartbeat: ecu_config_ok */
	fzc_sent_valid = false;
	fzc_reset_pending = false;
	fzc_last_us = 0U;
	fzc_boot_us = 0U;
	fzc_mode = VEHICLE_DBC_HEARTBEAT_FZC_MODE_INIT_CHOICE;
	fzc_fault_status = 0U;
}

void ecu_init(uint32_t seed)
{
	fzc_seed = seed;
	fzc_wdg_reset_seen = false;
	fzc_boot();
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	ecu_can_rx_uds_first(id, flags, dlc, data);
}

static void fzc_read_inputs(void)
{
	fzc_in.steer_feedback = io_get(FZC_IN_STEER_FB);
	fzc_in.steer_current_ma = io_get(FZC_IN_STEER_CURRENT);
	fzc_in.brake_pressure = io_get(FZC_IN_BRAKE_P);
	fzc_in.distance_cm = io_get(FZC_IN_DISTANCE);

	fzc_in.steer_cmd_valid = com_rx_fresh(FZC_RX_STEER_CMD);
	if (fzc_in.steer_cmd_valid) {
		struct vehicle_dbc_steer_command_t s;
		(void)vehicle_dbc_steer_command_unpack(&s, com_rx_data(FZC_RX_STEER_CMD), VEHICLE_DBC_STEER_COMMAND_LENGTH);
		fzc_in.steer_cmd = s.steer_angle_cmd;
		fzc_in.steer_rate = s.steer_rate_limit;
		fzc_in.steer_enable = s.steer_enable != 0U;
	} else {
		/* fzc_app returns to centre */
	}
	fzc_in.brake_cmd_valid = com_rx_fresh(FZC_RX_BRAKE_CMD);
	fzc_in.brake_cmd_seen = fzc_in.brake_cmd_seen || fzc_in.brake_cmd_valid;
	fzc_in.brake_e2e_fault = (dem_event_status(FZC_EV_BRAKE_CMD_E2E) & DEM_TF) != 0U;
	if (fzc_in.brake_cmd_valid) {
		struct vehicle_dbc_brake_command_t b;
		(void)vehicle_dbc_brake_command_unpack(&b, com_rx_data(FZC_RX_BRAKE_CMD), VEHICLE_DBC_BRAKE_COMMAND_LENGTH);
		fzc_in.brake_req = (uint16_t)(b.brake_req * 5U); /* 0.5 % → 0.1 % */
		fzc_in.brake_mode = b.brake_mode;
	} else {
		/* fzc_app applies the safe level */
	}
	fzc_in.speed_valid = false;
	if (com_rx_fresh(FZC_RX_VEHICLE_STATE)) {
		struct vehicle_dbc_vehicle_state_t v;
		(void)vehicle_dbc_vehicle_state_unpack(&v, com_rx_data(FZC_RX_VEHICLE_STATE), VEHICLE_DBC_VEHICLE_STATE_LENGTH);
		fzc_in.speed_valid = true;
		fzc_in.speed = v.vehicle_speed;
	} else if (com_rx_fresh(FZC_RX_WHEEL_SPEEDS)) {
		/* CVC silent: the RZC's wheel speeds still tell how fast the car goes (AEB stays available) */
		struct vehicle_dbc_wheel_speeds_t w;
		(void)vehicle_dbc_wheel_speeds_unpack(&w, com_rx_data(FZC_RX_WHEEL_SPEEDS), VEHICLE_DBC_WHEEL_SPEEDS_LENGTH);
		uint32_t sum = (uint32_t)w.wheel_speed_fl + w.wheel_speed_fr + w.wheel_speed_rl + w.wheel_speed_rr;
		fzc_in.speed_valid = true;
		fzc_in.speed = (uint16_t)(sum / 4U);
	} else {
		/* no speed: AEB unavailable */
	}
}

static void fzc_report(uint16_t ev, bool failed)
{
	(void)dem_set_event_status(ev, failed ? DEM_EVENT_FAILED : DEM_EVENT_PASSED);
}

static void fzc_report_step(uint16_t ev, bool failed)
{
	(void)dem_set_event_status(ev, failed ? DEM_EVENT_PREFAILED : DEM_EVENT_PREPASSED);
}

static void fzc_monitors(void)
{
	fzc_report(FZC_EV_STEER_PLAUS, fzc_out.steer_plaus_fault);
	fzc_report_step(FZC_EV_STEER_SENSOR, fzc_out.steer_sensor_fault);
	fzc_report(FZC_EV_BRAKE_MISMATCH, fzc_out.brake_mismatch);
	fzc_report_step(FZC_EV_BRAKE_SENSOR, fzc_out.brake_sensor_fault);
	fzc_report_step(FZC_EV_DIST_SENSOR, fzc_out.dist_fault);
	bool comm = rxmon_main(&fzc_rxmon_cfg);
	const dem_stats_t *ds = dem_stats();
	bool sensor = fzc_out.steer_sensor_fault || fzc_out.brake_sensor_fault || fzc_out.dist_fault;
	bool actuator = fzc_out.steer_plaus_fault || fzc_out.brake_mismatch;
	bool nvm = (ds->nvm_corrupt != 0U) || (ds->nvm_write_errors != 0U);
	fzc_fault_status = (uint8_t)((sensor ? 0x01U : 0U) | (actuator ? 0x02U : 0U) | (comm ? 0x04U : 0U) |
	                             (fzc_wdg_reset_seen ? 0x20U : 0U) | (nvm ? 0x40U : 0U) |
	                             (!ecu_config_ok() ? 0x80U : 0U));
	if (!fzc_in.brake_cmd_seen && (fzc_out.steer_state == FZC_STEER_INIT)) {
		fzc_mode = VEHICLE_DBC_HEARTBEAT_FZC_MODE_INIT_CHOICE;
	} else if ((fzc_fault_status & 0x07U) != 0U) {
		fzc_mode = VEHICLE_DBC_HEARTBEAT_FZC_MODE_DEGRADED_CHOICE;
	} else {
		fzc_mode = VEHICLE_DBC_HEARTBEAT_FZC_MODE_RUN_CHOICE;
	}
}

static void fzc_write_outputs(void)
{
	io_set(IO_FZC_STEER_ACTUATOR, fzc_out.steer_setpoint);
	io_set(IO_FZC_BRAKE_ACTUATOR, fzc_out.brake_out);
	/* event messages go out when their content changes */
	if (!fzc_sent_valid) {
		fzc_sent = fzc_out;
		fzc_sent_valid = true;
		if (fzc_out.cutoff) {
			(void)com_trigger(FZC_TX_CUTOFF);
		} else {
			/* the RZC starts without a cutoff */
		}
	} else {
		if ((fzc_out.cutoff != fzc_sent.cutoff) || (fzc_out.cutoff_reason != fzc_sent.cutoff_reason)) {
			(void)com_trigger(FZC_TX_CUTOFF);
		} else {
			/* unchanged */
		}
		if (fzc_out.brake_fault_code != fzc_sent.brake_fault_code) {
			(void)com_trigger(FZC_TX_BRAKE_FAULT);
		} else {
			/* unchanged */
		}
	}
}

void ecu_tick(uint64_t now_us)
{
	if (ecu_tick_begin(&fzc_boot_cfg, now_us)) {
		fzc_boot_us = now_us;
		fzc_next_10ms_us = now_us;
		if (fzc_wdg_reset_seen) {
			(void)dem_set_event_status(FZC_EV_WATCHDOG, DEM_EVENT_FAILED);
		} else {
			/* clean power-up */
		}
	} else {
		/* running */
	}
	fzc_last_us = now_us;
	fzc_read_inputs();
	wdg_deadline_start(ECU_SE_CONTROL, now_us);
	fzc_app_step(&fzc_in, &fzc_out);
	wdg_deadline_end(ECU_SE_CONTROL, now_us);
	fzc_write_outputs();
	bool task10 = task10_due(&fzc_next_10ms_us, now_us);
	/* a failing monitor reports (and debounces) every 1 ms, so a fault is diagnosed as fast as before and its
	 * freeze frame is the same; passes and the receive supervision every 10 ms */
	bool failing = fzc_out.steer_plaus_fault || fzc_out.steer_sensor_fault || fzc_out.brake_mismatch ||
	               fzc_out.brake_sensor_fault || fzc_out.dist_fault;
	if (task10 || failing) {
		dem_main(now_us);
		fzc_monitors();
	} else {
		/* DTC results every 10 ms */
	}
	bool ran_out = ecu_tick_end(task10, now_us);
	fzc_sent = fzc_out; /* COM has packed this tick's frames */
	if (ran_out) {
		fzc_wdg_reset_seen = true;
		fzc_reset_pending = true;
	} else {
		/* healthy */
	}
	if (fzc_reset_pending) {
		/* outputs drop to their reset state like a real reset; DTC memory is saved first */
		dem_nvm_flush();
		fzc_boot();
	} else {
		/* keep running */
	}
}
