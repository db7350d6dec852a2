import { describe, expect, it } from 'vitest';
import { InputMixer, STEER_WHEEL_MAX_DEG, type DriverAxes } from './mixer';

function mixer() {
	const sent: DriverAxes[] = [];
	return { m: new InputMixer((a) => sent.push(a)), sent };
}

describe('InputMixer', () => {
	it('gives the vehicle the deepest pedal press of any source', () => {
		const { m, sent } = mixer();
		m.set('keyboard', { accel: 0.6 });
		m.set('gamepad', { accel: 0.3, brake: 0.2 });
		expect(m.value).toEqual({ accel: 0.6, brake: 0.2, steer_deg: 0 });
		m.set('keyboard', { accel: 0 });
		expect(sent.at(-1)).toEqual({ accel: 0.3, brake: 0.2, steer_deg: 0 });
	});

	it('sends only changes, so a still gamepad polled every frame sends nothing', () => {
		const { m, sent } = mixer();
		m.set('gamepad', { accel: 0.5 });
		m.set('gamepad', { accel: 0.5 });
		m.set('gamepad', { accel: 0.5, brake: 0 });
		expect(sent).toHaveLength(1);
	});

	it('adds steering inputs and limits them to the wheel travel', () => {
		const { m } = mixer();
		m.set('keyboard', { steer_deg: 300 });
		m.set('gamepad', { steer_deg: 300 });
		expect(m.value.steer_deg).toBe(STEER_WHEEL_MAX_DEG);
		m.set('gamepad', { steer_deg: -100 });
		expect(m.value.steer_deg).toBe(200);
	});

	it('clamps pedals to 0..1 and treats NaN as released', () => {
		const { m } = mixer();
		m.set('pointer', { accel: 3, brake: NaN });
		expect(m.value).toEqual({ accel: 1, brake: 0, steer_deg: 0 });
	});

	it('release() returns a source to rest (pedals lifted when a pad is unplugged)', () => {
		const { m, sent } = mixer();
		m.set('gamepad', { accel: 0.8, steer_deg: -90 });
		m.release('gamepad');
		expect(sent.at(-1)).toEqual({ accel: 0, brake: 0, steer_deg: 0 });
	});
});
