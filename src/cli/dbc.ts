/**
 * `npm run dbc -- <command>`: DBC tools for people and scripts.
 *   check FILE.dbc        counts of messages, signals, nodes; malformed file → `FILE:line:col: reason`, exit 1
 *   decode FILE.dbc LOG   candump -L log → one JSON object a frame on stdout; bad log lines on stderr, exit 1
 * Usage errors exit 2.
 */
import { readFileSync } from 'node:fs';
import { formatTimestampUs, parseCandumpLog } from '../lib/can/candump';
import { DbcCodec } from '../lib/can/dbc/codec';
import { loadDbcFile } from '../lib/can/dbc/load-node';
import { DbcError, type Dbc } from '../lib/can/dbc/types';
import { FLAG_ERR, FLAG_RTR, dlcToLen } from '../lib/can/frame';

const USAGE = `usage: npm run dbc -- <command> ...
  check FILE.dbc         print message/signal/node counts, or FILE:line:col: reason (exit 1)
  decode FILE.dbc LOG    decode a candump -L log to JSON lines: {"t","id","name","signals"}`;

function load(path: string): Dbc | undefined {
	try {
		return loadDbcFile(path);
	} catch (e) {
		if (e instanceof DbcError) process.stderr.write(`${e.message}\n`);
		else process.stderr.write(`${path}: ${(e as Error).message}\n`);
		return undefined;
	}
}

function check(path: string): number {
	const dbc = load(path);
	if (!dbc) return 1;
	const signals = dbc.messages.reduce((n, m) => n + m.signals.length, 0);
	const muxed = dbc.messages.filter((m) => m.signals.some((s) => s.multiplexerSignal !== undefined)).length;
	const fd = dbc.messages.filter((m) => m.isFd).length;
	const ext = dbc.messages.filter((m) => m.extended).length;
	const warnings = dbc.warnings ?? [];
	for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
	process.stdout.write(
		`${path}: ${dbc.messages.length} messages, ${signals} signals, ${dbc.nodes.length} nodes` +
			` (${muxed} multiplexed, ${fd} CAN FD, ${ext} extended; ${warnings.length} warnings)\n`
	);
	return 0;
}

function decode(dbcPath: string, logPath: string): number {
	const dbc = load(dbcPath);
	if (!dbc) return 1;
	let text: string;
	try {
		text = readFileSync(logPath, 'utf8');
	} catch (e) {
		process.stderr.write(`${logPath}: ${(e as Error).message}\n`);
		return 1;
	}
	const log = parseCandumpLog(text, logPath);
	const codec = new DbcCodec(dbc);
	const out = new Float64Array(Math.max(1, codec.maxSignals));
	const b = log.frames;
	let chunk = '';
	for (let i = 0; i < b.count; i++) {
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
		// The timestamp is written from integer µs so it keeps exactly the log's 6 decimals.
		chunk += `{"t":${formatTimestampUs(b.t_us[i])},"id":${b.id[i]},"name":${m ? JSON.stringify(m.msg.name) : 'null'},"signals":{${signals}}}\n`;
		if (chunk.length > 1 << 16) {
			process.stdout.write(chunk);
			chunk = '';
		}
	}
	process.stdout.write(chunk);
	for (const e of log.errors) process.stderr.write(`${e.message}\n`);
	return log.errors.length ? 1 : 0;
}

function main(argv: string[]): number {
	const [cmd, ...rest] = argv;
	if (cmd === 'check' && rest.length === 1) return check(rest[0]);
	if (cmd === 'decode' && rest.length === 2) return decode(rest[0], rest[1]);
	process.stderr.write(`${cmd && cmd !== 'check' && cmd !== 'decode' ? `unknown command '${cmd}'\n` : ''}${USAGE}\n`);
	return 2;
}

process.exitCode = main(process.argv.slice(2));
