/**
 * Test support: assembles tiny ECU images by hand (WebAssembly binary format) to exercise what the real
 * firmware should never do — a wrong ABI version, a trap, a missing export — without a C compiler.
 */

export interface TinyEcuOptions {
	abiVersion?: number;
	/** ecu_tick executes `unreachable` once virtual time reaches this value (µs); never by default. */
	trapAtUs?: number;
	omitExport?: string;
}

const leb = (n: number): number[] => {
	const out: number[] = [];
	do {
		let b = n & 0x7f;
		n >>>= 7;
		if (n) b |= 0x80;
		out.push(b);
	} while (n);
	return out;
};
const sleb = (n: number | bigint): number[] => {
	let v = BigInt(n);
	const out: number[] = [];
	for (;;) {
		const b = Number(v & 0x7fn);
		v >>= 7n;
		const done = (v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0);
		out.push(done ? b : b | 0x80);
		if (done) return out;
	}
};
const vec = (items: number[][]): number[] => [...leb(items.length), ...items.flat()];
const str = (s: string): number[] => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];

const I32 = 0x7f;
const I64 = 0x7e;

/** A minimal image exporting the ECU ABI; it sends nothing. */
export function tinyEcu(o: TinyEcuOptions = {}): Uint8Array<ArrayBuffer> {
	const types = [
		[0x60, 0, 1, I32], // () -> i32
		[0x60, 1, I32, 0], // (i32) -> ()
		[0x60, 1, I64, 0], // (i64) -> ()
		[0x60, 4, I32, I32, I32, I32, 0] // (i32 x4) -> ()
	];
	const funcs: Array<{ name: string; type: number; body: number[] }> = [
		{ name: 'abi_version', type: 0, body: [0x41, ...sleb(o.abiVersion ?? 1)] },
		{ name: 'ecu_init', type: 1, body: [] },
		{
			name: 'ecu_tick',
			type: 2,
			// if (now_us >= trapAt) unreachable
			body: o.trapAtUs === undefined ? [] : [0x20, 0, 0x42, ...sleb(BigInt(o.trapAtUs)), 0x5a, 0x04, 0x40, 0x00, 0x0b]
		},
		{ name: 'ecu_can_rx', type: 3, body: [] },
		{ name: 'ecu_rx_buffer', type: 0, body: [0x41, ...sleb(1024)] }
	];
	const exports = funcs
		.map((f, i) => ({ name: f.name, kind: 0, idx: i }))
		.concat([{ name: 'memory', kind: 2, idx: 0 }])
		.filter((e) => e.name !== o.omitExport);
	const bytes = [
		0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
		...section(1, vec(types)),
		...section(3, vec(funcs.map((f) => [f.type]))),
		...section(5, vec([[0x00, 1]])),
		...section(7, vec(exports.map((e) => [...str(e.name), e.kind, e.idx]))),
		...section(10, vec(funcs.map((f) => { const b = [0, ...f.body, 0x0b]; return [...leb(b.length), ...b]; })))
	];
	return new Uint8Array(bytes);
}
