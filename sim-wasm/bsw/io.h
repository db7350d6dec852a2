/*
 * io: IO abstraction over the host's io_read/io_write. Inputs are sampled once per tick from a config table
 * (range check with a substitute value and a fault flag, debounce for switches); outputs are written through
 * a shadow so the application can read back what it commands and unchanged values cost no host call.
 */
#ifndef IO_H
#define IO_H

#include <stdbool.h>
#include <stdint.h>

#include "io_channels.h"

#ifndef IO_MAX_INPUTS
#define IO_MAX_INPUTS 16U
#endif

/**
 * The pins: the ECU ABI's io_read/io_write, or a test double. A port may also hold its input channels in
 * memory (`mem`, channels 0 .. mem_channels-1, written by the host before each tick): io_sample then reads
 * those with a load instead of a call through `read`, which still answers every channel past the table.
 */
typedef struct {
	int32_t (*read)(uint32_t channel);
	void (*write)(uint32_t channel, int32_t value);
	const int32_t *mem;
	uint32_t mem_channels;
} io_port_t;

/** One input: where it comes from and what is plausible. */
typedef struct {
	uint8_t channel;      /* IO_<ECU>_* input number */
	int32_t min;          /* plausible range, inclusive */
	int32_t max;
	int32_t substitute;   /* value the application sees while the raw value is implausible */
	uint16_t debounce_ms; /* a new value must be stable this long before it is taken; 0 = none */
} io_input_cfg_t;

typedef struct {
	const io_port_t *port;
	const io_input_cfg_t *inputs;
	uint8_t input_count; /* <= IO_MAX_INPUTS */
} io_config_t;

/** Takes the config (kept by pointer), samples every input once without debounce, forgets the output shadow. */
int32_t io_init(const io_config_t *cfg);
/** Samples every input; call once per tick with the time since the last call. */
void io_sample(uint32_t elapsed_ms);
/** Validated, debounced value of input `index` (its position in the config table). */
int32_t io_get(uint8_t index);
/** True while input `index`'s raw value is outside its plausible range. */
bool io_fault(uint8_t index);
/** io_set's out-of-line part: a value the host does not hold yet, or a bad channel. */
void io_set_changed(uint32_t channel, int32_t value);
/* The output shadow, for io_set's inline test. Every ECU sets each of its outputs every 1 ms and most stay
 * unchanged, so the test is inline and only a change costs a call. io_out_valid stays all false while there
 * is no valid config, so a bad config still ends in io_set_changed, which counts it. */
extern int32_t io_out_shadow[IO_CHANNEL_COUNT];
extern bool io_out_valid[IO_CHANNEL_COUNT];

/** Drives an output channel; the host is called only when the value changes (or after io_init). */
static inline void io_set(uint32_t channel, int32_t value)
{
	if ((channel < IO_CHANNEL_COUNT) && io_out_valid[channel] && (io_out_shadow[channel] == value)) {
		/* unchanged: the host already holds it */
	} else {
		io_set_changed(channel, value);
	}
}
/** Count of implausible samples and of calls with a bad index/channel, since init. */
uint32_t io_error_count(void);

#endif /* IO_H */
