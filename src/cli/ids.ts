/**
 * `npm run ids -- learn | detect FILE.csv | simulate` (docs/ids.md):
 *   learn [--seeds 1,2] [--scale 1] [--csv FILE] [--out static/ids/model.json]
 *       learns the model of normal traffic from clean drives on every profile (worker_threads), or from an
 *       HCRL CSV of normal traffic
 *   detect FILE.csv [--model FILE] [--max 40]
 *       runs the detector over an HCRL-format CSV, prints the alerts and, when the file has R/T flags, how
 *       many injected and regular frames raised one
 *   simulate [--attack KIND] [--seconds 30] [--seed 1] [--profile city] --out FILE.csv
 *       writes a drive (with an attack from half-time, its frames flagged T) as HCRL CSV
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FrameBatchBuilder } from '../lib/can/frame';
import { loadDbcFile } from '../lib/can/dbc/load-node';
import { IdsDetector, type Alert } from '../lib/ids/detector';
import { parseHcrlCsv, toHcrlCsv } from '../lib/ids/hcrl';
import { IdsLearner, mergeModels, parseModel, type IdsModel } from '../lib/ids/model';
import { runPool, type Job } from '../lib/ids/pool';
import { createAttack, simVehicle } from '../lib/sim/bench/attacks/index';
import { variantSpec } from '../lib/sim/bench/attacks/plan';
import { loadEcuImages } from '../lib/sim/load-node';
import { Simulation } from '../lib/sim/simulation';

const root = resolve(import.meta.dirname, '../..');
const MODEL_FILE = resolve(root, 'static/ids/model.json');
const DBC_FILE = resolve(root, 'static/vehicle.dbc');

/**
 * Learning drives: every profile, as long as the evaluation's drives (50 min): a shorter drive never sees
 * the battery as low as a long one leaves it, and its SOC and pack voltage then look like an attack.
 */
const LEARN_PROFILES: Array<[string, number]> = [
	['idle', 600],
	['city', 3000],
	['highway', 3000],
	['wltp3', 3000]
];

function opt(args: string[], name: string): string | undefined {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
}

async function learn(args: string[]): Promise<void> {
	const out = resolve(opt(args, 'out') ?? MODEL_FILE);
	const csv = opt(args, 'csv');
	let model: IdsModel;
	if (csv) {
		const { batch } = parseHcrlCsv(readFileSync(csv, 'utf8'), csv);
		const l = new IdsLearner(null);
		l.feedBatch(batch);
		l.endSession(csv);
		model = l.model();
	} else {
		const seeds = (opt(args, 'seeds') ?? '1,2').split(',').map(Number);
		const scale = Number(opt(args, 'scale') ?? 1);
		const jobs: Job[] = seeds.flatMap((seed) => LEARN_PROFILES.map(([profile, s]): Job => ({ type: 'learn', profile, seed, seconds: Math.round(s * scale) })));
		const total = jobs.reduce((s, j) => s + (j.type === 'learn' ? j.seconds : 0), 0);
		console.log(`ids learn: ${jobs.length} clean drives, ${(total / 3600).toFixed(1)} h of virtual time`);
		const t0 = Date.now();
		const models = await runPool<IdsModel>(jobs, (m, _i, k) => console.log(`  [${k}/${jobs.length}] ${m.trainedOn.join(', ')} (${((Date.now() - t0) / 1000).toFixed(0)} s)`));
		model = mergeModels(models);
	}
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, JSON.stringify(model, null, '\t') + '\n');
	console.log(`ids learn: ${model.ids.length} identifiers, ${(model.seconds / 3600).toFixed(2)} h → ${out}`);
}

function formatAlert(a: Alert): string {
	return `${(a.t_us / 1e6).toFixed(6)}  ${a.cls.padEnd(11)} ${a.reason}`;
}

function detect(args: string[]): void {
	const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
	if (!file) throw new Error('ids detect: give an HCRL CSV file (Timestamp,ID,DLC,Data...,Flag)');
	const modelFile = opt(args, 'model') ?? MODEL_FILE;
	const model = parseModel(JSON.parse(readFileSync(modelFile, 'utf8')), modelFile);
	const max = Number(opt(args, 'max') ?? 40);
	const { batch, injected, flagged } = parseHcrlCsv(readFileSync(file, 'utf8'), file);
	// our DBC only describes our vehicle: a model learned from another car's CSV has no signals to decode
	const dbc = model.ids.some((m) => m.signals) ? loadDbcFile(DBC_FILE) : null;
	const det = new IdsDetector(model, dbc);
	const alerts: Alert[] = [];
	let onT = 0;
	let onR = 0;
	let cur = 0;
	det.onAlert((a) => {
		alerts.push(a);
		if (injected[cur]) onT++;
		else onR++;
	});
	for (let i = 0; i < batch.count; i++) {
		cur = i;
		det.feed(batch.t_us[i], batch.id[i], batch.flags[i], batch.dlc[i], batch.data, i * batch.stride);
	}
	for (const a of alerts.slice(0, max)) console.log(formatAlert(a));
	if (alerts.length > max) console.log(`… ${alerts.length - max} more`);
	const by = new Map<string, number>();
	for (const a of alerts) by.set(a.cls, (by.get(a.cls) ?? 0) + 1);
	console.log(`${file}: ${batch.count} frames, ${alerts.length} alerts (${[...by].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`);
	if (flagged > 0) {
		const nT = injected.reduce((s, x) => s + x, 0);
		console.log(`flags: ${nT} injected (T), ${batch.count - nT} regular (R); alerts raised on an injected frame ${onT}, on a regular frame ${onR}`);
		const firstT = injected.indexOf(1);
		if (firstT >= 0) {
			const t0 = batch.t_us[firstT];
			const first = alerts.find((a) => a.t_us >= t0);
			console.log(first ? `first injected frame at ${(t0 / 1e6).toFixed(6)} s, first alert ${((first.t_us - t0) / 1000).toFixed(3)} ms later` : 'no alert after the first injected frame');
		}
	}
}

async function simulate(args: string[]): Promise<void> {
	const out = opt(args, 'out');
	if (!out) throw new Error('ids simulate: --out FILE.csv is required');
	const seconds = Number(opt(args, 'seconds') ?? 30);
	const seed = Number(opt(args, 'seed') ?? 1);
	const kind = opt(args, 'attack');
	const sim = await Simulation.create({ seed, profile: opt(args, 'profile') ?? 'city' }, await loadEcuImages());
	const b = new FrameBatchBuilder(1 << 16);
	const flags: number[] = [];
	sim.on('frame', (t, id, fl, dlc, data, off, _s, node) => {
		b.push(t, id, fl, dlc, data, off, node);
		flags.push(node === sim.benchNode ? 1 : 0);
	});
	sim.step(Math.round((seconds * 1000) / 2));
	if (kind) {
		const a = createAttack(variantSpec(kind, loadDbcFile(DBC_FILE), 0, seed), simVehicle(sim));
		sim.addParticipant(a);
	}
	sim.step(Math.round((seconds * 1000) / 2));
	writeFileSync(out, toHcrlCsv(b.take(), flags, 1_700_000_000));
	console.log(`ids simulate: ${flags.length} frames (${flags.filter(Boolean).length} injected) → ${out}`);
}

const [cmd, ...rest] = process.argv.slice(2);
try {
	if (cmd === 'learn') await learn(rest);
	else if (cmd === 'detect') detect(rest);
	else if (cmd === 'simulate') await simulate(rest);
	else throw new Error(`usage: npm run ids -- learn | detect FILE.csv | simulate --out FILE.csv (got '${cmd ?? ''}')`);
} catch (e) {
	console.error(`ids: ${(e as Error).message}`);
	process.exit(1);
}
