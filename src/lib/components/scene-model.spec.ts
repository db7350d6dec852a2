import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DbcCodec } from '$lib/can/dbc/codec';
import { parseDbc } from '$lib/can/dbc/parse';
import { FLAG_EXT, FrameBatchBuilder } from '$lib/can/frame';
import { SceneFrames, describeScene, obstacleText, zoneEdges } from './scene-model';

const codec = new DbcCodec(parseDbc(readFileSync('static/vehicle.dbc', 'utf8'), 'vehicle.dbc'));

function frame(b: FrameBatchBuilder, name: string, values: Record<string, number>, flags = 0): void {
	const cm = codec.dbc.messages.find((m) => m.name === name)!;
	const c = codec.forFrame(cm.id, 0)!;
	const out = new Uint8Array(Math.max(8, c.span));
	c.encode(values, out);
	b.push(0, cm.id, flags, cm.length, out);
}

describe('scene model', () => {
	it('decodes the BCM and FZC frames with the DBC and says what a visitor sees', () => {
		const b = new FrameBatchBuilder();
		frame(b, 'Lights', { HeadlampState: 1, BrakeLamp: 1, TailLamp: 1 });
		frame(b, 'Indicators', { IndicatorState: 3, LeftLampOn: 1, RightLampOn: 1 });
		frame(b, 'Doors', { DoorOpenFL: 1 });
		frame(b, 'SteerStatus', { SteerAngle: -12.4, SteerState: 1 });
		frame(b, 'BrakeStatus', { BrakeActual: 40, BrakeState: 3 });
		frame(b, 'FrontDistance', { FrontDistance: 12.3, ClosingSpeed: 8, TimeToCollision: 1.5, AebZone: 2, ObjectDetected: 1 });
		const f = new SceneFrames();
		f.keep(b.take());
		expect(f.dirty).toBe(true);
		const s = f.decode(codec);
		expect(f.dirty).toBe(false);
		expect(s.steerState).toBe('ACTIVE');
		expect(describeScene(s)).toBe(
			'Headlamps low beam, hazard lights: both indicators flashing, brake lights on, front wheels turned 12° right, front left door open, obstacle 12 m ahead: braking zone, brakes 40 % (AEB)'
		);
	});

	it('keeps the last of several frames and ignores an extended identifier that looks the same', () => {
		const b = new FrameBatchBuilder();
		frame(b, 'Indicators', { IndicatorState: 1, LeftLampOn: 1 });
		frame(b, 'Indicators', { IndicatorState: 1, LeftLampOn: 0 });
		frame(b, 'Indicators', { IndicatorState: 2 }, FLAG_EXT);
		const f = new SceneFrames();
		f.keep(b.take());
		const s = f.decode(codec);
		expect(s.indicator).toBe(1);
		expect(s.leftLamp).toBe(0);
		expect(s.headlamp).toBeNull();
		expect(describeScene(s)).toMatch(/^Headlamps unknown, left indicator flashing, brake lights unknown, doors unknown, distance unknown$/);
	});

	it('a frame too short for a signal, a DBC without the frame, a new session: unknown, not zero', () => {
		const b = new FrameBatchBuilder();
		b.push(0, 0x220, 0, 1, [0x10]);
		const f = new SceneFrames();
		f.keep(b.take());
		expect(f.decode(codec).distance).toBeNull();
		const other = new DbcCodec(parseDbc('VERSION ""\nBU_: A\nBO_ 1 X: 1 A\n SG_ Y : 0|8@1+ (1,0) [0|255] "" A\n', 'other.dbc'));
		frame(b, 'Lights', { HeadlampState: 2 });
		f.keep(b.take());
		expect(f.decode(other).headlamp).toBeNull();
		expect(f.decode(codec).headlamp).toBe(2);
		f.clear();
		expect(f.decode(codec).headlamp).toBeNull();
	});

	it('no object, a sensor fault; zone edges grow with the closing speed (TTC) above the distance thresholds', () => {
		const base = new SceneFrames().decode(codec);
		expect(obstacleText({ ...base, distance: 200, detected: 0 })).toBe('no obstacle within 200 m');
		expect(obstacleText({ ...base, distance: 3.21, detected: 1, zone: 3 })).toBe('obstacle 3.2 m ahead: emergency braking zone');
		expect(obstacleText({ ...base, distance: 50, sensorFault: 1 })).toMatch(/sensor fault/);
		expect(zoneEdges(0)).toEqual([10, 5, 2.5]);
		expect(zoneEdges(20)).toEqual([52, 32, 18]);
	});
});
