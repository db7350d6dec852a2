// sources: bsw/flash.c
/* flash: RequestDownload / TransferData / RequestTransferExit as flash.c answers them (uds.c only routes them
 * in the programming session): lengths, formats, security, block sequence counter (retry, gap, wrap at 0xFF),
 * the CRC-32 at exit, a failing staging port, and that only a good exit followed by a reset boots the image. */
#include <string.h>

#include "flash.h"
#include "uds.h"
#include "unit.h"

#define MAX_BLOCK 256U

/* ---- a staging port that records what the ECU hands to the host ---- */
static uint8_t staged[4096];
static uint32_t staged_len;
static unsigned writes;
static unsigned begins;
static unsigned commits;
static unsigned boots;
static int fail_begin;
static int fail_write;
static int fail_commit;

static int32_t t_write(uint32_t offset, const uint8_t *src, uint32_t len)
{
	if ((offset == 0U) && (len == 0U)) {
		begins++;
		staged_len = 0U;
		return fail_begin ? -1 : 0;
	}
	if (fail_write || (offset + len > sizeof staged)) {
		return -1;
	}
	writes++;
	(void)memcpy(&staged[offset], src, len);
	staged_len = offset + len;
	return 0;
}

static int32_t t_commit(uint32_t size, uint32_t crc)
{
	commits++;
	return (fail_commit || (size != staged_len) || (crc != flash_crc32(0U, staged, size))) ? -1 : 0;
}

static void t_boot(void)
{
	boots++;
}

static const flash_port_t port = {t_write, t_commit, t_boot};

static uint8_t resp[MAX_BLOCK];

static int32_t rq(const uint8_t *req, uint16_t len, uint8_t level)
{
	return flash_request(req, len, resp, MAX_BLOCK, level);
}

static void setup(void)
{
	flash_set_port(&port);
	flash_init();
	staged_len = 0U;
	writes = begins = commits = boots = 0U;
	fail_begin = fail_write = fail_commit = 0;
}

/* 34 00 44 addr(4) size(4) */
static int32_t download(uint32_t size, uint8_t level)
{
	const uint8_t r[] = {0x34U, 0x00U, 0x44U, 0U, 0U, 0U, 0U, (uint8_t)(size >> 24), (uint8_t)(size >> 16), (uint8_t)(size >> 8),
	                     (uint8_t)size};
	return rq(r, sizeof r, level);
}

static int32_t block(uint8_t bsc, const uint8_t *data, uint16_t n)
{
	uint8_t r[MAX_BLOCK + 8U];
	r[0] = 0x36U;
	r[1] = bsc;
	(void)memcpy(&r[2], data, n);
	return rq(r, (uint16_t)(n + 2U), 0U);
}

static int32_t exit_crc(uint32_t crc)
{
	const uint8_t r[] = {0x37U, (uint8_t)(crc >> 24), (uint8_t)(crc >> 16), (uint8_t)(crc >> 8), (uint8_t)crc};
	return rq(r, sizeof r, 0U);
}

static void test_crc32(void)
{
	const uint8_t v[] = "123456789";
	CHECK_EQ(flash_crc32(0U, v, 9U), 0xCBF43926U);
	/* chained over two parts is the same as in one go */
	CHECK_EQ(flash_crc32(flash_crc32(0U, v, 4U), &v[4], 5U), 0xCBF43926U);
}

static void test_no_port(void)
{
	/* this test links no flash_abi.c: without a port a download is not accepted */
	flash_set_port(NULL);
	flash_init();
	CHECK_EQ(download(16U, 1U), -0x70);
	CHECK_EQ(flash_state(), FLASH_IDLE);
}

static void test_download_request(void)
{
	setup();
	const uint8_t shortr[] = {0x34U, 0x00U};
	CHECK_EQ(rq(shortr, sizeof shortr, 1U), -(int32_t)UDS_NRC_IMLOIF);
	const uint8_t alfid0[] = {0x34U, 0x00U, 0x04U, 0U, 0U, 0U, 0U};
	CHECK_EQ(rq(alfid0, sizeof alfid0, 1U), -(int32_t)UDS_NRC_ROOR); /* 0 size bytes */
	const uint8_t alfid5[] = {0x34U, 0x00U, 0x45U, 0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U};
	CHECK_EQ(rq(alfid5, sizeof alfid5, 1U), -(int32_t)UDS_NRC_ROOR); /* 5 address bytes */
	const uint8_t alfid_s5[] = {0x34U, 0x00U, 0x54U, 0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U};
	CHECK_EQ(rq(alfid_s5, sizeof alfid_s5, 1U), -(int32_t)UDS_NRC_ROOR);
	const uint8_t alfid_a0[] = {0x34U, 0x00U, 0x40U, 0U, 0U, 0U, 0U};
	CHECK_EQ(rq(alfid_a0, sizeof alfid_a0, 1U), -(int32_t)UDS_NRC_ROOR);
	const uint8_t badlen[] = {0x34U, 0x00U, 0x44U, 0U, 0U, 0U, 0U, 0U, 0U, 0x10U};
	CHECK_EQ(rq(badlen, sizeof badlen, 1U), -(int32_t)UDS_NRC_IMLOIF);
	const uint8_t dfi[] = {0x34U, 0x11U, 0x11U, 0x00U, 0x10U};
	CHECK_EQ(rq(dfi, sizeof dfi, 1U), -(int32_t)UDS_NRC_ROOR); /* compressed/encrypted: not supported */
	const uint8_t addr[] = {0x34U, 0x00U, 0x11U, 0x08U, 0x10U};
	CHECK_EQ(rq(addr, sizeof addr, 1U), -(int32_t)UDS_NRC_ROOR); /* slot starts at 0 */
	CHECK_EQ(download(0U, 1U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(download(FLASH_MAX_IMAGE + 1U, 1U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(download(16U, 0U), -(int32_t)UDS_NRC_SAD);
	CHECK_EQ(download(16U, 2U), -(int32_t)UDS_NRC_SAD);
	fail_begin = 1;
	CHECK_EQ(download(16U, 1U), -0x70);
	CHECK_EQ(flash_state(), FLASH_IDLE);
	fail_begin = 0;
	CHECK_EQ(download(FLASH_MAX_IMAGE, 1U), 4);
	CHECK_EQ(resp[1], 0x20U); /* 2-byte maxNumberOfBlockLength follows */
	CHECK_EQ((resp[2] << 8) | resp[3], MAX_BLOCK);
	CHECK_EQ(flash_state(), FLASH_DOWNLOADING);
	CHECK_EQ(begins, 2U); /* the refused one asked too */
	CHECK_EQ(download(16U, 1U), -(int32_t)UDS_NRC_CNC); /* one at a time */
	/* the short forms of ALFID work too: 1-byte address and size */
	flash_abort();
	const uint8_t small[] = {0x34U, 0x00U, 0x11U, 0x00U, 0x20U};
	CHECK_EQ(rq(small, sizeof small, 1U), 4);
}

static void test_transfer_and_exit(void)
{
	setup();
	uint8_t img[601]; /* 600 announced, one more to offer */
	for (unsigned i = 0U; i < sizeof img; i++) {
		img[i] = (uint8_t)(i * 7U + 3U);
	}
	CHECK_EQ(block(1U, img, 10U), -(int32_t)UDS_NRC_RSE); /* no download yet */
	CHECK_EQ(exit_crc(0U), -(int32_t)UDS_NRC_RSE);
	CHECK_EQ(download(600U, 1U), 4);
	const uint8_t two[] = {0x36U, 0x01U};
	CHECK_EQ(rq(two, sizeof two, 0U), -(int32_t)UDS_NRC_IMLOIF); /* no data */
	uint8_t big[MAX_BLOCK + 1U] = {0x36U, 0x01U};
	CHECK_EQ(rq(big, sizeof big, 0U), -(int32_t)UDS_NRC_IMLOIF); /* longer than maxNumberOfBlockLength */
	CHECK_EQ(block(2U, img, 254U), -0x73);                       /* first block is 1 */
	CHECK_EQ(block(0U, img, 254U), -0x73);
	CHECK_EQ(block(1U, img, 254U), 2);
	CHECK_EQ(resp[1], 1U);
	CHECK_EQ(block(1U, img, 254U), 2); /* repeated after a lost response: answered, not written again */
	CHECK_EQ(writes, 1U);
	CHECK_EQ(flash_received(), 254U);
	CHECK_EQ(block(3U, &img[254], 254U), -0x73); /* block 2 missing */
	CHECK_EQ(exit_crc(flash_crc32(0U, img, 600U)), -(int32_t)UDS_NRC_RSE); /* incomplete */
	CHECK_EQ(block(2U, &img[254], 254U), 2);
	CHECK_EQ(block(3U, &img[508], 93U), -(int32_t)UDS_NRC_ROOR); /* one byte more than announced */
	CHECK_EQ(block(3U, &img[508], 92U), 2);
	CHECK_EQ(flash_received(), 600U);
	const uint8_t exit_short[] = {0x37U};
	CHECK_EQ(rq(exit_short, sizeof exit_short, 0U), -(int32_t)UDS_NRC_IMLOIF);
	uint32_t crc = flash_crc32(0U, img, 600U);
	CHECK_EQ(exit_crc(crc), 5);
	CHECK_EQ(((uint32_t)resp[1] << 24) | ((uint32_t)resp[2] << 16) | ((uint32_t)resp[3] << 8) | resp[4], crc);
	CHECK_EQ(flash_state(), FLASH_VERIFIED);
	CHECK_EQ(commits, 1U);
	CHECK(memcmp(staged, img, 600U) == 0);
	CHECK_EQ(block(4U, img, 1U), -(int32_t)UDS_NRC_RSE); /* after the exit */
	CHECK_EQ(boots, 0U);                                 /* not before the reset */
	flash_reset();
	CHECK_EQ(boots, 1U);
	CHECK_EQ(flash_state(), FLASH_IDLE);
	flash_reset(); /* a second reset boots nothing new */
	CHECK_EQ(boots, 1U);
}

static void test_crc_mismatch(void)
{
	setup();
	uint8_t img[40] = {1, 2, 3};
	CHECK_EQ(download(sizeof img, 1U), 4);
	CHECK_EQ(block(1U, img, sizeof img), 2);
	CHECK_EQ(exit_crc(flash_crc32(0U, img, sizeof img) ^ 1U), -(int32_t)UDS_NRC_GPF);
	CHECK_EQ(commits, 0U);
	CHECK_EQ(flash_state(), FLASH_IDLE);
	flash_reset();
	CHECK_EQ(boots, 0U); /* the old image keeps running */
	/* the host disagrees (its staging lost bytes): the ECU reports the failure too */
	CHECK_EQ(download(sizeof img, 1U), 4);
	CHECK_EQ(block(1U, img, sizeof img), 2);
	fail_commit = 1;
	CHECK_EQ(exit_crc(flash_crc32(0U, img, sizeof img)), -(int32_t)UDS_NRC_GPF);
	CHECK_EQ(flash_state(), FLASH_IDLE);
}

static void test_write_failure_suspends(void)
{
	setup();
	uint8_t img[20] = {9};
	CHECK_EQ(download(sizeof img, 1U), 4);
	fail_write = 1;
	CHECK_EQ(block(1U, img, 10U), -(int32_t)UDS_NRC_GPF);
	CHECK_EQ(flash_state(), FLASH_SUSPENDED);
	fail_write = 0;
	CHECK_EQ(block(1U, img, 10U), -0x71);
	CHECK_EQ(exit_crc(0U), -(int32_t)UDS_NRC_RSE);
	CHECK_EQ(download(sizeof img, 1U), 4); /* a new download starts over */
	CHECK_EQ(block(1U, img, 10U), 2);
}

static void test_counter_wraps(void)
{
	setup();
	uint8_t img[300];
	for (unsigned i = 0U; i < sizeof img; i++) {
		img[i] = (uint8_t)i;
	}
	CHECK_EQ(download(sizeof img, 1U), 4);
	uint8_t bsc = 1U;
	int ok = 1;
	for (unsigned i = 0U; i < sizeof img; i++) {
		ok = ok && (block(bsc, &img[i], 1U) == 2);
		bsc = (uint8_t)(bsc + 1U); /* 0xFF is followed by 0x00 */
	}
	CHECK(ok);
	CHECK_EQ(exit_crc(flash_crc32(0U, img, sizeof img)), 5);
}

static void test_abort_and_other_sid(void)
{
	setup();
	uint8_t img[8] = {0};
	CHECK_EQ(download(sizeof img, 1U), 4);
	CHECK_EQ(block(1U, img, sizeof img), 2);
	flash_abort(); /* session left, or S3 */
	CHECK_EQ(exit_crc(flash_crc32(0U, img, sizeof img)), -(int32_t)UDS_NRC_RSE);
	flash_reset();
	CHECK_EQ(boots, 0U);
	/* verified, then the session is left before the reset: nothing boots */
	CHECK_EQ(download(sizeof img, 1U), 4);
	CHECK_EQ(block(1U, img, sizeof img), 2);
	CHECK_EQ(exit_crc(flash_crc32(0U, img, sizeof img)), 5);
	flash_abort();
	flash_reset();
	CHECK_EQ(boots, 0U);
	const uint8_t other[] = {0x35U, 0x00U};
	CHECK_EQ(rq(other, sizeof other, 1U), -(int32_t)UDS_NRC_SNS);
}

static const flash_port_t port_no_boot = {t_write, t_commit, NULL};

static void test_port_without_boot(void)
{
	setup();
	flash_set_port(&port_no_boot);
	uint8_t img[4] = {1, 2, 3, 4};
	CHECK_EQ(download(sizeof img, 1U), 4);
	CHECK_EQ(block(1U, img, sizeof img), 2);
	CHECK_EQ(exit_crc(flash_crc32(0U, img, sizeof img)), 5);
	flash_reset(); /* a port that cannot boot is not called */
	CHECK_EQ(boots, 0U);
	const flash_port_t no_commit = {t_write, NULL, NULL};
	flash_set_port(&no_commit);
	CHECK_EQ(download(sizeof img, 1U), -0x70);
}

int main(void)
{
	RUN(test_crc32);
	RUN(test_no_port);
	RUN(test_download_request);
	RUN(test_transfer_and_exit);
	RUN(test_crc_mismatch);
	RUN(test_write_failure_suspends);
	RUN(test_counter_wraps);
	RUN(test_abort_and_other_sid);
	RUN(test_port_without_boot);
	return UNIT_END();
}
