/**
 * The DBC the views decode with: the vehicle's own (static/vehicle.dbc) or one the user loads. A DBC that
 * fails to parse leaves the previous one in use and reports `file:line:col: reason`. The user's DBC is kept
 * in browser storage and used again at the next start, until they go back to the built-in one.
 */
import { DbcCodec } from '$lib/can/dbc/codec';
import { decodeDbcBytes, parseDbc } from '$lib/can/dbc/parse';
import { storage } from './storage.svelte';

export class DbcStore {
	codec = $state.raw<DbcCodec | null>(null);
	/** File name of the DBC in use. */
	name = $state('');
	error = $state<string | null>(null);
	/** The DBC in use is one the user loaded (kept in browser storage), not the built-in vehicle.dbc. */
	user = $state(false);
	/** Name of a stored user DBC that did not parse at start (still stored until the user replaces or drops it). */
	brokenStored = $state<string | null>(null);
	/** Where the user's DBC is: being written to browser storage, kept there, or in memory only (storage failed). */
	kept = $state<'saving' | 'kept' | 'memory'>('kept');
	/** Counts the user's loads: only the newest one's save may set `kept`. */
	#loads = 0;

	/** At start: the user's stored DBC when there is one that parses, else the built-in one. */
	async boot(base: string): Promise<void> {
		const stored = await storage.loadDbc();
		if (stored && this.use(stored.bytes, stored.name)) {
			this.user = true;
			this.kept = 'kept';
			return;
		}
		const why = this.error;
		await this.loadDefault(base);
		if (stored) {
			this.brokenStored = stored.name;
			// kept in storage: the user decides (load another, or go back to the built-in one)
			this.error = `Your stored DBC ${stored.name} no longer parses (${why}); decoding with the built-in vehicle.dbc instead.`;
		}
	}

	/** A DBC the user chose: parsed, used and stored for the next start. Returns success (else `error`). */
	async load(bytes: Uint8Array, name: string): Promise<boolean> {
		if (!this.use(bytes, name)) return false;
		this.user = true;
		this.brokenStored = null;
		this.kept = 'saving';
		const load = ++this.#loads;
		const saved = await storage.saveDbc(name, bytes);
		// a newer DBC may have been loaded meanwhile (even one of the same name): its own save decides
		if (load === this.#loads) this.kept = saved ? 'kept' : 'memory';
		return true;
	}

	/** Back to the built-in vehicle.dbc; the stored user DBC is forgotten. */
	async builtIn(base: string): Promise<void> {
		await this.loadDefault(base);
		if (this.error) return;
		this.user = false;
		this.brokenStored = null;
		await storage.clearDbc();
	}

	/** Loads the vehicle's DBC from the app's static files. */
	async loadDefault(base: string): Promise<void> {
		try {
			const res = await fetch(`${base}/vehicle.dbc`);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			this.use(new Uint8Array(await res.arrayBuffer()), 'vehicle.dbc');
		} catch (e) {
			this.error = `vehicle.dbc could not be loaded: ${(e as Error).message}; frames are shown undecoded`;
		}
	}

	/** Parses `bytes` and switches to it; on error keeps the DBC in use and sets `error`. Returns success. */
	use(bytes: Uint8Array, name: string): boolean {
		try {
			const codec = new DbcCodec(parseDbc(decodeDbcBytes(bytes), name));
			this.codec = codec;
			this.name = name;
			this.error = null;
			return true;
		} catch (e) {
			this.error = `${(e as Error).message}${this.codec ? ` — still decoding with ${this.name}` : ''}`;
			return false;
		}
	}
}

/** The app's one DBC store, shared by every page. */
export const dbc = new DbcStore();
