/**
 * Paces a virtual-time simulation against the wall clock. The simulation itself never reads a clock; only
 * this pacer does, to decide how many milliseconds of virtual time to run per slice of real time.
 */

export interface Steppable {
	/** Advance the simulation by `ms` 1 ms ticks. */
	step(ms: number): void;
}

/** Speed factor; `Infinity` means as fast as possible. */
export type Speed = number;

export const SPEEDS: readonly Speed[] = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, Infinity];

export interface PacerOptions {
	/** Wall-clock slice between runs, ms. */
	sliceMs?: number;
	/** Upper bound of virtual ms per slice, so one slice never blocks the worker for long. */
	maxBurstMs?: number;
	now?: () => number;
	schedule?: (fn: () => void, ms: number) => unknown;
	/**
	 * Called after slices that advanced the simulation, at most once per `publishEveryMs` of wall time (with
	 * the virtual ms run since the previous call): the page cannot show more than one update per display
	 * frame, and every message costs its main thread time. Default: after every slice.
	 */
	afterSlice?: (ranMs: number) => void;
	/** Least wall time between two `afterSlice` calls, ms; default 0. */
	publishEveryMs?: number;
}

export class Pacer {
	#running = false;
	#speed: Speed = 1;
	#debt = 0; // virtual ms owed to the wall clock, fractional
	#last = 0;
	#timer: unknown = null;
	readonly #sliceMs: number;
	readonly #maxBurstMs: number;
	readonly #now: () => number;
	readonly #schedule: (fn: () => void, ms: number) => unknown;
	readonly #afterSlice: (ranMs: number) => void;
	readonly #publishEveryMs: number;
	#lastPublish = -Infinity;
	#unpublished = 0;

	constructor(
		private sim: Steppable,
		opts: PacerOptions = {}
	) {
		this.#sliceMs = opts.sliceMs ?? 10;
		this.#maxBurstMs = opts.maxBurstMs ?? 250;
		this.#now = opts.now ?? (() => performance.now());
		this.#schedule = opts.schedule ?? ((fn, ms) => setTimeout(fn, ms));
		this.#afterSlice = opts.afterSlice ?? (() => {});
		this.#publishEveryMs = opts.publishEveryMs ?? 0;
	}

	get running(): boolean {
		return this.#running;
	}

	get speed(): Speed {
		return this.#speed;
	}

	/** Sets the speed factor (0.1 … 100, or Infinity for as fast as possible). */
	setSpeed(speed: Speed): void {
		if (!(speed > 0)) throw new RangeError(`speed must be > 0 (got ${speed})`);
		this.#speed = speed;
		this.#debt = 0;
	}

	start(): void {
		if (this.#running) return;
		this.#running = true;
		this.#last = this.#now();
		this.#debt = 0;
		this.#loop();
	}

	/** Stops; the caller publishes what the last slices produced (nothing is held back here but the count). */
	pause(): void {
		this.#running = false;
		this.#unpublished = 0;
	}

	#loop = (): void => {
		if (!this.#running) return;
		const now = this.#now();
		const wall = now - this.#last;
		this.#last = now;
		let ms: number;
		if (this.#speed === Infinity) {
			ms = this.#maxBurstMs;
		} else {
			this.#debt = Math.min(this.#debt + wall * this.#speed, this.#maxBurstMs);
			ms = Math.floor(this.#debt);
			this.#debt -= ms;
		}
		if (ms > 0) {
			this.sim.step(ms);
			this.#unpublished += ms;
		}
		if (this.#unpublished > 0 && now - this.#lastPublish >= this.#publishEveryMs) {
			this.#lastPublish = now;
			const ran = this.#unpublished;
			this.#unpublished = 0;
			this.#afterSlice(ran);
		}
		this.#timer = this.#schedule(this.#loop, this.#speed === Infinity ? 0 : this.#sliceMs);
	};
}
