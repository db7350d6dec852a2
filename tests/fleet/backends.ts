/** The two stores every fleet spec runs against: embedded PGlite and PostgreSQL started by the test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../server/fleet/store';
import { postgresMissing, startPostgres, type TestPostgres } from './pg';

export interface Backend {
	name: 'pglite' | 'postgres';
	/** A fresh, migrated store (PostgreSQL: a new database per call). */
	open(): Promise<Store>;
	/** Opens the same database again (a restart). */
	reopen(): Promise<Store>;
	stop(): Promise<void>;
}

const missing = postgresMissing();
if (missing) console.log(`fleet specs: PostgreSQL backend skipped: ${missing}`);
export const BACKENDS: Array<'pglite' | 'postgres'> = missing ? ['pglite'] : ['pglite', 'postgres'];

let pg: TestPostgres | null = null;
let dbN = 0;

export async function backend(name: 'pglite' | 'postgres'): Promise<Backend> {
	if (name === 'pglite') {
		const dir = mkdtempSync(join(tmpdir(), 'zb-pglite-'));
		return {
			name,
			open: () => openStore({ dir: join(dir, 'db') }),
			reopen: () => openStore({ dir: join(dir, 'db') }),
			stop: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	pg ??= await startPostgres();
	const db = `fleet_${process.pid}_${++dbN}`;
	// CREATE DATABASE takes no parameters: the name is made here, never from input
	const { default: PG } = await import('pg');
	const c = new PG.Client({ connectionString: pg.url });
	await c.connect();
	await c.query(`CREATE DATABASE ${db}`);
	await c.end();
	const url = pg.url.replace(/\/postgres$/, `/${db}`);
	return { name, open: () => openStore({ databaseUrl: url }), reopen: () => openStore({ databaseUrl: url }), stop: async () => {} };
}

/** Stops the shared PostgreSQL (afterAll of the last spec file). */
export async function stopPostgres(): Promise<void> {
	await pg?.stop();
	pg = null;
}
