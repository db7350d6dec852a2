/**
 * The fleet's database handle: embedded PGlite (files in `ZB_DATA/fleet`) by default, PostgreSQL when
 * `DATABASE_URL` is set. Both speak the same SQL; every query goes through `query(sql, params)` with `$n`
 * placeholders, so nothing from a client is ever spliced into SQL text (docs/fleet.md, "Storage").
 */
import { mkdirSync } from 'node:fs';

export interface Db {
	readonly kind: 'pglite' | 'postgres';
	/** Where the data lives, for logs (a URL's password is redacted). */
	readonly where: string;
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	/** Several statements without parameters (migrations). */
	exec(sql: string): Promise<void>;
	/** Runs `fn` in one transaction; a throw rolls it back. */
	tx<T>(fn: (q: Pick<Db, 'query'>) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

export interface DbOptions {
	/** `postgres://…`; unset: PGlite in `dir`. */
	databaseUrl?: string | null;
	/** PGlite's data directory; `memory://` for a throwaway database. */
	dir?: string;
}

function redact(url: string): string {
	try {
		const u = new URL(url);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return '(unparseable DATABASE_URL)';
	}
}

/** Opens the configured database (PGlite or PostgreSQL). */
export async function openDb(opts: DbOptions): Promise<Db> {
	if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
	return openPglite(opts.dir ?? 'memory://');
}

async function openPglite(dir: string): Promise<Db> {
	const { PGlite } = await import('@electric-sql/pglite');
	if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
	const pg = await PGlite.create(dir.startsWith('memory://') ? undefined : dir);
	// PGlite runs one statement at a time; a queue keeps a transaction's statements together
	let chain: Promise<unknown> = Promise.resolve();
	const serial = <T>(fn: () => Promise<T>): Promise<T> => {
		const p = chain.then(fn, fn);
		chain = p.catch(() => {});
		return p;
	};
	const q = async <T>(sql: string, params?: unknown[]): Promise<T[]> => (await pg.query<T>(sql, params ?? [])).rows;
	return {
		kind: 'pglite',
		where: dir,
		query: (sql, params) => serial(() => q(sql, params)),
		exec: (sql) => serial(async () => void (await pg.exec(sql))),
		tx: (fn) => serial(() => pg.transaction(async (t) => fn({ query: async (sql, params) => (await t.query(sql, params ?? [])).rows as never }))),
		close: () => serial(() => pg.close())
	};
}

async function openPostgres(url: string): Promise<Db> {
	const pg = (await import('pg')).default;
	// int8 (counts, epoch ms) as numbers: every value the schema keeps in int8 fits in 2^53
	const types = { getTypeParser: (oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) };
	const pool = new pg.Pool({ connectionString: url, max: 8, types: types as never });
	pool.on('error', () => {}); // an idle client's error: the next query reports it
	const c = await pool.connect().catch((e: Error) => {
		throw new Error(`DATABASE_URL=${redact(url)}: cannot connect (${e.message})`);
	});
	c.release();
	return {
		kind: 'postgres',
		where: redact(url),
		query: async (sql, params) => (await pool.query(sql, params ?? [])).rows,
		exec: async (sql) => void (await pool.query(sql)),
		async tx(fn) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const r = await fn({ query: async (sql, params) => (await client.query(sql, params ?? [])).rows });
				await client.query('COMMIT');
				return r;
			} catch (e) {
				await client.query('ROLLBACK').catch(() => {});
				throw e;
			} finally {
				client.release();
			}
		},
		close: () => pool.end()
	};
}
