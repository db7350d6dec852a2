/* host_io: see host_io.h. */
#include "host_io.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define HOST_IO_NO_ECHO 0xFFU

typedef struct {
	const char *ecu;  /* lower-case ECU name, as the folder under sim-wasm/ecu/ */
	const char *name; /* channel name of io_channels.h without IO_<ECU>_ */
	uint32_t ch;
	int32_t idle;     /* input: value of a parked car in daylight; output: unused */
	uint32_t echo_of; /* input that follows this output channel, or HOST_IO_NO_ECHO */
	int32_t echo_num; /* input = output * echo_num / echo_den */
	int32_t echo_den;
} host_io_entry_t;

/* Names come from the io_channels.h macros themselves so numbers cannot drift from the firmware's. */
#define HOST_IN(e, E, n, idle) {e, #n, IO_##E##_##n, (idle), HOST_IO_NO_ECHO, 1, 1}
#define HOST_ECHO(e, E, n, out, num, den) {e, #n, IO_##E##_##n, 0, IO_##E##_##out, (num), (den)}
#define HOST_OUT(e, E, n) {e, #n, IO_##E##_##n, 0, HOST_IO_NO_ECHO, 1, 1}

/*
 * Idle values mirror the browser's defaults (defaultDriverInputs() and a fresh Plant at 80 % SOC, 25 degC,
 * noon): gear D, light stalk AUTO, pedals released, nothing ahead. Zero where zero is the idle reading.
 */
static const host_io_entry_t host_io_table[] = {
	HOST_IN("bcm", BCM, AMBIENT_LUX, 20000), /* overcast daylight: above BCM_LUX_OFF, headlamps stay off */
	HOST_IN("bcm", BCM, LIGHT_SWITCH, 1),
	HOST_IN("bcm", BCM, TURN_STALK, 0),
	HOST_IN("bcm", BCM, HAZARD_SWITCH, 0),
	HOST_IN("bcm", BCM, DOOR_OPEN_FL, 0),
	HOST_IN("bcm", BCM, DOOR_OPEN_FR, 0),
	HOST_IN("bcm", BCM, DOOR_OPEN_RL, 0),
	HOST_IN("bcm", BCM, DOOR_OPEN_RR, 0),
	HOST_IN("bcm", BCM, LOCK_BUTTON, 0),
	HOST_OUT("bcm", BCM, HEADLAMP_LOW),
	HOST_OUT("bcm", BCM, HEADLAMP_HIGH),
	HOST_OUT("bcm", BCM, TAIL_LAMP),
	HOST_OUT("bcm", BCM, BRAKE_LAMP),
	HOST_OUT("bcm", BCM, REVERSE_LAMP),
	HOST_OUT("bcm", BCM, TURN_LEFT_LAMP),
	HOST_OUT("bcm", BCM, TURN_RIGHT_LAMP),
	HOST_OUT("bcm", BCM, DOOR_LOCK),

	HOST_IN("cvc", CVC, PEDAL_S1, 0),
	HOST_IN("cvc", CVC, PEDAL_S2, 0),
	HOST_IN("cvc", CVC, BRAKE_PEDAL, 0),
	HOST_IN("cvc", CVC, STEERING_WHEEL, 0),
	HOST_IN("cvc", CVC, GEAR_SELECTOR, 3),
	HOST_IN("cvc", CVC, ESTOP_BUTTON, 0),
	HOST_IN("cvc", CVC, LIGHT_SWITCH, 1),
	HOST_IN("cvc", CVC, TURN_STALK, 0),
	HOST_IN("cvc", CVC, HAZARD_SWITCH, 0),
	HOST_IN("cvc", CVC, LOCK_BUTTON, 0),
	HOST_IN("cvc", CVC, AUTO_LOCK_OFF, 0),

	/* an ideal rack and ideal brakes: feedback equals the command, so plausibility checks stay quiet */
	HOST_ECHO("fzc", FZC, STEER_FEEDBACK, STEER_ACTUATOR, 1, 1),
	HOST_IN("fzc", FZC, STEER_CURRENT, 0),
	/* 0.1 % of full force -> 0.01 bar at the plant's 180 bar full scale */
	HOST_ECHO("fzc", FZC, BRAKE_PRESSURE, BRAKE_ACTUATOR, 18000, 1000),
	HOST_IN("fzc", FZC, FRONT_DISTANCE, 20000), /* at the sensor's range: nothing detected */
	HOST_OUT("fzc", FZC, STEER_ACTUATOR),
	HOST_OUT("fzc", FZC, BRAKE_ACTUATOR),

	HOST_IN("rzc", RZC, PHASE_CURRENT, 0),
	HOST_IN("rzc", RZC, MOTOR_TEMP, 250),
	HOST_IN("rzc", RZC, INVERTER_TEMP, 250),
	HOST_IN("rzc", RZC, MOTOR_SPEED, 0),
	HOST_IN("rzc", RZC, BATTERY_V, 379200), /* 96 cells at 3.95 V: 80 % SOC on the OCV curve */
	HOST_IN("rzc", RZC, BATTERY_I, 0),
	HOST_IN("rzc", RZC, BATTERY_TEMP, 250),
	HOST_IN("rzc", RZC, AUX_V, 12610), /* the plant's 12 V battery at rest, 90 % charged */
	HOST_IN("rzc", RZC, WHEEL_SPEED_FL, 0),
	HOST_IN("rzc", RZC, WHEEL_SPEED_FR, 0),
	HOST_IN("rzc", RZC, WHEEL_SPEED_RL, 0),
	HOST_IN("rzc", RZC, WHEEL_SPEED_RR, 0),
	/* the SC's kill relay lives in another process; this line sees only the RZC's own request */
	HOST_ECHO("rzc", RZC, INVERTER_ENABLE_FB, INVERTER_ENABLE, 1, 1),
	HOST_OUT("rzc", RZC, MOTOR_TORQUE_CMD),
	HOST_OUT("rzc", RZC, INVERTER_ENABLE),
	HOST_OUT("rzc", RZC, CONTACTOR),

	HOST_OUT("sc", SC, KILL_RELAY),

	HOST_OUT("icu", ICU, DISPLAY_SPEED),
	HOST_OUT("icu", ICU, DISPLAY_SOC),
	HOST_OUT("icu", ICU, DISPLAY_GEAR),
	HOST_OUT("icu", ICU, TELLTALES),
	HOST_OUT("icu", ICU, WARNING_TEXT),
	HOST_OUT("icu", ICU, DISPLAY_POWER),
};

#define HOST_IO_ENTRIES (sizeof host_io_table / sizeof host_io_table[0])

void host_io_init(host_io_t *io, const char *ecu)
{
	(void)memset(io, 0, sizeof *io);
	for (size_t i = 0U; i < HOST_IO_ENTRIES; i++) {
		const host_io_entry_t *e = &host_io_table[i];
		if ((strcmp(e->ecu, ecu) == 0) && (e->ch < IO_OUTPUT_FIRST)) {
			io->value[e->ch] = e->idle;
		} else {
		}
	}
}

/* Case-insensitive equality; io_channels.h names are upper case, users type either. */
static int host_io_same(const char *a, const char *b)
{
	while ((*a != '\0') && (*b != '\0')) {
		if (toupper((unsigned char)*a) != toupper((unsigned char)*b)) {
			return 0;
		}
		a++;
		b++;
	}
	return (*a == '\0') && (*b == '\0');
}

/* Strips a leading "IO_<ECU>_" so both spellings of a name match the table. */
static const char *host_io_strip(const char *name, const char *ecu)
{
	char prefix[16];
	size_t n = strlen(ecu);
	if (n + 4U >= sizeof prefix) {
		return name;
	}
	prefix[0] = 'I';
	prefix[1] = 'O';
	prefix[2] = '_';
	for (size_t i = 0U; i < n; i++) {
		prefix[3U + i] = (char)toupper((unsigned char)ecu[i]);
	}
	prefix[3U + n] = '_';
	prefix[4U + n] = '\0';
	size_t p = n + 4U;
	for (size_t i = 0U; i < p; i++) {
		if ((name[i] == '\0') || (toupper((unsigned char)name[i]) != prefix[i])) {
			return name;
		}
	}
	return name + p;
}

int host_io_set(host_io_t *io, const char *ecu, const char *arg, char *err, uint32_t err_size)
{
	const char *eq = strchr(arg, '=');
	if ((eq == NULL) || (eq == arg) || (eq[1] == '\0')) {
		(void)snprintf(err, err_size, "--io '%s': expected channel=value, e.g. --io BATTERY_V=360000", arg);
		return -1;
	}
	char key[64];
	size_t klen = (size_t)(eq - arg);
	if (klen >= sizeof key) {
		(void)snprintf(err, err_size, "--io '%s': channel name too long", arg);
		return -1;
	}
	(void)memcpy(key, arg, klen);
	key[klen] = '\0';

	char *end = NULL;
	errno = 0;
	long long v = strtoll(eq + 1, &end, 0);
	if ((errno != 0) || (end == NULL) || (*end != '\0') || (v < INT32_MIN) || (v > INT32_MAX)) {
		(void)snprintf(err, err_size, "--io '%s': value '%s' is not a 32-bit integer", arg, eq + 1);
		return -1;
	}

	long ch = -1;
	errno = 0;
	long num = strtol(key, &end, 10);
	if ((errno == 0) && (end != key) && (*end == '\0')) {
		ch = num;
	} else {
		const char *want = host_io_strip(key, ecu);
		for (size_t i = 0U; i < HOST_IO_ENTRIES; i++) {
			const host_io_entry_t *e = &host_io_table[i];
			if ((strcmp(e->ecu, ecu) == 0) && host_io_same(e->name, want)) {
				ch = (long)e->ch;
				break;
			} else {
			}
		}
		if (ch < 0) {
			(void)snprintf(err, err_size, "--io '%s': ECU %s has no channel named '%s' (see --list-io)", arg, ecu, key);
			return -1;
		} else {
		}
	}
	if ((ch < 0) || (ch >= (long)IO_OUTPUT_FIRST)) {
		(void)snprintf(err, err_size, "--io '%s': channel %ld is not an input (inputs are 0..%u)", arg, ch,
		               IO_OUTPUT_FIRST - 1U);
		return -1;
	}
	io->value[ch] = (int32_t)v;
	io->user_set[ch] = 1U;
	return 0;
}

void host_io_echo(host_io_t *io, const char *ecu)
{
	for (size_t i = 0U; i < HOST_IO_ENTRIES; i++) {
		const host_io_entry_t *e = &host_io_table[i];
		if ((e->echo_of != HOST_IO_NO_ECHO) && (io->user_set[e->ch] == 0U) && (strcmp(e->ecu, ecu) == 0)) {
			int64_t v = ((int64_t)io->value[e->echo_of] * e->echo_num) / e->echo_den;
			io->value[e->ch] = (int32_t)v;
		} else {
		}
	}
}

const char *host_io_name(const char *ecu, uint32_t ch)
{
	for (size_t i = 0U; i < HOST_IO_ENTRIES; i++) {
		if ((host_io_table[i].ch == ch) && (strcmp(host_io_table[i].ecu, ecu) == 0)) {
			return host_io_table[i].name;
		} else {
		}
	}
	return NULL;
}

void host_io_print(const host_io_t *io, const char *ecu, FILE *out)
{
	int any = 0;
	for (size_t i = 0U; i < HOST_IO_ENTRIES; i++) {
		const host_io_entry_t *e = &host_io_table[i];
		if (strcmp(e->ecu, ecu) != 0) {
			continue;
		}
		any = 1;
		if (e->ch >= IO_OUTPUT_FIRST) {
			(void)fprintf(out, "out %2u %-20s (recorded)\n", e->ch, e->name);
		} else if (e->echo_of != HOST_IO_NO_ECHO) {
			const char *src = host_io_name(ecu, e->echo_of);
			(void)fprintf(out, "in  %2u %-20s = %s * %d / %d%s\n", e->ch, e->name, (src != NULL) ? src : "?",
			              e->echo_num, e->echo_den, (io->user_set[e->ch] != 0U) ? " (overridden)" : "");
			if (io->user_set[e->ch] != 0U) {
				(void)fprintf(out, "       %-20s = %d\n", "", io->value[e->ch]);
			} else {
			}
		} else {
			(void)fprintf(out, "in  %2u %-20s = %d\n", e->ch, e->name, io->value[e->ch]);
		}
	}
	if (any == 0) {
		(void)fprintf(out, "%s has no IO channels (bus only)\n", ecu);
	} else {
	}
}
