/**
 * The Faults panel's comlink-facing methods, spread into the worker's SimApi (like diag-api.ts): one
 * FaultInjector (src/lib/sim/faults/injector.ts) on the worker's current Simulation. A reset is a new
 * vehicle, so it has none of the old one's faults: the injector is made again on the new Simulation, the
 * active list is empty, and the markers (the events) start over with the session. docs/faults.md, "From
 * the page".
 */
import * as Comlink from 'comlink';
import { checkFaultSpec } from '../sim/faults/check';
import { FAULTS, type FaultDef, type FaultSpec } from '../sim/faults/catalog';
import { FaultInjector, type FaultEvent } from '../sim/faults/injector';
import type { Simulation } from '../sim/simulation';

export type FaultEventListener = (e: FaultEvent) => void;

/** One fault in effect, as the panel lists it (plain data: it crosses the worker boundary). */
export interface ActiveFaultInfo {
	handle: number;
	kind: string;
	level: FaultDef['level'];
	label: string;
	spec: FaultSpec;
	/** Virtual time of its injection, µs. */
	t_us: number;
}

export function createFaultsApi(getSim: () => Simulation | null) {
	let injector: FaultInjector | null = null;
	let on: Simulation | null = null;
	const listeners = new Set<FaultEventListener>();

	/** The injector on the current simulation; after a reset, a fresh one on the new vehicle. */
	const current = (): FaultInjector => {
		const s = getSim();
		if (!s) throw new Error('simulation not initialised: call init() first');
		if (s !== on || !injector) {
			// the old vehicle is gone with its faults: nothing to undo on it
			injector = new FaultInjector(s);
			injector.onEvent((e) => {
				for (const l of listeners) l({ ...e });
			});
			on = s;
		}
		return injector;
	};

	const list = (): ActiveFaultInfo[] => {
		if (!injector || getSim() !== on) return [];
		return injector.active().map((a) => ({ handle: a.handle, kind: a.def.kind, level: a.def.level, label: a.label, spec: { ...a.spec }, t_us: a.t_us }));
	};

	return {
		/** The fault catalog (docs/faults.md): kind, level, target kind, parameter with its default, examples. */
		faultCatalog(): FaultDef[] {
			return FAULTS.map((f) => ({ ...f, examples: [...f.examples], ...(f.param ? { param: { ...f.param } } : {}) }));
		},
		/**
		 * Injects a fault now (virtual time); resolves with the active list. Throws, injecting nothing, on an
		 * unknown kind, a missing or bad target, an absent ECU (naming the ECUs present) or a bad parameter.
		 */
		async faultInject(spec: FaultSpec): Promise<{ handle: number; active: ActiveFaultInfo[] }> {
			const checked = checkFaultSpec(spec);
			const handle = await current().inject(checked);
			return { handle, active: list() };
		},
		/** Clears one fault (its effect ends now); an unknown handle is an error naming the active ones. */
		async faultClear(handle: number): Promise<ActiveFaultInfo[]> {
			const act = list();
			if (!act.some((a) => a.handle === handle))
				throw new Error(`no active fault ${handle} (active: ${act.map((a) => `${a.handle} ${a.label}`).join(', ') || 'none'})`);
			await current().clear(handle);
			return list();
		},
		async faultClearAll(): Promise<ActiveFaultInfo[]> {
			if (injector && getSim() === on) await injector.clearAll();
			return list();
		},
		/** The faults in effect now (empty after a reset). */
		faultsActive(): ActiveFaultInfo[] {
			return list();
		},
		/** Streams inject, clear and end events with their virtual time `t_us`; returns the unsubscribe function. */
		subscribeFaultEvents(listener: FaultEventListener): () => void {
			listeners.add(listener);
			return Comlink.proxy(() => void listeners.delete(listener));
		}
	};
}
