/**
 * The header's source switch: which FrameSource every view reads (the simulation in this tab, the live
 * server, or a replay of a recording) and which Vehicle the dashboard and the control bar drive. Views subscribe here, never to a
 * source directly, so switching is one action: the old source is unsubscribed, the views are told a new
 * session began ('source changed'), and the new source's batches flow.
 */
import { browser } from '$app/environment';
import { SourceFanout, type BatchListener, type FrameSource, type SessionListener, type SourceKind } from '$lib/can/source';
import { live, liveVehicle } from '$lib/live/live.svelte';
import { sim } from './sim.svelte';
import type { Vehicle } from './vehicle';

const KEY = 'zonebench.source';
export type SelectableSource = Exclude<SourceKind, 'replay'>;

/** A replay made current by `openReplay`: its FrameSource and the Vehicle the control bar drives. */
export interface ReplayTarget {
	source: FrameSource;
	vehicle: Vehicle;
	/** Called when another source takes over (the replay stops its pacer). */
	close(): void;
}

class SourceSwitch {
	kind = $state<SourceKind>('sim');
	/** The replay while `kind` is 'replay'. */
	replay = $state.raw<ReplayTarget | null>(null);
	#fan = new SourceFanout();
	#off: Array<() => void> = [];
	#started = false;
	/** The simulation in this tab was running when Live took over (it resumes when the user comes back). */
	#simWasRunning = false;

	get current(): FrameSource {
		if (this.kind === 'replay' && this.replay) return this.replay.source;
		return this.kind === 'live' ? live.conn : sim;
	}

	/** The vehicle the controls drive: this tab's, the server's simulated one in Live mode, or the replay. */
	get vehicle(): Vehicle {
		if (this.kind === 'replay' && this.replay) return this.replay.vehicle;
		return this.kind === 'live' ? liveVehicle : sim;
	}

	/** Starts following the source chosen by `?source=` or, failing that, the last choice in this browser. */
	start(initial?: SelectableSource | null): void {
		if (this.#started) return;
		this.#started = true;
		const stored = browser ? (localStorage.getItem(KEY) as SelectableSource | null) : null;
		const k = initial ?? (stored === 'live' || stored === 'sim' ? stored : 'sim');
		this.#follow(k);
	}

	#follow(k: SourceKind): void {
		for (const off of this.#off) off();
		if (k !== 'replay' && this.replay) {
			this.replay.close();
			this.replay = null;
		}
		this.kind = k;
		const src = this.current;
		this.#off = [src.subscribe((b) => this.#fan.batch(b)), src.onSession((s) => this.#fan.session(s))];
		if (k === 'live') {
			liveVehicle.attach();
			live.connect();
		}
	}

	/** Switches every view to another source; the views start over. */
	async select(k: SelectableSource): Promise<void> {
		if (k === this.kind && this.#started) return;
		if (k === 'live') {
			// the tab's simulation would only compete for the CPU with what the page now shows
			if (this.kind === 'sim') this.#simWasRunning = sim.running;
			if (sim.running) await sim.pause();
		} else live.disconnect();
		this.#started = true;
		this.#follow(k);
		if (browser) localStorage.setItem(KEY, k);
		this.#fan.session({ reason: 'source changed', t_us: 0 });
		if (k === 'sim' && this.#simWasRunning && sim.ready) await sim.start();
	}

	/**
	 * Makes a replay the current source (a previous replay closes): the simulation pauses as for Live, and
	 * the views start over. Choosing Simulation or Live in the header ends the replay.
	 */
	async openReplay(r: ReplayTarget): Promise<void> {
		if (this.kind === 'sim') this.#simWasRunning = sim.running;
		if (sim.running) await sim.pause();
		if (this.kind === 'live') live.disconnect();
		if (this.replay && this.replay !== r) this.replay.close();
		this.#started = true;
		this.replay = r;
		this.#follow('replay');
		this.#fan.session({ reason: 'source changed', t_us: 0 });
	}

	/** Every batch of the current source; returns the unsubscribe function. */
	onFrames(fn: BatchListener): () => void {
		return this.#fan.subscribe(fn);
	}

	/** Told when the views must start over (reset, seek, new log, source changed). */
	onSession(fn: SessionListener): () => void {
		return this.#fan.onSession(fn);
	}
}

export const source = new SourceSwitch();
