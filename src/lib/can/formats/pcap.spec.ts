import { describe, expect, it } from 'vitest';
import { PcapWriter, PcapngWriter } from './pcap';
import { plain, readBytes, sampleBatch, writeAll } from './testing';
import { FLAG_TX } from '../frame';

describe('PCAP / PCAPNG (LINKTYPE_CAN_SOCKETCAN)', () => {
	it('pcap round-trips every kind of frame with the CAN ID word big-endian (one channel, no direction)', () => {
		const b = sampleBatch();
		const bytes = writeAll(new PcapWriter(), [b]);
		// first packet: 24-byte file header, 16-byte record header, then the ID word 0x00000123 big-endian
		expect(Array.from(bytes.subarray(40, 46))).toEqual([0, 0, 1, 0x23, 8, 0]);
		const { reader, frames } = readBytes('pcap', bytes, 9);
		expect(reader.errors).toEqual([]);
		expect(frames).toEqual(plain([b], ~FLAG_TX).map((f) => ({ ...f, channel: 0 })));
	});

	it('pcapng keeps channels as named interfaces', () => {
		const b = sampleBatch();
		const bytes = writeAll(new PcapngWriter({ channels: ['vcan0', 'vcan1'] }), [b]);
		const { reader, frames } = readBytes('pcapng', bytes, 13);
		expect(reader.errors).toEqual([]);
		expect(reader.format).toBe('pcapng');
		expect(reader.channels).toEqual(['vcan0', 'vcan1']);
		expect(frames).toEqual(plain([b], ~FLAG_TX));
	});

	it('a pcap of another link type is refused naming it', () => {
		const bytes = writeAll(new PcapWriter(), [sampleBatch()]);
		new DataView(bytes.buffer).setUint32(20, 1, true); // Ethernet
		const { reader, frames } = readBytes('pcap', bytes, 100, 'eth.pcap');
		expect(reader.errors.map((e) => e.message)).toEqual(['eth.pcap:20: pcap link type 1 is not LINKTYPE_CAN_SOCKETCAN (227)']);
		expect(frames).toEqual([]);
	});

	it('a truncated pcap keeps the packets before the cut', () => {
		const bytes = writeAll(new PcapWriter(), [sampleBatch()]);
		const { reader, frames } = readBytes('pcap', bytes.subarray(0, 24 + 32 + 32 + 10), 100, 't.pcap');
		expect(frames).toHaveLength(2);
		expect(reader.errors.map((e) => e.message)).toEqual(['t.pcap:88: file is truncated: 10 bytes of an unfinished packet or block']);
	});

	it('pcapng: packets of an interface of another link type are errors and skipped, the CAN interface is read', () => {
		const b = sampleBatch();
		const bytes = writeAll(new PcapngWriter({ channels: ['eth0', 'vcan1'] }), [b]);
		new DataView(bytes.buffer).setUint16(28 + 8, 1, true); // the first interface block (channel 0) → Ethernet
		const { reader, frames } = readBytes('pcapng', bytes, 50, 'mixed.pcapng');
		const ch0 = plain([b]).filter((f) => f.channel === 0).length;
		expect(reader.errors[0].message).toBe('mixed.pcapng:28: pcapng interface 0 (eth0) has link type 1, not LINKTYPE_CAN_SOCKETCAN (227): its packets are skipped');
		expect(reader.errors.length).toBe(1 + ch0);
		expect(reader.skipped).toBe(ch0);
		expect(frames).toEqual(plain([b], ~FLAG_TX).filter((f) => f.channel === 1));
	});
});
