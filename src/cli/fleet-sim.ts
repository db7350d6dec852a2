/**
 * `npm run fleet:sim -- --vehicles 100 [--url mqtt://127.0.0.1:1883] [--token T] [--data DIR] [--hz 1]`:
 * headless fleet vehicles, each a real Simulation (wasm ECUs) stepped in-process at real time, speaking the
 * fleet's MQTT topics through `src/lib/fleet/agent.ts` with a file outbox per vehicle (server/mqtt/outbox.ts)
 * and their seq/handled-command memory in DIR (docs/fleet.md, "Vehicles"). It reports when the machine cannot
 * keep the simulations at real time.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Outbox } from '../../server/mqtt/outbox';
import { VehicleAgent, type VehicleHost } from '../lib/fleet/agent';
import { loadEcuImages } from '../lib/sim/load-node';
import { Simulation } from '../lib/sim/simulation';

function arg(name: string, def: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const N = Number(arg('vehicles', '1'));
const URL_ = arg('url', process.env.MQTT_URL || 'mqtt://127.0.0.1:1883');
const TOKEN = arg('token', process.env.ZB_TOKEN || (existsSync('data/token') ? readFileSync('data/token', 'utf8').trim() : ''));
const DIR = arg('data', 'data/fleet-sim');
const HZ = Number(arg('hz', '1'));
if (!Number.isInteger(N) || N < 1 || N > 10_000) throw new Error(`--vehicles: 1..10000 (got ${arg('vehicles', '')})`);

/** VINs ZBV1SIM + 10 digits: the WMI 'ZBV' of the firmware's default VIN, a sim-specific model code. */
const vinOf = (i: number) => `ZBV1SIM${String(i).padStart(10, '0')}`;

async function main(): Promise<void> {
	const images = await loadEcuImages();
	mkdirSync(DIR, { recursive: true });
	const vehicles: Array<{ sim: Simulation; agent: VehicleAgent }> = [];
	for (let i = 1; i <= N; i++) {
		const vin = vinOf(i);
		const sim = await Simulation.create({ seed: i }, images);
		const memFile = join(DIR, `${vin}.json`);
		const host: VehicleHost = {
			firmware: () => Object.fromEntries([...images.keys()].map((e) => [e, 'build'])),
			async execute(name, args) {
				switch (name) {
					case 'lights':
						sim.setInputs({ lightSwitch: args.on === false ? 0 : 3 });
						return { state: 'COMPLETED', result: { lightSwitch: args.on === false ? 'OFF' : 'HIGH' } };
					case 'lock':
						sim.setInputs({ lockButton: args.lock === false ? 2 : 1 });
						setTimeout(() => sim.setInputs({ lockButton: 0 }), 300);
						return { state: 'COMPLETED' };
					default:
						return { state: 'REJECTED', reason: `${name} needs the diagnostic tester, which the headless vehicle does not run (use the in-browser vehicle)` };
				}
			}
		};
		const agent = new VehicleAgent({
			vin,
			url: URL_,
			password: TOKEN || undefined,
			outbox: new Outbox({ file: join(DIR, `${vin}.outbox.jsonl`), max: 10_000 }),
			memory: { load: () => (existsSync(memFile) ? JSON.parse(readFileSync(memFile, 'utf8')) : null), save: (s) => writeFileSync(memFile, JSON.stringify(s)) },
			host,
			log: (t) => console.error(t)
		});
		agent.start();
		vehicles.push({ sim, agent });
	}
	console.log(`fleet:sim: ${N} vehicle(s) on ${URL_}, telemetry at ${HZ} Hz; Ctrl-C stops them (status offline, shutdown)`);
	const periodMs = 1000 / HZ;
	let behind = 0;
	const tick = () => {
		const t0 = performance.now();
		for (const v of vehicles) {
			v.sim.step(periodMs);
			const s = v.sim.snapshot();
			v.agent.telemetry(
				{
					'Vehicle.Speed': Number(s.plant.speed_kph.toFixed(2)),
					'Vehicle.Powertrain.TractionBattery.StateOfCharge.Current': Number(s.plant.soc_pct.toFixed(2)),
					'Vehicle.Powertrain.Transmission.CurrentGear': s.inputs.gear === 3 ? 1 : s.inputs.gear === 1 ? -1 : 0,
					'Vehicle.Body.Lights.Beam.High.IsOn': s.inputs.lightSwitch === 3
				},
				s.t_us
			);
		}
		const used = performance.now() - t0;
		if (used > periodMs && ++behind % 10 === 1) console.error(`fleet:sim: ${N} simulations need ${used.toFixed(0)} ms per ${periodMs} ms of real time: this machine cannot keep them at real time`);
	};
	const timer = setInterval(tick, periodMs);
	process.on('SIGINT', async () => {
		clearInterval(timer);
		await Promise.all(vehicles.map((v) => v.agent.stop()));
		process.exit(0);
	});
}

main().catch((e) => {
	console.error(`fleet:sim: ${(e as Error).message}`);
	process.exit(1);
});
