/**
 * The server instances sharing this database (docs/scaling.md): each writes a heartbeat; one that stops
 * asks whether another is alive before it hands its share of the shared subscriptions over.
 */
import type { Db } from '../db';

export interface InstanceRow {
	name: string;
	client_id: string;
	shared: boolean;
	started_at: number;
	seen_at: number;
}

// any constant: the stopping instances take it one at a time (pg_advisory_xact_lock)
const HANDOVER_LOCK = 0x7a62_0001;

export class InstanceRepo {
	constructor(private db: Pick<Db, 'query'> & Partial<Pick<Db, 'tx'>>) {}

	async beat(i: Omit<InstanceRow, 'seen_at'>, now = Date.now()): Promise<void> {
		await this.db.query(
			`INSERT INTO fleet_instances (name, client_id, shared, started_at, seen_at) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (name) DO UPDATE SET client_id = EXCLUDED.client_id, shared = EXCLUDED.shared, seen_at = EXCLUDED.seen_at`,
			[i.name, i.client_id, i.shared, i.started_at, now]
		);
	}

	/** Instances seen within `aliveMs`. */
	async alive(now: number, aliveMs: number): Promise<InstanceRow[]> {
		return this.db.query<InstanceRow>('SELECT * FROM fleet_instances WHERE seen_at >= $1 ORDER BY name', [now - aliveMs]);
	}

	/**
	 * `name` stops: removes its row and returns the other instances alive. Stopping instances take turns
	 * (an advisory lock), so of two stopping at once the second sees the first gone and keeps its session.
	 */
	async leave(name: string, now: number, aliveMs: number): Promise<string[]> {
		const run = async (q: Pick<Db, 'query'>) => {
			await q.query('SELECT pg_advisory_xact_lock($1)', [HANDOVER_LOCK]);
			await q.query('DELETE FROM fleet_instances WHERE name = $1', [name]);
			return (await q.query<{ name: string }>('SELECT name FROM fleet_instances WHERE seen_at >= $1 ORDER BY name', [now - aliveMs])).map((r) => r.name);
		};
		return this.db.tx ? this.db.tx(run) : run(this.db);
	}
}
