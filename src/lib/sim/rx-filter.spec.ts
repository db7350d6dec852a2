/**
 * The host's acceptance filter (EcuHost, the images' `ecu_rx_accept` table; docs/architecture.md, "ECUs"):
 * a frame the filter keeps from an image must be one the image would only have counted as filtered. Each
 * image runs twice, with and without the filter, and gets every 11-bit identifier as a data frame, a remote
 * frame, a frame with a bad DLC, a CAN FD frame and as a 29-bit identifier; afterwards the two instances'
 * memories (canif's and UDS's counters, the COM signals, the SC's bus-alive time, ...) are the same byte for
 * byte, apart from the receive buffer the filter did not write, and so are the frames they sent and their
 * outputs. A table missing an identifier the image acts on makes the memories differ.
 */
import { describe, expect, it } from 'vitest';
import { EcuHost } from './ecu-host';
import { loadEcuImages } from './load-node';

const EXT = 1;
const RTR = 2;
const FD = 4;

interface Run {
	host: EcuHost;
	sent: number[][];
}

async function start(name: string, module: WebAssembly.Module, rxFilter: boolean): Promise<Run> {
	const sent: number[][] = [];
	const host = await EcuHost.create(
		name,
		module,
		{ canTx: (id, flags, dlc, data, offset) => (sent.push([id, flags, dlc, ...data.subarray(offset, offset + 8)]), 0) },
		{ rxFilter }
	);
	host.init(11);
	return { host, sent };
}

/** The same frame to both runs. */
function both(runs: Run[], t_us: number, id: number, flags: number, dlc: number, data: Uint8Array): void {
	for (const r of runs) r.host.rx(t_us, id, flags, dlc, data, 0, Math.min(data.length, dlc <= 8 ? dlc : 64));
}

function memoryWithoutRxBuffer(host: EcuHost): Uint8Array {
	const m = new Uint8Array(host.memory.buffer).slice();
	m.fill(0, host.rxBuffer, host.rxBuffer + 64);
	return m;
}

describe('acceptance filter: an image sees no difference', async () => {
	const images = await loadEcuImages();
	for (const [name, module] of images) {
		it(`${name}: every identifier and frame kind, with and without the filter`, async () => {
			const runs = [await start(name, module, true), await start(name, module, false)];
			let t = 0;
			const tick = (): void => {
				t += 1000;
				for (const r of runs) r.host.tick(t);
			};
			for (let i = 0; i < 20; i++) tick();
			const data = new Uint8Array(64);
			for (let id = 0; id < 0x800; id++) {
				for (let k = 0; k < 64; k++) data[k] = (id * 7 + k * 13) & 0xff;
				data[0] = id & 0x3f; // ISO-TP: single frames and consecutive frames of varying length on the UDS IDs
				both(runs, t, id, 0, 8, data);
				both(runs, t, id, 0, 3, data);
				both(runs, t, id, RTR, 0, data);
				both(runs, t, id, 0, 12, data); // bad DLC: canif counts rx_bad_dlc
				both(runs, t, id, FD, 12, data);
				both(runs, t, id, RTR | 0, 12, data);
				both(runs, t, id, EXT, 8, data);
				both(runs, t, id | 0x1000000, EXT, 8, data);
				if ((id & 63) === 63) tick();
			}
			for (let i = 0; i < 50; i++) tick();
			const [f, all] = runs;
			expect(f.host.halted).toBe(false);
			expect(f.sent).toEqual(all.sent);
			expect(Array.from(f.host.outputs)).toEqual(Array.from(all.host.outputs));
			expect(memoryWithoutRxBuffer(f.host)).toEqual(memoryWithoutRxBuffer(all.host));
			// the filter did work (the SC acts on every frame: it takes them all)
			if (name === 'sc') expect(f.host.rxSkipped).toBe(0);
			else expect(f.host.rxSkipped).toBeGreaterThan(0x800 * 4);
			expect(all.host.rxSkipped).toBe(0);
		});
	}
});
