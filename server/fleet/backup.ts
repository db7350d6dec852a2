/**
 * Backup and restore of the fleet store, the same for PGlite and PostgreSQL: a JSON Lines file, one
 * header line (`{format, schema_version, tables}`) then one line per row (`{t: table, r: row}`), tables in
 * foreign-key order. A backup from one backend restores into the other. Restore refuses a non-empty store
 * and a backup from a newer schema; it runs in one transaction (all or nothing).
 */
import { createWriteStream, readFileSync } from 'node:fs';
import type { Db } from './db';

export const FORMAT = 'zonebench-fleet-backup/1';
/** Foreign-key order: a row's parents come first. */
export const TABLES = ['vehicles', 'telemetry', 'telemetry_rollup', 'dtc_events', 'commands', 'command_events', 'notifications', 'api_tokens', 'audit_log', 'ota_images', 'ota_campaigns', 'ota_campaign_vehicles', 'ota_events'] as const;
const SERIALS: Record<string, string> = { command_events: 'id', notifications: 'id', audit_log: 'id', ota_events: 'id' };

async function schemaVersion(db: Pick<Db, 'query'>): Promise<number> {
	const [r] = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
	return r.v ?? 0;
}

/** Writes every row to `file`; returns rows per table. */
export async function backup(db: Db, file: string): Promise<Record<string, number>> {
	const out = createWriteStream(file);
	let failed: Error | null = null;
	out.on('error', (e) => (failed = e));
	const write = (s: string) =>
		new Promise<void>((res, rej) => {
			if (failed) return rej(failed);
			if (out.write(s)) res();
			else out.once('drain', res);
		});
	const counts: Record<string, number> = {};
	await write(JSON.stringify({ format: FORMAT, schema_version: await schemaVersion(db), tables: TABLES, at: Date.now() }) + '\n');
	for (const t of TABLES) {
		counts[t] = 0;
		// pages by ctid-free keyset would need each table's key; OFFSET pages are fine for a backup's sizes
		for (let off = 0; ; off += 5000) {
			const rows = await db.query<Record<string, unknown>>(`SELECT * FROM ${t} ORDER BY 1 LIMIT 5000 OFFSET $1`, [off]);
			for (const r of rows) {
				if (t === 'ota_images') r.data = Buffer.from(r.data as Uint8Array).toString('base64');
				await write(JSON.stringify({ t, r }) + '\n');
			}
			counts[t] += rows.length;
			if (rows.length < 5000) break;
		}
	}
	await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
	return counts;
}

/** Reads `file` into an empty store; throws naming the line on a bad one (nothing is kept then). */
export async function restore(db: Db, file: string): Promise<Record<string, number>> {
	// read before the transaction: a stream consumed between awaits inside it would lose lines
	const lines = readFileSync(file, 'utf8').split('\n');
	const counts: Record<string, number> = {};
	await db.tx(async (q) => {
		for (const t of TABLES) {
			const [r] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
			if (r.n > 0) throw new Error(`restore: the store is not empty (${t} has ${r.n} rows); restore into a new ZB_DATA or database`);
		}
		let n = 0;
		let header: { format?: string; schema_version?: number } | null = null;
		const cols = new Map<string, Set<string>>();
		for (const t of TABLES) cols.set(t, new Set((await q.query<{ c: string }>('SELECT column_name AS c FROM information_schema.columns WHERE table_name = $1', [t])).map((x) => x.c)));
		for (const line of lines) {
			n++;
			if (line.trim() === '') continue;
			let v: { t?: string; r?: Record<string, unknown> } & Record<string, unknown>;
			try {
				v = JSON.parse(line);
			} catch (e) {
				throw new Error(`${file}:${n}: not JSON (${(e as Error).message})`);
			}
			if (!header) {
				if (v.format !== FORMAT) throw new Error(`${file}:1: not a fleet backup (format ${JSON.stringify(v.format)}, expected ${FORMAT})`);
				const h = { format: String(v.format), schema_version: typeof v.schema_version === 'number' ? v.schema_version : 0 };
				header = h;
				const mine = await schemaVersion(q);
				if (h.schema_version > mine) throw new Error(`${file}: schema version ${h.schema_version} is newer than this server's (${mine}); update the server first`);
				continue;
			}
			const t = v.t;
			const known = t ? cols.get(t) : undefined;
			if (!t || !known || !v.r) throw new Error(`${file}:${n}: unknown table ${JSON.stringify(t)}`);
			const keys = Object.keys(v.r);
			for (const k of keys) if (!known.has(k)) throw new Error(`${file}:${n}: ${t} has no column '${k}'`);
			const vals = keys.map((k) => {
				const x = v.r![k];
				if (t === 'ota_images' && k === 'data') return Buffer.from(String(x), 'base64');
				return x !== null && typeof x === 'object' ? JSON.stringify(x) : x;
			});
			await q.query(`INSERT INTO ${t} (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')})`, vals);
			counts[t] = (counts[t] ?? 0) + 1;
		}
		if (!header) throw new Error(`${file}: empty`);
		// serial columns continue after the restored ids
		for (const [t, c] of Object.entries(SERIALS)) await q.query(`SELECT setval(pg_get_serial_sequence('${t}', '${c}'), GREATEST((SELECT max(${c}) FROM ${t}), 1))`);
	});
	return counts;
}
