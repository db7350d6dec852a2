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

export class Sensor {
	fault: SensorFault | null = null;
	#last = 0;

	constructor(readonly spec: SensorSpec) {}

	/** The channel value for the physical value `x`. */
	read(x: number, rng: Rng): number {
		const f = this.fault;
		const s = this.spec;
		if (f) {
			if (f.kind === 'open') return OPEN_CIRCUIT;
			if (f.kind === 'stuck') return f.value !== undefined ? Math.round(f.value * s.scale) : this.#last;
			if (f.kind === 'offset') x += f.value;
			else x += f.sd * rng.normal();
		}
		if (s.noise) x += s.noise * rng.normal();
		if (s.min !== undefined && x < s.min) x = s.min;
		if (s.max !== undefined && x > s.max) x = s.max;
		const v = Math.round(x * s.scale);
		this.#last = v;
		return v;
	}
}
