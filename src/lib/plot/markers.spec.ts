import { describe, expect, it } from 'vitest';
import { markersInWindow } from './markers';

describe('plot fault markers', () => {
	it('shows the markers inside the plotted window, in seconds, with what happened', () => {
		const m = [
			{ t_us: 1_000_000, action: 'inject' as const, label: 'power-off:fzc' },
			{ t_us: 4_500_000, action: 'clear' as const, label: 'power-off:fzc' },
			{ t_us: 9_000_000, action: 'end' as const, label: 'ecu-reset:cvc' }
		];
		expect(markersInWindow(m, 2, 8)).toEqual([{ t_s: 4.5, action: 'clear', text: '✓ power-off:fzc cleared' }]);
		expect(markersInWindow(m, 0, 10).map((x) => x.text)).toEqual(['⚡ power-off:fzc', '✓ power-off:fzc cleared', '✓ ecu-reset:cvc ended']);
		expect(markersInWindow([], 0, 10)).toEqual([]);
	});
});
