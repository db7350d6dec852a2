/**
 * Per-identifier view of a frame stream, as cansniffer shows it: last payload, count and measured period.
 * Fed with FrameBatches; `rows()` is cheap enough to call once per animation frame.
 */
import { FLAG_EXT, dlcToLen, type FrameBatch } from './frame';

export interface IdRow {
	key: number;
	id: number;
	ext: boolean;
	dlc: number;
	hex: string;
	/** Copy of the last payload. */
	data: Uint8Array;
	count: number;
	last_us: number;
	/** Mean period over the frames seen, ms (0 until two frames). */
	period_ms: number;
}

interface Entry {
	id: number;
	ext: boolean;
	dlc: number;
	data: Uint8Array;
	count: number;
	first_us: number;
	last_us: number;
}

export class IdTable {
	#map = new Map<number, Entry>();
	dirty = false;

	add(b: FrameBatch): void {
		for (let i = 0; i < b.count; i++) {
			const ext = (b.flags[i] & FLAG_EXT) !== 0;
			const key = ext ? (b.id[i] | 0x80000000) >>> 0 : b.id[i];
			let e = this.#map.get(key);
			if (!e) {
				e = { id: b.id[i], ext, dlc: 0, data: new Uint8Array(64), count: 0, first_us: b.t_us[i], last_us: 0 };
				this.#map.set(key, e);
			}
			e.dlc = b.dlc[i];
			const n = Math.min(dlcToLen(e.dlc), b.stride);
			e.data.set(b.data.subarray(i * b.stride, i * b.stride + n));
			e.count++;
			e.last_us = b.t_us[i];
		}
		if (b.count > 0) this.dirty = true;
	}

	clear(): void {
		this.#map.clear();
		this.dirty = true;
	}

	rows(): IdRow[] {
		this.dirty = false;
		const out: IdRow[] = [];
		for (const [key, e] of this.#map) {
			const len = dlcToLen(e.dlc);
			let hex = '';
			for (let k = 0; k < len; k++) hex += (k ? ' ' : '') + e.data[k].toString(16).toUpperCase().padStart(2, '0');
			out.push({
				key,
				id: e.id,
				ext: e.ext,
				dlc: e.dlc,
				hex,
				data: e.data.slice(0, len),
				count: e.count,
				last_us: e.last_us,
				period_ms: e.count > 1 ? (e.last_us - e.first_us) / (e.count - 1) / 1000 : 0
			});
		}
		return out.sort((a, b) => a.key - b.key);
	}
}
