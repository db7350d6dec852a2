/* text: see text.h. */
#include "text.h"

static size_t text_put(char *dst, size_t n, size_t cap, const char *s)
{
	for (; (s != NULL) && (*s != '\0') && (n < cap); s++) {
		dst[n++] = *s;
	}
	return n;
}

size_t text_indexed(char *dst, size_t size, const char *prefix, uint16_t index, const char *suffix)
{
	if ((dst == NULL) || (size == 0U)) {
		return 0U;
	}
	const size_t cap = size - 1U;
	size_t n = text_put(dst, 0U, cap, prefix);
	if (index != TEXT_NO_INDEX) {
		char num[6];
		size_t d = sizeof num - 1U;
		num[d] = '\0';
		uint16_t v = index;
		do {
			num[--d] = (char)('0' + (v % 10U));
			v = (uint16_t)(v / 10U);
		} while (v != 0U);
		n = text_put(dst, n, cap, "[");
		n = text_put(dst, n, cap, &num[d]);
		n = text_put(dst, n, cap, "]");
	}
	n = text_put(dst, n, cap, suffix);
	dst[n] = '\0';
	return n;
}
