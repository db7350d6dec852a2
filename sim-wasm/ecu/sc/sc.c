/*
 * SC firmware image: the ECU ABI exports (ecu_abi.h) wired to the basic software and sc_app.
 * 1 ms task: bus supervision into sc_inputs_t, sc_app_step, the kill relay output, SafetyStatus at once on a
 * change, then UDS, DEM, watchdog, COM and canif. The kill relay is driven in the same millisecond a check
 * confirms, so the reaction time is the check's detection + confirmation time, nothing more.
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
#include "io.h"
#include "io_channels.h"
#include "ports_abi.h"
#include "sc_app.h"
#include "uds.h"
#include "uds_ports.h"
#include "vin.h"
#include "vehicle_dbc.h"
#include "task10.h"
#include "wdg.h"

#define SC_US_PER_MS 1000U
#define SC_UDS_PHYS_ID 0x7E3U /* SC is node 3 in BU_ order */
#define SC_UDS_FUNC_ID 0x7DFU
#define SC_UDS_RESP_ID (SC_UDS_PHYS_ID + 8U)
#define SC_NVM_DEM 1U
#define SC_NVM_VIN 2U
#define SC_HW_WDG_MS 50U
#define SC_RID_RESET_KILL 0x0301U
#define SC_E2E_MAX_DELTA 2U
#define SC_ESTOP_TIMEOUT_MS 30U /* EStop repeats every 10 ms while active: 3 missed ends it */
#define SC_REPORT_PERIOD_MS 10U

/* ---- IO: the SC reads no pins, it drives one ---- */
static const io_config_t sc_io_cfg = {.port = &io_port_abi};

/* ---- DEM ---- */
enum {
	SC_EV_BUS_SILENCE,
	SC_EV_HB_CVC,
	SC_EV_HB_FZC,
	SC_EV_HB_RZC,
	SC_EV_E2E,
	SC_EV_PLAUS,
	SC_EV_CREEP,
	SC_EV_CUTOFF,
	SC_EV_SELF_TEST,
	SC_EV_WDG,
	SC_EV_COUNT
};
#define SC_EV_NONE 0xFFU

/* DEM event of each check (the E-stop is a driver action, not a fault) */
static const uint8_t sc_mon_event[SC_MON_COUNT] = {
	[SC_MON_BUS_SILENCE] = SC_EV_BUS_SILENCE, [SC_MON_HB_CVC] = SC_EV_HB_CVC, [SC_MON_HB_FZC] = SC_EV_HB_FZC,
	[SC_MON_HB_RZC] = SC_EV_HB_RZC,           [SC_MON_E2E] = SC_EV_E2E,       [SC_MON_ESTOP] = SC_EV_NONE,
	[SC_MON_PLAUS] = SC_EV_PLAUS,             [SC_MON_CREEP] = SC_EV_CREEP,   [SC_MON_CUTOFF] = SC_EV_CUTOFF,
};

#define SC_DEB_NONE {.kind = DEM_DEBOUNCE_NONE}
static const dem_event_cfg_t sc_events[SC_EV_COUNT] = {
	[SC_EV_BUS_SILENCE] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1001U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_HB_CVC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1010U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_HB_FZC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1011U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_HB_RZC] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1012U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_E2E] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1401U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_PLAUS] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A00U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_CREEP] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A01U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_CUTOFF] = {.dtc = DEM_DTC(DEM_SYS_P, 0x1A02U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_SELF_TEST] = {.dtc = DEM_DTC(DEM_SYS_U, 0x1002U, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
	[SC_EV_WDG] = {.dtc = DEM_DTC(DEM_SYS_P, 0x060AU, 0x00U), .debounce = SC_DEB_NONE, .wir = 1U},
};

#define SC_DID_SPEED 0xF40DU   /* vehicle speed, 1 byte km/h */
#define SC_DID_KILL 0x0300U    /* kill reason, relay state: 2 bytes */
#define SC_DID_CURRENT 0x0301U /* phase current 0.1 A, 2 bytes big-endian */
#define SC_DID_TORQUE 0x0302U  /* requested torque 0.1 Nm, 2 bytes signed big-endian */
static const dem_ff_did_t sc_ff_dids[] = {{.did = SC_DID_SPEED, .len = 1U}, {.did = SC_DID_KILL, .len = 2U}, {.did = SC_DID_CURRENT, .len = 2U},
                                          {.did = SC_DID_TORQUE, .len = 2U}};

/* ---- state between ticks ---- */
static uint32_t sc_seed;
static uint64_t sc_next_10ms_us; /* the 10 ms task: DEM, monitors, watchdog manager */
static uint64_t sc_last_us;
static uint64_t sc_last_frame_us;
static sc_inputs_t sc_in;
static sc_outputs_t sc_out;
static uint8_t sc_sent_state;
static bool sc_cutoff;
static bool sc_wdg_reset_seen; /* survives a watchdog reset, not a power-up */
static bool sc_reset_pending;
static uint8_t sc_latched_reason; /* a kill survives an ECU reset (0x11, watchdog), not a power-up */
static uint32_t sc_report_ms;

/* ---- communication: TX ---- */
static uint8_t sc_dbc_mode(void)
{
	static const uint8_t map[SC_MODE_COUNT] = {VEHICLE_DBC_SAFETY_STATUS_MODE_INIT_CHOICE,
	                                           VEHICLE_DBC_SAFETY_STATUS_MODE_RUN_CHOICE,
	                                           VEHICLE_DBC_SAFETY_STATUS_MODE_SAFE_STOP_CHOICE};
	return map[sc_out.state];
}

static int sc_pack_safety_status(uint8_t *dst, size_t size)
{
	struct vehicle_dbc_safety_status_t m;
	(void)memset(&m, 0, sizeof m);
	m.ecu_id = VEHICLE_DBC_NODE_SC;
	m.mode = sc_dbc_mode();
	uint8_t f = 0U;
	f |= (sc_out.confirmed[SC_MON_BUS_SILENCE] || sc_out.confirmed[SC_MON_HB_CVC] || sc_out.confirmed[SC_MON_HB_FZC] ||
	      sc_out.confirmed[SC_MON_HB_RZC] || sc_out.confirmed[SC_MON_E2E])
	         ? 0x04U
	         : 0U; /* bit 2 communication */
	f |= sc_wdg_reset_seen ? 0x20U : 0U;
	f |= (dem_stats()->nvm_write_errors > 0U) ? 0x40U : 0U;
	m.fault_status = f;
	uint16_t n = dem_count(DEM_TF);
	m.active_dtc_count = (n > 255U) ? 255U : (uint8_t)n;
	m.kill_reason = sc_out.kill_reason;
	m.kill_relay_closed = sc_out.relay_closed ? 1U : 0U;
	m.hb_timeout_cvc = sc_out.confirmed[SC_MON_HB_CVC] ? 1U : 0U;
	m.hb_timeout_fzc = sc_out.confirmed[SC_MON_HB_FZC] ? 1U : 0U;
	m.hb_timeout_rzc = sc_out.confirmed[SC_MON_HB_RZC] ? 1U : 0U;
	m.e2e_fault = sc_out.confirmed[SC_MON_E2E] ? 1U : 0U;
	m.torque_plaus_fault = sc_out.confirmed[SC_MON_PLAUS] ? 1U : 0U;
	m.creep_fault = sc_out.confirmed[SC_MON_CREEP] ? 1U : 0U;
	m.bus_silence = sc_out.confirmed[SC_MON_BUS_SILENCE] ? 1U : 0U;
	return vehicle_dbc_safety_status_pack(dst, &m, size);
}

enum { SC_TX_SAFETY, SC_TX_COUNT };
static const com_tx_cfg_t sc_tx_cfg[SC_TX_COUNT] = {
	DBC_COM_TX_ROW(SC_TX_SAFETY, VEHICLE_DBC_SAFETY_STATUS, 1U, 3U, sc_pack_safety_status)
};

/* ---- communication: RX ---- */
/* (name, DBC prefix, e2e, timeout ms, supervised by the E2E check: 0 no, 1 counter and CRC, 2 also deadline) */
#define SC_RX_LIST(X)                                                                  \
	X(SC_RX_HB_CVC, VEHICLE_DBC_HEARTBEAT_CVC, 1U, SC_HB_TIMEOUT_MS, 1U)             \
	X(SC_RX_HB_FZC, VEHICLE_DBC_HEARTBEAT_FZC, 1U, SC_HB_TIMEOUT_MS, 1U)             \
	X(SC_RX_HB_RZC, VEHICLE_DBC_HEARTBEAT_RZC, 1U, SC_HB_TIMEOUT_MS, 1U)             \
	X(SC_RX_TORQUE, VEHICLE_DBC_TORQUE_REQUEST, 1U, SC_MSG_TIMEOUT_MS, 2U)           \
	X(SC_RX_MOTOR_CURRENT, VEHICLE_DBC_MOTOR_CURRENT, 1U, SC_MSG_TIMEOUT_MS, 2U)     \
	X(SC_RX_MOTOR_STATUS, VEHICLE_DBC_MOTOR_STATUS, 1U, SC_MSG_TIMEOUT_MS, 2U)       \
	X(SC_RX_VEHICLE_STATE, VEHICLE_DBC_VEHICLE_STATE, 1U, SC_MSG_TIMEOUT_MS, 2U)     \
	X(SC_RX_WHEELS, VEHICLE_DBC_WHEEL_SPEEDS, 0U, 30U, 0U)                           \
	X(SC_RX_ESTOP, VEHICLE_DBC_E_STOP, 1U, SC_ESTOP_TIMEOUT_MS, 1U)                  \
	X(SC_RX_CUTOFF, VEHICLE_DBC_MOTOR_CUTOFF_REQ, 1U, 0U, 1U)

#define SC_RX_ENUM(name, msg, e2e, timeout, sup) name,
enum { SC_RX_LIST(SC_RX_ENUM) SC_RX_COUNT, SC_RX_UDS_PHYS = SC_RX_COUNT, SC_RX_UDS_FUNC, SC_CANIF_COUNT };

#define SC_RX_COM(name, msg, e2e, timeout, sup) DBC_COM_RX_ROW(name, msg, e2e, timeout, SC_E2E_MAX_DELTA)
static const com_rx_cfg_t sc_rx_cfg[SC_RX_COUNT] = {SC_RX_LIST(SC_RX_COM)};

#define SC_RX_SUP(name, msg, e2e, timeout, sup) [name] = (sup),
static const uint8_t sc_rx_supervised[SC_RX_COUNT] = {SC_RX_LIST(SC_RX_SUP)};

#define SC_RX_CANIF(name, msg, e2e, timeout, sup) DBC_CANIF_RX_ROW(name, msg)
static const canif_rx_entry_t sc_canif_rx[SC_CANIF_COUNT] = {
	SC_RX_LIST(SC_RX_CANIF){.id = SC_UDS_PHYS_ID, .handle = SC_RX_UDS_PHYS},
	{.id = SC_UDS_FUNC_ID, .handle = SC_RX_UDS_FUNC},
};

/* per supervised message: error balance (+1 bad frame, -1 good frame) and the counters last seen */
static int32_t sc_e2e_balance[SC_RX_COUNT];
static uint32_t sc_e2e_err_seen[SC_RX_COUNT];
static uint32_t sc_e2e_ok_seen[SC_RX_COUNT];

ECU_RX_COM_UDS(sc_rx_indication, SC_RX_COUNT, SC_UDS_PHYS_ID, SC_UDS_FUNC_ID)

static const com_config_t sc_com_cfg = ECU_COM_CONFIG(sc_tx_cfg, sc_rx_cfg);
static const canif_config_t sc_canif_cfg = ECU_CANIF_CONFIG(sc_canif_rx, sc_rx_indication);

/* ---- DEM wiring ---- */
/* Fills a live-data DID (UDS 0x22 and freeze frames, through ecu_did_read / ecu_ff_read); 0, or -1 for an
 * unknown DID. The lengths are the DID table's. */
static int32_t sc_did_fill(uint16_t did, uint8_t *dst, uint16_t len)
{
	(void)len;
	switch (did) {
	case SC_DID_SPEED:
		dst[0] = (uint8_t)((sc_in.speed / 100U > 255U) ? 255U : (sc_in.speed / 100U));
		break;
	case SC_DID_KILL:
		dst[0] = sc_out.kill_reason;
		dst[1] = sc_out.relay_closed ? 1U : 0U;
		break;
	case SC_DID_CURRENT:
		bytes_put16(dst, (uint16_t)sc_in.phase_current);
		break;
	case SC_DID_TORQUE:
		bytes_put16(dst, (uint16_t)sc_in.torque_req);
		break;
	default:
		return -1;
	}
	return 0;
}

/* ---- UDS wiring ---- */
static const char sc_sw_version[] = "SC 1.0.0";
static const char sc_serial[] = "ZB-SC-0001";
static const char sc_default_vin[] = "ZBV1SVM0000000001";

static const vin_config_t sc_vin_cfg = ECU_VIN_CONFIG(SC_NVM_VIN, (const uint8_t *)sc_default_vin, sc_sw_version, sc_serial);

static const uds_did_t sc_dids[] = {
	VIN_DID_ROW_READ_ONLY, /* the TCU owns the VIN */
	VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, sc_sw_version),
	VIN_DID_TEXT_ROW(VIN_DID_SERIAL, sc_serial),
	{.id = SC_DID_SPEED, .len = 1U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = SC_DID_KILL, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = SC_DID_CURRENT, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = SC_DID_TORQUE, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
};

static uint64_t sc_now_us(void)
{
	return sc_last_us;
}

/* 0x0301 reset kill relay: only when killed, standing, and no check failing now; the relay closes again
 * after the start-up checks of INIT. */
static int32_t sc_rt_reset_kill(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out_max;
	int32_t r = sc_app_reset_kill(&sc_in, sc_now_us());
	if (r < 0) {
		return r;
	}
	sc_wdg_reset_seen = false;
	sc_latched_reason = VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE;
	out[0] = 0U;
	return 1;
}

static const uds_routine_t sc_routines[] = {
	{.id = SC_RID_RESET_KILL, .sessions = UDS_IN_EXTENDED, .security = 1U, .start = sc_rt_reset_kill},
};

ECU_UDS_RESET_HOOK(sc_uds_reset, sc_reset_pending)

static const uds_app_if_t sc_app_if = {.reset = sc_uds_reset};

/* ---- watchdog ---- */
enum { SC_SE_TASK_1MS, SC_SE_COUNT };
static const wdg_entity_cfg_t sc_wdg_entities[SC_SE_COUNT] = {
	[SC_SE_TASK_1MS] = WDG_ALIVE_ENTITY(100U, 100U, 2U, 1U),
};

static const wdg_config_t sc_wdg_cfg = ECU_WDG_CONFIG(sc_wdg_entities);

/* ---- ABI ---- */
static const ecu_boot_t sc_boot_cfg = {
	.canif = &sc_canif_cfg, .io = &sc_io_cfg, .vin = &sc_vin_cfg, .node = VEHICLE_DBC_NODE_SC,
	.dem = {ECU_DEM_CONFIG(sc_events, SC_EV_COUNT, sc_ff_dids, SC_NVM_DEM)},
	.uds = {UDS_CONFIG_ECU(SC, sc_dids, sc_routines, &sc_app_if)},
	.did_fill = sc_did_fill,
	.rx_any = true, /* ecu_can_rx: every frame shows the bus alive */
	.com = &sc_com_cfg, .wdg = &sc_wdg_cfg, .hw_wdg_ms = SC_HW_WDG_MS,
};

static void sc_start(uint32_t seed)
{
	(void)ecu_boot(&sc_boot_cfg, seed); /* the VIN is never written: the default */
	io_set(IO_SC_KILL_RELAY, 0); /* open from the first instant: INIT closes it after its checks */
	(void)memset(&sc_in, 0, sizeof sc_in);
	(void)memset(&sc_out, 0, sizeof sc_out);
	(void)memset(sc_e2e_balance, 0, sizeof sc_e2e_balance);
	(void)memset(sc_e2e_err_seen, 0, sizeof sc_e2e_err_seen);
	(void)memset(sc_e2e_ok_seen, 0, sizeof sc_e2e_ok_seen);
	sc_sent_state = SC_INIT;
	sc_cutoff = false;
	sc_reset_pending = false;
	sc_last_us = 0U;
	sc_last_frame_us = 0U;
	sc_report_ms = 0U;
}

void ecu_init(uint32_t seed)
{
	sc_seed = seed;
	sc_wdg_reset_seen = false;
	sc_latched_reason = VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE;
	sc_start(seed);
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	/* any frame, even one nobody here reads, proves the bus is alive */
	sc_last_frame_us = sc_last_us;
	canif_rx(id, flags, dlc, data);
}

/* E2E supervision of one message: too many bad frames, or (for cyclic ones) past the deadline. */
static bool sc_e2e_bad(uint8_t rx)
{
	const com_rx_stats_t *st = com_rx_stats(rx);
	int32_t bad = (int32_t)(st->e2e_errors - sc_e2e_err_seen[rx]);
	int32_t good = (int32_t)(st->received - sc_e2e_ok_seen[rx]);
	sc_e2e_err_seen[rx] = st->e2e_errors;
	sc_e2e_ok_seen[rx] = st->received;
	int32_t b = sc_e2e_balance[rx] + bad - good;
	sc_e2e_balance[rx] = (b < 0) ? 0 : ((b > SC_E2E_ERROR_LIMIT) ? SC_E2E_ERROR_LIMIT : b);
	return (sc_e2e_balance[rx] >= SC_E2E_ERROR_LIMIT) ||
	       ((sc_rx_supervised[rx] == 2U) && com_rx_timed_out(rx));
}

static void sc_read_bus(uint64_t now_us)
{
	/* frames are stamped with the tick before their arrival, hence '>': silent from 100 ms after that tick */
	sc_in.bus_silent = (now_us - sc_last_frame_us) > ((uint64_t)SC_BUS_SILENCE_MS * SC_US_PER_MS);
	sc_in.hb_cvc_lost = com_rx_timed_out(SC_RX_HB_CVC);
	sc_in.hb_fzc_lost = com_rx_timed_out(SC_RX_HB_FZC);
	sc_in.hb_rzc_lost = com_rx_timed_out(SC_RX_HB_RZC);
	sc_in.hb_all_fresh = com_rx_fresh(SC_RX_HB_CVC) && com_rx_fresh(SC_RX_HB_FZC) && com_rx_fresh(SC_RX_HB_RZC);
	bool e2e = false;
	for (uint8_t i = 0U; i < SC_RX_COUNT; i++) {
		if (sc_rx_supervised[i] != 0U) {
			e2e = sc_e2e_bad(i) || e2e;
		} else {
			/* QM message */
		}
	}
	sc_in.e2e_fault = e2e;

	sc_in.tq_valid = com_rx_fresh(SC_RX_TORQUE);
	sc_in.torque_req = 0;
	sc_in.accel_pedal = 0U;
	if (sc_in.tq_valid) {
		struct vehicle_dbc_torque_request_t t;
		(void)vehicle_dbc_torque_request_unpack(&t, com_rx_data(SC_RX_TORQUE), VEHICLE_DBC_TORQUE_REQUEST_LENGTH);
		sc_in.torque_req = t.torque_req;
		sc_in.accel_pedal = t.accel_pedal;
	} else {
		/* no request known: the plausibility reference decays to 0 */
	}
	sc_in.cur_valid = com_rx_fresh(SC_RX_MOTOR_CURRENT);
	sc_in.phase_current = 0U;
	if (sc_in.cur_valid) {
		struct vehicle_dbc_motor_current_t c;
		(void)vehicle_dbc_motor_current_unpack(&c, com_rx_data(SC_RX_MOTOR_CURRENT), VEHICLE_DBC_MOTOR_CURRENT_LENGTH);
		sc_in.phase_current = c.phase_current;
	} else {
		/* E2E supervision covers a silent MotorCurrent */
	}
	sc_in.ms_valid = com_rx_fresh(SC_RX_MOTOR_STATUS);
	sc_in.motor_torque = 0;
	sc_in.motor_speed = 0;
	if (sc_in.ms_valid) {
		struct vehicle_dbc_motor_status_t m;
		(void)vehicle_dbc_motor_status_unpack(&m, com_rx_data(SC_RX_MOTOR_STATUS), VEHICLE_DBC_MOTOR_STATUS_LENGTH);
		sc_in.motor_torque = m.motor_torque;
		sc_in.motor_speed = m.motor_speed;
	} else {
		/* E2E supervision covers a silent MotorStatus */
	}
	bool vs_estop = false;
	sc_in.speed_valid = false;
	sc_in.speed = 0U;
	if (com_rx_fresh(SC_RX_WHEELS)) {
		/* the SC's own view of the speed, from the RZC's wheel sensors rather than the CVC's computation */
		struct vehicle_dbc_wheel_speeds_t w;
		(void)vehicle_dbc_wheel_speeds_unpack(&w, com_rx_data(SC_RX_WHEELS), VEHICLE_DBC_WHEEL_SPEEDS_LENGTH);
		uint16_t hi = w.wheel_speed_fl;
		hi = (w.wheel_speed_fr > hi) ? w.wheel_speed_fr : hi;
		hi = (w.wheel_speed_rl > hi) ? w.wheel_speed_rl : hi;
		hi = (w.wheel_speed_rr > hi) ? w.wheel_speed_rr : hi;
		sc_in.speed_valid = true;
		sc_in.speed = hi; /* the fastest wheel: standstill means every wheel stands */
	} else {
		/* speed unknown: no standstill */
	}
	if (com_rx_fresh(SC_RX_VEHICLE_STATE)) {
		struct vehicle_dbc_vehicle_state_t v;
		(void)vehicle_dbc_vehicle_state_unpack(&v, com_rx_data(SC_RX_VEHICLE_STATE), VEHICLE_DBC_VEHICLE_STATE_LENGTH);
		vs_estop = v.e_stop_active != 0U;
	} else {
		/* E2E supervision covers a silent VehicleState */
	}
	bool frame_estop = false;
	if (com_rx_fresh(SC_RX_ESTOP)) {
		struct vehicle_dbc_e_stop_t e;
		(void)vehicle_dbc_e_stop_unpack(&e, com_rx_data(SC_RX_ESTOP), VEHICLE_DBC_E_STOP_LENGTH);
		frame_estop = e.active != 0U;
	} else {
		/* EStop is sent only while active */
	}
	sc_in.estop = frame_estop || vs_estop;
	if (com_rx_take_update(SC_RX_CUTOFF)) {
		struct vehicle_dbc_motor_cutoff_req_t c;
		(void)vehicle_dbc_motor_cutoff_req_unpack(&c, com_rx_data(SC_RX_CUTOFF), VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH);
		sc_cutoff = c.cutoff_request != 0U; /* event message: holds until the FZC withdraws it */
	} else {
		/* unchanged */
	}
	sc_in.cutoff = sc_cutoff;
}

static void sc_report_dtcs(void)
{
	for (uint8_t i = 0U; i < SC_MON_COUNT; i++) {
		uint8_t ev = sc_mon_event[i];
		if (ev == SC_EV_NONE) {
			continue;
		}
		if (sc_out.confirmed[i]) {
			(void)dem_set_event_status(ev, DEM_EVENT_FAILED);
		} else if ((sc_out.state == SC_RUN) && !sc_out.condition[i]) {
			(void)dem_set_event_status(ev, DEM_EVENT_PASSED);
		} else {
			/* not tested (INIT, or killed for another reason) */
		}
	}
	if (sc_out.kill_reason == VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_SELF_TEST_CHOICE) {
		(void)dem_set_event_status(SC_EV_SELF_TEST, DEM_EVENT_FAILED);
	} else if (sc_out.state == SC_RUN) {
		(void)dem_set_event_status(SC_EV_SELF_TEST, DEM_EVENT_PASSED);
	} else {
		/* not tested */
	}
}

void ecu_tick(uint64_t now_us)
{
	if (ecu_start(&sc_boot_cfg, now_us)) {
		/* the monitor and the bus-silence timer start with COM and the watchdog, at the first tick */
		sc_app_init(now_us, sc_latched_reason);
		sc_last_frame_us = now_us;
		sc_next_10ms_us = now_us;
	} else {
		/* running */
	}
	sc_last_us = now_us;
	wdg_alive(SC_SE_TASK_1MS);
	io_sample(0U);

	sc_read_bus(now_us);
	sc_app_step(&sc_in, now_us, &sc_out);
	io_set(IO_SC_KILL_RELAY, sc_out.relay_closed ? 1 : 0);
	if (sc_out.state != sc_sent_state) {
		(void)com_trigger(SC_TX_SAFETY); /* everyone learns of a kill (or a close) at once */
		sc_sent_state = sc_out.state;
	} else {
		/* cyclic copies suffice */
	}
	sc_report_ms++;
	if (sc_report_ms >= SC_REPORT_PERIOD_MS) {
		sc_report_ms = 0U;
		sc_report_dtcs();
	} else {
		/* DTC results every 10 ms */
	}

	com_main(now_us);
	uds_main(now_us);
	if (task10_due(&sc_next_10ms_us, now_us)) {
		dem_main(now_us);
		wdg_main(now_us);
	} else {
		/* every 10 ms */
	}
	canif_main();

	if (sc_reset_pending || ecu_wdg_ran_out(now_us)) {
		bool by_wdg = !sc_reset_pending;
		sc_latched_reason = sc_out.kill_reason;
		dem_operation_cycle_end();
		sc_start(sc_seed);
		if (by_wdg) {
			/* the monitor itself failed: stay safe until a tester has looked at it */
			sc_wdg_reset_seen = true;
			sc_latched_reason = (sc_latched_reason != VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE)
			                        ? sc_latched_reason
			                        : VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_WATCHDOG_CHOICE;
			(void)dem_set_event_status(SC_EV_WDG, DEM_EVENT_FAILED);
		} else {
			/* requested by the tester */
		}
	} else {
		/* running */
	}
}
