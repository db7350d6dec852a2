/**
 * Throughput of the bus model alone: 7 nodes, 4 frames per 1 ms tick (4000 frames/s of virtual time, ~50 %
 * load at 500 kbit/s) for 600 s of virtual time. Run: `npx tsx src/lib/can/bus/bus.bench.ts`.
 * The whole simulation must run ≥ 200× real time, so the bus should take a small fraction of that budget.
 */
import { CanBus, type FrameSink } from './bus';

const SIM_S = Number(process.argv[2] ?? 600);
const bus = new CanBus();
const nodes = ['CVC', 'FZC', 'RZC', 'SC', 'BCM', 'ICU', 'TCU'].map((n) => bus.addNode(n));
const payload = new Uint8Array(8);
let delivered = 0;
let checksum = 0;
const sink: FrameSink = (t, id, _flags, _dlc, data, offset) => {
	delivered++;
	checksum = (checksum + id + data[offset] + t) % 1e9;
};

const t0 = performance.now();
for (let ms = 0; ms < SIM_S * 1000; ms++) {
	const now = ms * 1000;
	for (let k = 0; k < 4; k++) {
		const node = nodes[(ms + k) % nodes.length];
		payload[0] = ms & 0xff;
		payload[1] = k;
		payload[7] = (ms >> 8) & 0xff;
		bus.send(node, now, 0x100 + ((ms * 4 + k) % 64), 0, 8, payload);
	}
	bus.advanceTo(now + 1000, sink);
}
const wallS = (performance.now() - t0) / 1000;
const st = bus.stats();
console.log(
	`${delivered} frames in ${wallS.toFixed(2)} s wall: ${(delivered / wallS / 1e6).toFixed(2)} M frames/s, ` +
		`${(SIM_S / wallS).toFixed(0)}× real time, load ${(st.busLoadTotal * 100).toFixed(1)} %, checksum ${checksum.toFixed(0)}`
);
