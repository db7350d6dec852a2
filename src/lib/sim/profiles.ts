/**
 * Drive profiles: target speed against time, followed by the driver model. All are deterministic
 * piecewise-linear traces; after `duration_s` the target stays at its last value (standstill).
 */

/** A target-speed trace. */
export interface DriveProfile {
	name: string;
	description: string;
	duration_s: number;
	/** Target speed in m/s at time t_s (clamped to the trace's ends). */
	speedAt(t_s: number): number;
}

/** Phase boundaries of a cycle built from phases, for reporting and tests. */
export interface CyclePhase {
	name: string;
	start_s: number;
	end_s: number;
}

/** A ramp to `kmh` over `dur_s` seconds (0 km/h ramps are idles or stops). */
type Seg = readonly [dur_s: number, kmh: number];

/** Piecewise-linear profile from absolute knots [t_s, kmh]; speedAt keeps a cursor, so sequential calls are O(1). */
export class KnotProfile implements DriveProfile {
	readonly #t: Float64Array;
	readonly #v: Float64Array;
	#i = 0;

	/** Knot times must be strictly increasing and start at 0; speeds in km/h, ≥ 0. */
	constructor(
		readonly name: string,
		readonly description: string,
		knots: readonly (readonly [number, number])[]
	) {
		if (knots.length < 2) throw new Error(`Drive profile '${name}': needs at least 2 knots`);
		this.#t = new Float64Array(knots.length);
		this.#v = new Float64Array(knots.length);
		knots.forEach(([t, kmh], i) => {
			if (!Number.isFinite(t) || !Number.isFinite(kmh) || kmh < 0) {
				throw new Error(`Drive profile '${name}': knot ${i} must be finite [t_s, kmh ≥ 0], got [${t}, ${kmh}]`);
			}
			if (i === 0 ? t !== 0 : t <= knots[i - 1][0]) {
				throw new Error(`Drive profile '${name}': knot ${i} time ${t} must ${i === 0 ? 'be 0' : 'increase'}`);
			}
			this.#t[i] = t;
			this.#v[i] = kmh / 3.6;
		});
	}

	get duration_s(): number {
		return this.#t[this.#t.length - 1];
	}

	speedAt(t_s: number): number {
		const t = this.#t;
		const n = t.length;
		if (!(t_s > 0)) return this.#v[0];
		if (t_s >= t[n - 1]) return this.#v[n - 1];
		let i = this.#i;
		if (t_s < t[i]) i = 0;
		while (t[i + 1] <= t_s) i++;
		this.#i = i;
		const f = (t_s - t[i]) / (t[i + 1] - t[i]);
		return this.#v[i] + (this.#v[i + 1] - this.#v[i]) * f;
	}
}

/** Turns relative segments into absolute knots, padding each phase with idle up to its duration. */
function buildPhases(
	phases: readonly { name: string; duration_s: number; segs: readonly Seg[] }[]
): { knots: [number, number][]; phases: CyclePhase[] } {
	const knots: [number, number][] = [[0, 0]];
	const out: CyclePhase[] = [];
	let t = 0;
	for (const ph of phases) {
		const start = t;
		for (const [dur, kmh] of ph.segs) {
			t += dur;
			knots.push([t, kmh]);
		}
		const end = start + ph.duration_s;
		if (t > end) throw new Error(`Drive phase '${ph.name}': segments last ${t - start} s > ${ph.duration_s} s`);
		if (knots[knots.length - 1][1] !== 0) throw new Error(`Drive phase '${ph.name}' must end at standstill`);
		if (t < end) knots.push([end, 0]);
		t = end;
		out.push({ name: ph.name, start_s: start, end_s: end });
	}
	return { knots, phases: out };
}

function repeat(segs: readonly Seg[], times: number): Seg[] {
	const out: Seg[] = [];
	for (let i = 0; i < times; i++) out.push(...segs);
	return out;
}

/**
 * WLTP class 3-like cycle (WLTC 3b shape). NOT the official second-by-second table: a piecewise-linear
 * trace built to the published phase characteristics — durations 589/433/455/323 s (1800 s total), maximum
 * speeds 56.5/76.6/97.4/131.3 km/h, phase distances ≈3.1/4.8/7.2/8.3 km, stop shares ≈26/11/7/2 % —
 * with the same idle-first, several-micro-trips structure and accelerations below ≈1.7 m/s².
 */
const WLTP3 = buildPhases([
	{
		name: 'low',
		duration_s: 589,
		segs: [
			[11, 0],
			[6, 12], [6, 22], [10, 25], [6, 18], [8, 0], // short creep
			[20, 0],
			[8, 20], [7, 32], [25, 34], [10, 28], [15, 33], [10, 18], [6, 0],
			[25, 0],
			[10, 28], [10, 42], [20, 46], [8, 56.5], [20, 40], [20, 28], [12, 0],
			[30, 0],
			[8, 18], [6, 25], [30, 24], [10, 15], [8, 0],
			[20, 0],
			[8, 20], [10, 32], [45, 33], [10, 26], [20, 40], [25, 34], [18, 22], [10, 0]
		]
	},
	{
		name: 'medium',
		duration_s: 433,
		segs: [
			[12, 0],
			[12, 35], [10, 50], [50, 46], [15, 38], [25, 55], [15, 45], [30, 35], [20, 25], [12, 0],
			[20, 0],
			[12, 35], [15, 60], [12, 76.6], [30, 62], [30, 55], [20, 52], [30, 58], [20, 45], [20, 30], [14, 0]
		]
	},
	{
		name: 'high',
		duration_s: 455,
		segs: [
			[10, 0],
			[15, 45], [15, 70], [40, 68], [20, 58], [30, 64], [20, 55], [25, 0],
			[13, 0],
			[15, 50], [20, 80], [20, 97.4], [45, 85], [25, 70], [40, 78], [30, 72], [20, 55], [30, 35], [20, 0]
		]
	},
	{
		name: 'extra-high',
		duration_s: 323,
		segs: [
			[5, 0],
			[15, 50], [20, 80], [25, 100], [55, 112], [40, 120], [30, 126], [15, 131.3], [25, 122], [25, 105],
			[20, 80], [20, 45], [20, 0]
		]
	}
]);

/** Phase boundaries of the wltp3 profile. */
export const WLTP3_PHASES: readonly CyclePhase[] = WLTP3.phases;

// Urban stop-and-go block of 120 s: two trips to 50 and 30 km/h with a traffic-light wait.
const CITY_BLOCK: Seg[] = [
	[5, 0],
	[10, 50], [20, 50], [8, 0],
	[12, 0],
	[6, 30], [15, 30], [5, 0],
	[8, 0],
	[12, 40], [8, 50], [5, 35], [6, 0]
];

const PROFILE_LIST: DriveProfile[] = [
	new KnotProfile('idle', 'Standstill for 60 s', [
		[0, 0],
		[60, 0]
	]),
	new KnotProfile(
		'city',
		'Urban stop-and-go: a 120 s block (50/30/50 km/h trips, traffic lights) repeated 5 times',
		buildPhases([{ name: 'city', duration_s: 600, segs: repeat(CITY_BLOCK, 5) }]).knots
	),
	new KnotProfile(
		'highway',
		'Motorway: on-ramp to 120 km/h, 100–130 km/h cruise with overtakes, exit to standstill (600 s)',
		buildPhases([
			{
				name: 'highway',
				duration_s: 600,
				segs: [
					[2, 0],
					[12, 60], [14, 100], [14, 120], [120, 120], [15, 100], [90, 100], [10, 130], [60, 130],
					[15, 110], [150, 110], [20, 120], [40, 120], [25, 60], [12, 0]
				]
			}
		]).knots
	),
	new KnotProfile(
		'wltp3',
		'WLTP class 3-like cycle: low/medium/high/extra-high phases, 1800 s (shape, not the official table)',
		WLTP3.knots
	)
];

/** Built-in profiles by name. */
export const PROFILES: Readonly<Record<string, DriveProfile>> = Object.freeze(
	Object.fromEntries(PROFILE_LIST.map((p) => [p.name, p]))
);

/** Looks up a built-in profile; throws naming the known ones. */
export function getProfile(name: string): DriveProfile {
	const p = Object.hasOwn(PROFILES, name) ? PROFILES[name] : undefined;
	if (!p) throw new Error(`Unknown drive profile '${name}'; known: ${Object.keys(PROFILES).join(', ')}`);
	return p;
}
