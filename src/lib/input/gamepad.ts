/**
 * Gamepad driving (Gamepad API, "standard" mapping): triggers are the pedals, the left stick steers, buttons act
 * on their press (rising edge), so holding one does not repeat it. Pure functions over a snapshot of the pad, so
 * the mapping is tested without a device; `GamepadPoller` reads `navigator.getGamepads()` once per animation frame.
 */
import { STEER_WHEEL_MAX_DEG, type DriverAxes } from './mixer';

export interface PadState {
	axes: readonly number[];
	buttons: readonly { pressed: boolean; value: number }[];
}

export type PadAction = 'runPause' | 'hazard' | 'lights' | 'indicatorLeft' | 'indicatorRight' | 'gearUp' | 'gearDown' | 'estop';

/** Standard-mapping button index → action, with the label the dashboard shows. */
export const PAD_BUTTONS: ReadonlyArray<[number, PadAction, string]> = [
	[9, 'runPause', 'Start: run / pause'],
	[3, 'hazard', 'Y: hazard lights'],
	[2, 'lights', 'X: light switch'],
	[14, 'indicatorLeft', 'D-pad ←: indicator left'],
	[15, 'indicatorRight', 'D-pad →: indicator right'],
	[5, 'gearUp', 'RB: gear P → R → N → D'],
	[4, 'gearDown', 'LB: gear D → N → R → P'],
	[1, 'estop', 'B: emergency stop (toggles)']
];
export const PAD_AXES_HELP = 'RT: accelerator · LT: brake · left stick: steering';

/** Stick travel treated as centre (worn sticks rest a few percent off). */
export const DEADZONE = 0.1;
const RT = 7;
const LT = 6;

const trigger = (p: PadState, i: number): number => {
	const v = p.buttons[i]?.value ?? 0;
	return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
};

/** Pedals and steering from the pad; the stick's dead zone is removed and the rest rescaled to full travel. */
export function padAxes(p: PadState): DriverAxes {
	const raw = p.axes[0] ?? 0;
	const x = Number.isFinite(raw) ? raw : 0;
	const mag = Math.abs(x) <= DEADZONE ? 0 : (Math.min(1, Math.abs(x)) - DEADZONE) / (1 - DEADZONE);
	// stick right (positive x) steers right, which is a negative wheel angle
	const steer = Math.round(-Math.sign(x) * mag * STEER_WHEEL_MAX_DEG);
	return { accel: trigger(p, RT), brake: trigger(p, LT), steer_deg: steer === 0 ? 0 : steer };
}

/** Actions whose button went down since `prev` (a list of pressed flags by button index); updates `prev`. */
export function padPresses(p: PadState, prev: boolean[]): PadAction[] {
	const out: PadAction[] = [];
	for (const [i, action] of PAD_BUTTONS) {
		const down = p.buttons[i]?.pressed ?? false;
		if (down && !prev[i]) out.push(action);
		prev[i] = down;
	}
	return out;
}

/** Polls the first connected gamepad once per animation frame while one is connected. */
export class GamepadPoller {
	#raf = 0;
	#prev: boolean[] = [];
	#index: number | null = null;
	#listeners: Array<[string, EventListener]> = [];

	constructor(
		private readonly on: {
			axes: (a: DriverAxes) => void;
			action: (a: PadAction) => void;
			connected: (name: string | null) => void;
			release: () => void;
		}
	) {}

	start(): void {
		if (typeof navigator === 'undefined' || typeof navigator.getGamepads !== 'function') return;
		const connect = (e: Event) => {
			const pad = (e as GamepadEvent).gamepad;
			if (this.#index === null) this.#use(pad);
		};
		const disconnect = (e: Event) => {
			if ((e as GamepadEvent).gamepad.index !== this.#index) return;
			this.#index = null;
			this.#prev = [];
			this.on.release();
			this.on.connected(null);
			const other = [...navigator.getGamepads()].find((g) => g && g.connected);
			if (other) this.#use(other);
		};
		this.#listeners = [
			['gamepadconnected', connect],
			['gamepaddisconnected', disconnect]
		];
		for (const [n, l] of this.#listeners) window.addEventListener(n, l);
		// a pad connected before this page loaded only shows up after a button press, or here if already seen
		const already = [...navigator.getGamepads()].find((g) => g && g.connected);
		if (already) this.#use(already);
	}

	#use(pad: Gamepad): void {
		this.#index = pad.index;
		// buttons already held when the pad appears are not presses
		this.#prev = pad.buttons.map((b) => b.pressed);
		this.on.connected(pad.id || `gamepad ${pad.index}`);
		if (!this.#raf) this.#raf = requestAnimationFrame(this.#poll);
	}

	#poll = (): void => {
		this.#raf = 0;
		if (this.#index === null) return;
		const pad = navigator.getGamepads()[this.#index];
		if (pad) {
			this.on.axes(padAxes(pad));
			for (const a of padPresses(pad, this.#prev)) this.on.action(a);
		}
		this.#raf = requestAnimationFrame(this.#poll);
	};

	stop(): void {
		cancelAnimationFrame(this.#raf);
		this.#raf = 0;
		for (const [n, l] of this.#listeners) window.removeEventListener(n, l);
		this.#listeners = [];
		if (this.#index !== null) this.on.release();
		this.#index = null;
	}
}
