/**
 * Versioned migrations: `server/fleet/migrations/NNN_name.sql`, applied in order, each in its own
 * transaction, recorded in `schema_migrations`. A file already applied is never run again; a migration
 * changed after it was applied is reported (its checksum differs) rather than silently ignored.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

export interface Migration {
	version: number;
	name: string;
	sql: string;
	sha: string;
}

/** The migration files in order; throws on a name that is not `NNN_name.sql` or a repeated number. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
	const out: Migration[] = [];
	for (const f of readdirSync(dir).sort()) {
		if (!f.endsWith('.sql')) continue;
		const m = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(f);
		if (!m) throw new Error(`${join(dir, f)}: a migration is named NNN_name.sql`);
		const sql = readFileSync(join(dir, f), 'utf8');
		const version = Number(m[1]);
		if (out.some((x) => x.version === version)) throw new Error(`${join(dir, f)}: migration ${m[1]} exists twice`);
		out.push({ version, name: m[2], sql, sha: createHash('sha256').update(sql).digest('hex') });
	}
	return out;
}

// any constant: server instances starting at the same moment on one PostgreSQL migrate one at a time
const MIGRATE_LOCK = 0x7a62_0000;

/** Applies what is missing; returns the versions applied now. */
export async function migrate(db: Db, log: (t: string) => void = () => {}, dir = MIGRATIONS_DIR): Promise<number[]> {
	// CREATE TABLE IF NOT EXISTS is not safe against itself in another session: under the lock it is
	await db.tx(async (q) => {
		await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
		await q.query('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL, applied_at bigint NOT NULL)');
	});
	const done = new Map((await db.query<{ version: number; sha256: string }>('SELECT version, sha256 FROM schema_migrations')).map((r) => [r.version, r.sha256]));
	const applied: number[] = [];
	for (const m of readMigrations(dir)) {
		const had = done.get(m.version);
		if (had !== undefined) {
			if (had !== m.sha) log(`fleet: migration ${m.version}_${m.name} changed after it was applied (checksum differs); not run again`);
			continue;
		}
		const ran = await db.tx(async (q) => {
			await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
			// another instance may have applied it while this one waited for the lock
			if ((await q.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version])).length) return false;
			// one statement per query: PostgreSQL's extended protocol takes one statement at a time
			for (const stmt of splitSql(m.sql)) await q.query(stmt);
			await q.query('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES ($1, $2, $3, $4)', [m.version, m.name, m.sha, Date.now()]);
			return true;
		});
		if (!ran) continue;
		log(`fleet: applied migration ${String(m.version).padStart(3, '0')}_${m.name}`);
		applied.push(m.version);
	}
	return applied;
}

/** Splits a migration at `;` ending a line (the files keep one statement per `;`, no functions). */
export function splitSql(sql: string): string[] {
	return sql
		.replace(/--[^\n]*/g, '')
		.split(/;\s*(?:\n|$)/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}
