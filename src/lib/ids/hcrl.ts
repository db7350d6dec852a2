/**
 * The CSV format of the HCRL Car-Hacking data set (`Timestamp,ID,DLC,Data[0..DLC),Flag`, e.g.
 * `1478198376.389427,0316,8,05,21,68,09,21,21,00,6f,R`; Flag R = regular, T = injected), so the detector
 * can be tried on public data. Timestamps are seconds (epoch), identifiers hex; a header line is allowed.
 */
import { FLAG_EXT, FrameBatchBuilder, type FrameBatch } from '../can/frame';

export interface LabelledFrames {
	batch: FrameBatch;
	/** 1 where the row's flag is T (an attack frame), 0 for R; absent flags count as R. */
	injected: Uint8Array;
	/** Rows that carried a flag column. */
	flagged: number;
}

/** Parses HCRL CSV text; throws `file:line: reason` on the first malformed row, nothing half-read. */
export function parseHcrlCsv(text: string, file = '<csv>'): LabelledFrames {
	const b = new FrameBatchBuilder(4096);
	const labels: number[] = [];
	let flagged = 0;
	const data = new Uint8Array(8);
	const lines = text.split(/\r?\n/);
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n].trim();
		if (line === '') continue;
		const f = line.split(',').map((x) => x.trim());
		const where = `${file}:${n + 1}`;
		if (n === 0 && !/^[0-9.]+$/.test(f[0])) continue; // header
		if (f.length < 3) throw new Error(`${where}: expected Timestamp,ID,DLC,Data...,Flag, got ${f.length} fields`);
		const ts = Number(f[0]);
		if (!Number.isFinite(ts) || ts < 0) throw new Error(`${where}: timestamp '${f[0]}' is not a number of seconds`);
		if (!/^[0-9a-fA-F]{1,8}$/.test(f[1])) throw new Error(`${where}: ID '${f[1]}' is not hexadecimal`);
		const id = parseInt(f[1], 16);
		const dlc = Number(f[2]);
		if (!Number.isInteger(dlc) || dlc < 0 || dlc > 8) throw new Error(`${where}: DLC '${f[2]}' is not 0..8`);
		const rest = f.slice(3);
		let flag = 'R';
		if (rest.length === dlc + 1) {
			flag = rest.pop()!.toUpperCase();
			if (flag !== 'R' && flag !== 'T') throw new Error(`${where}: flag '${flag}' is neither R nor T`);
			flagged++;
		} else if (rest.length !== dlc) throw new Error(`${where}: DLC ${dlc} but ${rest.length} data fields`);
		for (let k = 0; k < dlc; k++) {
			if (!/^[0-9a-fA-F]{1,2}$/.test(rest[k])) throw new Error(`${where}: data byte ${k} '${rest[k]}' is not a hex byte`);
			data[k] = parseInt(rest[k], 16);
		}
		for (let k = dlc; k < 8; k++) data[k] = 0;
		b.push(Math.round(ts * 1e6), id, id > 0x7ff ? FLAG_EXT : 0, dlc, data);
		labels.push(flag === 'T' ? 1 : 0);
	}
	return { batch: b.take(), injected: Uint8Array.from(labels), flagged };
}

/** Writes frames as HCRL CSV (`epoch_s` added to the frames' µs), flag T where `injected` says so. */
export function toHcrlCsv(b: FrameBatch, injected: ArrayLike<number>, epoch_s = 0): string {
	const out: string[] = [];
	for (let i = 0; i < b.count; i++) {
		const bytes: string[] = [];
		for (let k = 0; k < Math.min(b.dlc[i], 8); k++) bytes.push(b.data[i * b.stride + k].toString(16).padStart(2, '0'));
		const t = (epoch_s + b.t_us[i] / 1e6).toFixed(6);
		out.push([t, b.id[i].toString(16).padStart(4, '0'), String(b.dlc[i]), ...bytes, injected[i] ? 'T' : 'R'].join(','));
	}
	return out.join('\n') + '\n';
}
