/**
 * The page's browser storage: loads the ECUs' NVM before the vehicle powers up, saves the blocks the worker
 * reports (batched: one transaction per half second at most), erases them on request, keeps the images ECUs
 * booted from a download (their flash, which survives a reload as it survives a power cycle), and keeps the
 * user's DBC. Any storage failure becomes `error` (shown with a Restart button by the root layout) and the app
 * goes on with what it holds in memory.
 */
import { BrowserStore, NvmBatcher, applyWrites, describeError, flashRecord, type StoredDbc } from './persist';
import { sim } from './sim.svelte';
import type { NvmImage } from '$lib/sim/simulation';
import type { FlashBoot, NvmWrite } from '$lib/worker/api';

/** Where the ECUs' NVM goes: saved in this browser, on its way there, or memory only (and why). */
export type NvmPersistence = 'saved' | 'saving' | 'memory' | 'fresh' | 'other-tab';

/**
 * One tab at a time writes the stored NVM (a Web Lock held for the tab's life); a second tab powers up
 * with what is stored and keeps its own writes in memory, so the two vehicles do not overwrite each
 * other's blocks. True when this tab got the lock (or the browser has no Web Locks).
 */
function claimNvm(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !('locks' in navigator)) return Promise.resolve(true);
	return new Promise((resolve) => {
		navigator.locks
			.request('zonebench.nvm', { ifAvailable: true }, (lock) => {
				resolve(lock !== null);
				return lock ? new Promise<void>(() => {}) : undefined;
			})
			.catch(() => resolve(true));
	});
}

/** If storage has not answered by then (some private modes never do), the app starts without it. */
const OPEN_TIMEOUT_MS = 5000;

export class BrowserStorage {
	/** What failed, for the user; null while storage works. */
	error = $state<string | null>(null);
	/** What the ECUs' NVM holds, as last reported by the worker (ECU → block → bytes). */
	nvm = $state.raw<NvmImage>(new Map());
	nvmPersistence = $state<NvmPersistence>('memory');
	/**
	 * ECUs running an image they booted from a download, with its size in bytes, and whether it is kept in
	 * this browser (they power up with it after a reload) or only in this tab's vehicle.
	 */
	flashed = $state.raw<Map<string, { bytes: number; kept: boolean }>>(new Map());
	/** Stored images that were left out at power-up, or could not be stored, and why; null when none. */
	flashNote = $state<string | null>(null);

	#db: Promise<BrowserStore | null> | null = null;
	#saveNvm = true;
	#batcher = new NvmBatcher(
		async (records) => {
			const db = await this.#open();
			if (!db) throw new Error('browser storage is not available');
			await db.saveNvm(records);
		},
		(fn, ms) => {
			const t = setTimeout(fn, ms);
			return () => clearTimeout(t);
		},
		{
			saved: () => {
				if (this.#batcher.pending === 0) this.nvmPersistence = 'saved';
				if (this.error?.startsWith('Could not save ECU NVM')) this.error = null;
			},
			failed: (e) => {
				this.nvmPersistence = 'memory';
				this.error = `Could not save ECU NVM to browser storage: ${describeError(e)}. The ECUs keep it in memory for this session.`;
			}
		}
	);

	#fail(what: string, e: unknown, consequence: string): void {
		this.error = `${what}: ${describeError(e)}. ${consequence}`;
	}

	/** The database, opened once; null when it cannot be (the error says why). */
	#open(): Promise<BrowserStore | null> {
		this.#db ??= new Promise<BrowserStore | null>((resolve) => {
			const timer = setTimeout(() => {
				this.#fail('Browser storage (IndexedDB) did not answer', new Error(`no answer in ${OPEN_TIMEOUT_MS / 1000} s`), 'ECU NVM and your DBC are kept in memory for this session only.');
				resolve(null);
			}, OPEN_TIMEOUT_MS);
			BrowserStore.open((why) => {
				this.error = `Browser storage closed: ${why}. ECU NVM is kept in memory until you restart.`;
				this.#db = Promise.resolve(null);
			}).then(
				(db) => {
					clearTimeout(timer);
					resolve(db);
				},
				(e) => {
					clearTimeout(timer);
					this.#fail('Could not open browser storage (IndexedDB)', e, 'ECU NVM and your DBC are kept in memory for this session only.');
					resolve(null);
				}
			);
		});
		return this.#db;
	}

	/**
	 * The NVM the vehicle powers up with, and from then on every block the ECUs write is saved. `fresh`
	 * (URL `nvm=fresh`): start from new parts and leave what is stored alone.
	 */
	async startNvm(fresh: boolean): Promise<NvmImage> {
		sim.onNvmWrites((w) => this.#written(w));
		// a tab being closed or hidden saves at once rather than after the batch delay
		addEventListener('pagehide', () => void this.flush());
		document.addEventListener('visibilitychange', () => void (document.visibilityState === 'hidden' && this.flush()));
		if (fresh) {
			this.#saveNvm = false;
			this.nvmPersistence = 'fresh';
			return new Map();
		}
		const db = await this.#open();
		if (!db) return new Map();
		const owner = await claimNvm();
		try {
			const { image, bad } = await db.loadNvm();
			if (bad.length) this.error = `Browser storage holds malformed ECU NVM records (${bad.join(', ')}); they were left out.`;
			this.nvm = image;
			this.#saveNvm = owner;
			this.nvmPersistence = owner ? 'saved' : 'other-tab';
			return image;
		} catch (e) {
			// saving now would overwrite blocks we could not read: keep this session in memory
			this.#saveNvm = false;
			this.#fail('Could not read ECU NVM from browser storage', e, 'The ECUs start as new parts and nothing is saved this session, so the stored NVM stays as it was.');
			return new Map();
		}
	}

	/**
	 * The images ECUs power up with instead of their built-in one (call after `startNvm`, whose lock decides
	 * whether this tab saves). `fresh`: new parts, with their built-in firmware; what is stored is left alone.
	 */
	async startFlash(fresh: boolean): Promise<Record<string, Uint8Array>> {
		sim.onFlashBoot((f) => void this.#flashBooted(f));
		if (fresh) return {};
		const db = await this.#open();
		if (!db) return {};
		try {
			const { flashed, bad } = await db.loadFlash();
			if (bad.length) this.flashNote = `Stored firmware left out (the ECU runs its built-in image): ${bad.join('; ')}.`;
			this.flashed = new Map(Object.entries(flashed).map(([ecu, b]) => [ecu, { bytes: b.length, kept: true }]));
			return flashed;
		} catch (e) {
			this.flashNote = `Could not read the stored firmware: ${describeError(e)}. Every ECU runs its built-in image.`;
			return {};
		}
	}

	/** After the vehicle powered up: stored images it refused are dropped from storage (they would fail again). */
	async refusedFlash(refused: ReadonlyArray<{ ecu: string; reason: string }>): Promise<void> {
		if (refused.length === 0) return;
		this.flashNote = `Stored firmware refused at power-up (the ECU runs its built-in image): ${refused.map((r) => `${r.ecu.toUpperCase()}: ${r.reason}`).join('; ')}.`;
		const next = new Map(this.flashed);
		for (const r of refused) next.delete(r.ecu);
		this.flashed = next;
		const db = this.#saveNvm ? await this.#open() : null;
		try {
			for (const r of refused) await db?.deleteFlash(r.ecu);
		} catch (e) {
			this.#fail('Could not remove refused firmware from browser storage', e, 'It is refused again at the next reload.');
		}
	}

	async #flashBooted(f: FlashBoot): Promise<void> {
		const set = (kept: boolean) => (this.flashed = new Map(this.flashed).set(f.ecu, { bytes: f.bytes.length, kept }));
		set(false);
		if (!this.#saveNvm) return; // nvm=fresh, another tab saves, or storage failed: this tab's vehicle only
		const db = await this.#open();
		if (!db) return;
		try {
			await db.saveFlash(flashRecord(f.ecu, f.bytes));
			set(true);
		} catch (e) {
			this.flashNote = `Could not store the image ${f.ecu.toUpperCase()} booted: ${describeError(e)}. It runs until a reload, then the built-in image does.`;
		}
	}

	/** Flashes an ECU back to its built-in image now, and forgets the stored one. */
	async restoreFirmware(ecu: string): Promise<void> {
		await sim.remote?.restoreFirmware(ecu);
		const was = this.flashed.get(ecu);
		const next = new Map(this.flashed);
		next.delete(ecu);
		this.flashed = next;
		if (!was?.kept) return;
		const db = await this.#open();
		try {
			await db?.deleteFlash(ecu);
		} catch (e) {
			this.#fail('Could not remove the stored firmware', e, `${ecu.toUpperCase()} may power up with the downloaded image again after a reload.`);
		}
	}

	#written(writes: NvmWrite[]): void {
		this.nvm = applyWrites(this.nvm, writes);
		if (!this.#saveNvm) return;
		this.nvmPersistence = 'saving';
		this.#batcher.add(writes);
	}

	/**
	 * Resolves true once one of `ecu`'s NVM blocks satisfies `holds` and every pending block is saved (an
	 * end-of-line write, like the tab programming its VIN, must survive a reload that follows at once); false
	 * after `timeoutMs` without it, or when this session saves nothing (nvm=fresh, another tab, no storage).
	 */
	async persisted(ecu: string, holds: (bytes: Uint8Array) => boolean, timeoutMs = 5000): Promise<boolean> {
		const end = performance.now() + timeoutMs;
		const has = () => [...(this.nvm.get(ecu)?.values() ?? [])].some(holds);
		while (!has()) {
			if (performance.now() > end) return false;
			await new Promise((r) => setTimeout(r, 20));
		}
		if (!this.#saveNvm) return false;
		await this.#batcher.flush();
		return this.nvmPersistence === 'saved';
	}

	/** Saves pending blocks now (the page is being hidden or closed). */
	flush(): Promise<void> {
		return this.#batcher.flush();
	}

	/** Erases every ECU's NVM, here and in storage, and restarts the vehicle with new parts (same seed). */
	async eraseNvm(): Promise<void> {
		// before the vehicle has powered up there is nothing to restart, and the image it powers up with was read already
		if (!sim.ready) throw new Error('the vehicle is still powering up');
		await sim.reset(sim.seed, 'erase');
		// writes of the old vehicle arrived before the reset's answer; the new one's come after this
		this.#batcher.drop();
		this.nvm = new Map();
		if (!this.#saveNvm) return;
		const db = await this.#open();
		if (!db) return;
		try {
			await db.clearNvm();
			this.nvmPersistence = this.#batcher.busy ? 'saving' : 'saved';
		} catch (e) {
			this.#fail('Could not erase ECU NVM in browser storage', e, 'The vehicle restarted with new parts; the stored NVM may come back after a reload.');
		}
	}

	/** The DBC the user loaded last time, or null (none, or storage unavailable: the error says so). */
	async loadDbc(): Promise<StoredDbc | null> {
		const db = await this.#open();
		if (!db) return null;
		try {
			const d = await db.loadDbc();
			if (d && (typeof d.name !== 'string' || !(d.bytes instanceof Uint8Array))) throw new TypeError('the stored DBC record is malformed');
			return d ?? null;
		} catch (e) {
			this.#fail('Could not read your DBC from browser storage', e, 'Decoding with the built-in vehicle.dbc.');
			return null;
		}
	}

	/** Stores the user's DBC; true once it is committed (false: not stored, the error says why). */
	async saveDbc(name: string, bytes: Uint8Array): Promise<boolean> {
		const db = await this.#open();
		if (!db) return false;
		try {
			await db.saveDbc({ name, bytes });
			return true;
		} catch (e) {
			this.#fail('Could not save your DBC to browser storage', e, `${name} is in use for this session only.`);
			return false;
		}
	}

	async clearDbc(): Promise<void> {
		const db = await this.#open();
		if (!db) return;
		try {
			await db.clearDbc();
		} catch (e) {
			this.#fail('Could not remove your DBC from browser storage', e, 'It may come back after a reload.');
		}
	}
}

/** The app's one storage handle. */
export const storage = new BrowserStorage();
