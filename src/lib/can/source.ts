/**
 * The frame-source seam (docs/architecture.md, "Sources"): every view reads frames from one FrameSource —
 * the simulation in this tab, the live server over WebSocket, later a replay — and starts over only when
 * the source says a new session began, never by guessing from timestamps.
 */
import type { FrameBatch } from './frame';

/** Why the frames that follow belong to a new session; views drop what they hold. */
export type SessionReason = 'reset' | 'seek' | 'new log' | 'source changed';

export interface SourceSession {
	reason: SessionReason;
	/** The source's time at the start of the session, µs. */
	t_us: number;
	/** Wall-clock time of the source's t_us = 0, epoch µs (live and logs; the simulation has none). */
	epoch_us?: number;
}

export type SourceKind = 'sim' | 'live' | 'replay';

export interface SourceChannel {
	channel: number;
	/** `sim`, `vcan0`, a file name. */
	name: string;
	kind: string;
	state?: string;
	error?: string;
}

export interface SourceDescription {
	kind: SourceKind;
	/** What the header shows: "Simulation (this tab)", "Live: sim, vcan0". */
	label: string;
	channels: SourceChannel[];
	/** `send` is possible now (live: a token was accepted). */
	canSend: boolean;
}

/** One frame to put on the bus; `flags` are FrameBatch's FLAG_* bits. */
export interface OutFrame {
	id: number;
	flags?: number;
	data: Uint8Array;
	/** Channel to send on (live mode); default the first. */
	channel?: number;
}

export type BatchListener = (b: FrameBatch) => void;
export type SessionListener = (s: SourceSession) => void;

export interface FrameSource {
	/** Every batch from now on; returns the unsubscribe function. */
	subscribe(onBatch: BatchListener): () => void;
	/**
	 * Told when a new session starts; returns the unsubscribe function. A source delivers batches and
	 * session events in the order they happened: the event comes after the old session's last batch and
	 * before the new one's first (the worker sends both through one port, the server through one socket).
	 */
	onSession(fn: SessionListener): () => void;
	describe(): SourceDescription;
	/** Puts a frame on the bus; rejects with the reason (no token, bad frame, not connected). */
	send?(frame: OutFrame): Promise<void>;
}

/** Fans batches and session events out to listeners: the part every FrameSource shares. */
export class SourceFanout {
	#batch = new Set<BatchListener>();
	#session = new Set<SessionListener>();

	subscribe(fn: BatchListener): () => void {
		this.#batch.add(fn);
		return () => void this.#batch.delete(fn);
	}

	onSession(fn: SessionListener): () => void {
		this.#session.add(fn);
		return () => void this.#session.delete(fn);
	}

	batch(b: FrameBatch): void {
		for (const l of this.#batch) l(b);
	}

	session(s: SourceSession): void {
		for (const l of this.#session) l(s);
	}
}
