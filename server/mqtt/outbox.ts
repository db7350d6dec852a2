/**
 * Store-and-forward for the gateway: every QoS 1 message (telemetry, DTC) waits here until the broker has
 * acknowledged it. One JSONL file in the data folder, appended on enqueue and rewritten (compacted) after
 * acknowledgements, so a server restart replays what was not delivered, in order. Bounded: beyond `max`
 * messages the oldest are dropped and counted (docs/mqtt.md, "Outbox").
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface OutboxEntry {
	topic: string;
	payload: string;
	/** The stream's `seq` (telemetry and DTC count separately), for logs and deduplication. */
	seq: number;
}

export interface OutboxOptions {
	file: string;
	/** Messages kept at most (ZB_OUTBOX_MAX); default 10 000. */
	max?: number;
	log?: (text: string) => void;
}

export class Outbox {
	readonly file: string;
	readonly max: number;
	#q: OutboxEntry[] = [];
	/** Entries at the head handed out by `next` and not yet acknowledged or released. */
	#inflight = 0;
	#dropped = 0;
	/** Lines in the file that are already acknowledged (removed at the next compaction). */
	#stale = 0;
	#log: (text: string) => void;
	/** Told when a message is dropped for the bound. */
	onDrop: ((e: OutboxEntry, total: number) => void) | null = null;

	constructor(opts: OutboxOptions) {
		this.file = opts.file;
		this.max = Math.max(1, opts.max ?? 10_000);
		this.#log = opts.log ?? (() => {});
		mkdirSync(dirname(this.file), { recursive: true });
		this.#load();
	}

	/** Messages waiting (including those sent and not yet acknowledged). */
	get depth(): number {
		return this.#q.length;
	}

	/** Messages dropped for the bound since this outbox was created (the gateway persists the total). */
	get dropped(): number {
		return this.#dropped;
	}

	#load(): void {
		if (!existsSync(this.file)) return;
		const lines = readFileSync(this.file, 'utf8').split('\n');
		let bad = 0;
		lines.forEach((line, i) => {
			if (line.trim() === '') return;
			try {
				const e = JSON.parse(line) as OutboxEntry;
				if (typeof e.topic !== 'string' || typeof e.payload !== 'string' || typeof e.seq !== 'number') throw new Error('not an outbox entry');
				this.#q.push(e);
			} catch (err) {
				// a line cut short by a crash mid-append: lose that one message, not the file
				bad++;
				this.#log(`mqtt outbox: ${this.file}:${i + 1}: skipped (${(err as Error).message})`);
			}
		});
		if (bad > 0) this.#dropped += bad;
		if (this.#q.length > this.max) this.#trim();
		if (bad > 0 || this.#q.length > 0) this.#compact();
		if (this.#q.length > 0) this.#log(`mqtt outbox: ${this.#q.length} message(s) from ${this.file} to replay`);
	}

	/** Queues a message (persisted before it returns); drops the oldest unsent one beyond the bound. */
	push(e: OutboxEntry): void {
		this.#q.push(e);
		appendFileSync(this.file, JSON.stringify(e) + '\n');
		if (this.#q.length > this.max) {
			this.#trim();
			this.#compact();
		}
	}

	#trim(): void {
		while (this.#q.length > this.max) {
			// an in-flight message may still be acknowledged: drop the oldest one that is not
			const at = Math.min(this.#inflight, this.#q.length - 1);
			const [e] = this.#q.splice(at, 1);
			this.#dropped++;
			this.onDrop?.(e, this.#dropped);
		}
	}

	/** The next message to send, or undefined when all are in flight; at most `window` in flight. */
	next(window: number): OutboxEntry | undefined {
		if (this.#inflight >= window || this.#inflight >= this.#q.length) return undefined;
		return this.#q[this.#inflight++];
	}

	/** The broker acknowledged `e` (PUBACK): forget it. */
	ack(e: OutboxEntry): void {
		const i = this.#q.indexOf(e);
		if (i < 0) return; // dropped meanwhile
		this.#q.splice(i, 1);
		if (i < this.#inflight) this.#inflight--;
		this.#stale++;
		// rewrite once the acknowledged lines outweigh the rest, or when nothing is left (a cheap truncate)
		if (this.#q.length === 0 || this.#stale > 256) this.#compact();
	}

	/** The connection dropped: everything in flight is sent again, from the oldest. */
	releaseInflight(): void {
		this.#inflight = 0;
	}

	/** Writes the file again with what is still waiting; the write is atomic (temp file + rename). */
	#compact(): void {
		const tmp = `${this.file}.tmp`;
		writeFileSync(tmp, this.#q.map((e) => JSON.stringify(e) + '\n').join(''));
		renameSync(tmp, this.file);
		this.#stale = 0;
	}

	/** Persists the acknowledgements made so far (call on shutdown). */
	flush(): void {
		if (this.#stale > 0) this.#compact();
	}
}
