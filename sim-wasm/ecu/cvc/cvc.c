/*
 * CVC firmware image: the ECU ABI exports (ecu_abi.h) wired to the basic software and cvc_app.
 * 1 ms task: sample inputs, E-stop frame, UDS, DEM, watchdog, COM, canif.
 * 10 ms task: supervision of the received messages, cvc_app_step, DTC reports.
 */
#include <string.h>

#include "bytes.h"
#include "canif.h"
#include "dtcevent.h"
#include "com.h"
#include "cvc_app.h"
#include "dem.h"
#include "dbc_rows.h"
#include "ecu_abi.h"
#include "ecu_shell.h"
#include "heartbeat.h"
#include "io.h"
#include "io_channels.h"
#include "ports_abi.h"
#include "uds.h"
#include "uds_ports.h"
#include "vin.h"
#include "vehicle_dbc.h"
#include "wdg.h"

#define CVC_US_PER_MS 1000U
/* A cyclic message is lost after three missed periods; an E2E receiver tolerates one lost frame. */
#define CVC_RX_TIMEOUT(cycle_ms) ((uint16_t)(3U * (cycle_ms)))
#define CVC_E2E_MAX_DELTA 2U
#define CVC_UDS_PHYS_ID 0x7E0U /* CVC is node 0 in BU_ order */
#define CVC_UDS_FUNC_ID 0x7DFU
#define CVC_UDS_RESP_ID (CVC_UDS_PHYS_ID + 8U)
#define CVC_NVM_DEM 1U
#define CVC_NVM_VIN 2U
#define CVC_HW_WDG_MS 50U
#define CVC_RID_TESTER_ESTOP 0x0200U

/* ---- inputs ---- */
enum {
	CVC_IN_PEDAL_S1,
	CVC_IN_PEDAL_S2,
	CVC_IN_BRAKE,
	CVC_IN_STEER,
	CVC_IN_GEAR,
	CVC_IN_ESTOP,
	CVC_IN_LIGHT,
	CVC_IN_TURN,
	CVC_IN_HAZARD,
	CVC_IN_LOCK,
	CVC_IN_AUTOLOCK_OFF,
	CVC_IN_COUNT
};

/* Pedals and E-stop are not debounced: plausibility and the state machine filter them, and an E-stop must
 * act at once. Switches for the BCM get 20 ms, like the BCM's own. */
static const io_input_cfg_t cvc_inputs_cfg[CVC_IN_COUNT] = {
	[CVC_IN_PEDAL_S1] = {.channel = IO_CVC_PEDAL_S1, .max = CVC_PEDAL_MAX},
	[CVC_IN_PEDAL_S2] = {.channel = IO_CVC_PEDAL_S2, .max = CVC_PEDAL_MAX},
	[CVC_IN_BRAKE] = {.channel = IO_CVC_BRAKE_PEDAL, .max = CVC_PEDAL_MAX},
	[CVC_IN_STEER] = {.channel = IO_CVC_STEERING_WHEEL, .min = -CVC_STEER_MAX * CVC_STEER_RATIO,
	                  .max = CVC_STEER_MAX *CVC_STEER_RATIO},
	[CVC_IN_GEAR] = {.channel = IO_CVC_GEAR_SELECTOR, .max = 3,
	                 .substitute = VEHICLE_DBC_VEHICLE_STATE_GEAR_P_CHOICE, .debounce_ms = 20U},
	[CVC_IN_ESTOP] = {.channel = IO_CVC_ESTOP_BUTTON, .max = 1, .substitute = 1}, /* implausible reads as pressed */
	[CVC_IN_LIGHT] = {.channel = IO_CVC_LIGHT_SWITCH, .max = 3,
	                  .substitute = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE, .debounce_ms = 20U},
	[CVC_IN_TURN] = {.channel = IO_CVC_TURN_STALK, .max = 2, .debounce_ms = 20U},
	[CVC_IN_HAZARD] = {.channel = IO_CVC_HAZARD_SWITCH, .max = 1, .debounce_ms = 20U},
	[CVC_IN_LOCK] = {.channel = IO_CVC_LOCK_BUTTON, .max = 2, .debounce_ms = 20U},
	[CVC_IN_AUTOLOCK_OFF] = {.channel = IO_CVC_AUTO_LOCK_OFF, .max = 1, .debounce_ms = 20U},
};
static const io_config_t cvc_io_cfg = {.port = &io_port_abi, .inputs = cvc_inputs_cfg, .input_count = CVC_IN_COUNT};

/* ---- DEM ---- */
enum {
	CVC_EV_PEDAL_CORR,
	CVC_EV_PEDAL_S1_RANGE,
	CVC_EV_PEDAL_S2_RANGE,
	CVC_EV_PEDAL_S1_STUCK,
	CVC_EV_PEDAL_S2_STUCK,
	CVC_EV_FZC_LOST,
	CVC_EV_RZC_LOST,
	CVC_EV_SC_LOST,
	CVC_EV_E2E,
	CVC_EV_WDG,
	CVC_EV_COUNT
};

#define CVC_DEB_NONE {.kind = DEM_DEBOUNCE_NONE}
/* E2E errors (CRC, data ID, repeated or jumping counter) on any received message: 3 within a 1 s window
 * fail the test, a window without any passes it. A lone error is neither. */
#define CVC_E2E_ERRORS_PER_WINDOW 3U
#define CVC_E2E_WINDOW_MS 1000U

static const dem_event_cfg_t cvc_events[CVC_EV_COUNT] = {
	[CVC_EV_PEDAL_CORR] = {.dtc = DEM_DTC(DEM_SYS_P, 0x2138U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_PEDAL_S1_RANGE] = {.dtc = DEM_DTC(DEM_SYS_P, 0x2120U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_PEDAL_S2_RANGE] = {.dtc = DEM_DTC(DEM_SYS_P, 0x2125U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_PEDAL_S1_STUCK] = {.dtc = DEM_DTC(DEM_SYS_P, 0x2121U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_PEDAL_S2_STUCK] = {.dtc = DEM_DTC(DEM_SYS_P, 0x2126U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_FZC_LOST] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0131U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_RZC_LOST] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0110U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_SC_LOST] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1013U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
	[CVC_EV_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1400U, 0x00U), .debounce = CVC_DEB_NONE},
	[CVC_EV_WDG] = {.dtc = DEM_DTC(DEM_SYS_P, 0x0606U, 0x00U), .debounce = CVC_DEB_NONE, .wir = 1U},
};

#define CVC_DID_SPEED 0xF40DU  /* OBD: vehicle speed, 1 byte km/h */
#define CVC_DID_MODE 0x0100U   /* vehicle state, 1 byte */
#define CVC_DID_PEDALS 0x0101U /* S1, S2: 2 bytes each, 0.1 %, big-endian */
#define CVC_DID_TORQUE 0x0102U /* torque request, 2 bytes signed, 0.1 Nm, big-endian */
static const dem_ff_did_t cvc_ff_dids[] = {
	{.did = CVC_DID_SPEED, .len = 1U},
	{.did = CVC_DID_MODE, .len = 1U},
	{.did = CVC_DID_PEDALS, .len = 4U},
};

/* ---- state between ticks ---- */
static uint32_t cvc_seed;
static uint64_t cvc_last_us;
static uint64_t cvc_next_app_us;
static cvc_inputs_t cvc_in;
static cvc_outputs_t cvc_out;
static uint8_t cvc_body_counter;
static bool cvc_estop_button;
static bool cvc_estop_tester;
static bool cvc_estop_sent_active;
static uint64_t cvc_estop_next_us;
static bool cvc_wdg_reset_seen; /* survives a watchdog reset, not a power-up */
static bool cvc_reset_pending;
static uint32_t cvc_e2e_errors_seen;
static uint32_t cvc_e2e_window_errors;
static uint32_t cvc_e2e_window_ms;
static heartbeat_t cvc_hb = {.ecu_id = VEHICLE_DBC_NODE_CVC, .own_counter = false}; /* E2E counter */

/* ---- communication: TX ---- */
static uint8_t cvc_fault_status(void)
{
	uint8_t f = 0U;
	f |= cvc_out.pedal_fault ? 0x01U : 0U; /* bit 0 sensor */
	f |= (cvc_in.fzc_lost || cvc_in.rzc_lost || cvc_in.sc_lost) ? 0x04U : 0U; /* bit 2 communication */
	f |= cvc_wdg_reset_seen ? 0x20U : 0U; /* bit 5 watchdog reset since power-up */
	f |= (dem_stats()->nvm_write_errors > 0U) ? 0x40U : 0U; /* bit 6 NVM */
	return f;
}

static int cvc_pack_estop(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_e_stop_t m;
	(void)memset(&m, 0, sizeof m);
	m.active = cvc_in.estop ? 1U : 0U;
	m.source = cvc_estop_button ? VEHICLE_DBC_E_STOP_SOURCE_BUTTON_CHOICE
	           : cvc_estop_tester ? VEHICLE_DBC_E_STOP_SOURCE_TESTER_CHOICE
	                              : VEHICLE_DBC_E_STOP_SOURCE_NONE_CHOICE;
	return vehicle_dbc_e_stop_pack(dst, &m, size);
}

static int cvc_pack_heartbeat(uint8_t *dst, size_t size)
{
	return heartbeat_pack(&cvc_hb, cvc_out.mode, cvc_fault_status(), dst, size);
}

static int cvc_pack_vehicle_state(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_vehicle_state_t m;
	(void)memset(&m, 0, sizeof m);
	m.mode = cvc_out.mode;
	m.gear = cvc_in.gear;
	m.brake_pedal_pressed = cvc_out.brake_pressed ? 1U : 0U;
	m.e_stop_active = cvc_in.estop ? 1U : 0U;
	m.vehicle_speed = cvc_in.speed;
	m.torque_limit = cvc_out.torque_limit;
	m.pedal_fault = cvc_out.pedal_fault ? 1U : 0U;
	m.fzc_timeout = cvc_in.fzc_lost ? 1U : 0U;
	m.rzc_timeout = cvc_in.rzc_lost ? 1U : 0U;
	m.safety_kill = cvc_in.sc_kill ? 1U : 0U;
	m.steer_fault = cvc_in.steer_fault ? 1U : 0U;
	m.brake_fault = cvc_in.brake_fault ? 1U : 0U;
	m.motor_fault = cvc_in.motor_fault ? 1U : 0U;
	m.battery_fault = cvc_in.battery_fault ? 1U : 0U;
	return vehicle_dbc_vehicle_state_pack(dst, &m, size);
}

static int cvc_pack_torque(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_torque_request_t m;
	(void)memset(&m, 0, sizeof m);
	m.torque_req = cvc_out.torque_req;
	m.accel_pedal = cvc_out.accel_pedal;
	m.direction = cvc_out.direction;
	m.inverter_enable = cvc_out.inverter_enable ? 1U : 0U;
	m.regen_allowed = 0U; /* no regeneration requested yet */
	return vehicle_dbc_torque_request_pack(dst, &m, size);
}

static int cvc_pack_steer(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_steer_command_t m;
	(void)memset(&m, 0, sizeof m);
	m.steer_angle_cmd = cvc_out.steer_cmd;
	m.steer_rate_limit = (uint8_t)CVC_STEER_RATE;
	m.steer_enable = cvc_out.steer_enable ? 1U : 0U;
	return vehicle_dbc_steer_command_pack(dst, &m, size);
}

static int cvc_pack_brake(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_brake_command_t m;
	(void)memset(&m, 0, sizeof m);
	m.brake_req = cvc_out.brake_req;
	m.brake_mode = cvc_out.brake_mode;
	return vehicle_dbc_brake_command_pack(dst, &m, size);
}

static int cvc_pack_body(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_body_command_t m;
	(void)memset(&m, 0, sizeof m);
	m.headlamp_switch = (uint8_t)io_get(CVC_IN_LIGHT);
	m.indicator_switch = (uint8_t)io_get(CVC_IN_TURN);
	m.hazard_switch = (io_get(CVC_IN_HAZARD) != 0) ? 1U : 0U;
	m.door_lock_req = (uint8_t)io_get(CVC_IN_LOCK);
	m.auto_lock_enable = (uint8_t)((io_get(CVC_IN_AUTOLOCK_OFF) != 0) ? 0U : 1U);
	m.body_cmd_counter = cvc_body_counter;
	cvc_body_counter = (uint8_t)((cvc_body_counter + 1U) & 0x0FU);
	return vehicle_dbc_body_command_pack(dst, &m, size);
}

enum {
	CVC_TX_ESTOP,
	CVC_TX_HEARTBEAT,
	CVC_TX_VEHICLE_STATE,
	CVC_TX_TORQUE,
	CVC_TX_STEER,
	CVC_TX_BRAKE,
	CVC_TX_BODY,
	CVC_TX_COUNT
};

/* EStop is event-driven (cycle 0 here): cvc_estop_frames repeats it every 10 ms while active. */
static const com_tx_cfg_t cvc_tx_cfg[CVC_TX_COUNT] = {
	[CVC_TX_ESTOP] = {.id = VEHICLE_DBC_E_STOP_FRAME_ID, .len = VEHICLE_DBC_E_STOP_LENGTH, .e2e = 1U,
	                  .e2e_data_id = VEHICLE_DBC_E_STOP_E2E_DATA_ID, .pack = cvc_pack_estop},
	DBC_COM_TX_ROW(CVC_TX_HEARTBEAT, VEHICLE_DBC_HEARTBEAT_CVC, 1U, 5U, cvc_pack_heartbeat)
	DBC_COM_TX_ROW(CVC_TX_VEHICLE_STATE, VEHICLE_DBC_VEHICLE_STATE, 1U, 0U, cvc_pack_vehicle_state)
	DBC_COM_TX_ROW(CVC_TX_TORQUE, VEHICLE_DBC_TORQUE_REQUEST, 1U, 0U, cvc_pack_torque)
	DBC_COM_TX_ROW(CVC_TX_STEER, VEHICLE_DBC_STEER_COMMAND, 1U, 0U, cvc_pack_steer)
	DBC_COM_TX_ROW(CVC_TX_BRAKE, VEHICLE_DBC_BRAKE_COMMAND, 1U, 0U, cvc_pack_brake)
	DBC_COM_TX_ROW(CVC_TX_BODY, VEHICLE_DBC_BODY_COMMAND, 0U, 7U, cvc_pack_body)
};

/* ---- communication: RX ---- */
/* X-macro: one line per received message gives the canif filter and the COM table. (name, DBC prefix, e2e,
 * timeout ms) */
#define CVC_RX_LIST(X)                                                                                          \
	X(CVC_RX_HB_FZC, VEHICLE_DBC_HEARTBEAT_FZC, 1U, CVC_RX_TIMEOUT(VEHICLE_DBC_HEARTBEAT_FZC_CYCLE_TIME_MS))     \
	X(CVC_RX_HB_RZC, VEHICLE_DBC_HEARTBEAT_RZC, 1U, CVC_RX_TIMEOUT(VEHICLE_DBC_HEARTBEAT_RZC_CYCLE_TIME_MS))     \
	X(CVC_RX_SAFETY, VEHICLE_DBC_SAFETY_STATUS, 1U, CVC_RX_TIMEOUT(VEHICLE_DBC_SAFETY_STATUS_CYCLE_TIME_MS))     \
	X(CVC_RX_STEER_STATUS, VEHICLE_DBC_STEER_STATUS, 1U, CVC_RX_TIMEOUT(VEHICLE_DBC_STEER_STATUS_CYCLE_TIME_MS)) \
	X(CVC_RX_BRAKE_STATUS, VEHICLE_DBC_BRAKE_STATUS, 1U, CVC_RX_TIMEOUT(VEHICLE_DBC_BRAKE_STATUS_CYCLE_TIME_MS)) \
	X(CVC_RX_MOTOR_STATUS, VEHICLE_DBC_MOTOR_STATUS, 1U, CVC_RX_TIMEOUT(VEHICLE_DBC_MOTOR_STATUS_CYCLE_TIME_MS)) \
	X(CVC_RX_BATTERY, VEHICLE_DBC_BATTERY_STATUS, 0U, CVC_RX_TIMEOUT(VEHICLE_DBC_BATTERY_STATUS_CYCLE_TIME_MS))  \
	X(CVC_RX_WHEELS, VEHICLE_DBC_WHEEL_SPEEDS, 0U, CVC_RX_TIMEOUT(VEHICLE_DBC_WHEEL_SPEEDS_CYCLE_TIME_MS))       \
	X(CVC_RX_CUTOFF, VEHICLE_DBC_MOTOR_CUTOFF_REQ, 1U, 0U)

#define CVC_RX_ENUM(name, msg, e2e, timeout) name,
enum { CVC_RX_LIST(CVC_RX_ENUM) CVC_RX_COUNT, CVC_RX_UDS_PHYS = CVC_RX_COUNT, CVC_RX_UDS_FUNC, CVC_CANIF_COUNT };

#define CVC_RX_COM(name, msg, e2e, timeout) DBC_COM_RX_ROW(name, msg, e2e, timeout, CVC_E2E_MAX_DELTA)
static const com_rx_cfg_t cvc_rx_cfg[CVC_RX_COUNT] = {CVC_RX_LIST(CVC_RX_COM)};

#define CVC_RX_CANIF(name, msg, e2e, timeout) DBC_CANIF_RX_ROW(name, msg)
static const canif_rx_entry_t cvc_canif_rx[CVC_CANIF_COUNT] = {
	CVC_RX_LIST(CVC_RX_CANIF){.id = CVC_UDS_PHYS_ID, .handle = CVC_RX_UDS_PHYS},
	{.id = CVC_UDS_FUNC_ID, .handle = CVC_RX_UDS_FUNC},
};

/* canif hands COM messages to COM and the diagnostic IDs to the UDS server */
ECU_RX_COM_UDS(cvc_rx_indication, CVC_RX_COUNT, CVC_UDS_PHYS_ID, CVC_UDS_FUNC_ID)

static const com_config_t cvc_com_cfg = ECU_COM_CONFIG(cvc_tx_cfg, cvc_rx_cfg);
static const canif_config_t cvc_canif_cfg = ECU_CANIF_CONFIG(cvc_canif_rx, cvc_rx_indication);

/* ---- DEM wiring ---- */
/* Fills a live-data DID (UDS 0x22 and freeze frames, through ecu_did_read / ecu_ff_read); 0, or -1 for an
 * unknown DID. The lengths are the DID table's. */
static int32_t cvc_did_fill(uint16_t did, uint8_t *dst, uint16_t len)
{
	(void)len;
	switch (did) {
	case CVC_DID_SPEED:
		dst[0] = (uint8_t)((cvc_in.speed / 100U > 255U) ? 255U : (cvc_in.speed / 100U));
		break;
	case CVC_DID_MODE:
		dst[0] = cvc_out.mode;
		break;
	case CVC_DID_PEDALS:
		bytes_put16(&dst[0], (uint16_t)cvc_in.pedal_s1);
		bytes_put16(&dst[2], (uint16_t)cvc_in.pedal_s2);
		break;
	case CVC_DID_TORQUE:
		bytes_put16(&dst[0], (uint16_t)cvc_out.torque_req);
		break;
	default:
		return -1;
	}
	return 0;
}

/* ---- UDS wiring ---- */
static const char cvc_sw_version[] = "CVC 1.0.0";
static const char cvc_serial[] = "ZB-CVC-0001";
static const char cvc_default_vin[] = "ZBV1SVM0000000001";
static const vin_config_t cvc_vin_cfg = ECU_VIN_CONFIG(CVC_NVM_VIN, (const uint8_t *)cvc_default_vin, cvc_sw_version, cvc_serial);

static const uds_did_t cvc_dids[] = {
	VIN_DID_ROW(UDS_IN_EXTENDED),
	VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, cvc_sw_version),
	VIN_DID_TEXT_ROW(VIN_DID_SERIAL, cvc_serial),
	{.id = CVC_DID_SPEED, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = CVC_DID_MODE, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = CVC_DID_PEDALS, .len = 4U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = CVC_DID_TORQUE, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
};

/* 0x0200 tester E-stop: start asks for an emergency stop (EStop source TESTER), stop withdraws the request
 * (the vehicle stays in SAFE_STOP/SHUTDOWN), results report whether it is active. */
static int32_t cvc_rt_estop_start(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out_max;
	cvc_estop_tester = true;
	out[0] = 1U;
	return 1;
}

static int32_t cvc_rt_estop_stop(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out_max;
	cvc_estop_tester = false;
	out[0] = 0U;
	return 1;
}

static int32_t cvc_rt_estop_results(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out_max;
	out[0] = cvc_estop_tester ? 1U : 0U;
	out[1] = cvc_out.mode;
	return 2;
}

static const uds_routine_t cvc_routines[] = {
	{.id = CVC_RID_TESTER_ESTOP, .sessions = UDS_IN_EXTENDED, .start = cvc_rt_estop_start,
	 .stop = cvc_rt_estop_stop, .results = cvc_rt_estop_results},
};

/* ECUReset restarts the image; the DEM block is written first */
ECU_UDS_RESET_HOOK(cvc_uds_reset, cvc_reset_pending)

static bool cvc_session_allowed(uint8_t session)
{
	/* programming only with the vehicle parked */
	return (session != UDS_SESSION_PROGRAMMING) ||
	       ((cvc_out.mode == CVC_SHUTDOWN) || ((cvc_in.speed_valid && (cvc_in.speed <= CVC_STANDSTILL_SPEED)) &&
	                                           (cvc_in.gear == VEHICLE_DBC_VEHICLE_STATE_GEAR_P_CHOICE)));
}

static const uds_app_if_t cvc_app_if = {.reset = cvc_uds_reset, .session_allowed = cvc_session_allowed};

/* ---- watchdog ---- */
enum { CVC_SE_TASK_1MS, CVC_SE_TASK_10MS, CVC_SE_COUNT };
static const wdg_entity_cfg_t cvc_wdg_entities[CVC_SE_COUNT] = {
	[CVC_SE_TASK_1MS] = WDG_ALIVE_ENTITY(100U, 100U, 2U, 1U),
	[CVC_SE_TASK_10MS] = WDG_ALIVE_ENTITY(100U, 10U, 1U, 1U),
};

static const wdg_config_t cvc_wdg_cfg = ECU_WDG_CONFIG(cvc_wdg_entities);

/* ---- ABI ---- */
static const ecu_boot_t cvc_boot_cfg = {
	.canif = &cvc_canif_cfg, .io = &cvc_io_cfg, .vin = &cvc_vin_cfg, .node = VEHICLE_DBC_NODE_CVC,
	.dem = {ECU_DEM_CONFIG(cvc_events, CVC_EV_COUNT, cvc_ff_dids, CVC_NVM_DEM)},
	.uds = {UDS_CONFIG_ECU(CVC, cvc_dids, cvc_routines, &cvc_app_if)},
	.did_fill = cvc_did_fill, .com = &cvc_com_cfg, .wdg = &cvc_wdg_cfg, .hw_wdg_ms = CVC_HW_WDG_MS,
};

static void cvc_start(uint32_t seed)
{
	(void)ecu_boot(&cvc_boot_cfg, seed); /* the VIN is never written: the default */
	(void)memset(&cvc_in, 0, sizeof cvc_in);
	(void)memset(&cvc_out, 0, sizeof cvc_out);
	cvc_in.gear = VEHICLE_DBC_VEHICLE_STATE_GEAR_P_CHOICE;
	cvc_body_counter = 0U;
	cvc_estop_button = false;
	cvc_estop_tester = false;
	cvc_estop_sent_active = false;
	cvc_estop_next_us = 0U;
	cvc_reset_pending = false;
	cvc_last_us = 0U;
	cvc_next_app_us = 0U;
	cvc_e2e_errors_seen = 0U;
	cvc_e2e_window_errors = 0U;
	cvc_e2e_window_ms = 0U;
}

void ecu_init(uint32_t seed)
{
	cvc_seed = seed;
	cvc_wdg_reset_seen = false;
	cvc_start(seed);
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	canif_rx(id, flags, dlc, data);
}

/* Supervision of the received messages, into cvc_in, every 10 ms. */
static void cvc_read_bus(void)
{
	cvc_in.fzc_seen = com_rx_fresh(CVC_RX_HB_FZC);
	cvc_in.rzc_seen = com_rx_fresh(CVC_RX_HB_RZC);
	cvc_in.fzc_lost = com_rx_timed_out(CVC_RX_HB_FZC);
	cvc_in.rzc_lost = com_rx_timed_out(CVC_RX_HB_RZC);
	cvc_in.sc_lost = com_rx_timed_out(CVC_RX_SAFETY);

	cvc_in.sc_kill = false;
	if (com_rx_fresh(CVC_RX_SAFETY)) {
		struct vehicle_dbc_safety_status_t s;
		(void)vehicle_dbc_safety_status_unpack(&s, com_rx_data(CVC_RX_SAFETY), VEHICLE_DBC_SAFETY_STATUS_LENGTH);
		/* the relay is open in the SC's INIT too; only a kill with a reason is a fault */
		cvc_in.sc_kill = (s.kill_relay_closed == 0U) &&
		                 (s.kill_reason != VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE);
	} else {
		/* no status: sc_lost covers it */
	}
	cvc_in.steer_fault = false;
	if (com_rx_fresh(CVC_RX_STEER_STATUS)) {
		struct vehicle_dbc_steer_status_t s;
		(void)vehicle_dbc_steer_status_unpack(&s, com_rx_data(CVC_RX_STEER_STATUS), VEHICLE_DBC_STEER_STATUS_LENGTH);
		cvc_in.steer_fault = s.steer_state == VEHICLE_DBC_STEER_STATUS_STEER_STATE_FAULT_CHOICE;
	} else {
		/* the FZC heartbeat covers a silent FZC */
	}
	cvc_in.brake_fault = false;
	if (com_rx_fresh(CVC_RX_BRAKE_STATUS)) {
		struct vehicle_dbc_brake_status_t s;
		(void)vehicle_dbc_brake_status_unpack(&s, com_rx_data(CVC_RX_BRAKE_STATUS), VEHICLE_DBC_BRAKE_STATUS_LENGTH);
		cvc_in.brake_fault = s.brake_state == VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_FAULT_CHOICE;
	} else {
		/* the FZC heartbeat covers a silent FZC */
	}
	cvc_in.motor_fault = false;
	if (com_rx_fresh(CVC_RX_MOTOR_STATUS)) {
		struct vehicle_dbc_motor_status_t s;
		(void)vehicle_dbc_motor_status_unpack(&s, com_rx_data(CVC_RX_MOTOR_STATUS), VEHICLE_DBC_MOTOR_STATUS_LENGTH);
		cvc_in.motor_fault = s.inverter_state == VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_FAULT_CHOICE;
	} else {
		/* the RZC heartbeat covers a silent RZC */
	}
	cvc_in.battery_fault = false;
	if (com_rx_fresh(CVC_RX_BATTERY)) {
		struct vehicle_dbc_battery_status_t s;
		(void)vehicle_dbc_battery_status_unpack(&s, com_rx_data(CVC_RX_BATTERY), VEHICLE_DBC_BATTERY_STATUS_LENGTH);
		cvc_in.battery_fault = (s.contactor_state == VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_FAULT_CHOICE) ||
		                       (s.pack_undervoltage != 0U) || (s.pack_overvoltage != 0U) ||
		                       (s.pack_overcurrent != 0U) || (s.pack_overtemp != 0U);
	} else {
		/* the RZC heartbeat covers a silent RZC */
	}
	cvc_in.speed_valid = false;
	cvc_in.speed = 0U;
	if (com_rx_fresh(CVC_RX_WHEELS)) {
		struct vehicle_dbc_wheel_speeds_t w;
		(void)vehicle_dbc_wheel_speeds_unpack(&w, com_rx_data(CVC_RX_WHEELS), VEHICLE_DBC_WHEEL_SPEEDS_LENGTH);
		uint32_t sum = (uint32_t)w.wheel_speed_fl + w.wheel_speed_fr + w.wheel_speed_rl + w.wheel_speed_rr;
		cvc_in.speed_valid = true;
		cvc_in.speed = (uint16_t)(sum / 4U);
	} else {
		/* speed unknown */
	}
	if (com_rx_take_update(CVC_RX_CUTOFF)) {
		struct vehicle_dbc_motor_cutoff_req_t c;
		(void)vehicle_dbc_motor_cutoff_req_unpack(&c, com_rx_data(CVC_RX_CUTOFF), VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH);
		cvc_in.motor_cutoff = c.cutoff_request != 0U; /* event message: holds until the FZC withdraws it */
	} else {
		/* unchanged */
	}
}

static void cvc_report(uint16_t ev, bool failed)
{
	(void)dem_set_event_status(ev, failed ? DEM_EVENT_FAILED : DEM_EVENT_PASSED);
}

/* DTC results of this cycle's monitors. */
static void cvc_report_dtcs(void)
{
	cvc_report(CVC_EV_PEDAL_CORR, cvc_out.pedal_disagree);
	cvc_report(CVC_EV_PEDAL_S1_RANGE, cvc_in.pedal_s1_range);
	cvc_report(CVC_EV_PEDAL_S2_RANGE, cvc_in.pedal_s2_range);
	cvc_report(CVC_EV_PEDAL_S1_STUCK, cvc_out.s1_stuck);
	cvc_report(CVC_EV_PEDAL_S2_STUCK, cvc_out.s2_stuck);
	if (cvc_out.mode != CVC_INIT) {
		/* partners get the INIT time to come up before their silence counts */
		cvc_report(CVC_EV_FZC_LOST, cvc_in.fzc_lost);
		cvc_report(CVC_EV_RZC_LOST, cvc_in.rzc_lost);
		cvc_report(CVC_EV_SC_LOST, cvc_in.sc_lost);
	} else {
		/* not tested yet */
	}
	uint32_t errors = 0U;
	for (uint8_t i = 0U; i < CVC_RX_COUNT; i++) {
		errors += com_rx_stats(i)->e2e_errors;
	}
	cvc_e2e_window_errors += errors - cvc_e2e_errors_seen;
	cvc_e2e_errors_seen = errors;
	cvc_e2e_window_ms += CVC_APP_PERIOD_MS;
	if (cvc_e2e_window_errors >= CVC_E2E_ERRORS_PER_WINDOW) {
		cvc_report(CVC_EV_E2E, true);
	} else if (cvc_e2e_window_ms >= CVC_E2E_WINDOW_MS) {
		if (cvc_e2e_window_errors == 0U) {
			cvc_report(CVC_EV_E2E, false);
		} else {
			/* a stray error: neither a failure nor a clean pass */
		}
	} else {
		/* window still open */
	}
	if (cvc_e2e_window_ms >= CVC_E2E_WINDOW_MS) {
		cvc_e2e_window_ms = 0U;
		cvc_e2e_window_errors = 0U;
	} else {
		/* keep counting */
	}
}

static void cvc_estop_frames(uint64_t now_us)
{
	bool active = cvc_in.estop;
	if (active && (!cvc_estop_sent_active || (now_us >= cvc_estop_next_us))) {
		(void)com_trigger(CVC_TX_ESTOP);
		cvc_estop_next_us = now_us + ((uint64_t)VEHICLE_DBC_E_STOP_CYCLE_TIME_MS * CVC_US_PER_MS);
	} else if (!active && cvc_estop_sent_active) {
		(void)com_trigger(CVC_TX_ESTOP); /* one frame with Active = 0 tells the release at once */
	} else {
		/* nothing to tell */
	}
	cvc_estop_sent_active = active;
}

void ecu_tick(uint64_t now_us)
{
	uint32_t elapsed_ms = 0U;
	if (ecu_start(&cvc_boot_cfg, now_us)) {
		/* the control cycle starts with COM and the watchdog, at the first tick */
		cvc_app_init(now_us);
		cvc_next_app_us = now_us;
	} else {
		elapsed_ms = ecu_elapsed_ms(cvc_last_us, now_us);
	}
	cvc_last_us = now_us;
	wdg_alive(CVC_SE_TASK_1MS);

	io_sample(elapsed_ms);
	cvc_in.pedal_s1 = io_get(CVC_IN_PEDAL_S1);
	cvc_in.pedal_s2 = io_get(CVC_IN_PEDAL_S2);
	cvc_in.pedal_s1_range = io_fault(CVC_IN_PEDAL_S1);
	cvc_in.pedal_s2_range = io_fault(CVC_IN_PEDAL_S2);
	cvc_in.brake_pedal = io_get(CVC_IN_BRAKE);
	cvc_in.steering_wheel = io_get(CVC_IN_STEER);
	cvc_in.gear = (uint8_t)io_get(CVC_IN_GEAR);
	cvc_estop_button = io_get(CVC_IN_ESTOP) != 0;
	cvc_in.estop = cvc_estop_button || cvc_estop_tester;
	cvc_estop_frames(now_us);

	bool task10 = now_us >= cvc_next_app_us;
	if (task10) {
		cvc_next_app_us += (uint64_t)CVC_APP_PERIOD_MS * CVC_US_PER_MS;
		if (cvc_next_app_us <= now_us) {
			cvc_next_app_us = now_us + ((uint64_t)CVC_APP_PERIOD_MS * CVC_US_PER_MS);
		} else {
			/* on the grid */
		}
		cvc_read_bus();
		cvc_app_step(&cvc_in, now_us, &cvc_out);
		cvc_report_dtcs();
		wdg_alive(CVC_SE_TASK_10MS);
	} else {
		/* between control cycles */
	}

	com_main(now_us);
	uds_main(now_us);
	if (task10) {
		dem_main(now_us);
		wdg_main(now_us);
	} else {
		/* the 10 ms task: DEM and watchdog manager with the control cycle (task10.h) */
	}
	canif_main();

	if (cvc_reset_pending || ecu_wdg_ran_out(now_us)) {
		bool by_wdg = !cvc_reset_pending;
		dem_operation_cycle_end();
		cvc_start(cvc_seed);
		if (by_wdg) {
			cvc_wdg_reset_seen = true;
			(void)dem_set_event_status(CVC_EV_WDG, DEM_EVENT_FAILED);
		} else {
			/* requested by the tester */
		}
	} else {
		/* running */
	}
}
