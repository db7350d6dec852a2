/**
 * Shares display frames among the views that redraw continuously (the plot panels, the trace list). Every frame each panel whose picture changed redraws —
 * unless the page has started missing frames (software rendering, a slow machine, four plots of a bus at
 * 100 % at max speed): then fewer panels redraw per frame and they take turns, longest-waiting first, so the
 * page keeps its frame rate (scrolling, the cursor, the trace stay smooth) and every plot stays live at a
 * lower rate. As soon as frames come on time again, the quota grows back to all panels.
 *
 * Additive increase, multiplicative decrease on the measured frame interval; the timestamps are the
 * requestAnimationFrame ones (this is UI code: the simulation never sees them).
 */
export interface Drawer {
	/** Redraws if its picture changed; returns whether it drew. */
	draw(): boolean;
}

/** A frame later than this (ms) counts as missed: 1.5 frames at 60 Hz. */
export const LATE_MS = 25;

export class TurnTaker {
	#items: Array<{ d: Drawer; waited: number }> = [];
	#quota = Infinity;
	#last = -1;
	#drewLast = 0;

	/** Panels allowed to redraw per frame now (Infinity: all). */
	get quota(): number {
		return this.#quota;
	}

	add(d: Drawer): () => void {
		const item = { d, waited: 0 };
		this.#items.push(item);
		return () => {
			this.#items = this.#items.filter((x) => x !== item);
		};
	}

	/** One display frame at `now` (ms); returns how many panels drew. */
	frame(now: number): number {
		if (this.#last >= 0) {
			const interval = now - this.#last;
			if (interval > LATE_MS && this.#drewLast > 0) this.#quota = Math.max(1, Math.floor(Math.min(this.#quota, this.#drewLast) / 2));
			else if (interval <= LATE_MS && this.#quota !== Infinity) this.#quota = this.#quota + 1 > this.#items.length ? Infinity : this.#quota + 1;
		}
		this.#last = now;
		// longest-waiting first; a stable sort keeps page order among equals
		const order = [...this.#items].sort((a, b) => b.waited - a.waited);
		let drew = 0;
		for (const it of order) {
			if (drew >= this.#quota) {
				it.waited++;
				continue;
			}
			if (it.d.draw()) {
				drew++;
				it.waited = 0;
			}
		}
		this.#drewLast = drew;
		return drew;
	}
}

/**
 * The page's one schedule: the trace list and the plot panels redraw through it, so on an overloaded page
 * they take turns instead of each missing frames. One animation-frame loop runs while anything is registered.
 */
export const displayTurns = new TurnTaker();
let raf = 0;
let registered = 0;

export function addDrawer(d: Drawer): () => void {
	const off = displayTurns.add(d);
	if (registered++ === 0) {
		const frame = (now: number) => {
			displayTurns.frame(now);
			raf = requestAnimationFrame(frame);
		};
		raf = requestAnimationFrame(frame);
	}
	let removed = false;
	return () => {
		if (removed) return;
		removed = true;
		off();
		if (--registered === 0) cancelAnimationFrame(raf);
	};
}
