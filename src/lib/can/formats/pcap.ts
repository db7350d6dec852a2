/**
 * PCAP and PCAPNG with LINKTYPE_CAN_SOCKETCAN (227): each packet is a SocketCAN `can_frame`/`canfd_frame`
 * whose CAN ID word is big-endian (EFF 0x80000000, RTR 0x40000000, ERR 0x20000000), then the payload length,
 * FD flags (0x04 FDF, 0x01 BRS), two reserved bytes and the payload. Read: both byte orders, µs and ns pcap,
 * pcapng SHB/IDB/EPB/SPB with `if_tsresol` and `if_name` (channel = interface). Written: pcap (µs, one
 * channel) and pcapng (one interface a channel, named). Packets of another link type are an error.
 */
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, dlcToLen, lenToDlc, type FrameBatch } from '../frame';
import { BaseReader, concatBytes, type LogWriter, type ReaderOptions, type WriterOptions } from './types';

export const LINKTYPE_CAN_SOCKETCAN = 227;
const CAN_EFF = 0x80000000;
const CAN_RTR = 0x40000000;
const CAN_ERR = 0x20000000;
const CANFD_BRS = 0x01;
const CANFD_FDF = 0x04;
const MAX_BLOCK = 16 * 2 ** 20;

export class PcapReader extends BaseReader {
	format = 'pcap';
	#buf: Uint8Array = new Uint8Array(0);
	#offset = 0; // file offset of #buf[0]
	#kind: 'pcap' | 'pcapng' | undefined;
	#le = true;
	#nsRes = false; // pcap: nanosecond timestamps
	#pcapLink = 0;
	/** pcapng interfaces of the current section: link type and ticks per second. */
	#ifaces: Array<{ link: number; unitsPerS: number; channel: number }> = [];
	#nextChannel = 0;
	readonly #data = new Uint8Array(64);

	constructor(o: ReaderOptions) {
		super(o);
	}

	read(chunk: Uint8Array): void {
		if (this.stopped) return;
		this.#buf = this.#buf.length ? concatBytes([this.#buf, chunk]) : chunk;
		let p = 0;
		try {
			p = this.#run();
		} finally {
			this.#buf = this.#buf.slice(p);
			this.#offset += p;
		}
	}

	end(): void {
		if (!this.stopped && this.#buf.length > 0) {
			this.skipped++;
			this.fail(`file is truncated: ${this.#buf.length} bytes of an unfinished ${this.#kind ? 'packet or block' : 'file header'}`, { offset: this.#offset }, true);
		}
		this.flush();
	}

	/** Parses whole records from #buf; returns how many bytes were used. */
	#run(): number {
		const b = this.#buf;
		const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
		let p = 0;
		if (!this.#kind) {
			if (b.length < 4) return 0;
			const m = v.getUint32(0, false);
			if (m === 0x0a0d0d0a) {
				this.#kind = 'pcapng';
				this.format = 'pcapng';
			} else if (m === 0xa1b2c3d4 || m === 0xa1b23c4d || m === 0xd4c3b2a1 || m === 0x4d3cb2a1) {
				if (b.length < 24) return 0;
				this.#kind = 'pcap';
				this.#le = m === 0xd4c3b2a1 || m === 0x4d3cb2a1;
				this.#nsRes = m === 0xa1b23c4d || m === 0x4d3cb2a1;
				this.#pcapLink = v.getUint32(20, this.#le) & 0xffff;
				if (this.#pcapLink !== LINKTYPE_CAN_SOCKETCAN) {
					this.fail(`pcap link type ${this.#pcapLink} is not LINKTYPE_CAN_SOCKETCAN (227)`, { offset: 20 }, true);
					return 0;
				}
				this.channelByNumber(0);
				p = 24;
			} else {
				this.fail(`not a pcap or pcapng file: magic 0x${m.toString(16).padStart(8, '0')}`, { offset: 0 }, true);
				return 0;
			}
		}
		if (this.#kind === 'pcap') {
			while (p + 16 <= b.length) {
				const incl = v.getUint32(p + 8, this.#le);
				if (incl > MAX_BLOCK) {
					this.fail(`packet of ${incl} bytes is not plausible`, { offset: this.#offset + p + 8 }, true);
					return p;
				}
				if (p + 16 + incl > b.length) break;
				const sec = v.getUint32(p, this.#le);
				const frac = v.getUint32(p + 4, this.#le);
				const t_us = sec * 1_000_000 + (this.#nsRes ? Math.floor(frac / 1000) : frac);
				this.#packet(b, p + 16, incl, t_us, 0, this.#offset + p);
				p += 16 + incl;
			}
			return p;
		}
		while (p + 12 <= b.length) {
			let type = v.getUint32(p, this.#le);
			if (type === 0x0a0d0d0a) {
				const bom = v.getUint32(p + 8, true);
				if (bom !== 0x1a2b3c4d && bom !== 0x4d3c2b1a) {
					this.fail(`pcapng section header has a bad byte-order magic 0x${bom.toString(16)}`, { offset: this.#offset + p + 8 }, true);
					return p;
				}
				this.#le = bom === 0x1a2b3c4d;
				this.#ifaces = [];
				type = 0x0a0d0d0a;
			}
			const len = v.getUint32(p + 4, this.#le);
			if (len < 12 || len % 4 || len > MAX_BLOCK) {
				this.fail(`pcapng block of length ${len} (type ${type}): a block is a multiple of 4, at least 12 bytes`, { offset: this.#offset + p + 4 }, true);
				return p;
			}
			if (p + len > b.length) break;
			const at = this.#offset + p;
			if (type === 1) this.#idb(b, v, p, len);
			else if (type === 6 || type === 3) {
				const isEpb = type === 6;
				const ifId = isEpb ? v.getUint32(p + 8, this.#le) : 0;
				const iface = this.#ifaces[ifId];
				if (!iface) {
					this.skipped++;
					this.fail(`packet on interface ${ifId}, which no interface block described`, { offset: at });
				} else {
					const incl = isEpb ? v.getUint32(p + 20, this.#le) : Math.min(v.getUint32(p + 8, this.#le), len - 16);
					const dataAt = p + (isEpb ? 28 : 12);
					let t_us = 0;
					if (isEpb) {
						const ticks = v.getUint32(p + 12, this.#le) * 2 ** 32 + v.getUint32(p + 16, this.#le);
						t_us = iface.unitsPerS === 1_000_000 ? ticks : Math.round((ticks * 1_000_000) / iface.unitsPerS);
					}
					if (dataAt + incl > p + len) {
						this.skipped++;
						this.fail(`packet length ${incl} runs past its block`, { offset: at });
					} else if (iface.link !== LINKTYPE_CAN_SOCKETCAN) {
						this.skipped++;
						this.fail(`packet on an interface of link type ${iface.link}, not LINKTYPE_CAN_SOCKETCAN (227)`, { offset: at });
					} else this.#packet(b, dataAt, incl, t_us, iface.channel, at);
				}
			}
			p += len;
			if (this.stopped) return p;
		}
		return p;
	}

	#idb(b: Uint8Array, v: DataView, p: number, len: number): void {
		const link = v.getUint16(p + 8, this.#le);
		let unitsPerS = 1_000_000;
		let name = '';
		let o = p + 16;
		while (o + 4 <= p + len - 4) {
			const code = v.getUint16(o, this.#le);
			const olen = v.getUint16(o + 2, this.#le);
			if (code === 0) break;
			if (code === 9 && olen >= 1) {
				const r = b[o + 4];
				unitsPerS = r & 0x80 ? 2 ** (r & 0x7f) : 10 ** r;
			} else if (code === 2) name = new TextDecoder().decode(b.subarray(o + 4, o + 4 + olen));
			o += 4 + olen + ((4 - (olen % 4)) % 4);
		}
		const channel = this.#nextChannel++;
		if (link === LINKTYPE_CAN_SOCKETCAN) this.channelByNumber(channel, name || `can${channel}`);
		this.#ifaces.push({ link, unitsPerS, channel });
		if (link !== LINKTYPE_CAN_SOCKETCAN)
			this.fail(`pcapng interface ${this.#ifaces.length - 1}${name ? ` (${name})` : ''} has link type ${link}, not LINKTYPE_CAN_SOCKETCAN (227): its packets are skipped`, { offset: this.#offset + p });
	}

	#packet(b: Uint8Array, o: number, n: number, t_us: number, channel: number, at: number): void {
		if (n < 8) {
			this.skipped++;
			return this.fail(`SocketCAN packet of ${n} bytes is shorter than its 8-byte header`, { offset: at });
		}
		const word = ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
		const len = b[o + 4];
		const fdf = b[o + 5];
		// An FD frame is marked by FDF, or (older captures) by the 72-byte canfd_frame.
		const fd = !(word & CAN_ERR) && (fdf & CANFD_FDF || n === 72);
		const max = fd ? 64 : 8;
		if (len > max || (!(word & CAN_RTR) && 8 + len > n)) {
			this.skipped++;
			return this.fail(`SocketCAN payload length ${len} does not fit the ${n}-byte packet`, { offset: at });
		}
		const d = this.#data;
		d.fill(0);
		if (!(word & CAN_RTR)) d.set(b.subarray(o + 8, o + 8 + len));
		let flags = 0;
		let id: number;
		if (word & CAN_ERR) {
			flags = FLAG_ERR;
			id = word & 0x1fffffff;
		} else {
			flags = (word & CAN_EFF ? FLAG_EXT : 0) | (word & CAN_RTR ? FLAG_RTR : 0);
			id = word & (word & CAN_EFF ? 0x1fffffff : 0x7ff);
		}
		if (fd) flags |= FLAG_FD | (fdf & CANFD_BRS ? FLAG_BRS : 0);
		this.push(t_us, id, flags, fd ? lenToDlc(len) : len, d, 0, channel);
	}
}

/** The 16- or 72-byte SocketCAN packet for frame i. */
function socketcan(b: FrameBatch, i: number): Uint8Array {
	const f = b.flags[i];
	const fd = !!(f & FLAG_FD) && !(f & FLAG_ERR);
	const n = f & FLAG_RTR ? 0 : fd ? dlcToLen(b.dlc[i]) : Math.min(b.dlc[i], 8);
	const out = new Uint8Array(fd ? 72 : 16);
	const word = f & FLAG_ERR ? (b.id[i] | CAN_ERR) >>> 0 : (b.id[i] | (f & FLAG_EXT ? CAN_EFF : 0) | (f & FLAG_RTR ? CAN_RTR : 0)) >>> 0;
	new DataView(out.buffer).setUint32(0, word, false);
	out[4] = f & FLAG_RTR ? Math.min(b.dlc[i], 8) : n;
	if (fd) out[5] = CANFD_FDF | (f & FLAG_BRS ? CANFD_BRS : 0);
	const off = i * b.stride;
	out.set(b.data.subarray(off, off + n), 8);
	return out;
}

export class PcapWriter implements LogWriter {
	readonly format = 'pcap';
	#started = false;
	constructor(_o: WriterOptions = {}) {}
	write(b: FrameBatch): Uint8Array {
		const parts: Uint8Array[] = [];
		if (!this.#started) {
			this.#started = true;
			const h = new Uint8Array(24);
			const v = new DataView(h.buffer);
			v.setUint32(0, 0xa1b2c3d4, true);
			v.setUint16(4, 2, true);
			v.setUint16(6, 4, true);
			v.setUint32(16, 65535, true);
			v.setUint32(20, LINKTYPE_CAN_SOCKETCAN, true);
			parts.push(h);
		}
		for (let i = 0; i < b.count; i++) {
			const pkt = socketcan(b, i);
			const rec = new Uint8Array(16 + pkt.length);
			const v = new DataView(rec.buffer);
			const t = Math.round(b.t_us[i]);
			v.setUint32(0, Math.floor(t / 1_000_000), true);
			v.setUint32(4, t % 1_000_000, true);
			v.setUint32(8, pkt.length, true);
			v.setUint32(12, pkt.length, true);
			rec.set(pkt, 16);
			parts.push(rec);
		}
		return concatBytes(parts);
	}
	end(): Uint8Array {
		return this.#started ? new Uint8Array(0) : this.write({ count: 0 } as FrameBatch);
	}
}

/** pcapng: a section header, an interface block per channel when it first appears, enhanced packet blocks. */
export class PcapngWriter implements LogWriter {
	readonly format = 'pcapng';
	#started = false;
	readonly #names: string[];
	readonly #ifOf = new Map<number, number>();
	constructor(o: WriterOptions = {}) {
		this.#names = o.channels ?? [];
	}
	write(b: FrameBatch): Uint8Array {
		const parts: Uint8Array[] = [];
		if (!this.#started) {
			this.#started = true;
			const shb = new Uint8Array(28);
			const v = new DataView(shb.buffer);
			v.setUint32(0, 0x0a0d0d0a, true);
			v.setUint32(4, 28, true);
			v.setUint32(8, 0x1a2b3c4d, true);
			v.setUint16(12, 1, true);
			v.setBigInt64(16, -1n, true);
			v.setUint32(24, 28, true);
			parts.push(shb);
		}
		for (let i = 0; i < b.count; i++) {
			const ch = b.channel[i];
			let ifId = this.#ifOf.get(ch);
			if (ifId === undefined) {
				ifId = this.#ifOf.size;
				this.#ifOf.set(ch, ifId);
				parts.push(idb(this.#names[ch] ?? `can${ch}`));
			}
			const pkt = socketcan(b, i);
			const len = 32 + pkt.length;
			const blk = new Uint8Array(len);
			const v = new DataView(blk.buffer);
			const t = Math.round(b.t_us[i]);
			v.setUint32(0, 6, true);
			v.setUint32(4, len, true);
			v.setUint32(8, ifId, true);
			v.setUint32(12, Math.floor(t / 2 ** 32), true);
			v.setUint32(16, t % 2 ** 32, true);
			v.setUint32(20, pkt.length, true);
			v.setUint32(24, pkt.length, true);
			blk.set(pkt, 28);
			v.setUint32(len - 4, len, true);
			parts.push(blk);
		}
		return concatBytes(parts);
	}
	end(): Uint8Array {
		return this.#started ? new Uint8Array(0) : this.write({ count: 0 } as FrameBatch);
	}
}

function idb(name: string): Uint8Array {
	const nb = new TextEncoder().encode(name);
	const nameOpt = 4 + nb.length + ((4 - (nb.length % 4)) % 4);
	const len = 16 + nameOpt + 8 + 4 + 4; // name, if_tsresol (6 = µs), opt_endofopt
	const blk = new Uint8Array(len);
	const v = new DataView(blk.buffer);
	v.setUint32(0, 1, true);
	v.setUint32(4, len, true);
	v.setUint16(8, LINKTYPE_CAN_SOCKETCAN, true);
	v.setUint32(12, 0, true);
	let o = 16;
	v.setUint16(o, 2, true);
	v.setUint16(o + 2, nb.length, true);
	blk.set(nb, o + 4);
	o += nameOpt;
	v.setUint16(o, 9, true);
	v.setUint16(o + 2, 1, true);
	blk[o + 4] = 6;
	o += 8;
	o += 4; // end of options (zeros)
	v.setUint32(o, len, true);
	return blk;
}
