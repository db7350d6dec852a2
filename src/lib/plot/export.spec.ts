import { describe, expect, it } from 'vitest';
import { seriesToCsv, formatValue } from './export';
import { SampleSeries } from './sample-store';

function series(name: string, samples: Array<[number, number]>): SampleSeries {
	const s = new SampleSeries(name, { retention: 1e12 });
	for (const [t, v] of samples) s.push(t, v);
	return s;
}

describe('CSV export', () => {
	it('has a time column in seconds and one column per signal, rows on the union of sample times', () => {
		const speed = series('VehicleState.VehicleSpeed', [[0, 1], [10_000, 2.5], [20_000, 3]]);
		const soc = series('BatteryStatus.Soc', [[10_000, 80.5], [110_000, 80]]);
		const csv = seriesToCsv([speed, soc], 5_000, 110_000);
		expect(csv.split('\n')).toEqual([
			'time_s,VehicleState.VehicleSpeed,BatteryStatus.Soc',
			'0.010000,2.5,80.5',
			'0.020000,3,',
			'0.110000,,80',
			''
		]);
	});

	it('writes values without float noise and quotes odd header names', () => {
		expect(formatValue(0.1 * 3)).toBe('0.3');
		expect(formatValue(-12.34)).toBe('-12.34');
		expect(formatValue(1e-7)).toBe('1e-7');
		const s = series('Msg."odd",name', [[1, 1]]);
		expect(seriesToCsv([s], 0, 10).split('\n')[0]).toBe('time_s,"Msg.""odd"",name"');
	});

	it('exports every sample of a long window across chunk borders', () => {
		const s = new SampleSeries('M.S', { retention: 1e12 });
		for (let i = 0; i < 40_000; i++) s.push(i * 10_000, i);
		const rows = seriesToCsv([s], 0, 39_999 * 10_000).trimEnd().split('\n');
		expect(rows.length).toBe(40_001);
		expect(rows[40_000]).toBe('399.990000,39999');
	});
});
