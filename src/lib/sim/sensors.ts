/**
 * Sensor models between the plant's truth and an ECU's input channel: scaling to the channel's integer
 * unit, Gaussian noise from the seeded RNG, range limits, and injectable faults (stuck, offset, noise,
 * open circuit). Deterministic: the noise comes from the simulation's seeded `Rng`, drawn in a fixed order.
 */
import type { Rng } from './rng';

export interface SensorSpec {
	/** Channel units per physical unit (e.g. 10 for a channel in 0.1 °C fed with °C). */
	scale: number;
	/** Noise standard deviation, in physical units. */
	noise?: number;
	/** Range of the channel in physical units; readings are clamped to it. */
	min?: number;
	max?: number;
}

export type SensorFault =
	| { kind: 'stuck'; value?: number }
	| { kind: 'offset'; value: number }
	| { kind: 'noise'; sd: number }
	| { kind: 'open' };

/** Channel value a sensor reports for an open circuit (out of every range the ECUs accept). */
export const OPEN_CIRCUIT = -0x7fffffff;

// Noise comes from a table of standard normal quantiles indexed by 12 random bits: one integer draw and a
// lookup per sample instead of Box–Muller's log/sqrt/sin (sensor noise is on every channel, every 1 ms).
// The table's tails stop at ±3.4 σ, which suits sensor noise.
const NORMAL_BITS = 12;
const NORMAL_TABLE = (() => {
	const n = 1 << NORMAL_BITS;
	const t = new Float64Array(n);
	for (let i = 0; i < n; i++) t[i] = inverseNormalCdf((i + 0.5) / n);
	return t;
})();

/** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
export function inverseNormalCdf(p: number): number {
	const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
	const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
	const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
	const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
	const lo = 0.02425;
	if (p < lo) {
		const q = Math.sqrt(-2 * Math.log(p));
		return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	if (p > 1 - lo) return -inverseNormalCdf(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

export class Sensor {
	fault: SensorFault | null = null;
	#last = 0;
	// the spec copied into fixed fields: one object shape for every sensor keeps `read` monomorphic
	readonly #scale: number;
	readonly #noise: number;
	readonly #min: number;
	readonly #max: number;

	constructor(readonly spec: SensorSpec) {
		this.#scale = spec.scale;
		this.#noise = spec.noise ?? 0;
		this.#min = spec.min ?? -Infinity;
		this.#max = spec.max ?? Infinity;
	}

	/** The channel value for the physical value `x`. */
	read(x: number, rng: Rng): number {
		const f = this.fault;
		if (f !== null) {
			if (f.kind === 'open') return OPEN_CIRCUIT;
			if (f.kind === 'stuck') return f.value !== undefined ? Math.round(f.value * this.#scale) : this.#last;
			if (f.kind === 'offset') x += f.value;
			else x += f.sd * NORMAL_TABLE[rng.nextU32() >>> (32 - NORMAL_BITS)];
		}
		if (this.#noise !== 0) x += this.#noise * NORMAL_TABLE[rng.nextU32() >>> (32 - NORMAL_BITS)];
		if (x < this.#min) x = this.#min;
		else if (x > this.#max) x = this.#max;
		const v = Math.round(x * this.#scale);
		this.#last = v;
		return v;
	}
}
