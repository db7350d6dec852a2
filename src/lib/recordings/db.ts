/**
 * The recordings database, `zonebench-recordings`, apart from the app's `zonebench` database so that one's
 * schema version is untouched: `meta` (one small record per recording) and `chunks` (FrameBatch wire
 * messages keyed [recordingId, seq]). Works in the page and in a worker (the importer writes from one).
 * Every method rejects with the browser's own error (QuotaExceededError, …).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { decodeBatch } from '$lib/can/wire';
import type { FrameBatch } from '$lib/can/frame';
import type { Chunk } from './chunker';
import type { ChunkRecord, RecordingMeta } from './meta';

export const RECORDINGS_DB = 'zonebench-recordings';
/** Bump with a new `if (oldVersion < n)` step in `open`; never change an old step. */
export const RECORDINGS_DB_VERSION = 1;

interface RecordingsSchema extends DBSchema {
	meta: { key: string; value: RecordingMeta };
	chunks: { key: [string, number]; value: ChunkRecord };
}

/** The bytes of a chunk as an ArrayBuffer of their own (IndexedDB stores the whole buffer of a view). */
function ownBuffer(u: Uint8Array): ArrayBuffer {
	return (u.byteOffset === 0 && u.byteLength === u.buffer.byteLength ? u.buffer : u.slice().buffer) as ArrayBuffer;
}

export class RecordingsDb {
	private constructor(private db: IDBPDatabase<RecordingsSchema>) {}

	/** Opens (creating) the database; rejects when IndexedDB is missing or refuses. */
	static async open(name = RECORDINGS_DB): Promise<RecordingsDb> {
		if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available in this browser', 'NotSupportedError');
		const db = await openDB<RecordingsSchema>(name, RECORDINGS_DB_VERSION, {
			upgrade(db, oldVersion) {
				if (oldVersion < 1) {
					db.createObjectStore('meta', { keyPath: 'id' });
					db.createObjectStore('chunks', { keyPath: ['rec', 'seq'] });
				}
			}
		});
		return new RecordingsDb(db);
	}

	/** Every recording's meta, newest first. */
	async list(): Promise<RecordingMeta[]> {
		const all = await this.db.getAll('meta');
		return all.sort((a, b) => b.created - a.created);
	}

	meta(id: string): Promise<RecordingMeta | undefined> {
		return this.db.get('meta', id);
	}

	async putMeta(m: RecordingMeta): Promise<void> {
		await this.db.put('meta', m);
	}

	/** Stores a chunk and the meta that counts it in one transaction: the meta never names a missing chunk. */
	async putChunk(rec: string, c: Chunk, m: RecordingMeta): Promise<void> {
		const tx = this.db.transaction(['chunks', 'meta'], 'readwrite');
		void tx.objectStore('chunks').put({ rec, seq: c.seq, count: c.count, t0: c.t0, t1: c.t1, bytes: ownBuffer(c.bytes) });
		void tx.objectStore('meta').put(m);
		await tx.done;
	}

	/** Chunk `seq` of a recording as a FrameBatch; rejects naming the chunk when it is missing or unreadable. */
	async chunk(rec: string, seq: number): Promise<FrameBatch> {
		const c = await this.db.get('chunks', [rec, seq]);
		if (!c) throw new Error(`recording ${rec}: chunk ${seq} is missing`);
		try {
			return decodeBatch(new Uint8Array(c.bytes));
		} catch (e) {
			throw new Error(`recording ${rec}: chunk ${seq}: ${e instanceof Error ? e.message : String(e)}`);
		}
	}

	async rename(id: string, name: string): Promise<void> {
		const tx = this.db.transaction('meta', 'readwrite');
		const m = await tx.store.get(id);
		if (!m) throw new Error(`no recording ${id}`);
		m.name = name;
		void tx.store.put(m);
		await tx.done;
	}

	/** Deletes a recording: its meta and every chunk. */
	async delete(id: string): Promise<void> {
		const tx = this.db.transaction(['chunks', 'meta'], 'readwrite');
		void tx.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity]));
		void tx.objectStore('meta').delete(id);
		await tx.done;
	}

	close(): void {
		this.db.close();
	}
}
