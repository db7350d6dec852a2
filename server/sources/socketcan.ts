/**
 * A SocketCAN interface as a CanSource (`socketcan:IFACE`), over the npm `socketcan` native addon: a raw
 * CAN socket with CAN FD frames enabled, every error class subscribed, kernel receive timestamps.
 * Received frames are gathered and handed on as one FrameBatch every `batchMs`. Setup and limits:
 * docs/can-protocols.md ("A real can0").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX, FrameBatchBuilder, dlcToLen, lenToDlc } from '../../src/lib/can/frame';
import type { CanFrameOut, CanSource, SessionEvent, SourceInfo, SourceState } from '../types';

/** What the addon hands to `onMessage` (its can.node Message, with the timestamp fields it sets). */
export interface AddonMessage {
	id: number;
	ext?: boolean;
	rtr?: boolean;
	err?: boolean;
	data: Buffer;
	ts_sec?: number;
	ts_usec?: number;
}

/** What `send` / `sendFD` take. */
export interface AddonOutMessage {
	id: number;
	ext: boolean;
	rtr: boolean;
	fd_brs?: boolean;
	data: Buffer;
}

export interface AddonChannel {
	addListener(event: 'onMessage' | 'onStopped', fn: (...a: never[]) => void): void;
	start(): void;
	stop(): void;
	send(m: AddonOutMessage): number;
	sendFD(m: AddonOutMessage): number;
	setRxFilters(f: KernelFilter[]): void;
	setErrorFilters(mask: number): void;
}

interface Addon {
	createRawChannelWithOptions(iface: string, o: { timestamps?: boolean; non_block_send?: boolean }): AddonChannel;
}

/** A receive filter: frames pass when `(id & mask) === (filter.id & mask)` (inverted: when they differ). */
export interface RxFilter {
	id: number;
	mask: number;
	/** true: only 29-bit frames, false: only 11-bit frames, absent: both. */
	ext?: boolean;
	invert?: boolean;
}

/** The kernel's `struct can_filter` as the addon takes it (it sets CAN_INV_FILTER from `invert`). */
export interface KernelFilter {
	id: number;
	mask: number;
	invert: boolean;
}

export interface SocketcanOptions {
	/** Receive filters, applied in the kernel (default: every frame). */
	filters?: RxFilter[];
	/** CAN error classes to receive as error frames (default CAN_ERR_MASK, all; 0 for none). */
	errorMask?: number;
	/** How often gathered frames are handed on, ms (default 8). */
	batchMs?: number;
	/** Where network interfaces are listed (default /sys/class/net). */
	sysfs?: string;
	/** Module to load as the addon (default 'socketcan'). */
	addonModule?: string;
}

const CAN_EFF_FLAG = 0x80000000;
const CAN_RTR_FLAG = 0x40000000;
export const CAN_ERR_MASK = 0x1fffffff;
const ARPHRD_CAN = 280;
const IFF_UP = 0x1;

const howToCreate = (iface: string): string =>
	`create a virtual one with 'ip link add dev ${iface} type vcan && ip link set up ${iface}', or bring up a real one with 'ip link set ${iface} up type can bitrate 500000'`;

/** The message `start()` rejects with when the interface does not exist. */
export const missingInterfaceMessage = (iface: string): string => `no CAN interface '${iface}': ${howToCreate(iface)}`;

/**
 * Kernel filters for `RxFilter`s. The EFF flag joins the mask when `ext` is given, so an 11-bit filter does
 * not also pass the 29-bit frame with the same low bits; RTR frames pass as data frames do.
 */
export function toKernelFilters(filters: RxFilter[]): KernelFilter[] {
	return filters.map((f, i) => {
		const max = f.ext ? 0x1fffffff : 0x7ff;
		for (const [k, v] of [
			['id', f.id],
			['mask', f.mask]
		] as const)
			if (!Number.isInteger(v) || v < 0 || v > (f.ext === undefined ? 0x1fffffff : max))
				throw new RangeError(`socketcan filter ${i + 1}: ${k} 0x${v.toString(16)} is not a ${f.ext ? '29' : '11'}-bit value`);
		const id = (f.id | (f.ext ? CAN_EFF_FLAG : 0)) >>> 0;
		const mask = (f.mask | (f.ext === undefined ? 0 : CAN_EFF_FLAG)) >>> 0;
		return { id, mask, invert: !!f.invert };
	});
}

/**
 * Parses candump's filter syntax, comma-separated: `ID:MASK` (pass), `ID~MASK` (pass what does not match);
 * an ID written with 8 hex digits is 29-bit, 3 or fewer 11-bit. Throws naming the bad filter.
 */
export function parseFilters(spec: string): RxFilter[] {
	return spec
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((one) => {
			const m = /^([0-9a-fA-F]{1,8})([:~])([0-9a-fA-F]{1,8})$/.exec(one);
			if (!m) throw new Error(`socketcan filter '${one}': expected ID:MASK or ID~MASK in hex (e.g. 7E8:7FF, 100~700)`);
			const ext = m[1].length === 8 ? true : m[1].length <= 3 ? false : undefined;
			const f: RxFilter = { id: parseInt(m[1], 16), mask: parseInt(m[3], 16), invert: m[2] === '~' };
			if (ext !== undefined) f.ext = ext;
			toKernelFilters([f]);
			return f;
		});
}

/**
 * One received message as FrameBatch fields. The addon reports neither the frame's size nor its FD flags,
 * so a payload longer than 8 bytes is what marks CAN FD (an FD frame of 8 bytes or fewer reads as classic,
 * and BRS is not seen). Error frames keep their error class as the ID and the kernel's 8 detail bytes.
 */
export function fromAddonMessage(m: AddonMessage): { id: number; flags: number; dlc: number; data: Uint8Array; wall_us: number | undefined } {
	const len = m.data.length;
	let flags = 0;
	if (m.err) flags |= FLAG_ERR;
	else {
		if (m.ext) flags |= FLAG_EXT;
		if (m.rtr) flags |= FLAG_RTR;
		if (len > 8) flags |= FLAG_FD;
	}
	const wall_us = m.ts_sec !== undefined && m.ts_usec !== undefined ? m.ts_sec * 1e6 + m.ts_usec : undefined;
	return { id: m.id >>> 0, flags, dlc: lenToDlc(len), data: new Uint8Array(m.data.buffer, m.data.byteOffset, len), wall_us };
}

/** A frame to send as the addon's message, and which call takes it; throws RangeError on an impossible frame. */
export function toAddonMessage(f: CanFrameOut): { fd: boolean; msg: AddonOutMessage } {
	const ext = (f.flags & FLAG_EXT) !== 0;
	const rtr = (f.flags & FLAG_RTR) !== 0;
	const fd = (f.flags & FLAG_FD) !== 0;
	const max = ext ? 0x1fffffff : 0x7ff;
	if (!Number.isInteger(f.id) || f.id < 0 || f.id > max) throw new RangeError(`socketcan send: ID 0x${f.id.toString(16)} is not a ${ext ? '29' : '11'}-bit identifier`);
	if (f.flags & FLAG_ERR) throw new RangeError('socketcan send: error frames are made by controllers, not sent');
	if (!fd && f.flags & FLAG_BRS) throw new RangeError('socketcan send: BRS without FD');
	if (fd && rtr) throw new RangeError('socketcan send: CAN FD has no remote frames');
	if (!Number.isInteger(f.dlc) || f.dlc < 0 || f.dlc > (fd ? 15 : 8)) throw new RangeError(`socketcan send: DLC ${f.dlc} is not 0..${fd ? 15 : 8}`);
	const len = dlcToLen(f.dlc);
	if (!rtr && f.data.length < len) throw new RangeError(`socketcan send: DLC ${f.dlc} needs ${len} bytes, got ${f.data.length}`);
	// an RTR frame's length is its DLC: the addon takes it from the buffer's size
	const data = rtr ? Buffer.alloc(len) : Buffer.from(f.data.buffer, f.data.byteOffset, len);
	const msg: AddonOutMessage = { id: f.id, ext, rtr, data };
	if (fd) msg.fd_brs = (f.flags & FLAG_BRS) !== 0;
	return { fd, msg };
}

/** Loads the addon, or says why it cannot be had. */
export async function loadAddon(module = 'socketcan'): Promise<Addon> {
	try {
		const m = (await import(/* @vite-ignore */ module)) as Addon & { default?: Addon };
		const addon = typeof m.createRawChannelWithOptions === 'function' ? m : m.default;
		if (!addon || typeof addon.createRawChannelWithOptions !== 'function') throw new Error('it has no createRawChannelWithOptions');
		return addon;
	} catch (e) {
		throw new Error(
			`the socketcan source needs the npm package '${module}' (a native addon, Linux only), which is not installed or did not build: ${(e as Error).message.split('\n')[0]}. On Linux: npm install socketcan`
		);
	}
}

/** Why `iface` cannot carry CAN, read from sysfs; null when it looks fine. */
export function checkInterface(iface: string, sysfs = '/sys/class/net'): string | null {
	if (!/^[A-Za-z0-9_.:-]{1,15}$/.test(iface)) return `'${iface}' is not a network interface name`;
	const dir = join(sysfs, iface);
	if (!existsSync(dir)) return missingInterfaceMessage(iface);
	const read = (f: string): string | undefined => {
		try {
			return readFileSync(join(dir, f), 'utf8').trim();
		} catch {
			return undefined;
		}
	};
	const type = read('type');
	if (type !== undefined && Number(type) !== ARPHRD_CAN) return `'${iface}' is not a CAN interface (link type ${type}; CAN is ${ARPHRD_CAN})`;
	const flags = read('flags');
	if (flags !== undefined && (parseInt(flags, 16) & IFF_UP) === 0) return `CAN interface '${iface}' is down: bring it up with 'ip link set up ${iface}'`;
	return null;
}

/** The source for `socketcan:IFACE` on hub channel `channel`. */
export function createSocketcanSource(iface: string, channel: number, opts: SocketcanOptions = {}): CanSource {
	const batchMs = opts.batchMs ?? 8;
	const kernelFilters = opts.filters ? toKernelFilters(opts.filters) : undefined;
	const batchFns = new Set<(b: import('../../src/lib/can/frame').FrameBatch) => void>();
	const sessionFns = new Set<(e: SessionEvent) => void>();
	const builder = new FrameBatchBuilder(256);
	let state: SourceState = 'stopped';
	let error: string | undefined;
	let ch: AddonChannel | undefined;
	let timer: ReturnType<typeof setInterval> | undefined;
	let epoch_us = 0;
	let framesIn = 0;
	let framesOut = 0;

	// Sent frames, marked TX, wait here until the received stream passes their time: frames the kernel had
	// already received (stamped earlier) may still be on their way to this thread, and a batch is in time order.
	const pendingTx: { t: number; f: CanFrameOut; data: Uint8Array; held: number }[] = [];
	const releaseTx = (until_us: number, olderThan_ms = Infinity): void => {
		const now = Date.now();
		while (pendingTx.length && (pendingTx[0].t <= until_us || now - pendingTx[0].held >= olderThan_ms)) {
			const p = pendingTx.shift()!;
			builder.push(p.t, p.f.id, p.f.flags | FLAG_TX, p.f.dlc, p.data, 0, channel);
		}
	};

	const flush = (): void => {
		// on a quiet bus nothing passes a sent frame's time: let it go after 100 ms
		releaseTx(-Infinity, 100);
		if (builder.count === 0) return;
		const b = builder.take();
		for (const fn of batchFns) fn(b);
	};

	const onMessage = (m: AddonMessage): void => {
		const f = fromAddonMessage(m);
		// a socket whose timestamp ioctl failed still gets a time: this process's clock, close to the kernel's
		const t = (f.wall_us ?? Date.now() * 1000) - epoch_us;
		if (pendingTx.length) releaseTx(t);
		builder.push(t, f.id, f.flags, f.dlc, f.data, 0, channel);
		framesIn++;
	};

	const halt = (): void => {
		if (timer) clearInterval(timer);
		timer = undefined;
		releaseTx(Infinity);
		flush();
	};

	const src: CanSource = {
		kind: 'socketcan',
		name: iface,
		channel,
		async start() {
			if (state === 'running' || state === 'starting') return;
			state = 'starting';
			error = undefined;
			try {
				const addon = await loadAddon(opts.addonModule);
				const bad = checkInterface(iface, opts.sysfs);
				if (bad) throw new Error(bad);
				try {
					ch = addon.createRawChannelWithOptions(iface, { timestamps: true, non_block_send: true });
				} catch (e) {
					// the interface can vanish between the check and the open; say the same thing then
					const again = checkInterface(iface, opts.sysfs);
					throw new Error(
						again ?? `cannot open CAN interface '${iface}': ${(e as Error).message} (does this kernel have SocketCAN? 'modprobe can_raw')`
					);
				}
				if (kernelFilters) ch.setRxFilters(kernelFilters);
				if (opts.errorMask !== undefined) ch.setErrorFilters(opts.errorMask >>> 0);
				ch.addListener('onMessage', onMessage as (...a: never[]) => void);
				ch.addListener('onStopped', (() => {
					if (state !== 'running') return;
					halt();
					state = 'failed';
					error = `CAN interface '${iface}' stopped (went down or was removed): ${checkInterface(iface, opts.sysfs) ?? 'bring it up again'}`;
				}) as (...a: never[]) => void);
				epoch_us = Date.now() * 1000;
				ch.start();
				timer = setInterval(flush, batchMs);
				state = 'running';
				const e: SessionEvent = { reason: 'reset', channel, t_us: 0, epoch_us };
				for (const fn of sessionFns) fn(e);
			} catch (e) {
				state = 'failed';
				error = (e as Error).message;
				ch = undefined;
				throw e;
			}
		},
		async stop() {
			halt();
			if (ch && state === 'running') ch.stop();
			ch = undefined;
			if (state !== 'failed') state = 'stopped';
		},
		onBatch(fn) {
			batchFns.add(fn);
			return () => batchFns.delete(fn);
		},
		onSession(fn) {
			sessionFns.add(fn);
			return () => sessionFns.delete(fn);
		},
		send(f: CanFrameOut) {
			const { fd, msg } = toAddonMessage(f);
			if (!ch || state !== 'running') throw new Error(`CAN interface '${iface}' is not running (${error ?? state})`);
			const n = fd ? ch.sendFD(msg) : ch.send(msg);
			if (n < 0) throw new Error(`CAN interface '${iface}': send failed (TX queue full, bus-off, or no FD on this interface: 'ip link set ${iface} mtu 72')`);
			framesOut++;
			// the socket does not hear its own frames: record what was sent, marked TX, so the trace shows it
			pendingTx.push({ t: Date.now() * 1000 - epoch_us, f, data: Uint8Array.from(msg.data), held: Date.now() });
		},
		describe(): SourceInfo {
			return { channel, kind: 'socketcan', name: iface, state, error, canSend: state === 'running', framesIn, framesOut };
		}
	};
	return src;
}
