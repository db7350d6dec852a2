/**
 * The owners' tools agree with our readers and writers (docs/log-formats.md): Debian's python-can 4.1 reads
 * every file we write and we read every file it writes, frame for frame; can-utils' log2asc/asc2log round
 * trips; tshark dissects our PCAP/PCAPNG as SocketCAN. Frames: 5 s of the real simulation plus a hand-built
 * batch for what the simulation does not send (CAN FD, RTR, error frames, Tx, a second channel). Every
 * fixture is made here, at test time, by those tools.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCandumpLog } from '../candump';
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX, FrameBatchBuilder, dlcToLen, type FrameBatch } from '../frame';
import { createWriter, type LogFormat } from './index';
import { plain, readBytes, sampleBatch, writeAll, type PlainFrame } from './testing';

const root = resolve(import.meta.dirname, '../../../..');
const PY = join(root, 'tests/interop/logs/pycan.py');
const dir = mkdtempSync(join(tmpdir(), 'zb-logs-'));
const CH = ['vcan0', 'vcan1'];

/** A frame as python-can sees it. */
interface Py {
	t: number;
	id: number;
	ext: boolean;
	rtr: boolean;
	err: boolean;
	fd: boolean;
	brs: boolean;
	len: number;
	data: string;
	ch: number | string | null;
	rx: boolean;
}

type Field = 'ch' | 'rx' | 'brs' | 'fd' | 'rtrLen' | 'errCh';

function toPy(f: PlainFrame, chAsName: boolean): Py {
	const rtr = !!(f.flags & FLAG_RTR);
	return {
		t: f.t_us,
		id: f.id,
		ext: !!(f.flags & FLAG_EXT),
		rtr,
		err: !!(f.flags & FLAG_ERR),
		fd: !!(f.flags & FLAG_FD),
		brs: !!(f.flags & FLAG_BRS),
		len: rtr ? f.dlc : dlcToLen(f.dlc),
		data: Buffer.from(f.data).toString('hex'),
		ch: chAsName ? CH[f.channel] : f.channel,
		rx: !(f.flags & FLAG_TX)
	};
}

/** What both sides must agree on: an error frame is its time and channel; `drop` = what the format cannot carry. */
function norm(p: Py, drop: Field[], t0 = 0): Record<string, unknown> {
	const o: Record<string, unknown> = p.err ? { t: p.t - t0, err: true, ch: p.ch } : { ...p, t: p.t - t0 };
	for (const d of drop) if (d !== 'rtrLen' && d !== 'errCh') delete o[d];
	if (drop.includes('errCh') && p.err) delete o.ch;
	if (drop.includes('rtrLen') && p.rtr) o.len = 0;
	return o;
}

function py(args: string[], input?: string): string {
	const r = spawnSync('/usr/bin/python3', [PY, ...args], { encoding: 'utf8', input, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 28 });
	expect(r.stderr.replace(/.*WARNING.*\n?/g, '')).toBe('');
	expect(r.status).toBe(0);
	return r.stdout;
}

let batch: FrameBatch;
let frames: PlainFrame[];

beforeAll(() => {
	const log = join(dir, 'sim.log');
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--duration', '5', '--seed', '3', '--out', log, '--quiet'], { cwd: root, encoding: 'utf8' });
	expect(r.stderr).toBe('');
	const sim = parseCandumpLog(readFileSync(log, 'utf8'), log);
	expect(sim.frames.count).toBeGreaterThan(4000);
	const b = new FrameBatchBuilder(sim.frames.count + 16);
	for (let i = 0; i < sim.frames.count; i++) b.pushFrom(sim.frames, i);
	const extra = sampleBatch(sim.frames.t_us[sim.frames.count - 1] + 100_000);
	// python-can takes a candump error frame for one only with the bus-error class bit (CAN_ERR_BUSERROR, 0x80).
	for (let i = 0; i < extra.count; i++)
		if (extra.flags[i] & FLAG_ERR) b.push(extra.t_us[i], 0x80, FLAG_ERR, 0, [], 0, extra.channel[i]);
		else b.pushFrom(extra, i);
	batch = b.take();
	frames = plain([batch]);
}, 60_000);

const CASES: Array<{ fmt: LogFormat; ext: string; ours: Field[]; theirs: Field[]; chName?: boolean; relative?: boolean }> = [
	// ours: what is lost when we write and python-can reads; theirs: when python-can writes and we read.
	// (python-can's candump reader gives error frames no channel, and its writer drops an RTR frame's DLC.)
	{ fmt: 'candump', ext: 'log', ours: ['rx', 'errCh'], theirs: ['rtrLen'], chName: true },
	{ fmt: 'asc', ext: 'asc', ours: [], theirs: [], relative: true },
	{ fmt: 'blf', ext: 'blf', ours: [], theirs: [], relative: true },
	{ fmt: 'csv', ext: 'csv', ours: ['ch', 'rx', 'brs', 'fd'], theirs: ['ch', 'rx', 'brs', 'fd'] }
];

describe('python-can (python3-can 4.1, the owner of these formats) and our readers/writers agree', () => {
	for (const c of CASES) {
		it(`python-can reads the ${c.fmt} file we write, frame for frame`, () => {
			const file = join(dir, `ours.${c.ext}`);
			writeFileSync(file, writeAll(createWriter(c.fmt, { channels: CH }), [batch]));
			const got = py(['read', c.fmt, file]).trim().split('\n').map((l) => JSON.parse(l) as Py);
			expect(got.length).toBe(frames.length);
			const want = frames.map((f) => norm(toPy(f, !!c.chName), c.ours));
			expect(got.map((p) => norm(p, c.ours))).toEqual(want);
		});

		it(`we read the ${c.fmt} file python-can writes, frame for frame`, () => {
			const file = join(dir, `theirs.${c.ext}`);
			const sent = frames.map((f) => toPy(f, !!c.chName));
			py(['write', c.fmt, file], sent.map((p) => JSON.stringify(p)).join('\n'));
			const { reader, frames: back } = readBytes(c.fmt, readFileSync(file), 1 << 16, file);
			expect(reader.errors).toEqual([]);
			const chNames = reader.channels;
			const got = back.map((f) => toPy(f, false)).map((p) => (c.chName ? { ...p, ch: chNames[p.ch as number] } : p));
			// python-can's ASC and BLF headers keep the start to the millisecond: compare times from the first frame.
			const t0 = c.relative ? got[0].t : 0;
			const s0 = c.relative ? sent[0].t : 0;
			expect(got.map((p) => norm(p, c.theirs, t0))).toEqual(sent.map((p) => norm(p, c.theirs, s0)));
		});
	}

	it('we read the TRC (2.1) file python-can writes (it writes classic data frames only)', () => {
		const file = join(dir, 'theirs.trc');
		const sent = frames.filter((f) => !(f.flags & (FLAG_FD | FLAG_RTR | FLAG_ERR))).map((f) => toPy(f, false));
		py(['write', 'trc', file], sent.map((p) => JSON.stringify(p)).join('\n'));
		const { reader, frames: back } = readBytes('trc', readFileSync(file), 1 << 16, file);
		expect(reader.errors).toEqual([]);
		const got = back.map((f) => toPy(f, false));
		expect(got.map((p) => norm(p, [], got[0].t))).toEqual(sent.map((p) => norm(p, [], sent[0].t)));
	});
});

describe("can-utils' log2asc / asc2log (the candump format's owner) and our ASC agree", () => {
	it('log2asc of our candump log reads back as the same frames through our ASC reader', () => {
		const log = join(dir, 'u.log');
		writeFileSync(log, writeAll(createWriter('candump', { channels: CH }), [batch]));
		const r = spawnSync('/usr/bin/log2asc', ['-I', log, ...CH], { encoding: 'utf8', maxBuffer: 1 << 28 });
		expect(r.status).toBe(0);
		const { reader, frames: back } = readBytes('asc', new TextEncoder().encode(r.stdout), 1 << 16, 'log2asc.asc');
		expect(reader.errors).toEqual([]);
		// log2asc writes times from the first frame and its date to the second; direction is not in candump -L.
		const want = frames.map((f) => norm(toPy(f, false), ['rx'], frames[0].t_us));
		expect(back.map((f) => norm(toPy(f, false), ['rx'], back[0].t_us))).toEqual(want);
	});

	it('asc2log of our ASC file reads back as the same frames through our candump reader', () => {
		const asc = join(dir, 'u.asc');
		writeFileSync(asc, writeAll(createWriter('asc'), [batch]));
		const r = spawnSync('/usr/bin/asc2log', ['-I', asc], { encoding: 'utf8', maxBuffer: 1 << 28 });
		expect(r.status).toBe(0);
		const { reader, frames: back } = readBytes('candump', new TextEncoder().encode(r.stdout), 1 << 16, 'asc2log.log');
		expect(reader.errors).toEqual([]);
		// asc2log names channels canN from 1. It dates the log from the `date` line only where the en_US or de_DE
		// locale is installed (else "Using current time", also for log2asc's own files): times from the first frame.
		const want = frames.map((f) => norm(toPy(f, false), ['ch'], frames[0].t_us));
		expect(back.map((f) => norm(toPy(f, false), ['ch'], back[0].t_us))).toEqual(want);
	});
});

describe('tshark (Wireshark) dissects our PCAP and PCAPNG as SocketCAN', () => {
	for (const fmt of ['pcap', 'pcapng'] as const) {
		it(`${fmt}: the right IDs, extended flags, lengths and payloads`, () => {
			const file = join(dir, `ours.${fmt}`);
			writeFileSync(file, writeAll(createWriter(fmt, { channels: CH }), [batch]));
			const r = spawnSync('tshark', ['-r', file, '-T', 'fields', '-E', 'separator=,', '-e', 'frame.time_epoch', '-e', 'can.id', '-e', 'can.flags.xtd', '-e', 'can.flags.err', '-e', 'can.len', '-e', 'data.data'], { encoding: 'utf8', maxBuffer: 1 << 28 });
			expect(r.status).toBe(0);
			const rows = r.stdout.trim().split('\n').map((l) => l.split(','));
			expect(rows.length).toBe(frames.length);
			const got = rows.map(([t, id, xtd, err, len, data]) => ({ t: t.replace('.', '').slice(0, 16), err: err === '1', ...(err === '1' ? {} : { id: Number(id), ext: xtd === '1', len: Number(len), data: data ?? '' }) }));
			const want = frames.map((f) => {
				const p = toPy(f, false);
				// A remote frame has no payload; tshark shows the padding as data, and its length as the DLC.
				return { t: String(f.t_us), err: p.err, ...(p.err ? {} : { id: p.id, ext: p.ext, len: p.len, data: p.rtr ? '00'.repeat(p.len) : p.data }) };
			});
			// a frame whose payload another dissector claims (AUTOSAR NM on id 0) shows no data.data
			const mask = (x: (typeof got)[number], i: number) => (want[i].id === 0 && !want[i].err ? { ...x, data: '' } : x);
			expect(got.map(mask)).toEqual(want.map(mask));
		});
	}
});
