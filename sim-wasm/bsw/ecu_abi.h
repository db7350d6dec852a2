/*
 * ECU ABI (contract; docs/architecture.md, "ECUs"): what one ECU image exports to its host and imports from it.
 * The same declarations serve the wasm build (imports resolved by the TS host) and the native build
 * (imports implemented by sim-wasm/host/ over SocketCAN).
 */
#ifndef ECU_ABI_H
#define ECU_ABI_H

#include <stdint.h>

#define ECU_ABI_VERSION 1U

/* Frame flags, same bits as FrameBatch.flags in src/lib/can/frame.ts. */
#define CAN_FLAG_EXT 0x01U
#define CAN_FLAG_RTR 0x02U
#define CAN_FLAG_FD  0x04U
#define CAN_FLAG_BRS 0x08U

#define ECU_RX_BUFFER_SIZE 64U
/* Input channels per ECU, the host's IO_CHANNELS. */
#define ECU_IO_CHANNELS 64U

#if defined(__wasm__)
#define ECU_IMPORT(name) __attribute__((import_module("env"), import_name(#name)))
#define ECU_EXPORT(name) __attribute__((export_name(#name)))
#else
#define ECU_IMPORT(name)
#define ECU_EXPORT(name)
#endif

/* ---- imports: provided by the host ---- */
/* Queues a frame for transmission. Returns 0 when queued, < 0 when every TX mailbox is full. */
ECU_IMPORT(can_tx) int32_t can_tx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data);
/* Reads a sensor/input channel (per-ECU channel numbers, see io_channels.h). */
ECU_IMPORT(io_read) int32_t io_read(uint32_t channel);
/* Drives an actuator/output channel. */
ECU_IMPORT(io_write) void io_write(uint32_t channel, int32_t value);
/* Writes a log line; level 0 debug, 1 info, 2 warning, 3 error. */
ECU_IMPORT(log) void ecu_log(uint32_t level, const char *msg, uint32_t len);
/* Persistent blocks (DTC memory, VIN). Return bytes read/written, or < 0. */
ECU_IMPORT(nvm_read) int32_t nvm_read(uint32_t block, uint8_t *dst, uint32_t len);
ECU_IMPORT(nvm_write) int32_t nvm_write(uint32_t block, const uint8_t *src, uint32_t len);
/* Flash staging for a new image (flash.h, docs/ota.md): bytes at an offset (offset 0 with len 0 starts a new
 * image), the complete image's size and CRC-32 (0 when the host holds exactly that), the reset into it. */
ECU_IMPORT(flash_write) int32_t flash_write(uint32_t offset, const uint8_t *src, uint32_t len);
ECU_IMPORT(flash_commit) int32_t flash_commit(uint32_t size, uint32_t crc);
ECU_IMPORT(flash_boot) void flash_boot(void);

/* ---- exports: implemented by every ECU image ---- */
ECU_EXPORT(abi_version) uint32_t abi_version(void);
ECU_EXPORT(ecu_init) void ecu_init(uint32_t seed);
/* Called every 1 ms of virtual time; now_us is the virtual time in µs (never read a clock). */
ECU_EXPORT(ecu_tick) void ecu_tick(uint64_t now_us);
/* A frame arrived; data points into the rx buffer (or anywhere in the ECU's memory). */
ECU_EXPORT(ecu_can_rx) void ecu_can_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data);
/* Pointer to a 64-byte scratch area where the host writes a received frame's payload. */
ECU_EXPORT(ecu_rx_buffer) uint8_t *ecu_rx_buffer(void);
/* Optional (built with ECU_IO_IN_MEMORY): where the host writes the ECU_IO_CHANNELS input channels before
 * each tick instead of answering io_read; a host that does not know it keeps answering io_read. */
#if defined(ECU_IO_IN_MEMORY)
ECU_EXPORT(ecu_io_inputs) int32_t *ecu_io_inputs(void);
#endif
/* Optional (built with ECU_TICK_SPLIT): ecu_tick(((uint64_t)now_hi << 32) | now_lo), for hosts without a
 * cheap 64-bit integer (JS: no BigInt per tick). */
#if defined(ECU_TICK_SPLIT)
ECU_EXPORT(ecu_tick_split) void ecu_tick_split(uint32_t now_lo, uint32_t now_hi);
/* Optional: a WASI reactor's start function; a host that knows it calls it once, before any other export.
 * Without it wasm-ld links a command and wraps every export in calls to the constructors and destructors:
 * two extra calls in each ecu_tick and ecu_can_rx (docs/performance.md, sixth round). */
ECU_EXPORT(_initialize) void _initialize(void);
#endif
/* Optional: what ecu_can_rx acts on, so a host can skip the call for a frame the image would only count as
 * filtered (docs/architecture.md, "ECUs"). Read after ecu_init (the same for every init of one image). NULL:
 * deliver every frame (also what a host that does not know the export does). Else a table of 32-bit words:
 *   [0] flags: ECU_RX_ACCEPT_ANY = the image acts on every frame (the host delivers all)
 *   [1] address of canif's rx_filtered counter: the host adds 1 for each frame it drops
 *   [2] n, the number of entries that follow, then n entries: the identifier, | ECU_RX_ACCEPT_EXT for a 29-bit
 *       one, | ECU_RX_ACCEPT_RAW for an 11-bit identifier the image takes before canif (UDS): such a frame is
 *       delivered whatever its flags and DLC.
 * For the rest the host mirrors canif_rx: a remote frame is filtered, a bad DLC (over 15, or over 8 without
 * the FD flag) is delivered (canif counts rx_bad_dlc), an identifier not listed is filtered. */
#define ECU_RX_ACCEPT_ANY  0x00000001U
#define ECU_RX_ACCEPT_EXT  0x80000000U
#define ECU_RX_ACCEPT_RAW  0x40000000U
#define ECU_RX_ACCEPT_HEAD 3U  /* words before the entries */
#define ECU_RX_ACCEPT_MAX  64U /* entries; an image with more receive IDs returns NULL */
ECU_EXPORT(ecu_rx_accept) const uint32_t *ecu_rx_accept(void);

#endif /* ECU_ABI_H */
