import { describe, expect, it } from 'vitest';
import { defaultBrokerUrl, formatVss, parseMessage } from './payloads';

const V = 'ZBV1SVM0000000001';

describe('parseMessage', () => {
	it('reads the three topics of the contract', () => {
		expect(parseMessage(`zb/v1/${V}/status`, '{"state":"online","vin":"x"}')).toMatchObject({ kind: 'status', vin: V });
		const t = parseMessage(`zb/v1/${V}/telemetry`, JSON.stringify({ seq: 3, t_us: 1e6, ts: 1, signals: { 'Vehicle.Speed': 12.5, 'Vehicle.Diagnostics.DTCList': ['P2138-00'] } }));
		expect(t).toMatchObject({ kind: 'telemetry', msg: { seq: 3, signals: { 'Vehicle.Speed': 12.5 } } });
		const d = parseMessage(`zb/v1/${V}/dtc`, JSON.stringify({ seq: 1, t_us: 0, ts: 1, ecu: 'RZC', dtc: 'P0A1F-00', status: 0x2f, statusBits: ['testFailed'] }));
		expect(d).toMatchObject({ kind: 'dtc', msg: { ecu: 'RZC', dtc: 'P0A1F-00' } });
	});

	it('names the topic and the fault of a malformed payload instead of throwing', () => {
		expect(parseMessage(`zb/v1/${V}/telemetry`, '{"seq": 1,')).toMatchObject({ kind: 'bad', vin: V, reason: expect.stringMatching(/^not JSON/) });
		expect(parseMessage(`zb/v1/${V}/telemetry`, '{"seq":1.5,"t_us":0,"ts":0,"signals":{}}')).toMatchObject({ kind: 'bad', reason: 'seq is not an integer' });
		expect(parseMessage(`zb/v1/${V}/telemetry`, '{"seq":1,"t_us":0,"ts":0,"signals":{"Speed":1}}')).toMatchObject({ reason: "signal 'Speed' is not a VSS path" });
		expect(parseMessage(`zb/v1/${V}/telemetry`, '{"seq":1,"t_us":0,"ts":0,"signals":{"Vehicle.X":{"a":1}}}')).toMatchObject({ reason: "signal 'Vehicle.X' has a value of no VSS type" });
		expect(parseMessage(`zb/v1/${V}/status`, '{"state":"maybe"}')).toMatchObject({ kind: 'bad', reason: expect.stringContaining("'online' or 'offline'") });
		expect(parseMessage('zb/v1/x/other', '{}')).toMatchObject({ kind: 'bad', vin: null });
		expect(parseMessage(`zb/v1/${V}/dtc`, new Uint8Array([0xff, 0xfe]))).toMatchObject({ kind: 'bad' });
	});
});

describe('page helpers', () => {
	it('defaults to this host /mqtt over ws or wss', () => {
		expect(defaultBrokerUrl({ protocol: 'http:', host: 'car.local:4173' })).toBe('ws://car.local:4173/mqtt');
		expect(defaultBrokerUrl({ protocol: 'https:', host: 'fleet.example' })).toBe('wss://fleet.example/mqtt');
	});
	it('formats values with units', () => {
		expect(formatVss(12.345, 'km/h')).toBe('12.35 km/h');
		expect(formatVss(80, 'percent')).toBe('80 %');
		expect(formatVss(true)).toBe('true');
		expect(formatVss([])).toBe('—');
	});
});
