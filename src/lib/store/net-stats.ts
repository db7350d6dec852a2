/**
 * The network view's statistics, kept for the whole session like CANoe's statistics window: counted from
 * boot, not from the first visit to /network, and not lost when the user looks at another page.
 */
import { NetStats, e2eDataIds } from '$lib/can/net-stats';
import type { DbcCodec } from '$lib/can/dbc/codec';
import { source } from './source.svelte';

export const netStats = new NetStats();
let following = false;
let codecInUse: DbcCodec | null | undefined;

/** Starts counting (once); called by the root layout at boot. */
export function followNetwork(): void {
	if (following) return;
	following = true;
	source.onFrames((b) => netStats.add(b));
	source.onSession(() => netStats.clear());
}

/** A new DBC changes which identifiers are E2E protected: the counts start over (only when it really changed). */
export function useNetworkCodec(codec: DbcCodec | null): boolean {
	if (codec === codecInUse) return false;
	codecInUse = codec;
	netStats.setE2e(codec ? e2eDataIds(codec.dbc) : new Map());
	return true;
}
