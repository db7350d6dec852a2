/**
 * The DBC the views decode with: the vehicle's own (static/vehicle.dbc) or one the user loads. A DBC that
 * fails to parse leaves the previous one in use and reports `file:line:col: reason`.
 */
import { DbcCodec } from '$lib/can/dbc/codec';
import { decodeDbcBytes, parseDbc } from '$lib/can/dbc/parse';

export class DbcStore {
	codec = $state.raw<DbcCodec | null>(null);
	/** File name of the DBC in use. */
	name = $state('');
	error = $state<string | null>(null);

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
