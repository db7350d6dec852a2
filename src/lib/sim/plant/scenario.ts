/**
 * The road a plant drives on, as data: grade and friction along the path, tunnels, obstacles, time of day.
 * Positions are metres along the path (the plant's `distance_m`), so a scenario is independent of steering.
 */

/** Piecewise-constant road properties starting at `from_m` (until the next segment). */
export interface RoadSegment {
	from_m: number;
	grade_pct?: number;
	/** Friction coefficient here (e.g. 0.3 wet ice); defaults to the scenario's/vehicle's mu. */
	mu?: number;
}

/** A stretch of path with artificial light instead of daylight. */
export interface Tunnel {
	from_m: number;
	to_m: number;
	lux?: number;
}

/** Something in the lane ahead: a parked car (speed 0) or a slower/faster moving one. */
export interface Obstacle {
	/** Position of its rear along the path at scenario time 0 (or at `appear_s`). */
	s_m: number;
	speed_mps?: number;
	length_m?: number;
	/** Present from this scenario time on (e.g. a car cutting in). */
	appear_s?: number;
	/** Gone from this scenario time on. */
	vanish_s?: number;
}

/** Scenario-level plant inputs; every field is optional. */
export interface Scenario {
	ambient_temp_c?: number;
	/** Local time at the start, hours in [0, 24); advances with virtual time. */
	time_of_day_h?: number;
	/** Default friction coefficient (overrides VehicleParams.mu_road). */
	mu?: number;
	/** Default grade in percent (rise over run ×100); positive is uphill. */
	grade_pct?: number;
	segments?: RoadSegment[];
	tunnels?: Tunnel[];
	obstacles?: Obstacle[];
	initial?: {
		speed_mps?: number;
		soc?: number;
		distance_m?: number;
		x_m?: number;
		y_m?: number;
		heading_deg?: number;
	};
}

/** Lux inside a tunnel without a `lux` value: typical interior zone lighting. */
export const TUNNEL_DEFAULT_LUX = 150;

/** Scenario with every default filled in and everything checked. */
export interface ResolvedScenario {
	ambient_temp_c: number;
	time_of_day_h: number;
	mu: number;
	grade_pct: number;
	segments: Required<RoadSegment>[];
	tunnels: Required<Tunnel>[];
	obstacles: Required<Obstacle>[];
	initial: Required<NonNullable<Scenario['initial']>>;
}

function num(v: unknown, where: string, dflt?: number): number {
	if (v === undefined && dflt !== undefined) return dflt;
	if (typeof v !== 'number' || !Number.isFinite(v)) {
		throw new Error(`${where} must be a finite number, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
	}
	return v;
}

function arr(v: unknown, where: string): unknown[] {
	if (v === undefined) return [];
	if (!Array.isArray(v)) throw new Error(`${where} must be an array`);
	return v;
}

function obj(v: unknown, where: string): Record<string, unknown> {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${where} must be an object`);
	return v as Record<string, unknown>;
}

/** Checks a scenario (possibly parsed from JSON) and fills defaults; errors name the field and index. */
export function resolveScenario(sc: Scenario | undefined, defaults: { mu: number; soc: number }): ResolvedScenario {
	const s = obj(sc ?? {}, 'scenario');
	const mu = num(s.mu, 'scenario.mu', defaults.mu);
	if (mu <= 0) throw new Error(`scenario.mu must be > 0, got ${mu}`);
	const grade_pct = num(s.grade_pct, 'scenario.grade_pct', 0);
	const time_of_day_h = num(s.time_of_day_h, 'scenario.time_of_day_h', 12);
	if (time_of_day_h < 0 || time_of_day_h >= 24) {
		throw new Error(`scenario.time_of_day_h must be in [0, 24), got ${time_of_day_h}`);
	}

	const segments = arr(s.segments, 'scenario.segments').map((raw, i) => {
		const w = `scenario.segments[${i}]`;
		const g = obj(raw, w);
		const seg = {
			from_m: num(g.from_m, `${w}.from_m`),
			grade_pct: num(g.grade_pct, `${w}.grade_pct`, grade_pct),
			mu: num(g.mu, `${w}.mu`, mu)
		};
		if (seg.mu <= 0) throw new Error(`${w}.mu must be > 0, got ${seg.mu}`);
		return seg;
	});
	for (let i = 1; i < segments.length; i++) {
		if (segments[i].from_m <= segments[i - 1].from_m) {
			throw new Error(`scenario.segments[${i}].from_m must be greater than the previous segment's from_m`);
		}
	}

	const tunnels = arr(s.tunnels, 'scenario.tunnels').map((raw, i) => {
		const w = `scenario.tunnels[${i}]`;
		const t = obj(raw, w);
		const tun = {
			from_m: num(t.from_m, `${w}.from_m`),
			to_m: num(t.to_m, `${w}.to_m`),
			lux: num(t.lux, `${w}.lux`, TUNNEL_DEFAULT_LUX)
		};
		if (tun.to_m <= tun.from_m) throw new Error(`${w}.to_m must be greater than from_m`);
		if (tun.lux < 0) throw new Error(`${w}.lux must be ≥ 0, got ${tun.lux}`);
		return tun;
	});

	const obstacles = arr(s.obstacles, 'scenario.obstacles').map((raw, i) => {
		const w = `scenario.obstacles[${i}]`;
		const o = obj(raw, w);
		const ob = {
			s_m: num(o.s_m, `${w}.s_m`),
			speed_mps: num(o.speed_mps, `${w}.speed_mps`, 0),
			length_m: num(o.length_m, `${w}.length_m`, 4.5),
			appear_s: num(o.appear_s, `${w}.appear_s`, 0),
			vanish_s: o.vanish_s === undefined ? Infinity : num(o.vanish_s, `${w}.vanish_s`)
		};
		if (ob.length_m <= 0) throw new Error(`${w}.length_m must be > 0, got ${ob.length_m}`);
		if (ob.vanish_s <= ob.appear_s) throw new Error(`${w}.vanish_s must be greater than appear_s`);
		return ob;
	});

	const ini = obj(s.initial ?? {}, 'scenario.initial');
	const initial = {
		speed_mps: num(ini.speed_mps, 'scenario.initial.speed_mps', 0),
		soc: num(ini.soc, 'scenario.initial.soc', defaults.soc),
		distance_m: num(ini.distance_m, 'scenario.initial.distance_m', 0),
		x_m: num(ini.x_m, 'scenario.initial.x_m', 0),
		y_m: num(ini.y_m, 'scenario.initial.y_m', 0),
		heading_deg: num(ini.heading_deg, 'scenario.initial.heading_deg', 0)
	};
	if (initial.soc < 0 || initial.soc > 1) throw new Error(`scenario.initial.soc must be in [0, 1], got ${initial.soc}`);

	return {
		ambient_temp_c: num(s.ambient_temp_c, 'scenario.ambient_temp_c', 20),
		time_of_day_h,
		mu,
		grade_pct,
		segments,
		tunnels,
		obstacles,
		initial
	};
}

/**
 * Daylight illuminance in lux for a local hour: a sun elevation proxy peaking at noon (≈100 klx), civil
 * twilight around 6 h and 18 h (≈400 lx at sunrise/sunset, ≈1 lx at the end of twilight), moonlight at night.
 */
export function daylightLux(hour: number): number {
	const h = ((hour % 24) + 24) % 24;
	const f = Math.sin((2 * Math.PI * (h - 6)) / 24); // +1 at noon, 0 at 6 h and 18 h
	if (f >= 0) return 400 + 100_000 * Math.pow(f, 1.3);
	return Math.max(0.1, 400 * Math.exp(f * 30));
}
