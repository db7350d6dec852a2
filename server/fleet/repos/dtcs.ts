/** DTC events as the vehicles report them (`zb/v1/{vin}/dtc`), keyed by VIN and `seq`. */
import type { Db } from '../db';

export interface DtcIn {
	vin: string;
	seq: number;
	ts: number;
	received_at: number;
	ecu: string;
	dtc: string;
	status: number;
	confirmed: boolean;
	occurrence: number | null;
	payload: Record<string, unknown>;
}

export class DtcRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	/** True when new; a repeated `seq` stores nothing. */
	async insert(e: DtcIn): Promise<boolean> {
		const r = await this.db.query(
			`INSERT INTO dtc_events (vin, seq, ts, received_at, ecu, dtc, status, confirmed, occurrence, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
			ON CONFLICT (vin, seq) DO NOTHING RETURNING 1`,
			[e.vin, e.seq, e.ts, e.received_at, e.ecu, e.dtc, e.status, e.confirmed, e.occurrence, JSON.stringify(e.payload)]
		);
		if (r.length) await this.db.query('UPDATE vehicles SET dtc_seq = GREATEST(dtc_seq, $2) WHERE vin = $1', [e.vin, e.seq]);
		return r.length > 0;
	}

	async history(vin: string, limit = 500): Promise<DtcIn[]> {
		return this.db.query<DtcIn>('SELECT vin, seq, ts, received_at, ecu, dtc, status, confirmed, occurrence, payload FROM dtc_events WHERE vin = $1 ORDER BY seq DESC LIMIT $2', [vin, limit]);
	}
}
