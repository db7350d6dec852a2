/**
 * Offline VIN decoder: the check digit of 49 CFR 565.15 (transliteration, position weights, mod 11, `X`),
 * the WMI (ISO 3780) → manufacturer and region from a small table, the model year from position 10 with the
 * position-7 rule of 49 CFR 565.15(c), and the plant code. A VIN that fails the check is flagged, not
 * rejected: the report still shows what it says.
 */

/** 49 CFR 565.15(c) Table IV: letters' values (I, O and Q never occur). */
const TRANSLIT: Record<string, number> = {
	A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
	J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
	S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9
};
/** Table V: the weight of each position (position 9, the check digit itself, weighs 0). */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** Table VI: year codes of position 10, in order from 1980 (and again from 2010). */
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

/** What is wrong with a VIN's characters, or null: 17 characters from 0-9 and A-Z without I, O, Q (ISO 3779). */
export function vinProblem(vin: string): string | null {
	if (vin.length !== 17) return `a VIN has 17 characters, this one ${vin.length}`;
	for (let i = 0; i < 17; i++) {
		const c = vin[i];
		if (!/[0-9A-HJ-NPR-Z]/.test(c)) {
			return `position ${i + 1}: '${c}' is not a VIN character${/[IOQ]/.test(c) ? ' (I, O and Q are never used)' : /[a-z]/.test(c) ? ' (upper case only)' : ''}`;
		}
	}
	return null;
}

/** The check digit position 9 should hold ('0'..'9' or 'X'); assumes valid characters. */
export function checkDigit(vin: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const c = vin[i];
		const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : TRANSLIT[c];
		sum += v * WEIGHTS[i];
	}
	const r = sum % 11;
	return r === 10 ? 'X' : String(r);
}

/** WMI table: a few manufacturers by their three-character WMI (and this project's simulated vehicle). */
export const WMI: Record<string, string> = {
	ZBV: 'zonebench (simulated vehicle)',
	'1G1': 'Chevrolet (General Motors)', '1FA': 'Ford', '1FT': 'Ford (trucks)', '1HG': 'Honda (USA)', '1N4': 'Nissan (USA)',
	'2T1': 'Toyota (Canada)', '3VW': 'Volkswagen (Mexico)', '4T1': 'Toyota (USA)', '5YJ': 'Tesla',
	'7SA': 'Tesla (USA, MPV)', JHM: 'Honda', JN1: 'Nissan', JTD: 'Toyota', KMH: 'Hyundai', KNA: 'Kia',
	LRW: 'Tesla (China)', LFV: 'FAW-Volkswagen', LSV: 'SAIC Volkswagen', SAL: 'Land Rover', SAJ: 'Jaguar',
	SCC: 'Lotus', TMB: 'Škoda', VF1: 'Renault', VF3: 'Peugeot', VSS: 'SEAT', WAU: 'Audi', WBA: 'BMW',
	WBY: 'BMW (i models)', WDD: 'Mercedes-Benz', W1K: 'Mercedes-Benz', WP0: 'Porsche', WVW: 'Volkswagen',
	WV1: 'Volkswagen (commercial)', YV1: 'Volvo', YS3: 'Saab', ZFA: 'Fiat', ZAR: 'Alfa Romeo', ZFF: 'Ferrari'
};

/** Region by the first character (ISO 3780 / SAE J272 blocks), and a few countries by the first two. */
export function region(vin: string): { region: string; country: string | null } {
	const c = vin[0];
	const two = vin.slice(0, 2);
	const country: Record<string, string> = {
		'1': 'United States', '4': 'United States', '5': 'United States', '2': 'Canada', '3': 'Mexico',
		J: 'Japan', K: 'South Korea', L: 'China', S: 'United Kingdom', W: 'Germany', Y: 'Sweden/Finland',
		Z: 'Italy', T: 'Switzerland/Czechia/Hungary', V: 'France/Spain/Austria', '6': 'Australia', '9': 'Brazil'
	};
	const byTwo: Record<string, string> = { VF: 'France', VS: 'Spain', TM: 'Czechia', TR: 'Hungary', YV: 'Sweden', YS: 'Sweden', '7S': 'United States' };
	let r = 'unassigned';
	if (/[A-H]/.test(c)) r = 'Africa';
	else if (/[J-R]/.test(c)) r = 'Asia';
	else if (/[S-Z]/.test(c)) r = 'Europe';
	else if (/[1-5]/.test(c)) r = 'North America';
	else if (/[6-7]/.test(c)) r = 'Oceania';
	else if (/[89]/.test(c)) r = 'South America';
	if (c === '7' && /[F-Z0-9]/.test(vin[1])) r = 'North America';
	return { region: r, country: byTwo[two] ?? country[c] ?? null };
}

/**
 * Model year from position 10. The code repeats every 30 years; for the vehicles 49 CFR 565.15(c) covers
 * (passenger cars, MPVs, light trucks up to 10 000 lb), a digit in position 7 means 1980–2009 and a
 * letter 2010–2039. Null for a character that is not a year code (0, U, Z).
 */
export function modelYear(vin: string): { year: number; alternative: number } | null {
	const k = YEAR_CODES.indexOf(vin[9]);
	if (k < 0) return null;
	const early = 1980 + k;
	const late = early + 30;
	const letter7 = /[A-Z]/.test(vin[6]);
	return letter7 ? { year: late, alternative: early } : { year: early, alternative: late };
}

export interface VinInfo {
	vin: string;
	/** Characters or length wrong: nothing else is decoded. */
	problem: string | null;
	checkDigit: { expected: string; found: string; ok: boolean } | null;
	wmi: string;
	manufacturer: string | null;
	/** WMI ending in 9: a maker of fewer than 1000 vehicles a year, identified by positions 12–14. */
	smallManufacturer: string | null;
	region: string;
	country: string | null;
	/** Positions 4–8: vehicle descriptor section. */
	vds: string;
	modelYear: number | null;
	/** The same code 30 years apart (the rule picks one; shown for vehicles outside its scope). */
	modelYearAlternative: number | null;
	/** Position 11. */
	plant: string;
	serial: string;
}

/** Decodes a VIN; a wrong check digit is reported in `checkDigit.ok`, never thrown. */
export function decodeVin(raw: string): VinInfo {
	const vin = raw.trim();
	const problem = vinProblem(vin);
	const base: VinInfo = {
		vin,
		problem,
		checkDigit: null,
		wmi: vin.slice(0, 3),
		manufacturer: null,
		smallManufacturer: null,
		region: 'unknown',
		country: null,
		vds: vin.slice(3, 8),
		modelYear: null,
		modelYearAlternative: null,
		plant: vin[10] ?? '',
		serial: vin.slice(11)
	};
	if (problem) return base;
	const expected = checkDigit(vin);
	const r = region(vin);
	const my = modelYear(vin);
	return {
		...base,
		checkDigit: { expected, found: vin[8], ok: expected === vin[8] },
		manufacturer: WMI[base.wmi] ?? null,
		smallManufacturer: vin[2] === '9' ? vin.slice(11, 14) : null,
		region: r.region,
		country: r.country,
		modelYear: my?.year ?? null,
		modelYearAlternative: my?.alternative ?? null
	};
}
