/**
 * uPlot draws several series against one shared x array. Signals of different messages are sampled at
 * different times, so their (decimated) points are merged on the union of their times; a series has
 * `undefined` where it has no sample, which uPlot bridges with a line instead of leaving a gap.
 */
import type { Decimated } from './decimate';

/** x values then one y array per series, as uPlot's `AlignedData`. */
export type Aligned = [Float64Array, ...Array<Array<number | undefined>>];

/** Merges time-sorted point lists on the union of their times; `xScale` converts time (µs → s: 1e-6). */
export function alignSeries(list: readonly Decimated[], xScale = 1): Aligned {
	const k = list.length;
	const pos = new Array<number>(k).fill(0);
	let total = 0;
	for (const d of list) total += d.length;
	const xs = new Float64Array(total);
	const ys: Array<Array<number | undefined>> = list.map(() => new Array<number | undefined>(total));
	let n = 0;
	for (;;) {
		let tMin = Infinity;
		for (let s = 0; s < k; s++) if (pos[s] < list[s].length && list[s].t[pos[s]] < tMin) tMin = list[s].t[pos[s]];
		if (tMin === Infinity) break;
		xs[n] = tMin * xScale;
		for (let s = 0; s < k; s++) {
			const d = list[s];
			if (pos[s] < d.length && d.t[pos[s]] === tMin) ys[s][n] = d.v[pos[s]++];
		}
		n++;
	}
	for (const y of ys) y.length = n;
	return [xs.subarray(0, n), ...ys];
}
