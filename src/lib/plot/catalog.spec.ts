import { describe, expect, it } from 'vitest';
import { loadDbcFile } from '../can/dbc/load-node';
import { searchSignals, signalCatalog } from './catalog';

const list = signalCatalog(loadDbcFile('static/vehicle.dbc'));

describe('signal catalog and search', () => {
	it('lists every signal as Message.Signal with its identifier and unit', () => {
		const speed = list.find((e) => e.name === 'VehicleState.VehicleSpeed')!;
		expect(speed).toMatchObject({ idHex: '0x100', unit: 'km/h', senders: ['CVC'] });
		expect(list.filter((e) => e.message === 'BatteryStatus').map((e) => e.signal)).toContain('Soc');
	});

	it('matches every word of the query, case-insensitively, best match first', () => {
		const r = searchSignals(list, 'vehiclestate speed');
		expect(r[0].name).toBe('VehicleState.VehicleSpeed');
		expect(r.every((e) => e.key.includes('vehiclestate') && e.key.includes('speed'))).toBe(true);
		expect(searchSignals(list, 'soc')[0].name).toBe('BatteryStatus.Soc');
		// the exact name first, then names it is a prefix of
		expect(searchSignals(list, 'BatteryStatus.Soc').map((e) => e.name)).toEqual(['BatteryStatus.Soc', 'BatteryStatus.SocLow']);
		expect(searchSignals(list, 'zzzz-not-there')).toEqual([]);
	});

	it('finds the signals of a frame by its identifier and limits the result', () => {
		const r = searchSignals(list, '0x303');
		expect(r.length).toBeGreaterThan(3);
		expect(r.every((e) => e.message === 'BatteryStatus')).toBe(true);
		expect(searchSignals(list, '', 5)).toHaveLength(5);
	});
});
