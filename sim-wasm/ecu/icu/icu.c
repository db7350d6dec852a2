/*
 * ICU firmware image (instrument cluster): the ECU ABI exports (ecu_abi.h) wired to the basic software and
 * icu_app. Per tick: decode the received messages into icu_inputs_t, supervise them (DEM), run the display
 * logic, drive the display IO channels and ClusterDisplay, then DEM, UDS, COM, canif and the watchdog.
 * DtcEvent frames of every ECU bypass COM (several may arrive between two ticks) into the DTC list.
 */
#include <string.h>

#include "bytes.h"
#include "canif.h"
#include "dtcevent.h"
#include "com.h"
#include "dem.h"
#include "dtclist.h"
#include "dbc_rows.h"
#include "ecu_abi.h"
#include "ecu_shell.h"
#include "heartbeat.h"
#include "icu_app.h"
#include "io.h"
#include "io_channels.h"
#include "ports_abi.h"
#include "rxmon.h"
#include "uds.h"
#include "uds_ports.h"
#include "vin.h"
#include "vehicle_dbc.h"
#include "task10.h"
#include "wdg.h"

#define ICU_US_PER_MS 1000U
#ifndef ICU_DTC_LIST_LEN
#define ICU_DTC_LIST_LEN 16U /* entries in the cluster list (DID 0xD101 reports all of it) */
#endif
/* A cyclic message is lost after three missed periods; an E2E receiver tolerates one lost frame. */
#define ICU_RX_TIMEOUT(cycle_ms) ((uint16_t)(3U * (cycle_ms)))
#define ICU_E2E_MAX_DELTA 2U
#define ICU_NVM_BLOCK_DEM 0U
#define ICU_NVM_BLOCK_VIN 1U
#define ICU_LAMP_TEST_US 3000000U /* routine 0x0201: every telltale lit for 3 s (bulb check) */
#define ICU_WDG_TIMEOUT_MS 100U   /* virtual hardware watchdog */
#define ICU_NO_EVENT 0xFFU

/* heartbeat FaultStatus bits (DBC) */
#define ICU_FAULT_COMM 0x04U
#define ICU_FAULT_WDG_RESET 0x20U
#define ICU_FAULT_NVM 0x40U
#define ICU_FAULT_SOFTWARE 0x80U

/* ---- diagnostic events (DEM table order = event id) ---- */
enum { ICU_EV_LOST_CVC, ICU_EV_LOST_FZC, ICU_EV_LOST_RZC, ICU_EV_LOST_SC, ICU_EV_LOST_BCM, ICU_EV_VS_INVALID, ICU_EV_COUNT };

/* FTB 0x87 = "missing message" (SAE J2012-DA). Losing the CVC or the RZC means the speed or the battery
 * shown may be wrong: those request the warning indicator (system fault telltale). */
static const dem_event_cfg_t icu_events[ICU_EV_COUNT] = {
	[ICU_EV_LOST_CVC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0100U, 0x87U), .wir = 1U},
	[ICU_EV_LOST_FZC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0129U, 0x87U)},
	[ICU_EV_LOST_RZC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0293U, 0x87U), .wir = 1U},
	[ICU_EV_LOST_SC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1003U, 0x87U)},
	[ICU_EV_LOST_BCM] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0140U, 0x87U)},
	/* three bad VehicleState frames in a row (CRC, data ID, counter) qualify; three good ones heal */
	[ICU_EV_VS_INVALID] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0401U, 0x00U),
	                       .debounce = {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 3, .pass_threshold = -3,
	                                    .inc_step = 1U, .dec_step = 1U, .jump_down = 1U, .jump_up = 1U}},
};

/* ---- received messages: (name, DBC macro prefix, e2e, timeout, DEM event of the sender: icu_rx_mon below) ---- */
#define ICU_RX_LIST(X)                                                                                          \
	X(ICU_RX_ESTOP, VEHICLE_DBC_E_STOP, 1U, ICU_RX_TIMEOUT(VEHICLE_DBC_E_STOP_CYCLE_TIME_MS), ICU_NO_EVENT)      \
	X(ICU_RX_VEHICLE_STATE, VEHICLE_DBC_VEHICLE_STATE, 1U, ICU_RX_TIMEOUT(VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS), \
	  ICU_EV_LOST_CVC)                                                                                          \
	X(ICU_RX_MOTOR_STATUS, VEHICLE_DBC_MOTOR_STATUS, 1U, ICU_RX_TIMEOUT(VEHICLE_DBC_MOTOR_STATUS_CYCLE_TIME_MS),  \
	  ICU_EV_LOST_RZC)                                                                                          \
	X(ICU_RX_MOTOR_TEMP, VEHICLE_DBC_MOTOR_TEMP, 0U, ICU_RX_TIMEOUT(VEHICLE_DBC_MOTOR_TEMP_CYCLE_TIME_MS),        \
	  ICU_EV_LOST_RZC)                                                                                          \
	X(ICU_RX_BATTERY_STATUS, VEHICLE_DBC_BATTERY_STATUS, 0U,                                                   \
	  ICU_RX_TIMEOUT(VEHICLE_DBC_BATTERY_STATUS_CYCLE_TIME_MS), ICU_EV_LOST_RZC)                                \
	X(ICU_RX_WHEEL_SPEEDS, VEHICLE_DBC_WHEEL_SPEEDS, 0U, ICU_RX_TIMEOUT(VEHICLE_DBC_WHEEL_SPEEDS_CYCLE_TIME_MS),  \
	  ICU_EV_LOST_RZC)                                                                                          \
	X(ICU_RX_SAFETY_STATUS, VEHICLE_DBC_SAFETY_STATUS, 1U,                                                     \
	  ICU_RX_TIMEOUT(VEHICLE_DBC_SAFETY_STATUS_CYCLE_TIME_MS), ICU_EV_LOST_SC)                                  \
	X(ICU_RX_FRONT_DISTANCE, VEHICLE_DBC_FRONT_DISTANCE, 0U,                                                   \
	  ICU_RX_TIMEOUT(VEHICLE_DBC_FRONT_DISTANCE_CYCLE_TIME_MS), ICU_EV_LOST_FZC)                                \
	X(ICU_RX_BRAKE_FAULT, VEHICLE_DBC_BRAKE_FAULT, 1U, 0U, ICU_NO_EVENT)                                        \
	X(ICU_RX_LIGHTS, VEHICLE_DBC_LIGHTS, 0U, ICU_RX_TIMEOUT(VEHICLE_DBC_LIGHTS_CYCLE_TIME_MS), ICU_EV_LOST_BCM)  \
	X(ICU_RX_INDICATORS, VEHICLE_DBC_INDICATORS, 0U, ICU_RX_TIMEOUT(VEHICLE_DBC_INDICATORS_CYCLE_TIME_MS),       \
	  ICU_EV_LOST_BCM)                                                                                          \
	X(ICU_RX_DOORS, VEHICLE_DBC_DOORS, 0U, ICU_RX_TIMEOUT(VEHICLE_DBC_DOORS_CYCLE_TIME_MS), ICU_EV_LOST_BCM)

#define ICU_RX_ENUM(name, msg, e2e, timeout, ev) name,
enum { ICU_RX_LIST(ICU_RX_ENUM) ICU_RX_COUNT, ICU_RX_DTC_EVENT = ICU_RX_COUNT };

#define ICU_RX_COM(name, msg, e2e, timeout, ev) DBC_COM_RX_ROW(name, msg, e2e, timeout, ICU_E2E_MAX_DELTA)
static const com_rx_cfg_t icu_rx_cfg[ICU_RX_COUNT] = {ICU_RX_LIST(ICU_RX_COM)};

/* Supervised receivers, in the order of the sender events (one DTC per sending ECU: lost when any of its
 * messages is); VehicleState's E2E last, as one debounce step per bad or good frame. */
static const rxmon_entry_t icu_rx_mon[] = {
	{.rx = ICU_RX_VEHICLE_STATE, .ev_timeout = ICU_EV_LOST_CVC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_FRONT_DISTANCE, .ev_timeout = ICU_EV_LOST_FZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_MOTOR_STATUS, .ev_timeout = ICU_EV_LOST_RZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_MOTOR_TEMP, .ev_timeout = ICU_EV_LOST_RZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_BATTERY_STATUS, .ev_timeout = ICU_EV_LOST_RZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_WHEEL_SPEEDS, .ev_timeout = ICU_EV_LOST_RZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_SAFETY_STATUS, .ev_timeout = ICU_EV_LOST_SC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_LIGHTS, .ev_timeout = ICU_EV_LOST_BCM, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_INDICATORS, .ev_timeout = ICU_EV_LOST_BCM, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_DOORS, .ev_timeout = ICU_EV_LOST_BCM, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = ICU_RX_VEHICLE_STATE, .ev_timeout = RXMON_EV_NONE, .ev_e2e = ICU_EV_VS_INVALID, .after_first = false},
};
RXMON_DEFINE(icu_rxmon_cfg, icu_rx_mon);

#define ICU_RX_CANIF(name, msg, e2e, timeout, ev) DBC_CANIF_RX_ROW(name, msg)
static const canif_rx_entry_t icu_canif_rx[ICU_RX_COUNT + 1U] = {
	ICU_RX_LIST(ICU_RX_CANIF) DTCEVENT_CANIF_RX_ROW(ICU_RX_DTC_EVENT)};

/* ---- state ---- */
static uint32_t icu_seed;
static uint64_t icu_next_10ms_us; /* the 10 ms task: DEM, monitors, watchdog manager */
static uint64_t icu_now_us;
static icu_inputs_t icu_in;
static icu_outputs_t icu_out;
DTCLIST_DEFINE(icu_dtcs, ICU_DTC_LIST_LEN);
static heartbeat_t icu_hb = {.ecu_id = VEHICLE_DBC_NODE_ICU, .own_counter = true};
static uint8_t icu_fault_status;
static bool icu_brake_fault_latched;
static uint64_t icu_lamp_test_until_us;
static bool icu_reset_requested;
static uint32_t icu_bad_diag_frames;  /* diagnostic IDs with DLC > 8, FD or extended format */
/* survives the software reset, like a reset-reason register */
static bool icu_wdg_reset_seen;

/* ---- transmitted messages ---- */
static uint8_t icu_tt_bit(uint16_t tt, uint32_t bit)
{
	return (uint8_t)(((uint32_t)tt >> bit) & 1U);
}

static int icu_pack_cluster(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_cluster_display_t m;
	(void)memset(&m, 0, sizeof m);
	uint16_t tt = icu_out.telltales;
	m.displayed_speed = icu_out.speed;
	m.displayed_soc = icu_out.soc;
	m.displayed_gear = icu_out.gear;
	m.displayed_mode = icu_out.mode;
	m.telltale_ready = icu_tt_bit(tt, ICU_TT_READY);
	m.telltale_system_fault = icu_tt_bit(tt, ICU_TT_SYSTEM_FAULT);
	m.telltale_battery_low = icu_tt_bit(tt, ICU_TT_BATTERY_LOW);
	m.telltale_motor_temp = icu_tt_bit(tt, ICU_TT_MOTOR_TEMP);
	m.telltale_brake_fault = icu_tt_bit(tt, ICU_TT_BRAKE_FAULT);
	m.telltale_steer_fault = icu_tt_bit(tt, ICU_TT_STEER_FAULT);
	m.telltale_turn_left = icu_tt_bit(tt, ICU_TT_TURN_LEFT);
	m.telltale_turn_right = icu_tt_bit(tt, ICU_TT_TURN_RIGHT);
	m.telltale_hazard = icu_tt_bit(tt, ICU_TT_HAZARD);
	m.telltale_low_beam = icu_tt_bit(tt, ICU_TT_LOW_BEAM);
	m.telltale_high_beam = icu_tt_bit(tt, ICU_TT_HIGH_BEAM);
	m.telltale_door_open = icu_tt_bit(tt, ICU_TT_DOOR_OPEN);
	m.telltale_e_stop = icu_tt_bit(tt, ICU_TT_ESTOP);
	m.telltale_collision_warn = icu_tt_bit(tt, ICU_TT_COLLISION_WARN);
	m.telltale_limp_mode = icu_tt_bit(tt, ICU_TT_LIMP_MODE);
	m.telltale_safety_kill = icu_tt_bit(tt, ICU_TT_SAFETY_KILL);
	m.warning_text_id = icu_out.warning;
	m.dtc_count = icu_dtcs.count;
	return vehicle_dbc_cluster_display_pack(dst, &m, size);
}

static int icu_pack_heartbeat(uint8_t *dst, size_t size)
{
	return heartbeat_pack(&icu_hb, VEHICLE_DBC_HEARTBEAT_ICU_MODE_RUN_CHOICE, icu_fault_status, dst, size);
}

enum { ICU_TX_CLUSTER, ICU_TX_HEARTBEAT, ICU_TX_COUNT };

static const com_tx_cfg_t icu_tx_cfg[ICU_TX_COUNT] = {
	DBC_COM_TX_ROW(ICU_TX_CLUSTER, VEHICLE_DBC_CLUSTER_DISPLAY, 0U, 5U, icu_pack_cluster)
	DBC_COM_TX_ROW(ICU_TX_HEARTBEAT, VEHICLE_DBC_HEARTBEAT_ICU, 0U, 6U, icu_pack_heartbeat)
};

/* ---- DtcEvent in and out: the cluster lists every ECU's DTCs, its own as they change ---- */
static dtcevent_lister_t icu_lister = {.handle = ICU_RX_DTC_EVENT, .node = VEHICLE_DBC_NODE_ICU, .list = &icu_dtcs};

static void icu_rx_indication(uint16_t handle, const uint8_t *data, uint8_t len)
{
	if (!dtcevent_lister_rx(&icu_lister, handle, data, len)) {
		com_rx_indication(handle, data, len);
	} else {
		/* a DtcEvent: listed, or counted as bad */
	}
}

static const com_config_t icu_com_cfg = ECU_COM_CONFIG(icu_tx_cfg, icu_rx_cfg);
static const canif_config_t icu_canif_cfg = ECU_CANIF_CONFIG(icu_canif_rx, icu_rx_indication);
static const io_config_t icu_io_cfg = {.port = &io_port_abi};

/* ---- DIDs (UDS 0x22 / 0x2E and freeze frames) ---- */
static const uint8_t icu_vin_default[VIN_LEN] = {'Z', 'B', 'V', '1', 'S', 'V', 'M', '0', '0',
                                                      '0', '0', '0', '0', '0', '0', '0', '1'};
static const char icu_sw_version[] = "ICU 1.0.0";
static const char icu_serial[] = "ZBICU0000001";

static int32_t icu_did_read(uint16_t did, uint8_t *dst, uint16_t len)
{
	switch (did) {
	case 0xF40DU: {
		/* true vehicle speed in km/h, as OBD PID 0x0D */
		int32_t v = icu_app_true_speed(&icu_in);
		if (v < 0) {
			return -(int32_t)UDS_NRC_CNC;
		} else {
			uint32_t kmh = ((uint32_t)v + 50U) / 100U;
			dst[0] = (uint8_t)((kmh > 255U) ? 255U : kmh);
		}
		break;
	}
	case 0xF442U:
		/* control module voltage in mV, as OBD PID 0x42: the 12 V supply from BatteryStatus */
		if (!icu_in.batt_valid) {
			return -(int32_t)UDS_NRC_CNC;
		} else {
			bytes_put16(dst, (uint16_t)(icu_in.batt.aux_voltage * 100U));
		}
		break;
	case 0xD100U:
		/* what the cluster shows: speed (0.1 km/h), SOC, gear, mode, telltales, warning, power (0.1 kW) */
		bytes_put16(dst, icu_out.speed);
		dst[2] = icu_out.soc;
		dst[3] = icu_out.gear;
		dst[4] = icu_out.mode;
		bytes_put16(&dst[5], icu_out.telltales);
		dst[7] = icu_out.warning;
		bytes_put16(&dst[8], (uint16_t)icu_out.power);
		break;
	case 0xD101U: {
		/* the DTC list: count, overflows (saturating), then per entry ECU, DTC (3), status, occurrence */
		dtclist_did_fill(&icu_dtcs, dst, len);
		break;
	}
	case 0xD1FEU: {
		/* error counters: frames filtered, bad DLC, bad diagnostic frames, bad DtcEvents, DtcEvents not sent */
		const canif_stats_t *s = canif_stats();
		bytes_put32(dst, s->rx_filtered);
		bytes_put32(&dst[4], s->rx_bad_dlc);
		bytes_put32(&dst[8], icu_bad_diag_frames);
		bytes_put32(&dst[12], icu_lister.bad_events);
		bytes_put32(&dst[16], icu_lister.tx_errors);
		break;
	}
	default:
		return -(int32_t)UDS_NRC_ROOR;
	}
	return 0;
}

#define ICU_DTC_LIST_DID_LEN (2U + (6U * ICU_DTC_LIST_LEN))

static const uds_did_t icu_dids[] = {
	VIN_DID_ROW(UDS_IN_EXTENDED),
	VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, icu_sw_version),
	VIN_DID_TEXT_ROW(VIN_DID_SERIAL, icu_serial),
	{.id = 0xF40DU, .len = 1U, .read_sessions = UDS_IN_ALL, .read = icu_did_read},
	{.id = 0xF442U, .len = 2U, .read_sessions = UDS_IN_ALL, .read = icu_did_read},
	{.id = 0xD100U, .len = 10U, .read_sessions = UDS_IN_ALL, .read = icu_did_read},
	{.id = 0xD101U, .len = ICU_DTC_LIST_DID_LEN, .read_sessions = UDS_IN_ALL, .read = icu_did_read},
	{.id = 0xD1FEU, .len = 20U, .read_sessions = UDS_IN_ALL, .read = icu_did_read},
};

static const dem_ff_did_t icu_ff_dids[] = {{.did = 0xF40DU, .len = 1U}, {.did = 0xF442U, .len = 2U}};

/* ---- routines (UDS 0x31) ---- */
static int32_t icu_rt_lamp_test(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)out;
	(void)out_max;
	if (in_len != 0U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	icu_lamp_test_until_us = icu_now_us + ICU_LAMP_TEST_US;
	return 0;
}

static int32_t icu_rt_lamp_test_stop(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out,
                                     uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out;
	(void)out_max;
	icu_lamp_test_until_us = 0U;
	return 0;
}

static int32_t icu_rt_lamp_test_results(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out,
                                        uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	if (out_max < 1U) {
		return -(int32_t)UDS_NRC_RTL;
	}
	out[0] = (icu_now_us < icu_lamp_test_until_us) ? 1U : 0U; /* 1 = still running */
	return 1;
}

static const uds_routine_t icu_routines[] = {
	{.id = 0x0201U, .sessions = UDS_IN_EXTENDED, .start = icu_rt_lamp_test, .stop = icu_rt_lamp_test_stop,
	 .results = icu_rt_lamp_test_results},
	{.id = 0x0202U, .sessions = UDS_IN_EXTENDED, .start = ecu_rt_clear_list},
};

/* ECUReset restarts the image; NVM survives */
ECU_UDS_RESET_HOOK(icu_uds_reset, icu_reset_requested)

static const vin_config_t icu_vin_cfg = ECU_VIN_CONFIG(ICU_NVM_BLOCK_VIN, icu_vin_default, icu_sw_version, icu_serial);
static const uds_app_if_t icu_uds_app = {.reset = icu_uds_reset};

/* ---- watchdog: the 1 ms task must check in 100 times per 100 ms ---- */
static const wdg_entity_cfg_t icu_wdg_entities[] = {
	WDG_ALIVE_ENTITY(100U, 100U, 5U, 1U),
};
static const wdg_config_t icu_wdg_cfg = ECU_WDG_CONFIG(icu_wdg_entities);

/* freeze frames read the OBD-style DIDs through icu_did_read */
static const ecu_boot_t icu_boot_cfg = {
	.canif = &icu_canif_cfg, .io = &icu_io_cfg, .vin = &icu_vin_cfg, .node = VEHICLE_DBC_NODE_ICU,
	.dem = {ECU_DEM_CONFIG(icu_events, ICU_EV_COUNT, icu_ff_dids, ICU_NVM_BLOCK_DEM)},
	.uds = {UDS_CONFIG_ECU(ICU, icu_dids, icu_routines, &icu_uds_app)},
	.lister = &icu_lister, .did_fill = icu_did_read, .rxmon = &icu_rxmon_cfg, .com = &icu_com_cfg, .wdg = &icu_wdg_cfg,
	.hw_wdg_ms = ICU_WDG_TIMEOUT_MS,
};

/* ---- ABI ---- */
static void icu_init_all(uint32_t seed)
{
	icu_seed = seed;
	(void)memset(&icu_in, 0, sizeof icu_in);
	(void)memset(&icu_out, 0, sizeof icu_out);
	dtclist_clear(&icu_dtcs);
	heartbeat_reset(&icu_hb);
	icu_fault_status = 0U;
	icu_brake_fault_latched = false;
	icu_lamp_test_until_us = 0U;
	icu_reset_requested = false;
	icu_now_us = 0U;
	icu_bad_diag_frames = 0U;
	if (!ecu_boot(&icu_boot_cfg, seed)) {
		icu_fault_status |= ICU_FAULT_SOFTWARE;
	} else {
		/* configured */
	}
	/* DTC memory unreadable, or something stored in the VIN's block that is not a VIN (never written: the
	 * default is expected) */
	if ((dem_stats()->nvm_corrupt > 0U) || (ecu_vin_loaded() == VIN_CORRUPT)) {
		icu_fault_status |= ICU_FAULT_NVM;
	} else {
		/* DTC memory loaded or fresh */
	}
	/* DTCs stored before the reset are on the list from the start */
	dtcevent_list_own(&icu_dtcs, VEHICLE_DBC_NODE_ICU);
	icu_app_init();
}

void ecu_init(uint32_t seed)
{
	icu_wdg_reset_seen = false;
	icu_init_all(seed);
}

static bool icu_is_diag_id(uint32_t id)
{
	return (id == VEHICLE_DBC_UDS_REQ_ICU_FRAME_ID) || (id == VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID);
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	if (icu_is_diag_id(id) && ((flags & CAN_FLAG_EXT) == 0U)) {
		/* ISO-TP runs on classic 8-byte frames only */
		if ((data == NULL) || (dlc > 8U) || ((flags & (CAN_FLAG_RTR | CAN_FLAG_FD)) != 0U)) {
			icu_bad_diag_frames++;
		} else {
			(void)uds_rx(id, data, (uint8_t)dlc);
		}
		return;
	}
	canif_rx(id, flags, dlc, data);
}

/* Timeouts per sending ECU (one DEM event for all messages of a sender) and VehicleState's E2E: rxmon. */
static void icu_supervise(void)
{
	(void)rxmon_main(&icu_rxmon_cfg);
	icu_in.comm_lost = rxmon_lost(&icu_rxmon_cfg); /* a sender timed out now; an E2E fault is not a loss */
}

static void icu_read_inputs(void)
{
	icu_in.vs_valid = com_rx_fresh(ICU_RX_VEHICLE_STATE);
	(void)vehicle_dbc_vehicle_state_unpack(&icu_in.vs, com_rx_data(ICU_RX_VEHICLE_STATE),
	                                       VEHICLE_DBC_VEHICLE_STATE_LENGTH);
	icu_in.wheels_valid = com_rx_fresh(ICU_RX_WHEEL_SPEEDS);
	struct vehicle_dbc_wheel_speeds_t w;
	(void)vehicle_dbc_wheel_speeds_unpack(&w, com_rx_data(ICU_RX_WHEEL_SPEEDS), VEHICLE_DBC_WHEEL_SPEEDS_LENGTH);
	icu_in.wheel_speed[0] = w.wheel_speed_fl;
	icu_in.wheel_speed[1] = w.wheel_speed_fr;
	icu_in.wheel_speed[2] = w.wheel_speed_rl;
	icu_in.wheel_speed[3] = w.wheel_speed_rr;
	icu_in.batt_valid = com_rx_fresh(ICU_RX_BATTERY_STATUS);
	(void)vehicle_dbc_battery_status_unpack(&icu_in.batt, com_rx_data(ICU_RX_BATTERY_STATUS),
	                                        VEHICLE_DBC_BATTERY_STATUS_LENGTH);
	icu_in.motor_valid = com_rx_fresh(ICU_RX_MOTOR_STATUS);
	(void)vehicle_dbc_motor_status_unpack(&icu_in.motor, com_rx_data(ICU_RX_MOTOR_STATUS),
	                                      VEHICLE_DBC_MOTOR_STATUS_LENGTH);
	icu_in.temp_valid = com_rx_fresh(ICU_RX_MOTOR_TEMP);
	(void)vehicle_dbc_motor_temp_unpack(&icu_in.temp, com_rx_data(ICU_RX_MOTOR_TEMP), VEHICLE_DBC_MOTOR_TEMP_LENGTH);
	icu_in.safety_valid = com_rx_fresh(ICU_RX_SAFETY_STATUS);
	(void)vehicle_dbc_safety_status_unpack(&icu_in.safety, com_rx_data(ICU_RX_SAFETY_STATUS),
	                                       VEHICLE_DBC_SAFETY_STATUS_LENGTH);
	icu_in.dist_valid = com_rx_fresh(ICU_RX_FRONT_DISTANCE);
	struct vehicle_dbc_front_distance_t fd;
	(void)vehicle_dbc_front_distance_unpack(&fd, com_rx_data(ICU_RX_FRONT_DISTANCE),
	                                        VEHICLE_DBC_FRONT_DISTANCE_LENGTH);
	icu_in.aeb_zone = fd.aeb_zone;
	if (com_rx_take_update(ICU_RX_BRAKE_FAULT)) {
		/* event message: the last frame's state holds until the next one */
		struct vehicle_dbc_brake_fault_t bf;
		(void)vehicle_dbc_brake_fault_unpack(&bf, com_rx_data(ICU_RX_BRAKE_FAULT), VEHICLE_DBC_BRAKE_FAULT_LENGTH);
		icu_brake_fault_latched = bf.brake_fault_active == VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_ACTIVE_ACTIVE_CHOICE;
	} else {
		/* no news */
	}
	icu_in.brake_fault_event = icu_brake_fault_latched;
	icu_in.ind_valid = com_rx_fresh(ICU_RX_INDICATORS);
	(void)vehicle_dbc_indicators_unpack(&icu_in.ind, com_rx_data(ICU_RX_INDICATORS), VEHICLE_DBC_INDICATORS_LENGTH);
	icu_in.lights_valid = com_rx_fresh(ICU_RX_LIGHTS);
	struct vehicle_dbc_lights_t l;
	(void)vehicle_dbc_lights_unpack(&l, com_rx_data(ICU_RX_LIGHTS), VEHICLE_DBC_LIGHTS_LENGTH);
	icu_in.headlamp_state = l.headlamp_state;
	icu_in.doors_valid = com_rx_fresh(ICU_RX_DOORS);
	struct vehicle_dbc_doors_t d;
	(void)vehicle_dbc_doors_unpack(&d, com_rx_data(ICU_RX_DOORS), VEHICLE_DBC_DOORS_LENGTH);
	icu_in.door_open = (d.door_open_fl | d.door_open_fr | d.door_open_rl | d.door_open_rr) != 0U;
	bool estop = false;
	if (com_rx_fresh(ICU_RX_ESTOP)) {
		struct vehicle_dbc_e_stop_t e;
		(void)vehicle_dbc_e_stop_unpack(&e, com_rx_data(ICU_RX_ESTOP), VEHICLE_DBC_E_STOP_LENGTH);
		estop = e.active != 0U;
	} else {
		/* EStop is sent only while active: silence means no E-stop */
	}
	icu_in.estop_frame = estop;
	icu_in.dtc_warning = dtclist_count(&icu_dtcs, DEM_WIR) > 0U;
	icu_in.dtc_confirmed = dtclist_count(&icu_dtcs, DEM_CDTC) > 0U;
	icu_in.lamp_test = icu_now_us < icu_lamp_test_until_us;
	if (icu_in.comm_lost) {
		icu_fault_status |= ICU_FAULT_COMM;
	} else {
		icu_fault_status = (uint8_t)(icu_fault_status & ~ICU_FAULT_COMM);
	}
}

static void icu_write_outputs(void)
{
	io_set(IO_ICU_DISPLAY_SPEED, (int32_t)icu_out.speed);
	io_set(IO_ICU_DISPLAY_SOC, (int32_t)icu_out.soc);
	io_set(IO_ICU_DISPLAY_GEAR, (int32_t)icu_out.gear);
	io_set(IO_ICU_TELLTALES, (int32_t)icu_out.telltales);
	io_set(IO_ICU_WARNING_TEXT, (int32_t)icu_out.warning);
	io_set(IO_ICU_DISPLAY_POWER, (int32_t)icu_out.power);
}

void ecu_tick(uint64_t now_us)
{
	/* UDS 0x11, or a hang (the hardware watchdog ran out: the 1 ms task missed its checkpoints): restart as
	 * after power-up; DTC memory and VIN are in NVM */
	bool by_wdg = !icu_reset_requested && ecu_wdg_ran_out(now_us);
	if (icu_reset_requested || by_wdg) {
		dem_nvm_flush();
		icu_init_all(icu_seed);
		icu_wdg_reset_seen = icu_wdg_reset_seen || by_wdg;
	} else {
		/* running */
	}
	icu_now_us = now_us;
	if (ecu_start(&icu_boot_cfg, now_us)) {
		icu_next_10ms_us = now_us;
	} else {
		/* running */
	}
	bool task10 = task10_due(&icu_next_10ms_us, now_us);
	if (task10) {
		wdg_main(now_us);
		icu_supervise();
	} else {
		/* supervision and DTC results every 10 ms */
	}
	icu_read_inputs();
	if (icu_wdg_reset_seen) {
		icu_fault_status |= ICU_FAULT_WDG_RESET;
	} else {
		/* clean power-up */
	}
	icu_app_step(&icu_in, now_us, &icu_out);
	icu_write_outputs();
	if (task10) {
		dem_main(now_us);
	} else {
		/* every 10 ms */
	}
	uds_main(now_us);
	com_main(now_us);
	canif_main();
	wdg_alive(0U);
}
