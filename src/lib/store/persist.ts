/**
 * Browser storage (IndexedDB through `idb`): the ECUs' NVM blocks, the images ECUs booted from a download
 * (their flash: what they power up with after a reload) and the user's own DBC, in one database
 * `zonebench` with a versioned schema. Page-side only: the simulation never touches storage, it takes its
 * NVM as input and reports writes (see docs/architecture.md, "Persistence").
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { NvmImage } from '$lib/sim/simulation';
import { crc32 } from '$lib/sim/ecu-host';

export const DB_NAME = 'zonebench';
/** Bump with a new `if (oldVersion < n)` step in `upgrade`; never change an old step. */
export const DB_VERSION = 2;

/** One NVM block of one ECU, as stored (key: ecu + block). */
export interface NvmRecord {
	ecu: string;
	block: number;
	bytes: Uint8Array;
}

/** The DBC the user loaded (one at most, key 'user'). */
export interface StoredDbc {
	name: string;
	bytes: Uint8Array;
}

/** The image one ECU booted from a download (key: ecu), with the CRC-32 of its bytes checked on load. */
export interface FlashRecord {
	ecu: string;
	bytes: Uint8Array;
	crc: number;
}

interface ZonebenchDb extends DBSchema {
	nvm: { key: [string, number]; value: NvmRecord };
	dbc: { key: string; value: StoredDbc };
	flash: { key: string; value: FlashRecord };
}

function upgrade(db: IDBPDatabase<ZonebenchDb>, oldVersion: number): void {
	if (oldVersion < 1) {
		db.createObjectStore('nvm', { keyPath: ['ecu', 'block'] });
		db.createObjectStore('dbc');
	}
	if (oldVersion < 2) db.createObjectStore('flash', { keyPath: 'ecu' });
}

/** A record to store for an image an ECU booted. */
export function flashRecord(ecu: string, bytes: Uint8Array): FlashRecord {
	return { ecu, bytes, crc: crc32(bytes) };
}

/** Stored images as the worker wants them (ECU → bytes); malformed or damaged records are named in `bad`. */
export function recordsToFlash(records: unknown[]): { flashed: Record<string, Uint8Array>; bad: string[] } {
	const flashed: Record<string, Uint8Array> = {};
	const bad: string[] = [];
	for (const r of records) {
		const x = r as Partial<FlashRecord> | null;
		const ecu = typeof x?.ecu === 'string' ? x.ecu : '?';
		if (!x || typeof x.ecu !== 'string' || !(x.bytes instanceof Uint8Array) || typeof x.crc !== 'number') bad.push(`${ecu}: malformed record`);
		else if (crc32(x.bytes) !== x.crc) bad.push(`${ecu}: CRC-32 of the ${x.bytes.length} bytes does not match the one stored`);
		else flashed[x.ecu] = x.bytes;
	}
	return { flashed, bad };
}

/** "QuotaExceededError: …" for a DOMException, the message otherwise. */
export function describeError(e: unknown): string {
	if (e instanceof Error) return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message;
	return String(e);
}

/** Records as the simulation wants them; malformed records are left out and named in `bad`. */
export function recordsToImage(records: unknown[]): { image: NvmImage; bad: string[] } {
	const image: NvmImage = new Map();
	const bad: string[] = [];
	for (const r of records) {
		const x = r as Partial<NvmRecord> | null;
		if (!x || typeof x.ecu !== 'string' || !Number.isInteger(x.block) || (x.block as number) < 0 || !(x.bytes instanceof Uint8Array)) {
			bad.push(`${typeof x?.ecu === 'string' ? x.ecu : '?'}/${String(x?.block)}`);
			continue;
		}
		let m = image.get(x.ecu);
		if (!m) image.set(x.ecu, (m = new Map()));
		m.set(x.block as number, x.bytes);
	}
	return { image, bad };
}

/** The image as records, ECUs and blocks in a stable order. */
export function imageToRecords(image: NvmImage): NvmRecord[] {
	const out: NvmRecord[] = [];
	for (const ecu of [...image.keys()].sort()) {
		const blocks = image.get(ecu)!;
		for (const block of [...blocks.keys()].sort((a, b) => a - b)) out.push({ ecu, block, bytes: blocks.get(block)! });
	}
	return out;
}

/** Applies writes to an image (a new Map; the old one is left as it was). */
export function applyWrites(image: NvmImage, writes: readonly NvmRecord[]): NvmImage {
	const out: NvmImage = new Map([...image].map(([e, b]) => [e, new Map(b)]));
	for (const w of writes) {
		let m = out.get(w.ecu);
		if (!m) out.set(w.ecu, (m = new Map()));
		m.set(w.block, w.bytes);
	}
	return out;
}

/**
 * Collects NVM writes and saves them in batches: one `save` (one transaction) per `delayMs` at most, the
 * latest bytes per block, one save in flight at a time. A failed save keeps its records for the next
 * attempt (unless newer bytes arrived) and reports the error; the next write tries again.
 */
export class NvmBatcher {
	#pending = new Map<string, NvmRecord>();
	#timer: (() => void) | null = null;
	#inFlight: Promise<void> | null = null;

	constructor(
		private save: (records: NvmRecord[]) => Promise<void>,
		private schedule: (fn: () => void, ms: number) => () => void,
		private hooks: { saved?: () => void; failed?: (e: unknown) => void } = {},
		readonly delayMs = 500
	) {}

	/** Blocks waiting to be saved. */
	get pending(): number {
		return this.#pending.size;
	}

	get busy(): boolean {
		return this.#pending.size > 0 || this.#inFlight !== null;
	}

	add(writes: readonly NvmRecord[]): void {
		for (const w of writes) this.#pending.set(`${w.ecu}/${w.block}`, w);
		this.#arm();
	}

	#arm(): void {
		if (this.#timer || this.#inFlight || this.#pending.size === 0) return;
		this.#timer = this.schedule(() => {
			this.#timer = null;
			void this.flush();
		}, this.delayMs);
	}

	/** Saves what is pending now (the page is going away, or a test wants it on disk). */
	async flush(): Promise<void> {
		this.#timer?.();
		this.#timer = null;
		while (this.#inFlight) await this.#inFlight;
		if (this.#pending.size === 0) return;
		const batch = this.#pending;
		this.#pending = new Map();
		let ok = true;
		this.#inFlight = this.save([...batch.values()]).then(
			() => this.hooks.saved?.(),
			(e) => {
				ok = false;
				for (const [k, r] of batch) if (!this.#pending.has(k)) this.#pending.set(k, r);
				this.hooks.failed?.(e);
			}
		);
		try {
			await this.#inFlight;
		} finally {
			this.#inFlight = null;
		}
		// writes that came in during the save go on the timer; after a failure the next write retries
		if (ok) this.#arm();
	}

	/** Forgets everything pending (NVM erased). */
	drop(): void {
		this.#timer?.();
		this.#timer = null;
		this.#pending.clear();
	}
}

/** The open database. Every method rejects with the browser's own error (e.g. QuotaExceededError). */
export class BrowserStore {
	private constructor(private db: IDBPDatabase<ZonebenchDb>) {}

	/**
	 * Opens (creating or upgrading) the database. Rejects when IndexedDB is missing or refuses, and at once
	 * when another tab holds an older version open (instead of waiting for it). `lost` is told when the
	 * browser closes the database later or a newer version in another tab needs it closed.
	 */
	static open(lost: (why: string) => void = () => {}, name = DB_NAME): Promise<BrowserStore> {
		return new Promise((resolve, reject) => {
			let settled = false;
			let db: IDBPDatabase<ZonebenchDb> | null = null;
			if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available in this browser', 'NotSupportedError');
			openDB<ZonebenchDb>(name, DB_VERSION, {
				upgrade: (db, oldVersion) => upgrade(db, oldVersion),
				blocked: () => {
					settled = true;
					reject(new DOMException('another zonebench tab holds an older version of the database open; close it', 'BlockedError'));
				},
				blocking: () => {
					db?.close();
					lost('a newer version of zonebench in another tab needs the database; reload this tab');
				},
				terminated: () => lost('the browser closed the database')
			}).then(
				(d) => {
					db = d;
					if (settled) d.close();
					else resolve(new BrowserStore(d));
				},
				(e) => reject(e)
			);
		});
	}

	async loadNvm(): Promise<{ image: NvmImage; bad: string[] }> {
		return recordsToImage(await this.db.getAll('nvm'));
	}

	/** Saves records in one transaction (all or nothing). */
	async saveNvm(records: readonly NvmRecord[]): Promise<void> {
		const tx = this.db.transaction('nvm', 'readwrite');
		for (const r of records) void tx.store.put({ ecu: r.ecu, block: r.block, bytes: r.bytes });
		await tx.done;
	}

	async clearNvm(): Promise<void> {
		await this.db.clear('nvm');
	}

	async loadFlash(): Promise<{ flashed: Record<string, Uint8Array>; bad: string[] }> {
		return recordsToFlash(await this.db.getAll('flash'));
	}

	async saveFlash(r: FlashRecord): Promise<void> {
		await this.db.put('flash', { ecu: r.ecu, bytes: r.bytes, crc: r.crc });
	}

	async deleteFlash(ecu: string): Promise<void> {
		await this.db.delete('flash', ecu);
	}

	loadDbc(): Promise<StoredDbc | undefined> {
		return this.db.get('dbc', 'user');
	}

	async saveDbc(d: StoredDbc): Promise<void> {
		await this.db.put('dbc', { name: d.name, bytes: d.bytes }, 'user');
	}

	async clearDbc(): Promise<void> {
		await this.db.delete('dbc', 'user');
	}

	close(): void {
		this.db.close();
	}
}
