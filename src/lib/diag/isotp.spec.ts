/** ISO-TP segmentation and reassembly, with fast-check properties over every message length. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reassembler, describeFrame, segment, stminByte, stminUs } from './isotp';

function reassemble(frames: Uint8Array[]) {
	const r = new Reassembler();
	const events = frames.map((f) => r.feed(f));
	const last = events.at(-1)!;
	return { events, payload: last.kind === 'single' ? last.payload : last.kind === 'consecutive' ? last.done : null };
}

describe('ISO-TP reassembly (properties)', () => {
	it('gives back every message of 1..4095 bytes, padded or not', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 4095 }), fc.constantFrom(0xcc, 0x00, null), (msg, pad) => {
				const frames = segment(msg, pad);
				expect(frames.length).toBe(msg.length <= 7 ? 1 : 1 + Math.ceil((msg.length - 6) / 7));
				if (pad !== null) for (const f of frames) expect(f.length).toBe(8);
				expect(Array.from(reassemble(frames).payload!)).toEqual(Array.from(msg));
			}),
			{ numRuns: 300 }
		);
	});

	it('sequence numbers wrap 15 → 0 and the message still comes back', () => {
		const msg = Uint8Array.from({ length: 200 }, (_, i) => i);
		const frames = segment(msg);
		expect(frames[16][0]).toBe(0x20); // CF 16 carries SN 0
		expect(Array.from(reassemble(frames).payload!)).toEqual(Array.from(msg));
	});

	it('a lost or repeated consecutive frame is N_WRONG_SN, never a wrong message', () => {
		fc.assert(
			fc.property(fc.integer({ min: 14, max: 600 }), fc.nat(), fc.boolean(), (len, at, dup) => {
				const frames = segment(Uint8Array.from({ length: len }, (_, i) => i & 0xff));
				const k = 1 + (at % (frames.length - 1));
				const broken = dup ? [...frames.slice(0, k + 1), frames[k], ...frames.slice(k + 1)] : [...frames.slice(0, k), ...frames.slice(k + 1)];
				const { events } = reassemble(broken);
				const err = events.find((e) => e.kind === 'error');
				const done = events.find((e) => e.kind === 'consecutive' && e.done !== null) as { done: Uint8Array } | undefined;
				if (k === frames.length - 1) {
					// the last CF: dropped, the message stays incomplete (N_Cr reports it); repeated, it comes after
					// the message was complete and is ignored
					expect(err).toBeUndefined();
					if (dup) expect(Array.from(done!.done)).toEqual(Array.from({ length: len }, (_, i) => i & 0xff));
					else expect(done).toBeUndefined();
				} else {
					expect(err).toMatchObject({ kind: 'error', result: 'N_WRONG_SN' });
					expect(done).toBeUndefined();
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('ignores malformed frames and keeps what it holds', () => {
		const frames = segment(Uint8Array.from({ length: 20 }, (_, i) => i));
		const r = new Reassembler();
		r.feed(frames[0]);
		expect(r.feed(new Uint8Array([]))).toMatchObject({ kind: 'ignored', why: 'DLC 0' });
		expect(r.feed(Uint8Array.of(0x07, 1, 2))).toMatchObject({ kind: 'ignored' }); // SF_DL beyond the DLC
		expect(r.feed(Uint8Array.of(0x40))).toMatchObject({ kind: 'ignored', why: 'unknown PCI type 4' });
		expect(r.feed(frames[1])).toMatchObject({ kind: 'consecutive', done: null });
		expect(Array.from((r.feed(frames[2]) as { done: Uint8Array }).done)).toEqual(Array.from({ length: 20 }, (_, i) => i));
	});

	it('rejects messages no classic first frame can announce', () => {
		expect(() => segment(new Uint8Array(0))).toThrow(/at least 1 byte/);
		expect(() => segment(new Uint8Array(4096))).toThrow(/4095/);
	});
});

describe('STmin and the trace notes', () => {
	it('decodes the STmin byte as ISO 15765-2 does (reserved values = 127 ms)', () => {
		expect([0x00, 0x05, 0x7f, 0xf1, 0xf9, 0x80, 0xfa].map(stminUs)).toEqual([0, 5000, 127000, 100, 900, 127000, 127000]);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 127_000 }), (us) => {
				expect(stminUs(stminByte(us))).toBeGreaterThanOrEqual(us);
			})
		);
	});

	it('names each frame type', () => {
		expect(describeFrame(Uint8Array.of(0x03, 0x22, 0xf1, 0x90))).toBe('SF len 3');
		expect(describeFrame(Uint8Array.of(0x10, 0x14, 0x62))).toBe('FF len 20');
		expect(describeFrame(Uint8Array.of(0x21))).toBe('CF SN 1');
		expect(describeFrame(Uint8Array.of(0x30, 0x00, 0xf3))).toBe('FC CTS BS 0 STmin 0xF3');
	});
});
