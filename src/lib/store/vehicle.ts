/**
 * A simulated vehicle the page can drive: the one in this tab's worker (SimClient) or the one the live
 * server runs (LiveVehicle, commands over the WebSocket). The dashboard and the control bar drive
 * whichever the source switch points at.
 */
import type { DriverInputs, FloodOptions, SimSnapshot } from '$lib/sim/simulation';
import type { Speed } from '$lib/worker/pacer';

export interface Vehicle {
	/** `tab`: this tab's worker; `server`: the live server's simulated vehicle; `replay`: a recording played back (drives nothing). */
	readonly where: 'tab' | 'server' | 'replay';
	readonly ready: boolean;
	readonly running: boolean;
	readonly speed: Speed;
	readonly seed: number;
	readonly profile: string | null;
	readonly flood: boolean;
	readonly snapshot: SimSnapshot | null;
	readonly framesReceived: number;
	/** Single stepping exists only where the page owns the clock (this tab). */
	readonly canStep: boolean;
	start(): Promise<void>;
	pause(): Promise<void>;
	step(ms?: number): Promise<void>;
	setSpeed(s: Speed): Promise<void>;
	reset(seed?: number): Promise<void>;
	setInputs(p: Partial<DriverInputs>): Promise<void>;
	setAutopilot(profile: string | null): Promise<void>;
	setFlood(on: boolean | FloodOptions): Promise<void>;
	powerOff(ecu: string): Promise<void>;
}
