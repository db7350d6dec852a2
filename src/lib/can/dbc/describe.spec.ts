import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DbcCodec } from './codec';
import { describeFrame, formatSignal } from './describe';
import { parseDbc } from './parse';

const dbc = parseDbc(readFileSync('static/vehicle.dbc', 'utf8'), 'static/vehicle.dbc');
const codec = new DbcCodec(dbc);

describe('describeFrame', () => {
	it('labels enum values with their value-table names and scales the rest', () => {
		const cm = codec.forFrame(0x100, 0)!;
		expect(cm.msg.name).toBe('VehicleState');
		const buf = new Uint8Array(8);
		const modeSig = cm.signals.find((s) => s.choices && [...s.choices.values()].includes('RUN'))!;
		const runRaw = [...modeSig.choices!].find(([, l]) => l === 'RUN')![0];
		cm.encodeRaw({ [modeSig.name]: runRaw }, buf, 0);
		const texts = describeFrame(cm, buf.subarray(0, cm.msg.length)).map(formatSignal);
		expect(texts).toContain(`${modeSig.name}=RUN`);
	});

	it('leaves out signals a short frame does not carry', () => {
		const cm = codec.forFrame(0x100, 0)!;
		const all = describeFrame(cm, new Uint8Array(cm.msg.length));
		const short = describeFrame(cm, new Uint8Array(1));
		expect(short.length).toBeLessThan(all.length);
	});
});
