/**
 * The Faults panel's state on every page: the catalog, the faults active on the vehicle the source switch
 * points at (this tab's simulation, or the live server's simulated vehicle over the `fault` op), and the
 * markers (every inject, clear and end, with its virtual time) that the trace and the plots draw. Markers
 * and the active list belong to the session: a reset (a new vehicle) or another source starts them over.
 * docs/faults.md, "From the page".
 */
import * as Comlink from 'comlink';
import { FAULTS, type FaultSpec } from '$lib/sim/faults/catalog';
import type { FaultEvent } from '$lib/sim/faults/injector';
import type { ActiveFaultInfo } from '$lib/worker/faults-api';
import { live, liveVehicle } from '$lib/live/live.svelte';
import { LiveError } from '$lib/live/connection';
import { sim } from './sim.svelte';
import { source } from './source.svelte';

/** A marker of the trace and the plots. */
export type FaultMarker = FaultEvent;

/** The message a refused request shows: the server's error code is noise next to its message. */
const why = (e: unknown): string => (e instanceof LiveError && e.code === 'unauthorized' ? 'the live server needs the token to inject faults (unlock it in the header)' : (e as Error).message.replace(/^fault \w+(-\w+)?: /, ''));

class Faults {
	readonly catalog = FAULTS;
	active = $state.raw<ActiveFaultInfo[]>([]);
	markers = $state.raw<FaultMarker[]>([]);
	/** The last refusal, as the user should read it. */
	error = $state<string | null>(null);
	/** Something the user should know that is not an error (faults cleared by a reset). */
	notice = $state<string | null>(null);
	busy = $state(false);
	#followed = false;
	#simAttached = false;

	/** Where faults would go now; a replay takes none. */
	get where(): 'tab' | 'server' | 'replay' {
		return source.kind === 'replay' ? 'replay' : source.kind === 'live' ? 'server' : 'tab';
	}

	get ready(): boolean {
		return this.where === 'tab' ? sim.ready : this.where === 'server' ? liveVehicle.ready : false;
	}

	/** Follows the sources' sessions and the live server's fault events (once, from the root layout). */
	follow(): void {
		if (this.#followed) return;
		this.#followed = true;
		source.onSession((s) => {
			const had = this.active.length;
			this.markers = [];
			this.active = [];
			this.error = null;
			this.notice = s.reason === 'reset' && had > 0 ? `Reset: a new vehicle, so its ${had === 1 ? 'fault was' : `${had} faults were`} cleared` : null;
			if (s.reason === 'source changed') void this.refresh();
		});
		live.conn.onFaultEvent((ch, e) => {
			if (this.where === 'server' && ch === liveVehicle.channel) this.#event(e);
		});
		// faults injected on the server before this page could list them (no token yet) appear once unlocked
		$effect.root(() => {
			$effect(() => {
				if (live.state.canWrite && this.where === 'server' && liveVehicle.channel !== null) void this.refresh();
			});
		});
	}

	/** Listens to this tab's simulation worker once it has booted. */
	async attachSim(): Promise<void> {
		const r = sim.remote;
		if (!r || this.#simAttached) return;
		this.#simAttached = true;
		await r.subscribeFaultEvents(
			Comlink.proxy((e: FaultEvent) => {
				if (this.where === 'tab') this.#event(e);
			})
		);
	}

	#event(e: FaultEvent): void {
		this.markers = [...this.markers, e];
		if (e.action === 'inject') {
			if (!this.active.some((a) => a.handle === e.handle)) {
				const level = FAULTS.find((f) => f.kind === e.kind)?.level ?? 'ecu';
				this.active = [...this.active, { handle: e.handle, kind: e.kind, level, label: e.label, spec: { kind: e.kind }, t_us: e.t_us }];
			}
		} else this.active = this.active.filter((a) => a.handle !== e.handle);
	}

	async #run(what: () => Promise<ActiveFaultInfo[]>): Promise<boolean> {
		if (this.where === 'replay') {
			this.error = 'Faults cannot be injected into a recording: choose Simulation or Live in the header';
			return false;
		}
		this.busy = true;
		try {
			this.active = await what();
			this.error = null;
			this.notice = null;
			return true;
		} catch (e) {
			this.error = why(e);
			return false;
		} finally {
			this.busy = false;
		}
	}

	#liveChannel(): number {
		const ch = liveVehicle.channel;
		if (ch === null) throw new Error('the live server runs no simulated vehicle to inject faults into');
		return ch;
	}

	/** Injects a fault now; false (and `error` says why) when it was refused. */
	inject(spec: FaultSpec): Promise<boolean> {
		return this.#run(async () => {
			if (this.where === 'server') return (await live.conn.fault(this.#liveChannel(), 'inject', { spec })).active;
			const r = sim.remote;
			if (!r) throw new Error('the simulation is not running');
			return (await r.faultInject(spec)).active;
		});
	}

	clear(handle: number): Promise<boolean> {
		return this.#run(async () => {
			if (this.where === 'server') return (await live.conn.fault(this.#liveChannel(), 'clear', { handle })).active;
			return (await sim.remote?.faultClear(handle)) ?? [];
		});
	}

	clearAll(): Promise<boolean> {
		return this.#run(async () => {
			if (this.where === 'server') return (await live.conn.fault(this.#liveChannel(), 'clear-all')).active;
			return (await sim.remote?.faultClearAll()) ?? [];
		});
	}

	/** Reads the active list again (after a source change); quiet when it cannot (no token yet). */
	async refresh(): Promise<void> {
		try {
			if (this.where === 'tab') this.active = (await sim.remote?.faultsActive()) ?? [];
			else if (this.where === 'server' && live.state.canWrite && liveVehicle.channel !== null) this.active = (await live.conn.fault(liveVehicle.channel, 'list')).active;
		} catch {
			// the list comes with the next inject or clear
		}
	}
}

export const faults = new Faults();
