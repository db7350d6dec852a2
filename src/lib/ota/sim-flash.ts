/**
 * `OtaVehicleIo.flash` for a Simulation: the tester flashes through UDS, then the vehicle checks that the ECU
 * booted the image it received (a new instance: `imageGeneration` advanced, no refusal in `lastBoot`).
 */
import type { Transport } from '../diag/client';
import type { Simulation } from '../sim/simulation';
import { ecuByName } from '../diag/catalog';
import { flashEcu, type FlashOptions } from './flasher';

export interface SimFlashOptions extends FlashOptions {
	/**
	 * Lets at least one more tick of the simulation run while waiting for the boot after the reset. Default:
	 * `sim.step(1)` (a caller that owns the simulation). In the worker the pacer steps it while it runs, so
	 * the worker waits for the pacer's next slice instead of stepping it a second time.
	 */
	step?: (sim: Simulation) => Promise<void>;
}

/** Flashes `image` into `ecu` of `sim` over `send`; null when the new image runs, else the reason. */
export async function flashInSim(sim: Simulation, send: Transport, ecu: string, image: Uint8Array, o: SimFlashOptions = {}): Promise<string | null> {
	const def = ecuByName(ecu);
	if (!def) return `no ECU '${ecu}' in the diagnostic catalog`;
	const host = sim.ecu(ecu).host;
	const gen = host.imageGeneration;
	const boot0 = host.lastBoot; // an earlier refusal is not this one's
	const refused = (): string | null => (host.lastBoot !== boot0 ? (host.lastBoot?.error ?? null) : null);
	const r = await flashEcu(send, def.req, image, o);
	if (!r.ok) return ecu === 'cvc' && r.reason?.startsWith('0x10 02 programming session: NRC 0x22') ? `vehicle not parked: the CVC allows programming only in P at standstill (${r.reason})` : r.reason;
	// the reset is confirmed; the ECU boots at the end of its next tick
	const next = o.step ?? step;
	for (let k = 0; k < 100 && host.imageGeneration === gen && !refused(); k++) await next(sim);
	if (refused()) return `the ECU refused the image at boot: ${refused()}`;
	return host.imageGeneration > gen ? null : 'the ECU did not boot the new image after the reset';
}

// one tick, for a caller that steps the simulation itself (tests, the headless vehicles)
async function step(sim: Simulation): Promise<void> {
	sim.step(1);
	await Promise.resolve();
}
