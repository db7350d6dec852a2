/** The tester over comlink in a real worker_threads worker, as the page uses it: paused, running, reset. */
import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import type { TraceEntry } from '../diag/tester';
import { spawnSimWorker } from './node-spawn';

const sw = spawnSimWorker();
const api = sw.api;
afterAll(async () => {
	await sw.terminate();
});

describe('diagnostic tester over comlink', () => {
	it('scans a paused vehicle (the request advances virtual time itself) and streams the trace', async () => {
		await api.init({ seed: 3, profile: null });
		await api.step(300);
		const trace: TraceEntry[] = [];
		await api.diagSubscribeTrace(Comlink.proxy((e: TraceEntry[]) => void trace.push(...e)));
		const t0 = await api.diagNow();
		const r = await api.diagScan();
		expect(r.value!.map((e) => e.name)).toEqual(['cvc', 'fzc', 'rzc', 'sc', 'bcm', 'icu', 'tcu']);
		expect(await api.diagNow()).toBeGreaterThan(t0);
		await expect.poll(() => trace.some((e) => e.note.startsWith('FF len 20'))).toBe(true);
	});

	it('answers while the simulation runs, and after a reset the tester is on the new vehicle', async () => {
		await api.start();
		const r = await api.diagReadDid(0x7e6, 0xf195);
		expect(r.value!.value).toBe('TCU 1.0.0');
		await api.pause();
		await api.reset(4);
		const raw = await api.diagRaw(0x7e0, [0x10, 0x04]);
		expect(raw.value![0].text).toBe('negative response to DiagnosticSessionControl: NRC 0x12 subFunctionNotSupported');
	});
});
