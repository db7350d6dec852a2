import { describe, expect, it } from 'vitest';
import { FLAG_BRS, FLAG_EXT, FLAG_FD, FLAG_RTR } from '../frame';
import { frameBits, frameTimeNs } from './bits';
import { BusErrorKind, CanBus, type ErrorSink, type FrameSink } from './bus';

interface Seen {
	t: number;
	id: number;
	flags: number;
	dlc: number;
	data: number[];
	sender: number;
}

function recorder(): { seen: Seen[]; sink: FrameSink } {
	const seen: Seen[] = [];
	const sink: FrameSink = (t, id, flags, dlc, data, offset, sender) => {
		const len = flags & FLAG_RTR ? 0 : Math.min(dlc, 8);
		seen.push({ t, id, flags, dlc, data: Array.from(data.subarray(offset, offset + len)), sender });
	};
	return { seen, sink };
}

const BIT_US = 2; // 500 kbit/s
/** Bus time of a classical frame plus its intermission, in µs at 500 kbit/s. */
const slotUs = (id: number, flags: number, dlc: number, data: number[] = []) =>
	(frameBits(id, flags, dlc, data).totalBits + 3) * BIT_US;
const lenUs = (id: number, flags: number, dlc: number, data: number[] = []) => frameBits(id, flags, dlc, data).totalBits * BIT_US;

describe('arbitration and timing', () => {
	it('a frame on an idle bus starts at once and ends after its exact length', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		bus.addNode('B');
		const { seen, sink } = recorder();
		expect(bus.send(a, 100, 0x123, 0, 2, [0xde, 0xad])).toBe(true);
		bus.advanceTo(100, sink);
		expect(seen).toEqual([]); // still on the wire
		bus.advanceTo(1000, sink);
		expect(seen).toEqual([{ t: 100 + lenUs(0x123, 0, 2, [0xde, 0xad]), id: 0x123, flags: 0, dlc: 2, data: [0xde, 0xad], sender: a }]);
	});

	it('lowest arbitration field first: ID, then standard before extended, then data before remote', () => {
		const bus = new CanBus();
		const names = ['blocker', 'a', 'b', 'c', 'd', 'e', 'f', 'g'];
		const n = names.map((x) => bus.addNode(x));
		const { seen, sink } = recorder();
		bus.send(n[0], 0, 0x7ff, 0, 0, []); // occupies the bus while the rest queue up
		const extBase100 = (0x100 << 18) | 5;
		bus.send(n[1], 10, 0x200, 0, 1, [1]);
		bus.send(n[2], 10, extBase100, FLAG_EXT | FLAG_RTR, 0, []);
		bus.send(n[3], 10, 0x100, FLAG_RTR, 0, []);
		bus.send(n[4], 10, 0x101, 0, 1, [4]);
		bus.send(n[5], 10, extBase100, FLAG_EXT, 1, [5]);
		bus.send(n[6], 10, 0x100, 0, 1, [6]);
		bus.send(n[7], 10, (0x0ff << 18) | 0x3ffff, FLAG_EXT, 1, [7]);
		bus.advanceTo(10_000, sink);
		expect(seen.map((s) => [s.id, s.flags])).toEqual([
			[0x7ff, 0],
			[(0x0ff << 18) | 0x3ffff, FLAG_EXT], // base ID 0x0ff beats every base 0x100
			[0x100, 0], // standard data
			[0x100, FLAG_RTR], // standard remote: its RTR equals the extended SRR, then IDE 0 wins
			[extBase100, FLAG_EXT], // extended data
			[extBase100, FLAG_EXT | FLAG_RTR], // extended remote
			[0x101, 0],
			[0x200, 0]
		]);
		// Back to back: each frame starts right after the previous one's intermission.
		for (let i = 1; i < seen.length; i++) {
			const s = seen[i];
			expect(s.t - seen[i - 1].t).toBe(3 * BIT_US + lenUs(s.id, s.flags, s.dlc, s.data));
		}
	});

	it('a node offers its highest-priority mailbox, not its oldest (no priority inversion)', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		const b = bus.addNode('B');
		const { seen, sink } = recorder();
		bus.send(b, 0, 0x050, 0, 8, [1, 2, 3, 4, 5, 6, 7, 8]); // on the bus from t = 0
		bus.send(a, 0, 0x400, 0, 1, [0x40]); // A's mailbox 0: low priority, queued first
		bus.advanceTo(50, sink);
		bus.send(a, 50, 0x010, 0, 1, [0x01]); // A's mailbox 1: high priority, queued later
		bus.advanceTo(5000, sink);
		expect(seen.map((s) => s.id)).toEqual([0x050, 0x010, 0x400]);
	});

	it('frames with the same ID from one node keep their send order (ISO-TP consecutive frames)', () => {
		const bus = new CanBus();
		const a = bus.addNode('A', { mailboxes: 4 });
		bus.addNode('B');
		const { seen, sink } = recorder();
		for (let k = 1; k <= 3; k++) bus.send(a, 0, 0x7e8, 0, 1, [k]);
		bus.advanceTo(150, sink); // the first has left: its mailbox 0 is free again
		expect(seen.length).toBe(1);
		bus.send(a, 150, 0x7e8, 0, 1, [4]); // lands in mailbox 0, ahead of 1 and 2 in mailbox order
		bus.send(a, 150, 0x7e8, 0, 1, [5]);
		bus.advanceTo(2000, sink);
		expect(seen.map((s) => s.data[0])).toEqual([1, 2, 3, 4, 5]);
	});

	it('refuses a frame when every mailbox is full and counts it', () => {
		const bus = new CanBus();
		const a = bus.addNode('A', { mailboxes: 2 });
		expect(bus.send(a, 0, 1, 0, 0, [])).toBe(true);
		expect(bus.send(a, 0, 2, 0, 0, [])).toBe(true);
		expect(bus.send(a, 0, 3, 0, 0, [])).toBe(false);
		expect(bus.nodeState(a)).toMatchObject({ overflows: 1, pending: 2 });
	});

	it('keeps exact ns time at a bit rate whose frames end on fractional µs', () => {
		const bus = new CanBus({ bitrate: 800_000 }); // 1.25 µs per bit
		const a = bus.addNode('A', { mailboxes: 32 });
		bus.addNode('B');
		const { seen, sink } = recorder();
		for (let k = 0; k < 500; k++) {
			const data = [k & 0xff, (k * 7) & 0xff, 0, 0xff];
			while (!bus.send(a, bus.nowUs, 0x100 + (k % 3), 0, 4, data)) bus.advanceTo(bus.nowUs + 100, sink);
		}
		bus.advanceTo(1_000_000, sink);
		expect(seen.length).toBe(500);
		let backToBack = 0;
		for (let i = 0; i < seen.length; i++) {
			const s = seen[i];
			const endNs = s.t * 1000;
			expect(Math.abs(endNs - Math.round(endNs))).toBeLessThan(1e-6); // a whole ns
			if (i === 0) continue;
			const startNs = Math.round(endNs) - frameTimeNs(s.id, 0, 4, s.data, 0, 800_000);
			const freeNs = Math.round(seen[i - 1].t * 1000) + 3 * 1250;
			expect(startNs).toBeGreaterThanOrEqual(freeNs);
			if (startNs === freeNs) backToBack++;
		}
		expect(backToBack).toBeGreaterThan(400); // 32 mailboxes keep the bus saturated most of the time
	});

	it('sends CAN FD frames with the data phase at the data bit rate', () => {
		const bus = new CanBus({ bitrate: 500_000, dataBitrate: 5_000_000 });
		const a = bus.addNode('A');
		bus.addNode('B');
		const { seen, sink } = recorder();
		const data = Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);
		bus.send(a, 0, 0x123, FLAG_FD | FLAG_BRS, 15, data);
		bus.send(a, 0, 0x124, FLAG_FD, 15, data);
		bus.advanceTo(10_000, sink);
		expect(seen[0].t).toBe(frameTimeNs(0x123, FLAG_FD | FLAG_BRS, 15, data, 0, 500_000, 5_000_000) / 1000);
		const withoutBrs = frameTimeNs(0x124, FLAG_FD, 15, data, 0, 500_000) / 1000;
		expect(seen[1].t - seen[0].t).toBeCloseTo(3 * BIT_US + withoutBrs, 9);
		expect(seen[1].t - seen[0].t).toBeGreaterThan(4 * (seen[0].t - 0)); // the switch matters
	});

	it('frames queued for time t after advanceTo(t) still join the arbitration at t', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		const b = bus.addNode('B');
		const { seen, sink } = recorder();
		bus.send(a, 100, 0x200, 0, 0, []);
		bus.advanceTo(100, sink);
		bus.send(b, 100, 0x100, 0, 0, []); // same instant, queued after the call
		bus.advanceTo(1000, sink);
		expect(seen.map((s) => s.id)).toEqual([0x100, 0x200]);
		expect(seen[0].t).toBe(100 + lenUs(0x100, 0, 0));
	});

	it('abortPending drops queued frames but not the one on the wire', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		bus.addNode('B');
		const { seen, sink } = recorder();
		bus.send(a, 0, 0x10, 0, 0, []);
		bus.send(a, 0, 0x11, 0, 0, []);
		bus.advanceTo(10, sink);
		bus.abortPending(a);
		bus.advanceTo(1000, sink);
		expect(seen.map((s) => s.id)).toEqual([0x10]);
		expect(bus.pendingCount(a)).toBe(0);
	});

	it('a frame queued for a later time does not start before it', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		bus.addNode('B');
		const { seen, sink } = recorder();
		bus.send(a, 700, 0x10, 0, 0, []);
		bus.advanceTo(600, sink);
		bus.advanceTo(2000, sink);
		expect(seen[0].t).toBe(700 + lenUs(0x10, 0, 0));
	});
});

describe('fault confinement (ISO 11898-1)', () => {
	function errorLog(bus: CanBus, node: number) {
		const log: { t: number; tec: number; state: string; kind: number }[] = [];
		const onError: ErrorSink = (t, _id, _f, sender, kind) => {
			if (sender === node) log.push({ t, kind, ...bus.nodeState(node) });
		};
		return { log, onError };
	}

	it('TEC +8 per transmit error: error-passive at 128 (16th error), bus-off at 256 (32nd)', () => {
		const bus = new CanBus();
		const a = bus.addNode('A', { autoRecover: false });
		const b = bus.addNode('B');
		const { seen, sink } = recorder();
		const { log, onError } = errorLog(bus, a);
		bus.injectTxErrors(a, 32);
		bus.send(a, 0, 0x050, 0, 8, [1, 2, 3, 4, 5, 6, 7, 8]);
		bus.advanceTo(100_000, sink, onError);
		expect(log.map((e) => e.tec)).toEqual(Array.from({ length: 32 }, (_, i) => 8 * (i + 1)));
		expect(log.map((e) => e.state)).toEqual([
			...new Array(15).fill('active'),
			...new Array(16).fill('passive'),
			'busoff'
		]);
		expect(log.every((e) => e.kind === BusErrorKind.Crc)).toBe(true);
		expect(seen).toEqual([]); // bus-off: the frame never made it
		expect(bus.nodeState(b)).toMatchObject({ rec: 32, state: 'active' });
		expect(bus.send(a, 100_000, 0x051, 0, 0, [])).toBe(false);
		expect(bus.nodeState(a)).toMatchObject({ busOffDrops: 1, busOffCount: 1, pending: 1, txErrors: 32 });
		// Error frame: the frame up to its ACK delimiter, a 6-bit flag and an 8-bit delimiter.
		const frame = lenUs(0x050, 0, 8, [1, 2, 3, 4, 5, 6, 7, 8]);
		const errFrame = frame - 7 * BIT_US + 14 * BIT_US;
		expect(log[0].t).toBe(errFrame);
		expect(log[1].t - log[0].t).toBe(3 * BIT_US + errFrame); // retried right after the intermission
		expect(log[16].t - log[15].t).toBe(3 * BIT_US + 8 * BIT_US + errFrame); // passive: suspend transmission
		expect(bus.stats().errors).toBe(32);
	});

	it('recovers after 128 × 11 recessive bits of idle bus, then sends what was pending', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		bus.addNode('B');
		const { seen, sink } = recorder();
		const { log, onError } = errorLog(bus, a);
		bus.injectTxErrors(a, 32);
		bus.send(a, 0, 0x050, 0, 1, [0xaa]);
		for (let t = 100; log.length < 32; t += 100) bus.advanceTo(t, sink, onError);
		const offAt = log[31].t; // end of the error delimiter
		const recoverAt = offAt - 8 * BIT_US + 128 * 11 * BIT_US; // counting starts with the delimiter
		bus.advanceTo(recoverAt - 1, sink, onError);
		expect(bus.nodeState(a).state).toBe('busoff');
		expect(bus.isOnline(a)).toBe(false);
		expect(bus.busOffNodes).toBe(1);
		bus.advanceTo(recoverAt, sink, onError);
		expect(bus.nodeState(a)).toMatchObject({ state: 'active', tec: 0, rec: 0 });
		expect(bus.busOffNodes).toBe(0);
		bus.advanceTo(recoverAt + 1000, sink, onError);
		expect(seen.map((s) => s.t)).toEqual([recoverAt + lenUs(0x050, 0, 1, [0xaa])]);
	});

	it('on a saturated bus each frame gives one 11-bit recessive sequence, so recovery waits 127 frames', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		const b = bus.addNode('B');
		bus.addNode('C'); // acknowledges B's frames while A is bus-off
		const { seen, sink } = recorder();
		let busy = false;
		const feedB: FrameSink = (t, id, flags, dlc, data, offset, sender) => {
			sink(t, id, flags, dlc, data, offset, sender);
			if (sender === b && busy) bus.send(b, t, 0x300, 0, 2, [0x12, 0x34]);
		};
		const onError: ErrorSink = (t, _id, _f, sender) => {
			if (sender === a && bus.nodeState(a).state === 'busoff' && !busy) {
				busy = true; // B starts back-to-back traffic right when A drops off
				bus.send(b, t, 0x300, 0, 2, [0x12, 0x34]);
			}
		};
		bus.injectTxErrors(a, 32);
		bus.send(a, 0, 0x050, 0, 0, []);
		bus.advanceTo(200_000, feedB, onError);
		const firstA = seen.findIndex((s) => s.sender === a);
		// The error frame's delimiter + intermission is occurrence 1; B's frames 1..127 give the rest.
		expect(firstA).toBe(127);
		expect(seen.slice(0, 127).every((s) => s.id === 0x300)).toBe(true);
		expect(seen[128].id).toBe(0x300); // and B carries on after A
	});

	it('without auto-recovery a node stays bus-off until recover() is called', () => {
		const bus = new CanBus();
		const a = bus.addNode('A', { autoRecover: false });
		bus.addNode('B');
		const { sink } = recorder();
		bus.injectTxErrors(a, 32);
		bus.send(a, 0, 0x050, 0, 0, []);
		bus.advanceTo(1_000_000, sink);
		expect(bus.nodeState(a).state).toBe('busoff');
		bus.recover(a);
		bus.advanceTo(1_000_000 + 128 * 11 * BIT_US - 1, sink);
		expect(bus.nodeState(a).state).toBe('busoff');
		bus.advanceTo(1_000_000 + 128 * 11 * BIT_US, sink);
		expect(bus.nodeState(a).state).toBe('active');
	});

	it('a node alone on the bus gets ACK errors: error-passive at TEC 128, never bus-off', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		const { seen, sink } = recorder();
		const { log, onError } = errorLog(bus, a);
		bus.send(a, 0, 0x123, 0, 1, [1]);
		bus.advanceTo(200_000, sink, onError);
		expect(seen).toEqual([]);
		expect(log.length).toBeGreaterThan(500); // retrying all along
		expect(log.every((e) => e.kind === BusErrorKind.Ack)).toBe(true);
		expect(bus.nodeState(a)).toMatchObject({ tec: 128, state: 'passive' });
		// A listener joins: the next attempt is acknowledged.
		bus.addNode('B');
		bus.advanceTo(201_000, sink, onError);
		expect(seen.length).toBe(1);
		expect(bus.nodeState(a).tec).toBe(127);
	});

	it('a receiver with a local fault destroys frames until it is error-passive (REC +8), then it is ignored', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		const b = bus.addNode('B');
		const c = bus.addNode('C');
		const { seen, sink } = recorder();
		const kinds: number[] = [];
		bus.injectRxErrors(c, 1000);
		bus.send(a, 0, 0x100, 0, 1, [1]);
		bus.advanceTo(100_000, sink, (_t, _i, _f, _s, kind) => kinds.push(kind));
		expect(kinds).toEqual(new Array(16).fill(BusErrorKind.LocalRx)); // 16 × 8 = 128 > 127
		expect(seen.length).toBe(1);
		expect(bus.nodeState(c)).toMatchObject({ rec: 129, state: 'passive' }); // +1 for the frame it still flagged
		expect(bus.nodeState(b)).toMatchObject({ rec: 15 }); // +1 per error frame, −1 for the good frame
		expect(bus.nodeState(a)).toMatchObject({ tec: 127, state: 'active' }); // 128 − 1
	});

	it('random errors come from the seed: same seed, same stream', () => {
		const run = (seed: number) => {
			const bus = new CanBus({ seed });
			const a = bus.addNode('A');
			bus.addNode('B');
			const out: string[] = [];
			bus.setErrorRate(a, 0.3);
			for (let ms = 0; ms < 200; ms++) {
				bus.send(a, ms * 1000, 0x100, 0, 1, [ms & 0xff]);
				bus.advanceTo(ms * 1000 + 1000, (t, id) => out.push(`${t}:${id}`), (t) => out.push(`${t}:E`));
			}
			return out.join(',');
		};
		expect(run(7)).toBe(run(7));
		expect(run(7)).not.toBe(run(8));
		expect(run(7)).toContain(':E');
	});

	it('corruptNext hits only the chosen identifier', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		const b = bus.addNode('B');
		const errs: number[] = [];
		bus.corruptNext(0x200, { count: 2 });
		bus.send(a, 0, 0x100, 0, 0, []);
		bus.send(b, 0, 0x200, 0, 0, []);
		bus.advanceTo(10_000, () => {}, (_t, id) => errs.push(id));
		expect(errs).toEqual([0x200, 0x200]);
		expect(bus.nodeState(b).tec).toBe(15);
	});
});

describe('statistics', () => {
	it('bus load of one 8-byte frame per ms is its length in bits × 2 µs per 1000 µs', () => {
		const bus = new CanBus();
		const a = bus.addNode('A');
		bus.addNode('B');
		const data = [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88];
		for (let ms = 0; ms < 2000; ms++) {
			bus.send(a, ms * 1000, 0x123, 0, 8, data);
			bus.advanceTo((ms + 1) * 1000, () => {});
		}
		const st = bus.stats();
		const expected = slotUs(0x123, 0, 8, data) / 1000;
		expect(expected).toBeGreaterThan(0.2); // ~ 120 bits
		expect(st.busLoad).toBeCloseTo(expected, 12);
		expect(st.busLoadTotal).toBeCloseTo(expected, 12);
		expect(st.frames).toBe(2000);
	});

	it('the load window forgets old traffic', () => {
		const bus = new CanBus({ loadWindowUs: 100_000 });
		const a = bus.addNode('A');
		bus.addNode('B');
		for (let ms = 0; ms < 100; ms++) {
			bus.send(a, ms * 1000, 0x123, 0, 0, []);
			bus.advanceTo((ms + 1) * 1000, () => {});
		}
		expect(bus.stats().busLoad).toBeGreaterThan(0);
		bus.advanceTo(300_000, () => {});
		expect(bus.stats().busLoad).toBe(0);
		expect(bus.stats().busLoadTotal).toBeCloseTo(slotUs(0x123, 0, 0) / 3000, 12);
	});

	it('per-ID period statistics: content-dependent length shows up as jitter', () => {
		const bus = new CanBus({ idStats: true });
		const a = bus.addNode('A');
		bus.addNode('B');
		const long = [0, 0, 0, 0, 0, 0, 0, 0]; // many stuff bits
		const short = [0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55]; // none in the data
		for (let k = 0; k < 100; k++) {
			bus.send(a, k * 10_000, 0x321, 0, 8, k % 2 ? long : short);
			bus.send(a, k * 10_000, 0x322, 0, 1, [0]);
			bus.advanceTo((k + 1) * 10_000, () => {});
		}
		const st = bus.stats().perId.get(0x321)!;
		const diff = lenUs(0x321, 0, 8, long) - lenUs(0x321, 0, 8, short);
		expect(diff).toBeGreaterThan(0);
		expect(st.count).toBe(100);
		expect(st.periodMinUs).toBe(10_000 - diff);
		expect(st.periodMaxUs).toBe(10_000 + diff);
		expect(st.jitterUs).toBe(2 * diff);
		expect(st.periodMeanUs).toBeCloseTo((st.lastUs - (0 + lenUs(0x321, 0, 8, short))) / 99, 9);
		expect(st.lastUs).toBe(99 * 10_000 + lenUs(0x321, 0, 8, long));
		// 0x322 always waits for 0x321, so its period varies the same way.
		expect(bus.stats().perId.get(0x322)!.jitterUs).toBe(2 * diff);
		expect(bus.nodeState(a).txFrames).toBe(200);
	});

	it('keys extended IDs apart from standard ones', () => {
		const bus = new CanBus({ idStats: true });
		const a = bus.addNode('A');
		bus.addNode('B');
		bus.send(a, 0, 0x10, 0, 0, []);
		bus.send(a, 0, 0x10, FLAG_EXT, 0, []);
		bus.advanceTo(1000, () => {});
		const per = bus.stats().perId;
		expect(per.get(0x10)).toMatchObject({ ext: false, count: 1 });
		expect(per.get((0x10 | 0x80000000) >>> 0)).toMatchObject({ ext: true, count: 1 });
	});

	it('keeps no per-ID statistics unless asked (idStats), and the frames and their times are the same either way', () => {
		const run = (idStats: boolean) => {
			const bus = new CanBus({ idStats });
			const a = bus.addNode('A');
			bus.addNode('B');
			const seen: string[] = [];
			for (let k = 0; k < 20; k++) {
				bus.send(a, k * 1000, 0x100 + (k % 3), 0, 2, [k, 0]);
				bus.advanceTo((k + 1) * 1000, (t, id) => seen.push(`${t}:${id}`));
			}
			return { seen, st: bus.stats() };
		};
		const off = run(false);
		const on = run(true);
		expect(off.st.perId.size).toBe(0);
		expect(on.st.perId.size).toBe(3);
		expect(off.seen).toEqual(on.seen);
		expect(off.st.frames).toBe(20);
	});
});

describe('bad input', () => {
	it('names the node, the field and the time', () => {
		const bus = new CanBus();
		const a = bus.addNode('FZC');
		expect(() => bus.send(a, 0, 0x800, 0, 0, [])).toThrow(/node 0 "FZC".*0x800/);
		expect(() => bus.send(a, 0, 0x100, 0, 8, [1, 2])).toThrow(/node 0 "FZC".*needs 8 data bytes/);
		expect(() => bus.send(5, 0, 0x100, 0, 0, [])).toThrow(/no node 5/);
		bus.advanceTo(100, () => {});
		expect(() => bus.send(a, 50, 0x100, 0, 0, [])).toThrow(/time 50 µs is before bus time 100 µs/);
		expect(() => bus.advanceTo(99, () => {})).toThrow(/99 µs is before bus time 100 µs/);
		expect(() => new CanBus({ bitrate: 3_000_000 })).toThrow(/bitrate 3000000/);
		expect(() => bus.addNode('X', { mailboxes: 0 })).toThrow(/"X".*mailboxes 0/);
		expect(() => bus.setErrorRate(a, 2)).toThrow(/p 2/);
	});
});
