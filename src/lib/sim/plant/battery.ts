/**
 * Open-circuit voltage of one NMC lithium-ion cell against state of charge, on a uniform grid so that the
 * lookup inside the 1 kHz plant step is one multiply and one interpolation, no search.
 */

// Typical NMC/graphite OCV at 25 °C, SOC 0, 0.05, ..., 1.0 (21 points): the steep knee below 10 %, the
// flat middle and the rise towards 4.18 V at full charge.
const OCV_V = Float64Array.from([
	3.0, 3.3, 3.45, 3.5, 3.55, 3.59, 3.62, 3.645, 3.67, 3.695, 3.72, 3.755, 3.79, 3.83, 3.87, 3.91, 3.95, 4.0,
	4.05, 4.1, 4.18
]);
const STEPS = OCV_V.length - 1;

/** Cell open-circuit voltage (V) at a state of charge; SOC outside [0, 1] is clamped. */
export function cellOcv(soc: number): number {
	const x = (soc <= 0 ? 0 : soc >= 1 ? 1 : soc) * STEPS;
	const i = x >= STEPS ? STEPS - 1 : Math.floor(x);
	const f = x - i;
	return OCV_V[i] + (OCV_V[i + 1] - OCV_V[i]) * f;
}

/** 12 V lead-acid battery rest voltage (V) at a state of charge (11.8 V empty … 12.7 V full). */
export function auxOcv(soc: number): number {
	return 11.8 + 0.9 * (soc <= 0 ? 0 : soc >= 1 ? 1 : soc);
}
