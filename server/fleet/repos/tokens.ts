/** API tokens kept in the database (only their SHA-256), each with a role; the server's ZB_TOKEN is admin. */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { uuidv7 } from '../uuid7';

export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenRow {
	id: string;
	name: string;
	role: Role;
	created_at: number;
	created_by: string;
	revoked_at: number | null;
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export class TokenRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	/** Makes a token; the secret is returned this once and never stored. */
	async create(name: string, role: Role, by: string): Promise<{ row: TokenRow; token: string }> {
		const token = `zbf_${randomBytes(24).toString('hex')}`;
		const id = uuidv7();
		const [row] = await this.db.query<TokenRow>(
			'INSERT INTO api_tokens (id, name, role, sha256, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id, name, role, created_at, created_by, revoked_at',
			[id, name, role, sha256(token), Date.now(), by]
		);
		return { row, token };
	}

	/** The token's row when it exists and is not revoked (looked up by hash: equal hashes, no timing leak of the secret). */
	async find(token: string): Promise<TokenRow | null> {
		const r = await this.db.query<TokenRow>('SELECT id::text AS id, name, role, created_at, created_by, revoked_at FROM api_tokens WHERE sha256 = $1 AND revoked_at IS NULL', [sha256(token)]);
		return r[0] ?? null;
	}

	async list(): Promise<TokenRow[]> {
		return this.db.query<TokenRow>('SELECT id::text AS id, name, role, created_at, created_by, revoked_at FROM api_tokens ORDER BY created_at');
	}

	async revoke(id: string): Promise<boolean> {
		return (await this.db.query('UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING 1', [id, Date.now()])).length > 0;
	}
}
