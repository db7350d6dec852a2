/*
 * host_io: the native runner's IO channel table. With no plant behind it, every input channel holds a fixed
 * value: an idle default (a parked car in daylight, see host_io.c) or what the user set with --io. A few
 * inputs echo one of the ECU's own outputs (an ideal actuator), so the ECU does not see its own command
 * disagree with its feedback.
 */
#ifndef HOST_IO_H
#define HOST_IO_H

#include <stdint.h>
#include <stdio.h>

#include "io_channels.h"

/** Per-ECU channel state: inputs are read by io_read, outputs recorded by io_write. */
typedef struct {
	int32_t value[IO_CHANNEL_COUNT];
	/** 1 when --io set this input; it then overrides the default and any echo. */
	uint8_t user_set[IO_CHANNEL_COUNT];
	/** Number of io_write calls that changed a value, and of io_read/io_write calls on bad channels. */
	uint32_t changes;
	uint32_t bad_channel;
} host_io_t;

/** Fills `io` with the idle defaults of ECU `ecu` ("cvc", "rzc", ...). Unknown ECUs get all zeros. */
void host_io_init(host_io_t *io, const char *ecu);

/**
 * Applies one --io argument "ch=value": `ch` is an input number (0..31) or a name of io_channels.h with or
 * without its IO_<ECU>_ prefix ("BATTERY_V", "IO_RZC_BATTERY_V", "battery_v"). Returns 0, or -1 with a
 * message naming the problem in `err`.
 */
int host_io_set(host_io_t *io, const char *ecu, const char *arg, char *err, uint32_t err_size);

/** Copies echoed outputs into their inputs (unless the user set the input); call before each tick. */
void host_io_echo(host_io_t *io, const char *ecu);

/** Name of channel `ch` of ECU `ecu` without its prefix, or NULL when io_channels.h names none. */
const char *host_io_name(const char *ecu, uint32_t ch);

/** Writes the idle defaults and channel names of `ecu` to `out`, one "name=value" a line (--list-io). */
void host_io_print(const host_io_t *io, const char *ecu, FILE *out);

#endif /* HOST_IO_H */
