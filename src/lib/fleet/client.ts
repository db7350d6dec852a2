/**
 * The pages' side of the fleet REST API (docs/fleet.md, "API"): fetch with the token the header's Unlock
 * field keeps, and the error the server gave (a role it needs, a vehicle it does not know) as the message.
 */
import { base } from '$app/paths';

/** Where the header's Unlock field keeps the token (src/lib/live/live.svelte.ts). */
export const TOKEN_KEY = 'zonebench.live.token';

export function fleetToken(): string | null {
	return typeof localStorage === 'undefined' ? null : localStorage.getItem(TOKEN_KEY);
}

/** A refused request: `status` 401/403 means the token is missing or its role too low. */
export class FleetHttpError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

/** One call to `/api/fleet/…`; `path` starts after the prefix (`/vehicles`). */
export async function fleetFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
	const token = fleetToken();
	if (!token) throw new FleetHttpError(401, 'no token: unlock with a token in the header (reading the fleet needs role viewer, commands need operator)');
	const r = await fetch(`${base}/api/fleet${path}`, {
		method: init.method ?? 'GET',
		headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
		body: init.body !== undefined ? JSON.stringify(init.body) : undefined
	});
	const text = await r.text();
	let j: unknown = null;
	try {
		j = text ? JSON.parse(text) : null;
	} catch {
		// not JSON: the text itself is the message
	}
	if (!r.ok) {
		const msg = (j && typeof j === 'object' && 'error' in j && (j as { error: unknown }).error) || text || r.statusText;
		throw new FleetHttpError(r.status, `${r.status}: ${typeof msg === 'string' ? msg : JSON.stringify(msg)}`);
	}
	return j as T;
}

export interface FleetVehicle {
	vin: string;
	online: boolean;
	status_reason: string | null;
	last_seen: number | null;
	registered_at: number;
	firmware: Record<string, string>;
	last_status: Record<string, unknown> | null;
	telemetry_seq: number;
	dtc_seq: number;
	active_dtcs?: string[];
	decoded?: { manufacturer: string | null; region: string; country: string | null; modelYear: number | null; plant: string; serial: string; problem: string | null; checkDigit: { ok: boolean } | null };
	latest?: unknown;
}

export interface CommandEvent {
	state: string;
	at: number;
	detail: string | null;
}

export interface FleetCommand {
	id: string;
	vin: string;
	name: string;
	args: Record<string, unknown> | null;
	state: string;
	created_at: number;
	reason?: string | null;
	result?: unknown;
	events: CommandEvent[];
	[k: string]: unknown;
}

/** "3 s ago", "5 min ago": last seen at a glance. */
export function ago(ts: number | null, now = Date.now()): string {
	if (ts === null || ts === undefined) return 'never';
	const s = Math.max(0, Math.round((now - Number(ts)) / 1000));
	if (s < 60) return `${s} s ago`;
	if (s < 3600) return `${Math.round(s / 60)} min ago`;
	if (s < 86400) return `${Math.round(s / 3600)} h ago`;
	return `${Math.round(s / 86400)} d ago`;
}
