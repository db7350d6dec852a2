/*
 * ecu_shell: the wiring that is the same in every ECU image, written once so an image file keeps only what
 * is its own (docs/ecus.md, "Basic software"):
 *   - the ABI entry points no ECU does anything particular with: abi_version, ecu_rx_buffer and ecu_rx_accept
 *     (what ecu_can_rx takes: canif's receive table and UDS's request IDs, or every frame; ecu_shell.c);
 *   - ecu_can_rx_uds_first: the receive path of an ECU whose only diagnostics are UDS;
 *   - the ECU's description (ecu_boot_t) and what drives it: ecu_boot, the boot of canif, IO and the diagnostic
 *     stack (VIN, DtcEvent and the lister, DEM and its operation cycle, UDS) and the receive supervision after
 *     every reset; ecu_start, the first tick's start of COM and the watchdogs; ecu_tick_end, the end of the
 *     standard tick; ecu_config_ok, ecu_vin_loaded and ecu_wdg_ran_out, what the ECU reports or acts on;
 *   - ecu_ff_read / ecu_did_read: the DEM's freeze-frame reader and the UDS DID reader over the one function
 *     that fills the ECU's own DIDs;
 *   - hooks and tables every ECU hands to UDS, COM, canif and the watchdog manager, as one-line definitions,
 *     the standard watchdog entities and two shared UDS routines.
 * The ECU's tasks, its monitors and what its reset clears stay in its image file.
 */
#ifndef ECU_SHELL_H
#define ECU_SHELL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "canif.h"
#include "com.h"
#include "dem.h"
#include "dtcevent.h"
#include "io.h"
#include "ports_abi.h"
#include "rxmon.h"
#include "uds.h"
#include "vin.h"
#include "wdg.h"

/* Fills `len` bytes of DID `did` from the ECU's state; 0 when done, < 0 for a DID it does not know. */
typedef int32_t (*ecu_did_fill_fn)(uint16_t did, uint8_t *dst, uint16_t len);

/* A block of the application's RAM that every reset zeroes (its inputs, outputs, what it last sent). */
typedef struct {
	void *ptr;
	size_t size;
} ecu_ram_t;
#define ECU_RAM(var) {.ptr = &(var), .size = sizeof(var)}
/* Blocks of ecu_boot_t.clear: enough for every ECU's in/out/sent structs */
#define ECU_CLEAR_MAX 4U

/* The ECU's description: what ecu_boot starts after every reset, in this order, and what ecu_start starts at
 * the first tick after it. */
typedef struct {
	const canif_config_t *canif;
	const io_config_t *io;      /* NULL: the ECU has no IO channels */
	const vin_config_t *vin;
	uint8_t node;               /* VEHICLE_DBC_NODE_<ECU>: the sender of the ECU's DtcEvent frames */
	dtcevent_lister_t *lister;  /* the ICU and the TCU: their DTC changes are listed too; else NULL */
	dem_config_t dem;           /* ECU_DEM_CONFIG; kept by the DEM by pointer, so the description is static */
	uds_config_t uds;           /* UDS_CONFIG_ECU */
	const rxmon_config_t *rxmon; /* receive supervision, afresh after every reset; NULL: none (CVC, SC) */
	ecu_did_fill_fn did_fill;   /* behind ecu_ff_read and ecu_did_read; NULL when the ECU reads its own */
	bool rx_any;                /* ecu_can_rx acts on every frame, not only canif's and UDS's (ecu_rx_accept) */
	void (*app_init)(void);     /* after the basic software: the application's own reset; NULL: none */
	ecu_ram_t clear[ECU_CLEAR_MAX]; /* then zeroed, in order; unused entries {NULL, 0} */
	/* ecu_start */
	const com_config_t *com;
	const wdg_config_t *wdg;    /* the watchdog manager's table: ECU_WDG_CONFIG, or &ecu_wdg_standard_cfg */
	uint32_t hw_wdg_ms;         /* the hardware watchdog's timeout (the shell's: one ECU per image) */
} ecu_boot_t;

/**
 * Boots the ECU's basic software after a reset: canif, IO, the VIN from NVM, DtcEvent from `node` (the DEM
 * reports its DTC changes as frames), the DEM (and its operation cycle: debounce and this-cycle bits start
 * afresh) and the UDS server with the security `seed`. Returns false when IO, the DEM or UDS refused its
 * config (the ECU shows a configuration error in its heartbeat); the rest still starts.
 */
bool ecu_boot(const ecu_boot_t *boot, uint32_t seed);
/**
 * The start of the standard tick (BCM, FZC, RZC): ecu_start, the 1 ms task's alive indication
 * (ECU_SE_TASK_1MS) and io_sample over the milliseconds since the last tick (0 on the first). Returns what
 * ecu_start returned: true on the first tick after ecu_boot.
 */
bool ecu_tick_begin(const ecu_boot_t *boot, uint64_t now_us);
/** The milliseconds ecu_tick_begin gave io_sample this tick. */
uint32_t ecu_tick_ms(void);
/**
 * The end of the standard tick (BCM, FZC, RZC), after the application: COM, UDS and canif's main functions, the
 * watchdog manager on the 10 ms ticks (`task10`), then whether the hardware watchdog has run out
 * (ecu_wdg_ran_out: the ECU resets).
 */
bool ecu_tick_end(bool task10, uint64_t now_us);

/** What vin_load found at the last ecu_boot (the ICU and the TCU report a corrupt VIN block as an NVM fault). */
vin_load_result_t ecu_vin_loaded(void);

/**
 * ecu_tick's first call: the first tick after ecu_boot, which may come long after it, starts COM's deadlines and
 * cycles, the watchdog manager's supervision cycles and the hardware watchdog at `now_us`, and returns true;
 * every later tick starts nothing and returns false.
 */
bool ecu_start(const ecu_boot_t *boot, uint64_t now_us);
/** True once the hardware watchdog ecu_start armed has run out (wdg_main stopped kicking it: a hang): the ECU
 * resets itself. False before ecu_start. */
bool ecu_wdg_ran_out(uint64_t now_us);
/** False when IO, the DEM or UDS (ecu_boot) or the watchdog manager (ecu_start) refused its config since the
 * last ecu_boot: the ECU shows a configuration error in its heartbeat. COM's result is not looked at. */
bool ecu_config_ok(void);

/** Whole milliseconds from `last_us` to `now_us` (what io_sample debounces by), 0 when time did not advance,
 * at most 0xFFFF. Inline: every ECU asks once a tick. */
static inline uint32_t ecu_elapsed_ms(uint64_t last_us, uint64_t now_us)
{
	uint32_t ms = 0U;
	if (now_us > last_us) {
		uint64_t d = (now_us - last_us) / 1000U;
		ms = (d > 0xFFFFU) ? 0xFFFFU : (uint32_t)d;
	} else {
		/* time did not advance */
	}
	return ms;
}

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

/* COM's config over the ECU's tables `tx_table` (com_tx_cfg_t) and `rx_table` (com_rx_cfg_t), arrays whose
 * index is the handle. */
#define ECU_COM_CONFIG(tx_table, rx_table)                                                                     \
	{.tx = (tx_table), .tx_count = (uint8_t)(sizeof(tx_table) / sizeof((tx_table)[0])), .rx = (rx_table), \
	 .rx_count = (uint8_t)(sizeof(rx_table) / sizeof((rx_table)[0]))}
/* canif's config: the ECU ABI's controller, receive table `rx` (a canif_rx_entry_t array), frames handed to
 * `indication` (com_rx_indication, or the ECU's own dispatch). */
#define ECU_CANIF_CONFIG(rx, indication)                                                                       \
	{.driver = &canif_port_abi, .rx_table = (rx), .rx_count = (uint16_t)(sizeof(rx) / sizeof((rx)[0])),   \
	 .rx_indication = (indication)}

/* canif's rx_indication of an ECU whose canif table lists COM's `rx_count` messages, then UDS's physical and
 * functional request IDs (`phys_id`, `func_id`) as the next two handles (CVC, SC). */
#define ECU_RX_COM_UDS(fn, rx_count, phys_id, func_id)                                                        \
	static void fn(uint16_t handle, const uint8_t *data, uint8_t len)                                      \
	{                                                                                                      \
		if (handle < (rx_count)) {                                                                     \
			com_rx_indication(handle, data, len);                                                  \
		} else {                                                                                       \
			(void)uds_rx((handle == (rx_count)) ? (phys_id) : (func_id), data, len);               \
		}                                                                                              \
	}

/** The body of ECU_CLEAR_ROUTINE: no input and room for the one answer byte, or NRC 0x13; then `clear`,
 * NRC 0x22 when it refuses; else answers 1 (cleared). */
int32_t ecu_routine_clear(bool (*clear)(void), uint16_t in_len, uint8_t *out, uint16_t out_max);
/* A UDS routine start (uds_routine_t.start) `fn` that clears the application's latched faults with `clear` (a
 * bool (void) function, false while a cause is still present). */
#define ECU_CLEAR_ROUTINE(fn, clear)                                                                           \
	static int32_t fn(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)   \
	{                                                                                                      \
		(void)rid;                                                                                     \
		(void)in;                                                                                      \
		return ecu_routine_clear((clear), in_len, out, out_max);                                       \
	}
/** uds_routine_t.start of a lister (ICU, TCU): empties the booted ecu_boot_t.lister's list; no input, no answer. */
int32_t ecu_rt_clear_list(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max);

/** wdg_config_t.trigger: kicks the shell's hardware watchdog at the time of this tick's ecu_start, so it runs
 * out only when wdg_main stops kicking. */
void ecu_wdg_trigger(void);
/* The watchdog manager's config (a wdg_config_t initialiser) over the ECU's supervised entities `entity_table`
 * (a wdg_entity_cfg_t array, entity id = index), triggered every 10 ms while healthy through ecu_wdg_trigger. */
#define ECU_WDG_CONFIG(entity_table)                                                                           \
	{.entities = (entity_table), .entity_count = (uint8_t)(sizeof(entity_table) / sizeof((entity_table)[0])), \
	 .trigger_period_ms = 10U, .trigger = ecu_wdg_trigger}

/* The standard watchdog config (BCM, FZC, RZC): the 1 ms task checks in 10 times per 10 ms (give or take 1),
 * and its control step (wdg_deadline_start/_end around it) ends within 1 ms; each tolerates 2 failed cycles
 * in a row. */
enum { ECU_SE_TASK_1MS, ECU_SE_CONTROL, ECU_SE_COUNT };
extern const wdg_config_t ecu_wdg_standard_cfg;

/* The VIN config of an ECU: its VIN in NVM block `block` of the ECU ABI, `unprogrammed` (NULL: 17 '0') until
 * one is written, and its F195/F18C texts (NULL: not served). */
#define ECU_VIN_CONFIG(block_no, unprog, sw, ser)                                                                \
	{.nvm = &nvm_port_abi, .block = (block_no), .unprogrammed = (unprog), .sw_version = (sw), .serial = (ser)}

/* The DEM config of an ECU that reports its DTCs as DtcEvent (every ECU but the ICU and the TCU): its events
 * (`count` of them), its freeze-frame DIDs read through ecu_ff_read, DTC memory in NVM block `block`. */
#define ECU_DEM_CONFIG(event_table, count, ff_table, block)                                                      \
	.events = (event_table), .event_count = (count), .ff_dids = (ff_table),                                \
	.ff_did_count = (uint8_t)(sizeof(ff_table) / sizeof((ff_table)[0])), .read_did = ecu_ff_read,         \
	.nvm = &nvm_port_abi, .nvm_block = (block), .status_changed = dtcevent_status_changed

#endif /* ECU_SHELL_H */
