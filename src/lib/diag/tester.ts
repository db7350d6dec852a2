/**
 * The diagnostic tester: a bench participant (src/lib/sim/bench/participant.ts) that speaks ISO-TP and UDS
 * to the ECUs on virtual time. Every frame it sends is queued at an exact virtual time (consecutive frames at
 * the previous frame's end + STmin), and every timeout fires at its exact deadline (N_As, N_Bs, N_Cr from
 * ISO 15765-2, P2/P2* from ISO 14229-2), so tests can assert timing to the µs. docs/diagnostics.md,
 * "The tester".
 */
import type { BenchParticipant, BenchPort } from '../sim/bench/participant';
import { FS_CTS, FS_OVFLW, FS_WAIT, PAD, Reassembler, describeFrame, flowControl, segment, stminUs, type NResult } from './isotp';

/** Functional request ID (every ECU, and OBD-II). */
export const FUNCTIONAL_ID = 0x7df;
/** Physical request IDs answer on ID + 8; the responses of a functional request come from this range. */
export const RESPONSE_IDS = [0x7e8, 0x7e9, 0x7ea, 0x7eb, 0x7ec, 0x7ed, 0x7ee, 0x7ef] as const;

export interface TesterOptions {
	/** Padding byte of every frame, or null to send frames as short as their content; default 0xCC. */
	padding?: number | null;
	/** Block size in our flow-control frames (0 = the whole message after one FC); default 0. */
	bs?: number;
	/** STmin byte in our flow-control frames; default 0. */
	stmin?: number;
	/** N_As / N_Bs / N_Cr in µs; default 1 000 000 each (ISO 15765-2 default). */
	nAs_us?: number;
	nBs_us?: number;
	nCr_us?: number;
	/** P2 client: wait for the start of a response after the request left, µs; default 50 000 (the ECUs' P2). */
	p2_us?: number;
	/** P2*: wait after a 0x78 responsePending, µs; default 5 000 000 (the ECUs' P2*). */
	p2star_us?: number;
	/** Flow-control WAIT frames accepted in a row before N_WFT_OVRN; default 10. */
	maxWft?: number;
}

/** One line of the exchange trace. */
export interface TraceEntry {
	t_us: number;
	/** 'tx'/'rx': a frame at its end-of-frame time; 'event': a timeout, a responsePending, the end of a job. */
	dir: 'tx' | 'rx' | 'event';
	id?: number;
	data?: number[];
	note: string;
}

/** One complete UDS response (after any 0x78 responsePending). */
export interface Response {
	/** CAN ID it came on. */
	id: number;
	/** End of its last frame, µs. */
	t_us: number;
	payload: number[];
	/** responsePending (0x78) answers that came before it. */
	pending: number;
}

/** The outcome of one request. */
export type ExchangeResult = 'OK' | NResult | 'P2_TIMEOUT' | 'P2STAR_TIMEOUT' | 'ABORTED';

export interface Exchange {
	/** Request CAN ID (0x7DF = functional). */
	target: number;
	request: number[];
	/** Virtual time the first frame was queued, µs. */
	t_start: number;
	/** End of the request's last frame, or null if it never left. */
	t_sent: number | null;
	/** When the exchange ended (the final response, a timeout's deadline, or the functional P2 window). */
	t_end: number;
	result: ExchangeResult;
	/** Why it ended when not OK, in words. */
	error: string | null;
	/** Physical: at most one; functional: one per ECU that answered. */
	responses: Response[];
	trace: TraceEntry[];
}

export interface RequestOptions {
	/** Send the request and do not wait for any answer (TesterPresent 3E 80, suppressPosRsp requests). */
	noResponse?: boolean;
	/** P2 for this request, µs (overrides the tester's). */
	p2_us?: number;
}

interface Responder {
	rx: Reassembler;
	/** Flow-control ID for this responder (its physical request ID). */
	fcId: number;
	/** CFs received in the current block. */
	block: number;
	/** µs; null when not waiting for this responder. */
	deadline: number | null;
	deadlineKind: 'N_TIMEOUT_Cr' | 'N_TIMEOUT_A' | 'P2STAR_TIMEOUT';
	pending: number;
}

interface Job {
	x: Exchange;
	opts: RequestOptions;
	resolve: (x: Exchange) => void;
	frames: Uint8Array[];
	/** Next frame of `frames` to queue. */
	next: number;
	/** CFs sent in the current block and the peer's BS (0 = unlimited). */
	block: number;
	bs: number;
	stmin_us: number;
	waits: number;
	/** 'as': our frame is queued; 'fc': waiting for the peer's FC; 'cf': sending CFs; 'sent': all left. */
	tx: 'as' | 'fc' | 'cf' | 'sent';
	txDeadline: number | null;
	txKind: 'N_TIMEOUT_A' | 'N_TIMEOUT_Bs';
	/** P2 window: for physical requests the wait for the response's start, for functional ones the collection window. */
	p2Deadline: number | null;
	responders: Map<number, Responder>;
	ended: boolean;
	/** Latest response or responder timeout of a functional request, µs. */
	last: number;
}

const hex = (d: ArrayLike<number>): string => Array.from(d, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

export class DiagTester implements BenchParticipant {
	readonly o: Required<TesterOptions>;
	#port: BenchPort | null = null;
	#queue: Job[] = [];
	#job: Job | null = null;
	/** Own frames queued and not yet seen on the bus, in order: what to do when each completes. */
	#inflight: Array<{ id: number; done: (t: number) => void }> = [];
	#traceTaps: Array<(e: TraceEntry) => void> = [];
	#keepAlive: { id: number; period_us: number; next_us: number } | null = null;
	/** Time of the last tick; frames are queued at it or later. */
	#t = 0;

	constructor(o: TesterOptions = {}) {
		this.o = {
			padding: o.padding === undefined ? PAD : o.padding,
			bs: o.bs ?? 0,
			stmin: o.stmin ?? 0,
			nAs_us: o.nAs_us ?? 1_000_000,
			nBs_us: o.nBs_us ?? 1_000_000,
			nCr_us: o.nCr_us ?? 1_000_000,
			p2_us: o.p2_us ?? 50_000,
			p2star_us: o.p2star_us ?? 5_000_000,
			maxWft: o.maxWft ?? 10
		};
	}

	/** Requests queued or running. */
	get busy(): boolean {
		return this.#job !== null || this.#queue.length > 0;
	}

	/** Watches the trace (every frame of every exchange, timeouts, responsePending as they happen); returns the unsubscribe. */
	onTrace(fn: (e: TraceEntry) => void): () => void {
		this.#traceTaps.push(fn);
		return () => {
			const i = this.#traceTaps.indexOf(fn);
			if (i >= 0) this.#traceTaps.splice(i, 1);
		};
	}

	/**
	 * Sends a UDS (or OBD-II) request to `target` (a physical request ID, or 0x7DF functional) at the next
	 * tick after the running ones, and resolves when it is answered or timed out. Never rejects.
	 */
	request(target: number, payload: ArrayLike<number>, opts: RequestOptions = {}): Promise<Exchange> {
		const frames = segment(payload, this.o.padding); // throws on an empty or too long message, before queuing
		if (target === FUNCTIONAL_ID && frames.length > 1) throw new RangeError('a functional request must fit one single frame (≤ 7 bytes)');
		return new Promise((resolve) => {
			this.#queue.push({
				x: { target, request: Array.from(payload), t_start: 0, t_sent: null, t_end: 0, result: 'OK', error: null, responses: [], trace: [] },
				opts,
				resolve,
				frames,
				next: 0,
				block: 0,
				bs: 0,
				stmin_us: 0,
				waits: 0,
				tx: 'as',
				txDeadline: null,
				txKind: 'N_TIMEOUT_A',
				p2Deadline: null,
				responders: new Map(),
				ended: false,
				last: 0
			});
		});
	}

	/** Keeps a non-default session open: `3E 80` to `target` every `period_us` while idle (null: stop). */
	setKeepAlive(target: number | null, period_us = 2_000_000): void {
		this.#keepAlive = target === null ? null : { id: target, period_us, next_us: this.#t + period_us };
	}

	get keepAlive(): number | null {
		return this.#keepAlive?.id ?? null;
	}

	/** Ends every queued and running request with ABORTED (the simulation was replaced). */
	abort(why: string): void {
		const jobs = this.#job ? [this.#job, ...this.#queue] : [...this.#queue];
		this.#queue = [];
		this.#job = null;
		for (const j of jobs) this.#finish(j, this.#t, 'ABORTED', why);
	}

	attach(port: BenchPort, t_us: number): void {
		this.#port = port;
		this.#t = t_us;
	}

	tick(t: number): void {
		this.#t = t;
		this.#expire(t, true);
		if (!this.#job && this.#queue.length > 0) this.#start(this.#queue.shift()!, t);
		const ka = this.#keepAlive;
		if (ka && !this.#job && t >= ka.next_us) {
			ka.next_us = t + ka.period_us;
			const f = segment([0x3e, 0x80], this.o.padding)[0];
			this.#send(t, ka.id, f, 'TesterPresent (keep-alive)', () => {});
		}
	}

	rx(t: number, id: number, _flags: number, dlc: number, data: Uint8Array, offset: number, sender: number): void {
		if (!this.#port) return;
		if (sender === this.#port.node) {
			const k = this.#inflight.findIndex((f) => f.id === id);
			if (k >= 0) this.#inflight.splice(k, 1)[0].done(t);
			return;
		}
		if (id < 0x7e8 || id > 0x7ef) return;
		this.#expire(t, false);
		const d = data.slice(offset, offset + Math.min(dlc, 8));
		const job = this.#job;
		const mine = job && (job.x.target === FUNCTIONAL_ID ? true : id === job.x.target + 8);
		this.#trace(job && mine ? job : null, { t_us: t, dir: 'rx', id, data: Array.from(d), note: describeFrame(d) });
		if (!job || !mine) return;
		if (job.tx === 'fc' && id === job.x.target + 8 && d[0] >> 4 === 3) {
			this.#onFlowControl(job, t, d);
			return;
		}
		if (job.tx !== 'sent' || job.opts.noResponse) return;
		let r = job.responders.get(id);
		if (!r) {
			r = { rx: new Reassembler(), fcId: id - 8, block: 0, deadline: null, deadlineKind: 'N_TIMEOUT_Cr', pending: 0 };
			job.responders.set(id, r);
		}
		const ev = r.rx.feed(d);
		switch (ev.kind) {
			case 'single':
				this.#onMessage(job, r, id, t, ev.payload);
				break;
			case 'first':
				if (job.x.target !== FUNCTIONAL_ID) job.p2Deadline = null;
				r.block = 0;
				this.#sendFc(job, r, t);
				break;
			case 'consecutive':
				if (ev.done) this.#onMessage(job, r, id, t, ev.done);
				else if (this.o.bs > 0 && ++r.block >= this.o.bs) {
					r.block = 0;
					this.#sendFc(job, r, t);
				} else {
					r.deadline = t + this.o.nCr_us;
					r.deadlineKind = 'N_TIMEOUT_Cr';
				}
				break;
			case 'error':
				r.deadline = null;
				this.#finish(job, t, ev.result, ev.why);
				break;
			default:
				break;
		}
	}

	#start(job: Job, t: number): void {
		this.#job = job;
		job.x.t_start = t;
		if (this.#keepAlive && this.#keepAlive.id === job.x.target) this.#keepAlive.next_us = t + this.#keepAlive.period_us;
		this.#trace(job, { t_us: t, dir: 'event', note: `request to 0x${job.x.target.toString(16).toUpperCase()}: ${hex(job.x.request)}` });
		this.#sendNext(job, t);
	}

	/** Queues the job's next frame at `t`: the single frame, the first frame or a consecutive frame. */
	#sendNext(job: Job, t: number): void {
		const i = job.next++;
		const f = job.frames[i];
		const last = i === job.frames.length - 1;
		job.tx = 'as';
		job.txKind = 'N_TIMEOUT_A';
		job.txDeadline = t + this.o.nAs_us;
		const ok = this.#send(t, job.x.target, f, describeFrame(f), (tEnd) => {
			if (this.#job !== job) return;
			job.txDeadline = null;
			if (last) {
				job.tx = 'sent';
				job.x.t_sent = tEnd;
				if (job.opts.noResponse) return this.#finish(job, tEnd, 'OK', null);
				job.p2Deadline = tEnd + (job.opts.p2_us ?? this.o.p2_us);
			} else if (i === 0 || (job.bs > 0 && ++job.block >= job.bs)) {
				job.block = 0;
				job.tx = 'fc';
				job.txKind = 'N_TIMEOUT_Bs';
				job.txDeadline = tEnd + this.o.nBs_us;
			} else {
				// STmin runs from the end of the previous CF to the start of the next
				job.tx = 'cf';
				this.#sendNext(job, tEnd + job.stmin_us);
			}
		});
		if (!ok) this.#finish(job, t, 'N_ERROR', 'the bench node refused the frame (mailboxes full or bus-off)');
	}

	#onFlowControl(job: Job, t: number, d: Uint8Array): void {
		const fs = d[0] & 0x0f;
		if (fs === FS_CTS) {
			job.bs = d[1];
			job.stmin_us = stminUs(d[2]);
			job.block = 0;
			job.waits = 0;
			this.#sendNext(job, t);
		} else if (fs === FS_WAIT) {
			if (++job.waits > this.o.maxWft) return this.#finish(job, t, 'N_WFT_OVRN', `more than ${this.o.maxWft} FC WAIT in a row`);
			job.txDeadline = t + this.o.nBs_us;
		} else if (fs === FS_OVFLW) {
			this.#finish(job, t, 'N_BUFFER_OVFLW', `the ECU cannot take ${job.x.request.length} bytes (FC OVFLW)`);
		} else {
			this.#finish(job, t, 'N_INVALID_FS', `flow status ${fs}`);
		}
	}

	#sendFc(job: Job, r: Responder, t: number): void {
		r.deadline = t + this.o.nAs_us;
		r.deadlineKind = 'N_TIMEOUT_A';
		const f = flowControl(FS_CTS, this.o.bs, this.o.stmin, this.o.padding);
		this.#send(t, r.fcId, f, describeFrame(f), (tEnd) => {
			if (r.deadlineKind !== 'N_TIMEOUT_A' || r.deadline === null) return;
			r.deadline = tEnd + this.o.nCr_us;
			r.deadlineKind = 'N_TIMEOUT_Cr';
		});
	}

	#onMessage(job: Job, r: Responder, id: number, t: number, p: Uint8Array): void {
		const payload = Array.from(p);
		if (payload.length >= 3 && payload[0] === 0x7f && payload[2] === 0x78) {
			r.pending++;
			r.deadline = t + this.o.p2star_us;
			r.deadlineKind = 'P2STAR_TIMEOUT';
			if (job.x.target !== FUNCTIONAL_ID) job.p2Deadline = null;
			this.#trace(job, { t_us: t, dir: 'event', id, note: `0x${id.toString(16).toUpperCase()}: 7F ${hex([payload[1]])} 78 responsePending, waiting P2* ${this.o.p2star_us / 1000} ms` });
			return;
		}
		r.deadline = null;
		job.x.responses.push({ id, t_us: t, payload, pending: r.pending });
		job.last = Math.max(job.last, t);
		r.pending = 0;
		if (job.x.target !== FUNCTIONAL_ID) this.#finish(job, t, 'OK', null);
	}

	/** Fires the deadlines that passed: `inclusive` at a tick (nothing can still arrive at `t`), strict at a frame. */
	#expire(t: number, inclusive: boolean): void {
		const job = this.#job;
		if (!job) return;
		const late = (d: number | null): d is number => d !== null && (inclusive ? d <= t : d < t);
		if (late(job.txDeadline)) {
			const what = job.txKind === 'N_TIMEOUT_A' ? 'our frame did not leave the bench node in N_As' : 'no flow control from the ECU within N_Bs';
			return this.#finish(job, job.txDeadline, job.txKind, what);
		}
		for (const [id, r] of job.responders) {
			if (!late(r.deadline)) continue;
			const d = r.deadline;
			r.deadline = null;
			const who = `0x${id.toString(16).toUpperCase()}`;
			const why =
				r.deadlineKind === 'N_TIMEOUT_Cr'
					? `${who} stopped sending consecutive frames (${r.rx.received} of ${r.rx.expected} bytes), N_Cr ${this.o.nCr_us / 1000} ms`
					: r.deadlineKind === 'P2STAR_TIMEOUT'
						? `${who} said responsePending but gave no answer within P2* ${this.o.p2star_us / 1000} ms`
						: 'our flow control did not leave the bench node in N_As';
			r.rx.reset();
			if (job.x.target !== FUNCTIONAL_ID) return this.#finish(job, d, r.deadlineKind, why);
			job.last = Math.max(job.last, d);
			this.#trace(job, { t_us: d, dir: 'event', id, note: `${r.deadlineKind}: ${why}` });
		}
		if (job.x.target === FUNCTIONAL_ID) {
			// the collection window stays open past P2 while an ECU is still sending or said responsePending
			if (late(job.p2Deadline) && ![...job.responders.values()].some((r) => r.deadline !== null)) {
				this.#finish(job, Math.max(job.p2Deadline, job.last), 'OK', null);
			}
		} else if (late(job.p2Deadline)) {
			this.#finish(job, job.p2Deadline, 'P2_TIMEOUT', `no response within P2 ${(job.opts.p2_us ?? this.o.p2_us) / 1000} ms`);
		}
	}

	#finish(job: Job, t: number, result: ExchangeResult, error: string | null): void {
		if (job.ended) return;
		job.ended = true;
		job.x.t_end = t;
		job.x.result = result;
		job.x.error = error;
		job.txDeadline = null;
		job.p2Deadline = null;
		for (const r of job.responders.values()) r.deadline = null;
		const n = job.x.responses.length;
		this.#trace(job, { t_us: t, dir: 'event', note: result === 'OK' ? `done, ${n} response${n === 1 ? '' : 's'}` : `${result}: ${error}` });
		if (this.#job === job) this.#job = null;
		job.resolve(job.x);
	}

	#send(t: number, id: number, f: Uint8Array, note: string, done: (tEnd: number) => void): boolean {
		const port = this.#port;
		if (!port || !port.send(t, id, 0, f.length, f)) return false;
		this.#inflight.push({
			id,
			done: (tEnd) => {
				this.#trace(this.#job, { t_us: tEnd, dir: 'tx', id, data: Array.from(f), note });
				done(tEnd);
			}
		});
		return true;
	}

	#trace(job: Job | null, e: TraceEntry): void {
		job?.x.trace.push(e);
		for (let k = 0; k < this.#traceTaps.length; k++) this.#traceTaps[k](e);
	}
}
