/**
 * Export of recorded signals: CSV of a time window (one row per distinct sample time, one column per
 * signal, empty where a signal has no sample at that time, as cantools and pandas read it back).
 */
import type { SampleSeries } from './sample-store';

/** Formats a value without float noise (0.1 × 3 → 0.3) but with every digit a DBC factor can produce. */
export function formatValue(v: number): string {
	return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
}

/** RFC 4180 quoting for header cells (signal names may come from a user's DBC). */
function csvCell(s: string): string {
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * CSV of the samples with t0 ≤ t ≤ t1 (times in µs) of `series`; the first column is `time_s` (seconds,
 * µs resolution), the header names each series.
 */
export function seriesToCsv(series: readonly SampleSeries[], t0: number, t1: number): string {
	if (!(t1 >= t0)) throw new RangeError(`CSV export: window [${t0}, ${t1}] is reversed`);
	const runs = series.map((s) => {
		const parts: Array<{ t: Float64Array; v: Float64Array; from: number; to: number }> = [];
		s.forEachIn(t0, t1, (t, v, from, to) => parts.push({ t, v, from, to }));
		return { parts, p: 0, i: parts[0]?.from ?? 0 };
	});
	const lines = [['time_s', ...series.map((s) => csvCell(s.name))].join(',')];
	const cells = new Array<string>(series.length);
	for (;;) {
		let tMin = Infinity;
		for (const r of runs) if (r.p < r.parts.length && r.parts[r.p].t[r.i] < tMin) tMin = r.parts[r.p].t[r.i];
		if (tMin === Infinity) break;
		runs.forEach((r, k) => {
			const part = r.parts[r.p];
			if (part && part.t[r.i] === tMin) {
				cells[k] = formatValue(part.v[r.i]);
				if (++r.i >= part.to) {
					r.p++;
					r.i = r.parts[r.p]?.from ?? 0;
				}
			} else cells[k] = '';
		});
		lines.push(`${(tMin / 1e6).toFixed(6)},${cells.join(',')}`);
	}
	return lines.join('\n') + '\n';
}
