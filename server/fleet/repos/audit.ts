/** The audit log: every write through the API (who, role, method, path, outcome). */
import type { Db } from '../db';

export interface AuditRow {
	id: number;
	at: number;
	actor: string;
	role: string;
	method: string;
	path: string;
	status: number;
	detail: unknown;
}

export class AuditRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	async add(e: Omit<AuditRow, 'id' | 'at'>, at = Date.now()): Promise<void> {
		await this.db.query('INSERT INTO audit_log (at, actor, role, method, path, status, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
			at, e.actor, e.role, e.method, e.path, e.status, e.detail === undefined ? null : JSON.stringify(e.detail)
		]);
	}

	async list(limit = 200, before?: number): Promise<AuditRow[]> {
		return before === undefined
			? this.db.query<AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit])
			: this.db.query<AuditRow>('SELECT * FROM audit_log WHERE id < $2 ORDER BY id DESC LIMIT $1', [limit, before]);
	}
}
