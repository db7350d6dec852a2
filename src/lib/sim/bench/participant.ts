/**
 * Bench participants: what sits on the bench's own bus node and is not an ECU — the flood generator, the
 * diagnostic tester, injected and spoofed frames, attack generators. They run on virtual time inside the
 * simulation's step, like an ECU: deterministic, and as fast as the simulation (docs/architecture.md).
 */

/** The bench node's side of the bus, handed to a participant when it is attached. */
export interface BenchPort {
	/** The bench's bus node index (a frame's `sender` equals it for the bench's own frames). */
	readonly node: number;
	/**
	 * Queues a frame in the bench node's mailboxes at virtual time `t_us`. False when the mailboxes are full
	 * or the node is bus-off; throws RangeError on a malformed frame.
	 */
	send(t_us: number, id: number, flags: number, dlc: number, data: ArrayLike<number>): boolean;
}

export interface BenchParticipant {
	/** Called once when attached, with the port to send through and the current virtual time. */
	attach?(port: BenchPort, t_us: number): void;
	/** Every 1 ms tick, after the ECUs ran and before the bus advances (`t_us`: the tick's time). */
	tick?(t_us: number): void;
	/** Every frame completed on the bus, its own included, at its end-of-frame time (data valid during the call). */
	rx?(t_us: number, id: number, flags: number, dlc: number, data: Uint8Array, offset: number, sender: number): void;
}
