import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRunParams, runUrl, type RunState } from './share';
import { PROFILES } from '$lib/sim/profiles';
import { SPEEDS } from '$lib/worker/pacer';

function parse(url: string) {
	const warnings: string[] = [];
	return { params: parseRunParams(url, (m) => warnings.push(m)), warnings };
}

describe('parseRunParams', () => {
	it('reads the link a user shares', () => {
		const { params, warnings } = parse('https://demo.example/?seed=7&profile=city&speed=10');
		expect(params).toEqual({ seed: 7, profile: 'city', speed: 10 });
		expect(warnings).toEqual([]);
	});

	it('a link without parameters leaves every default alone', () => {
		expect(parse('https://demo.example/trace')).toEqual({ params: {}, warnings: [] });
	});

	it('accepts "max" for as fast as possible and "off" for manual driving', () => {
		expect(parse('/?speed=max&profile=off').params).toEqual({ speed: Infinity, profile: null });
		expect(parse('/?speed=x0.5').params).toEqual({ speed: 0.5 });
	});

	it('nvm=fresh starts from erased NVM', () => {
		expect(parse('/?seed=7&nvm=fresh').params).toEqual({ seed: 7, nvm: 'fresh' });
	});

	it('flood=1 / flood=0 switch the flood mode', () => {
		expect(parse('/?flood=1').params).toEqual({ flood: true });
		expect(parse('/?flood=off').params).toEqual({ flood: false });
	});

	it.each([
		['seed=-1', 'seed'],
		['seed=1.5', 'seed'],
		['seed=abc', 'seed'],
		['seed=4294967296', 'seed'],
		['seed=1e3', 'seed'],
		['seed=', 'seed'],
		['profile=autobahn', 'profile'],
		['profile=__proto__', 'profile'],
		['speed=3', 'speed'],
		['speed=Infinity', 'speed'],
		['speed=', 'speed'],
		['nvm=erase', 'nvm'],
		['flood=yes please', 'flood']
	])('ignores ?%s with a warning naming the parameter, and keeps the good ones', (bad, name) => {
		const { params, warnings } = parse(`/?${bad}&${name === 'seed' ? 'speed=2' : 'seed=3'}`);
		expect(params).not.toHaveProperty(name);
		expect(params).toEqual(name === 'seed' ? { speed: 2 } : { seed: 3 });
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`${name}=`);
		expect(warnings[0]).toContain('expected');
	});

	it('the warning for a bad profile lists the ones that exist', () => {
		const { warnings } = parse('/?profile=autobahn');
		for (const p of Object.keys(PROFILES)) expect(warnings[0]).toContain(p);
	});

	it('never throws, whatever the URL holds', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (s, p, v) => {
				const q = new URLSearchParams({ seed: s, profile: p, speed: v });
				parseRunParams(`/?${q}`, () => {});
			})
		);
	});
});

describe('runUrl', () => {
	it('puts the run into the page URL, keeping path, hash and other parameters', () => {
		const u = new URL(runUrl('https://demo.example/zonebench/trace?filter=0x100#top', { seed: 7, profile: 'city', speed: 10 }));
		expect(u.pathname).toBe('/zonebench/trace');
		expect(u.hash).toBe('#top');
		expect(u.searchParams.get('filter')).toBe('0x100');
		expect(u.searchParams.get('seed')).toBe('7');
		expect(u.searchParams.get('profile')).toBe('city');
		expect(u.searchParams.get('speed')).toBe('10');
		// from new parts: the recipient's browser holds other NVM
		expect(u.searchParams.get('nvm')).toBe('fresh');
		expect(u.searchParams.has('flood')).toBe(false);
	});

	it('manual driving drops a profile the old URL had', () => {
		const u = new URL(runUrl('https://demo.example/?seed=1&profile=city', { seed: 2, profile: null, speed: Infinity }));
		expect(u.searchParams.has('profile')).toBe(false);
		expect(u.searchParams.get('speed')).toBe('max');
	});

	it('round-trips every valid run through the link', () => {
		const run = fc.record({
			seed: fc.integer({ min: 0, max: 0xffffffff }),
			profile: fc.constantFrom(null, ...Object.keys(PROFILES)),
			speed: fc.constantFrom(...SPEEDS),
			flood: fc.boolean()
		});
		fc.assert(
			fc.property(run, (r: RunState) => {
				const back = parseRunParams(runUrl('https://demo.example/?speed=3&seed=x', r), () => {
					throw new Error('a link we made must parse without warnings');
				});
				expect({ profile: null, flood: false, ...back }).toEqual({ ...r, nvm: 'fresh' });
			})
		);
	});

	it('refuses to make a link from a state that is not a valid run', () => {
		expect(() => runUrl('https://demo.example/', { seed: -1, profile: null, speed: 1 })).toThrow(/seed -1/);
		expect(() => runUrl('https://demo.example/', { seed: 1, profile: 'autobahn', speed: 1 })).toThrow(/autobahn.*known: idle/);
		expect(() => runUrl('https://demo.example/', { seed: 1, profile: null, speed: 3 })).toThrow(/speed 3/);
	});
});
