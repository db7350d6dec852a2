/**
 * The listener sets every CAN source keeps (its batches, session events and state changes): subscribe
 * methods that return their unsubscribe, and the emitters the source calls.
 */
import type { FrameBatch } from '../../src/lib/can/frame';
import type { SessionEvent } from '../types';

export abstract class SourceListeners {
	readonly #batch = new Set<(b: FrameBatch) => void>();
	readonly #session = new Set<(e: SessionEvent) => void>();
	readonly #change = new Set<() => void>();

	onBatch(fn: (b: FrameBatch) => void): () => void {
		this.#batch.add(fn);
		return () => void this.#batch.delete(fn);
	}

	onSession(fn: (e: SessionEvent) => void): () => void {
		this.#session.add(fn);
		return () => void this.#session.delete(fn);
	}

	/** Called when the source starts, fails or stops (the hub re-announces its sources). */
	onChange(fn: () => void): () => void {
		this.#change.add(fn);
		return () => void this.#change.delete(fn);
	}

	protected emitBatch(b: FrameBatch): void {
		for (const fn of this.#batch) fn(b);
	}

	protected emitSession(e: SessionEvent): void {
		for (const fn of this.#session) fn(e);
	}

	protected emitChange(): void {
		for (const fn of this.#change) fn();
	}
}
