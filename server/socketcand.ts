/**
 * A socketcand server (the TCP protocol of linux-can/socketcand, raw mode) over the hub, so python-can's
 * `socketcand` interface, Kayak and `socketcandcl` read and write whatever channel the server carries.
 * Protocol, channel names and the token rule: docs/can-protocols.md.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { FLAG_ERR, FLAG_EXT, FLAG_RTR, dlcToLen, type FrameBatch } from '../src/lib/can/frame';
import { ChannelClock, ProtocolError, channelList, checkFrame, parseId, resolveChannel, secsUsecs, toHex, tokenMatches } from './can-text';
import type { Hub } from './types';

export const SOCKETCAND_PORT = 29536;

export interface SocketcandOptions {
	/** TCP port; 0 picks a free one (default 29536, socketcand's own). */
	port?: number;
	/** Address to listen on (default 127.0.0.1: only this machine). */
	host?: string;
	/** The server's write token; without one every client is read-only. */
	token?: string;
	/**
	 * Frames start this long after `< rawmode >` is answered. python-can 4.1 reads the `< ok >` with one
	 * recv() and compares it whole, so a frame in the same TCP read would break its handshake.
	 */
	rawGraceMs?: number;
	/** A client whose unsent output passes this many bytes loses frames (counted) until it drains. */
	maxBuffered?: number;
}

export interface SocketcandServer {
	port: number;
	/** Clients connected now. */
	clients(): number;
	close(): Promise<void>;
}

interface Client {
	sock: Socket;
	buf: string;
	channel: number | undefined;
	canWrite: boolean;
	raw: boolean;
	rawFrom: number;
	dropped: number;
}

/** Longest `< ... >` a client may send (a 64-byte `< send >` is ~220 characters). */
const MAX_COMMAND = 1024;

/** Starts the socketcand server; resolves once it listens. */
export async function startSocketcand(hub: Hub, opts: SocketcandOptions = {}): Promise<SocketcandServer> {
	const host = opts.host ?? '127.0.0.1';
	const grace = opts.rawGraceMs ?? 100;
	const maxBuffered = opts.maxBuffered ?? 1 << 20;
	const clock = new ChannelClock(hub);
	const clients = new Set<Client>();

	const reply = (c: Client, text: string): void => {
		if (!c.sock.destroyed) c.sock.write(text);
	};
	const error = (c: Client, text: string): void => reply(c, `< error ${text.replace(/[<>]/g, '')} >`);

	function command(c: Client, body: string): void {
		const words = body.trim().split(/\s+/);
		const cmd = words[0];
		switch (cmd) {
			case 'open': {
				if (words.length !== 2) return error(c, `'open' takes one channel name, e.g. 'open sim'`);
				const at = words[1].indexOf('@');
				const name = at < 0 ? words[1] : words[1].slice(0, at);
				const given = at < 0 ? undefined : words[1].slice(at + 1);
				const ch = resolveChannel(hub, name);
				if (ch === undefined) return error(c, `no channel '${name}' (have: ${channelList(hub)})`);
				if (given !== undefined && !tokenMatches(given, opts.token))
					return error(c, opts.token ? `wrong token for '${name}'` : `this server has no write token: open '${name}' without '@'`);
				c.channel = ch;
				c.canWrite = given !== undefined;
				c.raw = false;
				return reply(c, '< ok >');
			}
			case 'rawmode':
				if (c.channel === undefined) return error(c, `'rawmode' needs an open channel first ('open NAME')`);
				c.raw = true;
				c.rawFrom = Date.now() + grace;
				return reply(c, '< ok >');
			case 'echo':
				return reply(c, '< echo >');
			case 'send':
				return send(c, words);
			case 'bcmmode':
			case 'isotpmode':
			case 'controlmode':
			case 'add':
			case 'update':
			case 'delete':
			case 'filter':
			case 'subscribe':
			case 'unsubscribe':
			case 'statistics':
				return error(c, `'${cmd}' is not supported: this server speaks raw mode only ('rawmode')`);
			default:
				return error(c, `unknown command '${cmd.slice(0, 40)}'`);
		}
	}

	function send(c: Client, words: string[]): void {
		if (c.channel === undefined) return error(c, `'send' needs an open channel first ('open NAME@TOKEN')`);
		if (!c.canWrite) return error(c, `read-only: sending needs the token, open the channel as NAME@TOKEN`);
		try {
			if (words.length < 3) throw new ProtocolError(`'send' takes ID DLC and the data bytes, e.g. 'send 7E0 2 10 03'`);
			// socketcand's rule: eight hex digits mean a 29-bit ID; python-can also writes small 29-bit IDs
			// without padding, so anything above 0x7FF is extended too
			const ext = words[1].length === 8 || (/^[0-9a-fA-F]+$/.test(words[1]) && parseInt(words[1], 16) > 0x7ff);
			const id = parseId(words[1], ext, `send: ID`);
			if (!/^[0-8]$/.test(words[2])) throw new ProtocolError(`send: DLC '${words[2]}' is not 0..8`);
			const dlc = Number(words[2]);
			const bytes = words.slice(3);
			if (bytes.length !== dlc) throw new ProtocolError(`send: DLC ${dlc} but ${bytes.length} data bytes`);
			const data = new Uint8Array(dlc);
			bytes.forEach((b, i) => {
				if (!/^[0-9a-fA-F]{1,2}$/.test(b)) throw new ProtocolError(`send: data byte ${i + 1} '${b}' is not hex 00..FF`);
				data[i] = parseInt(b, 16);
			});
			const f = { id, flags: ext ? FLAG_EXT : 0, dlc, data };
			checkFrame(f, 'send');
			hub.send(c.channel, f);
		} catch (e) {
			error(c, (e as Error).message);
		}
	}

	function onData(c: Client, chunk: string): void {
		c.buf += chunk;
		for (;;) {
			const start = c.buf.indexOf('<');
			const junk = (start < 0 ? c.buf : c.buf.slice(0, start)).trim();
			if (junk) error(c, `expected a command in angle brackets, got '${junk.slice(0, 40)}'`);
			if (start < 0) {
				c.buf = '';
				return;
			}
			const end = c.buf.indexOf('>', start);
			if (end < 0) {
				c.buf = c.buf.slice(start);
				if (c.buf.length > MAX_COMMAND) {
					error(c, `command longer than ${MAX_COMMAND} characters without a closing bracket: dropped`);
					c.buf = '';
				}
				return;
			}
			const body = c.buf.slice(start + 1, end);
			c.buf = c.buf.slice(end + 1);
			if (body.includes('<')) error(c, `'<' inside a command: '${body.slice(0, 40)}'`);
			else if (!body.trim()) error(c, 'empty command');
			else command(c, body);
		}
	}

	function frameText(b: FrameBatch, i: number): string {
		const id = b.id[i];
		const flags = b.flags[i];
		const time = secsUsecs(clock.wall_us(b.channel[i], b.t_us[i]));
		// socketcand's own forms: error frames carry their error class, 29-bit IDs are written with 8 digits
		if (flags & FLAG_ERR) return ` < error ${id.toString(16).toUpperCase().padStart(8, '0')} ${time} >`;
		const hexId = id.toString(16).toUpperCase().padStart(flags & FLAG_EXT ? 8 : 3, '0');
		const off = i * b.stride;
		const data = flags & FLAG_RTR ? '' : toHex(b.data, off, off + Math.min(dlcToLen(b.dlc[i]), b.stride));
		// a space before each frame, none after: python-can 4.1 drops one character after every read that
		// ends on a complete frame, and that must be the space, never a frame's '<'
		return ` < frame ${hexId} ${time} ${data} >`;
	}

	const offBatch = hub.onBatch((b) => {
		if (clients.size === 0 || b.count === 0) return;
		const now = Date.now();
		// one string per channel, built once for all the clients on it
		const text = new Map<number, string>();
		for (const c of clients) {
			if (!c.raw || c.channel === undefined || now < c.rawFrom || c.sock.destroyed) continue;
			let t = text.get(c.channel);
			if (t === undefined) {
				t = '';
				for (let i = 0; i < b.count; i++) if (b.channel[i] === c.channel) t += frameText(b, i);
				text.set(c.channel, t);
			}
			if (!t) continue;
			if (c.sock.writableLength > maxBuffered) {
				c.dropped += t.split('<').length - 1;
				continue;
			}
			if (c.dropped) {
				error(c, `${c.dropped} frames dropped: this client reads slower than the bus sends`);
				c.dropped = 0;
			}
			c.sock.write(t);
		}
	});

	const server: Server = createServer((sock) => {
		const c: Client = { sock, buf: '', channel: undefined, canWrite: false, raw: false, rawFrom: 0, dropped: 0 };
		clients.add(c);
		sock.setNoDelay(true);
		sock.setEncoding('latin1');
		sock.on('data', (d: string) => {
			try {
				onData(c, d);
			} catch (e) {
				// a bug here must cost one client, never the server
				error(c, `internal error: ${(e as Error).message}`);
				c.buf = '';
			}
		});
		sock.on('error', () => {});
		sock.on('close', () => clients.delete(c));
		sock.write('< hi >');
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port ?? SOCKETCAND_PORT, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const addr = server.address();
	return {
		port: typeof addr === 'object' && addr ? addr.port : 0,
		clients: () => clients.size,
		close: () =>
			new Promise<void>((resolve) => {
				offBatch();
				clock.close();
				for (const c of clients) c.sock.destroy();
				server.close(() => resolve());
			})
	};
}
