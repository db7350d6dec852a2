/** Commands and every state change they went through (docs/fleet.md, "Commands"). */
import type { Db } from '../db';

export const COMMAND_STATES = ['QUEUED', 'SENT', 'DELIVERED', 'COMPLETED', 'REJECTED', 'FAILED', 'TIMEOUT', 'EXPIRED'] as const;
export type CommandState = (typeof COMMAND_STATES)[number];
export const FINAL_STATES: ReadonlySet<CommandState> = new Set(['COMPLETED', 'REJECTED', 'FAILED', 'TIMEOUT', 'EXPIRED']);

export interface CommandRow {
	id: string;
	vin: string;
	name: string;
	args: Record<string, unknown>;
	priority: number;
	ttl_ms: number;
	timeout_ms: number;
	idempotency_key: string | null;
	state: CommandState;
	reason: string | null;
	result: unknown;
	created_by: string;
	created_at: number;
	expires_at: number;
	sent_at: number | null;
	delivered_at: number | null;
	finished_at: number | null;
	updated_at: number;
}

export interface CommandEvent {
	state: CommandState;
	at: number;
	detail: string | null;
}

const COLS = 'id::text AS id, vin, name, args, priority, ttl_ms, timeout_ms, idempotency_key, state, reason, result, created_by, created_at, expires_at, sent_at, delivered_at, finished_at, updated_at';

export class CommandRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	/** Inserts a QUEUED command; with an idempotency key already used for this vehicle, returns that one. */
	async create(c: Omit<CommandRow, 'state' | 'reason' | 'result' | 'sent_at' | 'delivered_at' | 'finished_at' | 'updated_at'>): Promise<{ row: CommandRow; created: boolean }> {
		const r = await this.db.query<CommandRow>(
			`INSERT INTO commands (id, vin, name, args, priority, ttl_ms, timeout_ms, idempotency_key, state, created_by, created_at, expires_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'QUEUED', $9, $10, $11, $10) ON CONFLICT DO NOTHING RETURNING ${COLS}`,
			[c.id, c.vin, c.name, JSON.stringify(c.args), c.priority, c.ttl_ms, c.timeout_ms, c.idempotency_key, c.created_by, c.created_at, c.expires_at]
		);
		if (r.length) {
			await this.event(c.id, 'QUEUED', c.created_at, null);
			return { row: r[0], created: true };
		}
		const had = await this.db.query<CommandRow>(`SELECT ${COLS} FROM commands WHERE vin = $1 AND idempotency_key = $2`, [c.vin, c.idempotency_key]);
		if (!had.length) throw new Error(`command ${c.id} was neither inserted nor found by its idempotency key`);
		return { row: had[0], created: false };
	}

	async get(id: string): Promise<CommandRow | null> {
		return (await this.db.query<CommandRow>(`SELECT ${COLS} FROM commands WHERE id = $1`, [id]))[0] ?? null;
	}

	async listForVehicle(vin: string, limit = 200): Promise<CommandRow[]> {
		return this.db.query<CommandRow>(`SELECT ${COLS} FROM commands WHERE vin = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [vin, limit]);
	}

	/** Commands not in a final state, highest priority first, then oldest. */
	async open(vin?: string): Promise<CommandRow[]> {
		const where = `state IN ('QUEUED', 'SENT', 'DELIVERED')${vin ? ' AND vin = $1' : ''}`;
		return this.db.query<CommandRow>(`SELECT ${COLS} FROM commands WHERE ${where} ORDER BY priority DESC, created_at, id`, vin ? [vin] : []);
	}

	/**
	 * Claims a QUEUED command for `by` to publish: true when no other instance holds a claim younger than
	 * `leaseMs` (a compare-and-set, so of several instances dispatching the same vehicle one publishes).
	 */
	async claim(id: string, by: string, now: number, leaseMs: number): Promise<boolean> {
		const r = await this.db.query(
			`UPDATE commands SET claimed_by = $2, claimed_at = $3 WHERE id = $1 AND state = 'QUEUED'
			AND (claimed_at IS NULL OR claimed_by = $2 OR claimed_at < $3 - $4::bigint) RETURNING 1`,
			[id, by, now, leaseMs]
		);
		return r.length > 0;
	}

	/** Gives a claim up (the publish failed): another instance may send the command at once. */
	async release(id: string, by: string): Promise<void> {
		await this.db.query('UPDATE commands SET claimed_at = NULL WHERE id = $1 AND claimed_by = $2', [id, by]);
	}

	/** Open commands past their TTL (QUEUED) or their timeout (SENT/DELIVERED) by more than `graceMs`. */
	async overdue(now: number, graceMs: number): Promise<CommandRow[]> {
		return this.db.query<CommandRow>(
			`SELECT ${COLS} FROM commands WHERE (state = 'QUEUED' AND expires_at < $1 - $2::bigint)
			OR (state IN ('SENT', 'DELIVERED') AND COALESCE(sent_at, created_at) + timeout_ms < $1 - $2::bigint) ORDER BY created_at LIMIT 500`,
			[now, graceMs]
		);
	}

	/**
	 * Moves a command to `to` only from one of `from` (a compare-and-set, so a late or repeated ACK cannot
	 * move a finished command); returns the updated row or null when it was not in `from`.
	 */
	async transition(id: string, from: readonly CommandState[], to: CommandState, at: number, detail: string | null, result?: unknown): Promise<CommandRow | null> {
		const stamp = to === 'SENT' ? 'sent_at' : to === 'DELIVERED' ? 'delivered_at' : FINAL_STATES.has(to) ? 'finished_at' : null;
		// the change and its event in one statement: an instance whose transition waits for this row's lock
		// writes its event after this one, so the events are in the order the states were taken
		const r = await this.db.query<CommandRow>(
			`WITH u AS (
				UPDATE commands SET state = $2, updated_at = $3, reason = COALESCE($4, reason), result = COALESCE($5::jsonb, result)${stamp ? `, ${stamp} = $3` : ''}
				WHERE id = $1 AND state = ANY($6::text[]) RETURNING ${COLS}
			), e AS (INSERT INTO command_events (command_id, state, at, detail) SELECT id::uuid, $2, $3, $7 FROM u)
			SELECT * FROM u`,
			[id, to, at, FINAL_STATES.has(to) ? detail : null, result === undefined ? null : JSON.stringify(result), from, detail]
		);
		return r[0] ?? null;
	}

	async event(id: string, state: CommandState, at: number, detail: string | null): Promise<void> {
		await this.db.query('INSERT INTO command_events (command_id, state, at, detail) VALUES ($1, $2, $3, $4)', [id, state, at, detail]);
	}

	async events(id: string): Promise<CommandEvent[]> {
		return this.db.query<CommandEvent>('SELECT state, at, detail FROM command_events WHERE command_id = $1 ORDER BY id', [id]);
	}
}
