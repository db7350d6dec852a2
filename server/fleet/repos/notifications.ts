/**
 * Quality notifications: a confirmed DTC opens one per (vehicle, ECU, DTC) with its freeze frame; the same
 * DTC confirmed again while it is open counts an occurrence. Queried through the OData adapter (odata.ts).
 */
import type { Db } from '../db';
import type { SqlWhere } from '../odata';

export interface NotificationRow {
	id: number;
	vin: string;
	ecu: string;
	dtc: string;
	status: 'OPEN' | 'CLOSED';
	occurrences: number;
	freeze_frame: Record<string, unknown>;
	opened_at: number;
	updated_at: number;
	closed_at: number | null;
	closed_by: string | null;
	close_note: string | null;
}

export class NotificationRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	/** Opens one, or counts an occurrence on the open one; returns it and whether it is new. */
	async confirm(vin: string, ecu: string, dtc: string, occurrence: number | null, freeze: Record<string, unknown>, now = Date.now()): Promise<{ row: NotificationRow; opened: boolean }> {
		const up = await this.db.query<NotificationRow>(
			`UPDATE notifications SET occurrences = GREATEST(occurrences + 1, COALESCE($4, 0)), updated_at = $5 WHERE vin = $1 AND ecu = $2 AND dtc = $3 AND status = 'OPEN' RETURNING *`,
			[vin, ecu, dtc, occurrence, now]
		);
		if (up.length) return { row: up[0], opened: false };
		const ins = await this.db.query<NotificationRow & { inserted?: boolean }>(
			`INSERT INTO notifications (vin, ecu, dtc, status, occurrences, freeze_frame, opened_at, updated_at) VALUES ($1, $2, $3, 'OPEN', $4, $5, $6, $6)
			ON CONFLICT (vin, ecu, dtc) WHERE status = 'OPEN' DO UPDATE SET occurrences = notifications.occurrences + 1, updated_at = EXCLUDED.updated_at RETURNING *, (xmax = 0) AS inserted`,
			[vin, ecu, dtc, Math.max(1, occurrence ?? 1), JSON.stringify(freeze), now]
		);
		const { inserted, ...row } = ins[0];
		return { row, opened: inserted === true };
	}

	async get(id: number): Promise<NotificationRow | null> {
		return (await this.db.query<NotificationRow>('SELECT * FROM notifications WHERE id = $1', [id]))[0] ?? null;
	}

	/** Closes an open one; null when it does not exist or is closed already. */
	async close(id: number, by: string, note: string | null, now = Date.now()): Promise<NotificationRow | null> {
		const r = await this.db.query<NotificationRow>(
			`UPDATE notifications SET status = 'CLOSED', closed_at = $2, closed_by = $3, close_note = $4, updated_at = $2 WHERE id = $1 AND status = 'OPEN' RETURNING *`,
			[id, now, by, note]
		);
		return r[0] ?? null;
	}

	/** The OData query: a WHERE built from `$filter` (already parameterised), order, page. */
	async query(where: SqlWhere, orderBy: string, top: number, skip: number): Promise<{ rows: NotificationRow[]; count: number }> {
		const n = where.params.length;
		const rows = await this.db.query<NotificationRow>(`SELECT * FROM notifications WHERE ${where.sql} ORDER BY ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`, [...where.params, top, skip]);
		const [c] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE ${where.sql}`, where.params);
		return { rows, count: c.n };
	}
}
