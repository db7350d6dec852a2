import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ECU_NAMES } from '../sim/simulation';
import { buildDtcTable, firmwareDtcs, readmeDtcRows, renderDtcDoc } from './dtc-table';

describe('DTC table in docs/dtc.md', () => {
	it('documents every DTC the firmware can set and is up to date (else: npm run docs)', () => {
		const rows = buildDtcTable('sim-wasm/ecu', ECU_NAMES);
		expect(rows.length).toBeGreaterThan(20);
		const doc = readFileSync('docs/dtc.md', 'utf8');
		expect(renderDtcDoc(doc, rows)).toBe(doc);
	});

	it('reads DEM_DTC entries as J2012 codes with their failure type byte', () => {
		expect(firmwareDtcs('sim-wasm/ecu/cvc')).toContain('P2138-00');
		expect(firmwareDtcs('sim-wasm/ecu/fzc')).toContain('C1002-1C');
	});

	it('parses README rows, keeping escaped pipes inside cells', () => {
		const rows = readmeDtcRows('| DTC | cause | detection | reaction |\n|---|---|---|---|\n| P0001-00 | a | \\|x\\| > 1 | stop |\n\nafter');
		expect(rows.get('P0001-00')).toEqual(['a', '\\|x\\| > 1', 'stop']);
	});
});
