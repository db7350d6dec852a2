/**
 * Driver controls from several sources at once (keyboard, on-screen pedals, a gamepad): each source keeps its
 * own last value; the vehicle gets the largest pedal press of any source and the sum of the steering inputs,
 * limited to the wheel's range. Only changes are sent, so a gamepad polled every animation frame costs nothing
 * while it is still.
 */
export interface DriverAxes {
	/** Accelerator pedal 0..1. */
	accel: number;
	/** Brake pedal 0..1. */
	brake: number;
	/** Steering wheel angle, degrees, positive = left. */
	steer_deg: number;
}

/** Steering-wheel travel the controls use (the CVC accepts ±675 deg; road wheel = wheel / 15). */
export const STEER_WHEEL_MAX_DEG = 450;

const clamp = (v: number, lo: number, hi: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : 0);

export class InputMixer {
	readonly #sources = new Map<string, DriverAxes>();
	#out: DriverAxes = { accel: 0, brake: 0, steer_deg: 0 };

	constructor(private readonly send: (axes: DriverAxes) => void) {}

	/** What the vehicle currently gets. */
	get value(): DriverAxes {
		return { ...this.#out };
	}

	/** Updates one source's inputs (missing fields keep that source's previous value). */
	set(source: string, p: Partial<DriverAxes>): void {
		const prev = this.#sources.get(source) ?? { accel: 0, brake: 0, steer_deg: 0 };
		this.#sources.set(source, { ...prev, ...p });
		this.#mix();
	}

	/** Forgets a source (a gamepad unplugged, a pointer lifted): its inputs return to rest. */
	release(source: string): void {
		if (this.#sources.delete(source)) this.#mix();
	}

	#mix(): void {
		let accel = 0;
		let brake = 0;
		let steer = 0;
		for (const s of this.#sources.values()) {
			accel = Math.max(accel, clamp(s.accel, 0, 1));
			brake = Math.max(brake, clamp(s.brake, 0, 1));
			steer += clamp(s.steer_deg, -STEER_WHEEL_MAX_DEG, STEER_WHEEL_MAX_DEG);
		}
		const next = { accel, brake, steer_deg: clamp(steer, -STEER_WHEEL_MAX_DEG, STEER_WHEEL_MAX_DEG) };
		const o = this.#out;
		if (next.accel === o.accel && next.brake === o.brake && next.steer_deg === o.steer_deg) return;
		this.#out = next;
		this.send({ ...next });
	}
}
