import { zlibSync } from 'fflate';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FLAG_BRS, FLAG_EXT, FLAG_FD, FLAG_TX, FrameBatchBuilder, type FrameBatch } from '../frame';
import { BLF_CAN_FD_MESSAGE_64, BLF_CAN_MESSAGE2, BlfReader, BlfWriter } from './blf';
import { plain, readBytes, sampleBatch, writeAll } from './testing';

function many(n: number) {
	const b = new FrameBatchBuilder(n);
	for (let i = 0; i < n; i++) b.push(1_700_000_000_000_000 + i * 250, 0x100 + (i % 50), 0, 8, [i & 255, i >> 8, 1, 2, 3, 4, 5, 6], 0, i % 3);
	return b.take();
}

/** Offset of the n-th top-level object (after the 144-byte header). */
function objectAt(bytes: Uint8Array, n: number): number {
	const v = new DataView(bytes.buffer, bytes.byteOffset);
	let p = 144;
	for (let k = 0; k < n; k++) {
		const size = v.getUint32(p + 8, true);
		p += size + (size % 4);
	}
	return p;
}

describe('Vector BLF', () => {
	it('round-trips every kind of frame, zlib and stored containers, in any chunk size', () => {
		const b = sampleBatch();
		for (const level of [6, 0]) {
			const bytes = writeAll(new BlfWriter({ level }), [b]);
			expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('LOGG');
			for (const chunk of [5, 1 << 20]) {
				const { reader, frames } = readBytes('blf', bytes, chunk);
				expect(reader.errors).toEqual([]);
				expect(frames).toEqual(plain([b]));
			}
		}
	});

	it('reads objects split across containers (python-can and CANoe split at 128 KiB)', () => {
		const b = many(5000);
		const bytes = writeAll(new BlfWriter({ containerSize: 1000 }), [b]);
		const { reader, frames } = readBytes('blf', bytes, 4093);
		expect(reader.errors).toEqual([]);
		expect(frames).toEqual(plain([b]));
		expect(reader.channels).toEqual(['can0', 'can1', 'can2']);
	});

	it('objects split over two, three or more containers, every kind of frame, with fflate or native zlib', () => {
		const b = new FrameBatchBuilder(16);
		for (const x of [many(300), sampleBatch(), sampleBatch(1_700_000_002_000_000)]) for (let i = 0; i < x.count; i++) b.pushFrom(x, i);
		const all = b.take();
		// As npm run log inflates: native zlib, its output in one piece.
		const native = (d: Uint8Array, size: number) => inflateSync(d, { chunkSize: size + 64 });
		for (const containerSize of [7, 20, 47, 100, 1000])
			for (const level of [6, 0]) {
				const bytes = writeAll(new BlfWriter({ level, containerSize }), [all]);
				for (const inflate of [undefined, native]) {
					const batches: FrameBatch[] = [];
					const reader = new BlfReader({ onBatch: (x) => batches.push(x), inflate, batchSize: 64 });
					for (let o = 0; o < bytes.length; o += 997) reader.read(bytes.subarray(o, o + 997));
					reader.end();
					expect(reader.errors, `container ${containerSize}, level ${level}`).toEqual([]);
					expect(plain(batches), `container ${containerSize}, level ${level}`).toEqual(plain([all]));
					expect(reader.frames).toBe(all.count);
				}
			}
	});

	it('an error in a container after an object split into it is reported at that container', () => {
		// Stored containers of 100 bytes: the 3rd object is split 4 + 44 bytes over the first two.
		const bytes = writeAll(new BlfWriter({ level: 0, containerSize: 100 }), [many(10)]);
		const second = objectAt(bytes, 1);
		bytes[second + 32 + 44] = 0x58; // the 4th object's 'LOBJ' → 'XOBJ'
		const { reader, frames } = readBytes('blf', bytes, 1 << 20, 'e.blf');
		expect(reader.errors.map((e) => e.message)).toEqual([`e.blf:${second}: expected an object ('LOBJ') in the log container but found 0x584f424a; 48 bytes passed over`]);
		expect(frames.map((f) => f.data[0])).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
	});

	it('a truncated file: error at the object’s offset, every frame before it kept', () => {
		const bytes = writeAll(new BlfWriter({ containerSize: 4096 }), [many(2000)]);
		const cut = objectAt(bytes, 3) + 100;
		const { reader, frames } = readBytes('blf', bytes.subarray(0, cut), 1000, 'cut.blf');
		expect(reader.errors).toHaveLength(1);
		expect(reader.errors[0].message).toMatch(new RegExp(`^cut.blf:${objectAt(bytes, 3)}: file is truncated: the object at offset \\d+ has 100 of its \\d+ bytes`));
		expect(reader.errors[0].fatal).toBe(true);
		// three whole containers of 4096 bytes at 48 bytes a frame, less the one split off at the end
		expect(frames.length).toBe(Math.floor((3 * 4096) / 48));
		expect(frames).toEqual(plain([many(2000)]).slice(0, frames.length));
		expect(reader.skipped).toBe(1);
	});

	it('a corrupt zlib container is an error; the containers before and after it are read', () => {
		const bytes = writeAll(new BlfWriter({ containerSize: 48 * 50 }), [many(200)]); // 50 frames a container, none split
		const at = objectAt(bytes, 1);
		bytes.fill(0xff, at + 32, at + 40);
		const { reader, frames } = readBytes('blf', bytes, 333, 'z.blf');
		expect(reader.errors.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^z.blf:${at}: log container's zlib data is corrupt`))]);
		expect(frames.length).toBe(150);
		expect(frames.map((f) => f.data[0])).toEqual([...Array(50).keys(), ...Array.from({ length: 100 }, (_, i) => (i + 100) & 255)]);
		expect(reader.skipped).toBe(1);
	});

	it('an object of size 0 stops with an error instead of looping (python-can loops forever)', () => {
		const bytes = writeAll(new BlfWriter({ containerSize: 48 * 50 }), [many(200)]);
		const at = objectAt(bytes, 2);
		new DataView(bytes.buffer).setUint32(at + 8, 0, true);
		const { reader, frames } = readBytes('blf', bytes, 1 << 20, 's.blf');
		expect(reader.errors.map((e) => e.message)).toEqual([`s.blf:${at}: object of size 0 (type 10): an object is at least 16 bytes`]);
		expect(frames.length).toBe(100);
	});

	it('an object of size 0 inside a container is passed over; the rest of the container is read', () => {
		const raw = writeAll(new BlfWriter({ level: 0, containerSize: 48 * 10 }), [many(10)]);
		const inner = raw.slice(144 + 32, 144 + 32 + 480);
		new DataView(inner.buffer).setUint32(48 * 4 + 8, 0, true); // the 5th frame's object
		const z = zlibSync(inner);
		const file = new Uint8Array(144 + 32 + z.length + 3);
		file.set(raw.subarray(0, 144 + 32));
		const v = new DataView(file.buffer);
		v.setUint32(144 + 8, 32 + z.length, true);
		v.setUint16(144 + 16, 2, true);
		file.set(z, 144 + 32);
		const { reader, frames } = readBytes('blf', file.subarray(0, 144 + 32 + z.length + ((32 + z.length) % 4)), 64, 'i.blf');
		expect(reader.errors[0].message).toBe('i.blf:144: object of size 0 in the log container: an object is at least 16 bytes');
		expect(frames.map((f) => f.data[0])).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9]);
		expect(reader.skipped).toBeGreaterThanOrEqual(1);
	});

	it('a wrong magic is refused at offset 0', () => {
		const { reader, frames } = readBytes('blf', new TextEncoder().encode('LOGX' + ' '.repeat(200)), 7, 'm.blf');
		expect(reader.errors.map((e) => e.message)).toEqual(["m.blf:0: not a BLF file: expected 'LOGG' at the start but found 0x4c4f4758"]);
		expect(frames).toEqual([]);
	});

	it('reads CAN_MESSAGE2 (header v1, 10 µs ticks) and CAN_FD_MESSAGE_64 (header v2, ns), passing over other objects', () => {
		const obj = (type: number, hver: 1 | 2, tsFlags: number, ts: number, body: Uint8Array) => {
			const hs = hver === 1 ? 32 : 40;
			const o = new Uint8Array(hs + body.length + (body.length % 4));
			const v = new DataView(o.buffer);
			o.set([0x4c, 0x4f, 0x42, 0x4a]);
			v.setUint16(4, hs, true);
			v.setUint16(6, hver, true);
			v.setUint32(8, hs + body.length, true);
			v.setUint32(12, type, true);
			v.setUint32(16, tsFlags, true);
			v.setUint32(24, ts, true);
			o.set(body, hs);
			return o;
		};
		const m2 = new Uint8Array(24); // channel, flags, dlc, id, data[8], frame length, bit count…
		new DataView(m2.buffer).setUint16(0, 2, true);
		m2[2] = 1; // Tx
		m2[3] = 3;
		new DataView(m2.buffer).setUint32(4, 0x80000000 | 0x1234567, true);
		m2.set([9, 8, 7], 8);
		const fd = new Uint8Array(40 + 12);
		const fv = new DataView(fd.buffer);
		fd[0] = 1; // channel
		fd[1] = 9; // DLC 9 = 12 bytes
		fd[2] = 12;
		fv.setUint32(4, 0x321, true);
		fv.setUint32(12, 0x1000 | 0x2000, true);
		fd.set([...Array(12).keys()], 40);
		const lin = new Uint8Array(20);
		const raw = new Uint8Array([...obj(BLF_CAN_MESSAGE2, 1, 1, 150, m2), ...obj(65, 1, 2, 0, lin), ...obj(BLF_CAN_FD_MESSAGE_64, 2, 2, 2_500_000, fd)]);
		const z = zlibSync(raw);
		const cont = new Uint8Array(32 + z.length + ((32 + z.length) % 4));
		const cv = new DataView(cont.buffer);
		cont.set([0x4c, 0x4f, 0x42, 0x4a]);
		cv.setUint16(4, 16, true);
		cv.setUint16(6, 1, true);
		cv.setUint32(8, 32 + z.length, true);
		cv.setUint32(12, 10, true);
		cv.setUint16(16, 2, true);
		cv.setUint32(24, raw.length, true);
		cont.set(z, 32);
		const w = new BlfWriter();
		w.write(many(1)); // sets the header's start time: 1700000000.000 s
		const file = new Uint8Array([...w.finalHeader(), ...cont]);
		const { reader, frames } = readBytes('blf', file, 17);
		expect(reader.errors).toEqual([]);
		const t0 = 1_700_000_000_000_000;
		expect(frames).toEqual([
			{ t_us: t0 + 1500, id: 0x1234567, flags: FLAG_EXT | FLAG_TX, dlc: 3, channel: 1, data: [9, 8, 7] },
			{ t_us: t0 + 2500, id: 0x321, flags: FLAG_FD | FLAG_BRS, dlc: 9, channel: 0, data: [...Array(12).keys()] }
		]);
	});
});
