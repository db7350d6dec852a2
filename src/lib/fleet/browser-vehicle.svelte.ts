/**
 * This tab's simulation as a fleet vehicle (docs/fleet.md, "Pages"): `VehicleAgent` over mqtt.js to the
 * server's `/mqtt` with the Unlock token as MQTT password, telemetry once a second from the simulation's
 * snapshot, commands executed on the tab's simulation (lights / lock through setInputs, the diagnostic ones
 * through the worker's tester), and an outbox kept in IndexedDB while the broker is unreachable.
 */
import { browser } from '$app/environment';
import { sim } from '$lib/store/sim.svelte';
import { ECUS } from '$lib/diag/catalog';
import type { DiagApi } from '$lib/diag/diag.svelte';
import { defaultBrokerUrl } from '$lib/mqtt/payloads';
import { MemoryOutbox, VehicleAgent, type AgentState, type CommandResult, type OutboxEntry, type VehicleHost } from './agent';
import { fleetToken } from './client';

const VIN_KEY = 'zonebench.fleet.vin';
const MEM_KEY = 'zonebench.fleet.memory';
const IDB_NAME = 'zonebench-fleet-outbox';
const OUTBOX_MAX = 5000;

/** This browser's VIN: 'ZBV1TAB' + 10 digits, made once and kept (the fleet knows the tab by it). */
export function tabVin(): string {
	let v = localStorage.getItem(VIN_KEY);
	if (!v || !/^ZBV1TAB\d{10}$/.test(v)) {
		const d = crypto.getRandomValues(new Uint32Array(2));
		v = `ZBV1TAB${String(d[0] % 100000).padStart(5, '0')}${String(d[1] % 100000).padStart(5, '0')}`;
		localStorage.setItem(VIN_KEY, v);
	}
	return v;
}

function idb(): Promise<IDBDatabase> {
	return new Promise((res, rej) => {
		const r = indexedDB.open(IDB_NAME, 1);
		r.onupgradeneeded = () => r.result.createObjectStore('outbox', { keyPath: 'k' });
		r.onsuccess = () => res(r.result);
		r.onerror = () => rej(r.error);
	});
}

/**
 * The agent's bounded outbox, mirrored into IndexedDB: every message is written there when queued and
 * deleted at PUBACK, so what waited when the tab closed is sent, in order, the next time it joins.
 */
export class IdbOutbox extends MemoryOutbox {
	#db: IDBDatabase;
	#keys = new Map<OutboxEntry, number>();
	#next = 1;
	private constructor(db: IDBDatabase, max: number) {
		super(max);
		this.#db = db;
	}

	static async open(max = OUTBOX_MAX): Promise<IdbOutbox> {
		const db = await idb();
		const o = new IdbOutbox(db, max);
		const rows = await new Promise<Array<OutboxEntry & { k: number }>>((res, rej) => {
			const r = db.transaction('outbox').objectStore('outbox').getAll();
			r.onsuccess = () => res(r.result);
			r.onerror = () => rej(r.error);
		});
		rows.sort((a, b) => a.k - b.k);
		for (const { k, ...e } of rows) {
			o.q.push(e);
			o.#keys.set(e, k);
			o.#next = Math.max(o.#next, k + 1);
		}
		return o;
	}

	#store(): IDBObjectStore {
		return this.#db.transaction('outbox', 'readwrite').objectStore('outbox');
	}

	push(e: OutboxEntry): void {
		const k = this.#next++;
		this.#keys.set(e, k);
		this.#store().put({ ...e, k });
		const before = new Set(this.q);
		super.push(e);
		// the bound dropped the oldest unsent ones: forget them in IndexedDB too
		if (this.q.length < before.size + 1) for (const x of before) if (!this.q.includes(x)) this.#forget(x);
	}

	ack(e: OutboxEntry): void {
		super.ack(e);
		this.#forget(e);
	}

	#forget(e: OutboxEntry): void {
		const k = this.#keys.get(e);
		if (k === undefined) return;
		this.#keys.delete(e);
		this.#store().delete(k);
	}

	close(): void {
		this.#db.close();
	}
}

/** The ECUs a command names (`args.ecu`: 'cvc', …), or every ECU of the catalog. */
function targets(args: Record<string, unknown>): typeof ECUS {
	if (typeof args.ecu !== 'string') return ECUS;
	const e = ECUS.find((x) => x.name === String(args.ecu).toLowerCase());
	if (!e) throw new Error(`ecu: no ECU '${args.ecu}' (one of ${ECUS.map((x) => x.name).join(', ')})`);
	return [e];
}

function tester(): DiagApi {
	const r = sim.remote;
	if (!r) throw new Error('the tab’s simulation is not running');
	return r as unknown as DiagApi;
}

/** Runs a fleet command on this tab's simulation. */
async function execute(name: string, args: Record<string, unknown>): Promise<CommandResult> {
	switch (name) {
		case 'lights': {
			const mode = args.on === false ? 0 : typeof args.mode === 'number' && args.mode >= 0 && args.mode <= 3 ? args.mode : 3;
			await sim.setInputs({ lightSwitch: mode });
			return { state: 'COMPLETED', result: { lightSwitch: ['OFF', 'AUTO', 'LOW', 'HIGH'][mode] } };
		}
		case 'lock': {
			await sim.setInputs({ lockButton: args.lock === false ? 2 : 1 });
			setTimeout(() => void sim.setInputs({ lockButton: 0 }), 300);
			return { state: 'COMPLETED', result: { locked: args.lock !== false } };
		}
		case 'read_dtcs': {
			const out: Record<string, unknown> = {};
			for (const e of targets(args)) {
				const r = await tester().diagReadDtcs(e.req);
				out[e.name] = r.ok ? r.value : { error: r.error };
			}
			return { state: 'COMPLETED', result: out };
		}
		case 'clear_dtcs': {
			const failed: string[] = [];
			for (const e of targets(args)) {
				const r = await tester().diagClearDtcs(e.req);
				if (!r.ok) failed.push(`${e.name}: ${r.error}`);
			}
			return failed.length ? { state: 'FAILED', reason: failed.join('; ') } : { state: 'COMPLETED' };
		}
		case 'ecu_reset': {
			if (typeof args.ecu !== 'string') return { state: 'REJECTED', reason: 'ecu_reset needs args.ecu (which ECU to reset)' };
			const [e] = targets(args);
			const r = await tester().diagReset(e.req, typeof args.kind === 'number' ? args.kind : 1);
			return r.ok ? { state: 'COMPLETED' } : { state: 'FAILED', reason: `${e.name}: ${r.error}` };
		}
		case 'set_did': {
			if (typeof args.ecu !== 'string') return { state: 'REJECTED', reason: 'set_did needs args.ecu' };
			const did = typeof args.did === 'string' ? parseInt(args.did, 16) : args.did;
			if (typeof did !== 'number' || !Number.isInteger(did) || did < 0 || did > 0xffff) return { state: 'REJECTED', reason: `did: ${JSON.stringify(args.did)} is not a DID (0..0xFFFF, or hex text)` };
			const data = args.data;
			if (!(typeof data === 'string' || (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)))) return { state: 'REJECTED', reason: 'data: text or an array of bytes' };
			const [e] = targets(args);
			const r = await tester().diagWriteDid(e.req, did, data as number[] | string);
			return r.ok ? { state: 'COMPLETED' } : { state: 'FAILED', reason: `${e.name} DID 0x${did.toString(16)}: ${r.error}` };
		}
		default:
			return { state: 'REJECTED', reason: `unknown command '${name}'` };
	}
}

class BrowserVehicle {
	joined = $state(false);
	connected = $state(false);
	vin = $state<string | null>(null);
	error = $state<string | null>(null);
	outboxDepth = $state(0);
	seq = $state(0);
	executed = $state(0);
	#agent: VehicleAgent | null = null;
	#outbox: IdbOutbox | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;

	#sync(): void {
		const a = this.#agent;
		if (!a) return;
		this.connected = a.connected;
		this.outboxDepth = a.outboxDepth;
		this.seq = a.seq.telemetry;
		this.executed = a.executed;
	}

	/** Joins the fleet of the server that served the page. */
	async join(): Promise<void> {
		if (!browser || this.#agent) return;
		const token = fleetToken();
		if (!token) {
			this.error = 'Joining the fleet publishes to the server’s broker, which needs the token: unlock in the header first.';
			return;
		}
		this.error = null;
		const vin = tabVin();
		this.vin = vin;
		this.#outbox = await IdbOutbox.open();
		const host: VehicleHost = { execute, firmware: () => Object.fromEntries(ECUS.map((e) => [e.name.toUpperCase(), 'tab-build'])) };
		const agent = new VehicleAgent({
			vin,
			url: defaultBrokerUrl(location),
			password: token,
			outbox: this.#outbox,
			host,
			memory: {
				load: () => {
					const t = localStorage.getItem(MEM_KEY);
					return t ? (JSON.parse(t) as AgentState) : null;
				},
				save: (s) => localStorage.setItem(MEM_KEY, JSON.stringify(s))
			},
			log: (t) => console.warn(t)
		});
		agent.onChange = () => this.#sync();
		this.#agent = agent;
		agent.start();
		this.joined = true;
		// telemetry once a second of wall time (the page, not the simulation, keeps this clock)
		this.#timer = setInterval(() => {
			const s = sim.snapshot;
			if (s) {
				agent.telemetry(
					{
						'Vehicle.Speed': Number(s.plant.speed_kph.toFixed(2)),
						'Vehicle.Powertrain.TractionBattery.StateOfCharge.Current': Number(s.plant.soc_pct.toFixed(2)),
						'Vehicle.Powertrain.Transmission.CurrentGear': s.inputs.gear === 3 ? 1 : s.inputs.gear === 1 ? -1 : 0,
						'Vehicle.Body.Lights.Beam.High.IsOn': s.inputs.lightSwitch === 3,
						'Vehicle.Body.Lights.Beam.Low.IsOn': s.inputs.lightSwitch >= 2
					},
					s.t_us
				);
			}
			this.#sync();
		}, 1000);
	}

	/** Leaves: status offline (shutdown); what waits in the outbox stays in IndexedDB for the next join. */
	async leave(): Promise<void> {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		const a = this.#agent;
		this.#agent = null;
		this.joined = false;
		this.connected = false;
		await a?.stop();
		this.#outbox?.close();
		this.#outbox = null;
	}
}

/** The one fleet vehicle of this tab. */
export const browserVehicle = new BrowserVehicle();
