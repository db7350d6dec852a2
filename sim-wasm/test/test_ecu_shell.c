// sources: bsw/*.c gen/*.c
/*
 * ecu_shell: what every ECU image shares. The test is the host (ecu_harness.h) of a small ECU written the way
 * the seven are, on the BCM's diagnostic IDs: its ABI entry points come from the shell, it boots with ecu_boot,
 * receives with ecu_can_rx_uds_first and hands the shell's hooks to UDS, the DEM and the watchdog manager.
 * A tester must see the VIN stored before the reset, live DIDs through the one fill function, a DtcEvent
 * from the ECU's node for a failed event, a configuration error reported without losing diagnostics, frames
 * UDS must not take going to canif, ECUReset reaching the ECU, and the hardware watchdog kicked only while
 * the supervised task checks in. The first tick's start (COM and the watchdogs, once per boot), the standard
 * tick's end, a refused watchdog table as a configuration error, the shared clear routines and the COM/UDS
 * receive dispatch are tested on the same mini ECU.
 */
#include <string.h>

#include "canif.h"
#include "com.h"
#include "dem.h"
#include "dtcevent.h"
#include "dtclist.h"
#include "ecu_abi.h"
#include "ecu_harness.h"
#include "ecu_shell.h"
#include "io_channels.h"
#include "ports_abi.h"
#include "uds.h"
#include "uds_ports.h"
#include "unit.h"
#include "vehicle_dbc.h"
#include "vin.h"
#include "wdg.h"

#define MINI_NVM_DEM 1U
#define MINI_NVM_VIN 2U
#define MINI_DID_LIVE 0xD001U /* 2 bytes: 0xAB 0xCD */
#define MINI_DID_GONE 0xD002U /* listed, but the fill function does not know it */

static bool mini_reset_pending;
static uint32_t mini_fills;

static int32_t mini_did_fill(uint16_t did, uint8_t *dst, uint16_t len)
{
	mini_fills++;
	if ((did != MINI_DID_LIVE) || (len != 2U)) {
		return -1;
	}
	dst[0] = 0xABU;
	dst[1] = 0xCDU;
	return 0;
}

static const uds_did_t mini_dids[] = {
	VIN_DID_ROW(UDS_IN_EXTENDED),
	{.id = MINI_DID_LIVE, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
	{.id = MINI_DID_GONE, .len = 2U, .read_sessions = UDS_IN_ALL, .read = ecu_did_read},
};

static int32_t mini_routine(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out;
	(void)out_max;
	return 0;
}

static const uds_routine_t mini_routines[] = {
	{.id = 0x0101U, .sessions = UDS_IN_EXTENDED, .start = mini_routine},
};

ECU_UDS_RESET_HOOK(mini_uds_reset, mini_reset_pending)

static const uds_app_if_t mini_app_if = {.reset = mini_uds_reset};
static const uds_config_t mini_uds_cfg = {UDS_CONFIG_ECU(BCM, mini_dids, mini_routines, &mini_app_if)};

static const dem_event_cfg_t mini_events[] = {
	{.dtc = DEM_DTC(DEM_SYS_B, 0x1234U, 0x00U)},
};
static const dem_event_cfg_t mini_bad_events[] = {
	{.dtc = 0U}, /* not a DTC: dem_init refuses the table */
};
static const dem_ff_did_t mini_ff_dids[] = {{.did = MINI_DID_LIVE, .len = 2U}};
static const dem_config_t mini_dem_cfg = {ECU_DEM_CONFIG(mini_events, 1U, mini_ff_dids, MINI_NVM_DEM)};
static const dem_config_t mini_bad_dem_cfg = {ECU_DEM_CONFIG(mini_bad_events, 1U, mini_ff_dids, MINI_NVM_DEM)};

enum { MINI_SE_TASK, MINI_SE_COUNT };
static const wdg_entity_cfg_t mini_wdg_entities[MINI_SE_COUNT] = {
	[MINI_SE_TASK] = WDG_ALIVE_ENTITY(10U, 10U, 1U, 0U),
};
static const wdg_config_t mini_wdg_cfg = ECU_WDG_CONFIG(mini_wdg_entities);

static const canif_config_t mini_canif_cfg = {.driver = &canif_port_abi};
static const io_config_t mini_io_cfg = {.port = &io_port_abi};
static const vin_config_t mini_vin_cfg = {.nvm = &nvm_port_abi, .block = MINI_NVM_VIN};

static ecu_boot_t mini_boot_cfg;
static bool mini_booted_ok;
static bool mini_task_alive; /* the test's switch: does the supervised task still check in? */

void ecu_init(uint32_t seed)
{
	mini_reset_pending = false;
	mini_booted_ok = ecu_boot(&mini_boot_cfg, seed);
}

void ecu_tick(uint64_t now_us)
{
	(void)ecu_start(&mini_boot_cfg, now_us);
	if (mini_task_alive) {
		wdg_alive(MINI_SE_TASK);
	} else {
		/* hung */
	}
	dem_main(now_us);
	uds_main(now_us);
	canif_main();
	wdg_main(now_us);
}

void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	ecu_can_rx_uds_first(id, flags, dlc, data);
}

static void tick(void)
{
	now += 1000U;
	ecu_tick(now);
}

/* Power-up of the mini ECU with `dem` as its DEM config. */
static void power_up(const dem_config_t *dem)
{
	host_reset();
	mini_boot_cfg = (ecu_boot_t){.canif = &mini_canif_cfg, .io = &mini_io_cfg, .vin = &mini_vin_cfg,
	                             .node = VEHICLE_DBC_NODE_BCM, .dem = *dem, .uds = mini_uds_cfg,
	                             .did_fill = mini_did_fill, .wdg = &mini_wdg_cfg, .hw_wdg_ms = 50U};
	uds_phys_id = VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID;
	ecu_init(7U);
	mini_task_alive = true;
	run_ms(5U); /* UDS learns the time before the first request */
}

static void test_the_abi_entry_points_are_the_shells(void)
{
	CHECK_EQ(abi_version(), ECU_ABI_VERSION);
	uint8_t *rx = ecu_rx_buffer();
	CHECK(rx != NULL);
	CHECK(ecu_rx_buffer() == rx); /* the host writes every frame to the same place */
	rx[ECU_RX_BUFFER_SIZE - 1U] = 0x5AU; /* all 64 bytes are the ECU's */
	CHECK_EQ(rx[ECU_RX_BUFFER_SIZE - 1U], 0x5AU);
}

static void test_boot_serves_the_stored_vin_and_live_dids(void)
{
	host_erase_nvm();
	power_up(&mini_dem_cfg);
	CHECK(mini_booted_ok);
	uint8_t resp[64];
	/* program a VIN, then reset: the boot loads it from NVM */
	uds_unlock();
	uint8_t wr[3U + VIN_LEN] = {0x2EU, 0xF1U, 0x90U};
	(void)memcpy(&wr[3], "ZBV1SVM0000000042", VIN_LEN);
	CHECK_EQ(uds_request(wr, (uint8_t)sizeof wr, resp, sizeof resp), 3U);
	CHECK_EQ(resp[0], 0x6EU);
	power_up(&mini_dem_cfg);
	const uint8_t rd_vin[] = {0x22U, 0xF1U, 0x90U};
	CHECK_EQ(uds_request(rd_vin, 3U, resp, sizeof resp), 3U + VIN_LEN);
	CHECK(memcmp(&resp[3], "ZBV1SVM0000000042", VIN_LEN) == 0);
	/* a live DID through the ECU's fill function */
	const uint8_t rd_live[] = {0x22U, 0xD0U, 0x01U};
	CHECK_EQ(uds_request(rd_live, 3U, resp, sizeof resp), 5U);
	CHECK_EQ(resp[3], 0xABU);
	CHECK_EQ(resp[4], 0xCDU);
	/* one the fill function does not know: requestOutOfRange, nothing else lost */
	const uint8_t rd_gone[] = {0x22U, 0xD0U, 0x02U};
	CHECK_EQ(uds_request(rd_gone, 3U, resp, sizeof resp), 3U);
	CHECK_EQ(resp[0], 0x7FU);
	CHECK_EQ(resp[2], UDS_NRC_ROOR);
	CHECK_EQ(uds_request(rd_live, 3U, resp, sizeof resp), 5U);
}

static void test_freeze_frames_read_through_the_same_fill(void)
{
	host_erase_nvm();
	power_up(&mini_dem_cfg);
	uint8_t ff[2] = {0U, 0U};
	CHECK_EQ(ecu_ff_read(MINI_DID_LIVE, ff, 2U), 2);
	CHECK_EQ(ff[0], 0xABU);
	CHECK_EQ(ff[1], 0xCDU);
	CHECK_EQ(ecu_ff_read(MINI_DID_GONE, ff, 2U), -1);
	/* an ECU that reads its own DIDs leaves did_fill NULL: the shell's readers then know none */
	mini_boot_cfg.did_fill = NULL;
	(void)ecu_boot(&mini_boot_cfg, 7U);
	uint32_t fills = mini_fills;
	CHECK_EQ(ecu_ff_read(MINI_DID_LIVE, ff, 2U), -1);
	CHECK_EQ(ecu_did_read(MINI_DID_LIVE, ff, 2U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(mini_fills, fills);
}

static void test_a_failed_event_goes_out_as_dtc_event_of_the_node(void)
{
	host_erase_nvm();
	power_up(&mini_dem_cfg);
	unsigned from = bus_n;
	/* the operation cycle is running: one FAILED qualifies the DTC at once */
	CHECK_EQ(dem_set_event_status(0U, DEM_EVENT_FAILED), DEM_OK);
	run_ms(2U);
	int st = host_dtc_event_status(VEHICLE_DBC_NODE_BCM, DEM_DTC(DEM_SYS_B, 0x1234U, 0x00U), from);
	CHECK(st >= 0);
	CHECK(((unsigned)st & DEM_TF) != 0U);
}

static void test_a_refused_dem_config_is_reported_and_uds_still_answers(void)
{
	host_erase_nvm();
	power_up(&mini_bad_dem_cfg);
	CHECK(!mini_booted_ok);
	uint8_t resp[64];
	const uint8_t rd_live[] = {0x22U, 0xD0U, 0x01U};
	CHECK_EQ(uds_request(rd_live, 3U, resp, sizeof resp), 5U);
	CHECK_EQ(resp[0], 0x62U);
	/* a refused IO table is a configuration error too */
	static const io_config_t bad_io = {.port = NULL};
	mini_boot_cfg.dem = mini_dem_cfg;
	mini_boot_cfg.io = &bad_io;
	CHECK(!ecu_boot(&mini_boot_cfg, 7U));
	/* no IO at all (the TCU has none) is fine */
	mini_boot_cfg.io = NULL;
	CHECK(ecu_boot(&mini_boot_cfg, 7U));
}

static void test_frames_uds_must_not_take_go_to_canif(void)
{
	host_erase_nvm();
	power_up(&mini_dem_cfg);
	const uint8_t tester_present[8] = {0x02U, 0x3EU, 0x00U};
	uint32_t seen = canif_stats()->rx_accepted + canif_stats()->rx_filtered + canif_stats()->rx_bad_dlc;
	/* a classic request on the physical ID: UDS answers, canif never sees it */
	unsigned from = bus_n;
	deliver(VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, tester_present, 8U);
	run_ms(2U);
	CHECK_EQ(count_frames(VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID, from), 1U);
	CHECK_EQ(canif_stats()->rx_accepted + canif_stats()->rx_filtered + canif_stats()->rx_bad_dlc, seen);
	/* the same bytes as FD, RTR or extended frames are not diagnostics: no answer, canif counts each */
	from = bus_n;
	deliver_flags(VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, CAN_FLAG_FD, tester_present, 8U);
	deliver_flags(VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, CAN_FLAG_RTR, tester_present, 8U);
	deliver_flags(VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, CAN_FLAG_EXT, tester_present, 8U);
	run_ms(2U);
	CHECK_EQ(count_frames(VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID, from), 0U);
	CHECK_EQ(canif_stats()->rx_accepted + canif_stats()->rx_filtered + canif_stats()->rx_bad_dlc, seen + 3U);
	/* an ID that is not the ECU's diagnostics: canif's too */
	deliver(0x123U, tester_present, 8U);
	CHECK_EQ(canif_stats()->rx_accepted + canif_stats()->rx_filtered + canif_stats()->rx_bad_dlc, seen + 4U);
}

static void test_ecu_reset_sets_the_ecus_flag(void)
{
	host_erase_nvm();
	power_up(&mini_dem_cfg);
	CHECK(!mini_reset_pending);
	uint8_t resp[64];
	const uint8_t hard[] = {0x11U, 0x01U};
	CHECK_EQ(uds_request(hard, 2U, resp, sizeof resp), 2U);
	CHECK_EQ(resp[0], 0x51U);
	CHECK(mini_reset_pending);
	mini_reset_pending = false;
	const uint8_t soft[] = {0x11U, 0x03U};
	CHECK_EQ(uds_request(soft, 2U, resp, sizeof resp), 2U);
	CHECK(mini_reset_pending); /* soft resets the same way */
}

static void test_the_hardware_watchdog_is_kicked_only_while_the_task_checks_in(void)
{
	host_erase_nvm();
	power_up(&mini_dem_cfg);
	tick();
	run_ms(200U);
	CHECK(!ecu_wdg_ran_out(now)); /* kicked every 10 ms by the shell's trigger */
	mini_task_alive = false;
	run_ms(200U);
	CHECK(ecu_wdg_ran_out(now)); /* no check-ins: the manager stops kicking */
}

/* ---- what the first tick starts, the standard tick's end, the shared routines ---- */
static int mini_pack(uint8_t *dst, size_t size)
{
	(void)memset(dst, 0x5AU, size);
	return (int)size;
}
static const com_tx_cfg_t mini_com_tx[1] = {{.id = 0x321U, .len = 8U, .cycle_ms = 10U, .pack = mini_pack}};
static const com_rx_cfg_t mini_com_rx[1] = {{.id = 0x123U, .len = 8U}};
static const com_config_t mini_com_cfg = ECU_COM_CONFIG(mini_com_tx, mini_com_rx);
static const canif_rx_entry_t mini_shell_rx[] = {
	{.id = 0x123U, .handle = 0U},
	{.id = VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, .handle = 1U},
	{.id = VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, .handle = 2U},
};
static const canif_rx_entry_t mini_dtc_row = DTCEVENT_CANIF_RX_ROW(3U);
ECU_RX_COM_UDS(mini_rx_com_uds, 1U, VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID)
static const canif_config_t mini_shell_canif_cfg = ECU_CANIF_CONFIG(mini_shell_rx, mini_rx_com_uds);
static const wdg_config_t mini_no_wdg_cfg = {.entities = mini_wdg_entities, .entity_count = 0U}; /* refused */
DTCLIST_DEFINE(mini_list, 4U);
static dtcevent_lister_t mini_lister = {.handle = 3U, .node = VEHICLE_DBC_NODE_BCM, .list = &mini_list};

static void boot_started_mini(const wdg_config_t *wdg, dtcevent_lister_t *lister)
{
	host_reset();
	host_erase_nvm();
	mini_boot_cfg = (ecu_boot_t){.canif = &mini_shell_canif_cfg, .vin = &mini_vin_cfg, .node = VEHICLE_DBC_NODE_BCM,
	                             .lister = lister, .dem = mini_dem_cfg, .uds = mini_uds_cfg,
	                             .com = &mini_com_cfg, .wdg = wdg, .hw_wdg_ms = 50U};
	CHECK(ecu_boot(&mini_boot_cfg, 7U));
	CHECK_EQ(ecu_vin_loaded(), VIN_UNPROGRAMMED);
	CHECK(!ecu_wdg_ran_out(now)); /* nothing armed before the first tick */
	CHECK(ecu_start(&mini_boot_cfg, now));
	CHECK(!ecu_start(&mini_boot_cfg, now + 1000U)); /* once per boot */
}

static void test_the_first_tick_starts_com_and_the_watchdogs_once(void)
{
	boot_started_mini(&mini_wdg_cfg, NULL);
	CHECK(ecu_config_ok());
	mini_task_alive = true;
	bool ran_out = false;
	for (unsigned i = 0U; i < 200U; i++) {
		now += 1000U;
		(void)ecu_start(&mini_boot_cfg, now); /* every tick: notes the time the trigger kicks at */
		wdg_alive(MINI_SE_TASK);
		ran_out = ecu_tick_end((i % 10U) == 0U, now) || ran_out;
	}
	CHECK(!ran_out);
	CHECK(count_frames(0x321U, 0U) >= 19U); /* COM runs: its 10 ms frame is out */
	for (unsigned i = 0U; (i < 200U) && !ran_out; i++) {
		now += 1000U;
		(void)ecu_start(&mini_boot_cfg, now);
		ran_out = ecu_tick_end((i % 10U) == 0U, now); /* the task hangs */
	}
	CHECK(ran_out);
	CHECK(ecu_wdg_ran_out(now));
	/* a watchdog table the manager refuses is a configuration error, until the next boot */
	boot_started_mini(&mini_no_wdg_cfg, NULL);
	CHECK(!ecu_config_ok());
	CHECK(ecu_boot(&mini_boot_cfg, 7U));
	CHECK(ecu_config_ok());
}

static void test_elapsed_ms_saturates_and_never_goes_back(void)
{
	CHECK_EQ(ecu_elapsed_ms(5000U, 5000U), 0U);
	CHECK_EQ(ecu_elapsed_ms(5000U, 4000U), 0U);
	CHECK_EQ(ecu_elapsed_ms(5000U, 7999U), 2U);
	CHECK_EQ(ecu_elapsed_ms(0U, 1000000000U), 0xFFFFU);
}

static bool mini_clear_ok;
static unsigned mini_clears;
static bool mini_clear(void)
{
	mini_clears++;
	return mini_clear_ok;
}
ECU_CLEAR_ROUTINE(mini_rt_clear, mini_clear)

static void test_the_clear_routines(void)
{
	uint8_t out[4] = {0U};
	const uint8_t in[1] = {0U};
	mini_clears = 0U;
	CHECK_EQ(mini_rt_clear(0x0101U, in, 1U, out, 4U), -(int32_t)UDS_NRC_IMLOIF);
	CHECK_EQ(mini_rt_clear(0x0101U, NULL, 0U, out, 0U), -(int32_t)UDS_NRC_IMLOIF);
	CHECK_EQ(mini_clears, 0U); /* a malformed request clears nothing */
	mini_clear_ok = false;
	CHECK_EQ(mini_rt_clear(0x0101U, NULL, 0U, out, 4U), -(int32_t)UDS_NRC_CNC);
	mini_clear_ok = true;
	CHECK_EQ(mini_rt_clear(0x0101U, NULL, 0U, out, 4U), 1);
	CHECK_EQ(out[0], 1U);
	CHECK_EQ(mini_clears, 2U);
	/* a lister's list: emptied; an ECU that lists nothing answers all the same */
	boot_started_mini(&mini_wdg_cfg, NULL);
	CHECK_EQ(ecu_rt_clear_list(0x0202U, NULL, 0U, out, 4U), 0);
	boot_started_mini(&mini_wdg_cfg, &mini_lister);
	(void)dtclist_update(&mini_list, VEHICLE_DBC_NODE_FZC, 0x0A1F00U, 0x2FU, 1U);
	CHECK_EQ(mini_list.count, 1U);
	CHECK_EQ(ecu_rt_clear_list(0x0202U, in, 1U, out, 4U), -(int32_t)UDS_NRC_IMLOIF);
	CHECK_EQ(mini_list.count, 1U);
	CHECK_EQ(ecu_rt_clear_list(0x0202U, NULL, 0U, out, 4U), 0);
	CHECK_EQ(mini_list.count, 0U);
}

/* ECU_RX_COM_UDS: COM's handles to COM, the next two to UDS's physical and functional IDs */
static int mini_app_inits;
static void mini_app_init(void)
{
	mini_app_inits++;
}

static void test_boot_runs_the_apps_reset_then_zeroes_its_ram(void)
{
	static struct {
		uint8_t a[5];
		uint32_t b;
	} in;
	static uint16_t out[3];
	host_erase_nvm();
	(void)memset(&in, 0xA5, sizeof in);
	(void)memset(out, 0x5A, sizeof out);
	mini_boot_cfg.app_init = mini_app_init;
	mini_boot_cfg.clear[0] = (ecu_ram_t)ECU_RAM(in);
	mini_boot_cfg.clear[1] = (ecu_ram_t)ECU_RAM(out);
	mini_app_inits = 0;
	CHECK(ecu_boot(&mini_boot_cfg, 7U));
	CHECK_EQ(mini_app_inits, 1);
	CHECK_EQ(in.a[0], 0U);
	CHECK_EQ(in.a[4], 0U);
	CHECK_EQ(in.b, 0U);
	CHECK_EQ(out[2], 0U);
	/* an entry left empty stops nothing after it, and no hook is fine */
	out[0] = 9U;
	mini_boot_cfg.app_init = NULL;
	mini_boot_cfg.clear[0] = (ecu_ram_t){.ptr = NULL, .size = 0U};
	in.b = 3U;
	CHECK(ecu_boot(&mini_boot_cfg, 7U));
	CHECK_EQ(mini_app_inits, 1);
	CHECK_EQ(out[0], 0U);
	CHECK_EQ(in.b, 3U);
	mini_boot_cfg.clear[1] = (ecu_ram_t){.ptr = NULL, .size = 0U};
}

static void test_com_and_uds_share_canifs_table(void)
{
	boot_started_mini(&mini_wdg_cfg, NULL);
	const uint8_t d[8] = {1U, 2U, 3U, 4U, 5U, 6U, 7U, 8U};
	deliver(0x123U, d, 8U);
	CHECK(com_rx_take_update(0U));
	const uint8_t tester_present[8] = {0x02U, 0x3EU, 0x00U};
	mini_rx_com_uds(1U, tester_present, 8U);
	run_ms(2U);
	const frame_t *f = last_frame(VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID);
	CHECK(f != NULL);
	CHECK_EQ(f->data[1], 0x7EU);
	unsigned from = bus_n;
	mini_rx_com_uds(2U, tester_present, 8U); /* functional */
	run_ms(2U);
	CHECK(last_frame_from(VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID, from) != NULL);
	CHECK_EQ(mini_dtc_row.id, VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	CHECK_EQ(mini_dtc_row.handle, 3U);
}

/* ecu_rx_accept: what the host may keep from ecu_can_rx, from the configurations canif and UDS took. */
static const canif_rx_entry_t mini_rx_table[] = {
	{.id = 0x123U, .extended = 0U, .handle = 0U},
	{.id = 0x18DAF110U, .extended = 1U, .handle = 1U},
};
static const canif_config_t mini_rx_canif_cfg = {.driver = &canif_port_abi, .rx_table = mini_rx_table, .rx_count = 2U};
static const canif_config_t mini_broken_canif_cfg = {.driver = &canif_port_abi, .rx_table = NULL, .rx_count = 1U};
static const canif_config_t mini_huge_canif_cfg = {.driver = &canif_port_abi, .rx_table = mini_rx_table,
                                                   .rx_count = ECU_RX_ACCEPT_MAX};
static const uds_config_t mini_phys_only_uds_cfg = {
	.phys_rx_id = VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, .func_rx_id = ISOTP_NO_ID,
	.tx_id = VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID, .tx = uds_port_canif_tx, .dem = &uds_port_dem,
	.dids = mini_dids, .did_count = (uint16_t)(sizeof(mini_dids) / sizeof(mini_dids[0])), .app = &mini_app_if};

static void test_the_accept_table_lists_canifs_ids_and_udss_requests(void)
{
	power_up(&mini_dem_cfg);
	mini_boot_cfg.canif = &mini_rx_canif_cfg;
	ecu_init(7U);
	const uint32_t *t = ecu_rx_accept();
	CHECK(t != NULL);
	CHECK_EQ(t[0], 0U); /* not every frame */
	CHECK_EQ(t[1], (uint32_t)(uintptr_t)canif_rx_filtered_counter());
	CHECK_EQ(t[2], 4U);
	CHECK_EQ(t[3], VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID | ECU_RX_ACCEPT_RAW);
	CHECK_EQ(t[4], VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID | ECU_RX_ACCEPT_RAW);
	CHECK_EQ(t[5], 0x123U);
	CHECK_EQ(t[6], 0x18DAF110U | ECU_RX_ACCEPT_EXT);
	/* the counter the host adds to is the one canif reports */
	canif_rx(0x124U, 0U, 1U, ecu_rx_buffer());
	CHECK_EQ(*canif_rx_filtered_counter(), 1U);
	CHECK_EQ(canif_stats()->rx_filtered, 1U);
	CHECK(canif_config() == &mini_rx_canif_cfg);
}

static void test_the_accept_table_says_when_every_frame_must_be_delivered(void)
{
	power_up(&mini_dem_cfg);
	mini_boot_cfg.rx_any = true;
	ecu_init(7U);
	CHECK_EQ(ecu_rx_accept()[0], ECU_RX_ACCEPT_ANY);
	/* physical addressing only: one UDS entry */
	mini_boot_cfg.rx_any = false;
	mini_boot_cfg.uds = mini_phys_only_uds_cfg;
	ecu_init(7U);
	CHECK_EQ(ecu_rx_accept()[0], 0U);
	CHECK_EQ(ecu_rx_accept()[2], 1U);
	/* no table (deliver everything): UDS refused its config, canif's table is broken or too long */
	(void)uds_init(NULL, 0U);
	CHECK(uds_config() == NULL);
	CHECK(ecu_rx_accept() == NULL);
	mini_boot_cfg.uds = mini_uds_cfg;
	mini_boot_cfg.canif = &mini_broken_canif_cfg;
	ecu_init(7U);
	CHECK(ecu_rx_accept() == NULL);
	mini_boot_cfg.canif = &mini_huge_canif_cfg;
	ecu_init(7U);
	CHECK(ecu_rx_accept() == NULL);
	canif_init(NULL);
	CHECK(ecu_rx_accept() == NULL);
}

int main(void)
{
	RUN(test_the_abi_entry_points_are_the_shells);
	RUN(test_boot_serves_the_stored_vin_and_live_dids);
	RUN(test_freeze_frames_read_through_the_same_fill);
	RUN(test_a_failed_event_goes_out_as_dtc_event_of_the_node);
	RUN(test_a_refused_dem_config_is_reported_and_uds_still_answers);
	RUN(test_frames_uds_must_not_take_go_to_canif);
	RUN(test_ecu_reset_sets_the_ecus_flag);
	RUN(test_the_hardware_watchdog_is_kicked_only_while_the_task_checks_in);
	RUN(test_the_first_tick_starts_com_and_the_watchdogs_once);
	RUN(test_elapsed_ms_saturates_and_never_goes_back);
	RUN(test_the_clear_routines);
	RUN(test_boot_runs_the_apps_reset_then_zeroes_its_ram);
	RUN(test_com_and_uds_share_canifs_table);
	RUN(test_the_accept_table_lists_canifs_ids_and_udss_requests);
	RUN(test_the_accept_table_says_when_every_frame_must_be_delivered);
	return UNIT_END();
}
