/*
 * Native ECU runner: one ECU image (the same C the browser runs as wasm) attached to a SocketCAN interface
 * on real time. It implements the ABI imports of ecu_abi.h natively and calls the exports every 1 ms of
 * CLOCK_MONOTONIC; the firmware still never reads a clock, it gets now_us from here.
 *
 *   ecu_<name> [--seed N] [--duration S] [--quiet] [--io CH=VALUE]... [--nvm-dir DIR] [--list-io] <iface|->
 *
 * Built per ECU by sim-wasm/host/build.mjs with -DHOST_ECU_NAME="<name>". See docs/native-bench.md.
 */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ecu_abi.h"
#include "host_can.h"
#include "host_io.h"

#ifndef HOST_ECU_NAME
#error "build with -DHOST_ECU_NAME=\"<ecu>\" (sim-wasm/host/build.mjs does)"
#endif

#define HOST_TICK_NS 1000000LL /* the ABI's base tick: 1 ms */
#define HOST_TICK_US 1000ULL
/* Behind by more than this, the runner stops catching up and skips ahead (a stopped process, a suspend). */
#define HOST_CATCHUP_NS (100LL * HOST_TICK_NS)
#define HOST_ERR_SIZE 512U

static const char host_ecu[] = HOST_ECU_NAME;
static char host_tag[32]; /* "ecu_<name>", the prefix of every line this process prints */

static host_can_t host_can;
static host_io_t host_io;
static int host_quiet;
static const char *host_nvm_dir = "./nvm";
static uint64_t host_now_us;
static uint32_t host_nvm_errors;
static volatile sig_atomic_t host_stop_signal;

/* ---- ABI imports ---- */

int32_t can_tx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	uint32_t refused = host_can.tx_full + host_can.tx_error;
	int32_t rc = host_can_send(&host_can, id, flags, dlc, data);
	if ((rc != 0) && (refused == 0U)) {
		/* the first refusal only: a full queue repeats every cycle and would flood the terminal */
		(void)fprintf(stderr, "%s: %s: frame 0x%03" PRIX32 " refused: %s (counted from now on)\n", host_tag,
		              host_can.ifname, id, strerror(host_can.last_errno));
	} else {
	}
	return rc;
}

int32_t io_read(uint32_t channel)
{
	if (channel >= IO_CHANNEL_COUNT) {
		host_io.bad_channel++;
		return 0;
	}
	return host_io.value[channel];
}

void io_write(uint32_t channel, int32_t value)
{
	if (channel >= IO_CHANNEL_COUNT) {
		host_io.bad_channel++;
		return;
	}
	if (host_io.value[channel] != value) {
		host_io.changes++;
		if (host_quiet == 0) {
			const char *name = host_io_name(host_ecu, channel);
			(void)fprintf(stderr, "%s: %8.3f s  io %s(%" PRIu32 ") = %" PRId32 "\n", host_tag, (double)host_now_us / 1e6,
			              (name != NULL) ? name : "?", channel, value);
		} else {
		}
	} else {
	}
	host_io.value[channel] = value;
}

void ecu_log(uint32_t level, const char *msg, uint32_t len)
{
	static const char *const names[4] = {"debug", "info", "warning", "error"};
	if ((host_quiet != 0) && (level < 2U)) {
		return;
	}
	uint32_t n = (len > 512U) ? 512U : len;
	(void)fprintf(stderr, "%s: %8.3f s  [%s] %.*s\n", host_tag, (double)host_now_us / 1e6, names[(level > 3U) ? 3U : level],
	              (int)n, msg);
}

static void host_nvm_path(char *dst, size_t size, uint32_t block)
{
	(void)snprintf(dst, size, "%s/%s.nvm%" PRIu32, host_nvm_dir, host_ecu, block);
}

/* mkdir -p: the NVM directory is created on the first write, never on a read-only run. */
static int host_mkdirs(const char *dir)
{
	char path[4096];
	int n = snprintf(path, sizeof path, "%s", dir);
	if ((n <= 0) || ((size_t)n >= sizeof path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	for (char *p = path + 1; *p != '\0'; p++) {
		if (*p == '/') {
			*p = '\0';
			if ((mkdir(path, 0777) != 0) && (errno != EEXIST)) {
				return -1;
			}
			*p = '/';
		} else {
		}
	}
	return ((mkdir(path, 0777) == 0) || (errno == EEXIST)) ? 0 : -1;
}

/* The native bench runs one build of the firmware per process: a download is refused (NRC 0x70). */
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

int32_t nvm_read(uint32_t block, uint8_t *dst, uint32_t len)
{
	char path[4200];
	host_nvm_path(path, sizeof path, block);
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		if (errno != ENOENT) {
			host_nvm_errors++;
			(void)fprintf(stderr, "%s: nvm: %s: %s\n", host_tag, path, strerror(errno));
		} else {
		}
		return -1; /* like the browser's empty IndexedDB: the block was never written */
	}
	size_t n = fread(dst, 1U, len, f);
	int bad = ferror(f);
	(void)fclose(f);
	if (bad != 0) {
		host_nvm_errors++;
		(void)fprintf(stderr, "%s: nvm: %s: read error\n", host_tag, path);
		return -1;
	}
	return (int32_t)n;
}

int32_t nvm_write(uint32_t block, const uint8_t *src, uint32_t len)
{
	char path[4200];
	char tmp[4300];
	host_nvm_path(path, sizeof path, block);
	(void)snprintf(tmp, sizeof tmp, "%s.tmp", path);
	if (host_mkdirs(host_nvm_dir) != 0) {
		host_nvm_errors++;
		(void)fprintf(stderr, "%s: nvm: cannot create %s: %s\n", host_tag, host_nvm_dir, strerror(errno));
		return -1;
	}
	/* write-then-rename: a crash mid-write leaves the old block, as a real NVM driver's double buffer does */
	FILE *f = fopen(tmp, "wb");
	if (f == NULL) {
		host_nvm_errors++;
		(void)fprintf(stderr, "%s: nvm: %s: %s\n", host_tag, tmp, strerror(errno));
		return -1;
	}
	size_t n = fwrite(src, 1U, len, f);
	int bad = (fclose(f) != 0) || (n != len);
	if ((bad != 0) || (rename(tmp, path) != 0)) {
		host_nvm_errors++;
		(void)fprintf(stderr, "%s: nvm: %s: %s\n", host_tag, path, strerror(errno));
		(void)unlink(tmp);
		return -1;
	}
	return (int32_t)len;
}

/* ---- command line ---- */

typedef struct {
	const char *ifname;
	uint32_t seed;
	double duration_s;
	int list_io;
} host_opts_t;

static void host_usage(FILE *out)
{
	(void)fprintf(out,
	              "usage: %s [options] <interface>\n"
	              "  Runs the %s firmware on a SocketCAN interface (e.g. vcan0), ticking every 1 ms of real time.\n"
	              "  <interface> '-' runs without a bus: sent frames go to stdout as candump -L lines.\n"
	              "options:\n"
	              "  --seed N         seed passed to ecu_init (default 1)\n"
	              "  --duration S     stop after S seconds (fractions allowed; 0 = run until SIGINT/SIGTERM, default)\n"
	              "  --io CH=VALUE    set input channel CH (number or io_channels.h name, e.g. BATTERY_V) to VALUE\n"
	              "  --nvm-dir DIR    directory of the NVM block files <ecu>.nvm<block> (default ./nvm)\n"
	              "  --quiet          only warnings, errors and the final summary on stderr\n"
	              "  --list-io        print this ECU's channels and their values, then exit\n",
	              host_tag, host_ecu);
}

/* Value of option `name` given as "--name V" or "--name=V"; advances *i past it. NULL when absent. */
static const char *host_opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	const char *a = argv[*i];
	if (strncmp(a, name, n) != 0) {
		return NULL;
	}
	if (a[n] == '=') {
		return a + n + 1;
	}
	if (a[n] != '\0') {
		return NULL;
	}
	if (*i + 1 >= argc) {
		(void)fprintf(stderr, "%s: %s needs a value\n", host_tag, name);
		exit(2);
	}
	*i += 1;
	return argv[*i];
}

static void host_parse(int argc, char **argv, host_opts_t *o)
{
	char err[HOST_ERR_SIZE];
	o->ifname = NULL;
	o->seed = 1U;
	o->duration_s = 0.0;
	o->list_io = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v;
		char *end = NULL;
		if ((strcmp(a, "--help") == 0) || (strcmp(a, "-h") == 0)) {
			host_usage(stdout);
			exit(0);
		} else if (strcmp(a, "--quiet") == 0) {
			host_quiet = 1;
		} else if (strcmp(a, "--list-io") == 0) {
			o->list_io = 1;
		} else if ((v = host_opt_value(argc, argv, &i, "--seed")) != NULL) {
			errno = 0;
			unsigned long long s = strtoull(v, &end, 0);
			if ((errno != 0) || (*v == '\0') || (*v == '-') || (*end != '\0') || (s > UINT32_MAX)) {
				(void)fprintf(stderr, "%s: --seed '%s': expected an integer 0..4294967295\n", host_tag, v);
				exit(2);
			}
			o->seed = (uint32_t)s;
		} else if ((v = host_opt_value(argc, argv, &i, "--duration")) != NULL) {
			errno = 0;
			double d = strtod(v, &end);
			if ((errno != 0) || (*v == '\0') || (*end != '\0') || !(d >= 0.0) || (d > 1e9)) {
				(void)fprintf(stderr, "%s: --duration '%s': expected seconds >= 0 (0 = forever)\n", host_tag, v);
				exit(2);
			}
			o->duration_s = d;
		} else if ((v = host_opt_value(argc, argv, &i, "--io")) != NULL) {
			if (host_io_set(&host_io, host_ecu, v, err, (uint32_t)sizeof err) != 0) {
				(void)fprintf(stderr, "%s: %s\n", host_tag, err);
				exit(2);
			}
		} else if ((v = host_opt_value(argc, argv, &i, "--nvm-dir")) != NULL) {
			if (*v == '\0') {
				(void)fprintf(stderr, "%s: --nvm-dir: empty directory name\n", host_tag);
				exit(2);
			}
			host_nvm_dir = v;
		} else if ((a[0] == '-') && (a[1] != '\0')) {
			(void)fprintf(stderr, "%s: unknown option '%s' (see --help)\n", host_tag, a);
			exit(2);
		} else if (o->ifname != NULL) {
			(void)fprintf(stderr, "%s: more than one interface ('%s' and '%s'); one runner drives one ECU on one bus\n",
			              host_tag, o->ifname, a);
			exit(2);
		} else {
			o->ifname = a;
		}
	}
	if ((o->ifname == NULL) && (o->list_io == 0)) {
		(void)fprintf(stderr, "%s: missing the CAN interface, e.g. %s vcan0 (see --help)\n", host_tag, host_tag);
		exit(2);
	}
}

/* ---- real-time loop ---- */

static void host_on_signal(int sig)
{
	host_stop_signal = sig;
}

static int64_t host_ns(const struct timespec *t)
{
	return ((int64_t)t->tv_sec * 1000000000LL) + (int64_t)t->tv_nsec;
}

static struct timespec host_ts(int64_t ns)
{
	struct timespec t;
	t.tv_sec = (time_t)(ns / 1000000000LL);
	t.tv_nsec = (long)(ns % 1000000000LL);
	return t;
}

static int64_t host_clock(void)
{
	struct timespec t;
	(void)clock_gettime(CLOCK_MONOTONIC, &t);
	return host_ns(&t);
}

int main(int argc, char **argv)
{
	(void)snprintf(host_tag, sizeof host_tag, "ecu_%s", host_ecu);
	/* stdout carries frames in '-' mode; line buffering keeps them whole when piped */
	(void)setvbuf(stdout, NULL, _IOLBF, 0);
	host_io_init(&host_io, host_ecu);
	host_opts_t o;
	host_parse(argc, argv, &o);

	if (o.list_io != 0) {
		host_io_print(&host_io, host_ecu, stdout);
		return 0;
	}
	if (abi_version() != ECU_ABI_VERSION) {
		(void)fprintf(stderr, "%s: firmware speaks ABI version %u, this runner %u\n", host_tag, (unsigned)abi_version(),
		              (unsigned)ECU_ABI_VERSION);
		return 1;
	}
	char err[HOST_ERR_SIZE];
	if (host_can_open(&host_can, o.ifname, err, sizeof err) != 0) {
		(void)fprintf(stderr, "%s: %s\n", host_tag, err);
		return 1;
	}

	struct sigaction sa;
	(void)memset(&sa, 0, sizeof sa);
	sa.sa_handler = host_on_signal;
	(void)sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: the signal must cut the sleep short */
	(void)sigaction(SIGINT, &sa, NULL);
	(void)sigaction(SIGTERM, &sa, NULL);

	if (host_quiet == 0) {
		(void)fprintf(stderr, "%s: on %s, seed %" PRIu32 ", %s, nvm in %s\n", host_tag,
		              (strcmp(o.ifname, "-") == 0) ? "no bus (frames to stdout)" : o.ifname, o.seed,
		              (o.duration_s > 0.0) ? "timed" : "until SIGINT/SIGTERM", host_nvm_dir);
	} else {
	}

	uint8_t *rxbuf = ecu_rx_buffer();
	const int timed = (o.duration_s > 0.0) ? 1 : 0;
	const uint64_t end_us = (uint64_t)((o.duration_s * 1e6) + 0.5);
	uint64_t k = 0U; /* tick number; now_us = k ms, exactly, like virtual time */
	uint64_t ticks = 0U;
	uint64_t overruns = 0U;
	uint64_t skipped = 0U;
	int64_t max_late_ns = 0;
	const int64_t start = host_clock();

	host_now_us = 0U;
	host_can.now_us = 0U;
	ecu_init(o.seed);

	while (host_stop_signal == 0) {
		uint64_t now_us = k * HOST_TICK_US;
		if ((timed != 0) && (now_us >= end_us)) {
			break;
		}
		int64_t deadline = start + ((int64_t)k * HOST_TICK_NS);
		struct timespec dl = host_ts(deadline);
		/* absolute sleeps: lateness of one tick never shifts the next */
		int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &dl, NULL);
		if (rc == EINTR) {
			continue;
		}
		int64_t late = host_clock() - deadline;
		if (late > max_late_ns) {
			max_late_ns = late;
		}
		if (late >= HOST_TICK_NS) {
			overruns++;
		}
		if (late > HOST_CATCHUP_NS) {
			uint64_t target = (uint64_t)((host_clock() - start) / HOST_TICK_NS);
			skipped += target - k;
			k = target;
			now_us = k * HOST_TICK_US;
		}
		host_now_us = now_us;
		host_can.now_us = now_us;

		host_can_frame_t f;
		while (host_can_recv(&host_can, &f) == 1) {
			(void)memcpy(rxbuf, f.data, ECU_RX_BUFFER_SIZE);
			ecu_can_rx(f.id, f.flags, f.dlc, rxbuf);
		}
		host_io_echo(&host_io, host_ecu);
		ecu_tick(now_us);
		ticks++;
		k++;
	}

	double ran_s = (double)(host_clock() - start) / 1e9;
	host_can_close(&host_can);
	(void)fflush(stdout);
	const char *why = (host_stop_signal == SIGINT) ? "SIGINT" : (host_stop_signal == SIGTERM) ? "SIGTERM" : "end of --duration";
	(void)fprintf(stderr,
	              "%s: %s: stopped by %s after %.3f s: %" PRIu64 " ticks, %" PRIu64 " overruns (worst %.3f ms late), %" PRIu64
	              " skipped; tx %" PRIu32 " frames (%" PRIu32 " refused: %" PRIu32 " queue full, %" PRIu32
	              " errors); rx %" PRIu32 " frames (%" PRIu32 " errors); nvm errors %" PRIu32 "\n",
	              host_tag, o.ifname, why, ran_s, ticks, overruns, (double)max_late_ns / 1e6, skipped, host_can.tx,
	              host_can.tx_full + host_can.tx_error, host_can.tx_full, host_can.tx_error, host_can.rx, host_can.rx_error,
	              host_nvm_errors);
	/* what the actuators ended at: the only view of the outputs without a plant */
	char line[1024];
	size_t used = 0U;
	for (uint32_t ch = IO_OUTPUT_FIRST; ch < IO_CHANNEL_COUNT; ch++) {
		const char *name = host_io_name(host_ecu, ch);
		if ((name != NULL) && (used < sizeof line)) {
			int n = snprintf(line + used, sizeof line - used, " %s=%" PRId32, name, host_io.value[ch]);
			used += (n > 0) ? (size_t)n : 0U;
		} else {
		}
	}
	if (used > 0U) {
		(void)fprintf(stderr, "%s: outputs:%s\n", host_tag, line);
	} else {
	}
	return 0;
}
