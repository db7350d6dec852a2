/**
 * State of the Signals page: the plot panels, the shared time window (all panels show the same time, as
 * in CANoe's Graphics window) and the recorder that decodes watched signals from the frame stream.
 * A singleton that outlives the page, so the history survives a visit to another page.
 */
import { source } from '$lib/store/source.svelte';
import { traceRecorder } from '$lib/store/trace-recorder';
import { SignalRecorder } from '$lib/plot/recorder';
import type { DbcCodec } from '$lib/can/dbc/codec';

/** History kept per signal, virtual µs (the requirement is ≥ 10 min; a little more costs little). */
export const HISTORY_US = 15 * 60e6;
/** Window widths offered while following live, µs. */
export const SPANS_US = [5e6, 10e6, 30e6, 60e6, 300e6, 600e6] as const;
const MIN_SPAN_US = 1000;

export interface Panel {
	id: number;
	signals: string[];
}

export class SignalsView {
	readonly recorder = new SignalRecorder({ retention: HISTORY_US });
	panels = $state<Panel[]>([{ id: 1, signals: [] }]);
	/** Window follows the newest frame; off once the user zooms or pans. */
	follow = $state(true);
	/** Window width while following, µs. */
	spanUs = $state(30e6);
	/** Fixed window while not following, µs. */
	fixed = $state.raw<[number, number]>([0, 30e6]);
	/** Time under the mouse cursor in any chart (µs), null when the cursor is outside the charts. */
	cursorUs = $state<number | null>(null);
	/** Last problem to show the user (unknown signal, signals a new DBC lacks). */
	message = $state<string | null>(null);
	#nextId = 2;
	#off: (() => void) | null = null;
	/** Subscribes to the simulation's frames once, for the lifetime of the app. */
	attach(): void {
		if (this.#off) return;
		const offFrames = source.onFrames((b) => this.recorder.ingest(b));
		const offSession = source.onSession(() => this.recorder.clear());
		this.#off = () => {
			offFrames();
			offSession();
		};
	}

	/** Follows a DBC switch: keeps the signals it still has, removes and reports the others. */
	useCodec(codec: DbcCodec | null): void {
		const dropped = this.recorder.setCodec(codec);
		if (dropped.length === 0) return;
		for (const p of this.panels) p.signals = p.signals.filter((s) => !dropped.includes(s));
		this.message = `Not in the new DBC, removed: ${dropped.join(', ')}`;
	}

	/** Adds "Message.Signal" to a panel; reports an unknown name in `message` and returns false. */
	addSignal(panelId: number, name: string): boolean {
		const p = this.panels.find((x) => x.id === panelId);
		if (!p) throw new Error(`no panel ${panelId}`);
		try {
			const fresh = !this.recorder.get(name);
			this.recorder.watch(name);
			// its history since boot, from the trace ring (what cabana users expect of a recorded log)
			if (fresh) this.recorder.backfill(name, traceRecorder());
		} catch (e) {
			this.message = (e as Error).message;
			return false;
		}
		if (!p.signals.includes(name)) p.signals.push(name);
		this.message = null;
		return true;
	}

	/** Removes a signal from a panel; its history is freed when no panel shows it any more. */
	removeSignal(panelId: number, name: string): void {
		const p = this.panels.find((x) => x.id === panelId);
		if (!p) return;
		p.signals = p.signals.filter((s) => s !== name);
		this.#release(name);
	}

	addPanel(): number {
		const id = this.#nextId++;
		this.panels.push({ id, signals: [] });
		return id;
	}

	removePanel(id: number): void {
		const p = this.panels.find((x) => x.id === id);
		if (!p) return;
		this.panels = this.panels.filter((x) => x.id !== id);
		for (const s of p.signals) this.#release(s);
	}

	/**
	 * Shows each group of "Message.Signal" names in a panel of its own (the `?plot=` URL option), reusing an
	 * empty first panel and skipping a group some panel already shows; unknown names are reported in
	 * `message` and left out.
	 */
	showPlots(groups: string[][]): void {
		const bad: string[] = [];
		for (const g of groups) {
			const names = g.map((n) => n.trim()).filter((n) => n !== '');
			if (names.length === 0 || this.panels.some((p) => names.every((n) => p.signals.includes(n)))) continue;
			const empty = this.panels.length === 1 && this.panels[0].signals.length === 0;
			const id = empty ? this.panels[0].id : this.addPanel();
			for (const n of names) if (!this.addSignal(id, n)) bad.push(this.message ?? n);
		}
		if (bad.length) this.message = bad.join('; ');
	}

	/** Every signal shown, once, in panel order. */
	allSignals(): string[] {
		return [...new Set(this.panels.flatMap((p) => p.signals))];
	}

	/** The visible window [t0, t1], µs. Following: the last `spanUs` up to the newest frame. */
	window(): [number, number] {
		if (!this.follow) return this.fixed;
		const last = this.recorder.lastTimeUs;
		const t1 = Number.isFinite(last) ? Math.max(last, this.spanUs) : this.spanUs;
		return [t1 - this.spanUs, t1];
	}

	/** Shows [t0, t1] and stops following. */
	zoomTo(t0: number, t1: number): void {
		if (!(t1 > t0)) return;
		if (t1 - t0 < MIN_SPAN_US) {
			const mid = (t0 + t1) / 2;
			t0 = mid - MIN_SPAN_US / 2;
			t1 = mid + MIN_SPAN_US / 2;
		}
		this.fixed = [t0, t1];
		this.follow = false;
	}

	/** Zooms by `factor` (> 1 widens) around time `at` (µs; the window's centre by default). */
	zoom(factor: number, at?: number): void {
		const [t0, t1] = this.window();
		const c = at ?? (t0 + t1) / 2;
		this.zoomTo(c - (c - t0) * factor, c + (t1 - c) * factor);
	}

	/** Moves the window by a fraction of its width (negative: back in time). */
	pan(fraction: number): void {
		const [t0, t1] = this.window();
		const d = (t1 - t0) * fraction;
		this.zoomTo(t0 + d, t1 + d);
	}

	/** Back to following the newest frames. */
	followLive(): void {
		this.follow = true;
	}

	#release(name: string): void {
		if (!this.panels.some((p) => p.signals.includes(name))) this.recorder.unwatch(name);
	}
}

/** The page's one view state. */
export const view = new SignalsView();
