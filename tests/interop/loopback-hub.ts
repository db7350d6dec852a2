/**
 * A Hub with one channel per name whose bus is this process: `emit` puts frames on it as a source would,
 * and what clients send is kept in `sent` and put back on the bus marked TX, as the SocketCAN source does.
 * For protocol specs that need exact frames and timing; the python-can tests use the real simulation.
 */
import { FLAG_TX, FrameBatchBuilder, type FrameBatch } from '../../src/lib/can/frame';
import type { CanFrameOut, Hub, SessionEvent, SourceInfo } from '../../server/types';

export interface LoopbackHub extends Hub {
	/** Frames clients sent, per channel. */
	sent: { channel: number; frame: CanFrameOut }[];
	/** Puts frames on channel `channel` at `t_us` (µs since its session started). */
	emit(channel: number, frames: { t_us: number; id: number; flags?: number; data: number[]; dlc?: number }[]): FrameBatch;
	session(e: SessionEvent): void;
}

export function loopbackHub(names: string[], opts: { readOnly?: number[] } = {}): LoopbackHub {
	const batchFns = new Set<(b: FrameBatch) => void>();
	const sessionFns = new Set<(e: SessionEvent) => void>();
	const sent: { channel: number; frame: CanFrameOut }[] = [];
	const info = (ch: number): SourceInfo => ({
		channel: ch,
		kind: 'replay',
		name: names[ch],
		state: 'running',
		canSend: !opts.readOnly?.includes(ch),
		framesIn: 0,
		framesOut: sent.filter((s) => s.channel === ch).length
	});
	const hub: LoopbackHub = {
		sent,
		emit(channel, frames) {
			const bb = new FrameBatchBuilder(16);
			for (const f of frames) bb.push(f.t_us, f.id, f.flags ?? 0, f.dlc ?? f.data.length, f.data, 0, channel);
			const b = bb.take();
			for (const fn of batchFns) fn(b);
			return b;
		},
		session(e) {
			for (const fn of sessionFns) fn(e);
		},
		sources: () => names.map((_, i) => info(i)),
		source: () => undefined,
		onBatch: (fn) => (batchFns.add(fn), () => batchFns.delete(fn)),
		onSession: (fn) => (sessionFns.add(fn), () => sessionFns.delete(fn)),
		onSources: () => () => {},
		send(channel, frame) {
			if (!names[channel]) throw new Error(`no channel ${channel}`);
			if (opts.readOnly?.includes(channel)) throw new Error(`channel ${channel} (${names[channel]}) cannot send: it is a replay`);
			sent.push({ channel, frame: { ...frame, data: frame.data.slice() } });
			// later, as a real source hands its frames on with its next batch
			const echo = { t_us: 0, id: frame.id, flags: frame.flags | FLAG_TX, dlc: frame.dlc, data: [...frame.data] };
			setImmediate(() => hub.emit(channel, [echo]));
		}
	};
	return hub;
}
