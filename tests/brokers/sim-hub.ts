/**
 * A small Hub over the real Simulation (real firmware in wasm, the real bus model), in-process, for the
 * MQTT tests: one channel (0), stepped in wall-clock slices at a chosen speed. The server's own hub
 * (server/hub.ts) does the same with the sim in a worker_thread; this one keeps the tests self-contained.
 */
import type { CanFrameOut, CanSource, Hub, SessionEvent, SourceInfo } from '../../server/types';
import type { FrameBatch } from '../../src/lib/can/frame';
import { loadEcuImages } from '../../src/lib/sim/load-node';
import { Simulation, collectFrames } from '../../src/lib/sim/simulation';

export class SimHub implements Hub {
	sim!: Simulation;
	#frames!: { take(): FrameBatch };
	#batch = new Set<(b: FrameBatch) => void>();
	#session = new Set<(e: SessionEvent) => void>();
	#timer: NodeJS.Timeout | null = null;
	framesOut = 0;
	framesIn = 0;

	static async create(opts: { seed?: number; profile?: string } = {}): Promise<SimHub> {
		const h = new SimHub();
		h.sim = await Simulation.create({ seed: opts.seed ?? 1, profile: opts.profile ?? 'city' }, await loadEcuImages());
		h.#frames = collectFrames(h.sim);
		return h;
	}

	/** Runs the simulation: every `sliceMs` of wall time, `sliceMs × speed` of virtual time. */
	run(speed = 1, sliceMs = 50): void {
		this.stop();
		this.#timer = setInterval(() => this.step(sliceMs * speed), sliceMs);
	}

	/** Steps `ms` of virtual time and hands the frames to the subscribers. */
	step(ms: number): void {
		this.sim.step(ms);
		const b = this.#frames.take();
		b.channel.fill(0); // the hub's channel, not the sending bus node
		this.framesIn += b.count;
		for (const fn of this.#batch) fn(b);
	}

	stop(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
	}

	sources(): SourceInfo[] {
		return [{ channel: 0, kind: 'sim', name: 'sim', state: this.#timer ? 'running' : 'stopped', canSend: true, framesIn: this.framesIn, framesOut: this.framesOut }];
	}
	source(): CanSource | undefined {
		return undefined;
	}
	onBatch(fn: (b: FrameBatch) => void): () => void {
		this.#batch.add(fn);
		return () => this.#batch.delete(fn);
	}
	onSession(fn: (e: SessionEvent) => void): () => void {
		this.#session.add(fn);
		return () => this.#session.delete(fn);
	}
	onSources(): () => void {
		return () => {};
	}
	send(channel: number, f: CanFrameOut): void {
		if (channel !== 0) throw new Error(`no channel ${channel}`);
		this.sim.inject(f.id, f.flags, f.dlc, f.data);
		this.framesOut++;
	}
}
