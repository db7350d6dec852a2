import { afterEach, describe, expect, it } from 'vitest';
import { FLAG_ERR, FLAG_EXT, FLAG_FD } from '../src/lib/can/frame';
import { loopbackHub, type LoopbackHub } from '../tests/interop/loopback-hub';
import { textClient, type TextClient } from '../tests/interop/tcp-client';
import { secsUsecs, tokenMatches } from './can-text';
import { startSocketcand, type SocketcandServer } from './socketcand';

const EPOCH = 1_700_000_000_000_000; // epoch µs of the session start
let server: SocketcandServer | undefined;
let clients: TextClient[] = [];

afterEach(async () => {
	for (const c of clients) c.close();
	clients = [];
	await server?.close();
	server = undefined;
});

async function setup(token?: string): Promise<{ hub: LoopbackHub; client: () => Promise<TextClient> }> {
	const hub = loopbackHub(['sim', 'vcan0'], { readOnly: [] });
	server = await startSocketcand(hub, { port: 0, token, rawGraceMs: 0 });
	hub.session({ reason: 'reset', channel: 0, t_us: 0, epoch_us: EPOCH });
	hub.session({ reason: 'reset', channel: 1, t_us: 0, epoch_us: EPOCH + 5_000_000 });
	const port = server.port;
	return {
		hub,
		client: async () => {
			const c = await textClient(port);
			clients.push(c);
			await c.until((t) => t === '< hi >');
			return c;
		}
	};
}

async function openRaw(c: TextClient, name: string): Promise<void> {
	c.write(`< open ${name} >`);
	await c.until((t) => t.endsWith('< ok >'));
	c.write('< rawmode >');
	await c.until((t) => t.endsWith('< ok >< ok >'));
}

describe('socketcand server', () => {
	it('greets, opens a channel by name and streams its frames with epoch-mapped times', async () => {
		const { hub, client } = await setup();
		const c = await client();
		await openRaw(c, 'sim');
		hub.emit(0, [
			{ t_us: 1_234_567, id: 0x100, data: [0xde, 0xad, 0xbe, 0xef] },
			{ t_us: 1_234_900, id: 0x18daf110, flags: FLAG_EXT, data: [1, 2] },
			{ t_us: 1_235_000, id: 0x101, data: [] }
		]);
		hub.emit(1, [{ t_us: 7, id: 0x222, data: [9] }]); // another channel: not this client's
		const t = await c.until((s) => s.includes('101'));
		expect(t.slice('< hi >< ok >< ok >'.length)).toBe(
			` < frame 100 1700000001.234567 DEADBEEF > < frame 18DAF110 1700000001.234900 0102 > < frame 101 1700000001.235000  >`
		);
		expect(await c.quiet(50)).toBe('');
	});

	it('maps canN to hub channel N and writes error frames in socketcand form', async () => {
		const { hub, client } = await setup();
		const c = await client();
		await openRaw(c, 'can1');
		hub.emit(1, [{ t_us: 10, id: 0x004, flags: FLAG_ERR, data: [0, 0, 0, 0, 0, 0, 0, 0] }]);
		await c.until((s) => s.endsWith('< error 00000004 1700000005.000010 >'));
	});

	it('sends an FD payload whole', async () => {
		const { hub, client } = await setup();
		const c = await client();
		await openRaw(c, 'sim');
		const data = Array.from({ length: 12 }, (_, i) => i);
		hub.emit(0, [{ t_us: 0, id: 0x3f0, flags: FLAG_FD, dlc: 9, data }]);
		await c.until((s) => s.endsWith('< frame 3F0 1700000000.000000 000102030405060708090A0B >'));
	});

	it('refuses an unknown channel and a wrong token, naming what exists', async () => {
		const { client } = await setup('s3cret');
		const c = await client();
		c.write('< open can7 >');
		await c.until((s) => s.endsWith(`< error no channel 'can7' (have: sim (can0), vcan0 (can1)) >`));
		c.write('< open sim@wrong >');
		await c.until((s) => s.endsWith(`< error wrong token for 'sim' >`));
		c.write('< rawmode >');
		await c.until((s) => s.endsWith(`< error 'rawmode' needs an open channel first ('open NAME') >`));
	});

	it('is read-only without the token: a send is refused and reaches no bus', async () => {
		const { hub, client } = await setup('s3cret');
		const c = await client();
		await openRaw(c, 'sim');
		c.write('< send 7E0 8 2 10 3 0 0 0 0 0 >');
		await c.until((s) => s.includes('< error read-only: sending needs the token'));
		expect(hub.sent).toEqual([]);
	});

	it('sends with the token, in the form python-can writes', async () => {
		const { hub, client } = await setup('s3cret');
		const c = await client();
		await openRaw(c, 'sim@s3cret');
		c.write('< send 7E0 8 2 10 3 0 0 0 0 0 >< send 18DAF110 2 AA bb >< send 123 0 >');
		await c.until(() => hub.sent.length === 3);
		expect(hub.sent.map((s) => [s.channel, s.frame.id, s.frame.flags, s.frame.dlc, [...s.frame.data]])).toEqual([
			[0, 0x7e0, 0, 8, [2, 0x10, 3, 0, 0, 0, 0, 0]],
			[0, 0x18daf110, FLAG_EXT, 2, [0xaa, 0xbb]],
			[0, 0x123, 0, 0, []]
		]);
	});

	it('a server without a token has no writers at all', async () => {
		const { hub, client } = await setup(undefined);
		const c = await client();
		c.write('< open sim@anything >');
		await c.until((s) => s.endsWith(`< error this server has no write token: open 'sim' without '@' >`));
		await openRaw(c, 'sim');
		c.write('< send 123 1 1 >');
		await c.until((s) => s.includes('read-only'));
		expect(hub.sent).toEqual([]);
	});

	it('answers garbage and bad frames with an error and keeps the connection', async () => {
		const { hub, client } = await setup('k');
		const c = await client();
		await openRaw(c, 'sim@k');
		const bad: [string, string][] = [
			['hello\n', `< error expected a command in angle brackets, got 'hello' >`],
			['< >', '< error empty command >'],
			['< frobnicate 1 >', `< error unknown command 'frobnicate' >`],
			['< bcmmode >', `< error 'bcmmode' is not supported: this server speaks raw mode only ('rawmode') >`],
			['< send 7E0 9 1 2 3 4 5 6 7 8 9 >', `< error send: DLC '9' is not 0..8 >`],
			['< send 7E0 2 1 >', '< error send: DLC 2 but 1 data bytes >'],
			['< send 7E0 1 1FF >', `< error send: data byte 1 '1FF' is not hex 00..FF >`],
			['< send 7GG 1 1 >', `< error send: ID: '7GG' is not a hex identifier >`],
			['< send 3FFFFFFF 1 1 >', '< error send: ID: identifier 0x3FFFFFFF is above 0x1FFFFFFF (29-bit) >'],
			['< send >', `< error 'send' takes ID DLC and the data bytes, e.g. 'send 7E0 2 10 03' >`],
			['<' + 'x'.repeat(2000), '< error command longer than 1024 characters without a closing bracket: dropped >']
		];
		for (const [input, reply] of bad) {
			const before = c.text.length;
			c.write(input);
			await c.until((s) => s.length > before && s.endsWith(' >') && s.slice(before).includes('< error'));
			expect(c.text.slice(before)).toBe(reply);
		}
		expect(hub.sent).toEqual([]);
		c.write('< echo >');
		await c.until((s) => s.endsWith('< echo >'));
		c.write('< send 7E0 1 55 >');
		await c.until(() => hub.sent.length === 1);
	});

	it('times and tokens: helpers', () => {
		expect(secsUsecs(1_700_000_000_000_001)).toBe('1700000000.000001');
		expect(secsUsecs(999_999)).toBe('0.999999');
		expect(tokenMatches('abc', 'abc')).toBe(true);
		expect(tokenMatches('abd', 'abc')).toBe(false);
		expect(tokenMatches('abc', undefined)).toBe(false);
		expect(tokenMatches('', '')).toBe(false);
	});
});
