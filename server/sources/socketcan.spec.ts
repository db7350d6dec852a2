import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FrameBatchBuilder, frameData } from '../../src/lib/can/frame';
import {
	checkInterface,
	createSocketcanSource,
	fromAddonMessage,
	loadAddon,
	missingInterfaceMessage,
	parseFilters,
	toAddonMessage,
	toKernelFilters
} from './socketcan';

// Sending and receiving on a real interface is tested in the VM (tests/vm/live-vcan.sh): this kernel has
// neither vcan nor the CAN socket family. These tests use the real addon wherever it can be loaded.

describe('socketcan source: opening', () => {
	it('rejects a missing interface with how to create one, and reports it failed', async () => {
		const src = createSocketcanSource('can9', 2);
		await expect(src.start()).rejects.toThrow(
			"no CAN interface 'can9': create a virtual one with 'ip link add dev can9 type vcan && ip link set up can9', or bring up a real one with 'ip link set can9 up type can bitrate 500000'"
		);
		expect(src.describe()).toMatchObject({ channel: 2, kind: 'socketcan', name: 'can9', state: 'failed', canSend: false, error: missingInterfaceMessage('can9') });
		expect(() => src.send!({ id: 0x123, flags: 0, dlc: 0, data: new Uint8Array(0) })).toThrow("CAN interface 'can9' is not running");
	});

	it('rejects an interface that is not CAN, and a name that is no interface name', async () => {
		await expect(createSocketcanSource('lo', 0).start()).rejects.toThrow("'lo' is not a CAN interface (link type 772; CAN is 280)");
		await expect(createSocketcanSource('../etc', 0).start()).rejects.toThrow("'../etc' is not a network interface name");
	});

	it('says which package is missing when the addon cannot be loaded', async () => {
		await expect(createSocketcanSource('vcan0', 0, { addonModule: 'socketcan-not-installed' }).start()).rejects.toThrow(
			"the socketcan source needs the npm package 'socketcan-not-installed' (a native addon, Linux only), which is not installed or did not build"
		);
	});

	it('loads the real addon, whose open fails on this kernel (no CAN sockets): the error says so', async () => {
		const addon = await loadAddon();
		expect(typeof addon.createRawChannelWithOptions).toBe('function');
		// a CAN-looking interface in a private sysfs gets past the checks to the addon's socket(PF_CAN)
		const sys = mkdtempSync(join(tmpdir(), 'zb-sysfs-'));
		try {
			mkdirSync(join(sys, 'vcan7'));
			writeFileSync(join(sys, 'vcan7', 'type'), '280\n');
			writeFileSync(join(sys, 'vcan7', 'flags'), '0x1\n');
			expect(checkInterface('vcan7', sys)).toBeNull();
			writeFileSync(join(sys, 'vcan7', 'flags'), '0x0\n');
			expect(checkInterface('vcan7', sys)).toBe("CAN interface 'vcan7' is down: bring it up with 'ip link set up vcan7'");
			writeFileSync(join(sys, 'vcan7', 'flags'), '0x1\n');
			const hasCan = existsSync('/proc/net/can');
			if (hasCan) console.log('this kernel has CAN sockets: the open-failure case is covered by the missing-interface test instead');
			else
				await expect(createSocketcanSource('vcan7', 0, { sysfs: sys }).start()).rejects.toThrow(
					"cannot open CAN interface 'vcan7': Error while creating channel (does this kernel have SocketCAN? 'modprobe can_raw')"
				);
		} finally {
			rmSync(sys, { recursive: true });
		}
	});
});

describe('socketcan source: frames', () => {
	it('turns addon messages into FrameBatch rows: classic, 29-bit, remote, FD, error frames, kernel times', () => {
		const msgs = [
			{ id: 0x100, data: Buffer.from([1, 2, 3]), ts_sec: 1_700_000_000, ts_usec: 123_456 },
			{ id: 0x18daf110, ext: true, data: Buffer.from([0xaa]) },
			{ id: 0x7df, rtr: true, data: Buffer.alloc(0) },
			{ id: 0x3f0, data: Buffer.from(Array.from({ length: 48 }, (_, i) => i)) },
			{ id: 0x004, err: true, data: Buffer.from([0, 0x08, 0, 0, 0, 0, 0, 0]) }
		];
		const rows = msgs.map(fromAddonMessage);
		expect(rows.map((r) => [r.id, r.flags, r.dlc])).toEqual([
			[0x100, 0, 3],
			[0x18daf110, FLAG_EXT, 1],
			[0x7df, FLAG_RTR, 0],
			[0x3f0, FLAG_FD, 14],
			[0x004, FLAG_ERR, 8]
		]);
		expect(rows[0].wall_us).toBe(1_700_000_000_123_456);
		expect(rows[1].wall_us).toBeUndefined();
		// into a batch: the FD payload widens it to 64 bytes a frame and crosses whole
		const bb = new FrameBatchBuilder(4);
		for (const r of rows) bb.push(0, r.id, r.flags, r.dlc, r.data, 0, 3);
		const b = bb.take();
		expect(b.stride).toBe(64);
		expect([...b.channel]).toEqual([3, 3, 3, 3, 3]);
		expect([...frameData(b, 0)]).toEqual([1, 2, 3]);
		expect([...frameData(b, 3)]).toEqual(Array.from({ length: 48 }, (_, i) => i));
		expect([...frameData(b, 4)]).toEqual([0, 0x08, 0, 0, 0, 0, 0, 0]);
	});

	it('turns frames to send into addon messages, and refuses impossible ones', () => {
		expect(toAddonMessage({ id: 0x7e0, flags: 0, dlc: 3, data: Uint8Array.from([2, 0x10, 3]) })).toEqual({
			fd: false,
			msg: { id: 0x7e0, ext: false, rtr: false, data: Buffer.from([2, 0x10, 3]) }
		});
		expect(toAddonMessage({ id: 0x1fffffff, flags: FLAG_EXT | FLAG_RTR, dlc: 4, data: new Uint8Array(0) })).toEqual({
			fd: false,
			msg: { id: 0x1fffffff, ext: true, rtr: true, data: Buffer.alloc(4) }
		});
		const fd = toAddonMessage({ id: 0x3f0, flags: FLAG_FD | FLAG_BRS, dlc: 9, data: new Uint8Array(12).fill(7) });
		expect(fd).toEqual({ fd: true, msg: { id: 0x3f0, ext: false, rtr: false, fd_brs: true, data: Buffer.alloc(12, 7) } });
		const bad: [object, string][] = [
			[{ id: 0x800, flags: 0, dlc: 0 }, 'ID 0x800 is not a 11-bit identifier'],
			[{ id: 0x20000000, flags: FLAG_EXT, dlc: 0 }, 'is not a 29-bit identifier'],
			[{ id: 1, flags: 0, dlc: 9 }, 'DLC 9 is not 0..8'],
			[{ id: 1, flags: FLAG_BRS, dlc: 0 }, 'BRS without FD'],
			[{ id: 1, flags: FLAG_FD | FLAG_RTR, dlc: 0 }, 'CAN FD has no remote frames'],
			[{ id: 1, flags: FLAG_ERR, dlc: 0 }, 'error frames are made by controllers'],
			[{ id: 1, flags: 0, dlc: 4, data: new Uint8Array(2) }, 'DLC 4 needs 4 bytes, got 2']
		];
		for (const [f, msg] of bad) {
			const send = () => toAddonMessage({ data: new Uint8Array(0), ...f } as never);
			expect(send).toThrow(RangeError);
			expect(send).toThrow(msg);
		}
	});

	it('maps receive filters to the kernel form, 11- and 29-bit kept apart', () => {
		expect(parseFilters('7E8:7FF, 18DAF110:1FFFFFFF,100~700,0010:0FF0')).toEqual([
			{ id: 0x7e8, mask: 0x7ff, invert: false, ext: false },
			{ id: 0x18daf110, mask: 0x1fffffff, invert: false, ext: true },
			{ id: 0x100, mask: 0x700, invert: true, ext: false },
			{ id: 0x10, mask: 0xff0, invert: false }
		]);
		expect(toKernelFilters(parseFilters('7E8:7FF,18DAF110:1FFFFFFF,100~700,0010:0FF0'))).toEqual([
			{ id: 0x7e8, mask: 0x800007ff, invert: false },
			{ id: 0x98daf110, mask: 0x9fffffff, invert: false },
			{ id: 0x100, mask: 0x80000700, invert: true },
			{ id: 0x10, mask: 0xff0, invert: false }
		]);
		expect(() => parseFilters('7E8')).toThrow("socketcan filter '7E8': expected ID:MASK or ID~MASK in hex");
		expect(() => parseFilters('800:7FF')).toThrow(RangeError);
		expect(() => toKernelFilters([{ id: 0x123, mask: -1 }])).toThrow('socketcan filter 1: mask');
	});
});
