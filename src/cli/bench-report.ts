/**
 * The results table both benchmarks print (`npm run bench`, `npm run bench:ui`) and the flat record they
 * write as JSON: each figure with its unit, the baseline measured in the same run, the ratio against it, the
 * target and, where there is one, whether it was met.
 */
export interface Row {
	metric: string;
	value: number;
	unit: string;
	baseline?: string;
	ratio?: number;
	target?: string;
	pass?: boolean;
}

export class BenchReport {
	readonly rows: Row[] = [];
	/** `metric` → value, plus `<metric>_ratio` and `<metric>_pass` where present (the JSON file). */
	readonly results: Record<string, unknown> = {};

	record(r: Row): void {
		this.rows.push(r);
		this.results[r.metric] = r.value;
		if (r.ratio !== undefined) this.results[`${r.metric}_ratio`] = r.ratio;
		if (r.pass !== undefined) this.results[`${r.metric}_pass`] = r.pass;
	}

	/** The table as text lines; the pass column only when some row has a target it can pass. */
	lines(): string[] {
		const withPass = this.rows.some((r) => r.pass !== undefined);
		const head = ['metric', 'value', 'unit', 'baseline (same run)', 'ratio', 'target', ...(withPass ? ['pass'] : [])];
		const body = this.rows.map((r) => [
			r.metric,
			String(r.value),
			r.unit,
			r.baseline ?? '',
			r.ratio === undefined ? '' : String(r.ratio),
			r.target ?? '',
			...(withPass ? [r.pass === undefined ? '' : r.pass ? 'yes' : 'NO'] : [])
		]);
		const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
		const line = (c: string[]) => c.map((x, i) => x.padEnd(w[i])).join('  ').trimEnd();
		return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...body.map(line)];
	}

	print(): void {
		for (const l of this.lines()) console.log(l);
	}
}
