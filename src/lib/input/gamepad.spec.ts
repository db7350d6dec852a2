import { describe, expect, it } from 'vitest';
import { DEADZONE, padAxes, padPresses, type PadState } from './gamepad';
import { STEER_WHEEL_MAX_DEG } from './mixer';

function pad(p: { x?: number; rt?: number; lt?: number; down?: number[] } = {}): PadState {
	const buttons = Array.from({ length: 17 }, (_, i) => ({ pressed: p.down?.includes(i) ?? false, value: 0 }));
	buttons[7] = { pressed: (p.rt ?? 0) > 0, value: p.rt ?? 0 };
	buttons[6] = { pressed: (p.lt ?? 0) > 0, value: p.lt ?? 0 };
	return { axes: [p.x ?? 0, 0, 0, 0], buttons };
}

describe('gamepad mapping (standard layout)', () => {
	it('triggers are the pedals: RT accelerates, LT brakes', () => {
		expect(padAxes(pad({ rt: 0.75, lt: 0.25 }))).toEqual({ accel: 0.75, brake: 0.25, steer_deg: 0 });
	});

	it('the stick steers past its dead zone: right is a negative (rightward) wheel angle, full travel at the stop', () => {
		expect(padAxes(pad({ x: DEADZONE * 0.9 })).steer_deg).toBe(0);
		expect(padAxes(pad({ x: 1 })).steer_deg).toBe(-STEER_WHEEL_MAX_DEG);
		expect(padAxes(pad({ x: -1 })).steer_deg).toBe(STEER_WHEEL_MAX_DEG);
		const half = padAxes(pad({ x: -(DEADZONE + (1 - DEADZONE) / 2) })).steer_deg;
		expect(half).toBe(STEER_WHEEL_MAX_DEG / 2);
	});

	it('a broken pad reporting NaN or out-of-range values leaves the pedals and wheel at rest or at their limit', () => {
		expect(padAxes(pad({ x: NaN, rt: NaN }))).toEqual({ accel: 0, brake: 0, steer_deg: 0 });
		expect(padAxes(pad({ rt: 2 })).accel).toBe(1);
	});

	it('buttons act once per press, not while held', () => {
		const prev: boolean[] = [];
		expect(padPresses(pad({ down: [3] }), prev)).toEqual(['hazard']);
		expect(padPresses(pad({ down: [3] }), prev)).toEqual([]);
		expect(padPresses(pad({ down: [] }), prev)).toEqual([]);
		expect(padPresses(pad({ down: [3, 9, 15] }), prev)).toEqual(['runPause', 'hazard', 'indicatorRight']);
	});
});
