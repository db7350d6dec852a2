/**
 * ISO 15765-2 (ISO-TP) on classic 8-byte CAN frames, the tester's side: segmentation, reassembly and the
 * frame-level decoding the trace shows. Pure functions and a pure reassembler: the timing (N_As, N_Bs, N_Cr,
 * STmin, block size) lives in the tester (tester.ts), which feeds frames here at their virtual time.
 * docs/diagnostics.md, "The tester".
 */

/** N_Result codes of ISO 15765-2 (what a transfer ended with). */
export type NResult =
	| 'N_OK'
	| 'N_TIMEOUT_A'
	| 'N_TIMEOUT_Bs'
	| 'N_TIMEOUT_Cr'
	| 'N_WRONG_SN'
	| 'N_INVALID_FS'
	| 'N_UNEXP_PDU'
	| 'N_WFT_OVRN'
	| 'N_BUFFER_OVFLW'
	| 'N_ERROR';

/** Frame types by the high nibble of the PCI byte. */
export const PCI_SF = 0;
export const PCI_FF = 1;
export const PCI_CF = 2;
export const PCI_FC = 3;
/** Flow status of a flow-control frame. */
export const FS_CTS = 0;
export const FS_WAIT = 1;
export const FS_OVFLW = 2;
/** Largest message a classic FF can announce without the 32-bit escape. */
export const MAX_LEN = 4095;
/** The padding byte the ECUs use (docs/diagnostics.md, ISO-TP parameters). */
export const PAD = 0xcc;

/** STmin byte → µs: 0..0x7F ms, 0xF1..0xF9 = 100..900 µs, reserved values count as 127 ms (ISO 15765-2 9.6.5.4). */
export function stminUs(b: number): number {
	if (b <= 0x7f) return b * 1000;
	if (b >= 0xf1 && b <= 0xf9) return (b - 0xf0) * 100;
	return 127_000;
}

/** µs → the STmin byte that requests at least that gap (rounded up to what the encoding can say). */
export function stminByte(us: number): number {
	if (!(us > 0)) return 0;
	if (us <= 900 && us % 100 === 0) return 0xf0 + us / 100;
	if (us < 1000) return 1;
	return Math.min(0x7f, Math.ceil(us / 1000));
}

function pad(bytes: number[], padding: number | null): Uint8Array {
	if (padding !== null) while (bytes.length < 8) bytes.push(padding);
	return Uint8Array.from(bytes);
}

/** The frames of one message: a single frame, or a first frame and its consecutive frames (SN from 1, wrapping). */
export function segment(payload: ArrayLike<number>, padding: number | null = PAD): Uint8Array[] {
	const n = payload.length;
	if (n < 1) throw new RangeError('ISO-TP: a message has at least 1 byte');
	if (n > MAX_LEN) throw new RangeError(`ISO-TP: ${n} bytes is more than a classic first frame can announce (${MAX_LEN})`);
	const p = Array.from(payload);
	if (n <= 7) return [pad([n, ...p], padding)];
	const out = [pad([0x10 | (n >> 8), n & 0xff, ...p.slice(0, 6)], padding)];
	let sn = 1;
	for (let i = 6; i < n; i += 7, sn = (sn + 1) & 0x0f) out.push(pad([0x20 | sn, ...p.slice(i, i + 7)], padding));
	return out;
}

/** A flow-control frame. */
export function flowControl(fs: number, bs: number, stmin: number, padding: number | null = PAD): Uint8Array {
	return pad([0x30 | fs, bs & 0xff, stmin & 0xff], padding);
}

/** What one received frame meant to the reassembler. */
export type RxEvent =
	| { kind: 'single'; payload: Uint8Array }
	| { kind: 'first'; length: number }
	| { kind: 'consecutive'; sn: number; done: Uint8Array | null }
	| { kind: 'flow'; fs: number; bs: number; stmin: number }
	| { kind: 'error'; result: NResult; why: string }
	| { kind: 'ignored'; why: string };

/**
 * Reassembles one direction of one ISO-TP connection. Frames go in as they arrive; the caller handles
 * timing and sends flow control when `first` (or the end of a block) says so.
 */
export class Reassembler {
	#buf: Uint8Array | null = null;
	#got = 0;
	#sn = 0;
	/** Announced length of the message being received, or 0 when idle. */
	get expected(): number {
		return this.#buf ? this.#buf.length : 0;
	}
	/** Bytes received so far of the current message. */
	get received(): number {
		return this.#got;
	}
	get busy(): boolean {
		return this.#buf !== null;
	}
	/** Forgets a message in progress (after a timeout). */
	reset(): void {
		this.#buf = null;
		this.#got = 0;
	}

	/** Feeds one frame's data bytes (DLC bytes, padding included). */
	feed(d: Uint8Array): RxEvent {
		if (d.length < 1) return { kind: 'ignored', why: 'DLC 0' };
		const type = d[0] >> 4;
		if (type === PCI_SF) {
			const len = d[0] & 0x0f;
			if (len === 0 || len > d.length - 1) return { kind: 'ignored', why: `SF_DL ${len} with DLC ${d.length}` };
			// a new SF during a reception aborts it (ISO 15765-2 9.8.3: N_UNEXP_PDU for the old, the new one is taken)
			this.reset();
			return { kind: 'single', payload: d.slice(1, 1 + len) };
		}
		if (type === PCI_FF) {
			if (d.length < 8) return { kind: 'ignored', why: `FF with DLC ${d.length}` };
			const len = ((d[0] & 0x0f) << 8) | d[1];
			if (len === 0) return { kind: 'error', result: 'N_BUFFER_OVFLW', why: 'FF_DL escape (32-bit length) is not supported on classic CAN here' };
			if (len < 8) return { kind: 'ignored', why: `FF_DL ${len} fits a single frame` };
			this.#buf = new Uint8Array(len);
			this.#buf.set(d.subarray(2, 8));
			this.#got = 6;
			this.#sn = 1;
			return { kind: 'first', length: len };
		}
		if (type === PCI_CF) {
			if (!this.#buf) return { kind: 'ignored', why: 'CF while no message is being received' };
			const sn = d[0] & 0x0f;
			if (sn !== this.#sn) {
				const want = this.#sn;
				this.reset();
				return { kind: 'error', result: 'N_WRONG_SN', why: `CF SN ${sn}, expected ${want}` };
			}
			const take = Math.min(7, this.#buf.length - this.#got);
			if (d.length - 1 < take) return { kind: 'ignored', why: `CF with DLC ${d.length}, ${take} bytes missing` };
			this.#buf.set(d.subarray(1, 1 + take), this.#got);
			this.#got += take;
			this.#sn = (this.#sn + 1) & 0x0f;
			if (this.#got < this.#buf.length) return { kind: 'consecutive', sn, done: null };
			const msg = this.#buf;
			this.reset();
			return { kind: 'consecutive', sn, done: msg };
		}
		if (type === PCI_FC) {
			if (d.length < 3) return { kind: 'ignored', why: `FC with DLC ${d.length}` };
			return { kind: 'flow', fs: d[0] & 0x0f, bs: d[1], stmin: d[2] };
		}
		return { kind: 'ignored', why: `unknown PCI type ${type}` };
	}
}

const hex2 = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

/** One line for the trace: what the frame is at the ISO-TP level (`FF len 20`, `CF SN 3`, `FC CTS BS 0 STmin 0`). */
export function describeFrame(d: Uint8Array): string {
	if (d.length < 1) return 'empty';
	const type = d[0] >> 4;
	if (type === PCI_SF) return `SF len ${d[0] & 0x0f}`;
	if (type === PCI_FF) return d.length >= 2 ? `FF len ${((d[0] & 0x0f) << 8) | d[1]}` : 'FF (short)';
	if (type === PCI_CF) return `CF SN ${d[0] & 0x0f}`;
	if (type === PCI_FC) {
		const fs = ['CTS', 'WAIT', 'OVFLW'][d[0] & 0x0f] ?? `FS ${d[0] & 0x0f}?`;
		return d.length >= 3 ? `FC ${fs} BS ${d[1]} STmin 0x${hex2(d[2])}` : `FC ${fs} (short)`;
	}
	return `PCI 0x${hex2(d[0])}?`;
}
