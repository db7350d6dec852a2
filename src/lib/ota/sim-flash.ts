/**
 * `OtaVehicleIo.flash` for a Simulation: the tester flashes through UDS, then the vehicle checks that the ECU
 * booted the image it received (a new instance: `imageGeneration` advanced, no refusal in `lastBoot`).
 */
import type { Transport } from '../diag/client';
import type { Simulation } from '../sim/simulation';
import { ecuByName } from '../diag/catalog';
import { flashEcu, type FlashOptions } from './flasher';

/** Flashes `image` into `ecu` of `sim` over `send`; null when the new image runs, else the reason. */
export async function flashInSim(sim: Simulation, send: Transport, ecu: string, image: Uint8Array, o: FlashOptions = {}): Promise<string | null> {
	const def = ecuByName(ecu);
	if (!def) return `no ECU '${ecu}' in the diagnostic catalog`;
	const host = sim.ecu(ecu).host;
	const gen = host.imageGeneration;
	const r = await flashEcu(send, def.req, image, o);
	if (!r.ok) return r.reason;
	// the reset is confirmed; the ECU boots at the end of its next tick
	for (let k = 0; k < 100 && host.imageGeneration === gen && !host.lastBoot?.error; k++) await step(sim);
	if (host.lastBoot?.error) return `the ECU refused the image at boot: ${host.lastBoot.error}`;
	return host.imageGeneration > gen ? null : 'the ECU did not boot the new image after the reset';
}

// lets a caller that steps the simulation elsewhere (a worker loop) do so; in tests, one tick
async function step(sim: Simulation): Promise<void> {
	sim.step(1);
	await Promise.resolve();
}
