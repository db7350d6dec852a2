/**
 * Flashes an image into a running ECU through UDS (docs/ota.md, "The UDS sequence"): extended session,
 * programming session, security access level 1, RequestDownload (0x34) with the image size, TransferData
 * (0x36) blocks as long as the ECU's maxNumberOfBlockLength allows, RequestTransferExit (0x37) with the
 * image's CRC-32, ECUReset (0x11 01). The ECU boots the received image at that reset; the other ECUs never
 * notice. Any negative answer or timeout stops the sequence with the step and the NRC as the reason: the ECU
 * then drops the transfer and keeps its old image.
 */
import type { Transport } from '../diag/client';
import type { Exchange } from '../diag/tester';
import { decodeResponse, req, securityKey, toHex } from '../diag/uds';
import { crc32 } from '../sim/ecu-host';

export interface FlashProgress {
	step: 'session' | 'security' | 'download' | 'transfer' | 'exit' | 'reset';
	/** Bytes sent so far (transfer) and the image size. */
	sent: number;
	size: number;
}

export interface FlashResult {
	ok: boolean;
	/** Why it failed: `0x36 block 3: NRC 0x73 wrongBlockSequenceCounter`, … */
	reason: string | null;
	/** maxNumberOfBlockLength the ECU announced, and the data bytes per block that gives. */
	maxBlockLength: number;
	blocks: number;
	crc: number;
	/** Requests sent. */
	requests: number;
}

export interface FlashOptions {
	onProgress?: (p: FlashProgress) => void;
	/** Test hook for the failure cases: rewrites a TransferData request before it is sent (index from 0). */
	tamperBlock?: (index: number, request: number[]) => number[] | null;
	/** Stop after this many blocks (a transfer cut off, e.g. the vehicle lost power). */
	stopAfterBlocks?: number;
}

class StepError extends Error {}

/** Flashes `image` into the ECU answering on request id `target`. */
export async function flashEcu(send: Transport, target: number, image: Uint8Array, o: FlashOptions = {}): Promise<FlashResult> {
	const res: FlashResult = { ok: false, reason: null, maxBlockLength: 0, blocks: 0, crc: crc32(image), requests: 0 };
	const progress = (step: FlashProgress['step'], sent: number): void => o.onProgress?.({ step, sent, size: image.length });
	const ask = async (what: string, payload: number[]): Promise<number[]> => {
		res.requests++;
		const x: Exchange = await send(target, payload);
		if (x.result !== 'OK') throw new StepError(`${what}: ${x.result}: ${x.error}`);
		const p = x.responses[0]?.payload;
		if (!p) throw new StepError(`${what}: no response`);
		if (p[0] === payload[0] + 0x40) return p;
		const d = decodeResponse(p);
		throw new StepError(d.kind === 'negative' ? `${what}: NRC 0x${d.nrc!.toString(16).toUpperCase().padStart(2, '0')} ${d.nrcName}` : `${what}: unexpected answer ${toHex(p)}`);
	};
	try {
		progress('session', 0);
		await ask('0x10 03 extended session', req.session(0x03));
		await ask('0x10 02 programming session', req.session(0x02));
		progress('security', 0);
		const s = await ask('0x27 01 request seed', req.seed(1));
		const seed = ((s[2] << 24) | (s[3] << 16) | (s[4] << 8) | s[5]) >>> 0;
		if (seed !== 0) await ask('0x27 02 send key', req.key(1, securityKey(seed, 1)));
		progress('download', 0);
		const n = image.length;
		// 34 DFI=00 ALFID=44 (4-byte address 0, 4-byte size)
		const d = await ask('0x34 RequestDownload', [0x34, 0x00, 0x44, 0, 0, 0, 0, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
		const lenBytes = d[1] >> 4;
		if (lenBytes < 1 || lenBytes > 4 || d.length < 2 + lenBytes) throw new StepError(`0x34: malformed response ${toHex(d)}`);
		let max = 0;
		for (let i = 0; i < lenBytes; i++) max = max * 256 + d[2 + i];
		if (max < 3) throw new StepError(`0x34: maxNumberOfBlockLength ${max} leaves no room for data`);
		res.maxBlockLength = max;
		const per = max - 2;
		let bsc = 1;
		for (let off = 0, i = 0; off < n; off += per, i++) {
			if (o.stopAfterBlocks !== undefined && i >= o.stopAfterBlocks) throw new StepError(`transfer stopped after ${i} blocks`);
			let r: number[] | null = [0x36, bsc, ...image.subarray(off, Math.min(n, off + per))];
			if (o.tamperBlock) r = o.tamperBlock(i, r);
			if (r !== null) await ask(`0x36 block ${i + 1}`, r);
			res.blocks++;
			bsc = (bsc + 1) & 0xff;
			progress('transfer', Math.min(n, off + per));
		}
		progress('exit', n);
		const c = res.crc;
		await ask('0x37 RequestTransferExit', [0x37, (c >>> 24) & 0xff, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
		progress('reset', n);
		await ask('0x11 01 ECUReset', req.reset(0x01));
		res.ok = true;
	} catch (e) {
		if (!(e instanceof StepError)) throw e;
		res.reason = e.message;
	}
	return res;
}
