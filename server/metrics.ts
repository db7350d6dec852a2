/**
 * A small Prometheus registry (text exposition format 0.0.4) that every server module adds to:
 * `metrics.counter('zb_mqtt_publishes_total', 'Messages published', ['topic'])`. Asking for a name again
 * returns the same metric, so modules may declare theirs at import time.
 */

type Labels = Record<string, string | number>;

interface Series {
	labels: Labels;
	value: number;
}

abstract class Metric {
	readonly #series = new Map<string, Series>();
	constructor(
		readonly name: string,
		readonly help: string,
		readonly type: 'counter' | 'gauge',
		readonly labelNames: readonly string[]
	) {
		// an unlabelled metric exists from the start: a scrape shows 0, not a missing series
		if (labelNames.length === 0) this.series();
	}

	protected series(labels: Labels = {}): Series {
		const key = this.labelNames.map((l) => String(labels[l] ?? '')).join('\u0000');
		let s = this.#series.get(key);
		if (!s) {
			s = { labels: Object.fromEntries(this.labelNames.map((l) => [l, labels[l] ?? ''])), value: 0 };
			this.#series.set(key, s);
		}
		return s;
	}

	/** Forgets one label set (a client that left). */
	remove(labels: Labels): void {
		this.#series.delete(this.labelNames.map((l) => String(labels[l] ?? '')).join('\u0000'));
	}

	render(): string {
		let out = `# HELP ${this.name} ${escapeHelp(this.help)}\n# TYPE ${this.name} ${this.type}\n`;
		for (const s of this.#series.values()) out += `${this.name}${formatLabels(s.labels)} ${formatValue(s.value)}\n`;
		return out;
	}
}

export class Counter extends Metric {
	/** Adds `n` (≥ 0) to the series of `labels`. */
	inc(labels?: Labels, n = 1): void {
		if (n < 0) throw new RangeError(`counter ${this.name} cannot decrease`);
		this.series(labels).value += n;
	}
	get(labels?: Labels): number {
		return this.series(labels).value;
	}
}

export class Gauge extends Metric {
	set(labels: Labels | undefined, v: number): void {
		this.series(labels).value = v;
	}
	inc(labels?: Labels, n = 1): void {
		this.series(labels).value += n;
	}
	dec(labels?: Labels, n = 1): void {
		this.series(labels).value -= n;
	}
	get(labels?: Labels): number {
		return this.series(labels).value;
	}
}

/** A value computed at scrape time (e.g. from the hub's source counters). */
export interface Collected {
	name: string;
	help: string;
	type: 'counter' | 'gauge';
	samples: { labels?: Labels; value: number }[];
}

export class MetricsRegistry {
	readonly #metrics = new Map<string, Metric>();
	readonly #collectors = new Set<() => Collected[]>();

	/** A counter; the same name again returns the same counter (its labels must match). */
	counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
		return this.#get(name, () => new Counter(name, help, 'counter', labelNames), Counter);
	}

	gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
		return this.#get(name, () => new Gauge(name, help, 'gauge', labelNames), Gauge);
	}

	/** Adds a function called at every scrape; returns the function that removes it. */
	collect(fn: () => Collected[]): () => void {
		this.#collectors.add(fn);
		return () => void this.#collectors.delete(fn);
	}

	/** The whole registry in Prometheus text format 0.0.4. */
	render(): string {
		let out = '';
		for (const m of this.#metrics.values()) out += m.render();
		for (const c of this.#collectors) {
			for (const m of c()) {
				out += `# HELP ${m.name} ${escapeHelp(m.help)}\n# TYPE ${m.name} ${m.type}\n`;
				for (const s of m.samples) out += `${m.name}${formatLabels(s.labels ?? {})} ${formatValue(s.value)}\n`;
			}
		}
		return out;
	}

	#get<T extends Metric>(name: string, make: () => T, cls: new (...a: never[]) => T): T {
		if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)) throw new Error(`metric name '${name}' is not a Prometheus name`);
		const m = this.#metrics.get(name);
		if (m) {
			if (!(m instanceof cls)) throw new Error(`metric '${name}' already exists as a ${m.type}`);
			return m;
		}
		const n = make();
		this.#metrics.set(name, n);
		return n;
	}
}

/** The process-wide registry: `/metrics` serves it. */
export const metrics = new MetricsRegistry();

/** Content-Type of `render()`'s output. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

function escapeHelp(s: string): string {
	return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function formatLabels(l: Labels): string {
	const keys = Object.keys(l);
	if (keys.length === 0) return '';
	return `{${keys.map((k) => `${k}="${String(l[k]).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function formatValue(v: number): string {
	if (Number.isNaN(v)) return 'NaN';
	if (v === Infinity) return '+Inf';
	if (v === -Infinity) return '-Inf';
	return String(v);
}
