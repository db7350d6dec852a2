/**
 * Text helpers shared by the socketcand and slcan servers (docs/can-protocols.md): hex payloads, identifier
 * checks, token comparison, and the wall-clock time of a frame from its session's epoch.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { FLAG_EXT, FLAG_FD, FLAG_RTR, dlcToLen } from '../src/lib/can/frame';
import type { CanFrameOut, Hub, SessionEvent } from './types';

export const MAX_STD_ID = 0x7ff;
export const MAX_EXT_ID = 0x1fffffff;

/** A client's line that cannot be a command or frame; `message` says what and where, for the client. */
export class ProtocolError extends Error {}

const HEX = '0123456789ABCDEF';

/** Upper-case hex of `bytes`, no separators (the form socketcand and slcan put on the wire). */
export function toHex(bytes: ArrayLike<number>, start = 0, end = bytes.length): string {
	let s = '';
	for (let i = start; i < end; i++) s += HEX[(bytes[i] >> 4) & 15] + HEX[bytes[i] & 15];
	return s;
}

/** Bytes of an even-length hex string; throws ProtocolError naming `what` on anything else. */
export function fromHex(hex: string, what: string): Uint8Array {
	if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new ProtocolError(`${what}: '${hex}' is not hex bytes`);
	const out = new Uint8Array(hex.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
	return out;
}

/** An identifier in hex; `ext` picks the 29-bit range. Throws ProtocolError naming `what`. */
export function parseId(hex: string, ext: boolean, what: string): number {
	if (!/^[0-9a-fA-F]{1,8}$/.test(hex)) throw new ProtocolError(`${what}: '${hex}' is not a hex identifier`);
	const id = parseInt(hex, 16);
	const max = ext ? MAX_EXT_ID : MAX_STD_ID;
	if (id > max) throw new ProtocolError(`${what}: identifier 0x${hex.toUpperCase()} is above 0x${max.toString(16).toUpperCase()} (${ext ? '29' : '11'}-bit)`);
	return id;
}

/** Checks a frame before it goes to the hub, so a client hears what is wrong with it, not a source's error. */
export function checkFrame(f: CanFrameOut, what: string): void {
	const ext = (f.flags & FLAG_EXT) !== 0;
	const fd = (f.flags & FLAG_FD) !== 0;
	if (f.id > (ext ? MAX_EXT_ID : MAX_STD_ID)) throw new ProtocolError(`${what}: identifier out of range`);
	if (fd && (f.flags & FLAG_RTR)) throw new ProtocolError(`${what}: CAN FD has no remote frames`);
	if (f.dlc > (fd ? 15 : 8)) throw new ProtocolError(`${what}: DLC ${f.dlc} is above ${fd ? 15 : 8}`);
	if (!(f.flags & FLAG_RTR) && f.data.length !== dlcToLen(f.dlc))
		throw new ProtocolError(`${what}: DLC ${f.dlc} needs ${dlcToLen(f.dlc)} data bytes, got ${f.data.length}`);
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Whether `given` equals `token`, in time that depends on neither (both are hashed to 32 bytes first). */
export function tokenMatches(given: string, token: string | undefined): boolean {
	if (!token) return false;
	return timingSafeEqual(digest(given), digest(token));
}

/**
 * Wall-clock time of each channel's frames: a session's `epoch_us` plus the frame's `t_us`. A channel whose
 * session has no epoch (the simulation's virtual time) or whose session this server never saw (it started
 * after the source) is anchored at the wall time its first frame arrived here, so times still increase.
 */
export class ChannelClock {
	#epoch = new Map<number, number>();
	#off: () => void;
	constructor(hub: Hub) {
		this.#off = hub.onSession((e: SessionEvent) => {
			if (e.epoch_us !== undefined) this.#epoch.set(e.channel, e.epoch_us);
			else this.#epoch.delete(e.channel);
		});
	}

	/** Epoch µs of a frame at `t_us` on `channel`. */
	wall_us(channel: number, t_us: number): number {
		let e = this.#epoch.get(channel);
		if (e === undefined) {
			e = Date.now() * 1000 - t_us;
			this.#epoch.set(channel, e);
		}
		return e + t_us;
	}

	close(): void {
		this.#off();
	}
}

/** `SECS.USECS` of an epoch-µs time, as socketcand writes it. */
export function secsUsecs(us: number): string {
	const t = Math.round(us);
	const s = Math.floor(t / 1e6);
	return `${s}.${String(t - s * 1e6).padStart(6, '0')}`;
}

/**
 * Resolves a client's channel name: a source's own name (`sim`, `vcan0`, a replay file), else `canN` for
 * hub channel N. Returns the channel number or undefined.
 */
export function resolveChannel(hub: Hub, name: string): number | undefined {
	const src = hub.sources();
	const byName = src.find((s) => s.name === name);
	if (byName) return byName.channel;
	const m = /^can(\d{1,3})$/.exec(name);
	if (m && src.some((s) => s.channel === Number(m[1]))) return Number(m[1]);
	return undefined;
}

/** What a client may open, for error messages: `sim (can0), vcan0 (can1)`. */
export function channelList(hub: Hub): string {
	const src = hub.sources();
	return src.length ? src.map((s) => `${s.name} (can${s.channel})`).join(', ') : 'none';
}
