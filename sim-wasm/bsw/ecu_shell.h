/*
 * ecu_shell: the wiring that is the same in every ECU image, written once so an image file keeps only what
 * is its own (docs/ecus.md, "Basic software"):
 *   - the ABI entry points no ECU does anything particular with: abi_version, ecu_rx_buffer and ecu_rx_accept
 *     (what ecu_can_rx takes: canif's receive table and UDS's request IDs, or every frame; ecu_shell.c);
 *   - ecu_can_rx_uds_first: the receive path of an ECU whose only diagnostics are UDS;
 *   - ecu_boot: the standard boot of canif, IO and the diagnostic stack (VIN, DtcEvent, DEM and its operation
 *     cycle, UDS) from one table, after every reset;
 *   - ecu_ff_read / ecu_did_read: the DEM's freeze-frame reader and the UDS DID reader over the one function
 *     that fills the ECU's own DIDs;
 *   - two hooks every ECU hands to the UDS server and the watchdog manager, as one-line definitions.
 * The ECU's tasks, its monitors and what its reset clears stay in its image file.
 */
#ifndef ECU_SHELL_H
#define ECU_SHELL_H

#include <stdbool.h>
#include <stdint.h>

#include "canif.h"
#include "dem.h"
#include "dtcevent.h"
#include "io.h"
#include "ports_abi.h"
#include "uds.h"
#include "vin.h"
#include "wdg.h"

/* Fills `len` bytes of DID `did` from the ECU's state; 0 when done, < 0 for a DID it does not know. */
typedef int32_t (*ecu_did_fill_fn)(uint16_t did, uint8_t *dst, uint16_t len);

/* What ecu_boot starts, in this order. */
typedef struct {
	const canif_config_t *canif;
	const io_config_t *io;      /* NULL: the ECU has no IO channels */
	const vin_config_t *vin;
	uint8_t node;               /* VEHICLE_DBC_NODE_<ECU>: the sender of the ECU's DtcEvent frames */
	const dem_config_t *dem;
	const uds_config_t *uds;
	ecu_did_fill_fn did_fill;   /* behind ecu_ff_read and ecu_did_read; NULL when the ECU reads its own */
	bool rx_any;                /* ecu_can_rx acts on every frame, not only canif's and UDS's (ecu_rx_accept) */
} ecu_boot_t;

/**
 * Boots the ECU's basic software after a reset: canif, IO, the VIN from NVM, DtcEvent from `node` (the DEM
 * reports its DTC changes as frames), the DEM (and its operation cycle: debounce and this-cycle bits start
 * afresh) and the UDS server with the security `seed`. Returns false when IO, the DEM or UDS refused its
 * config (the ECU shows a configuration error in its heartbeat); the rest still starts.
 */
bool ecu_boot(const ecu_boot_t *boot, uint32_t seed);

/**
 * ecu_can_rx for an ECU whose only diagnostics are UDS: a classic 11-bit data frame of up to 8 bytes goes to
 * UDS first; anything UDS does not take (other IDs, and FD, RTR or extended frames even on the diagnostic IDs,
 * which canif counts) goes to canif.
 */
void ecu_can_rx_uds_first(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data);

/** dem_config_t.read_did: a freeze-frame DID through the booted ecu_boot_t.did_fill; `len`, or -1. */
int32_t ecu_ff_read(uint16_t did, uint8_t *dst, uint8_t len);
/** uds_did_t.read: a DID through the booted ecu_boot_t.did_fill; 0, or -NRC 0x31 (request out of range). */
int32_t ecu_did_read(uint16_t did, uint8_t *dst, uint16_t len);

/* The UDS reset hook (uds_app_if_t.reset): ECUReset asks for a restart with `flag`, which the ECU's tick
 * honours after the response is out; hard and soft reset restart the image the same way. */
#define ECU_UDS_RESET_HOOK(fn, flag)                                                                            \
	static void fn(uint8_t type)                                                                           \
	{                                                                                                      \
		(void)type;                                                                                    \
		(flag) = true;                                                                                 \
	}

/* The watchdog manager's config `cfg` over the ECU's supervised entities `entity_table` (a wdg_entity_cfg_t
 * array, entity id = index), triggered every 10 ms while healthy: the trigger (cfg##_trigger) kicks the ECU's
 * hardware watchdog `hw` (a wdg_hw_t) at the ECU's current time `now_us`, so the hardware watchdog runs out
 * only when wdg_main stops kicking. */
#define ECU_WDG_CONFIG(cfg, entity_table, hw, now_us)                                                            \
	static void cfg##_trigger(void)                                                                        \
	{                                                                                                      \
		wdg_hw_kick(&(hw), (now_us));                                                                  \
	}                                                                                                      \
	static const wdg_config_t cfg = {.entities = (entity_table),                                           \
	                                 .entity_count = (uint8_t)(sizeof(entity_table) / sizeof((entity_table)[0])), \
	                                 .trigger_period_ms = 10U,                                             \
	                                 .trigger = cfg##_trigger}

/* The DEM config of an ECU that reports its DTCs as DtcEvent (every ECU but the ICU and the TCU): its events
 * (`count` of them), its freeze-frame DIDs read through ecu_ff_read, DTC memory in NVM block `block`. */
#define ECU_DEM_CONFIG(event_table, count, ff_table, block)                                                      \
	.events = (event_table), .event_count = (count), .ff_dids = (ff_table),                                \
	.ff_did_count = (uint8_t)(sizeof(ff_table) / sizeof((ff_table)[0])), .read_did = ecu_ff_read,         \
	.nvm = &nvm_port_abi, .nvm_block = (block), .status_changed = dtcevent_status_changed

#endif /* ECU_SHELL_H */
