/*
 * TCU firmware image (telematics and diagnostics gateway): the ECU ABI exports (ecu_abi.h) wired to the basic
 * software, the OBD-II server (tcu_obd) and the DTC aggregation (bsw dtclist).
 * OBD-II and UDS share the TCU's addresses (functional 0x7DF, physical 0x7E6, response 0x7EE): a single frame
 * whose service ID is 0x01..0x0A is an OBD request and goes to the OBD ISO-TP channel, everything else
 * (UDS services from 0x10, first/consecutive frames) to the UDS server; a flow control frame goes to
 * whichever channel is sending a multi-frame answer (the OBD one for a VIN, else UDS).
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
#include "isotp.h"
#include "ports_abi.h"
#include "rxmon.h"
#include "tcu_obd.h"
#include "uds.h"
#include "uds_ports.h"
#include "vin.h"
#include "vehicle_dbc.h"
#include "task10.h"
#include "wdg.h"

/* A cyclic message is lost after three missed periods; an E2E receiver tolerates one lost frame. */
#define TCU_RX_TIMEOUT(cycle_ms) ((uint16_t)(3U * (cycle_ms)))
#define TCU_E2E_MAX_DELTA 2U
#define TCU_NVM_BLOCK_DEM 0U
#define TCU_NVM_BLOCK_VIN 1U
#define TCU_OBD_BUF_SIZE 128U   /* longest OBD answer: mode 03 with 32 DTCs = 66 bytes */
#define TCU_WDG_TIMEOUT_MS 100U /* virtual hardware watchdog */
#define TCU_NO_EVENT 0xFFU
#ifndef TCU_DTC_LIST_LEN
#define TCU_DTC_LIST_LEN 32U /* entries in the aggregate for OBD-II and DID 0xD200 */
#endif

/* heartbeat FaultStatus bits (DBC) */
#define TCU_FAULT_COMM 0x04U
#define TCU_FAULT_WDG_RESET 0x20U
#define TCU_FAULT_NVM 0x40U
#define TCU_FAULT_SOFTWARE 0x80U

/* ---- diagnostic events ---- */
enum { TCU_EV_LOST_CVC, TCU_EV_LOST_RZC, TCU_EV_VS_INVALID, TCU_EV_COUNT };

/* FTB 0x87 = "missing message" (SAE J2012-DA). */
static const dem_event_cfg_t tcu_events[TCU_EV_COUNT] = {
	[TCU_EV_LOST_CVC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0100U, 0x87U)},
	[TCU_EV_LOST_RZC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0293U, 0x87U)},
	/* three bad VehicleState frames in a row (CRC, data ID, counter) qualify; three good ones heal */
	[TCU_EV_VS_INVALID] = {.dtc = DEM_DTC(DEM_SYS_U, 0x0401U, 0x00U),
	                       .debounce = {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 3, .pass_threshold = -3,
	                                    .inc_step = 1U, .dec_step = 1U, .jump_down = 1U, .jump_up = 1U}},
};

/* ---- received messages: (name, DBC macro prefix, e2e, timeout, DEM event of the sender: tcu_rx_mon below) ----
 * MotorStatus and MotorTemp feed OBD PIDs 0x0C and 0x05; the DBC does not list the TCU as their receiver
 * yet (it hears every frame on the bus anyway). */
#define TCU_RX_LIST(X)                                                                                          \
	X(TCU_RX_VEHICLE_STATE, VEHICLE_DBC_VEHICLE_STATE, 1U, TCU_RX_TIMEOUT(VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS), \
	  TCU_EV_LOST_CVC)                                                                                          \
	X(TCU_RX_MOTOR_STATUS, VEHICLE_DBC_MOTOR_STATUS, 1U, TCU_RX_TIMEOUT(VEHICLE_DBC_MOTOR_STATUS_CYCLE_TIME_MS),  \
	  TCU_EV_LOST_RZC)                                                                                          \
	X(TCU_RX_MOTOR_TEMP, VEHICLE_DBC_MOTOR_TEMP, 0U, TCU_RX_TIMEOUT(VEHICLE_DBC_MOTOR_TEMP_CYCLE_TIME_MS),        \
	  TCU_EV_LOST_RZC)                                                                                          \
	X(TCU_RX_BATTERY_STATUS, VEHICLE_DBC_BATTERY_STATUS, 0U,                                                   \
	  TCU_RX_TIMEOUT(VEHICLE_DBC_BATTERY_STATUS_CYCLE_TIME_MS), TCU_EV_LOST_RZC)

#define TCU_RX_ENUM(name, msg, e2e, timeout, ev) name,
enum { TCU_RX_LIST(TCU_RX_ENUM) TCU_RX_COUNT, TCU_RX_DTC_EVENT = TCU_RX_COUNT };

#define TCU_RX_COM(name, msg, e2e, timeout, ev) DBC_COM_RX_ROW(name, msg, e2e, timeout, TCU_E2E_MAX_DELTA)
static const com_rx_cfg_t tcu_rx_cfg[TCU_RX_COUNT] = {TCU_RX_LIST(TCU_RX_COM)};

/* Supervised receivers, in the order of the sender events (one DTC per sending ECU: lost when any of its
 * messages is); VehicleState's E2E last, as one debounce step per bad or good frame. */
static const rxmon_entry_t tcu_rx_mon[] = {
	{.rx = TCU_RX_VEHICLE_STATE, .ev_timeout = TCU_EV_LOST_CVC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = TCU_RX_MOTOR_STATUS, .ev_timeout = TCU_EV_LOST_RZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = TCU_RX_MOTOR_TEMP, .ev_timeout = TCU_EV_LOST_RZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = TCU_RX_BATTERY_STATUS, .ev_timeout = TCU_EV_LOST_RZC, .ev_e2e = RXMON_EV_NONE, .after_first = false},
	{.rx = TCU_RX_VEHICLE_STATE, .ev_timeout = RXMON_EV_NONE, .ev_e2e = TCU_EV_VS_INVALID, .after_first = false},
};
RXMON_DEFINE(tcu_rxmon_cfg, tcu_rx_mon);

#define TCU_RX_CANIF(name, msg, e2e, timeout, ev) DBC_CANIF_RX_ROW(name, msg)
static const canif_rx_entry_t tcu_canif_rx[TCU_RX_COUNT + 1U] = {
	TCU_RX_LIST(TCU_RX_CANIF) DTCEVENT_CANIF_RX_ROW(TCU_RX_DTC_EVENT)};

/* ---- state ---- */
ISOTP_CHANNEL_DEFINE(tcu_obd_tp, TCU_OBD_BUF_SIZE);
static uint8_t tcu_obd_resp[TCU_OBD_BUF_SIZE];
static uint32_t tcu_seed;
static uint64_t tcu_next_10ms_us; /* the 10 ms task: DEM, monitors, watchdog manager */
static uint64_t tcu_now_us;
DTCLIST_DEFINE(tcu_dtcs, TCU_DTC_LIST_LEN);
static heartbeat_t tcu_hb = {.ecu_id = VEHICLE_DBC_NODE_TCU, .own_counter = true};
static uint8_t tcu_fault_status;
static bool tcu_reset_requested;
static uint32_t tcu_bad_diag_frames; /* diagnostic IDs with DLC > 8, FD or remote frames */
static uint32_t tcu_obd_requests;
static uint32_t tcu_obd_dropped;     /* OBD requests while the previous answer was still being sent */
/* survives the software reset, like a reset-reason register */
static bool tcu_wdg_reset_seen;

/* ---- transmitted messages ---- */
static int tcu_pack_heartbeat(uint8_t *dst, size_t size)
{
	return heartbeat_pack(&tcu_hb, VEHICLE_DBC_HEARTBEAT_TCU_MODE_RUN_CHOICE, tcu_fault_status, dst, size);
}

enum { TCU_TX_HEARTBEAT, TCU_TX_COUNT };

static const com_tx_cfg_t tcu_tx_cfg[TCU_TX_COUNT] = {
	DBC_COM_TX_ROW(TCU_TX_HEARTBEAT, VEHICLE_DBC_HEARTBEAT_TCU, 0U, 7U, tcu_pack_heartbeat)
};

/* ---- DtcEvent in and out: the TCU aggregates every ECU's DTCs, its own as they change ---- */
static dtcevent_lister_t tcu_lister = {.handle = TCU_RX_DTC_EVENT, .node = VEHICLE_DBC_NODE_TCU, .list = &tcu_dtcs};

static void tcu_rx_indication(uint16_t handle, const uint8_t *data, uint8_t len)
{
	if (!dtcevent_lister_rx(&tcu_lister, handle, data, len)) {
		com_rx_indication(handle, data, len);
	} else {
		/* a DtcEvent: aggregated, or counted as bad */
	}
}

static const com_config_t tcu_com_cfg = ECU_COM_CONFIG(tcu_tx_cfg, tcu_rx_cfg);
static const canif_config_t tcu_canif_cfg = ECU_CANIF_CONFIG(tcu_canif_rx, tcu_rx_indication);

/* ---- VIN (NVM block 1, default when empty) ---- */
static const uint8_t tcu_vin_default[VIN_LEN] = {'Z', 'B', 'V', '1', 'S', 'V', 'M', '0', '0',
                                                      '0', '0', '0', '0', '0', '0', '0', '1'};

/* ---- the bus data OBD answers from ---- */
static void tcu_obd_snapshot(tcu_obd_data_t *d)
{
	(void)memset(d, 0, sizeof *d);
	struct vehicle_dbc_vehicle_state_t vs;
	(void)vehicle_dbc_vehicle_state_unpack(&vs, com_rx_data(TCU_RX_VEHICLE_STATE), VEHICLE_DBC_VEHICLE_STATE_LENGTH);
	d->speed_valid = com_rx_fresh(TCU_RX_VEHICLE_STATE);
	d->speed = vs.vehicle_speed;
	struct vehicle_dbc_motor_status_t ms;
	(void)vehicle_dbc_motor_status_unpack(&ms, com_rx_data(TCU_RX_MOTOR_STATUS), VEHICLE_DBC_MOTOR_STATUS_LENGTH);
	d->motor_valid = com_rx_fresh(TCU_RX_MOTOR_STATUS);
	d->motor_rpm = ms.motor_speed;
	struct vehicle_dbc_motor_temp_t mt;
	(void)vehicle_dbc_motor_temp_unpack(&mt, com_rx_data(TCU_RX_MOTOR_TEMP), VEHICLE_DBC_MOTOR_TEMP_LENGTH);
	d->temp_valid = com_rx_fresh(TCU_RX_MOTOR_TEMP);
	d->motor_temp_raw = mt.motor_winding_temp;
	struct vehicle_dbc_battery_status_t bs;
	(void)vehicle_dbc_battery_status_unpack(&bs, com_rx_data(TCU_RX_BATTERY_STATUS),
	                                        VEHICLE_DBC_BATTERY_STATUS_LENGTH);
	d->batt_valid = com_rx_fresh(TCU_RX_BATTERY_STATUS);
	d->soc_raw = bs.soc;
	d->aux_raw = bs.aux_voltage;
	d->dtcs = &tcu_dtcs;
	d->vin = vin_get();
}

/* Mode 04: the TCU clears what it owns — the aggregated list and its own DTC memory. It does not clear the
 * other ECUs (a tester sends UDS 0x14 to 0x7DF for that); their DTCs come back on their next status change. */
static void tcu_clear_emission_dtcs(void)
{
	dtclist_clear(&tcu_dtcs);
	(void)dem_clear(DEM_GROUP_ALL);
}

static void tcu_obd_rx(void *user, const uint8_t *data, uint16_t len, bool functional, int32_t result)
{
	(void)user;
	if ((result != ISOTP_N_OK) || (len == 0U)) {
		return; /* counted by the channel */
	}
	tcu_obd_requests++;
	if (isotp_tx_busy(&tcu_obd_tp)) {
		tcu_obd_dropped++; /* a tester waits for the answer before the next request */
		return;
	}
	tcu_obd_data_t d;
	tcu_obd_snapshot(&d);
	bool clear = false;
	uint16_t n = tcu_obd_handle(&d, data, len, functional, tcu_obd_resp, (uint16_t)sizeof tcu_obd_resp, &clear);
	if (clear) {
		tcu_clear_emission_dtcs();
	} else {
		/* no side effect */
	}
	if (n > 0U) {
		(void)isotp_send(&tcu_obd_tp, tcu_obd_resp, n);
	} else {
		/* functional request the TCU does not answer */
	}
}

static const isotp_config_t tcu_obd_tp_cfg = {
	.rx_id = VEHICLE_DBC_UDS_REQ_TCU_FRAME_ID, .tx_id = VEHICLE_DBC_UDS_RESP_TCU_FRAME_ID,
	.func_id = VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, .tx = uds_port_canif_tx, .padding = ISOTP_PAD_DEFAULT,
	.rx_indication = tcu_obd_rx,
};

/* ---- DIDs (UDS 0x22 / 0x2E and freeze frames) ---- */
static const char tcu_sw_version[] = "TCU 1.0.0";
static const char tcu_serial[] = "ZBTCU0000001";

static int32_t tcu_did_read(uint16_t did, uint8_t *dst, uint16_t len)
{
	tcu_obd_data_t d;
	tcu_obd_snapshot(&d);
	switch (did) {
	case 0xF40DU: {
		/* vehicle speed in km/h, as OBD PID 0x0D */
		if (!d.speed_valid) {
			return -(int32_t)UDS_NRC_CNC;
		}
		uint32_t kmh = ((uint32_t)d.speed + 50U) / 100U;
		dst[0] = (uint8_t)((kmh > 255U) ? 255U : kmh);
		break;
	}
	case 0xF442U:
		/* control module voltage in mV, as OBD PID 0x42 */
		if (!d.batt_valid) {
			return -(int32_t)UDS_NRC_CNC;
		}
		bytes_put16(dst, (uint16_t)(d.aux_raw * 100U));
		break;
	case 0xD200U:
		/* the aggregated list: count, overflows (saturating), then per entry ECU, DTC (3), status, occurrence */
		dtclist_did_fill(&tcu_dtcs, dst, len);
		break;
	case 0xD2FEU: {
		/* counters: frames filtered, bad DLC, bad diagnostic frames, bad DtcEvents, DtcEvents not sent,
		 * OBD requests, OBD requests dropped, OBD ISO-TP garbage */
		const canif_stats_t *s = canif_stats();
		bytes_put32(dst, s->rx_filtered);
		bytes_put32(&dst[4], s->rx_bad_dlc);
		bytes_put32(&dst[8], tcu_bad_diag_frames);
		bytes_put32(&dst[12], tcu_lister.bad_events);
		bytes_put32(&dst[16], tcu_lister.tx_errors);
		bytes_put32(&dst[20], tcu_obd_requests);
		bytes_put32(&dst[24], tcu_obd_dropped);
		bytes_put32(&dst[28], isotp_stats(&tcu_obd_tp)->rx_garbage);
		break;
	}
	default:
		return -(int32_t)UDS_NRC_ROOR;
	}
	return 0;
}

#define TCU_DTC_LIST_DID_LEN (2U + (6U * TCU_DTC_LIST_LEN))

static const uds_did_t tcu_dids[] = {
	VIN_DID_ROW(UDS_IN_EXTENDED),
	VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, tcu_sw_version),
	VIN_DID_TEXT_ROW(VIN_DID_SERIAL, tcu_serial),
	{.id = 0xF40DU, .len = 1U, .read_sessions = UDS_IN_ALL, .read = tcu_did_read},
	{.id = 0xF442U, .len = 2U, .read_sessions = UDS_IN_ALL, .read = tcu_did_read},
	{.id = 0xD200U, .len = TCU_DTC_LIST_DID_LEN, .read_sessions = UDS_IN_ALL, .read = tcu_did_read},
	{.id = 0xD2FEU, .len = 32U, .read_sessions = UDS_IN_ALL, .read = tcu_did_read},
};

static const dem_ff_did_t tcu_ff_dids[] = {{.did = 0xF40DU, .len = 1U}, {.did = 0xF442U, .len = 2U}};

/* ---- routines (UDS 0x31) ---- */
static const uds_routine_t tcu_routines[] = {
	{.id = 0x0203U, .sessions = UDS_IN_EXTENDED, .start = ecu_rt_clear_list},
};

/* ECUReset restarts the image; NVM survives */
ECU_UDS_RESET_HOOK(tcu_uds_reset, tcu_reset_requested)

static const vin_config_t tcu_vin_cfg = ECU_VIN_CONFIG(TCU_NVM_BLOCK_VIN, tcu_vin_default, tcu_sw_version, tcu_serial);
static const uds_app_if_t tcu_uds_app = {.reset = tcu_uds_reset};

/* ---- watchdog: the 1 ms task must check in 100 times per 100 ms ---- */
static const wdg_entity_cfg_t tcu_wdg_entities[] = {
	WDG_ALIVE_ENTITY(100U, 100U, 5U, 1U),
};
static const wdg_config_t tcu_wdg_cfg = ECU_WDG_CONFIG(tcu_wdg_entities);

/* no IO channels; freeze frames read the OBD-style DIDs through tcu_did_read */
static const ecu_boot_t tcu_boot_cfg = {
	.canif = &tcu_canif_cfg, .vin = &tcu_vin_cfg, .node = VEHICLE_DBC_NODE_TCU, .lister = &tcu_lister,
	.dem = {ECU_DEM_CONFIG(tcu_events, TCU_EV_COUNT, tcu_ff_dids, TCU_NVM_BLOCK_DEM)},
	.uds = {UDS_CONFIG_ECU(TCU, tcu_dids, tcu_routines, &tcu_uds_app)},
	.did_fill = tcu_did_read, .rxmon = &tcu_rxmon_cfg, .com = &tcu_com_cfg, .wdg = &tcu_wdg_cfg,
	.hw_wdg_ms = TCU_WDG_TIMEOUT_MS,
};

/* ---- ABI ---- */
static void tcu_init_all(uint32_t seed)
{
	tcu_seed = seed;
	dtclist_clear(&tcu_dtcs);
	heartbeat_reset(&tcu_hb);
	tcu_fault_status = 0U;
	tcu_reset_requested = false;
	tcu_now_us = 0U;
	tcu_bad_diag_frames = 0U;
	tcu_obd_requests = 0U;
	tcu_obd_dropped = 0U;
	bool obd_ok = isotp_init(&tcu_obd_tp, &tcu_obd_tp_cfg) == ISOTP_N_OK;
	if (!ecu_boot(&tcu_boot_cfg, seed) || !obd_ok) {
		tcu_fault_status |= TCU_FAULT_SOFTWARE;
	} else {
		/* configured */
	}
	/* DTC memory unreadable, or something stored in the VIN's block that is not a VIN (never written: the
	 * default is expected) */
	if ((dem_stats()->nvm_corrupt > 0U) || (ecu_vin_loaded() == VIN_CORRUPT)) {
		tcu_fault_status |= TCU_FAULT_NVM;
	} else {
		/* DTC memory loaded or fresh */
	}
	/* DTCs stored before the reset are aggregated from the start */
	dtcevent_list_own(&tcu_dtcs, VEHICLE_DBC_NODE_TCU);
}

void ecu_init(uint32_t seed)
{
	tcu_wdg_reset_seen = false;
	tcu_init_all(seed);
}

static bool tcu_is_diag_id(uint32_t id)
{
	return (id == VEHICLE_DBC_UDS_REQ_TCU_FRAME_ID) || (id == VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID);
}

/* OBD requests are single frames (ISO 15765-4); flow control belongs to whoever is sending segmented. */
static bool tcu_is_obd_frame(const uint8_t *data, uint8_t len)
{
	if (len < 2U) {
		return false;
	}
	uint8_t pci = (uint8_t)(data[0] >> 4);
	uint8_t sf_dl = (uint8_t)(data[0] & 0x0FU);
	if ((pci == 0U) && (sf_dl >= 1U) && (sf_dl < len)) {
		return tcu_obd_is_request(data[1]);
	} else if (pci == 3U) {
		return isotp_tx_busy(&tcu_obd_tp);
	} else {
		return false;
	}
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	if (tcu_is_diag_id(id) && ((flags & CAN_FLAG_EXT) == 0U)) {
		/* ISO-TP runs on classic 8-byte frames only */
		if ((data == NULL) || (dlc > 8U) || ((flags & (CAN_FLAG_RTR | CAN_FLAG_FD)) != 0U)) {
			tcu_bad_diag_frames++;
		} else if (tcu_is_obd_frame(data, (uint8_t)dlc)) {
			(void)isotp_rx(&tcu_obd_tp, id, data, (uint8_t)dlc);
		} else {
			(void)uds_rx(id, data, (uint8_t)dlc);
		}
		return;
	}
	canif_rx(id, flags, dlc, data);
}

/* Timeouts per sending ECU (one DEM event for all messages of a sender) and VehicleState's E2E: rxmon. */
static void tcu_supervise(void)
{
	(void)rxmon_main(&tcu_rxmon_cfg);
	bool comm_lost = rxmon_lost(&tcu_rxmon_cfg); /* a sender timed out now; an E2E fault is not a loss */
	if (comm_lost) {
		tcu_fault_status |= TCU_FAULT_COMM;
	} else {
		tcu_fault_status = (uint8_t)(tcu_fault_status & ~TCU_FAULT_COMM);
	}
	if (tcu_wdg_reset_seen) {
		tcu_fault_status |= TCU_FAULT_WDG_RESET;
	} else {
		/* clean power-up */
	}
}

void ecu_tick(uint64_t now_us)
{
	/* UDS 0x11, or a hang (the hardware watchdog ran out: the 1 ms task missed its checkpoints): restart as
	 * after power-up; DTC memory and VIN are in NVM */
	bool by_wdg = !tcu_reset_requested && ecu_wdg_ran_out(now_us);
	if (tcu_reset_requested || by_wdg) {
		dem_nvm_flush();
		tcu_init_all(tcu_seed);
		tcu_wdg_reset_seen = tcu_wdg_reset_seen || by_wdg;
	} else {
		/* running */
	}
	tcu_now_us = now_us;
	if (ecu_start(&tcu_boot_cfg, now_us)) {
		tcu_next_10ms_us = now_us;
	} else {
		/* running */
	}
	if (task10_due(&tcu_next_10ms_us, now_us)) {
		wdg_main(now_us);
		tcu_supervise();
		dem_main(now_us);
	} else {
		/* supervision and DTC results every 10 ms */
	}
	isotp_main(&tcu_obd_tp, now_us);
	uds_main(now_us);
	com_main(now_us);
	canif_main();
	wdg_alive(0U);
}
