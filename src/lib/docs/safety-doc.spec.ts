/** docs/safety.md is what a run of the built-in scenarios measures today, and every goal is covered. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runPool } from '../sim/scenario/node-run';
import { renderSafetyDoc, SAFETY_GOALS } from './safety-doc';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => `scenarios/${f}`);

describe('docs/safety.md', () => {
	it('every goal has a scenario, and each reaction uses its goal\'s FTTI', () => {
		const scs = files.map((f) => loadScenarioFile(f));
		for (const g of SAFETY_GOALS) expect(scs.some((s) => s.requirement === g.id), g.id).toBe(true);
		for (const s of scs) for (const a of s.assertions) if (a.type === 'reaction') expect(a.ftti_ms, s.file).toBe(SAFETY_GOALS.find((g) => g.id === a.goal)!.ftti_ms);
	});
	it('matches a run of the scenarios (run `npm run docs` when it does not)', async () => {
		const results = await runPool(files.map((f) => loadScenarioFile(f)), 2);
		const doc = readFileSync('docs/safety.md', 'utf8');
		expect(renderSafetyDoc(doc, results)).toBe(doc);
		expect(results.every((r) => r.passed)).toBe(true);
	}, 120_000);
});
