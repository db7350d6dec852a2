/**
 * Per-identifier network statistics for the network view: measured period (mean, min, max, standard
 * deviation of the gaps between frames), counts, and the receiver-side E2E checks (AUTOSAR Profile 1 style
 * as the vehicle DBC describes it: byte 0 = data ID nibble << 4 | alive counter, byte 1 = CRC-8 SAE J1850
 * over [E2EDataId, byte 0, bytes 2..n-1]).
 */
import { FLAG_ERR, FLAG_EXT, dlcToLen, type FrameBatch } from './frame';
import { messageKey, type Dbc } from './dbc/types';

/** DBC attribute holding a message's E2E data ID (0 or absent = not protected). */
export const E2E_DATA_ID_ATTR = 'E2EDataId';

const CRC8_J1850 = (() => {
	const t = new Uint8Array(256);
	for (let i = 0; i < 256; i++) {
		let c = i;
		for (let k = 0; k < 8; k++) c = c & 0x80 ? ((c << 1) ^ 0x1d) & 0xff : (c << 1) & 0xff;
		t[i] = c;
	}
	return t;
})();

/** CRC-8 SAE J1850 (poly 0x1D, init 0xFF, final XOR 0xFF) of `bytes[start..end)`. */
export function crc8J1850(bytes: ArrayLike<number>, start = 0, end = bytes.length): number {
	let c = 0xff;
	for (let i = start; i < end; i++) c = CRC8_J1850[(c ^ bytes[i]) & 0xff];
	return c ^ 0xff;
}

/** The E2E CRC of a frame payload of `len` bytes at `data[off..]`: over data ID, byte 0, bytes 2..len-1. */
export function e2eCrc(dataId: number, data: Uint8Array, off: number, len: number): number {
	if (len < 2) throw new RangeError(`e2eCrc: an E2E frame needs at least 2 bytes (got ${len})`);
	let c = CRC8_J1850[0xff ^ (dataId & 0xff)];
	c = CRC8_J1850[c ^ data[off]];
	for (let i = 2; i < len; i++) c = CRC8_J1850[c ^ data[off + i]];
	return c ^ 0xff;
}

/** True when byte 1 holds the right CRC and byte 0's high nibble the data ID's low nibble. */
export function e2eValid(dataId: number, data: Uint8Array, off: number, len: number): boolean {
	if (len < 2) return false;
	return data[off + 1] === e2eCrc(dataId, data, off, len) && data[off] >> 4 === (dataId & 0x0f);
}

/** `messageKey → E2EDataId` for every E2E-protected message of a DBC. */
export function e2eDataIds(dbc: Dbc): Map<number, number> {
	const out = new Map<number, number>();
	for (const m of dbc.messages) {
		const v = Number(m.attributes.get(E2E_DATA_ID_ATTR) ?? 0);
		if (Number.isInteger(v) && v > 0 && v < 256) out.set(messageKey(m.id, m.extended), v);
	}
	return out;
}

/** Statistics of one identifier. Periods in ms; NaN until there are two frames. */
export interface NetRow {
	key: number;
	id: number;
	ext: boolean;
	count: number;
	first_us: number;
	last_us: number;
	meanPeriod_ms: number;
	minPeriod_ms: number;
	maxPeriod_ms: number;
	/** Standard deviation of the gaps (population), ms. */
	stdPeriod_ms: number;
	/** E2E data ID checked for this identifier, or undefined when it is not E2E protected. */
	e2eDataId: number | undefined;
	/** Frames whose CRC or data ID nibble was wrong (or that were too short to carry the E2E header). */
	crcErrors: number;
	/** Frames whose alive counter did not advance by exactly 1 (mod 16) from the previous frame. */
	counterErrors: number;
}

interface Entry {
	id: number;
	ext: boolean;
	count: number;
	first_us: number;
	last_us: number;
	// Welford's running mean and sum of squared deviations of the gaps, µs.
	gaps: number;
	mean: number;
	m2: number;
	min: number;
	max: number;
	crcErrors: number;
	counterErrors: number;
	lastCounter: number;
}

/**
 * Accumulates NetRows from FrameBatches. The owner calls `clear()` when the frame source starts a new
 * session (a reset, a seek, another source): the statistics start over rather than report negative periods.
 */
export class NetStats {
	#map = new Map<number, Entry>();
	#e2e: ReadonlyMap<number, number>;
	/** Error frames seen (they carry no identifier). */
	errorFrames = 0;
	/** Set by `add`, cleared by `rows()`: lets a view redraw only when something changed. */
	dirty = false;

	/** `e2e`: messageKey → E2EDataId of the identifiers to check (see `e2eDataIds`). */
	constructor(e2e: ReadonlyMap<number, number> = new Map()) {
		this.#e2e = e2e;
	}

	/** Switches the E2E table (a new DBC) and starts the statistics over. */
	setE2e(e2e: ReadonlyMap<number, number>): void {
		this.#e2e = e2e;
		this.clear();
	}

	clear(): void {
		this.#map.clear();
		this.errorFrames = 0;
		this.dirty = true;
	}

	add(b: FrameBatch): void {
		for (let i = 0; i < b.count; i++) {
			const t = b.t_us[i];
			const flags = b.flags[i];
			if (flags & FLAG_ERR) {
				this.errorFrames++;
				continue;
			}
			const ext = (flags & FLAG_EXT) !== 0;
			const key = ext ? (b.id[i] | 0x80000000) >>> 0 : b.id[i];
			let e = this.#map.get(key);
			if (e === undefined) {
				e = { id: b.id[i], ext, count: 0, first_us: t, last_us: t, gaps: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity, crcErrors: 0, counterErrors: 0, lastCounter: -1 };
				this.#map.set(key, e);
			} else {
				const gap = t - e.last_us;
				e.gaps++;
				const d = gap - e.mean;
				e.mean += d / e.gaps;
				e.m2 += d * (gap - e.mean);
				if (gap < e.min) e.min = gap;
				if (gap > e.max) e.max = gap;
			}
			e.count++;
			e.last_us = t;
			const dataId = this.#e2e.get(key);
			if (dataId !== undefined) {
				const off = i * b.stride;
				const len = Math.min(dlcToLen(b.dlc[i]), b.stride);
				if (!e2eValid(dataId, b.data, off, len)) e.crcErrors++;
				if (len > 0) {
					const ctr = b.data[off] & 0x0f;
					if (e.lastCounter >= 0 && ctr !== ((e.lastCounter + 1) & 0x0f)) e.counterErrors++;
					e.lastCounter = ctr;
				}
			}
		}
		if (b.count > 0) this.dirty = true;
	}

	/** One row per identifier seen, by ascending key. */
	rows(): NetRow[] {
		this.dirty = false;
		const out: NetRow[] = [];
		for (const [key, e] of this.#map) {
			const has = e.gaps > 0;
			out.push({
				key,
				id: e.id,
				ext: e.ext,
				count: e.count,
				first_us: e.first_us,
				last_us: e.last_us,
				meanPeriod_ms: has ? e.mean / 1000 : NaN,
				minPeriod_ms: has ? e.min / 1000 : NaN,
				maxPeriod_ms: has ? e.max / 1000 : NaN,
				stdPeriod_ms: has ? Math.sqrt(e.m2 / e.gaps) / 1000 : NaN,
				e2eDataId: this.#e2e.get(key),
				crcErrors: e.crcErrors,
				counterErrors: e.counterErrors
			});
		}
		return out.sort((a, b) => a.key - b.key);
	}
}

/**
 * True when a measured mean period is more than `tolerance` (relative) away from the DBC's; false when
 * either is unknown, so event messages are never flagged.
 */
export function periodOff(measured_ms: number, dbc_ms: number | undefined, tolerance = 0.1): boolean {
	if (dbc_ms === undefined || !(dbc_ms > 0) || !Number.isFinite(measured_ms)) return false;
	return Math.abs(measured_ms - dbc_ms) > tolerance * dbc_ms;
}
