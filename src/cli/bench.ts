/**
 * `npm run bench`: speed and memory figures, each next to a baseline measured in the same run, printed as a
 * table and written to bench/results.json. Targets are reported, never asserted here.
 * `--quick`: shorter runs. `--only S,…`: only these sections (sim, fleet, dbc, wasm, logs; or one log figure:
 * logs:candump, logs:blf, logs:rss), printed but not written to bench/results.json (which holds whole runs).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchCandied, benchDecode, makeFramesFor } from '../lib/can/dbc/bench';
import { loadDbcFile } from '../lib/can/dbc/load-node';
import { DBC_SAMPLES_DIR } from '../lib/can/dbc/samples-node';
import { Plant } from '../lib/sim/plant/plant';
import { loadEcuImages, WASM_DIR } from '../lib/sim/load-node';
import { Simulation } from '../lib/sim/simulation';
import { runVehicles } from '../lib/sim/vehicles-node';
import { availableParallelism } from 'node:os';
import { BenchReport, type Row } from './bench-report';
import { benchLogs } from './bench-logs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick'); // shorter runs for a smoke check
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',').filter(Boolean) : undefined;
const SECTIONS = ['sim', 'fleet', 'dbc', 'wasm', 'logs', 'logs:candump', 'logs:blf', 'logs:rss'];
const unknown = only?.filter((s) => !SECTIONS.includes(s)) ?? [];
if (only && (only.length === 0 || unknown.length)) {
	console.error(`--only takes a comma list of ${SECTIONS.join(', ')}${unknown.length ? ` (not: ${unknown.join(', ')})` : ''}`);
	process.exit(2);
}
/** True when section `s` runs (every section without `--only`; `logs` also when one log figure is asked for). */
const runs = (s: string): boolean => !only || only.some((o) => o === s || o.startsWith(`${s}:`));
const SIM_S = quick ? 60 : 600;
const MIN_MS = quick ? 300 : 2000;
const SLICES = 5; // the timed run in slices, each followed by the plant alone (median of each)
const WARMUP_S = 10; // simulated seconds of JIT warm-up before the timed run (sim_warmup_realtime_factor)

const report = new BenchReport();
const results = report.results;
const record = (r: Row): void => report.record(r);

async function benchSim(): Promise<void> {
	const images = await loadEcuImages();
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	const heap0 = process.memoryUsage().heapUsed;
	const sim = await Simulation.create({ seed: 7, profile: 'city' }, images);
	let frames = 0;
	sim.on('frame', () => {
		frames++;
	});
	// The first seconds run while V8 compiles: the JS tiers up (interpreter, then optimised code) and the
	// images' hot functions are recompiled by the optimising wasm compiler. They are timed on their own
	// (sim_warmup_realtime_factor); the headline is the steady state that follows, on the same vehicle.
	const w0 = performance.now();
	sim.step(WARMUP_S * 1000);
	const warmWall = (performance.now() - w0) / 1000;
	// The SIM_S seconds run as SLICES slices, each followed by the plant alone for as long (the baseline, in the
	// same run): on a shared VM one slice can lose 10-20 % to a neighbour, so the headline is the median
	// slice, and the mean of the whole run is printed beside it.
	const plant = new Plant();
	plant.act.inverter_enable = true;
	plant.act.contactor_closed = true;
	const sliceMs = (SIM_S * 1000) / SLICES;
	const simWalls: number[] = [];
	const plantWalls: number[] = [];
	frames = 0;
	for (let k = 0; k < SLICES; k++) {
		const t0 = performance.now();
		sim.step(sliceMs);
		simWalls.push((performance.now() - t0) / 1000);
		const p0 = performance.now();
		for (let i = 0; i < sliceMs; i++) plant.step(0.001);
		plantWalls.push((performance.now() - p0) / 1000);
	}
	const heap1 = process.memoryUsage().heapUsed;
	const sliceS = sliceMs / 1000;
	const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1];
	const wall = median(simWalls) * SLICES;
	const plantWall = median(plantWalls) * SLICES;
	const meanFactor = SIM_S / simWalls.reduce((x, y) => x + y, 0);
	const sliceFactors = simWalls.map((w) => sliceS / w);

	const factor = SIM_S / wall;
	record({
		metric: 'sim_realtime_factor',
		value: round(factor, 1),
		unit: 'x real time',
		baseline: `plant alone ${round(SIM_S / plantWall, 0)}x; slices ${round(Math.min(...sliceFactors), 0)}-${round(Math.max(...sliceFactors), 0)}x, mean ${round(meanFactor, 1)}x`,
		ratio: round(factor / (SIM_S / plantWall), 4),
		target: `>= 500x (goal 1000x), median of ${SLICES} slices of ${sliceS} s of city after ${WARMUP_S} s of warm-up, with all 7 ECUs (${sim.nodes.length} built: ${sim.nodes.map((n) => n.name).join(',')})`
	});
	record({
		metric: 'sim_warmup_realtime_factor',
		value: round(WARMUP_S / warmWall, 1),
		unit: 'x real time',
		baseline: `steady state ${round(factor, 1)}x`,
		ratio: round(WARMUP_S / warmWall / factor, 3),
		target: `first ${WARMUP_S} s of city from power-on, JIT warm-up: ${round(warmWall * 1000, 0)} ms (${round((warmWall - WARMUP_S / factor) * 1000, 0)} ms more than at steady state)`
	});
	record({ metric: 'bus_frames_per_sim_s', value: round(frames / SIM_S, 1), unit: 'frames/s', target: `${SIM_S} s of city` });
	record({ metric: 'sim_heap_mb', value: round(Math.max(0, heap1 - heap0) / 2 ** 20, 2), unit: 'MiB', baseline: `process heap ${round(heap1 / 2 ** 20, 1)} MiB${gc ? '' : ' (no --expose-gc)'}` });
	results.sim_ecus = sim.nodes.length;
	await benchBreakdown(images, Math.min(SIM_S, 120));
}

/**
 * Where one vehicle's time goes, on a second instance whose hot methods are wrapped with timers (the timers
 * cost time themselves, so the shares are of this slower run, not of the headline one). firmware: inside
 * `ecu_tick`/`ecu_can_rx`, with the imports they call (io, can_tx into the bus's mailboxes); bus: arbitration
 * and completion in `advanceTo` minus the deliveries to the ECUs; plant: `plant.step`; host glue: the rest
 * (sensor models and IO binding, driver model, taps, the JS side of the calls).
 */
async function benchBreakdown(images: Map<string, WebAssembly.Module>, seconds: number): Promise<void> {
	const sim = await Simulation.create({ seed: 7, profile: 'city' }, images);
	const now = performance.now.bind(performance);
	let fw = 0;
	let bus = 0;
	let plant = 0;
	for (const n of sim.nodes) {
		const h = n.host;
		const tick = h.tick.bind(h);
		const rx = h.rx.bind(h);
		h.tick = (t) => {
			const a = now();
			tick(t);
			fw += now() - a;
		};
		h.rx = (t, id, flags, dlc, data, offset, len) => {
			const a = now();
			rx(t, id, flags, dlc, data, offset, len);
			const d = now() - a;
			fw += d;
			bus -= d; // called from inside advanceTo
		};
	}
	const advance = sim.bus.advanceTo.bind(sim.bus);
	sim.bus.advanceTo = (u, sink, onError) => {
		const a = now();
		advance(u, sink, onError);
		bus += now() - a;
	};
	const pstep = sim.plant.step.bind(sim.plant);
	sim.plant.step = (dt) => {
		const a = now();
		pstep(dt);
		plant += now() - a;
	};
	sim.on('frame', () => {});
	const t0 = now();
	sim.step(seconds * 1000);
	const total = now() - t0;
	const glue = total - fw - bus - plant;
	const pct = (x: number): number => round((100 * x) / total, 1);
	const parts = { firmware: pct(fw), bus: pct(bus), plant: pct(plant), host_glue: pct(glue) };
	record({
		metric: 'sim_time_breakdown_firmware_pct',
		value: parts.firmware,
		unit: '% of run',
		baseline: `bus ${parts.bus} %, plant ${parts.plant} %, host glue ${parts.host_glue} % (timed run, ${seconds} s city, ${round(seconds / (total / 1000), 0)}x with timers)`
	});
	results.sim_time_breakdown = parts;
}

/**
 * Throughput across cores: N independent vehicles on worker threads (N = 1, 2, 4), each `FLEET_S` of city;
 * sim_vehicle_rtf_total is the best Σ simulated s / wall s (worker start-up included), the ratio against N = 1.
 */
async function benchFleet(): Promise<void> {
	const FLEET_S = quick ? 20 : 300;
	const rows: Array<{ n: number; total: number; per: number[] }> = [];
	for (const n of [1, 2, 4]) {
		const jobs = Array.from({ length: n }, (_, k) => ({ seed: 7 + k, profile: 'city', duration_s: FLEET_S }));
		const r = await runVehicles(jobs);
		rows.push({ n, total: r.rtf_total, per: r.vehicles.map((v) => v.rtf) });
	}
	const one = rows[0].total;
	const best = rows.reduce((a, b) => (b.total > a.total ? b : a));
	record({
		metric: 'sim_vehicle_rtf_total',
		value: round(best.total, 1),
		unit: 'vehicles x real time',
		baseline:
			rows.map((r) => `N=${r.n} ${round(r.total, 1)}x (each ${r.per.map((x) => round(x, 0)).join('/')}x inside its worker)`).join(', ') +
			'; wall time includes worker start-up',
		ratio: round(best.total / one, 2),
		target: `all ${availableParallelism()} cores: ~${availableParallelism()}x one vehicle; ${FLEET_S} s of city each`
	});
	results.sim_fleet = rows;
}

function benchDbc(): void {
	const files: Array<[string, string]> = [['vehicle.dbc (ours)', join(root, 'static/vehicle.dbc')]];
	const big = join(DBC_SAMPLES_DIR, 'vehicle.dbc');
	try {
		statSync(big);
		files.push(['dbc-samples/vehicle.dbc', big]);
	} catch {
		console.log(`[bench] ${big} absent: large-DBC decode figures skipped`);
	}
	for (const [label, file] of files) {
		const dbc = loadDbcFile(file);
		const frames = makeFramesFor(dbc, 100_000, 42);
		const ours = benchDecode(dbc, frames, MIN_MS);
		const theirs = benchCandied(readFileSync(file, 'latin1'), frames, MIN_MS);
		const suffix = label.startsWith('vehicle.dbc (ours)') ? '' : '_large';
		record({
			metric: `dbc_decode_frames_per_s${suffix}`,
			value: Math.round(ours.framesPerS),
			unit: 'frames/s',
			baseline: `candied ${Math.round(theirs.framesPerS)} frames/s`,
			ratio: round(ours.framesPerS / theirs.framesPerS, 1),
			target: `>= 2M and >= 20x candied; ${label}, ${round(ours.signalsPerFrame, 1)} signals/frame`
		});
		results[`dbc_decode_candied_frames_per_s${suffix}`] = Math.round(theirs.framesPerS);
	}
}

function benchWasm(): void {
	let total = 0;
	const parts: string[] = [];
	for (const f of readdirSync(WASM_DIR).filter((n) => n.endsWith('.wasm'))) {
		const n = statSync(join(WASM_DIR, f)).size;
		total += n;
		parts.push(`${f} ${n}`);
	}
	record({ metric: 'wasm_bytes_total', value: total, unit: 'bytes', baseline: parts.join(', '), target: '<= 250 KB' });
}

function round(x: number, d: number): number {
	const k = 10 ** d;
	return Math.round(x * k) / k;
}


if (runs('sim')) await benchSim();
if (runs('fleet')) await benchFleet();
if (runs('dbc')) benchDbc();
if (runs('wasm')) benchWasm();
if (runs('logs')) await benchLogs(record, args, only?.includes('logs') ? undefined : only?.filter((o) => o.startsWith('logs:')).map((o) => o.slice(5)));
report.print();
if (only) {
	console.log(`\n--only ${only.join(',')}: bench/results.json not written`);
	process.exit(0);
}
mkdirSync(join(root, 'bench'), { recursive: true });
results.node = process.version;
results.sim_seconds = SIM_S;
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote bench/results.json`);
