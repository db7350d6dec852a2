/**
 * Recordings in the page: the list with the storage used and left, the Record/Stop of whatever source is
 * current, opening a recording as the replay source (with its wall-clock pacer), import through a worker,
 * export and compare. The stored data lives in src/lib/recordings (docs/recordings.md).
 */
import { browser } from '$app/environment';
import { source } from './source.svelte';
import { dbc } from './dbc.svelte';
import type { Vehicle } from './vehicle';
import type { SimSnapshot } from '$lib/sim/simulation';
import { RecordingsDb } from '$lib/recordings/db';
import { Recorder } from '$lib/recordings/recorder';
import { Replay } from '$lib/recordings/replay';
import { ReplayPacer } from '$lib/recordings/pacing';
import { newMeta, type RecordingMeta } from '$lib/recordings/meta';
import { FORMATS, type LogFormat } from '$lib/recordings/formats';
import { chunksOf } from '$lib/recordings/diff';
import { exportBlob, exportName } from '$lib/recordings/export';
import { traceRecorder } from './trace-recorder';
import { FrameBatchBuilder, type FrameBatch } from '$lib/can/frame';
import type { TraceFilter } from '$lib/can/trace-buffer';

const MiB = 1 << 20;
/** Left free for the rest of the app when the budget comes from the browser's quota. */
const QUOTA_MARGIN = 16 * MiB;

export interface StorageUse {
	used: number;
	quota: number;
}

export interface ImportJob {
	file: string;
	/** 0..1 of the file read. */
	progress: number;
	frames: number;
	cancel(): void;
}

export interface ImportResult {
	file: string;
	frames: number;
	skipped: number;
	/** First `file:line: reason` messages. */
	errors: string[];
	/** The file could not be imported at all (no reader, unreadable). */
	failed?: string;
	cancelled?: boolean;
}

/** What the control bar drives while a replay is the source: play/pause map to the replay. */
class ReplayVehicle implements Vehicle {
	readonly where = 'replay' as const;
	readonly canStep = false;
	readonly ready = true;
	readonly seed = 0;
	readonly profile = null;
	readonly flood = false;
	readonly snapshot: SimSnapshot | null = null;
	constructor(private p: ReplayPlayer) {}
	get running() {
		return this.p.playing;
	}
	get speed() {
		return this.p.speed;
	}
	get framesReceived() {
		return this.p.frameNo;
	}
	async start() {
		this.p.play();
	}
	async pause() {
		this.p.pause();
	}
	async step() {
		await this.p.step();
	}
	async setSpeed(s: number) {
		this.p.setSpeed(s);
	}
	async reset() {
		await this.p.seek(this.p.replay.start_us);
	}
	async setInputs() {}
	async setAutopilot() {}
	async setFlood() {}
	async powerOff() {}
}

/** A replay and its pacer, with the state the controls show. */
export class ReplayPlayer {
	playing = $state(false);
	speed = $state(1);
	loop = $state(false);
	position_us = $state(0);
	frameNo = $state(0);
	error = $state<string | null>(null);
	/** Wall ms the last seek took (shown to the user as a number, and read by the e2e test). */
	lastSeekMs = $state<number | null>(null);
	readonly pacer: ReplayPacer;
	readonly vehicle: Vehicle;

	constructor(readonly replay: Replay) {
		this.position_us = replay.position_us;
		this.pacer = new ReplayPacer(replay, {
			moved: () => this.#sync(),
			ended: () => (this.playing = false),
			failed: (e) => {
				this.playing = false;
				this.error = `Replay stopped: ${e instanceof Error ? e.message : String(e)}`;
			}
		});
		this.vehicle = new ReplayVehicle(this);
	}

	get meta(): RecordingMeta {
		return this.replay.meta;
	}

	#sync(): void {
		this.position_us = this.replay.position_us;
		this.frameNo = this.replay.frameNo;
	}

	play(): void {
		if (this.replay.atEnd) void this.seek(this.replay.start_us).then(() => this.play());
		else {
			this.pacer.play();
			this.playing = true;
		}
	}

	pause(): void {
		this.pacer.pause();
		this.playing = false;
	}

	setSpeed(s: number): void {
		this.speed = s;
		this.pacer.speed = s;
	}

	setLoop(on: boolean): void {
		this.loop = on;
		this.pacer.loop = on;
	}

	async seek(t_us: number): Promise<void> {
		const t0 = performance.now();
		try {
			await this.replay.seek(t_us);
			this.lastSeekMs = performance.now() - t0;
		} catch (e) {
			this.error = `Seek failed: ${e instanceof Error ? e.message : String(e)}`;
		}
		this.#sync();
	}

	async step(): Promise<void> {
		this.pause();
		await this.replay.step();
		this.#sync();
	}

	/** Jumps to the next frame of `id`; false when there is none after the current position. */
	async nextOf(id: number, ext?: boolean): Promise<boolean> {
		this.pause();
		const t = await this.replay.jumpToNext(id, ext);
		this.#sync();
		return t !== null;
	}

	close(): void {
		this.pause();
	}
}

function describe(e: unknown): string {
	if (e instanceof Error) return e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message;
	return String(e);
}

function download(blob: Blob, name: string): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

class Recordings {
	list = $state.raw<RecordingMeta[]>([]);
	storage = $state.raw<StorageUse | null>(null);
	error = $state<string | null>(null);
	/** Why the last recording ended by itself (quota, a new session), for the control bar. */
	note = $state<string | null>(null);
	recording = $state(false);
	recFrames = $state(0);
	recBytes = $state(0);
	player = $state.raw<ReplayPlayer | null>(null);
	importing = $state.raw<ImportJob | null>(null);
	lastImport = $state.raw<ImportResult | null>(null);
	/** Byte budget per recording from `?recbudget=` (a test's stand-in for a full disk); null: the browser's quota. */
	budgetOverride: number | null = null;
	readonly formats: LogFormat[] = FORMATS;

	#db: Promise<RecordingsDb> | null = null;
	#rec: Recorder | null = null;
	#off: Array<() => void> = [];
	#timer: ReturnType<typeof setInterval> | null = null;
	#inited = false;

	/** Reads `?recbudget=` and the list once (the control bar calls it on every page). */
	init(url: URL): void {
		if (this.#inited || !browser) return;
		this.#inited = true;
		const b = Number(url.searchParams.get('recbudget'));
		if (b > 0) this.budgetOverride = b;
		void this.refresh();
		addEventListener('pagehide', () => void this.stop());
	}

	db(): Promise<RecordingsDb> {
		this.#db ??= RecordingsDb.open();
		this.#db.catch(() => (this.#db = null));
		return this.#db;
	}

	async refresh(): Promise<void> {
		try {
			const db = await this.db();
			this.list = await db.list();
			const e = await navigator.storage?.estimate?.();
			if (e) this.storage = { used: e.usage ?? 0, quota: e.quota ?? 0 };
		} catch (e) {
			this.error = `Could not read the recordings in browser storage: ${describe(e)}`;
		}
	}

	async #budget(m: RecordingMeta): Promise<number> {
		if (this.budgetOverride !== null) return this.budgetOverride - m.bytes;
		const e = await navigator.storage?.estimate?.();
		if (!e?.quota) return Infinity;
		return e.quota - (e.usage ?? 0) - QUOTA_MARGIN;
	}

	/** Starts recording the current source. */
	async start(): Promise<void> {
		if (this.#rec) return;
		this.note = null;
		let db: RecordingsDb;
		try {
			db = await this.db();
		} catch (e) {
			this.error = `Cannot record: browser storage (IndexedDB) is not available: ${describe(e)}`;
			return;
		}
		const d = source.current.describe();
		const now = new Date();
		const meta = newMeta({
			name: `${d.kind === 'replay' ? 'Replay' : d.kind === 'live' ? 'Live' : 'Simulation'} ${now.toLocaleString()}`,
			source: d.label,
			dbc: dbc.name || null,
			channels: d.channels.length ? d.channels.map((c) => c.name) : ['can0'],
			created: now.getTime()
		});
		const rec = new Recorder(meta, {
			store: db,
			budget: (m) => this.#budget(m),
			onEnd: (m) => this.#ended(rec, m)
		});
		this.#rec = rec;
		// subscribed before the first await, so no batch slips between the click and the recorder
		this.#off = [source.onFrames((b) => rec.add(b)), source.onSession((s) => void rec.session(s))];
		this.recording = true;
		this.recFrames = 0;
		this.recBytes = 0;
		this.#timer = setInterval(() => {
			this.recFrames = rec.frames;
			this.recBytes = rec.bytes;
		}, 250);
		await rec.begin();
		void this.refresh();
	}

	/** Stops the recording (what is pending is written first). */
	async stop(): Promise<RecordingMeta | null> {
		const rec = this.#rec;
		if (!rec) return null;
		this.#unhook();
		return rec.stop();
	}

	#unhook(): void {
		for (const off of this.#off) off();
		this.#off = [];
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
	}

	#ended(rec: Recorder, m: RecordingMeta): void {
		if (this.#rec !== rec) return;
		this.#unhook();
		this.#rec = null;
		this.recording = false;
		this.recFrames = m.frames;
		this.recBytes = m.bytes;
		if (m.note) this.note = `Recording “${m.name}” ${m.note}.`;
		void this.refresh();
	}

	/** Opens a recording as the source of every view (paused at its start). */
	async open(id: string): Promise<void> {
		const db = await this.db();
		const meta = await db.meta(id);
		if (!meta) throw new Error(`no recording ${id}`);
		if (this.#rec) await this.stop();
		const rep = new Replay(meta, (seq) => db.chunk(id, seq));
		const player = new ReplayPlayer(rep);
		this.player = player;
		await source.openReplay({
			source: rep,
			vehicle: player.vehicle,
			close: () => {
				player.close();
				if (this.player === player) this.player = null;
			}
		});
	}

	async rename(id: string, name: string): Promise<void> {
		try {
			await (await this.db()).rename(id, name);
		} catch (e) {
			this.error = `Could not rename the recording: ${describe(e)}`;
		}
		await this.refresh();
	}

	async remove(id: string): Promise<void> {
		if (this.player?.meta.id === id) await source.select('sim');
		try {
			await (await this.db()).delete(id);
		} catch (e) {
			this.error = `Could not delete the recording: ${describe(e)}`;
		}
		await this.refresh();
	}

	/** The recording's frames, chunk by chunk. */
	async batches(id: string): Promise<{ meta: RecordingMeta; batches: AsyncGenerator<FrameBatch> }> {
		const db = await this.db();
		const meta = await db.meta(id);
		if (!meta) throw new Error(`no recording ${id}`);
		return { meta, batches: chunksOf(meta.index.t0.length, (s) => db.chunk(id, s)) };
	}

	/** Downloads a recording in a format (streamed into a Blob chunk by chunk). */
	async exportRecording(id: string, format: LogFormat): Promise<void> {
		try {
			const { meta, batches } = await this.batches(id);
			download(await exportBlob(format, batches, meta.channels), exportName(meta.name, format));
		} catch (e) {
			this.error = `Could not export the recording: ${describe(e)}`;
		}
	}

	/** Downloads what the trace holds now (the current source's frames since its session began). */
	/**
	 * Exports the trace: every frame it holds, or with `view` only the frames a filtered trace view holds
	 * (what the trace page shows), in its order.
	 */
	async exportTrace(format: LogFormat, view?: TraceFilter): Promise<void> {
		const buf = traceRecorder();
		const parts: FrameBatch[] = [];
		let b = new FrameBatchBuilder(8192, buf.stride);
		view?.sync();
		const seqs = view ? (function* () {
			for (let pos = view.start; pos < view.end; pos++) yield view.seqAt(pos);
		})() : (function* () {
			for (let seq = buf.first; seq < buf.total; seq++) yield seq;
		})();
		for (const seq of seqs) {
			const s = seq % buf.capacity;
			b.push(buf.t_us[s], buf.id[s], buf.flags[s], buf.dlc[s], buf.data, s * buf.stride);
			if (b.count === 8192) parts.push(b.take());
		}
		if (b.count) parts.push(b.take());
		b = null as unknown as FrameBatchBuilder;
		const chans = source.current.describe().channels.map((c) => c.name);
		download(await exportBlob(format, parts, chans), exportName('trace', format));
	}

	/** Imports a log file in a worker (progress, cancel); the frames are stored as a new recording. */
	import(file: File): Promise<ImportResult> {
		if (this.importing) return Promise.resolve({ file: file.name, frames: 0, skipped: 0, errors: [], failed: 'another import is running' });
		return new Promise((resolve) => {
			const w = new Worker(new URL('../recordings/import.worker.ts', import.meta.url), { type: 'module' });
			const finish = (r: ImportResult) => {
				w.terminate();
				this.importing = null;
				this.lastImport = r;
				void this.refresh();
				resolve(r);
			};
			const job: ImportJob = { file: file.name, progress: 0, frames: 0, cancel: () => w.postMessage({ op: 'cancel' }) };
			this.importing = job;
			w.onmessage = (e: MessageEvent) => {
				const m = e.data;
				if (m.op === 'progress') this.importing = { ...job, progress: m.progress, frames: m.frames };
				else if (m.op === 'done') finish(m.result);
			};
			w.onerror = (e) => finish({ file: file.name, frames: 0, skipped: 0, errors: [], failed: `the import worker failed: ${e.message}` });
			w.postMessage({ op: 'import', file, dbc: dbc.name || null, budget: this.budgetOverride });
		});
	}
}

/** The app's recordings. */
export const recordings = new Recordings();
