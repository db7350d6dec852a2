/** Scenario and chaos runs through the worker API over comlink in a real worker_threads worker (real wasm), as the /scenarios page uses them. */
import * as Comlink from 'comlink';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chaosLine, chaosPlan } from '../sim/scenario/chaos';
import { loadScenarioFile, runChaosNode, runLoaded, vehicleDbc } from '../sim/scenario/node-run';
import type { ScenarioEvent } from './scenario-api';
import { spawnSimWorker } from './node-spawn';

const sw = spawnSimWorker();
const api = sw.api;
afterAll(async () => {
	await sw.terminate();
});
beforeAll(async () => {
	await api.init({ seed: 2, profile: 'city' });
	await api.step(500);
});
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => `scenarios/${f}`).sort();

describe('scenario runs in the simulation worker', () => {
	it('Run all: every built-in scenario ends as expected on a fresh vehicle, with the CLI figures, and the tab vehicle is untouched', async () => {
		const t0 = (await api.snapshot()).t_us;
		const events: ScenarioEvent[] = [];
		const out = await api.scenarioRun(files.map((f) => loadScenarioFile(f)), vehicleDbc(), Comlink.proxy((e: ScenarioEvent) => void events.push(e)));
		expect(out.cancelled).toBe(false);
		expect(out.results.map((r) => [r.file, r.passed])).toEqual(files.map((f) => [f, true]));
		// the same reaction as the CLI measures in Node's main thread
		const cli = await runLoaded(loadScenarioFile('scenarios/sg-002-rzc-power-off.json'));
		const mine = out.results.find((r) => r.file === 'scenarios/sg-002-rzc-power-off.json')!;
		const re = (r: typeof cli) => r.assertions.find((a) => a.type === 'reaction')!;
		expect([re(mine).fdti_ms, re(mine).frti_ms]).toEqual([re(cli).fdti_ms, re(cli).frti_ms]);
		// progress streamed for each, in order, up to its end
		await expect.poll(() => events.filter((e) => e.type === 'done').length).toBe(files.length);
		const prog = events.filter((e) => e.type === 'progress' && e.index === 0).map((e) => (e as { t_ms: number }).t_ms);
		expect(prog.length).toBeGreaterThan(10);
		expect(prog).toEqual([...prog].sort((a, b) => a - b));
		expect(events.some((e) => e.type === 'assertion' && e.index === files.length - 1)).toBe(true);
		expect((await api.snapshot()).t_us).toBe(t0);
	}, 120_000);

	it('Cancel stops a run within its next turn; the next run starts normally', async () => {
		const sc = loadScenarioFile('scenarios/sg-002-rzc-hang-watchdog.json');
		let seen = 0;
		const run = api.scenarioRun([sc, sc], vehicleDbc(), Comlink.proxy((e: ScenarioEvent) => {
			if (e.type === 'progress' && e.t_ms >= 1000 && seen++ === 0) void api.scenarioCancel();
		}));
		const out = await run;
		expect(out.cancelled).toBe(true);
		expect(out.results).toHaveLength(0);
		expect(await api.scenarioCancel()).toBe(false);
		const again = await api.scenarioRun([loadScenarioFile('scenarios/sg-008-estop.json')], vehicleDbc());
		expect(again.results[0].passed).toBe(true);
	}, 60_000);

	it('a scenario the DBC cannot run is refused before anything runs, as file: json-path: reason', async () => {
		const sc = loadScenarioFile('scenarios/sg-008-estop.json');
		const bad = { ...sc, file: 'mine.json', assertions: [{ type: 'state' as const, condition: { signal: 'VehicleState.Nope', op: '==' as const, value: 1 }, within_ms: 10 }] };
		const events: ScenarioEvent[] = [];
		await expect(api.scenarioRun([sc, bad], vehicleDbc(), Comlink.proxy((e: ScenarioEvent) => void events.push(e)))).rejects.toThrow("mine.json: $.assertions[0].condition.signal: message VehicleState has no signal 'Nope'");
		expect(events).toEqual([]);
	});

	it('chaos in the worker gives what chaos in Node gives for the same seed', async () => {
		const out = await api.chaosRun(11, 3, vehicleDbc());
		const node = await runChaosNode(chaosPlan(11, 3));
		expect(out.results.map((r) => r.assertions.map((a) => [a.passed, a.fdti_ms, a.frti_ms, a.t_ms]))).toEqual(node.map((r) => r.result.assertions.map((a) => [a.passed, a.fdti_ms, a.frti_ms, a.t_ms])));
		expect(node.map(chaosLine).every((l) => l.startsWith('pass'))).toBe(true);
	}, 60_000);
});
