/*
 * RZC firmware image: the ECU ABI exports (ecu_abi.h) wired to the basic software and rzc_app.
 * Per tick: sample inputs, read the received messages, run the application, drive the outputs, report
 * monitor results to the DEM, then let COM send what is due, UDS answer and canif retry.
 * Diagnostics: DEM (NVM block 0), VIN in NVM block 1, UDS on 0x7E2/0x7DF → 0x7EA, watchdog manager with a
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
#include "heartbeat.h"
#include "io.h"
#include "io_channels.h"
#include "ports_abi.h"
#include "rxmon.h"
#include "vin.h"
#include "rzc_app.h"
#include "uds.h"
#include "uds_ports.h"
#include "vehicle_dbc.h"
#include "task10.h"
#include "wdg.h"

/* A cyclic message is lost after three missed periods; an E2E receiver tolerates one lost frame. */
#define RZC_RX_TIMEOUT(cycle_ms) ((uint16_t)(3U * (cycle_ms)))
#define RZC_E2E_MAX_DELTA 2U
/* MotorCutoffReq is an event: its counter advances once per change, so any forward jump up to 7 is taken */
#define RZC_E2E_MAX_DELTA_EVENT 7U
#define RZC_NVM_DEM 0U
#define RZC_NVM_VIN 1U
#define RZC_SW_VERSION "RZC-1.0.0"
#define RZC_HW_WDG_MS 50U
#define RZC_SESSION_MAX_SPEED 200U /* 0.01 km/h: no programming session while moving */
#define RZC_ROUTINE_CLEAR_FAULTS 0x0201U

/* ---- inputs ---- */
enum {
	RZC_IN_PHASE_I,
	RZC_IN_MOTOR_T,
	RZC_IN_INV_T,
	RZC_IN_SPEED,
	RZC_IN_BATT_V,
	RZC_IN_BATT_I,
	RZC_IN_BATT_T,
	RZC_IN_AUX_V,
	RZC_IN_WHEEL_FL,
	RZC_IN_WHEEL_FR,
	RZC_IN_WHEEL_RL,
	RZC_IN_WHEEL_RR,
	RZC_IN_ENABLE_FB,
	RZC_IN_COUNT
};

/* Wide ranges: the limits are judged by rzc_app, which knows what each one means. */
static const io_input_cfg_t rzc_inputs_cfg[RZC_IN_COUNT] = {
	[RZC_IN_PHASE_I] = {.channel = IO_RZC_PHASE_CURRENT, .min = -100000, .max = 100000},
	[RZC_IN_MOTOR_T] = {.channel = IO_RZC_MOTOR_TEMP, .min = -1000, .max = 5000},
	[RZC_IN_INV_T] = {.channel = IO_RZC_INVERTER_TEMP, .min = -1000, .max = 5000},
	[RZC_IN_SPEED] = {.channel = IO_RZC_MOTOR_SPEED, .min = -100000, .max = 100000},
	[RZC_IN_BATT_V] = {.channel = IO_RZC_BATTERY_V, .min = -1000000, .max = 1000000},
	[RZC_IN_BATT_I] = {.channel = IO_RZC_BATTERY_I, .min = -100000, .max = 100000},
	[RZC_IN_BATT_T] = {.channel = IO_RZC_BATTERY_TEMP, .min = -1000, .max = 5000},
	[RZC_IN_AUX_V] = {.channel = IO_RZC_AUX_V, .min = -100000, .max = 100000},
	[RZC_IN_WHEEL_FL] = {.channel = IO_RZC_WHEEL_SPEED_FL, .min = -100000, .max = 100000},
	[RZC_IN_WHEEL_FR] = {.channel = IO_RZC_WHEEL_SPEED_FR, .min = -100000, .max = 100000},
	[RZC_IN_WHEEL_RL] = {.channel = IO_RZC_WHEEL_SPEED_RL, .min = -100000, .max = 100000},
	[RZC_IN_WHEEL_RR] = {.channel = IO_RZC_WHEEL_SPEED_RR, .min = -100000, .max = 100000},
	[RZC_IN_ENABLE_FB] = {.channel = IO_RZC_INVERTER_ENABLE_FB, .max = 1},
};
static const io_config_t rzc_io_cfg = {.port = &io_port_abi, .inputs = rzc_inputs_cfg, .input_count = RZC_IN_COUNT};

/* ---- diagnostic events (event id = index; the README's DTC table follows this order) ---- */
enum {
	RZC_EV_OVERCURRENT,
	RZC_EV_MOTOR_OVERTEMP,
	RZC_EV_INV_OVERTEMP,
	RZC_EV_PACK_OV,
	RZC_EV_PACK_UV,
	RZC_EV_PACK_OC,
	RZC_EV_PACK_OT,
	RZC_EV_AUX_UV,
	RZC_EV_TQ_TIMEOUT,
	RZC_EV_TQ_E2E,
	RZC_EV_VS_TIMEOUT,
	RZC_EV_VS_E2E,
	RZC_EV_CUTOFF_E2E,
	RZC_EV_WATCHDOG,
	RZC_EV_COUNT
};

#define RZC_DEB_NONE {.kind = DEM_DEBOUNCE_NONE}
/* One bad frame adds 2, one good frame takes 1: every second frame corrupted still fails within 4 frames. */
#define RZC_DEB_E2E {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 4, .pass_threshold = -4, .inc_step = 2U, .dec_step = 1U, .jump_up = 1U}

static const dem_event_cfg_t rzc_events[RZC_EV_COUNT] = {
	[RZC_EV_OVERCURRENT] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A00U, 0x19U), .debounce = RZC_DEB_NONE, .wir = 1U},
	[RZC_EV_MOTOR_OVERTEMP] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A01U, 0x4BU), .debounce = RZC_DEB_NONE, .wir = 1U},
	[RZC_EV_INV_OVERTEMP] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A02U, 0x4BU), .debounce = RZC_DEB_NONE, .wir = 1U},
	[RZC_EV_PACK_OV] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A10U, 0x17U), .debounce = RZC_DEB_NONE, .wir = 1U},
	[RZC_EV_PACK_UV] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A10U, 0x16U), .debounce = RZC_DEB_NONE, .wir = 1U},
	[RZC_EV_PACK_OC] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A11U, 0x19U), .debounce = RZC_DEB_NONE, .wir = 1U},
	[RZC_EV_PACK_OT] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A12U, 0x4BU), .debounce = RZC_DEB_NONE, .wir = 1U},
	[RZC_EV_AUX_UV] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A14U, 0x16U), .debounce = RZC_DEB_NONE},
	[RZC_EV_TQ_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1111U, 0x87U), .debounce = RZC_DEB_NONE},
	[RZC_EV_TQ_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1111U, 0x83U), .debounce = RZC_DEB_E2E},
	[RZC_EV_VS_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1112U, 0x87U), .debounce = RZC_DEB_NONE},
	[RZC_EV_VS_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1112U, 0x83U), .debounce = RZC_DEB_E2E},
	[RZC_EV_CUTOFF_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1113U, 0x83U), .debounce = RZC_DEB_E2E},
	[RZC_EV_WATCHDOG] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1F02U, 0x47U), .debounce = RZC_DEB_NONE},
};

#define RZC_DID_SPEED 0xF40DU      /* 1 byte, km/h (OBD PID 0x0D), mean of the wheel speeds */
#define RZC_DID_TIME 0x0100U       /* 4 bytes, s since power-up */
#define RZC_DID_SOC 0xFD11U        /* 1 byte, 0.5 % */
#define RZC_DID_PACK_V 0xFD12U     /* 2 bytes, 0.1 V */
#define RZC_DID_MOTOR_T 0xFD13U    /* 1 byte, degC + 40 */
#define RZC_DID_PHASE_I 0xFD14U    /* 2 bytes, 0.1 A */
static const dem_ff_did_t rzc_ff_dids[] = {
	{.did = RZC_DID_SPEED, .len = 1U},
	{.did = RZC_DID_TIME, .len = 4U},
	{.did = RZC_DID_SOC, .len = 1U},
	{.did = RZC_DID_PACK_V, .len = 2U},
	{.did = RZC_DID_MOTOR_T, .len = 1U},
	{.did = RZC_DID_PHASE_I, .len = 2U},
};

/* ---- state ---- */
static rzc_inputs_t rzc_in;
static rzc_outputs_t rzc_out;
static int32_t rzc_motor_rpm;
static uint16_t rzc_wheel[4]; /* 0.01 km/h */
static uint32_t rzc_seed;
static uint64_t rzc_next_10ms_us; /* the 10 ms task: DEM, monitors, watchdog manager */
static uint64_t rzc_last_us;
static uint64_t rzc_boot_us;
static bool rzc_wdg_reset_seen; /* survives a watchdog reset, like a reset-reason register */
static bool rzc_reset_pending;
static heartbeat_t rzc_hb = {.ecu_id = VEHICLE_DBC_NODE_RZC, .own_counter = false}; /* E2E counter */
static uint8_t rzc_mode;
static uint8_t rzc_fault_status;

static uint8_t rzc_temp_byte(int32_t t_01c)
{
	/* 0.1 degC → 1 degC with a -40 offset, saturating in the signal's range */
	int32_t c = (t_01c / 10) + 40;
	return (uint8_t)((c < 0) ? 0 : ((c > 255) ? 255 : c));
}

static uint16_t rzc_u16(int32_t v)
{
	return (uint16_t)((v < 0) ? 0 : ((v > 65535) ? 65535 : v));
}

static int16_t rzc_s16(int32_t v)
{
	return (int16_t)((v < -32768) ? -32768 : ((v > 32767) ? 32767 : v));
}

/* ---- communication ---- */
static int rzc_pack_motor_status(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_motor_status_t m;
	(void)memset(&m, 0, sizeof m);
	m.motor_speed = rzc_s16(rzc_motor_rpm);
	m.motor_torque = (int16_t)rzc_out.torque_cmd;
	m.inverter_state = rzc_out.inverter_state;
	m.inverter_enabled = rzc_in.inverter_enable_fb ? 1U : 0U;
	m.motor_cmd_timeout = rzc_out.cmd_timeout ? 1U : 0U;
	m.overcurrent_fault = rzc_out.overcurrent ? 1U : 0U;
	m.overtemp_fault = rzc_out.overtemp ? 1U : 0U;
	m.derating = rzc_out.derating ? 1U : 0U;
	m.max_torque_avail = (uint8_t)(rzc_out.max_torque / 20); /* 2 Nm steps */
	return vehicle_dbc_motor_status_pack(dst, &m, size);
}

static int rzc_pack_motor_current(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_motor_current_t m;
	(void)memset(&m, 0, sizeof m);
	m.phase_current = rzc_u16(rzc_in.phase_current);
	m.dc_current = rzc_s16(rzc_in.battery_i);
	/* the DC link sees the pack only through a closed contactor */
	m.dc_link_voltage = (rzc_out.contactor == RZC_CONT_CLOSED) ? rzc_u16(rzc_in.battery_mv / 100) : 0U;
	return vehicle_dbc_motor_current_pack(dst, &m, size);
}

static int rzc_pack_motor_temp(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_motor_temp_t m;
	(void)memset(&m, 0, sizeof m);
	m.motor_winding_temp = rzc_temp_byte(rzc_in.motor_temp);
	m.inverter_temp = rzc_temp_byte(rzc_in.inverter_temp);
	m.torque_derate = rzc_out.derate_pct;
	m.temp_derate_active = rzc_out.temp_derate ? 1U : 0U;
	m.temp_shutdown = rzc_out.overtemp ? 1U : 0U;
	return vehicle_dbc_motor_temp_pack(dst, &m, size);
}

static int rzc_pack_battery(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_battery_status_t m;
	(void)memset(&m, 0, sizeof m);
	m.pack_voltage = rzc_u16(rzc_in.battery_mv / 10);
	m.pack_current = rzc_s16(rzc_in.battery_i);
	m.soc = (uint8_t)(rzc_out.soc_permille / 5U);
	m.pack_temp = rzc_temp_byte(rzc_in.battery_temp);
	int32_t aux = rzc_in.aux_mv / 100;
	m.aux_voltage = (uint8_t)((aux < 0) ? 0 : ((aux > 255) ? 255 : aux));
	m.contactor_state = rzc_out.contactor_state;
	m.pack_undervoltage = (rzc_out.pack_uv || rzc_out.pack_uv_severe) ? 1U : 0U;
	m.pack_overvoltage = rzc_out.pack_ov ? 1U : 0U;
	m.pack_overcurrent = rzc_out.pack_oc ? 1U : 0U;
	m.pack_overtemp = rzc_out.pack_ot ? 1U : 0U;
	m.soc_low = rzc_out.soc_low ? 1U : 0U;
	m.aux_undervoltage = rzc_out.aux_uv ? 1U : 0U;
	return vehicle_dbc_battery_status_pack(dst, &m, size);
}

static int rzc_pack_wheels(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_wheel_speeds_t m;
	(void)memset(&m, 0, sizeof m);
	m.wheel_speed_fl = rzc_wheel[0];
	m.wheel_speed_fr = rzc_wheel[1];
	m.wheel_speed_rl = rzc_wheel[2];
	m.wheel_speed_rr = rzc_wheel[3];
	return vehicle_dbc_wheel_speeds_pack(dst, &m, size);
}

static int rzc_pack_heartbeat(uint8_t *dst, size_t size)
{
	return heartbeat_pack(&rzc_hb, rzc_mode, rzc_fault_status, dst, size);
}

enum { RZC_TX_MOTOR_STATUS, RZC_TX_MOTOR_CURRENT, RZC_TX_MOTOR_TEMP, RZC_TX_BATTERY, RZC_TX_WHEELS, RZC_TX_HEARTBEAT,
       RZC_TX_COUNT };

/* X-macro: one line per sent message. (name, DBC macro prefix, e2e, offset ms, pack) */
#define RZC_TX_LIST(X)                                                                    \
	X(RZC_TX_MOTOR_STATUS, VEHICLE_DBC_MOTOR_STATUS, 1U, 1U, rzc_pack_motor_status)       \
	X(RZC_TX_MOTOR_CURRENT, VEHICLE_DBC_MOTOR_CURRENT, 1U, 2U, rzc_pack_motor_current)    \
	X(RZC_TX_MOTOR_TEMP, VEHICLE_DBC_MOTOR_TEMP, 0U, 3U, rzc_pack_motor_temp)             \
	X(RZC_TX_BATTERY, VEHICLE_DBC_BATTERY_STATUS, 0U, 4U, rzc_pack_battery)               \
	X(RZC_TX_WHEELS, VEHICLE_DBC_WHEEL_SPEEDS, 0U, 5U, rzc_pack_wheels)                   \
	X(RZC_TX_HEARTBEAT, VEHICLE_DBC_HEARTBEAT_RZC, 1U, 6U, rzc_pack_heartbeat)

static const com_tx_cfg_t rzc_tx_cfg[RZC_TX_COUNT] = {RZC_TX_LIST(DBC_COM_TX_ROW)};

/* (name, DBC macro prefix, e2e, timeout, counter jump accepted) */
#define RZC_RX_LIST(X)                                                                                          \
	X(RZC_RX_TORQUE, VEHICLE_DBC_TORQUE_REQUEST, 1U, RZC_RX_TIMEOUT(VEHICLE_DBC_TORQUE_REQUEST_CYCLE_TIME_MS),  \
	  RZC_E2E_MAX_DELTA)                                                                                        \
	X(RZC_RX_VEHICLE_STATE, VEHICLE_DBC_VEHICLE_STATE, 1U,                                                     \
	  RZC_RX_TIMEOUT(VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS), RZC_E2E_MAX_DELTA)                              \
	X(RZC_RX_CUTOFF, VEHICLE_DBC_MOTOR_CUTOFF_REQ, 1U, 0U, RZC_E2E_MAX_DELTA_EVENT)                            \
	X(RZC_RX_ESTOP, VEHICLE_DBC_E_STOP, 1U, RZC_RX_TIMEOUT(VEHICLE_DBC_E_STOP_CYCLE_TIME_MS), RZC_E2E_MAX_DELTA)

#define RZC_RX_ENUM(name, msg, e2e, timeout, delta) name,
enum { RZC_RX_LIST(RZC_RX_ENUM) RZC_RX_COUNT };
#define RZC_RX_COM(name, msg, e2e, timeout, delta) DBC_COM_RX_ROW(name, msg, e2e, timeout, delta)
static const com_rx_cfg_t rzc_rx_cfg[RZC_RX_COUNT] = {RZC_RX_LIST(RZC_RX_COM)};
#define RZC_RX_CANIF(name, msg, e2e, timeout, delta) DBC_CANIF_RX_ROW(name, msg)
static const canif_rx_entry_t rzc_canif_rx[RZC_RX_COUNT] = {RZC_RX_LIST(RZC_RX_CANIF)};

static const com_config_t rzc_com_cfg = ECU_COM_CONFIG(rzc_tx_cfg, rzc_rx_cfg);
static const canif_config_t rzc_canif_cfg = ECU_CANIF_CONFIG(rzc_canif_rx, com_rx_indication);

/* Supervised E2E receivers: RX message, its timeout event (none: an event message), its E2E event. */
static const rxmon_entry_t rzc_rx_mon[] = {
	{.rx = RZC_RX_TORQUE, .ev_timeout = RZC_EV_TQ_TIMEOUT, .ev_e2e = RZC_EV_TQ_E2E, .after_first = false},
	{.rx = RZC_RX_VEHICLE_STATE, .ev_timeout = RZC_EV_VS_TIMEOUT, .ev_e2e = RZC_EV_VS_E2E, .after_first = false},
	{.rx = RZC_RX_CUTOFF, .ev_timeout = RXMON_EV_NONE, .ev_e2e = RZC_EV_CUTOFF_E2E, .after_first = false},
};
RXMON_DEFINE(rzc_rxmon_cfg, rzc_rx_mon);

/* ---- NVM and DIDs ---- */
static const vin_config_t rzc_vin_cfg = {
	.nvm = &nvm_port_abi, .block = RZC_NVM_VIN, .unprogrammed = NULL, .sw_version = RZC_SW_VERSION, .serial = NULL};

static uint32_t rzc_speed(void)
{
	return ((uint32_t)rzc_wheel[0] + rzc_wheel[1] + rzc_wheel[2] + rzc_wheel[3]) / 4U;
}

/* Fills a DID; 0, or -1 for an unknown DID or a wrong length. */
static int32_t rzc_did_fill(uint16_t did, uint8_t *dst, uint16_t len)
{
	uint16_t want;
	uint32_t v;
	switch (did) {
	case RZC_DID_SPEED:
		want = 1U;
		v = rzc_speed() / 100U;
		v = (v > 255U) ? 255U : v;
		break;
	case RZC_DID_TIME:
		want = 4U;
		v = (uint32_t)((rzc_last_us - rzc_boot_us) / 1000000U);
		break;
	case RZC_DID_SOC:
		want = 1U;
		v = rzc_out.soc_permille / 5U;
		break;
	case RZC_DID_PACK_V:
		want = 2U;
		v = rzc_u16(rzc_in.battery_mv / 100);
		break;
	case RZC_DID_MOTOR_T:
		want = 1U;
		v = rzc_temp_byte(rzc_in.motor_temp);
		break;
	case RZC_DID_PHASE_I:
		want = 2U;
		v = rzc_u16(rzc_in.phase_current);
		break;
	default:
		return -1;
	}
	if (len != want) {
		return -1;
	}
	bytes_put_be(dst, v, (uint8_t)want);
	return 0;
}

static const uds_did_t rzc_dids[] = {
	VIN_DID_ROW(UDS_IN_EXTENDED | UDS_IN_PROGRAMMING),
	VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, RZC_SW_VERSION),
	{.id = RZC_DID_SPEED, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = RZC_DID_TIME, .len = 4U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = RZC_DID_SOC, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = RZC_DID_PACK_V, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = RZC_DID_MOTOR_T, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = RZC_DID_PHASE_I, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
};

/* 0x31 0x0201: clears the overcurrent latch and a contactor fault; answers one byte, 1 = cleared. NRC 0x22
 * while a cause is still present. Needs security level 1: it re-energises the high-voltage system. */
ECU_CLEAR_ROUTINE(rzc_routine_clear, rzc_app_clear_faults)

static const uds_routine_t rzc_routines[] = {
	{.id = RZC_ROUTINE_CLEAR_FAULTS, .sessions = UDS_IN_EXTENDED, .security = 1U, .start = rzc_routine_clear},
};

ECU_UDS_RESET_HOOK(rzc_uds_reset, rzc_reset_pending)

static bool rzc_session_allowed(uint8_t session)
{
	return (session != UDS_SESSION_PROGRAMMING) || (rzc_speed() < RZC_SESSION_MAX_SPEED);
}

static const uds_app_if_t rzc_app_if = {.reset = rzc_uds_reset, .session_allowed = rzc_session_allowed};

static const ecu_boot_t rzc_boot_cfg = {
	.canif = &rzc_canif_cfg, .io = &rzc_io_cfg, .vin = &rzc_vin_cfg, .node = VEHICLE_DBC_NODE_RZC,
	.dem = {ECU_DEM_CONFIG(rzc_events, RZC_EV_COUNT, rzc_ff_dids, RZC_NVM_DEM)},
	.uds = {UDS_CONFIG_ECU(RZC, rzc_dids, rzc_routines, &rzc_app_if)},
	.did_fill = rzc_did_fill, .rxmon = &rzc_rxmon_cfg, .com = &rzc_com_cfg, .wdg = &ecu_wdg_standard_cfg,
	.hw_wdg_ms = RZC_HW_WDG_MS, .app_init = rzc_app_init, .clear = {ECU_RAM(rzc_in), ECU_RAM(rzc_out), ECU_RAM(rzc_wheel)},
};

/* ---- lifecycle ---- */
static void rzc_boot(void)
{
	(void)ecu_boot(&rzc_boot_cfg, rzc_seed); /* a refused config shows in the heartbeat: ecu_config_ok */
	rzc_motor_rpm = 0;
	rzc_reset_pending = false;
	rzc_last_us = 0U;
	rzc_boot_us = 0U;
	rzc_mode = VEHICLE_DBC_HEARTBEAT_RZC_MODE_INIT_CHOICE;
	rzc_fault_status = 0U;
}

void ecu_init(uint32_t seed)
{
	rzc_seed = seed;
	rzc_wdg_reset_seen = false;
	rzc_boot();
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	ecu_can_rx_uds_first(id, flags, dlc, data);
}

static void rzc_read_inputs(uint32_t elapsed_ms)
{
	rzc_in.phase_current = io_get(RZC_IN_PHASE_I);
	rzc_in.motor_temp = io_get(RZC_IN_MOTOR_T);
	rzc_in.inverter_temp = io_get(RZC_IN_INV_T);
	rzc_motor_rpm = io_get(RZC_IN_SPEED);
	rzc_in.battery_mv = io_get(RZC_IN_BATT_V);
	rzc_in.battery_i = io_get(RZC_IN_BATT_I);
	rzc_in.battery_temp = io_get(RZC_IN_BATT_T);
	rzc_in.aux_mv = io_get(RZC_IN_AUX_V);
	rzc_in.inverter_enable_fb = io_get(RZC_IN_ENABLE_FB) != 0;
	rzc_in.elapsed_ms = elapsed_ms;
	for (uint8_t i = 0U; i < 4U; i++) {
		int32_t w = io_get((uint8_t)(RZC_IN_WHEEL_FL + i));
		/* WheelSpeeds carries magnitudes: reversing shows as a positive speed */
		w = (w < 0) ? -w : w;
		rzc_wheel[i] = (uint16_t)((w > 30000) ? 30000 : w);
	}

	rzc_in.tq_valid = com_rx_fresh(RZC_RX_TORQUE);
	if (rzc_in.tq_valid) {
		struct vehicle_dbc_torque_request_t t;
		(void)vehicle_dbc_torque_request_unpack(&t, com_rx_data(RZC_RX_TORQUE), VEHICLE_DBC_TORQUE_REQUEST_LENGTH);
		rzc_in.tq_req = t.torque_req;
		rzc_in.direction = t.direction;
		rzc_in.inverter_enable_req = t.inverter_enable != 0U;
		rzc_in.regen_allowed = t.regen_allowed != 0U;
	} else {
		/* rzc_app switches the inverter off */
	}
	rzc_in.vs_valid = com_rx_fresh(RZC_RX_VEHICLE_STATE);
	bool vs_estop = false;
	if (rzc_in.vs_valid) {
		struct vehicle_dbc_vehicle_state_t v;
		(void)vehicle_dbc_vehicle_state_unpack(&v, com_rx_data(RZC_RX_VEHICLE_STATE), VEHICLE_DBC_VEHICLE_STATE_LENGTH);
		rzc_in.torque_limit_pct = v.torque_limit;
		vs_estop = v.e_stop_active != 0U;
	} else {
		/* rzc_app caps torque at the limp level */
	}
	if (com_rx_take_update(RZC_RX_CUTOFF)) {
		/* an event message: the last good frame stays in force until the FZC sends another */
		struct vehicle_dbc_motor_cutoff_req_t c;
		(void)vehicle_dbc_motor_cutoff_req_unpack(&c, com_rx_data(RZC_RX_CUTOFF), VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH);
		rzc_in.cutoff = c.cutoff_request != 0U;
	} else {
		/* unchanged */
	}
	bool estop_frame = false;
	if (com_rx_fresh(RZC_RX_ESTOP)) {
		struct vehicle_dbc_e_stop_t e;
		(void)vehicle_dbc_e_stop_unpack(&e, com_rx_data(RZC_RX_ESTOP), VEHICLE_DBC_E_STOP_LENGTH);
		estop_frame = e.active != 0U;
	} else {
		/* EStop is sent only while active: silence means no E-stop */
	}
	rzc_in.estop = estop_frame || vs_estop;
}

static void rzc_report(uint16_t ev, bool failed)
{
	(void)dem_set_event_status(ev, failed ? DEM_EVENT_FAILED : DEM_EVENT_PASSED);
}

static void rzc_monitors(void)
{
	rzc_report(RZC_EV_OVERCURRENT, rzc_out.overcurrent);
	rzc_report(RZC_EV_MOTOR_OVERTEMP, rzc_out.motor_overtemp);
	rzc_report(RZC_EV_INV_OVERTEMP, rzc_out.inverter_overtemp);
	rzc_report(RZC_EV_PACK_OV, rzc_out.pack_ov);
	rzc_report(RZC_EV_PACK_UV, rzc_out.pack_uv || rzc_out.pack_uv_severe);
	rzc_report(RZC_EV_PACK_OC, rzc_out.pack_oc);
	rzc_report(RZC_EV_PACK_OT, rzc_out.pack_ot);
	rzc_report(RZC_EV_AUX_UV, rzc_out.aux_uv);
	bool comm = rxmon_main(&rzc_rxmon_cfg);
	const dem_stats_t *ds = dem_stats();
	bool supply = rzc_out.pack_ov || rzc_out.pack_uv || rzc_out.pack_uv_severe || rzc_out.aux_uv;
	bool temp = rzc_out.temp_derate || rzc_out.pack_ot;
	bool nvm = (ds->nvm_corrupt != 0U) || (ds->nvm_write_errors != 0U);
	rzc_fault_status = (uint8_t)((rzc_out.overcurrent || rzc_out.pack_oc ? 0x02U : 0U) | (comm ? 0x04U : 0U) |
	                             (supply ? 0x08U : 0U) | (temp ? 0x10U : 0U) | (rzc_wdg_reset_seen ? 0x20U : 0U) |
	                             (nvm ? 0x40U : 0U) | (!ecu_config_ok() ? 0x80U : 0U));
	if (rzc_out.severe) {
		rzc_mode = VEHICLE_DBC_HEARTBEAT_RZC_MODE_SAFE_STOP_CHOICE;
	} else if (rzc_out.contactor_state != RZC_CONT_CLOSED) {
		rzc_mode = VEHICLE_DBC_HEARTBEAT_RZC_MODE_INIT_CHOICE;
	} else if ((rzc_fault_status & 0x1FU) != 0U) {
		rzc_mode = VEHICLE_DBC_HEARTBEAT_RZC_MODE_DEGRADED_CHOICE;
	} else {
		rzc_mode = VEHICLE_DBC_HEARTBEAT_RZC_MODE_RUN_CHOICE;
	}
}

void ecu_tick(uint64_t now_us)
{
	if (ecu_tick_begin(&rzc_boot_cfg, now_us)) {
		rzc_boot_us = now_us;
		rzc_next_10ms_us = now_us;
		if (rzc_wdg_reset_seen) {
			rzc_report(RZC_EV_WATCHDOG, true);
		} else {
			/* clean power-up */
		}
	} else {
		/* running */
	}
	rzc_last_us = now_us;
	rzc_read_inputs(ecu_tick_ms());
	wdg_deadline_start(ECU_SE_CONTROL, now_us);
	rzc_app_step(&rzc_in, &rzc_out);
	wdg_deadline_end(ECU_SE_CONTROL, now_us);
	io_set(IO_RZC_MOTOR_TORQUE_CMD, rzc_out.torque_cmd);
	io_set(IO_RZC_INVERTER_ENABLE, rzc_out.inverter_enable ? 1 : 0);
	io_set(IO_RZC_CONTACTOR, (int32_t)rzc_out.contactor);
	bool task10 = task10_due(&rzc_next_10ms_us, now_us);
	/* a failing monitor reports every 1 ms, so a fault is diagnosed as fast as before and its freeze frame is
	 * the same; passes and the receive supervision every 10 ms */
	bool failing = rzc_out.overcurrent || rzc_out.motor_overtemp || rzc_out.inverter_overtemp || rzc_out.pack_ov ||
	               rzc_out.pack_uv || rzc_out.pack_uv_severe || rzc_out.pack_oc || rzc_out.pack_ot || rzc_out.aux_uv;
	if (task10 || failing) {
		dem_main(now_us);
		rzc_monitors();
	} else {
		/* DTC results every 10 ms */
	}
	if (ecu_tick_end(task10, now_us)) {
		rzc_wdg_reset_seen = true;
		rzc_reset_pending = true;
	} else {
		/* healthy */
	}
	if (rzc_reset_pending) {
		/* outputs drop to their reset state like a real reset (contactor open, inverter off); DTC memory is
		 * saved first */
		dem_nvm_flush();
		io_set(IO_RZC_MOTOR_TORQUE_CMD, 0);
		io_set(IO_RZC_INVERTER_ENABLE, 0);
		io_set(IO_RZC_CONTACTOR, 0);
		rzc_boot();
	} else {
		/* keep running */
	}
}
