/**
 * The server's ports (docs/architecture.md, "Live mode"): a CAN source is anything that yields FrameBatches
 * on one channel and may accept frames to send; the hub owns the sources and fans their batches out to the
 * WebSocket clients, the socketcand and slcan servers and the MQTT gateway.
 */
import type { FrameBatch } from '../src/lib/can/frame';

/** One frame to send; `flags` are FrameBatch's FLAG_* bits (EXT, RTR, FD, BRS). */
export interface CanFrameOut {
	id: number;
	flags: number;
	dlc: number;
	data: Uint8Array;
}

/** Why consumers must start over: the source restarted, jumped, loaded a new log, or was replaced. */
export type SessionReason = 'reset' | 'seek' | 'new log' | 'source changed';

export interface SessionEvent {
	reason: SessionReason;
	channel: number;
	/** The source's time at the start of the new session, µs (the t_us of the frames that follow). */
	t_us: number;
	/** Wall-clock time of the source's t_us = 0, epoch µs (live and replay; the sim's virtual time has none). */
	epoch_us?: number;
}

export type SourceKind = 'sim' | 'socketcan' | 'replay' | 'gen';
export type SourceState = 'starting' | 'running' | 'stopped' | 'failed';

export interface SourceInfo {
	channel: number;
	kind: SourceKind;
	/** What the user configured: `sim`, `vcan0`, the replay file's name. */
	name: string;
	state: SourceState;
	/** Why it failed (`state === 'failed'`), e.g. "no CAN interface 'can9' (create one: ...)". */
	error?: string;
	/** Accepts `send`. */
	canSend: boolean;
	/** Frames received from the bus / sent to it since start. */
	framesIn: number;
	framesOut: number;
}

/**
 * A CAN source on one channel. Batches carry the source's channel in their `channel` column and times in
 * µs since the source started (the session's `epoch_us` maps them to wall time).
 */
export interface CanSource {
	readonly kind: SourceKind;
	readonly name: string;
	readonly channel: number;
	/** Opens the interface / starts the worker; rejects with a message naming what failed and how to fix it. */
	start(): Promise<void>;
	stop(): Promise<void>;
	/** Every batch from the bus; returns the unsubscribe function. */
	onBatch(fn: (b: FrameBatch) => void): () => void;
	onSession(fn: (e: SessionEvent) => void): () => void;
	/** Puts a frame on the bus; throws RangeError on an impossible frame (ID, DLC, FD flags). */
	send?(f: CanFrameOut): void;
	describe(): SourceInfo;
}

/**
 * The server's channels. The WebSocket endpoint, the socketcand and slcan servers and the MQTT gateway all
 * read and write the bus through this, never a source directly. Checking a client's token is theirs to do
 * before they call `send`.
 */
export interface Hub {
	sources(): SourceInfo[];
	source(channel: number): CanSource | undefined;
	/** Every batch of every channel (the `channel` column says which); returns the unsubscribe function. */
	onBatch(fn: (b: FrameBatch) => void): () => void;
	onSession(fn: (e: SessionEvent) => void): () => void;
	/** Called when a source is added, removed, starts or fails. */
	onSources(fn: (s: SourceInfo[]) => void): () => void;
	/** Sends on a channel; throws naming the channel when it does not exist or cannot send, RangeError on a bad frame. */
	send(channel: number, f: CanFrameOut): void;
}
