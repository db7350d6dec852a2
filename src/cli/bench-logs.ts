/**
 * Log import benchmarks for `npm run bench` (docs/log-formats.md), each against python-can on the same file
 * in the same run: `log_import_candump_lines_per_s` (1 M-line candump -L log, python-can's CanutilsLogReader)
 * and `log_import_blf_frames_per_s` (the same frames as BLF, python-can's BLFReader); and the peak RSS of a
 * process importing a 1 GB candump log (`--log-gb N` to change the size), against an idle process.
 * Files are generated in a temp dir at bench time and removed after.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatCandumpLine } from '../lib/can/candump';
import { BlfWriter } from '../lib/can/formats/blf';
import { FrameBatchBuilder } from '../lib/can/frame';
import type { Row } from './bench-report';
import { readLogFile } from './log';

const PY_CANDUMP = `
import sys, time, can
t0 = time.perf_counter(); n = 0
for m in can.CanutilsLogReader(sys.argv[1]): n += 1
print(n, time.perf_counter() - t0)`;
const PY_BLF = PY_CANDUMP.replace('CanutilsLogReader', 'BLFReader');

/** A candump -L log of `lines` frames shaped like the simulation's (ids, periods, payload lengths), streamed to disk. */
function writeCandump(path: string, lines: number, frames?: FrameBatchBuilder): number {
	const fd = openSync(path, 'w');
	let chunk = '';
	const data = new Uint8Array(8);
	let seed = 12345;
	for (let i = 0; i < lines; i++) {
		seed = (seed * 1103515245 + 12345) >>> 0;
		const id = 0x100 + (seed % 40);
		const len = 2 + (seed % 7);
		for (let k = 0; k < len; k++) data[k] = (seed >>> (k * 3)) & 255;
		const t = 1_700_000_000_000_000 + i * 397;
		chunk += formatCandumpLine(t, 'vcan0', id, 0, len, data) + '\n';
		frames?.push(t, id, 0, len, data);
		if (chunk.length > 1 << 20) {
			writeSync(fd, chunk);
			chunk = '';
		}
	}
	writeSync(fd, chunk);
	closeSync(fd);
	return statSync(path).size;
}

/** Seconds our streaming reader takes over a file (best of `runs`), and the frames it read. */
function timeOurs(path: string, runs: number): { s: number; frames: number } {
	let best = Infinity;
	let frames = 0;
	for (let r = 0; r < runs; r++) {
		const t0 = performance.now();
		const { reader } = readLogFile(path, () => {});
		best = Math.min(best, (performance.now() - t0) / 1000);
		frames = reader.frames;
	}
	return { s: best, frames };
}

function timePython(script: string, path: string): { s: number; frames: number } | string {
	const r = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
	if (r.status !== 0) return `python-can failed: ${r.stderr.trim().split('\n').pop()}`;
	const [n, s] = r.stdout.trim().split(/\s+/).map(Number);
	return { s, frames: n };
}

/** Peak RSS (MiB) of a fresh process reading `path` (or idle when absent), via `--rss-child`. */
function childRss(path?: string): { mib: number; frames: number } {
	const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--rss-child', ...(path ? [path] : [])], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`rss child failed: ${r.stderr}`);
	const [kb, frames] = r.stdout.trim().split(/\s+/).map(Number);
	return { mib: kb / 1024, frames };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Runs the log benchmarks and records their rows. `args`: `--quick` (smaller files), `--log-gb N`.
 * `parts`: only these of `candump`, `blf`, `rss` (default all; the BLF file is made from the candump frames).
 */
export async function benchLogs(record: (r: Row) => void, args: string[], parts?: string[]): Promise<void> {
	const want = (p: string): boolean => !parts || parts.includes(p);
	const quick = args.includes('--quick');
	const gbArg = args.indexOf('--log-gb');
	const gb = gbArg >= 0 ? Number(args[gbArg + 1]) : quick ? 0.1 : 1;
	const lines = quick ? 200_000 : 1_000_000;
	/** One row: our reader against python-can's on the same file (or the reason python-can did not run). */
	const against = (metric: string, unit: string, ours: { s: number; frames: number }, py: { s: number; frames: number } | string, reader: string, what: string): void => {
		const rate = ours.frames / ours.s;
		const ratio = typeof py === 'string' ? undefined : rate / (py.frames / py.s);
		record({
			metric,
			value: Math.round(rate),
			unit,
			baseline: typeof py === 'string' ? py : `python-can ${reader} ${Math.round(py.frames / py.s)} ${unit}`,
			ratio: ratio === undefined ? undefined : round(ratio, 1),
			target: `>= 10x python-can; ${what}`,
			pass: ratio === undefined ? undefined : ratio >= 10
		});
	};
	const dir = mkdtempSync(join(tmpdir(), 'zb-bench-logs-'));
	try {
		const log = join(dir, 'bench.log');
		const frames = new FrameBatchBuilder(lines);
		if (want('candump') || want('blf')) writeCandump(log, lines, frames);
		if (want('candump')) {
			const ours = timeOurs(log, 3);
			against('log_import_candump_lines_per_s', 'lines/s', ours, timePython(PY_CANDUMP, log), 'CanutilsLogReader', `${lines} lines`);
		}

		if (want('blf')) {
			const blf = join(dir, 'bench.blf');
			const w = new BlfWriter();
			const fd = openSync(blf, 'w');
			writeSync(fd, w.write(frames.take()));
			writeSync(fd, w.end());
			writeSync(fd, w.finalHeader(), 0, 144, 0);
			closeSync(fd);
			const oursB = timeOurs(blf, 3);
			against('log_import_blf_frames_per_s', 'frames/s', oursB, timePython(PY_BLF, blf), 'BLFReader', `${oursB.frames} frames, ${statSync(blf).size} bytes zlib`);
			rmSync(blf);
		}
		rmSync(log, { force: true });

		if (want('rss')) {
			const big = join(dir, 'big.log');
			const bytesPerLine = 42;
			const t0 = performance.now();
			const size = writeCandump(big, Math.round((gb * 2 ** 30) / bytesPerLine));
			const genS = (performance.now() - t0) / 1000;
			const idle = childRss();
			const t1 = performance.now();
			const busy = childRss(big);
			const readS = (performance.now() - t1) / 1000;
			record({
				metric: 'log_import_peak_rss_mb',
				value: round(busy.mib, 1),
				unit: 'MiB',
				baseline: `idle process ${round(idle.mib, 1)} MiB`,
				ratio: round(busy.mib / idle.mib, 2),
				target: `< 300 MiB; ${round(size / 2 ** 30, 2)} GiB candump log, ${busy.frames} frames in ${round(readS, 1)} s (made in ${round(genS, 1)} s)`,
				pass: busy.mib < 300
			});
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

// The child of the RSS benchmark: read the file, print peak RSS (KiB) and frames.
if (process.argv[2] === '--rss-child') {
	const path = process.argv[3];
	let frames = 0;
	if (path) frames = readLogFile(path, () => {}).reader.frames;
	process.stdout.write(`${process.resourceUsage().maxRSS} ${frames}\n`);
}
