import { describe, expect, it } from 'vitest';
import { KnotProfile, PROFILES, WLTP3_PHASES, getProfile, type DriveProfile } from './profiles';

const KMH = 3.6;

/** Distance, top speed (km/h) and share of standstill over [a, b), sampled at 10 Hz. */
function stats(p: DriveProfile, a: number, b: number) {
	let dist = 0;
	let vmax = 0;
	let stopped = 0;
	let amax = 0;
	for (let t = a; t < b; t += 0.1) {
		const v = p.speedAt(t);
		dist += v * 0.1;
		vmax = Math.max(vmax, v);
		if (v < 0.01) stopped += 0.1;
		amax = Math.max(amax, Math.abs(p.speedAt(t + 0.1) - v) / 0.1);
	}
	return { dist, vmax_kmh: vmax * KMH, stopShare: stopped / (b - a), amax };
}

describe('drive profiles', () => {
	it('offers idle, city, highway and wltp3, and names them when the name is unknown', () => {
		expect(Object.keys(PROFILES)).toEqual(['idle', 'city', 'highway', 'wltp3']);
		expect(getProfile('city')).toBe(PROFILES.city);
		expect(() => getProfile('autobahn')).toThrow("Unknown drive profile 'autobahn'; known: idle, city, highway, wltp3");
		expect(() => getProfile('toString')).toThrow(/Unknown drive profile 'toString'/);
	});

	it('has the WLTP class 3 phase durations, top speeds and (within 8 %) distances', () => {
		const published = [
			{ name: 'low', duration: 589, vmax: 56.5, dist: 3095 },
			{ name: 'medium', duration: 433, vmax: 76.6, dist: 4756 },
			{ name: 'high', duration: 455, vmax: 97.4, dist: 7162 },
			{ name: 'extra-high', duration: 323, vmax: 131.3, dist: 8254 }
		];
		const wltp = getProfile('wltp3');
		expect(wltp.duration_s).toBe(1800);
		expect(WLTP3_PHASES.map((p) => p.name)).toEqual(published.map((p) => p.name));
		let total = 0;
		published.forEach((pub, i) => {
			const ph = WLTP3_PHASES[i];
			expect(ph.end_s - ph.start_s).toBe(pub.duration);
			const st = stats(wltp, ph.start_s, ph.end_s);
			expect(st.vmax_kmh).toBeCloseTo(pub.vmax, 6);
			expect(Math.abs(st.dist / pub.dist - 1)).toBeLessThan(0.08);
			expect(st.amax).toBeLessThan(1.7);
			expect(wltp.speedAt(ph.start_s)).toBe(0);
			total += st.dist;
		});
		expect(Math.abs(total / 23266 - 1)).toBeLessThan(0.05);
		// The low phase is the stop-and-go one; the extra-high phase hardly stops.
		expect(stats(wltp, 0, 589).stopShare).toBeGreaterThan(0.2);
		expect(stats(wltp, 1477, 1800).stopShare).toBeLessThan(0.08);
	});

	it('reaches and holds at least 100 km/h on the highway profile', () => {
		const hw = getProfile('highway');
		let run = 0;
		let longest = 0;
		for (let t = 0; t < hw.duration_s; t += 0.1) {
			run = hw.speedAt(t) * KMH >= 100 ? run + 0.1 : 0;
			longest = Math.max(longest, run);
		}
		expect(longest).toBeGreaterThan(300);
		expect(hw.speedAt(0)).toBe(0);
		expect(hw.speedAt(hw.duration_s)).toBe(0);
	});

	it('stops repeatedly in the city and never exceeds 50 km/h', () => {
		const city = getProfile('city');
		let stops = 0;
		let moving = false;
		for (let t = 0; t <= city.duration_s; t += 0.1) {
			const v = city.speedAt(t);
			if (moving && v === 0) stops++;
			moving = v > 0;
		}
		expect(stops).toBeGreaterThanOrEqual(10);
		expect(stats(city, 0, city.duration_s).vmax_kmh).toBeLessThanOrEqual(50 + 1e-9);
	});

	it('stands still for the idle profile and holds the last value past the end', () => {
		const idle = getProfile('idle');
		expect(stats(idle, 0, idle.duration_s).dist).toBe(0);
		expect(getProfile('wltp3').speedAt(5000)).toBe(0);
		expect(getProfile('wltp3').speedAt(-1)).toBe(0);
	});

	it('gives the same answer whether read forwards, backwards or at random', () => {
		const w = getProfile('wltp3');
		const times = Array.from({ length: 250 }, (_, i) => i * 7.3);
		const forwards = times.map((t) => w.speedAt(t));
		const backwards = [...times].reverse().map((t) => w.speedAt(t)).reverse();
		expect(backwards).toEqual(forwards);
		const fresh = new KnotProfile('w', '', [[0, 0], [10, 36], [20, 0]]);
		expect(fresh.speedAt(15)).toBeCloseTo(5, 12);
		expect(fresh.speedAt(5)).toBeCloseTo(5, 12);
		expect(forwards.some((v) => v > 30)).toBe(true);
	});

	it('rejects malformed knots, naming the profile and the knot', () => {
		expect(() => new KnotProfile('bad', '', [[0, 0], [0, 10]])).toThrow("Drive profile 'bad': knot 1 time 0 must increase");
		expect(() => new KnotProfile('bad', '', [[0, 0], [5, -1]])).toThrow(/knot 1 must be finite/);
		expect(() => new KnotProfile('bad', '', [[1, 0], [5, 1]])).toThrow(/knot 0 time 1 must be 0/);
	});
});
