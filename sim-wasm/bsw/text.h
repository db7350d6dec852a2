/*
 * text: the one stdio-free message builder of the basic software (firmware has no snprintf). The modules'
 * config checks (dem, wdg, mode) build their "what and where" errors with it, e.g. "events[3].dtc: duplicate".
 */
#ifndef TEXT_H
#define TEXT_H

#include <stddef.h>
#include <stdint.h>

/** An index meaning "none": the brackets are left out. */
#define TEXT_NO_INDEX 0xFFFFU

/**
 * Writes "<prefix>[<index>]<suffix>" into dst (size bytes, always NUL-terminated; what does not fit is cut),
 * the index in decimal and left out with its brackets when it is TEXT_NO_INDEX. Returns the characters written.
 */
size_t text_indexed(char *dst, size_t size, const char *prefix, uint16_t index, const char *suffix);

#endif /* TEXT_H */
