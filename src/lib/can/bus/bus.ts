/**
 * The event-exact CAN bus (docs/architecture.md, "CAN bus" and "Virtual time and the scheduler").
 *
 * Time: the public API speaks µs (integer µs in, float µs out); inside, the bus keeps integer nanoseconds so
 * fractional-µs frame lengths (e.g. any bit rate above 1 Mbit/s, or odd bit counts at 2 Mbit/s data rate)
 * never drift. Reported times are `ns / 1000` (a float, exact to the ns).
 *
 * Arbitration: whenever the bus is idle and frames are pending, every node that is allowed to send starts
 * its SOF together and the lowest arbitration field wins (bitwise: ID, then RTR/SRR, then IDE, then the ID
 * extension and RTR), which gives: lower ID first; standard before extended at equal base ID; data before
 * remote at equal ID. A frame queued while the bus is busy joins the next arbitration, which starts right
 * after the 3-bit intermission; a frame queued on an idle bus starts at once.
 *
 * TX mailboxes: each node has N mailboxes (default 8). Like a controller in "priority by identifier" mode
 * (bxCAN TXFP = 0, FlexCAN LPRIO, M_CAN Tx buffers), a node offers its highest-priority pending mailbox to
 * each arbitration, not the oldest one, so a low-priority frame queued first cannot block a high-priority
 * frame queued later (no priority inversion inside the node). Frames with the same arbitration field go in
 * the order they were queued, so ISO-TP consecutive frames on one ID are never reordered.
 *
 * Fault confinement (ISO 11898-1 §12.1.4): TEC/REC rules below, error-active ≤ 127 < error-passive,
 * bus-off when TEC > 255, recovery after 128 occurrences of 11 consecutive recessive bits (automatic by
 * default, or after `recover()` for nodes added with `autoRecover: false`). An error-passive transmitter
 * waits 8 more bits (suspend transmission) before it may start again. A frame nobody acknowledges (no other
 * node online) is an ACK error; an error-passive sender's TEC does not grow from ACK errors, so a lone node
 * ends up error-passive, retrying forever, never bus-off, as on a real bench. A bus-off node keeps its
 * pending mailboxes (they go out after recovery) but `send` refuses new frames; it receives nothing, so
 * hosts should not deliver frames to it (`isOnline`).
 *
 * Hot path: `send` and `advanceTo` allocate nothing (typed-array mailboxes, scalar in-flight state).
 */
import { FLAG_BRS, FLAG_EXT, FLAG_FD, FLAG_RTR } from '../frame';
import { INTERMISSION_BITS, bitTimeNs, checkFrame, encodeFrame, encodeOut, frameProblem, payloadLen } from './bits';

/** Options of a bus. */
export interface BusOptions {
	/** Nominal (arbitration) bit rate in bit/s; default 500 000. The bit time must be a whole number of ns. */
	bitrate?: number;
	/** CAN FD data-phase bit rate for frames with BRS; default 2 000 000. */
	dataBitrate?: number;
	/** A frame needs an ACK from another online node (ISO behaviour, default true). */
	ackRequired?: boolean;
	/** Window of `stats().busLoad`, in whole µs; default 1 000 000. */
	loadWindowUs?: number;
	/** Seed of the PRNG behind `setErrorRate`; default 1. */
	seed?: number;
	/**
	 * Keep per-ID timing statistics for `stats().perId` (default false: a record update per frame that the
	 * simulation does not read; the app's network view measures its own from the frames, net-stats.ts).
	 */
	idStats?: boolean;
}

/** Options of one node's controller. */
export interface NodeOptions {
	/** TX mailboxes, 1..32; default 8. */
	mailboxes?: number;
	/** Start bus-off recovery by itself (default true); if false it starts only after `recover()`. */
	autoRecover?: boolean;
}

/** Called once per completed frame, at the end of its EOF. `data[offset…]` is valid only during the call. */
export type FrameSink = (
	tEndUs: number,
	id: number,
	flags: number,
	dlc: number,
	data: Uint8Array,
	offset: number,
	sender: number
) => void;

/** Kinds of error frame the bus produces. */
export const BusErrorKind = {
	/** The transmitted frame was corrupted; every receiver saw a CRC error. */
	Crc: 1,
	/** No other node acknowledged the frame. */
	Ack: 2,
	/** One receiver's local disturbance made it flag an error (it was error-active, so the frame died). */
	LocalRx: 3
} as const;
export type BusErrorKind = (typeof BusErrorKind)[keyof typeof BusErrorKind];

/** Called once per error frame, at the end of its error delimiter; the frame will be retried. */
export type ErrorSink = (tEndUs: number, id: number, flags: number, sender: number, kind: BusErrorKind) => void;

export type NodeStateName = 'active' | 'passive' | 'busoff';

/** A node's controller state, as `nodeState()` reports it. */
export interface NodeStatus {
	name: string;
	tec: number;
	rec: number;
	state: NodeStateName;
	/** Frames it sent successfully. */
	txFrames: number;
	/** Error frames during its own transmissions. */
	txErrors: number;
	/** `send` calls refused because every mailbox was full. */
	overflows: number;
	/** `send` calls refused because the node was bus-off. */
	busOffDrops: number;
	/** Times it went bus-off. */
	busOffCount: number;
	/** Frames waiting in its mailboxes. */
	pending: number;
}

/** Timing statistics of one identifier. Periods are measured between successive ends of frame. */
export interface IdStats {
	id: number;
	ext: boolean;
	count: number;
	lastUs: number;
	/** NaN until two frames were seen. */
	periodMeanUs: number;
	periodMinUs: number;
	periodMaxUs: number;
	/** Standard deviation of the period. */
	periodStdUs: number;
	/** Peak-to-peak jitter: periodMax − periodMin. */
	jitterUs: number;
}

/** Bus-wide statistics. */
export interface BusStats {
	/** Bus time the statistics refer to. */
	timeUs: number;
	/**
	 * Busy fraction (SOF to end of intermission, error frames included) over the last `loadWindowUs` that
	 * ends at the last 1/100-window boundary ≤ now (over the elapsed time while shorter). Frames are
	 * counted when they complete.
	 */
	busLoad: number;
	/** Busy fraction since time 0. */
	busLoadTotal: number;
	frames: number;
	errors: number;
	/**
	 * Keyed by ID, with 0x80000000 or-ed in for extended IDs (the SocketCAN convention). Empty unless the bus
	 * was made with `idStats: true`.
	 */
	perId: Map<number, IdStats>;
}

const ACTIVE = 0;
const PASSIVE = 1;
const BUSOFF = 2;
const STATE_NAMES: NodeStateName[] = ['active', 'passive', 'busoff'];
const DATA_STRIDE = 64;
const RECOVERY_OCCURRENCES = 128;
const LOAD_BUCKETS = 100;
// Two spare slots: the bucket of a frame's intermission may lie past the bus time, and must not overwrite
// the oldest bucket still inside the window.
const RING = LOAD_BUCKETS + 2;

class Node {
	tec = 0;
	rec = 0;
	state = ACTIVE;
	/** No SOF before this time (suspend transmission, recovery). */
	earliestNs = 0;
	/** Bit i set = mailbox i holds a frame. */
	pending = 0;
	readonly key: Uint32Array;
	readonly id: Uint32Array;
	readonly flags: Uint8Array;
	readonly dlc: Uint8Array;
	readonly enqNs: Float64Array;
	readonly seq: Float64Array;
	readonly data: Uint8Array;
	injTx = 0;
	injRx = 0;
	errorRate = 0;
	/** Bus-off recovery: counting 11-recessive-bit occurrences from this time; -1 = not counting. */
	armNs = -1;
	recCount = 0;
	txFrames = 0;
	txErrors = 0;
	overflows = 0;
	busOffDrops = 0;
	busOffCount = 0;
	constructor(
		readonly name: string,
		readonly mailboxes: number,
		readonly autoRecover: boolean
	) {
		this.key = new Uint32Array(mailboxes);
		this.id = new Uint32Array(mailboxes);
		this.flags = new Uint8Array(mailboxes);
		this.dlc = new Uint8Array(mailboxes);
		this.enqNs = new Float64Array(mailboxes);
		this.seq = new Float64Array(mailboxes);
		this.data = new Uint8Array(mailboxes * DATA_STRIDE);
	}
}

class IdRecord {
	count = 0;
	lastNs = 0;
	periods = 0;
	mean = 0;
	m2 = 0;
	min = Infinity;
	max = -Infinity;
	constructor(
		readonly id: number,
		readonly ext: boolean
	) {}
}

/**
 * Arbitration field as an unsigned 32-bit number whose numeric order is the bus order: base ID (11) |
 * RTR of a standard frame or SRR (1) | IDE (1) | ID extension (18) | RTR of an extended frame (1).
 * FD frames carry a dominant RRS where RTR sits.
 */
function arbitrationKey(id: number, flags: number): number {
	const rtr = flags & FLAG_RTR ? 1 : 0;
	if (flags & FLAG_EXT) return ((id >>> 18) * 2 ** 21 + 3 * 2 ** 19 + (id & 0x3ffff) * 2 + rtr) >>> 0;
	return (id * 2 ** 21 + rtr * 2 ** 20) >>> 0;
}

/** mulberry32: small, fast, seeded; the only randomness the bus uses. */
function nextRandom(state: Uint32Array): number {
	state[0] = (state[0] + 0x6d2b79f5) | 0;
	let t = state[0];
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An exact, deterministic CAN / CAN FD bus with per-node TX mailboxes and ISO fault confinement. */
export class CanBus {
	readonly bitNs: number;
	readonly dataBitNs: number;
	readonly ackRequired: boolean;
	#nodes: Node[] = [];
	#nowNs = 0;
	#busFreeNs = 0;
	/** Start of the recessive run the bus is in (end of the last frame's dominant bits). */
	#runStartNs = 0;
	#seq = 0;
	#busOffNodes = 0;
	/** Bit i set = node i has REC > 0. */
	#recMask = 0;
	#rng = new Uint32Array(1);
	/** Bit i set = node i has a pending mailbox. */
	#pendingNodes = 0;
	#idFaults = new Map<number, number>();

	// The frame on the bus (scalars, so nothing is allocated per frame).
	#inf = false;
	#infNode = 0;
	#infMb = 0;
	#infStartNs = 0;
	#infEndNs = 0; // end of EOF, or end of the error frame
	#infBusyEndNs = 0; // + intermission
	#infTrailNs = 0; // start of the trailing recessive bits
	#infKind = 0; // 0 ok, else BusErrorKind
	#infDetMask = 0; // receivers that flagged a local error
	#infActiveDetMask = 0; // … of which error-active

	// Statistics.
	#frames = 0;
	#errors = 0;
	#busyTotalNs = 0;
	#bucketNs: number;
	#buckets = new Float64Array(RING);
	#bucketAbs = 0;
	readonly #idStats: boolean;
	#perId = new Map<number, IdRecord>();
	/** Standard IDs also indexed directly: the per-frame lookup stays off the Map. */
	#stdIds: (IdRecord | undefined)[] = new Array<IdRecord | undefined>(2048).fill(undefined);

	constructor(opts: BusOptions = {}) {
		this.bitNs = bitTimeNs(opts.bitrate ?? 500_000, 'CanBus: bitrate');
		this.dataBitNs = bitTimeNs(opts.dataBitrate ?? 2_000_000, 'CanBus: dataBitrate');
		this.ackRequired = opts.ackRequired ?? true;
		const windowUs = opts.loadWindowUs ?? 1_000_000;
		if (!Number.isInteger(windowUs) || windowUs <= 0) {
			throw new RangeError(`CanBus: loadWindowUs ${windowUs} is not a positive whole number of µs`);
		}
		this.#bucketNs = (windowUs * 1000) / LOAD_BUCKETS;
		this.#rng[0] = opts.seed ?? 1;
		this.#idStats = opts.idStats ?? false;
	}

	/** Attaches a controller; returns its node index (the `sender` the sinks report). */
	addNode(name: string, opts: NodeOptions = {}): number {
		const mb = opts.mailboxes ?? 8;
		if (!Number.isInteger(mb) || mb < 1 || mb > 32) {
			throw new RangeError(`CanBus.addNode("${name}"): mailboxes ${mb} is not 1..32`);
		}
		if (this.#nodes.length >= 32) throw new RangeError(`CanBus.addNode("${name}"): at most 32 nodes`);
		const n = new Node(name, mb, opts.autoRecover ?? true);
		n.earliestNs = this.#nowNs;
		this.#nodes.push(n);
		return this.#nodes.length - 1;
	}

	get nodeCount(): number {
		return this.#nodes.length;
	}

	/** Bus time in µs: the `untilUs` of the last `advanceTo`. */
	get nowUs(): number {
		return this.#nowNs / 1000;
	}

	#node(i: number, where: string): Node {
		const n = this.#nodes[i];
		if (n === undefined) throw new RangeError(`CanBus.${where}: no node ${i} (have ${this.#nodes.length})`);
		return n;
	}

	/**
	 * Queues a frame at virtual time `nowUs` (not before the bus time). Returns false, and counts it, if every
	 * mailbox is full or the node is bus-off. Throws on a malformed frame. `data` is copied.
	 */
	send(
		node: number,
		nowUs: number,
		id: number,
		flags: number,
		dlc: number,
		data: ArrayLike<number>,
		offset = 0
	): boolean {
		const n = this.#node(node, 'send');
		const nowNs = Math.round(nowUs * 1000);
		if (!(nowNs >= this.#nowNs)) {
			throw new RangeError(`CanBus.send(node ${node} "${n.name}"): time ${nowUs} µs is before bus time ${this.nowUs} µs`);
		}
		const problem = frameProblem(id, flags, dlc, data, offset);
		if (problem !== null) throw new RangeError(`CanBus.send(node ${node} "${n.name}"): ${problem}`);
		if (n.state === BUSOFF) {
			n.busOffDrops++;
			return false;
		}
		const free = ~n.pending & (n.mailboxes === 32 ? 0xffffffff : (1 << n.mailboxes) - 1);
		if (free === 0) {
			n.overflows++;
			return false;
		}
		const mb = 31 - Math.clz32(free & -free);
		const f = flags & (FLAG_EXT | FLAG_RTR | FLAG_FD | FLAG_BRS);
		n.key[mb] = arbitrationKey(id, f);
		n.id[mb] = id;
		n.flags[mb] = f;
		n.dlc[mb] = dlc;
		n.enqNs[mb] = nowNs;
		n.seq[mb] = this.#seq++;
		const len = payloadLen(f, dlc);
		const base = mb * DATA_STRIDE;
		for (let k = 0; k < len; k++) n.data[base + k] = data[offset + k];
		n.pending |= 1 << mb;
		this.#pendingNodes |= 1 << node;
		return true;
	}

	/** Frames waiting in a node's mailboxes. */
	pendingCount(node: number): number {
		let m = this.#node(node, 'pendingCount').pending;
		let c = 0;
		while (m !== 0) {
			m &= m - 1;
			c++;
		}
		return c;
	}

	/** Drops every queued frame of a node that is not on the bus right now (an ECU reset, a TX abort). */
	abortPending(node: number): void {
		const n = this.#node(node, 'abortPending');
		n.pending = this.#inf && this.#infNode === node ? n.pending & (1 << this.#infMb) : 0;
		if (n.pending === 0) this.#pendingNodes &= ~(1 << node);
	}

	/**
	 * Runs the bus up to `untilUs`. Every frame whose end of frame is ≤ `untilUs` goes to `sink` once, in
	 * bus order; error frames go to `onError`. A frame still on the bus at `untilUs` completes in a later call;
	 * arbitration exactly at `untilUs` is left to the next call. The sink may call `send` (at `tEndUs` or
	 * later), e.g. for a TX confirmation that queues the next ISO-TP frame. Flags reach the sink as sent
	 * (FLAG_EXT/RTR/FD/BRS only): direction flags are the host's business.
	 */
	advanceTo(untilUs: number, sink: FrameSink, onError?: ErrorSink): void {
		const untilNs = Math.round(untilUs * 1000);
		if (!(untilNs >= this.#nowNs)) {
			throw new RangeError(`CanBus.advanceTo: ${untilUs} µs is before bus time ${this.nowUs} µs`);
		}
		const nodes = this.#nodes;
		const eleven = 11 * this.bitNs;
		for (;;) {
			if (this.#inf) {
				if (this.#infEndNs > untilNs) break;
				this.#complete(sink, onError);
				continue;
			}
			// Earliest SOF any node could start.
			let t = Infinity;
			for (let pm = this.#pendingNodes; pm !== 0; pm &= pm - 1) {
				const n = nodes[31 - Math.clz32(pm & -pm)];
				if (n.state === BUSOFF) continue;
				let m = n.pending;
				let e = Infinity;
				while (m !== 0) {
					const mb = 31 - Math.clz32(m & -m);
					m &= m - 1;
					if (n.enqNs[mb] < e) e = n.enqNs[mb];
				}
				if (n.earliestNs > e) e = n.earliestNs;
				if (e < t) t = e;
			}
			if (t < this.#busFreeNs) t = this.#busFreeNs;
			// A bus-off node that completes its recovery before then may join.
			if (this.#busOffNodes > 0) {
				let r = Infinity;
				let rn = -1;
				for (let i = 0; i < nodes.length; i++) {
					const n = nodes[i];
					if (n.state !== BUSOFF || n.armNs < 0) continue;
					const from = n.armNs > this.#runStartNs ? n.armNs : this.#runStartNs;
					const at = from + (RECOVERY_OCCURRENCES - n.recCount) * eleven;
					if (at < r) {
						r = at;
						rn = i;
					}
				}
				if (rn >= 0 && r <= t && r <= untilNs) {
					this.#recoverNow(rn, r);
					continue;
				}
			}
			// A SOF exactly at `untilUs` waits for the next call, so frames queued for that instant after this
			// call returns still join its arbitration.
			if (t >= untilNs) break;
			this.#start(t);
		}
		this.#nowNs = untilNs;
	}

	#recoverNow(i: number, atNs: number): void {
		const n = this.#nodes[i];
		n.state = ACTIVE;
		n.tec = 0;
		n.rec = 0;
		this.#noteRec(i, n);
		n.armNs = -1;
		n.recCount = 0;
		n.earliestNs = atNs;
		this.#busOffNodes--;
	}

	#start(t: number): void {
		const nodes = this.#nodes;
		const eleven = 11 * this.bitNs;
		// The SOF ends the recessive run: bank the 11-bit occurrences of bus-off nodes that are recovering.
		if (this.#busOffNodes > 0) {
			for (let i = 0; i < nodes.length; i++) {
				const n = nodes[i];
				if (n.state !== BUSOFF || n.armNs < 0) continue;
				const from = n.armNs > this.#runStartNs ? n.armNs : this.#runStartNs;
				if (t > from) n.recCount += Math.floor((t - from) / eleven);
				n.armNs = t; // counting resumes with the next run (see #complete)
			}
		}
		// Arbitration: each node offers its best mailbox queued by t; lowest field wins, ties in send order.
		let win = -1;
		let winMb = 0;
		let winKey = 0;
		let winSeq = 0;
		for (let pm = this.#pendingNodes; pm !== 0; pm &= pm - 1) {
			const i = 31 - Math.clz32(pm & -pm);
			const n = nodes[i];
			if (n.state === BUSOFF || n.earliestNs > t) continue;
			let m = n.pending;
			while (m !== 0) {
				const mb = 31 - Math.clz32(m & -m);
				m &= m - 1;
				if (n.enqNs[mb] > t) continue;
				const k = n.key[mb];
				const s = n.seq[mb];
				if (win < 0 || k < winKey || (k === winKey && s < winSeq)) {
					win = i;
					winMb = mb;
					winKey = k;
					winSeq = s;
				}
			}
		}
		const n = nodes[win];
		const flags = n.flags[winMb];
		encodeFrame(n.id[winMb], flags, n.dlc[winMb], n.data, winMb * DATA_STRIDE, n.state === ACTIVE ? 0 : 1);
		const bit = this.bitNs;
		const frameNs = encodeOut[0] * bit + encodeOut[1] * this.dataBitNs;

		let kind = 0;
		let det = 0;
		let activeDet = 0;
		const online = nodes.length - this.#busOffNodes - 1; // receivers that can ACK (the sender is online)
		if (online === 0 && this.ackRequired) {
			kind = BusErrorKind.Ack;
		} else {
			let corrupt = false;
			if (n.injTx > 0) {
				n.injTx--;
				corrupt = true;
			}
			if (this.#idFaults.size > 0) {
				const key = flags & FLAG_EXT ? (n.id[winMb] | 0x80000000) >>> 0 : n.id[winMb];
				const c = this.#idFaults.get(key);
				if (c !== undefined) {
					if (c <= 1) this.#idFaults.delete(key);
					else this.#idFaults.set(key, c - 1);
					corrupt = true;
				}
			}
			if (n.errorRate > 0 && nextRandom(this.#rng) < n.errorRate) corrupt = true;
			if (corrupt) {
				kind = BusErrorKind.Crc;
			} else {
				for (let i = 0; i < nodes.length; i++) {
					const r = nodes[i];
					if (i === win || r.state === BUSOFF || r.injRx === 0) continue;
					r.injRx--;
					det |= 1 << i;
					if (r.state === ACTIVE) activeDet |= 1 << i;
				}
				if (activeDet !== 0) kind = BusErrorKind.LocalRx;
			}
		}
		let end: number;
		let trail: number;
		switch (kind) {
			case 0: // ACK delimiter + EOF are the trailing recessive bits
				end = t + frameNs;
				trail = end - 8 * bit;
				break;
			case BusErrorKind.Crc: // error flag after the ACK delimiter: 6 flag + 8 delimiter bits
				end = t + frameNs - 7 * bit + 14 * bit;
				trail = end - 8 * bit;
				break;
			case BusErrorKind.Ack: // error flag at the ACK delimiter; a passive flag is recessive too
				end = t + frameNs - 8 * bit + 14 * bit;
				trail = n.state === ACTIVE ? end - 8 * bit : end - 16 * bit;
				break;
			default: // LocalRx: the detectors flag at EOF bit 1, everyone else one bit later (7 dominant bits)
				end = t + frameNs + 8 * bit;
				trail = end - 8 * bit;
		}
		this.#inf = true;
		this.#infNode = win;
		this.#infMb = winMb;
		this.#infStartNs = t;
		this.#infEndNs = end;
		this.#infBusyEndNs = end + INTERMISSION_BITS * bit;
		this.#infTrailNs = trail;
		this.#infKind = kind;
		this.#infDetMask = det;
		this.#infActiveDetMask = activeDet;
		this.#runStartNs = Infinity;
	}

	#complete(sink: FrameSink, onError: ErrorSink | undefined): void {
		const nodes = this.#nodes;
		const win = this.#infNode;
		const mb = this.#infMb;
		const n = nodes[win];
		const kind = this.#infKind;
		const bit = this.bitNs;
		const wasPassive = n.state === PASSIVE;
		this.#inf = false;
		this.#busFreeNs = this.#infBusyEndNs;
		this.#runStartNs = this.#infTrailNs;
		this.#addBusy(this.#infStartNs, this.#infBusyEndNs);

		if (kind === 0) {
			if (n.tec > 0) n.tec--;
			this.#setState(n);
			// Only receivers with REC > 0 or a flagged error change; usually there are none.
			const det = this.#infDetMask;
			let m = (this.#recMask | det) & ~(1 << win);
			while (m !== 0) {
				const i = 31 - Math.clz32(m & -m);
				m &= m - 1;
				const r = nodes[i];
				if (r.state === BUSOFF) continue;
				if (det & (1 << i)) r.rec++; // an error-passive receiver's flag went unheard
				else if (r.rec > 127) r.rec = 119;
				else if (r.rec > 0) r.rec--;
				this.#noteRec(i, r);
				this.#setState(r);
			}
			n.txFrames++;
			this.#frames++;
			const id = n.id[mb];
			const flags = n.flags[mb];
			if (this.#idStats) this.#recordId(id, flags, this.#infEndNs);
			n.earliestNs = this.#busFreeNs + (n.state === PASSIVE ? 8 * bit : 0);
			sink(this.#infEndNs / 1000, id, flags, n.dlc[mb], n.data, mb * DATA_STRIDE, win);
			n.pending &= ~(1 << mb);
			if (n.pending === 0) this.#pendingNodes &= ~(1 << win);
			return;
		}

		// Error frame: the mailbox stays pending and is retried.
		this.#errors++;
		n.txErrors++;
		if (!(kind === BusErrorKind.Ack && wasPassive)) n.tec += 8;
		const activeDet = this.#infActiveDetMask;
		for (let i = 0; i < nodes.length; i++) {
			const r = nodes[i];
			if (i === win || r.state === BUSOFF) continue;
			r.rec += activeDet & (1 << i) ? 8 : 1; // the first to flag sees the others' flags: +8
			if (r.rec > 255) r.rec = 255;
			this.#noteRec(i, r);
			this.#setState(r);
		}
		this.#setState(n);
		if (n.state === BUSOFF) {
			n.armNs = n.autoRecover ? this.#infTrailNs : -1;
			n.recCount = 0;
		}
		n.earliestNs = this.#busFreeNs + (n.state === PASSIVE ? 8 * bit : 0);
		if (onError !== undefined) onError(this.#infEndNs / 1000, n.id[mb], n.flags[mb], win, kind as BusErrorKind);
	}

	#noteRec(i: number, n: Node): void {
		if (n.rec > 0) this.#recMask |= 1 << i;
		else this.#recMask &= ~(1 << i);
	}

	#setState(n: Node): void {
		if (n.state === BUSOFF) return;
		if (n.tec > 255) {
			n.state = BUSOFF;
			n.busOffCount++;
			this.#busOffNodes++;
		} else n.state = n.tec > 127 || n.rec > 127 ? PASSIVE : ACTIVE;
	}

	#recordId(id: number, flags: number, endNs: number): void {
		const ext = (flags & FLAG_EXT) !== 0;
		const key = ext ? (id | 0x80000000) >>> 0 : id;
		let r = ext ? this.#perId.get(key) : this.#stdIds[id];
		if (r === undefined) {
			r = new IdRecord(id, ext);
			this.#perId.set(key, r);
			if (!ext) this.#stdIds[id] = r;
		}
		if (r.count > 0) {
			const p = endNs - r.lastNs;
			r.periods++;
			const d = p - r.mean;
			r.mean += d / r.periods;
			r.m2 += d * (p - r.mean);
			if (p < r.min) r.min = p;
			if (p > r.max) r.max = p;
		}
		r.count++;
		r.lastNs = endNs;
	}

	#addBusy(s: number, e: number): void {
		this.#busyTotalNs += e - s;
		const w = this.#bucketNs;
		while (s < e) {
			const b = Math.floor(s / w);
			this.#toBucket(b);
			const segEnd = Math.min(e, (b + 1) * w);
			this.#buckets[b % RING] += segEnd - s;
			s = segEnd;
		}
	}

	#toBucket(b: number): void {
		if (b <= this.#bucketAbs) return;
		const from = Math.max(this.#bucketAbs + 1, b - RING + 1);
		for (let k = from; k <= b; k++) this.#buckets[k % RING] = 0;
		this.#bucketAbs = b;
	}

	/** TEC, REC, state and counters of a node. */
	nodeState(node: number): NodeStatus {
		const n = this.#node(node, 'nodeState');
		return {
			name: n.name,
			tec: n.tec,
			rec: n.rec,
			state: STATE_NAMES[n.state],
			txFrames: n.txFrames,
			txErrors: n.txErrors,
			overflows: n.overflows,
			busOffDrops: n.busOffDrops,
			busOffCount: n.busOffCount,
			pending: this.pendingCount(node)
		};
	}

	/** Nodes that are bus-off now (0 on a healthy bus: a host can skip `isOnline` per receiver). */
	get busOffNodes(): number {
		return this.#busOffNodes;
	}

	/** False while the node is bus-off: it neither sends nor receives, so hosts should not deliver to it. */
	isOnline(node: number): boolean {
		return this.#node(node, 'isOnline').state !== BUSOFF;
	}

	/** Starts bus-off recovery of a node added with `autoRecover: false` (no effect otherwise). */
	recover(node: number): void {
		const n = this.#node(node, 'recover');
		if (n.state === BUSOFF && n.armNs < 0) {
			n.armNs = this.#nowNs;
			n.recCount = 0;
		}
	}

	/** The node's next `count` transmission attempts are corrupted on the wire (every receiver sees a CRC error). */
	injectTxErrors(node: number, count = 1): void {
		this.#node(node, 'injectTxErrors').injTx += checkCount('injectTxErrors', count);
	}

	/** The node's receiver flags an error in the next `count` frames it receives (a local disturbance). */
	injectRxErrors(node: number, count = 1): void {
		this.#node(node, 'injectRxErrors').injRx += checkCount('injectRxErrors', count);
	}

	/** The next `count` transmissions of identifier `id` (any sender) are corrupted. */
	corruptNext(id: number, opts: { ext?: boolean; count?: number } = {}): void {
		const ext = opts.ext ?? false;
		checkFrame('CanBus.corruptNext', id, ext ? FLAG_EXT : 0, 0, null, 0);
		const key = ext ? (id | 0x80000000) >>> 0 : id;
		this.#idFaults.set(key, (this.#idFaults.get(key) ?? 0) + checkCount('corruptNext', opts.count ?? 1));
	}

	/** Each transmission attempt of the node is corrupted with probability `p` (seeded PRNG). */
	setErrorRate(node: number, p: number): void {
		const n = this.#node(node, 'setErrorRate');
		if (!(p >= 0 && p <= 1)) throw new RangeError(`CanBus.setErrorRate(node ${node}): p ${p} is not in 0..1`);
		n.errorRate = p;
	}

	/** Load, frame and error counts, per-ID timing. */
	stats(): BusStats {
		const now = this.#nowNs;
		const w = this.#bucketNs;
		const cur = Math.floor(now / w); // buckets before `cur` are complete
		this.#toBucket(cur - 1);
		let busy = 0;
		const first = Math.max(0, cur - LOAD_BUCKETS);
		for (let b = first; b < cur; b++) busy += this.#buckets[b % RING];
		const span = (cur - first) * w;
		const perId = new Map<number, IdStats>();
		for (const [key, r] of this.#perId) {
			const has = r.periods > 0;
			perId.set(key, {
				id: r.id,
				ext: r.ext,
				count: r.count,
				lastUs: r.lastNs / 1000,
				periodMeanUs: has ? r.mean / 1000 : NaN,
				periodMinUs: has ? r.min / 1000 : NaN,
				periodMaxUs: has ? r.max / 1000 : NaN,
				periodStdUs: has ? Math.sqrt(r.m2 / r.periods) / 1000 : NaN,
				jitterUs: has ? (r.max - r.min) / 1000 : NaN
			});
		}
		return {
			timeUs: now / 1000,
			busLoad: span > 0 ? Math.min(1, busy / span) : 0,
			busLoadTotal: now > 0 ? Math.min(1, this.#busyTotalNs / now) : 0,
			frames: this.#frames,
			errors: this.#errors,
			perId
		};
	}
}

function checkCount(where: string, count: number): number {
	if (!Number.isInteger(count) || count < 0) throw new RangeError(`CanBus.${where}: count ${count} is not a non-negative integer`);
	return count;
}
