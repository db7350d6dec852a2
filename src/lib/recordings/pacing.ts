/**
 * The replay's wall-clock pacer (page code: the simulation never reads a clock). Every tick (~15 ms) it
 * moves the replay forward by the wall time since the last tick times the speed, so the views get at most
 * one batch per tick; a tick that comes late (a hidden tab, a busy page) advances at most `maxGapMs` of wall
 * time, so the replay slows down instead of bursting.
 */

export const REPLAY_SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100] as const;
export const TICK_MS = 15;

/** Virtual µs to advance for `wallMs` of wall time at `speed`, with late ticks capped at `maxGapMs`. */
export function advanceUs(wallMs: number, speed: number, maxGapMs = 100): number {
	return Math.max(0, Math.min(wallMs, maxGapMs)) * 1000 * speed;
}

/** What the pacer drives (a Replay). */
export interface Advanceable {
	readonly position_us: number;
	readonly end_us: number;
	readonly start_us: number;
	advanceTo(t_us: number): Promise<number>;
	seek(t_us: number): Promise<number>;
}

export interface PacerHooks {
	now?: () => number;
	schedule?: (fn: () => void, ms: number) => () => void;
	/** Told when the replay reached its end and stopped (not looping). */
	ended?: () => void;
	/** Told after each tick with the new position. */
	moved?: (t_us: number) => void;
	/** Told when advancing failed (a chunk could not be read); the pacer stops. */
	failed?: (e: unknown) => void;
}

export class ReplayPacer {
	speed = 1;
	loop = false;
	#running = false;
	#last = 0;
	#cancel: (() => void) | null = null;
	#now: () => number;
	#schedule: (fn: () => void, ms: number) => () => void;

	constructor(
		private r: Advanceable,
		private hooks: PacerHooks = {}
	) {
		this.#now = hooks.now ?? (() => performance.now());
		this.#schedule =
			hooks.schedule ??
			((fn, ms) => {
				const t = setTimeout(fn, ms);
				return () => clearTimeout(t);
			});
	}

	get running(): boolean {
		return this.#running;
	}

	play(): void {
		if (this.#running) return;
		this.#running = true;
		this.#last = this.#now();
		this.#arm();
	}

	pause(): void {
		this.#running = false;
		this.#cancel?.();
		this.#cancel = null;
	}

	#arm(): void {
		this.#cancel = this.#schedule(() => void this.tick(), TICK_MS);
	}

	/** One step of the pacer (exported for tests: the timer calls it). */
	async tick(): Promise<void> {
		if (!this.#running) return;
		const now = this.#now();
		const target = this.r.position_us + advanceUs(now - this.#last, this.speed);
		this.#last = now;
		try {
			await this.r.advanceTo(target);
			if (target >= this.r.end_us) {
				if (this.loop) await this.r.seek(this.r.start_us);
				else {
					this.pause();
					this.hooks.moved?.(this.r.position_us);
					this.hooks.ended?.();
					return;
				}
			}
		} catch (e) {
			this.pause();
			this.hooks.failed?.(e);
			return;
		}
		this.hooks.moved?.(this.r.position_us);
		if (this.#running) this.#arm();
	}
}
