/**
 * Golden runs: the fingerprint of a fixed simulation run (drive profile, seed, duration), so optimisations
 * can prove they left behaviour alone. The log hash is the SHA-256 of exactly the candump -L log that
 * `npm run sim -- --out` writes for the same run (default interface and epoch); the NVM hash covers what
 * every ECU's NVM (DTC memory, VIN, …) holds at the end. Runs the same in Node and in a browser worker
 * (WebCrypto only), which is how the e2e test compares the two engines.
 */
import { formatCandumpLine } from '../can/candump';
import { Simulation, type NvmImage } from './simulation';

/** The runs the golden test pins: every profile × these seeds, this long. */
export const GOLDEN_SEEDS = [1, 7] as const;
export const GOLDEN_SECONDS = 120;
/** `npm run sim`'s defaults for `--iface` and `--epoch`: the golden log is that command's file. */
export const GOLDEN_IFACE = 'vcan0';
export const GOLDEN_EPOCH_S = 1_700_000_000;

export interface GoldenResult {
	/** SHA-256 (hex) of the candump -L log. */
	log: string;
	/** SHA-256 (hex) of the NVM image at the end (see `formatNvmImage`). */
	nvm: string;
	frames: number;
}

/** The NVM image as text: one `ecu block hex` line per block, ECUs and blocks in ascending order. */
export function formatNvmImage(img: NvmImage): string {
	let out = '';
	for (const ecu of [...img.keys()].sort()) {
		const blocks = img.get(ecu)!;
		for (const block of [...blocks.keys()].sort((a, b) => a - b)) {
			let hex = '';
			for (const b of blocks.get(block)!) hex += (b < 16 ? '0' : '') + b.toString(16);
			out += `${ecu} ${block} ${hex}\n`;
		}
	}
	return out;
}

async function sha256Hex(parts: string[]): Promise<string> {
	const enc = new TextEncoder();
	const chunks = parts.map((p) => enc.encode(p));
	const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.length;
	}
	const d = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
	return Array.from(d, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
}

/** Runs one golden run from power-on with new parts (empty NVM) and fingerprints it. */
export async function goldenRun(images: Map<string, WebAssembly.Module>, profile: string, seed: number, seconds = GOLDEN_SECONDS): Promise<GoldenResult> {
	const sim = await Simulation.create({ seed, profile }, images);
	const epoch_us = GOLDEN_EPOCH_S * 1_000_000;
	const lines: string[] = [];
	sim.on('frame', (t, id, flags, dlc, data, offset) => {
		lines.push(formatCandumpLine(epoch_us + t, GOLDEN_IFACE, id, flags, dlc, data, offset) + '\n');
	});
	// the same 1000-tick slices as `npm run sim` (slicing does not change the frames; this keeps it obvious)
	const total = Math.round(seconds * 1000);
	for (let done = 0; done < total; done += 1000) sim.step(Math.min(1000, total - done));
	return { log: await sha256Hex(lines), nvm: await sha256Hex([formatNvmImage(sim.nvm())]), frames: lines.length };
}
