/**
 * A small Hub for the protocol tests: one channel carrying the real Simulation (the seven wasm ECUs),
 * stepped in real-time slices. It records every batch it hands out, so a test can compare what a
 * python-can client read with what the bus carried.
 */
import { frameData, type FrameBatch } from '../../src/lib/can/frame';
import { loadEcuImages } from '../../src/lib/sim/load-node';
import { Simulation, collectFrames } from '../../src/lib/sim/simulation';
import type { CanFrameOut, CanSource, Hub, SessionEvent, SourceInfo } from '../../server/types';

export interface SimHub extends Hub {
	readonly sim: Simulation;
	readonly epoch_us: number;
	/** Every batch handed out since start. */
	readonly batches: FrameBatch[];
	stop(): void;
}

/** Starts the simulation and its pacing; `sliceMs` of virtual time per slice of as much wall time. */
export async function startSimHub(opts: { seed?: number; sliceMs?: number } = {}): Promise<SimHub> {
	const sim = await Simulation.create({ seed: opts.seed ?? 1 }, await loadEcuImages());
	const tap = collectFrames(sim);
	const batchFns = new Set<(b: FrameBatch) => void>();
	const sessionFns = new Set<(e: SessionEvent) => void>();
	const sourcesFns = new Set<(s: SourceInfo[]) => void>();
	const batches: FrameBatch[] = [];
	let framesIn = 0;
	let framesOut = 0;
	const epoch_us = Date.now() * 1000;
	const t0 = performance.now();

	const tick = (): void => {
		// as many 1 ms ticks as wall time has passed, so virtual time tracks the clock without drifting
		const due = Math.floor(performance.now() - t0) - sim.now_us / 1000;
		if (due <= 0) return;
		sim.step(Math.min(due, 200));
		const b = tap.take();
		if (b.count === 0) return;
		b.channel.fill(0);
		framesIn += b.count;
		batches.push(b);
		for (const fn of batchFns) fn(b);
	};
	const timer = setInterval(tick, opts.sliceMs ?? 10);

	const info = (): SourceInfo => ({ channel: 0, kind: 'sim', name: 'sim', state: 'running', canSend: true, framesIn, framesOut });
	const source: CanSource = {
		kind: 'sim',
		name: 'sim',
		channel: 0,
		start: async () => {},
		stop: async () => clearInterval(timer),
		onBatch: (fn) => (batchFns.add(fn), () => batchFns.delete(fn)),
		onSession: (fn) => (sessionFns.add(fn), () => sessionFns.delete(fn)),
		send: (f: CanFrameOut) => {
			if (!sim.inject(f.id, f.flags, f.dlc, f.data)) throw new Error('channel 0 (sim): the bench node’s mailboxes are full');
			framesOut++;
		},
		describe: info
	};

	return {
		sim,
		epoch_us,
		batches,
		stop: () => clearInterval(timer),
		sources: () => [info()],
		source: (ch) => (ch === 0 ? source : undefined),
		onBatch: (fn) => (batchFns.add(fn), () => batchFns.delete(fn)),
		onSession: (fn) => {
			sessionFns.add(fn);
			// a late subscriber still learns the running session's epoch, as a real hub would tell it
			fn({ reason: 'reset', channel: 0, t_us: 0, epoch_us });
			return () => sessionFns.delete(fn);
		},
		onSources: (fn) => (sourcesFns.add(fn), () => sourcesFns.delete(fn)),
		send: (ch, f) => {
			if (ch !== 0) throw new Error(`no channel ${ch} (have: 0 = sim)`);
			source.send!(f);
		}
	};
}

/** Every recorded frame in order, flattened: [wall µs, id, flags, hex data]. */
export function recordedFrames(hub: SimHub): { wall_us: number; id: number; flags: number; data: string }[] {
	const out: { wall_us: number; id: number; flags: number; data: string }[] = [];
	for (const b of hub.batches)
		for (let i = 0; i < b.count; i++)
			out.push({ wall_us: hub.epoch_us + b.t_us[i], id: b.id[i], flags: b.flags[i], data: Buffer.from(frameData(b, i)).toString('hex') });
	return out;
}
