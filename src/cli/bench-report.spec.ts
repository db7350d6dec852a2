import { describe, expect, it } from 'vitest';
import { BenchReport } from './bench-report';

describe('BenchReport', () => {
	it('prints each figure with its same-run baseline, ratio, target and whether it passed', () => {
		const r = new BenchReport();
		r.record({ metric: 'ui_fps', value: 54.3, unit: 'fps', baseline: 'idle 59.9 fps', ratio: 0.906, target: '>= 50', pass: true });
		r.record({ metric: 'ui_longtask_max_ms', value: 62, unit: 'ms', target: '< 50', pass: false });
		const [head, rule, a, b] = r.lines();
		expect(head.split(/\s{2,}/)).toEqual(['metric', 'value', 'unit', 'baseline (same run)', 'ratio', 'target', 'pass']);
		expect(rule).toMatch(/^-+( {2}-+){6}$/);
		expect(a.split(/\s{2,}/)).toEqual(['ui_fps', '54.3', 'fps', 'idle 59.9 fps', '0.906', '>= 50', 'yes']);
		expect(b).toMatch(/ NO$/);
		expect(r.results).toEqual({ ui_fps: 54.3, ui_fps_ratio: 0.906, ui_fps_pass: true, ui_longtask_max_ms: 62, ui_longtask_max_ms_pass: false });
	});

	it('has no pass column when no figure has a target to pass', () => {
		const r = new BenchReport();
		r.record({ metric: 'wasm_bytes_total', value: 291859, unit: 'B', target: '≤ 300 KB' });
		expect(r.lines()[0]).not.toContain('pass');
	});
});
