/**
 * `npm run log -- <command>`: log files in every format of docs/log-formats.md, streamed (a file of any
 * size is read in 1 MiB chunks and never held whole).
 *   info FILE                         format, frames, duration, IDs, channels, errors
 *   convert IN OUT [--to F] [--from F] convert (format from the extension, or --to); progress on stderr
 *   decode FILE.dbc LOG [--from F]    one JSON object a frame on stdout, as `npm run dbc -- decode`
 * A bad file prints `file:offset|line: reason` on stderr and exits 1, keeping (and writing) every frame read
 * before the error. Usage errors exit 2.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { formatTimestampUs } from '../lib/can/candump';
import { DbcCodec } from '../lib/can/dbc/codec';
import { loadDbcFile } from '../lib/can/dbc/load-node';
import { DbcError, type Dbc } from '../lib/can/dbc/types';
import { createReader, createWriter, formatFromName, READ_FORMATS, sniffFormat, WRITE_FORMATS, type LogFormat, type LogReader } from '../lib/can/formats/index';
import { FLAG_ERR, FLAG_EXT, FLAG_RTR, dlcToLen, type FrameBatch } from '../lib/can/frame';

const USAGE = `usage: npm run log -- <command> ...
  info FILE                          format, frames, duration, IDs, channels, errors
  convert IN OUT [--to F] [--from F] convert between formats (F: ${WRITE_FORMATS.join(', ')})
  decode FILE.dbc LOG [--from F]     decode a log to JSON lines: {"t","id","name","signals"}
formats read: ${READ_FORMATS.join(', ')} (by content, else extension)`;

const CHUNK = 1 << 20;

class UsageError extends Error {}

/** The format of a file: its magic or first lines, else its extension. */
export function detectFormat(path: string, fd: number): LogFormat | undefined {
	const head = new Uint8Array(4096);
	const n = readSync(fd, head, 0, head.length, 0);
	return sniffFormat(head.subarray(0, n)) ?? formatFromName(path);
}

export interface ReadResult {
	reader: LogReader;
	format: LogFormat;
	bytes: number;
}

/** Streams a log file through its reader; `onBatch` gets every batch. Throws UsageError when the format is unknown. */
export function readLogFile(path: string, onBatch: (b: FrameBatch, reader: LogReader) => void, from?: LogFormat, onProgress?: (done: number, total: number) => void): ReadResult {
	const fd = openSync(path, 'r');
	try {
		const format = from ?? detectFormat(path, fd);
		if (!format) throw new UsageError(`${path}: cannot tell the log format (use --from ${READ_FORMATS.join('|')})`);
		const total = fstatSync(fd).size;
		// Node's native zlib for BLF containers (the readers themselves use fflate, which runs in a browser too).
		const reader: LogReader = createReader(format, { file: path, onBatch: (b) => onBatch(b, reader), inflate: inflateContainer });
		const buf = new Uint8Array(CHUNK);
		let done = 0;
		for (;;) {
			const n = readSync(fd, buf, 0, CHUNK, null);
			if (n <= 0 || reader.stopped) break;
			// The reader keeps no reference to a chunk past the call, except its unfinished tail (copied).
			reader.read(buf.subarray(0, n));
			done += n;
			onProgress?.(done, total);
		}
		reader.end();
		return { reader, format, bytes: done };
	} finally {
		closeSync(fd);
	}
}

/**
 * A BLF container through native zlib, its output in one piece: a chunk a little larger than the size the
 * container states (so zlib sees the end of the stream in the first pass) saves Node the copy that joins
 * 16 KiB chunks, a third of the inflate time. The stated size is not trusted past 16 MiB (chunks then).
 */
function inflateContainer(d: Uint8Array, size: number): Uint8Array {
	return inflateSync(d, { chunkSize: Math.min(Math.max(size, 0), 16 * 2 ** 20) + 64 });
}

function progress(label: string): (done: number, total: number) => void {
	let last = Date.now();
	return (done, total) => {
		if (total < 64 * 2 ** 20 || Date.now() - last < 1000) return;
		last = Date.now();
		process.stderr.write(`${label}: ${((done / total) * 100).toFixed(0)}% (${(done / 2 ** 20).toFixed(0)} of ${(total / 2 ** 20).toFixed(0)} MiB)\n`);
	};
}

function report(r: LogReader): number {
	for (const e of r.errors) process.stderr.write(`${e.message}\n`);
	if (r.skipped) process.stderr.write(`${r.frames} frames read, ${r.skipped} skipped${r.stopped ? ', reading stopped at the error' : ''}\n`);
	return r.errors.length ? 1 : 0;
}

function info(path: string, from?: LogFormat): number {
	const ids = new Map<string, number>();
	let first = Infinity;
	let last = -Infinity;
	let fd = 0;
	let err = 0;
	const { reader, format, bytes } = readLogFile(path, (b) => {
		for (let i = 0; i < b.count; i++) {
			const t = b.t_us[i];
			if (t < first) first = t;
			if (t > last) last = t;
			if (b.flags[i] & FLAG_ERR) {
				err++;
				continue;
			}
			if (b.flags[i] & 0x04) fd++;
			const key = b.flags[i] & FLAG_EXT ? `${b.id[i].toString(16).toUpperCase().padStart(8, '0')}x` : b.id[i].toString(16).toUpperCase().padStart(3, '0');
			ids.set(key, (ids.get(key) ?? 0) + 1);
		}
	}, from, progress(path));
	const n = reader.frames;
	const dur = n ? (last - first) / 1e6 : 0;
	const top = [...ids.entries()].sort((a, b) => b[1] - a[1]);
	const lines = [
		`${path}: ${format}${reader.format !== format ? ` (${reader.format})` : ''}, ${bytes} bytes`,
		`frames: ${n} (${fd} CAN FD, ${err} error frames), ${reader.skipped} skipped, ${reader.errors.length} errors`,
		`time: ${n ? `${formatTimestampUs(first)} .. ${formatTimestampUs(last)}, ${dur.toFixed(6)} s` : '-'}`,
		`channels: ${reader.channels.join(', ') || '-'}`,
		`ids: ${ids.size}${top.length ? ': ' + top.slice(0, 20).map(([k, c]) => `${k} ×${c}`).join(', ') + (top.length > 20 ? ', …' : '') : ''}`
	];
	process.stdout.write(lines.join('\n') + '\n');
	return report(reader);
}

function convert(inPath: string, outPath: string, to?: LogFormat, from?: LogFormat): number {
	const format = to ?? formatFromName(outPath);
	if (!format || !WRITE_FORMATS.includes(format)) throw new UsageError(`${outPath}: cannot tell the output format${format ? ` (${format} is read only)` : ''} (use --to ${WRITE_FORMATS.join('|')})`);
	const out = openSync(outPath, 'w');
	try {
		let writer: ReturnType<typeof createWriter> | undefined;
		let written = 0;
		const emit = (x: Uint8Array | string) => {
			if (typeof x === 'string' ? x.length : x.byteLength) written += writeSync(out, x as Uint8Array);
		};
		const r = readLogFile(inPath, (b, reader) => {
			// The reader's channel list (it grows as channels appear) names the writer's channels.
			writer ??= createWriter(format, { channels: reader.channels });
			emit(writer.write(b));
		}, from, progress(`${inPath} → ${outPath}`));
		writer ??= createWriter(format, { channels: r.reader.channels });
		emit(writer.end());
		const h = writer.finalHeader?.();
		if (h) writeSync(out, h, 0, h.length, 0);
		process.stderr.write(`${outPath}: ${format}, ${r.reader.frames} frames, ${written} bytes\n`);
		return report(r.reader);
	} finally {
		closeSync(out);
	}
}

/** The JSON line `npm run dbc -- decode` prints for frame i (same fields and number formatting). */
export function decodeLine(codec: DbcCodec, out: Float64Array, b: FrameBatch, i: number): string {
	const flags = b.flags[i];
	const m = flags & FLAG_ERR ? undefined : codec.forFrame(b.id[i], flags);
	let signals = '';
	if (m && !(flags & FLAG_RTR)) {
		m.decode(b.data, i * b.stride, out);
		const len = Math.min(dlcToLen(b.dlc[i]), b.stride);
		for (let k = 0; k < m.signals.length; k++) {
			// NaN = not selected by the multiplexor; a short frame does not carry the signal at all.
			if (Number.isNaN(out[k]) || m.bytesNeeded[k] > len) continue;
			signals += `${signals ? ',' : ''}${JSON.stringify(m.signalNames[k])}:${JSON.stringify(out[k])}`;
		}
	}
	return `{"t":${formatTimestampUs(b.t_us[i])},"id":${b.id[i]},"name":${m ? JSON.stringify(m.msg.name) : 'null'},"signals":{${signals}}}\n`;
}

function decode(dbcPath: string, logPath: string, from?: LogFormat): number {
	let dbc: Dbc;
	try {
		dbc = loadDbcFile(dbcPath);
	} catch (e) {
		process.stderr.write(e instanceof DbcError ? `${e.message}\n` : `${dbcPath}: ${(e as Error).message}\n`);
		return 1;
	}
	const codec = new DbcCodec(dbc);
	const out = new Float64Array(Math.max(1, codec.maxSignals));
	let chunk = '';
	const r = readLogFile(logPath, (b) => {
		for (let i = 0; i < b.count; i++) chunk += decodeLine(codec, out, b, i);
		if (chunk.length > 1 << 16) {
			writeSync(1, chunk);
			chunk = '';
		}
	}, from);
	writeSync(1, chunk);
	return report(r.reader);
}

function main(argv: string[]): number {
	const opts: Record<string, string> = {};
	const pos: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--to' || argv[i] === '--from') opts[argv[i].slice(2)] = argv[++i] ?? '';
		else pos.push(argv[i]);
	}
	const to = opts.to as LogFormat | undefined;
	const from = opts.from as LogFormat | undefined;
	const [cmd, ...rest] = pos;
	try {
		if (to !== undefined && !WRITE_FORMATS.includes(to)) throw new UsageError(`--to ${to}: not a format this writes (${WRITE_FORMATS.join(', ')})`);
		if (from !== undefined && !READ_FORMATS.includes(from) && from !== 'csv-savvycan') throw new UsageError(`--from ${from}: not a format this reads (${READ_FORMATS.join(', ')})`);
		if (cmd === 'info' && rest.length === 1) return info(rest[0], from);
		if (cmd === 'convert' && rest.length === 2) return convert(rest[0], rest[1], to, from);
		if (cmd === 'decode' && rest.length === 2) return decode(rest[0], rest[1], from);
		throw new UsageError(cmd && !['info', 'convert', 'decode'].includes(cmd) ? `unknown command '${cmd}'` : '');
	} catch (e) {
		if (e instanceof UsageError) {
			process.stderr.write(`${e.message ? e.message + '\n' : ''}${USAGE}\n`);
			return 2;
		}
		if ((e as NodeJS.ErrnoException).code) {
			process.stderr.write(`${(e as Error).message}\n`);
			return 1;
		}
		throw e;
	}
}

if (process.argv[1] && /log\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
