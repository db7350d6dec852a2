/**
 * `npm run eval:ids` (docs/ids.md, "Evaluation"): the detector judged against exact ground truth. Clean
 * drives on every profile and several seeds (seeds the model was not learned on) give false alarms per
 * hour; every attack class is run many times (varied targets, profiles, seeds and start times) and timed
 * from the moment it acts on the bus, in virtual time. Runs on worker_threads; prints progress, the
 * table, and writes bench/ids-results.json. Options: --hours 10, --instances 24, --workers N.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDbcFile } from '../lib/can/dbc/load-node';
import type { Alert } from '../lib/ids/detector';
import type { AttackOutcome } from '../lib/ids/drive';
import { parseModel } from '../lib/ids/model';
import { runPool, type Job } from '../lib/ids/pool';
import { ATTACK_KINDS } from '../lib/sim/bench/attacks/index';
import { variantSpec } from '../lib/sim/bench/attacks/plan';

const root = resolve(import.meta.dirname, '../..');
const MODEL_FILE = resolve(root, 'static/ids/model.json');
const args = process.argv.slice(2);
const opt = (n: string): string | undefined => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : undefined);
const HOURS = Number(opt('hours') ?? 10);
const INSTANCES = Number(opt('instances') ?? 24);
const WORKERS = opt('workers') ? Number(opt('workers')) : undefined;
const PROFILES = ['idle', 'city', 'highway', 'wltp3'];
const SEEDS = [101, 102, 103];
/** Per class: the detection time limit (ms) and the share of attacks that must be caught within it. */
const TARGETS: Record<string, { within_ms: number; rate: number }> = {
	flooding: { within_ms: 100, rate: 0.99 },
	fuzzing: { within_ms: 100, rate: 0.99 },
	fabrication: { within_ms: 100, rate: 0.99 },
	suspension: { within_ms: 100, rate: 0.99 },
	masquerade: { within_ms: 1000, rate: 0.9 },
	replay: { within_ms: 1000, rate: 0.9 }
};
const FA_TARGET = 0.1;

const model = parseModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')), MODEL_FILE);
const dbc = loadDbcFile(resolve(root, 'static/vehicle.dbc'));

const clean: Job[] = [];
const perDrive = Math.ceil((HOURS * 3600) / (PROFILES.length * SEEDS.length));
for (const seed of SEEDS) for (const profile of PROFILES) clean.push({ type: 'clean', model, profile, seed, seconds: perDrive });
const attacks: Job[] = [];
for (const kind of ATTACK_KINDS)
	for (let i = 0; i < INSTANCES; i++) {
		const profile = PROFILES[i % PROFILES.length];
		const seed = 200 + i;
		// start times spread over the first minutes of the drive: standstill, pulling away, cruising
		const warm_s = 8 + ((i * 37) % 120);
		attacks.push({ type: 'attack', model, spec: variantSpec(kind, dbc, i, seed), profile, seed, warm_s, attack_s: 2 });
	}
// the long clean drives first, so the pool ends on short jobs
const jobs = [...clean, ...attacks];
const virtual = clean.length * perDrive + attacks.reduce((s, j) => s + (j.type === 'attack' ? j.warm_s + 4 : 0), 0);
console.log(`eval:ids: ${clean.length} clean drives of ${perDrive} s (${HOURS} h), ${attacks.length} attacks (${INSTANCES} per class); ${(virtual / 3600).toFixed(1)} h of virtual time`);
const t0 = Date.now();
type R = { seconds: number; alerts: Alert[]; frames: number } | AttackOutcome;
const results = await runPool<R>(
	jobs,
	(r, i, k) => {
		const j = jobs[i];
		const what = 'kind' in r ? `${r.kind} ${r.label} ${r.profile}/${r.seed}: ${r.ttd_us === null ? 'MISSED' : `${(r.ttd_us / 1000).toFixed(2)} ms`}` : `clean ${j.profile}/${j.seed} ${r.seconds} s: ${r.alerts.length} alerts`;
		console.log(`  [${k}/${jobs.length}] ${what} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
	},
	WORKERS
);

const cleanR = results.slice(0, clean.length) as Array<{ seconds: number; alerts: Alert[]; frames: number }>;
const hours = cleanR.reduce((s, r) => s + r.seconds, 0) / 3600;
const falseAlarms = cleanR.flatMap((r) => r.alerts);
const attackR = results.slice(clean.length) as AttackOutcome[];
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const q = (xs: number[], p: number): number => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN);
const rows = ATTACK_KINDS.map((kind) => {
	const rs = attackR.filter((r) => r.kind === kind);
	const t = TARGETS[kind];
	const ttd = rs.filter((r) => r.ttd_us !== null).map((r) => r.ttd_us! / 1000).sort((a, b) => a - b);
	const within = ttd.filter((x) => x <= t.within_ms).length / rs.length;
	const classes = new Map<string, number>();
	for (const r of rs) if (r.firstAlert) classes.set(r.firstAlert.cls, (classes.get(r.firstAlert.cls) ?? 0) + 1);
	return {
		kind,
		instances: rs.length,
		detected: ttd.length / rs.length,
		within_limit: within,
		limit_ms: t.within_ms,
		target_rate: t.rate,
		pass: within >= t.rate,
		ttd_median_ms: q(ttd, 0.5),
		ttd_p95_ms: q(ttd, 0.95),
		ttd_max_ms: ttd.length ? ttd[ttd.length - 1] : NaN,
		first_alert_classes: Object.fromEntries(classes),
		missed: rs.filter((r) => r.ttd_us === null || r.ttd_us / 1000 > t.within_ms).map((r) => `${r.label} ${r.profile}/${r.seed}`)
	};
});
const faPerHour = falseAlarms.length / hours;
console.log('');
console.log('| attack | runs | detected | within limit | limit | target | median | p95 | max | first alert |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows)
	console.log(
		`| ${r.kind} | ${r.instances} | ${pct(r.detected)} | ${pct(r.within_limit)} ${r.pass ? '✓' : '✗'} | ${r.limit_ms} ms | ≥ ${pct(r.target_rate)} | ${r.ttd_median_ms.toFixed(2)} ms | ${r.ttd_p95_ms.toFixed(2)} ms | ${r.ttd_max_ms.toFixed(2)} ms | ${Object.entries(r.first_alert_classes).map(([k, v]) => `${k} ${v}`).join(', ')} |`
	);
console.log('');
console.log(`false alarms: ${falseAlarms.length} in ${hours.toFixed(2)} h of clean driving (${PROFILES.join(', ')} × seeds ${SEEDS.join(', ')}) = ${faPerHour.toFixed(3)} per hour (target ≤ ${FA_TARGET}) ${faPerHour <= FA_TARGET ? '✓' : '✗'}`);
for (const a of falseAlarms.slice(0, 10)) console.log(`  ${(a.t_us / 1e6).toFixed(3)} s ${a.cls}: ${a.reason}`);
const warm = attackR.reduce((s, r) => s + r.before, 0);
console.log(`alerts during the attack runs' warm-up (before the attack): ${warm}`);
for (const r of attackR.filter((r) => r.before > 0).slice(0, 10))
	console.log(`  ${r.kind} ${r.label} ${r.profile}/${r.seed}: ${r.beforeAlerts.map((a) => `${(a.t_us / 1e6).toFixed(3)} s ${a.cls} 0x${a.id.toString(16)}: ${a.reason}`).join('; ')}`);
for (const r of rows) if (r.missed.length) console.log(`  ${r.kind} missed or late: ${r.missed.join('; ')}`);
mkdirSync(resolve(root, 'bench'), { recursive: true });
const out = resolve(root, 'bench/ids-results.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), model: { ids: model.ids.length, seconds: model.seconds, trainedOn: model.trainedOn }, clean: { hours, falseAlarms: falseAlarms.length, perHour: faPerHour, target: FA_TARGET, first: falseAlarms.slice(0, 50) }, warmupAlerts: warm, attacks: rows, wall_s: (Date.now() - t0) / 1000 }, null, '\t') + '\n');
console.log(`→ ${out} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
