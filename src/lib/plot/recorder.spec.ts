import { describe, expect, it } from 'vitest';
import { DbcCodec } from '../can/dbc/codec';
import { loadDbcFile } from '../can/dbc/load-node';
import { parseDbc } from '../can/dbc/parse';
import { FLAG_ERR, FrameBatchBuilder } from '../can/frame';
import { SignalRecorder } from './recorder';
import { TraceBuffer } from '../can/trace-buffer';

const codec = new DbcCodec(loadDbcFile('static/vehicle.dbc'));
const MIN_US = 60e6;

/** A frame of `message` carrying `values`, encoded with the DBC (never packed by hand). */
function frame(b: FrameBatchBuilder, t: number, message: string, values: Record<string, number>, dlc?: number): void {
	const m = codec.dbc.messages.find((x) => x.name === message)!;
	const cm = codec.forFrame(m.id, 0)!;
	const data = new Uint8Array(8);
	cm.encode(values, data);
	b.push(t, m.id, 0, dlc ?? m.length, data);
}

describe('SignalRecorder', () => {
	it('decodes the watched signals of the frames that carry them, in physical units', () => {
		const r = new SignalRecorder({ retention: 10 * MIN_US }, codec);
		const speed = r.watch('VehicleState.VehicleSpeed');
		const soc = r.watch('BatteryStatus.Soc');
		const b = new FrameBatchBuilder();
		frame(b, 1000, 'VehicleState', { VehicleSpeed: 12.34, Mode: 1 });
		frame(b, 1500, 'BatteryStatus', { Soc: 80.5, PackVoltage: 350 });
		frame(b, 2000, 'WheelSpeeds', {});
		frame(b, 11_000, 'VehicleState', { VehicleSpeed: 13 });
		r.ingest(b.take());
		expect(speed.series.count).toBe(2);
		expect(speed.series.sampleAt(1000)?.v).toBeCloseTo(12.34, 10);
		expect(speed.series.lastValue).toBe(13);
		expect(speed.signal.unit).toBe('km/h');
		expect(soc.series.count).toBe(1);
		expect(soc.series.lastValue).toBe(80.5);
		expect(r.lastTimeUs).toBe(11_000);
	});

	it('skips error frames and frames too short to carry the signal', () => {
		const r = new SignalRecorder({ retention: MIN_US }, codec);
		const speed = r.watch('VehicleState.VehicleSpeed');
		const b = new FrameBatchBuilder();
		frame(b, 10, 'VehicleState', { VehicleSpeed: 50 }, 4); // speed sits in bytes 3..4
		const m = codec.dbc.messages.find((x) => x.name === 'VehicleState')!;
		b.push(20, m.id, FLAG_ERR, 7, new Uint8Array(8).fill(0xff));
		frame(b, 30, 'VehicleState', { VehicleSpeed: 51 });
		r.ingest(b.take());
		expect(speed.series.count).toBe(1);
		expect(speed.series.lastValue).toBe(51);
	});

	it('skips frames older than its newest sample, and starts a fresh history after clear() (a new session)', () => {
		const r = new SignalRecorder({ retention: MIN_US }, codec);
		const speed = r.watch('VehicleState.VehicleSpeed');
		const b = new FrameBatchBuilder();
		frame(b, 5_000_000, 'VehicleState', { VehicleSpeed: 90 });
		r.ingest(b.take());
		frame(b, 10_000, 'VehicleState', { VehicleSpeed: 0 });
		r.ingest(b.take());
		expect(speed.series.count).toBe(1);
		expect(speed.series.lastValue).toBe(90);
		r.clear();
		frame(b, 10_000, 'VehicleState', { VehicleSpeed: 0 });
		r.ingest(b.take());
		expect(speed.series.count).toBe(1);
		expect(speed.series.firstTime).toBe(10_000);
	});

	it('names what is wrong with an unknown signal', () => {
		const r = new SignalRecorder({ retention: MIN_US });
		expect(() => r.watch('VehicleState.VehicleSpeed')).toThrow(/no DBC loaded/);
		r.setCodec(codec);
		expect(() => r.watch('NoSuchMessage.X')).toThrow(/no message 'NoSuchMessage'/);
		expect(() => r.watch('VehicleState.Nope')).toThrow(/'VehicleState' has no signal 'Nope'/);
		expect(() => r.watch('VehicleSpeed')).toThrow(/not of the form Message.Signal/);
	});

	it('keeps the history of signals a new DBC still has and reports the ones it drops', () => {
		const r = new SignalRecorder({ retention: MIN_US });
		r.setCodec(codec);
		const speed = r.watch('VehicleState.VehicleSpeed');
		r.watch('BatteryStatus.Soc');
		const b = new FrameBatchBuilder();
		frame(b, 10, 'VehicleState', { VehicleSpeed: 7 });
		r.ingest(b.take());
		const small = new DbcCodec(
			parseDbc('VERSION ""\nBU_: CVC\nBO_ 256 VehicleState: 7 CVC\n SG_ VehicleSpeed : 24|16@1+ (0.01,0) [0|300] "km/h" Vector__XXX\n', 'small.dbc')
		);
		expect(r.setCodec(small)).toEqual(['BatteryStatus.Soc']);
		expect(r.names()).toEqual(['VehicleState.VehicleSpeed']);
		expect(r.get('VehicleState.VehicleSpeed')!.series).toBe(speed.series);
		expect(speed.series.count).toBe(1);
		r.unwatch('VehicleState.VehicleSpeed');
		expect(r.names()).toEqual([]);
	});

	it('a signal picked late gets its history from the trace ring, then goes on live without a gap or a repeat', () => {
		const ring = new TraceBuffer(64);
		const r = new SignalRecorder({ retention: MIN_US }, codec);
		const before = new FrameBatchBuilder();
		for (let k = 0; k < 5; k++) frame(before, 1000 * k, 'VehicleState', { VehicleSpeed: k });
		frame(before, 4500, 'BatteryStatus', { Soc: 50 });
		frame(before, 4600, 'VehicleState', { VehicleSpeed: 99 }, 3); // too short to carry the speed
		ring.push(before.take());
		const speed = r.watch('VehicleState.VehicleSpeed');
		expect(r.backfill('VehicleState.VehicleSpeed', ring)).toBe(5);
		expect(speed.series.firstTime).toBe(0);
		expect(speed.series.lastValue).toBe(4);
		// a second backfill does nothing: the series has its history already
		expect(r.backfill('VehicleState.VehicleSpeed', ring)).toBe(0);
		const after = new FrameBatchBuilder();
		frame(after, 5000, 'VehicleState', { VehicleSpeed: 5 });
		const batch = after.take();
		ring.push(batch);
		r.ingest(batch);
		expect(speed.series.count).toBe(6);
		expect(speed.series.lastValue).toBe(5);
	});
});
