/*
 * BCM firmware image: the ECU ABI exports (ecu_abi.h) wired to the basic software and bcm_app.
 * Per tick: sample inputs, read the received messages, run the application, drive the outputs, report
 * monitor results to the DEM, then let COM send what is due, UDS answer and canif retry.
 * Diagnostics: DEM (NVM block 0), VIN in NVM block 1, UDS on 0x7E4/0x7DF → 0x7EC, watchdog manager with a
 * virtual hardware watchdog that resets the image when the 1 ms task stops being supervised as alive.
 */
#include <string.h>

#include "bcm_app.h"
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
#include "uds.h"
#include "uds_ports.h"
#include "vehicle_dbc.h"
#include "task10.h"
#include "wdg.h"

/* A cyclic message is lost after three missed periods; an E2E receiver tolerates one lost frame. */
#define BCM_RX_TIMEOUT(cycle_ms) ((uint16_t)(3U * (cycle_ms)))
#define BCM_E2E_MAX_DELTA 2U
/* BodyCommand carries a counter but no CRC: this many frames with an unchanged counter mean a frozen sender. */
#define BCM_BODY_FROZEN_FRAMES 3U
#define BCM_NVM_DEM 0U
#define BCM_NVM_VIN 1U
#define BCM_SW_VERSION "BCM-1.0.0"
#define BCM_SERIAL "ZB-BCM-0001"
#define BCM_HW_WDG_MS 50U
#define BCM_SESSION_MAX_SPEED 200U /* 0.01 km/h: no programming session while moving */
#define BCM_ROUTINE_LAMP_TEST 0x0401U
#define BCM_LAMP_TEST_US 5000000U

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
	[BCM_IN_LUX] = {.channel = IO_BCM_AMBIENT_LUX, .max = 200000},
	[BCM_IN_LIGHT_SWITCH] = {.channel = IO_BCM_LIGHT_SWITCH, .max = 3,
	                         .substitute = VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE,
	                         .debounce_ms = 20U},
	[BCM_IN_TURN_STALK] = {.channel = IO_BCM_TURN_STALK, .max = 2, .debounce_ms = 20U},
	[BCM_IN_HAZARD] = {.channel = IO_BCM_HAZARD_SWITCH, .max = 1, .debounce_ms = 20U},
	[BCM_IN_DOOR_FL] = {.channel = IO_BCM_DOOR_OPEN_FL, .max = 1, .debounce_ms = 20U},
	[BCM_IN_DOOR_FR] = {.channel = IO_BCM_DOOR_OPEN_FR, .max = 1, .debounce_ms = 20U},
	[BCM_IN_DOOR_RL] = {.channel = IO_BCM_DOOR_OPEN_RL, .max = 1, .debounce_ms = 20U},
	[BCM_IN_DOOR_RR] = {.channel = IO_BCM_DOOR_OPEN_RR, .max = 1, .debounce_ms = 20U},
	[BCM_IN_LOCK_BUTTON] = {.channel = IO_BCM_LOCK_BUTTON, .max = 2, .debounce_ms = 20U},
};
static const io_config_t bcm_io_cfg = {.port = &io_port_abi, .inputs = bcm_inputs_cfg, .input_count = BCM_IN_COUNT};

/* ---- communication ---- */
static bcm_outputs_t bcm_out;
static bcm_inputs_t bcm_in;
static heartbeat_t bcm_hb = {.ecu_id = VEHICLE_DBC_NODE_BCM, .own_counter = true};
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
	return heartbeat_pack(&bcm_hb, VEHICLE_DBC_HEARTBEAT_BCM_MODE_RUN_CHOICE, bcm_fault_status, dst, size);
}

enum { BCM_TX_LIGHTS, BCM_TX_INDICATORS, BCM_TX_DOORS, BCM_TX_HEARTBEAT, BCM_TX_COUNT };

/* Offsets spread the BCM's frames over different milliseconds of the 100 ms grid. */
static const com_tx_cfg_t bcm_tx_cfg[BCM_TX_COUNT] = {
	DBC_COM_TX_ROW(BCM_TX_LIGHTS, VEHICLE_DBC_LIGHTS, 0U, 1U, bcm_pack_lights)
	DBC_COM_TX_ROW(BCM_TX_INDICATORS, VEHICLE_DBC_INDICATORS, 0U, 2U, bcm_pack_indicators)
	DBC_COM_TX_ROW(BCM_TX_DOORS, VEHICLE_DBC_DOORS, 0U, 3U, bcm_pack_doors)
	DBC_COM_TX_ROW(BCM_TX_HEARTBEAT, VEHICLE_DBC_HEARTBEAT_BCM, 0U, 4U, bcm_pack_heartbeat)
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

#define BCM_RX_COM(name, msg, e2e, timeout) DBC_COM_RX_ROW(name, msg, e2e, timeout, BCM_E2E_MAX_DELTA)
static const com_rx_cfg_t bcm_rx_cfg[BCM_RX_COUNT] = {BCM_RX_LIST(BCM_RX_COM)};

#define BCM_RX_CANIF(name, msg, e2e, timeout) DBC_CANIF_RX_ROW(name, msg)
static const canif_rx_entry_t bcm_canif_rx[BCM_RX_COUNT] = {BCM_RX_LIST(BCM_RX_CANIF)};

static const com_config_t bcm_com_cfg = ECU_COM_CONFIG(bcm_tx_cfg, bcm_rx_cfg);
static const canif_config_t bcm_canif_cfg = ECU_CANIF_CONFIG(bcm_canif_rx, com_rx_indication);

/* ---- state between ticks ---- */
static uint32_t bcm_seed;
static uint64_t bcm_next_10ms_us; /* the 10 ms task: DEM, monitors, watchdog manager */
static uint64_t bcm_last_us;
static uint64_t bcm_boot_us;
static uint8_t bcm_prev_lock_button;
static uint8_t bcm_prev_lock_req;
static uint8_t bcm_body_counter;
static uint8_t bcm_body_frozen;
static bcm_outputs_t bcm_sent;
static uint8_t bcm_sent_doors;
static bool bcm_wdg_reset_seen; /* survives a watchdog reset, like a reset-reason register */
static bool bcm_reset_pending;
static bool bcm_lamp_test;
static uint64_t bcm_lamp_test_start_us;

/* ---- diagnostic events (event id = index; the README's DTC table follows this order) ---- */
enum {
	BCM_EV_LUX_SENSOR,
	BCM_EV_VS_TIMEOUT,
	BCM_EV_VS_E2E,
	BCM_EV_WHEELS_TIMEOUT,
	BCM_EV_BODY_TIMEOUT,
	BCM_EV_BODY_FROZEN,
	BCM_EV_ESTOP_E2E,
	BCM_EV_WATCHDOG,
	BCM_EV_COUNT
};

#define BCM_DEB_NONE {.kind = DEM_DEBOUNCE_NONE}
/* One bad frame adds 2, one good frame takes 1: every second frame corrupted still fails within 4 frames. */
#define BCM_DEB_E2E {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 4, .pass_threshold = -4, .inc_step = 2U, .dec_step = 1U, .jump_up = 1U}
/* The lamps react to an implausible light reading at once (lamps on); the DTC waits 100 ms so a single
 * glitch of the sensor line is not stored. */
#define BCM_DEB_SENSOR {.kind = DEM_DEBOUNCE_TIME, .fail_ms = 100U, .pass_ms = 100U}

static const dem_event_cfg_t bcm_events[BCM_EV_COUNT] = {
	[BCM_EV_LUX_SENSOR] = {.dtc = DEM_DTC(DEM_SYS_B, 0x1001U, 0x1CU), .debounce = BCM_DEB_SENSOR},
	[BCM_EV_VS_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0100U, 0x87U), .debounce = BCM_DEB_NONE},
	[BCM_EV_VS_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0401U, 0x00U), .debounce = BCM_DEB_E2E},
	[BCM_EV_WHEELS_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0293U, 0x87U), .debounce = BCM_DEB_NONE},
	[BCM_EV_BODY_TIMEOUT] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1104U, 0x87U), .debounce = BCM_DEB_NONE},
	[BCM_EV_BODY_FROZEN] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1104U, 0x82U), .debounce = BCM_DEB_NONE},
	[BCM_EV_ESTOP_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1105U, 0x83U), .debounce = BCM_DEB_E2E},
	[BCM_EV_WATCHDOG] = {.dtc = DEM_DTC(DEM_SYS_B, 0x1F01U, 0x47U), .debounce = BCM_DEB_NONE},
};

/* Supervised receivers. BodyCommand only counts as lost once it was heard: without a CVC forwarding the
 * stalks the BCM works from its own switches, which is a valid configuration (bench), not a fault. */
static const rxmon_entry_t bcm_rx_mon[BCM_RX_COUNT] = {
	{.rx = BCM_RX_ESTOP, .ev_timeout = RXMON_EV_NONE, .ev_e2e = BCM_EV_ESTOP_E2E, .after_first = false},
	{.rx = BCM_RX_VEHICLE_STATE, .ev_timeout = BCM_EV_VS_TIMEOUT, .ev_e2e = BCM_EV_VS_E2E, .after_first = false},
	{.rx = BCM_RX_WHEEL_SPEEDS, .ev_timeout = BCM_EV_WHEELS_TIMEOUT, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = BCM_RX_BODY_COMMAND, .ev_timeout = BCM_EV_BODY_TIMEOUT, .ev_e2e = RXMON_EV_NONE, .after_first = true},
};
RXMON_DEFINE(bcm_rxmon_cfg, bcm_rx_mon);

/* live data and freeze frame DIDs */
#define BCM_DID_SPEED 0xF40DU     /* 1 byte, km/h (OBD PID 0x0D) */
#define BCM_DID_TIME 0x0100U      /* 4 bytes, s since power-up */
#define BCM_DID_LUX 0xFD10U       /* 4 bytes, lx signed: the raw ambient light reading (< 0 = open circuit) */
#define BCM_DID_LAMPS 0xFD11U     /* 1 byte: bit 0 low, 1 high, 2 tail, 3 brake, 4 reverse, 5 left, 6 right */
#define BCM_DID_INDICATORS 0xFD12U /* 2 bytes: IndicatorState, HazardReason */
#define BCM_DID_DOORS 0xFD13U     /* 3 bytes: DoorLockState, LockReason, open doors (bit 0 FL .. bit 3 RR) */
static const dem_ff_did_t bcm_ff_dids[] = {
	{.did = BCM_DID_SPEED, .len = 1U},
	{.did = BCM_DID_TIME, .len = 4U},
	{.did = BCM_DID_LUX, .len = 4U},
	{.did = BCM_DID_LAMPS, .len = 1U},
	{.did = BCM_DID_DOORS, .len = 3U},
};

/* ---- NVM and DIDs ---- */
static const vin_config_t bcm_vin_cfg = {
	.nvm = &nvm_port_abi, .block = BCM_NVM_VIN, .unprogrammed = NULL, .sw_version = BCM_SW_VERSION, .serial = BCM_SERIAL};

static uint8_t bcm_doors_open_bits(void)
{
	uint8_t doors = 0U;
	for (uint8_t i = 0U; i < 4U; i++) {
		doors = (uint8_t)(doors | (bcm_in.door_open[i] ? (1U << i) : 0U));
	}
	return doors;
}

/* Fills a DID; 0, or -1 for an unknown DID or a wrong length. Content reflects the last tick's outputs. */
static int32_t bcm_did_fill(uint16_t did, uint8_t *dst, uint16_t len)
{
	static const struct {
		uint16_t did;
		uint16_t len;
	} lens[] = {
		{BCM_DID_SPEED, 1U}, {BCM_DID_TIME, 4U}, {BCM_DID_LUX, 4U}, {BCM_DID_LAMPS, 1U}, {BCM_DID_INDICATORS, 2U},
		{BCM_DID_DOORS, 3U},
	};
	bool known = false;
	for (size_t i = 0U; i < sizeof lens / sizeof lens[0]; i++) {
		known = known || ((lens[i].did == did) && (lens[i].len == len));
	}
	if (!known) {
		return -1;
	}
	switch (did) {
	case BCM_DID_SPEED: {
		uint32_t kmh = (uint32_t)bcm_in.speed / 100U;
		dst[0] = bcm_in.speed_valid ? (uint8_t)((kmh > 255U) ? 255U : kmh) : 0U;
		break;
	}
	case BCM_DID_TIME:
		bytes_put_be(dst, (uint32_t)((bcm_last_us - bcm_boot_us) / 1000000U), 4U);
		break;
	case BCM_DID_LUX:
		/* the pin itself: the application sees a substitute while the reading is implausible */
		bytes_put_be(dst, (uint32_t)io_port_abi.read(IO_BCM_AMBIENT_LUX), 4U);
		break;
	case BCM_DID_LAMPS:
		dst[0] = (uint8_t)(((bcm_out.headlamp_state != VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE) ? 0x01U : 0U) |
		                   ((bcm_out.headlamp_state == VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE) ? 0x02U : 0U) |
		                   (bcm_out.tail_lamp ? 0x04U : 0U) | (bcm_out.brake_lamp ? 0x08U : 0U) |
		                   (bcm_out.reverse_lamp ? 0x10U : 0U) | (bcm_out.left_lamp ? 0x20U : 0U) |
		                   (bcm_out.right_lamp ? 0x40U : 0U));
		break;
	case BCM_DID_INDICATORS:
		dst[0] = bcm_out.indicator_state;
		dst[1] = bcm_out.hazard_reason;
		break;
	default: /* BCM_DID_DOORS: the length table admits nothing else */
		dst[0] = bcm_out.lock_state;
		dst[1] = bcm_out.lock_reason;
		dst[2] = bcm_doors_open_bits();
		break;
	}
	return 0;
}

static const uds_did_t bcm_dids[] = {
	VIN_DID_ROW(UDS_IN_EXTENDED | UDS_IN_PROGRAMMING),
	VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, BCM_SW_VERSION),
	VIN_DID_TEXT_ROW(VIN_DID_SERIAL, BCM_SERIAL),
	{.id = BCM_DID_SPEED, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = BCM_DID_TIME, .len = 4U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = BCM_DID_LUX, .len = 4U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = BCM_DID_LAMPS, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = BCM_DID_INDICATORS, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = BCM_DID_DOORS, .len = 3U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
};

/* The lamp test lights every exterior lamp; flashing the whole car while it moves would mislead other road
 * users, and it must never mask the hazards of an E-stop, so it needs a known standstill and no E-stop. */
static bool bcm_lamp_test_allowed(void)
{
	return bcm_in.speed_valid && (bcm_in.speed <= BCM_STANDSTILL_SPEED) && !bcm_in.estop_active;
}

/* 0x31 0x0401 start: every exterior lamp on for 5 s; answers 1 byte, 1 = running. NRC 0x22 unless allowed. */
static int32_t bcm_routine_lamp_start(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out,
                                      uint16_t out_max)
{
	(void)rid;
	(void)in;
	if ((in_len != 0U) || (out_max < 1U)) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if (!bcm_lamp_test_allowed()) {
		return -(int32_t)UDS_NRC_CNC;
	}
	bcm_lamp_test = true;
	bcm_lamp_test_start_us = bcm_last_us;
	out[0] = 1U;
	return 1;
}

/* stop ends the test at once; results: 1 byte, 1 = still running, 0 = over (time up, stopped or aborted) */
static int32_t bcm_routine_lamp_stop_results(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out,
                                             uint16_t out_max)
{
	(void)rid;
	(void)in;
	if ((in_len != 0U) || (out_max < 1U)) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	out[0] = bcm_lamp_test ? 1U : 0U;
	return 1;
}

static int32_t bcm_routine_lamp_stop(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out,
                                     uint16_t out_max)
{
	int32_t n = bcm_routine_lamp_stop_results(rid, in, in_len, out, out_max);
	if (n > 0) {
		bcm_lamp_test = false;
		out[0] = 0U;
	} else {
		/* bad request: the test goes on */
	}
	return n;
}

static const uds_routine_t bcm_routines[] = {
	{.id = BCM_ROUTINE_LAMP_TEST, .sessions = UDS_IN_EXTENDED, .start = bcm_routine_lamp_start,
	 .stop = bcm_routine_lamp_stop, .results = bcm_routine_lamp_stop_results},
};

ECU_UDS_RESET_HOOK(bcm_uds_reset, bcm_reset_pending)

static bool bcm_session_allowed(uint8_t session)
{
	return (session != UDS_SESSION_PROGRAMMING) || (bcm_in.speed_valid && (bcm_in.speed < BCM_SESSION_MAX_SPEED));
}

static void bcm_session_changed(uint8_t session)
{
	(void)session;
	bcm_lamp_test = false; /* UDS forgets routine state on every session change; the lamps follow */
}

static const uds_app_if_t bcm_app_if = {
	.reset = bcm_uds_reset, .session_allowed = bcm_session_allowed, .session_changed = bcm_session_changed,
};

static const ecu_boot_t bcm_boot_cfg = {
	.canif = &bcm_canif_cfg, .io = &bcm_io_cfg, .vin = &bcm_vin_cfg, .node = VEHICLE_DBC_NODE_BCM,
	.dem = {ECU_DEM_CONFIG(bcm_events, BCM_EV_COUNT, bcm_ff_dids, BCM_NVM_DEM)},
	.uds = {UDS_CONFIG_ECU(BCM, bcm_dids, bcm_routines, &bcm_app_if)},
	.did_fill = bcm_did_fill, .rxmon = &bcm_rxmon_cfg, .com = &bcm_com_cfg, .wdg = &ecu_wdg_standard_cfg,
	.hw_wdg_ms = BCM_HW_WDG_MS, .app_init = bcm_app_init, .clear = {ECU_RAM(bcm_in), ECU_RAM(bcm_out), ECU_RAM(bcm_sent)},
};

/* ---- lifecycle ---- */
static void bcm_boot(void)
{
	(void)ecu_boot(&bcm_boot_cfg, bcm_seed); /* a refused config shows in the heartbeat: ecu_config_ok */
	bcm_sent_doors = 0U;
	heartbeat_reset(&bcm_hb);
	bcm_fault_status = 0U;
	bcm_reset_pending = false;
	bcm_last_us = 0U;
	bcm_boot_us = 0U;
	bcm_prev_lock_button = 0U;
	bcm_prev_lock_req = 0U;
	bcm_body_counter = 0U;
	bcm_body_frozen = 0U;
	bcm_lamp_test = false;
	bcm_lamp_test_start_us = 0U;
}

void ecu_init(uint32_t seed)
{
	bcm_seed = seed; /* only the UDS security seeds are random */
	bcm_wdg_reset_seen = false;
	bcm_boot();
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	ecu_can_rx_uds_first(id, flags, dlc, data);
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
}

/* While the lamp test runs every exterior lamp is lit; the reported states say so, so the cluster and a
 * trace show what the lamps really do. Ends after 5 s, or at once when the car moves or an E-stop comes. */
static void bcm_lamp_test_apply(uint64_t now_us)
{
	if (bcm_lamp_test && (((now_us - bcm_lamp_test_start_us) >= BCM_LAMP_TEST_US) || !bcm_lamp_test_allowed())) {
		bcm_lamp_test = false;
	} else {
		/* running, or not started */
	}
	if (bcm_lamp_test) {
		bcm_out.headlamp_state = VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE;
		bcm_out.tail_lamp = true;
		bcm_out.brake_lamp = true;
		bcm_out.reverse_lamp = true;
		bcm_out.left_lamp = true;
		bcm_out.right_lamp = true;
	} else {
		/* normal operation */
	}
}

static bool bcm_failed(uint16_t ev)
{
	return (dem_event_status(ev) & DEM_TF) != 0U;
}

static void bcm_monitors(void)
{
	(void)dem_set_event_status(BCM_EV_LUX_SENSOR, bcm_in.ambient_fault ? DEM_EVENT_PREFAILED : DEM_EVENT_PREPASSED);
	bool comm = rxmon_main(&bcm_rxmon_cfg);
	/* a sender that keeps repeating one BodyCommand counter is stuck: its stalk positions are stale */
	if (bcm_body_frozen >= BCM_BODY_FROZEN_FRAMES) {
		(void)dem_set_event_status(BCM_EV_BODY_FROZEN, DEM_EVENT_FAILED);
	} else if ((bcm_body_frozen == 0U) && com_rx_fresh(BCM_RX_BODY_COMMAND)) {
		(void)dem_set_event_status(BCM_EV_BODY_FROZEN, DEM_EVENT_PASSED);
	} else {
		/* no BodyCommand, or a repeat not yet judged */
	}
	comm = comm || bcm_failed(BCM_EV_BODY_FROZEN);
	const dem_stats_t *ds = dem_stats();
	bool nvm = (ds->nvm_corrupt != 0U) || (ds->nvm_write_errors != 0U);
	bcm_fault_status = (uint8_t)((bcm_failed(BCM_EV_LUX_SENSOR) ? 0x01U : 0U) | (comm ? 0x04U : 0U) |
	                             (bcm_wdg_reset_seen ? 0x20U : 0U) | (nvm ? 0x40U : 0U) |
	                             (!ecu_config_ok() ? 0x80U : 0U));
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
	uint8_t doors = bcm_doors_open_bits();
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
	if (ecu_tick_begin(&bcm_boot_cfg, now_us)) {
		bcm_boot_us = now_us;
		bcm_next_10ms_us = now_us;
		if (bcm_wdg_reset_seen) {
			(void)dem_set_event_status(BCM_EV_WATCHDOG, DEM_EVENT_FAILED);
		} else {
			/* clean power-up */
		}
	} else {
		/* running */
	}
	bcm_last_us = now_us;
	bcm_read_inputs();
	wdg_deadline_start(ECU_SE_CONTROL, now_us);
	bcm_app_step(&bcm_in, now_us, &bcm_out);
	wdg_deadline_end(ECU_SE_CONTROL, now_us);
	bcm_lamp_test_apply(now_us);
	bcm_write_outputs();
	bool task10 = task10_due(&bcm_next_10ms_us, now_us);
	/* a failing monitor reports (and debounces) every 1 ms, so a fault is diagnosed as fast as before;
	 * passes and the receive supervision every 10 ms */
	bool failing = bcm_in.ambient_fault || (bcm_body_frozen >= BCM_BODY_FROZEN_FRAMES);
	if (task10 || failing) {
		dem_main(now_us);
		bcm_monitors();
	} else {
		/* DTC results every 10 ms */
	}
	if (ecu_tick_end(task10, now_us)) {
		bcm_wdg_reset_seen = true;
		bcm_reset_pending = true;
	} else {
		/* healthy */
	}
	if (bcm_reset_pending) {
		/* outputs drop to their reset state like a real reset; DTC memory is saved first */
		dem_nvm_flush();
		bcm_boot();
	} else {
		/* keep running */
	}
}
