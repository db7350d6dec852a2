/**
 * A babbling node: a controller gone wrong that sends one high-priority identifier back to back. It is the
 * flood generator with the top-priority ID instead of the bottom one, so it wins every arbitration and the
 * ECUs' frames wait in their mailboxes: heartbeats stop, the SC and the CVC see the silence (docs/faults.md).
 */
import { FloodGenerator } from './flood';

/** A bench participant that babbles `id` (default 0x000, the highest priority) with `dlc` bytes. */
export function babblingNode(id = 0, dlc = 8): FloodGenerator {
	return new FloodGenerator({ id, dlc });
}
