/**
 * A run as a link: `?seed=7&profile=city&speed=10&nvm=fresh[&flood=1]`. Same seed + same profile + the same
 * (erased) NVM ⇒ the same frame stream, so the link reproduces what the sender saw. Links arrive from anywhere, so parsing never throws: a bad
 * value is dropped with a console warning and the app starts with its default for it.
 */
import { PROFILES } from '$lib/sim/profiles';
import { SPEEDS, type Speed } from '$lib/worker/pacer';

/** What a run link carries; a field is absent when the URL did not give a usable value. */
export interface RunParams {
	seed?: number;
	/** Drive profile the autopilot follows; null = manual driving ("off"). */
	profile?: string | null;
	speed?: Speed;
	/** `nvm=fresh`: the ECUs start as new parts (erased NVM) and the NVM stored in this browser is left alone. */
	nvm?: 'fresh';
	/** `flood=1`: the bench node fills the bus (a load test). */
	flood?: boolean;
}

/** The state a link is made from. */
export interface RunState {
	seed: number;
	profile: string | null;
	speed: Speed;
	/** Flood mode on; absent = off. */
	flood?: boolean;
}

const MAX_SEED = 0xffffffff;
const speedText = (s: Speed) => (s === Infinity ? 'max' : String(s));

/** Parses the run parameters of `url` (full URL, URL object or search string); bad values are ignored with a warning. */
export function parseRunParams(url: string | URL, warn: (msg: string) => void = console.warn): RunParams {
	const q = url instanceof URL ? url.searchParams : new URL(url, 'http://x/').searchParams;
	const out: RunParams = {};
	const bad = (name: string, value: string, expected: string) =>
		warn(`zonebench: ignoring URL parameter ${name}=${JSON.stringify(value)}: expected ${expected}`);

	const seed = q.get('seed');
	if (seed !== null) {
		const n = /^\d{1,10}$/.test(seed.trim()) ? Number(seed.trim()) : NaN;
		if (n <= MAX_SEED) out.seed = n;
		else bad('seed', seed, `a whole number 0…${MAX_SEED}`);
	}

	const profile = q.get('profile');
	if (profile !== null) {
		if (profile === '' || profile === 'off') out.profile = null;
		else if (Object.hasOwn(PROFILES, profile)) out.profile = profile;
		else bad('profile', profile, `off or one of ${Object.keys(PROFILES).join(', ')}`);
	}

	const speed = q.get('speed');
	if (speed !== null) {
		const s = SPEEDS.find((v) => speedText(v) === speed.trim().replace(/^[x×]/, ''));
		if (s !== undefined) out.speed = s;
		else bad('speed', speed, `one of ${SPEEDS.map(speedText).join(', ')}`);
	}

	const nvm = q.get('nvm');
	if (nvm !== null) {
		if (nvm.trim() === 'fresh') out.nvm = 'fresh';
		else bad('nvm', nvm, 'fresh');
	}

	const flood = q.get('flood');
	if (flood !== null) {
		const v = flood.trim().toLowerCase();
		if (v === '1' || v === 'on' || v === 'true') out.flood = true;
		else if (v === '0' || v === 'off' || v === 'false') out.flood = false;
		else bad('flood', flood, '1 or 0');
	}
	return out;
}

/**
 * The link that reproduces `run`: `current` (the page's URL) with seed, profile, speed and flood set, and
 * `nvm=fresh`: the recipient's browser holds other NVM (stored DTCs, a VIN), so a run is reproducible only
 * from new parts. Its path, hash and other parameters are kept so a link from /trace opens /trace.
 */
export function runUrl(current: string | URL, run: RunState): string {
	if (!Number.isInteger(run.seed) || run.seed < 0 || run.seed > MAX_SEED)
		throw new RangeError(`runUrl: seed ${run.seed} is not a whole number 0…${MAX_SEED}`);
	if (run.profile !== null && !Object.hasOwn(PROFILES, run.profile))
		throw new RangeError(`runUrl: unknown drive profile '${run.profile}'; known: ${Object.keys(PROFILES).join(', ')}`);
	if (!SPEEDS.includes(run.speed)) throw new RangeError(`runUrl: speed ${run.speed} is not one of ${SPEEDS.map(speedText).join(', ')}`);
	const u = new URL(current);
	u.searchParams.set('seed', String(run.seed));
	if (run.profile === null) u.searchParams.delete('profile');
	else u.searchParams.set('profile', run.profile);
	u.searchParams.set('speed', speedText(run.speed));
	u.searchParams.set('nvm', 'fresh');
	if (run.flood) u.searchParams.set('flood', '1');
	else u.searchParams.delete('flood');
	return u.href;
}
