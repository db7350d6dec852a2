/**
 * The hub: owns the CAN sources (one per channel) and fans their batches and session events out to every
 * consumer (WebSocket clients, socketcand/slcan servers, MQTT gateway). A source that fails to start is
 * marked `failed` with its message while the others run.
 */
import type { FrameBatch } from '../src/lib/can/frame';
import { checkFrame } from './frame-check';
import type { CanFrameOut, CanSource, Hub, SessionEvent, SourceInfo } from './types';

/** A source that can say when its state changes after start (a worker that died, a log that ended). */
export interface ObservableSource extends CanSource {
	onChange?(fn: () => void): () => void;
}

/** Why `Hub.send` refused: the channel does not exist, or its source cannot send now. */
export class HubError extends Error {
	constructor(
		readonly code: 'unknown_channel' | 'cannot_send',
		message: string
	) {
		super(message);
	}
}

export class CanHub implements Hub {
	readonly #sources: ObservableSource[];
	readonly #failed = new Map<number, string>();
	readonly #batch = new Set<(b: FrameBatch) => void>();
	readonly #session = new Set<(e: SessionEvent) => void>();
	// the current session of each channel, replayed to late subscribers (a socketcand client's clock needs it)
	readonly #lastSession = new Map<number, SessionEvent>();
	readonly #change = new Set<(s: SourceInfo[]) => void>();
	readonly #unsub: (() => void)[] = [];

	constructor(sources: ObservableSource[]) {
		const seen = new Set<number>();
		for (const s of sources) {
			if (seen.has(s.channel)) throw new Error(`two sources on channel ${s.channel}`);
			seen.add(s.channel);
		}
		this.#sources = [...sources].sort((a, b) => a.channel - b.channel);
		for (const s of this.#sources) {
			this.#unsub.push(
				s.onBatch((b) => {
					for (const fn of this.#batch) fn(b);
				}),
				s.onSession((e) => {
					this.#lastSession.set(e.channel, e);
					for (const fn of this.#session) fn(e);
				})
			);
			if (s.onChange) this.#unsub.push(s.onChange(() => this.#changed()));
		}
	}

	/** Starts every source at once; resolves when each has started or failed (never rejects). */
	async start(): Promise<SourceInfo[]> {
		await Promise.all(
			this.#sources.map(async (s) => {
				try {
					await s.start();
				} catch (e) {
					this.#failed.set(s.channel, (e as Error).message ?? String(e));
				}
				this.#changed();
			})
		);
		return this.sources();
	}

	/** True when at least one source runs (else the server has nothing to serve). */
	get anyRunning(): boolean {
		return this.sources().some((s) => s.state === 'running');
	}

	async stop(): Promise<void> {
		for (const u of this.#unsub.splice(0)) u();
		await Promise.all(this.#sources.map((s) => s.stop().catch(() => {})));
	}

	sources(): SourceInfo[] {
		return this.#sources.map((s) => {
			const info = s.describe();
			const err = this.#failed.get(s.channel);
			return err !== undefined ? { ...info, state: 'failed', error: err, canSend: false } : info;
		});
	}

	source(channel: number): CanSource | undefined {
		return this.#sources.find((s) => s.channel === channel);
	}

	onBatch(fn: (b: FrameBatch) => void): () => void {
		this.#batch.add(fn);
		return () => void this.#batch.delete(fn);
	}

	/**
	 * Subscribes to session events; `fn` first hears, synchronously and in channel order, the current
	 * session of every channel that has one, so a consumer that starts late still knows each channel's epoch.
	 */
	onSession(fn: (e: SessionEvent) => void): () => void {
		this.#session.add(fn);
		for (const ch of [...this.#lastSession.keys()].sort((a, b) => a - b)) fn(this.#lastSession.get(ch)!);
		return () => void this.#session.delete(fn);
	}

	onSources(fn: (s: SourceInfo[]) => void): () => void {
		this.#change.add(fn);
		return () => void this.#change.delete(fn);
	}

	send(channel: number, f: CanFrameOut): void {
		const s = this.source(channel);
		if (!s) {
			const have = this.#sources.map((x) => x.channel).join(', ');
			throw new HubError('unknown_channel', `no channel ${channel} (channels: ${have || 'none'})`);
		}
		const info = this.sources().find((x) => x.channel === channel)!;
		if (info.state !== 'running') throw new HubError('cannot_send', `channel ${channel} (${s.kind} ${s.name}) is ${info.state}${info.error ? `: ${info.error}` : ''}`);
		if (!s.send || !info.canSend) throw new HubError('cannot_send', `channel ${channel} (${s.kind} ${s.name}) cannot send`);
		checkFrame(f);
		s.send(f);
	}

	#changed(): void {
		const list = this.sources();
		for (const fn of this.#change) fn(list);
	}
}
