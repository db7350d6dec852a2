import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('log formats run in a Web Worker', () => {
	it('no module of src/lib/can/formats (specs aside) imports a Node API or a Node global', () => {
		const dir = import.meta.dirname;
		const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
		expect(files.length).toBeGreaterThanOrEqual(8);
		for (const f of files) {
			const src = readFileSync(join(dir, f), 'utf8');
			expect(src, f).not.toMatch(/from 'node:|require\(|\bBuffer\b|\bprocess\./);
		}
	});
});
