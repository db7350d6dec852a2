/** The vehicle registry: who the fleet knows, online state from status/last will, firmware versions. */
import type { Db } from '../db';

export interface VehicleRow {
	vin: string;
	registered_at: number;
	registered_by: string;
	online: boolean;
	status_reason: string | null;
	last_seen: number | null;
	firmware: Record<string, string>;
	last_status: Record<string, unknown> | null;
	telemetry_seq: number;
	dtc_seq: number;
	active_dtcs?: string[];
}

export class VehicleRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	async register(vin: string, by: string, now = Date.now()): Promise<boolean> {
		const r = await this.db.query('INSERT INTO vehicles (vin, registered_at, registered_by) VALUES ($1, $2, $3) ON CONFLICT (vin) DO NOTHING RETURNING vin', [vin, now, by]);
		return r.length > 0;
	}

	async exists(vin: string): Promise<boolean> {
		return (await this.db.query('SELECT 1 FROM vehicles WHERE vin = $1', [vin])).length > 0;
	}

	/** Every vehicle with its confirmed DTCs (those whose latest event per ECU/DTC is confirmed). */
	async list(): Promise<VehicleRow[]> {
		return this.db.query<VehicleRow>(
			`SELECT v.*, COALESCE((SELECT array_agg(d.ecu || ':' || d.dtc ORDER BY d.dtc) FROM (
				SELECT DISTINCT ON (ecu, dtc) ecu, dtc, confirmed FROM dtc_events WHERE vin = v.vin ORDER BY ecu, dtc, seq DESC
			) d WHERE d.confirmed), '{}') AS active_dtcs
			FROM vehicles v ORDER BY v.vin`
		);
	}

	async get(vin: string): Promise<VehicleRow | null> {
		const all = await this.db.query<VehicleRow>(
			`SELECT v.*, COALESCE((SELECT array_agg(d.ecu || ':' || d.dtc ORDER BY d.dtc) FROM (
				SELECT DISTINCT ON (ecu, dtc) ecu, dtc, confirmed FROM dtc_events WHERE vin = v.vin ORDER BY ecu, dtc, seq DESC
			) d WHERE d.confirmed), '{}') AS active_dtcs
			FROM vehicles v WHERE v.vin = $1`,
			[vin]
		);
		return all[0] ?? null;
	}

	/**
	 * A status message (or last will): online flag, reason, firmware versions when it carries them. `at` is
	 * when the server received it: a status received before the one stored (another instance wrote a newer one
	 * first) changes nothing, so online/offline never goes backwards. Returns whether it was stored.
	 */
	async setStatus(vin: string, online: boolean, reason: string | null, status: Record<string, unknown>, firmware: Record<string, string> | null, now = Date.now(), at = now): Promise<boolean> {
		const r = await this.db.query(
			`UPDATE vehicles SET online = $2, status_reason = $3, last_status = $4, last_seen = GREATEST(COALESCE(last_seen, 0), $5), status_at = $7,
			firmware = CASE WHEN $6::jsonb IS NULL THEN firmware ELSE $6::jsonb END WHERE vin = $1 AND (status_at IS NULL OR status_at <= $7) RETURNING 1`,
			[vin, online, reason, JSON.stringify(status), now, firmware ? JSON.stringify(firmware) : null, at]
		);
		if (r.length === 0) await this.seen(vin, now);
		return r.length > 0;
	}

	async seen(vin: string, now = Date.now()): Promise<void> {
		await this.db.query('UPDATE vehicles SET last_seen = GREATEST(COALESCE(last_seen, 0), $2) WHERE vin = $1', [vin, now]);
	}
}
