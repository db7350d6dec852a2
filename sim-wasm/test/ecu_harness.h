/*
 * ecu_harness.h: the host side of an ECU test (sim-wasm/test/test_<ecu>.c), header-only so each test links
 * its own copy. It implements the ABI imports of ecu_abi.h — can_tx captures every frame the ECU sends into
 * `bus`, io_read answers from `pin_in`, io_write lands in `pin_out`, log is dropped, nvm_read/nvm_write keep
 * blocks in RAM — and gives the test helpers to deliver frames, step virtual time, find frames on the bus and
 * talk UDS to the ECU. Tests only: uses libc and unit.h freely, which firmware never does.
 *
 * The test defines `static void tick(void)`: one 1 ms step (plant, partner ECUs, then ecu_tick(now)).
 * Configuration, #defined before the #include:
 *   HARNESS_MAX_FRAMES   frames `bus` holds (8192)
 *   HARNESS_KEEP_NEWEST  1: a full `bus` drops its older half (long runs that look at recent frames);
 *                        0: a full `bus` stops capturing and counts `bus_lost` (default)
 *   HARNESS_NVM_BLOCKS, HARNESS_NVM_SIZE   RAM NVM: blocks (4) of at most this many bytes (1024)
 *   HARNESS_EXACT_RX     1: every frame reaches the ECU in a heap copy exactly DLC bytes long, so ASan sees
 *                        a read past it; 0: it is written into ecu_rx_buffer() as the real host does (default)
 *   HARNESS_ISOTP_TESTER 1: also the tester with its own ISO-TP channel (`request`), see below
 * Two UDS testers, both on `uds_phys_id` (responses on uds_phys_id + 8, as the DBC lays them out):
 *   uds_request_on/uds_request/uds_unlock  blocking: send a request (single frame, or first + consecutive
 *     frames after the ECU's flow control), step until the answer is complete; no other traffic needed.
 *   request (HARNESS_ISOTP_TESTER)  a real ISO-TP channel (bsw/isotp.c) as the peer: tick() calls
 *     tester_send_queued() first and tester_listen() last, so requests and answers interleave with the
 *     rest of the bus as they would in a car; the answer lands in t_resp.
 */
#ifndef ECU_HARNESS_H
#define ECU_HARNESS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ecu_abi.h"
#include "io_channels.h"
#include "uds.h"
#include "unit.h"
#include "vehicle_dbc.h"

#ifndef HARNESS_MAX_FRAMES
#define HARNESS_MAX_FRAMES 8192U
#endif
#ifndef HARNESS_KEEP_NEWEST
#define HARNESS_KEEP_NEWEST 0
#endif
#ifndef HARNESS_NVM_BLOCKS
#define HARNESS_NVM_BLOCKS 4U
#endif
#ifndef HARNESS_NVM_SIZE
#define HARNESS_NVM_SIZE 1024U
#endif
#ifndef HARNESS_EXACT_RX
#define HARNESS_EXACT_RX 0
#endif
#ifndef HARNESS_ISOTP_TESTER
#define HARNESS_ISOTP_TESTER 0
#endif

/* a test uses only some of the helpers; the rest must not fail its -Werror build */
#define HARNESS_UNUSED __attribute__((unused))

/* where a freshly powered ECU's clock starts: the host may start an ECU at any time, not only at 0 */
#define HARNESS_START_US 1000000U

/* ---- host state ---- */
typedef struct {
	uint64_t t_us;
	uint32_t id;
	uint8_t len;
	uint8_t data[8];
} frame_t;

static int32_t pin_in[IO_CHANNEL_COUNT];
static int32_t pin_out[IO_CHANNEL_COUNT];
static frame_t bus[HARNESS_MAX_FRAMES]; /* what the ECU sent, oldest first */
static unsigned bus_n;
static unsigned bus_lost; /* frames not captured because `bus` was full (HARNESS_KEEP_NEWEST 0) */
static uint64_t now;      /* µs of virtual time */
static uint8_t nvm_mem[HARNESS_NVM_BLOCKS][HARNESS_NVM_SIZE];
static int32_t nvm_len[HARNESS_NVM_BLOCKS]; /* <= 0: never written since the last erase */
static uint32_t uds_phys_id; /* the ECU's physical UDS request ID; set by the test */

static void tick(void);

/* ---- ABI imports ---- */
int32_t can_tx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	(void)flags;
	if ((HARNESS_KEEP_NEWEST != 0) && (bus_n == HARNESS_MAX_FRAMES)) {
		(void)memmove(bus, &bus[HARNESS_MAX_FRAMES / 2U], (HARNESS_MAX_FRAMES / 2U) * sizeof bus[0]);
		bus_n = HARNESS_MAX_FRAMES / 2U;
	}
	if (bus_n < HARNESS_MAX_FRAMES) {
		(void)memset(&bus[bus_n], 0, sizeof bus[bus_n]);
		bus[bus_n].t_us = now;
		bus[bus_n].id = id;
		bus[bus_n].len = (uint8_t)dlc;
		(void)memcpy(bus[bus_n].data, data, (dlc > 8U) ? 8U : dlc);
		bus_n++;
	} else {
		bus_lost++;
	}
	return 0;
}

int32_t io_read(uint32_t channel)
{
	return (channel < IO_CHANNEL_COUNT) ? pin_in[channel] : 0;
}

void io_write(uint32_t channel, int32_t value)
{
	if (channel < IO_CHANNEL_COUNT) {
		pin_out[channel] = value;
	}
}

void ecu_log(uint32_t level, const char *msg, uint32_t len)
{
	(void)level;
	(void)msg;
	(void)len;
}

int32_t nvm_read(uint32_t block, uint8_t *dst, uint32_t len)
{
	if ((block >= HARNESS_NVM_BLOCKS) || (nvm_len[block] <= 0)) {
		return -1;
	}
	uint32_t n = ((uint32_t)nvm_len[block] < len) ? (uint32_t)nvm_len[block] : len;
	(void)memcpy(dst, nvm_mem[block], n);
	return (int32_t)n;
}

int32_t nvm_write(uint32_t block, const uint8_t *src, uint32_t len)
{
	if ((block >= HARNESS_NVM_BLOCKS) || (len > HARNESS_NVM_SIZE)) {
		return -1;
	}
	(void)memcpy(nvm_mem[block], src, len);
	nvm_len[block] = (int32_t)len;
	return (int32_t)len;
}

/* flash staging: the ECU tests do not reflash; a download is refused (NRC 0x70), test_flash.c covers it */
int32_t flash_write(uint32_t offset, const uint8_t *src, uint32_t len)
{
	(void)offset;
	(void)src;
	(void)len;
	return -1;
}

int32_t flash_commit(uint32_t size, uint32_t crc)
{
	(void)size;
	(void)crc;
	return -1;
}

void flash_boot(void)
{
}

/* ---- host helpers ---- */
#if HARNESS_ISOTP_TESTER
static unsigned to_ecu_n;
#endif

/* Pins, bus capture and the tester's queue back to power-on; the clock to HARNESS_START_US. NVM stays. */
HARNESS_UNUSED static void host_reset(void)
{
	(void)memset(pin_in, 0, sizeof pin_in);
	(void)memset(pin_out, 0, sizeof pin_out);
	bus_n = 0U;
	bus_lost = 0U;
	now = HARNESS_START_US;
#if HARNESS_ISOTP_TESTER
	to_ecu_n = 0U;
#endif
}

/* Every NVM block unwritten, as on a new part. */
HARNESS_UNUSED static void host_erase_nvm(void)
{
	(void)memset(nvm_mem, 0, sizeof nvm_mem);
	(void)memset(nvm_len, 0, sizeof nvm_len);
}

/* Delivers one received frame to the ECU now. */
HARNESS_UNUSED static void deliver_flags(uint32_t id, uint32_t flags, const uint8_t *data, uint8_t len)
{
#if HARNESS_EXACT_RX
	uint8_t *copy = malloc(len == 0U ? 1U : len);
	if (copy == NULL) {
		printf("ecu_harness: out of memory delivering frame 0x%03x\n", (unsigned)id);
		exit(2);
	}
	(void)memcpy(copy, data, len);
	ecu_can_rx(id, flags, len, copy);
	free(copy);
#else
	uint8_t *rx = ecu_rx_buffer();
	(void)memcpy(rx, data, len);
	ecu_can_rx(id, flags, len, rx);
#endif
}

HARNESS_UNUSED static void deliver(uint32_t id, const uint8_t *data, uint8_t len)
{
	deliver_flags(id, 0U, data, len);
}

HARNESS_UNUSED static void run_ms(unsigned ms)
{
	for (unsigned i = 0U; i < ms; i++) {
		tick();
	}
}

/* The last frame with this ID sent at or after bus index `from`, or NULL. */
HARNESS_UNUSED static const frame_t *last_frame_from(uint32_t id, unsigned from)
{
	for (unsigned i = bus_n; i > from; i--) {
		if (bus[i - 1U].id == id) {
			return &bus[i - 1U];
		}
	}
	return NULL;
}

/* The last frame with this ID, or NULL. */
HARNESS_UNUSED static const frame_t *last_frame(uint32_t id)
{
	return last_frame_from(id, 0U);
}

/* Frames with this ID sent at or after bus index `from`. */
HARNESS_UNUSED static unsigned count_frames(uint32_t id, unsigned from)
{
	unsigned n = 0U;
	for (unsigned i = from; i < bus_n; i++) {
		n += (bus[i].id == id) ? 1U : 0U;
	}
	return n;
}

/* The status byte `node` last reported for `dtc` in a DtcEvent (0x500) at or after bus index `from`, or -1. */
HARNESS_UNUSED static int host_dtc_event_status(uint8_t node, uint32_t dtc, unsigned from)
{
	int st = -1;
	for (unsigned i = from; i < bus_n; i++) {
		if (bus[i].id != VEHICLE_DBC_DTC_EVENT_FRAME_ID) {
			continue;
		}
		struct vehicle_dbc_dtc_event_t e;
		(void)vehicle_dbc_dtc_event_unpack(&e, bus[i].data, bus[i].len);
		if ((e.dtc_number == dtc) && (e.ecu_id == node)) {
			st = e.dtc_status;
		}
	}
	return st;
}

/*
 * Defines `static struct vehicle_dbc_<type>_t fn(void)`: the last <MSG> frame on the bus decoded with the
 * generated unpack, all fields 0xFF before the first one. Example: HARNESS_LAST(last_doors, doors, DOORS)
 */
#define HARNESS_LAST(fn, type, MSG)                                                                         \
	HARNESS_UNUSED static struct vehicle_dbc_##type##_t fn(void)                                           \
	{                                                                                                       \
		struct vehicle_dbc_##type##_t m;                                                                    \
		(void)memset(&m, 0xFF, sizeof m);                                                                   \
		const frame_t *f = last_frame(VEHICLE_DBC_##MSG##_FRAME_ID);                                        \
		if (f != NULL) {                                                                                    \
			(void)vehicle_dbc_##type##_unpack(&m, f->data, f->len);                                         \
		}                                                                                                   \
		return m;                                                                                           \
	}

/* ---- the blocking UDS tester ---- */
/*
 * Sends a UDS request to req_id (the physical ID or 0x7DF) as ISO-TP frames padded with 0xCC and steps time
 * until the answer on uds_phys_id + 8 is complete, sending flow control to uds_phys_id for a multi-frame one.
 * Returns the response length (0 when none came within 200 ms); resp gets up to max bytes of the payload.
 */
HARNESS_UNUSED static unsigned uds_request_on(uint32_t req_id, const uint8_t *req, uint8_t len, uint8_t *resp,
                                              unsigned max)
{
	const uint32_t resp_id = uds_phys_id + 8U;
	uint8_t sf[8];
	(void)memset(sf, 0xCC, sizeof sf);
	unsigned from = bus_n;
	if (len <= 7U) {
		sf[0] = len;
		(void)memcpy(&sf[1], req, len);
		deliver(req_id, sf, 8U);
	} else {
		/* first frame, wait for the ECU's flow control, then consecutive frames */
		sf[0] = 0x10U;
		sf[1] = len;
		(void)memcpy(&sf[2], req, 6U);
		deliver(req_id, sf, 8U);
		int fc = 0;
		for (unsigned t = 0U; (t < 50U) && !fc; t++) {
			tick();
			for (unsigned i = from; i < bus_n; i++) {
				fc = fc || ((bus[i].id == resp_id) && (bus[i].data[0] == 0x30U));
			}
		}
		CHECK(fc);
		from = bus_n; /* the answer may leave as soon as the last frame is in */
		uint8_t sn = 1U;
		for (unsigned off = 6U; off < len; off += 7U) {
			(void)memset(sf, 0xCC, sizeof sf);
			sf[0] = (uint8_t)(0x20U | (sn & 0x0FU));
			sn++;
			(void)memcpy(&sf[1], &req[off], ((len - off) < 7U) ? (len - off) : 7U);
			deliver(req_id, sf, 8U);
		}
	}
	unsigned got = 0U;
	unsigned total = 0U;
	for (unsigned t = 0U; t < 200U; t++) {
		tick();
		for (unsigned i = from; i < bus_n; i++) {
			if (bus[i].id != resp_id) {
				continue;
			}
			const uint8_t *d = bus[i].data;
			uint8_t pci = (uint8_t)(d[0] >> 4);
			if (pci == 0U) {
				total = d[0] & 0x0FU;
				for (unsigned k = 0U; (k < total) && (k < max); k++) {
					resp[k] = d[1U + k];
				}
				return total;
			} else if (pci == 1U) {
				total = ((unsigned)(d[0] & 0x0FU) << 8) | d[1];
				for (unsigned k = 0U; k < 6U; k++, got++) {
					if (got < max) {
						resp[got] = d[2U + k];
					}
				}
				const uint8_t fc[8] = {0x30U, 0U, 0U, 0xCCU, 0xCCU, 0xCCU, 0xCCU, 0xCCU};
				deliver(uds_phys_id, fc, 8U); /* flow control always goes to the physical ID */
			} else if (pci == 2U) {
				for (unsigned k = 0U; (k < 7U) && (got < total); k++, got++) {
					if (got < max) {
						resp[got] = d[1U + k];
					}
				}
				if (got >= total) {
					return total;
				}
			} else {
				/* flow control from the ECU: only expected while we send, handled above */
			}
		}
		from = bus_n;
	}
	return 0U;
}

/* uds_request_on the ECU's physical ID. */
HARNESS_UNUSED static unsigned uds_request(const uint8_t *req, uint8_t len, uint8_t *resp, unsigned max)
{
	return uds_request_on(uds_phys_id, req, len, resp, max);
}

/* Extended session, then security level 1 with the key the BSW's default algorithm expects. */
HARNESS_UNUSED static void uds_unlock(void)
{
	uint8_t r[64];
	const uint8_t ext[] = {0x10U, 0x03U};
	CHECK_EQ(uds_request(ext, 2U, r, sizeof r), 6U);
	const uint8_t seed_req[] = {0x27U, 0x01U};
	CHECK_EQ(uds_request(seed_req, 2U, r, sizeof r), 6U);
	uint32_t seed = ((uint32_t)r[2] << 24) | ((uint32_t)r[3] << 16) | ((uint32_t)r[4] << 8) | r[5];
	uint32_t key = uds_default_key(1U, seed);
	const uint8_t key_req[] = {0x27U, 0x02U, (uint8_t)(key >> 24), (uint8_t)(key >> 16), (uint8_t)(key >> 8),
	                           (uint8_t)key};
	CHECK_EQ(uds_request(key_req, 6U, r, sizeof r), 2U);
	CHECK_EQ(r[0], 0x67U);
}

/* ---- the ISO-TP tester ---- */
#if HARNESS_ISOTP_TESTER
#include "isotp.h"

#define HARNESS_TESTER_QUEUE 64U

ISOTP_CHANNEL_DEFINE(tester, 1024);
static isotp_config_t tester_cfg;
static uint8_t t_resp[1024]; /* the last complete answer */
static uint16_t t_resp_len;
static unsigned t_resp_n; /* answers since the last request */
static frame_t to_ecu[HARNESS_TESTER_QUEUE]; /* the tester's frames, delivered at the next tick */

static int32_t tester_tx(uint32_t id, const uint8_t *data, uint8_t len)
{
	if (to_ecu_n >= HARNESS_TESTER_QUEUE) {
		return -1;
	}
	/* flow control always goes to the physical address, even for a functional request */
	to_ecu[to_ecu_n].id = ((data[0] >> 4) == 3U) ? uds_phys_id : id;
	to_ecu[to_ecu_n].len = len;
	(void)memcpy(to_ecu[to_ecu_n].data, data, len);
	to_ecu_n++;
	return 0;
}

static void tester_rx(void *user, const uint8_t *data, uint16_t len, bool functional, int32_t result)
{
	(void)user;
	(void)functional;
	if (result == ISOTP_N_OK) {
		(void)memcpy(t_resp, data, len);
		t_resp_len = len;
		t_resp_n++;
	}
}

/* First thing in tick(): delivers what the tester queued; returns the bus index tester_listen starts from. */
static unsigned tester_send_queued(void)
{
	unsigned from = bus_n; /* the ECU may answer while a frame is delivered */
	for (unsigned i = 0U; i < to_ecu_n; i++) {
		deliver(to_ecu[i].id, to_ecu[i].data, to_ecu[i].len);
	}
	to_ecu_n = 0U;
	return from;
}

/* Last thing in tick(): the tester hears the ECU's answers since `from` and runs its channel's timers. */
static void tester_listen(unsigned from)
{
	for (unsigned i = from; i < bus_n; i++) {
		if (bus[i].id == uds_phys_id + 8U) {
			(void)isotp_rx(&tester, bus[i].id, bus[i].data, bus[i].len);
		}
	}
	isotp_main(&tester, now);
}

/* Sends a request (functional: to 0x7DF) and waits up to 300 ms; the response length, or -1 when none came. */
HARNESS_UNUSED static int request(int functional, const uint8_t *req, uint16_t len)
{
	tester_cfg.rx_id = uds_phys_id + 8U;
	tester_cfg.tx_id = functional ? VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID : uds_phys_id;
	tester_cfg.func_id = ISOTP_NO_ID;
	tester_cfg.tx = tester_tx;
	tester_cfg.padding = ISOTP_PAD_DEFAULT;
	tester_cfg.rx_indication = tester_rx;
	(void)isotp_init(&tester, &tester_cfg);
	isotp_main(&tester, now); /* the channel's clock starts now, not at 0 */
	t_resp_n = 0U;
	CHECK_EQ(isotp_send(&tester, req, len), ISOTP_N_OK);
	for (unsigned i = 0U; (i < 300U) && (t_resp_n == 0U); i++) {
		tick();
	}
	return (t_resp_n > 0U) ? (int)t_resp_len : -1;
}
#endif /* HARNESS_ISOTP_TESTER */

#endif /* ECU_HARNESS_H */
