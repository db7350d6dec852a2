import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDbcFile } from '../../src/lib/can/dbc/load-node';
import { DbcCodec } from '../../src/lib/can/dbc/codec';
import { bindMapping, checkMapping, checkVssValue, compileMath, evaluate, readMapping, type VssLeafList } from './vss';

const root = resolve(import.meta.dirname, '../..');
const dbc = loadDbcFile(resolve(root, 'static/vehicle.dbc'));
const codec = new DbcCodec(dbc);
const mappingJson = JSON.parse(readFileSync(resolve(root, 'static/vss/vehicle-dbc2vss.json'), 'utf8'));
const vss = JSON.parse(readFileSync(resolve(root, 'static/vss/vss-6.0-leaves.json'), 'utf8')).leaves as VssLeafList;

describe('static/vss/vehicle-dbc2vss.json', () => {
	it('maps existing DBC signals to VSS 6.0 leaves with values inside their types', () => {
		const leaves = readMapping(mappingJson);
		expect(checkMapping(leaves, dbc, codec, vss)).toEqual([]);
		// the leaves the design notes name are all there
		const paths = leaves.map((l) => l.path);
		for (const p of [
			'Vehicle.Speed',
			'Vehicle.Powertrain.TractionBattery.StateOfCharge.Current',
			'Vehicle.Powertrain.TractionBattery.CurrentVoltage',
			'Vehicle.Powertrain.TractionBattery.CurrentCurrent',
			'Vehicle.Powertrain.ElectricMotor.Temperature',
			'Vehicle.Powertrain.Transmission.CurrentGear',
			'Vehicle.Diagnostics.DTCList',
			'Vehicle.VehicleIdentification.VIN'
		])
			expect(paths).toContain(p);
		// every leaf of the list is used, so the list says exactly what the mapping relies on
		expect(Object.keys(vss).sort()).toEqual([...paths].sort());
	});

	it('fails on a signal the DBC lacks, a path VSS lacks, and a transform outside the VSS type', () => {
		const leaves = readMapping(mappingJson);
		const speed = leaves.find((l) => l.path === 'Vehicle.Speed')!;
		const gear = leaves.find((l) => l.path === 'Vehicle.Powertrain.Transmission.CurrentGear')!;
		const noSignal = leaves.map((l) => (l === speed ? { ...l, dbc2vss: { ...l.dbc2vss!, signal: 'VehicleSpeedKph' } } : l));
		expect(checkMapping(noSignal, dbc, codec, vss).join('\n')).toContain("Vehicle.Speed: DBC signal 'VehicleSpeedKph' does not exist");
		const noPath = [...leaves, { ...speed, path: 'Vehicle.SpeedOverGround' }];
		expect(checkMapping(noPath, dbc, codec, vss).join('\n')).toContain('Vehicle.SpeedOverGround: not a leaf of the VSS list');
		const outside = leaves.map((l) => (l === gear ? { ...l, dbc2vss: { ...l.dbc2vss!, transform: { math: 'x*100' } } } : l));
		expect(checkMapping(outside, dbc, codec, vss).join('\n')).toMatch(/CurrentGear: Gear = 2 gives 200 is outside int8/);
		const asBool = leaves.map((l) => (l === gear ? { ...l, datatype: 'boolean' } : l));
		expect(checkMapping(asBool, dbc, codec, vss).join('\n')).toContain('CurrentGear: datatype boolean, but VSS says int8');
	});
});

describe('dbc2vss evaluation (Kuksa semantics)', () => {
	const leaves = readMapping(mappingJson);
	const byPath = (p: string) => bindMapping(leaves, dbc, codec).find((b) => b.leaf.path === p)!;

	it('forwards at most once per interval_ms of source time', () => {
		const b = byPath('Vehicle.Speed'); // interval 500 ms
		expect(evaluate(b, 0, 10)).toBe(10);
		expect(evaluate(b, 100_000, 11)).toBeUndefined();
		expect(evaluate(b, 499_999, 12)).toBeUndefined();
		expect(evaluate(b, 500_000, 13)).toBe(13);
	});

	it('on_change forwards only new values; mapping turns raw codes into VSS values', () => {
		const b = byPath('Vehicle.Powertrain.Transmission.CurrentGear');
		expect(evaluate(b, 0, 3)).toBe(1); // D
		expect(evaluate(b, 10_000, 3)).toBeUndefined();
		expect(evaluate(b, 20_000, 1)).toBe(-1); // R
		const lamp = byPath('Vehicle.Body.Lights.Brake.IsActive');
		expect(evaluate(lamp, 0, 1)).toBe('ACTIVE');
	});

	it('math transforms follow py-expression-eval arithmetic', () => {
		expect(compileMath('floor((x*40)-100)')(2)).toBe(-20);
		expect(compileMath('-x')(12.5)).toBe(-12.5);
		expect(compileMath('2^3^2 + max(x, 1) % 4')(7)).toBe(515);
		expect(() => compileMath('x +* 2')).toThrow(/math "x \+\* 2"/);
		expect(() => compileMath('exp(x)')).toThrow(/unknown name 'exp'/);
	});

	it('checks values against VSS datatypes', () => {
		expect(checkVssValue({ datatype: 'uint8' }, 256)).toMatch(/outside uint8/);
		expect(checkVssValue({ datatype: 'int16' }, 1.5)).toMatch(/not an integer/);
		expect(checkVssValue({ datatype: 'float', min: 0, max: 100 }, 100.5)).toMatch(/above the VSS max/);
		expect(checkVssValue({ datatype: 'string', allowed: ['ACTIVE'] }, 'ON')).toMatch(/not one of/);
		expect(checkVssValue({ datatype: 'string[]' }, ['P2138-00'])).toBeNull();
	});
});
