/** UUIDv7 (RFC 9562): 48-bit Unix ms, version 7, 12 bits of a per-ms counter, variant, 62 random bits. */
import { randomBytes } from 'node:crypto';

let lastMs = -1;
let counter = 0;

/** A new UUIDv7; ids made in one process sort in creation order (the counter breaks same-ms ties). */
export function uuidv7(now = Date.now()): string {
	if (now <= lastMs) {
		counter++;
		if (counter > 0xfff) {
			lastMs++;
			counter = 0;
		}
		now = lastMs;
	} else {
		lastMs = now;
		counter = 0;
	}
	const b = randomBytes(16);
	b.writeUIntBE(now, 0, 6);
	b[6] = 0x70 | (counter >> 8);
	b[7] = counter & 0xff;
	b[8] = 0x80 | (b[8] & 0x3f);
	const h = b.toString('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
