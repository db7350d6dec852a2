/**
 * slcan (LAWICEL ASCII) over TCP: each listener is one CAN adapter on one hub channel, for python-can's
 * `slcan` interface (`socket://host:port`), SavvyCAN and anything else that speaks slcan to a serial port.
 * Commands, replies and the write rule: docs/can-protocols.md.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, dlcToLen, type FrameBatch } from '../src/lib/can/frame';
import { ProtocolError, checkFrame, fromHex, parseId, toHex } from './can-text';
import type { Hub } from './types';

export interface SlcanOptions {
	/** TCP port; 0 picks a free one. */
	port: number;
	/** Address to listen on (default 127.0.0.1). */
	host?: string;
	/** Hub channel this adapter is attached to (default 0). */
	channel?: number;
	/**
	 * The operator marks this listener writable (`ZB_SLCAN=PORT:CHANNEL:rw`). slcan has no place for a
	 * token, so the listener is the credential: it only takes effect when the server has a token at all.
	 */
	write?: boolean;
	/** The server's write token (its presence is what arms `write`). */
	token?: string;
	/** A client whose unsent output passes this many bytes loses frames (counted) until it drains. */
	maxBuffered?: number;
}

export interface SlcanServer {
	port: number;
	channel: number;
	/** Whether clients of this listener may send. */
	writable: boolean;
	clients(): number;
	close(): Promise<void>;
}

export interface SlcanListenerSpec {
	port: number;
	channel: number;
	write: boolean;
}

/** Parses `PORT[:CHANNEL][:rw]` (one listener of `ZB_SLCAN`, comma-separated); throws naming the bad part. */
export function parseSlcanSpec(spec: string): SlcanListenerSpec[] {
	return spec
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((one) => {
			const parts = one.split(':');
			const port = Number(parts[0]);
			// 0 = any free port, as for ZB_PORT and ZB_SOCKETCAND (tests; /healthz shows the one chosen)
			if (!/^\d+$/.test(parts[0]) || port > 65535) throw new Error(`ZB_SLCAN '${one}': port '${parts[0]}' is not 0..65535`);
			let channel = 0;
			let write = false;
			for (const p of parts.slice(1)) {
				if (p === 'rw') write = true;
				else if (p === 'ro') write = false;
				else if (/^\d{1,3}$/.test(p)) channel = Number(p);
				else throw new Error(`ZB_SLCAN '${one}': '${p}' is neither a channel number nor rw/ro (form: PORT[:CHANNEL][:rw])`);
			}
			return { port, channel, write };
		});
}

interface Client {
	sock: Socket;
	buf: string;
	open: boolean;
	listenOnly: boolean;
	timestamps: boolean;
	dropped: number;
}

const OK = '\r';
const BELL = '\x07';
const MAX_LINE = 200;

/** Frame commands: letter → extended, remote, FD, bit-rate switch. */
const FRAME_CMDS: Record<string, [boolean, boolean, boolean, boolean]> = {
	t: [false, false, false, false],
	T: [true, false, false, false],
	r: [false, true, false, false],
	R: [true, true, false, false],
	d: [false, false, true, false],
	D: [true, false, true, false],
	b: [false, false, true, true],
	B: [true, false, true, true]
};

/** Parses one slcan frame command (`t7E0802100300...`); throws ProtocolError saying what is wrong. */
export function parseSlcanFrame(line: string): { id: number; flags: number; dlc: number; data: Uint8Array } {
	const kind = FRAME_CMDS[line[0]];
	if (!kind) throw new ProtocolError(`'${line[0]}' is not a frame command`);
	const [ext, rtr, fd, brs] = kind;
	const idLen = ext ? 8 : 3;
	if (line.length < 1 + idLen + 1) throw new ProtocolError(`'${line.slice(0, 20)}': too short for ${ext ? 'T' : 't'}${'I'.repeat(idLen)}L`);
	const id = parseId(line.slice(1, 1 + idLen), ext, `'${line[0]}' ID`);
	const dlcChar = line[1 + idLen];
	const dlc = parseInt(dlcChar, 16);
	if (!/^[0-9a-fA-F]$/.test(dlcChar) || dlc > (fd ? 15 : 8)) throw new ProtocolError(`DLC '${dlcChar}' is not 0..${fd ? 'F' : '8'}`);
	const rest = line.slice(2 + idLen);
	let data: Uint8Array;
	if (rtr) {
		if (rest) throw new ProtocolError(`a remote frame carries no data, got '${rest.slice(0, 20)}'`);
		data = new Uint8Array(0);
	} else {
		const len = dlcToLen(dlc);
		if (rest.length !== 2 * len) throw new ProtocolError(`DLC ${dlc} needs ${len} data bytes (${2 * len} hex digits), got ${rest.length} digits`);
		data = fromHex(rest, 'data');
	}
	const flags = (ext ? FLAG_EXT : 0) | (rtr ? FLAG_RTR : 0) | (fd ? FLAG_FD : 0) | (brs ? FLAG_BRS : 0);
	return { id, flags, dlc, data };
}

/** The slcan line (without `\r`) of frame `i`; `timestamp_ms` appends LAWICEL's 4-digit ms stamp. Error frames have none: null. */
export function slcanFrameText(b: FrameBatch, i: number, timestamp_ms?: number): string | null {
	const flags = b.flags[i];
	if (flags & FLAG_ERR) return null;
	const ext = (flags & FLAG_EXT) !== 0;
	let cmd: string;
	if (flags & FLAG_FD) cmd = flags & FLAG_BRS ? 'b' : 'd';
	else cmd = flags & FLAG_RTR ? 'r' : 't';
	if (ext) cmd = cmd.toUpperCase();
	const id = b.id[i].toString(16).toUpperCase().padStart(ext ? 8 : 3, '0');
	const off = i * b.stride;
	const data = flags & FLAG_RTR ? '' : toHex(b.data, off, off + Math.min(dlcToLen(b.dlc[i]), b.stride));
	const ts = timestamp_ms === undefined ? '' : (Math.floor(timestamp_ms) % 60000).toString(16).toUpperCase().padStart(4, '0');
	return `${cmd}${id}${b.dlc[i].toString(16).toUpperCase()}${data}${ts}`;
}

/** Starts one slcan listener on one channel; resolves once it listens. */
export async function startSlcan(hub: Hub, opts: SlcanOptions): Promise<SlcanServer> {
	const channel = opts.channel ?? 0;
	const writable = !!opts.write && !!opts.token;
	const maxBuffered = opts.maxBuffered ?? 1 << 20;
	const clients = new Set<Client>();

	function command(c: Client, line: string): string {
		const cmd = line[0];
		if (cmd in FRAME_CMDS) {
			if (!c.open || c.listenOnly || !writable) return BELL;
			try {
				const f = parseSlcanFrame(line);
				checkFrame(f, 'slcan');
				hub.send(channel, f);
				return OK;
			} catch {
				return BELL;
			}
		}
		switch (cmd) {
			case 'O':
			case 'L':
				if (line.length !== 1) return BELL;
				c.open = true;
				c.listenOnly = cmd === 'L';
				return OK;
			case 'C':
				if (line.length !== 1) return BELL;
				c.open = false;
				return OK;
			case 'S':
				// the bit rate is the bus's, set where the interface is configured; accept what a tool asks for
				return /^S[0-9]$/.test(line) ? OK : BELL; // S9: python-can's 83.3 kbit/s
			case 's':
				return /^s[0-9a-fA-F]{4}$/.test(line) ? OK : BELL;
			case 'Z':
				if (line !== 'Z0' && line !== 'Z1') return BELL;
				c.timestamps = line === 'Z1';
				return OK;
			case 'M':
			case 'm':
				// acceptance code and mask: accepted, not applied (every frame of the channel is sent)
				return /^[Mm][0-9a-fA-F]{8}$/.test(line) ? OK : BELL;
			case 'V':
				return line === 'V' ? 'V1013\r' : BELL;
			case 'v':
				return line === 'v' ? 'vZB01\r' : BELL;
			case 'N':
				return line === 'N' ? 'NZB01\r' : BELL;
			case 'F':
				return line === 'F' ? 'F00\r' : BELL;
			case 'X':
			case 'Q':
			case 'W':
				return OK;
			default:
				return BELL;
		}
	}

	function onData(c: Client, chunk: string): void {
		c.buf += chunk;
		let out = '';
		for (;;) {
			const m = /[\r\n]/.exec(c.buf);
			if (!m) {
				if (c.buf.length > MAX_LINE) {
					out += BELL;
					c.buf = '';
				}
				break;
			}
			const line = c.buf.slice(0, m.index);
			c.buf = c.buf.slice(m.index + 1);
			// "\r\n" from a terminal is one end of line, not an empty command
			if (line === '') continue;
			out += command(c, line);
		}
		if (out && !c.sock.destroyed) c.sock.write(out);
	}

	const offBatch = hub.onBatch((b) => {
		if (clients.size === 0 || b.count === 0) return;
		let plain: string | undefined;
		let stamped: string | undefined;
		for (const c of clients) {
			if (!c.open || c.sock.destroyed) continue;
			let t: string;
			if (c.timestamps) {
				if (stamped === undefined) {
					stamped = '';
					for (let i = 0; i < b.count; i++) {
						if (b.channel[i] !== channel) continue;
						const s = slcanFrameText(b, i, b.t_us[i] / 1000);
						if (s !== null) stamped += s + '\r';
					}
				}
				t = stamped;
			} else {
				if (plain === undefined) {
					plain = '';
					for (let i = 0; i < b.count; i++) {
						if (b.channel[i] !== channel) continue;
						const s = slcanFrameText(b, i);
						if (s !== null) plain += s + '\r';
					}
				}
				t = plain;
			}
			if (!t) continue;
			if (c.sock.writableLength > maxBuffered) {
				c.dropped += t.split('\r').length - 1;
				continue;
			}
			c.sock.write(t);
		}
	});

	const server: Server = createServer((sock) => {
		const c: Client = { sock, buf: '', open: false, listenOnly: false, timestamps: false, dropped: 0 };
		clients.add(c);
		sock.setNoDelay(true);
		sock.setEncoding('latin1');
		sock.on('data', (d: string) => {
			try {
				onData(c, d);
			} catch {
				c.buf = '';
				if (!sock.destroyed) sock.write(BELL);
			}
		});
		sock.on('error', () => {});
		sock.on('close', () => clients.delete(c));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const addr = server.address();
	return {
		port: typeof addr === 'object' && addr ? addr.port : 0,
		channel,
		writable,
		clients: () => clients.size,
		close: () =>
			new Promise<void>((resolve) => {
				offBatch();
				for (const c of clients) c.sock.destroy();
				server.close(() => resolve());
			})
	};
}
