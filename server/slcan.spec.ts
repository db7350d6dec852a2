import { afterEach, describe, expect, it } from 'vitest';
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR } from '../src/lib/can/frame';
import { loopbackHub, type LoopbackHub } from '../tests/interop/loopback-hub';
import { textClient, type TextClient } from '../tests/interop/tcp-client';
import { parseSlcanFrame, parseSlcanSpec, startSlcan, type SlcanOptions, type SlcanServer } from './slcan';

let servers: SlcanServer[] = [];
let clients: TextClient[] = [];
afterEach(async () => {
	for (const c of clients) c.close();
	clients = [];
	for (const s of servers) await s.close();
	servers = [];
});

async function setup(o: Omit<SlcanOptions, 'port'>): Promise<{ hub: LoopbackHub; c: TextClient; server: SlcanServer }> {
	const hub = loopbackHub(['sim', 'vcan0']);
	const server = await startSlcan(hub, { port: 0, ...o });
	servers.push(server);
	const c = await textClient(server.port);
	clients.push(c);
	return { hub, c, server };
}

/** Sends one command and returns the reply text. */
async function cmd(c: TextClient, line: string, reply = (s: string) => s.endsWith('\r') || s.endsWith('\x07')): Promise<string> {
	const before = c.text.length;
	c.write(line + '\r');
	await c.until((s) => s.length > before && reply(s.slice(before)));
	return c.text.slice(before);
}

describe('slcan server', () => {
	it('answers the commands python-can sends on open, and V / N in the form it parses', async () => {
		const { c } = await setup({});
		expect(await cmd(c, 'C')).toBe('\r');
		expect(await cmd(c, 'S6')).toBe('\r');
		expect(await cmd(c, 's011C')).toBe('\r');
		expect(await cmd(c, 'O')).toBe('\r');
		expect(await cmd(c, 'V')).toBe('V1013\r');
		expect(await cmd(c, 'N')).toBe('NZB01\r');
		expect(await cmd(c, 'F')).toBe('F00\r');
	});

	it('streams its channel once open, with LAWICEL timestamps after Z1', async () => {
		const { hub, c } = await setup({ channel: 1 });
		hub.emit(1, [{ t_us: 0, id: 0x100, data: [1] }]);
		expect(await c.quiet(30)).toBe(''); // closed: nothing
		await cmd(c, 'O');
		hub.emit(0, [{ t_us: 1, id: 0x555, data: [1] }]); // another channel
		hub.emit(1, [
			{ t_us: 1000, id: 0x100, data: [0xde, 0xad, 0xbe, 0xef] },
			{ t_us: 2000, id: 0x18daf110, flags: FLAG_EXT, data: [1, 2, 3] },
			{ t_us: 3000, id: 0x7df, flags: FLAG_RTR, dlc: 8, data: [] },
			{ t_us: 3500, id: 0x12, flags: FLAG_RTR | FLAG_EXT, dlc: 2, data: [] },
			{ t_us: 3600, id: 0x004, flags: FLAG_ERR, data: [0, 0, 0, 0, 0, 0, 0, 0] },
			{ t_us: 4000, id: 0x3f0, flags: FLAG_FD, dlc: 9, data: Array.from({ length: 12 }, (_, i) => i) },
			{ t_us: 5000, id: 0x3f1, flags: FLAG_FD | FLAG_BRS | FLAG_EXT, dlc: 1, data: [0xff] }
		]);
		const t = await c.until((s) => s.includes('B000003F1'));
		expect(t.slice(1)).toBe('t1004DEADBEEF\rT18DAF1103010203\rr7DF8\rR000000122\rd3F09000102030405060708090A0B\rB000003F11FF\r');
		await cmd(c, 'Z1');
		const before = c.text.length;
		hub.emit(1, [{ t_us: 61_234_000, id: 0x101, data: [7] }]); // 61.234 s: ms stamp wraps at 60000
		await c.until((s) => s.length > before);
		expect(c.text.slice(before)).toBe(`t101107${(1234).toString(16).toUpperCase().padStart(4, '0')}\r`);
		await cmd(c, 'C');
		hub.emit(1, [{ t_us: 0, id: 0x100, data: [1] }]);
		expect(await c.quiet(30)).toBe('');
	});

	it('writes only on a listener the operator marked rw, and only when the server has a token', async () => {
		const rw = await setup({ write: true, token: 'k' });
		expect(rw.server.writable).toBe(true);
		expect(await cmd(rw.c, 't7E080210030000000000')).toBe('\x07'); // not open yet
		await cmd(rw.c, 'O');
		expect(await cmd(rw.c, 't7E080210030000000000', (s) => s.endsWith('t7E080210030000000000\r'))).toBe('\rt7E080210030000000000\r');
		expect(await cmd(rw.c, 'T18DAF1102AABB', (s) => s.endsWith('T18DAF1102AABB\r'))).toBe('\rT18DAF1102AABB\r');
		expect(await cmd(rw.c, 'r7DF3', (s) => s.endsWith('r7DF3\r'))).toBe('\rr7DF3\r');
		expect(await cmd(rw.c, 'b3F09000102030405060708090A0B', (s) => s.endsWith('b3F09000102030405060708090A0B\r'))).toBe('\rb3F09000102030405060708090A0B\r');
		expect(rw.hub.sent.map((s) => [s.frame.id, s.frame.flags, s.frame.dlc, Buffer.from(s.frame.data).toString('hex')])).toEqual([
			[0x7e0, 0, 8, '0210030000000000'],
			[0x18daf110, FLAG_EXT, 2, 'aabb'],
			[0x7df, FLAG_RTR, 3, ''],
			[0x3f0, FLAG_FD | FLAG_BRS, 9, '000102030405060708090a0b']
		]);

		for (const o of [{ write: true }, { write: false, token: 'k' }]) {
			const ro = await setup(o);
			expect(ro.server.writable).toBe(false);
			await cmd(ro.c, 'O');
			expect(await cmd(ro.c, 't7E080210030000000000')).toBe('\x07');
			expect(ro.hub.sent).toEqual([]);
		}

		const listen = await setup({ write: true, token: 'k' });
		await cmd(listen.c, 'L'); // listen-only open: reads, never sends
		expect(await cmd(listen.c, 't1231AA')).toBe('\x07');
		expect(listen.hub.sent).toEqual([]);
	});

	it('rings the bell at garbage and bad frames and keeps the connection', async () => {
		const { hub, c } = await setup({ write: true, token: 'k' });
		await cmd(c, 'O');
		for (const bad of ['hello', 'SA', 'Z5', 't7E', 't7E09', 't7E0201', 't80011A', 'tXYZ1AA', 'T2000000011AA', 'r7DF1AA', 'd3F0G', 'V2', 'x'.repeat(300)])
			expect(await cmd(c, bad), bad).toBe('\x07');
		expect(hub.sent).toEqual([]);
		// the accepted frame comes back too: the channel's stream carries every frame on it, its own included
		expect(await cmd(c, 't1231AA', (s) => s.endsWith('t1231AA\r'))).toBe('\rt1231AA\r');
		expect(hub.sent.length).toBe(1);
	});

	it('parses frame commands exactly, and ZB_SLCAN listener specs', () => {
		expect(parseSlcanFrame('t7E080210030000000000')).toEqual({ id: 0x7e0, flags: 0, dlc: 8, data: Uint8Array.from([2, 0x10, 3, 0, 0, 0, 0, 0]) });
		expect(parseSlcanFrame('D1FFFFFFFF' + '00'.repeat(64))).toEqual({ id: 0x1fffffff, flags: FLAG_EXT | FLAG_FD, dlc: 15, data: new Uint8Array(64) });
		expect(() => parseSlcanFrame('t7E08021003')).toThrow('DLC 8 needs 8 data bytes (16 hex digits), got 6 digits');
		expect(() => parseSlcanFrame('t8001AA')).toThrow('above 0x7FF');
		expect(parseSlcanSpec('20108, 20109:1:rw,20110:ro')).toEqual([
			{ port: 20108, channel: 0, write: false },
			{ port: 20109, channel: 1, write: true },
			{ port: 20110, channel: 0, write: false }
		]);
		expect(() => parseSlcanSpec('99999')).toThrow(`ZB_SLCAN '99999': port '99999' is not 0..65535`);
		expect(parseSlcanSpec('0:rw')).toEqual([{ port: 0, channel: 0, write: true }]);
		expect(() => parseSlcanSpec('20108:write')).toThrow(`'write' is neither a channel number nor rw/ro`);
	});
});
