/*
 * ecu_shell: the ABI entry points and the boot every ECU image shares (ecu_shell.h).
 */
#include "ecu_shell.h"

#include <stddef.h>
#include <string.h>

#include "dtcevent.h"
#include "ecu_abi.h"

/* The host writes a received frame's payload here (one ECU per image, so one buffer). */
static uint8_t ecu_shell_rx_buf[ECU_RX_BUFFER_SIZE];
static ecu_did_fill_fn ecu_shell_did_fill;
static dtclist_t *ecu_shell_list;
static bool ecu_shell_rx_any;
static uint32_t ecu_shell_accept[ECU_RX_ACCEPT_HEAD + ECU_RX_ACCEPT_MAX];
static vin_load_result_t ecu_shell_vin;
static bool ecu_shell_started;
static bool ecu_shell_config_ok;

static wdg_hw_t ecu_shell_hw_wdg;
static uint64_t ecu_shell_now_us; /* this tick's, from ecu_start: what ecu_wdg_trigger kicks at */
static uint32_t ecu_shell_tick_ms;

static const wdg_entity_cfg_t ecu_wdg_standard[ECU_SE_COUNT] = {
	[ECU_SE_TASK_1MS] = WDG_ALIVE_ENTITY(10U, 10U, 1U, 2U),
	[ECU_SE_CONTROL] = WDG_DEADLINE_ENTITY(1000U, 2U),
};
const wdg_config_t ecu_wdg_standard_cfg = ECU_WDG_CONFIG(ecu_wdg_standard);

uint32_t abi_version(void)
{
	return ECU_ABI_VERSION;
}

uint8_t *ecu_rx_buffer(void)
{
	return ecu_shell_rx_buf;
}

/*
 * Every image's ecu_can_rx hands UDS's request IDs to its UDS server (ecu_can_rx_uds_first, or the ICU's and
 * the TCU's own diagnostic dispatch) or finds them in canif's table (CVC, SC), and passes the rest to canif_rx;
 * the SC also notes every frame (rx_any). The table is built from the configurations canif and UDS took, so it
 * cannot drift from them. Without a running UDS server an image may still act on its diagnostic IDs (the ICU
 * counts malformed ones), so then, like before canif_init, every frame is delivered.
 */
const uint32_t *ecu_rx_accept(void)
{
	const canif_config_t *cif = canif_config();
	const uds_config_t *uds = uds_config();
	if ((cif == NULL) || (uds == NULL) || ((cif->rx_table == NULL) && (cif->rx_count > 0U)) ||
	    (cif->rx_count > (ECU_RX_ACCEPT_MAX - 2U))) {
		return NULL;
	}
	uint32_t n = 0U;
	uint32_t *e = &ecu_shell_accept[ECU_RX_ACCEPT_HEAD];
	e[n] = uds->phys_rx_id | ECU_RX_ACCEPT_RAW;
	n++;
	if (uds->func_rx_id != ISOTP_NO_ID) {
		e[n] = uds->func_rx_id | ECU_RX_ACCEPT_RAW;
		n++;
	} else {
		/* physical addressing only */
	}
	for (uint16_t i = 0U; i < cif->rx_count; i++) {
		e[n] = cif->rx_table[i].id | ((cif->rx_table[i].extended != 0U) ? ECU_RX_ACCEPT_EXT : 0U);
		n++;
	}
	ecu_shell_accept[0] = ecu_shell_rx_any ? ECU_RX_ACCEPT_ANY : 0U;
	ecu_shell_accept[1] = (uint32_t)(uintptr_t)canif_rx_filtered_counter();
	ecu_shell_accept[2] = n;
	return ecu_shell_accept;
}

bool ecu_boot(const ecu_boot_t *boot, uint32_t seed)
{
	bool ok = true;
	ecu_shell_did_fill = boot->did_fill;
	ecu_shell_rx_any = boot->rx_any;
	ecu_shell_list = (boot->lister != NULL) ? boot->lister->list : NULL;
	canif_init(boot->canif);
	if ((boot->io != NULL) && (io_init(boot->io) != 0)) {
		ok = false;
	} else {
		/* IO configured, or none */
	}
	ecu_shell_vin = vin_load(boot->vin);
	dtcevent_init(boot->node);
	dtcevent_set_lister(boot->lister);
	if (dem_init(&boot->dem) != DEM_OK) {
		ok = false;
	} else {
		dem_operation_cycle_start();
	}
	if (uds_init(&boot->uds, seed) != UDS_OK) {
		ok = false;
	} else {
		/* diagnostics ready */
	}
	if (boot->rxmon != NULL) {
		rxmon_reset(boot->rxmon);
	} else {
		/* no receive supervision */
	}
	ecu_shell_started = false;
	ecu_shell_config_ok = ok;
	if (boot->app_init != NULL) {
		boot->app_init();
	} else {
		/* no application state of its own */
	}
	for (uint8_t i = 0U; i < ECU_CLEAR_MAX; i++) {
		if (boot->clear[i].ptr != NULL) {
			(void)memset(boot->clear[i].ptr, 0, boot->clear[i].size);
		} else {
			/* unused entry */
		}
	}
	return ok;
}

vin_load_result_t ecu_vin_loaded(void)
{
	return ecu_shell_vin;
}

bool ecu_start(const ecu_boot_t *boot, uint64_t now_us)
{
	ecu_shell_now_us = now_us;
	bool first = !ecu_shell_started;
	if (first) {
		(void)com_init(boot->com, now_us);
		ecu_shell_config_ok = (wdg_init(boot->wdg, now_us) == WDG_OK) && ecu_shell_config_ok;
		wdg_hw_init(&ecu_shell_hw_wdg, boot->hw_wdg_ms, now_us);
		ecu_shell_started = true;
	} else {
		/* running */
	}
	return first;
}

void ecu_wdg_trigger(void)
{
	wdg_hw_kick(&ecu_shell_hw_wdg, ecu_shell_now_us);
}

bool ecu_wdg_ran_out(uint64_t now_us)
{
	return ecu_shell_started && wdg_hw_expired(&ecu_shell_hw_wdg, now_us);
}

bool ecu_tick_begin(const ecu_boot_t *boot, uint64_t now_us)
{
	uint64_t last_us = ecu_shell_now_us;
	bool first = ecu_start(boot, now_us);
	ecu_shell_tick_ms = first ? 0U : ecu_elapsed_ms(last_us, now_us);
	wdg_alive(ECU_SE_TASK_1MS);
	io_sample(ecu_shell_tick_ms);
	return first;
}

uint32_t ecu_tick_ms(void)
{
	return ecu_shell_tick_ms;
}

bool ecu_tick_end(bool task10, uint64_t now_us)
{
	com_main(now_us);
	uds_main(now_us);
	canif_main();
	if (task10) {
		wdg_main(now_us);
	} else {
		/* supervised every 10 ms */
	}
	return ecu_wdg_ran_out(now_us);
}

int32_t ecu_routine_clear(bool (*clear)(void), uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	if ((in_len != 0U) || (out_max < 1U)) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if (!clear()) {
		return -(int32_t)UDS_NRC_CNC;
	}
	out[0] = 1U;
	return 1;
}

int32_t ecu_rt_clear_list(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)out;
	(void)out_max;
	if (in_len != 0U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if (ecu_shell_list != NULL) {
		dtclist_clear(ecu_shell_list);
	} else {
		/* not a lister: nothing to clear */
	}
	return 0;
}

bool ecu_config_ok(void)
{
	return ecu_shell_config_ok;
}

void ecu_can_rx_uds_first(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	/* diagnostics are classic 11-bit data frames; anything else on those IDs is canif's to count */
	bool classic = (flags & (CAN_FLAG_EXT | CAN_FLAG_RTR | CAN_FLAG_FD)) == 0U;
	if (classic && (dlc <= 8U) && uds_rx(id, data, (uint8_t)dlc)) {
		return;
	} else {
		canif_rx(id, flags, dlc, data);
	}
}

static bool ecu_shell_fill(uint16_t did, uint8_t *dst, uint16_t len)
{
	return (ecu_shell_did_fill != NULL) && (ecu_shell_did_fill(did, dst, len) == 0);
}

int32_t ecu_ff_read(uint16_t did, uint8_t *dst, uint8_t len)
{
	return ecu_shell_fill(did, dst, len) ? (int32_t)len : -1;
}

int32_t ecu_did_read(uint16_t did, uint8_t *dst, uint16_t len)
{
	return ecu_shell_fill(did, dst, len) ? 0 : -(int32_t)UDS_NRC_ROOR;
}
