/**
 * Telemetry history: one row per MQTT telemetry message (`signals` as JSON, keyed by VIN and `seq`, so a
 * duplicate is refused by the primary key), queries by VSS path with downsampling into time buckets, gaps
 * in `seq`, and retention (old raw rows rolled up into per-minute min/max/avg, then deleted).
 */
import type { Db } from '../db';

export interface TelemetryIn {
	vin: string;
	seq: number;
	ts: number;
	t_us: number | null;
	received_at: number;
	replayed: boolean;
	signals: Record<string, unknown>;
}

export interface SeriesPoint {
	t: number;
	min: number;
	max: number;
	avg: number;
	n: number;
}

export interface Gap {
	/** First missing seq. */
	from: number;
	to: number;
	/** Wall time of the messages either side. */
	after_ts: number;
	before_ts: number;
}

export class TelemetryRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	/** Inserts a batch; returns the `vin/seq` keys that were new (a duplicate seq stores nothing). */
	async insertMany(rows: TelemetryIn[]): Promise<Set<string>> {
		if (rows.length === 0) return new Set();
		const params: unknown[] = [];
		const values: string[] = [];
		// in key order: two instances inserting overlapping batches lock the keys in the same order, so they
		// wait for each other instead of deadlocking (PostgreSQL's ON CONFLICT takes the key locks one by one)
		const sorted = [...rows].sort((a, b) => (a.vin < b.vin ? -1 : a.vin > b.vin ? 1 : a.seq - b.seq));
		for (const r of sorted) {
			const b = params.length;
			params.push(r.vin, r.seq, r.ts, r.t_us, r.received_at, r.replayed, JSON.stringify(r.signals));
			values.push(`($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}::jsonb)`);
		}
		const got = await this.db.query<{ vin: string; seq: number }>(
			`INSERT INTO telemetry (vin, seq, ts, t_us, received_at, replayed, signals) VALUES ${values.join(', ')} ON CONFLICT (vin, seq) DO NOTHING RETURNING vin, seq`,
			params
		);
		const fresh = new Set(got.map((g) => `${g.vin}/${g.seq}`));
		// the highest seq per vehicle, for "replayed" detection at the next message
		const top = new Map<string, number>();
		for (const r of rows) if (fresh.has(`${r.vin}/${r.seq}`)) top.set(r.vin, Math.max(top.get(r.vin) ?? 0, r.seq));
		for (const [vin, seq] of top) await this.db.query('UPDATE vehicles SET telemetry_seq = GREATEST(telemetry_seq, $2) WHERE vin = $1', [vin, seq]);
		return fresh;
	}

	async latest(vin: string): Promise<{ ts: number; seq: number; signals: Record<string, unknown> } | null> {
		const r = await this.db.query<{ ts: number; seq: number; signals: Record<string, unknown> }>('SELECT ts, seq, signals FROM telemetry WHERE vin = $1 ORDER BY seq DESC LIMIT 1', [vin]);
		return r[0] ?? null;
	}

	/** Every VSS path seen for the vehicle within [from, to]. */
	async paths(vin: string, from: number, to: number): Promise<string[]> {
		const r = await this.db.query<{ p: string }>(
			`SELECT DISTINCT k AS p FROM telemetry, jsonb_object_keys(signals) k WHERE vin = $1 AND ts BETWEEN $2 AND $3
			UNION SELECT DISTINCT path FROM telemetry_rollup WHERE vin = $1 AND t0 BETWEEN $2 AND $3 ORDER BY 1`,
			[vin, from, to]
		);
		return r.map((x) => x.p);
	}

	/**
	 * A numeric VSS path over [from, to] in buckets of `bucketMs` (min/max/avg/n): raw rows where they are
	 * kept, the rollup where retention has removed them. Booleans count as 0/1.
	 */
	async series(vin: string, path: string, from: number, to: number, bucketMs: number): Promise<SeriesPoint[]> {
		const raw = await this.db.query<SeriesPoint>(
			`SELECT (ts / $5) * $5 AS t, min(v) AS min, max(v) AS max, avg(v) AS avg, count(*)::int AS n FROM (
				SELECT ts, CASE jsonb_typeof(signals -> $2) WHEN 'number' THEN (signals ->> $2)::float8
					WHEN 'boolean' THEN CASE WHEN (signals ->> $2)::boolean THEN 1 ELSE 0 END END AS v
				FROM telemetry WHERE vin = $1 AND ts BETWEEN $3 AND $4 AND signals ? $2
			) x WHERE v IS NOT NULL GROUP BY 1 ORDER BY 1`,
			[vin, path, from, to, bucketMs]
		);
		const rolled = await this.db.query<SeriesPoint>(
			`SELECT (t0 / $5) * $5 AS t, min(vmin) AS min, max(vmax) AS max, sum(vavg * n) / sum(n) AS avg, sum(n)::int AS n
			FROM telemetry_rollup WHERE vin = $1 AND path = $2 AND t0 BETWEEN $3 AND $4 GROUP BY 1 ORDER BY 1`,
			[vin, path, from, to, bucketMs]
		);
		if (rolled.length === 0) return raw;
		const byT = new Map<number, SeriesPoint>(rolled.map((p) => [p.t, p]));
		for (const p of raw) {
			const o = byT.get(p.t);
			if (!o) byT.set(p.t, p);
			else byT.set(p.t, { t: p.t, min: Math.min(o.min, p.min), max: Math.max(o.max, p.max), n: o.n + p.n, avg: (o.avg * o.n + p.avg * p.n) / (o.n + p.n) });
		}
		return [...byT.values()].sort((a, b) => a.t - b.t);
	}

	/** Missing `seq` ranges and how many messages arrived late (replayed), in [from, to]. */
	async gaps(vin: string, from: number, to: number): Promise<{ gaps: Gap[]; replayed: number; received: number }> {
		const gaps = await this.db.query<Gap>(
			`SELECT prev_seq + 1 AS from, seq - 1 AS to, prev_ts AS after_ts, ts AS before_ts FROM (
				SELECT seq, ts, lag(seq) OVER (ORDER BY seq) AS prev_seq, lag(ts) OVER (ORDER BY seq) AS prev_ts
				FROM telemetry WHERE vin = $1 AND ts BETWEEN $2 AND $3
			) x WHERE prev_seq IS NOT NULL AND seq > prev_seq + 1 ORDER BY seq`,
			[vin, from, to]
		);
		const [c] = await this.db.query<{ replayed: number; received: number }>(
			'SELECT count(*) FILTER (WHERE replayed)::int AS replayed, count(*)::int AS received FROM telemetry WHERE vin = $1 AND ts BETWEEN $2 AND $3',
			[vin, from, to]
		);
		return { gaps, replayed: c.replayed, received: c.received };
	}

	/** Replayed messages' time ranges (for the vehicle page), newest first. */
	async replays(vin: string, from: number, to: number, limit = 200): Promise<Array<{ seq: number; ts: number; received_at: number }>> {
		return this.db.query('SELECT seq, ts, received_at FROM telemetry WHERE vin = $1 AND replayed AND ts BETWEEN $2 AND $3 ORDER BY seq DESC LIMIT $4', [vin, from, to, limit]);
	}

	/**
	 * Retention: raw rows older than `rawBefore` are rolled up into `bucketMs` buckets per numeric path,
	 * then deleted; rollups older than `rollupBefore` are deleted. Returns the rows affected.
	 */
	async retain(rawBefore: number, rollupBefore: number, bucketMs = 60_000): Promise<{ rolledUp: number; deleted: number; rollupsDeleted: number }> {
		const ins = await this.db.query(
			`INSERT INTO telemetry_rollup (vin, path, bucket_ms, t0, n, vmin, vmax, vavg)
			SELECT vin, k, $2, (ts / $2) * $2, count(*), min(v), max(v), avg(v) FROM (
				SELECT vin, ts, k, CASE jsonb_typeof(signals -> k) WHEN 'number' THEN (signals ->> k)::float8
					WHEN 'boolean' THEN CASE WHEN (signals ->> k)::boolean THEN 1 ELSE 0 END END AS v
				FROM telemetry, jsonb_object_keys(signals) k WHERE ts < $1
			) x WHERE v IS NOT NULL GROUP BY vin, k, (ts / $2) * $2
			ON CONFLICT (vin, path, bucket_ms, t0) DO UPDATE SET
				vavg = (telemetry_rollup.vavg * telemetry_rollup.n + EXCLUDED.vavg * EXCLUDED.n) / (telemetry_rollup.n + EXCLUDED.n),
				n = telemetry_rollup.n + EXCLUDED.n, vmin = LEAST(telemetry_rollup.vmin, EXCLUDED.vmin), vmax = GREATEST(telemetry_rollup.vmax, EXCLUDED.vmax)
			RETURNING 1`,
			[rawBefore, bucketMs]
		);
		const del = await this.db.query('DELETE FROM telemetry WHERE ts < $1 RETURNING 1', [rawBefore]);
		const delR = await this.db.query('DELETE FROM telemetry_rollup WHERE t0 < $1 RETURNING 1', [rollupBefore]);
		return { rolledUp: ins.length, deleted: del.length, rollupsDeleted: delR.length };
	}

	async count(vin?: string): Promise<number> {
		const [r] = vin
			? await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry WHERE vin = $1', [vin])
			: await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry');
		return r.n;
	}
}
