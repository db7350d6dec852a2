/**
 * The fleet store, the same specs against embedded PGlite and a PostgreSQL started by the test: migrations,
 * telemetry dedupe/downsampling/gaps/retention, command idempotency and compare-and-set states,
 * notifications with OData queries, backup/restore (also across backends).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, restore } from '../../server/fleet/backup';
import { parseQuery, ODataError } from '../../server/fleet/odata';
import { uuidv7 } from '../../server/fleet/uuid7';
import { BACKENDS, backend, stopPostgres } from './backends';

afterAll(() => stopPostgres());

const VIN = 'ZBV1SVM0000000001';
const T0 = 1_699_999_980_000; // a whole minute: 5 s and 60 s buckets start at T0

describe.each(BACKENDS)('fleet store on %s', (name) => {
	it('applies the migrations once and keeps data across a reopen', async () => {
		const b = await backend(name);
		const s = await b.open();
		await s.vehicles.register(VIN, 'test');
		await s.close();
		const again = await b.reopen();
		expect(await again.db.query('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([{ version: 1, name: 'init' }, { version: 2, name: 'instances' }]);
		expect((await again.vehicles.get(VIN))?.registered_by).toBe('test');
		await again.close();
		await b.stop();
	});

	it('stores a telemetry seq once, downsamples by bucket, shows gaps and replays, rolls up on retention', async () => {
		const b = await backend(name);
		const s = await b.open();
		await s.vehicles.register(VIN, 'test');
		const row = (seq: number, speed: number, replayed = false) => ({ vin: VIN, seq, ts: T0 + seq * 1000, t_us: seq * 1e6, received_at: T0 + seq * 1000, replayed, signals: { 'Vehicle.Speed': speed, 'Vehicle.Body.Lights.Beam.Low.IsOn': seq % 2 === 0 } });
		// seq 1..10 with 4..5 missing, then 5 late (replayed); seq 3 sent twice
		const first = await s.telemetry.insertMany([1, 2, 3, 6, 7, 8, 9, 10].map((q) => row(q, q * 10)));
		expect(first.size).toBe(8);
		const dup = await s.telemetry.insertMany([row(3, 999), row(5, 50, true)]);
		expect([...dup]).toEqual([`${VIN}/5`]);
		expect(await s.telemetry.count(VIN)).toBe(9);
		const series = await s.telemetry.series(VIN, 'Vehicle.Speed', T0, T0 + 20_000, 5000);
		// buckets of 5 s: seq 1..4 → [T0, T0+5s): 10,20,30 ; 5..9 → 50,60,70,80,90 ; 10 → 100
		expect(series.map((p) => [p.t - T0, p.min, p.max, p.n])).toEqual([[0, 10, 30, 3], [5000, 50, 90, 5], [10000, 100, 100, 1]]);
		expect(series[0].avg).toBeCloseTo(20);
		const bools = await s.telemetry.series(VIN, 'Vehicle.Body.Lights.Beam.Low.IsOn', T0, T0 + 20_000, 20_000);
		expect(bools[0].n).toBe(9);
		const g = await s.telemetry.gaps(VIN, T0, T0 + 20_000);
		expect(g.gaps.map((x) => [x.from, x.to])).toEqual([[4, 4]]);
		expect(g.replayed).toBe(1);
		const r = await s.telemetry.retain(T0 + 7_500, 0, 60_000);
		expect(r.deleted).toBe(6); // seq 1,2,3,5,6,7
		expect(await s.telemetry.count(VIN)).toBe(3);
		const after = await s.telemetry.series(VIN, 'Vehicle.Speed', T0, T0 + 20_000, 60_000);
		expect(after).toHaveLength(1);
		expect(after[0].n).toBe(9);
		expect(after[0].min).toBe(10);
		expect(after[0].max).toBe(100);
		expect(after[0].avg).toBeCloseTo((10 + 20 + 30 + 50 + 60 + 70 + 80 + 90 + 100) / 9);
		await s.close();
		await b.stop();
	});

	it('makes one command of one idempotency key and moves states only from the expected ones', async () => {
		const b = await backend(name);
		const s = await b.open();
		await s.vehicles.register(VIN, 'test');
		const mk = () => ({ id: uuidv7(), vin: VIN, name: 'lights', args: { on: true }, priority: 1, ttl_ms: 1000, timeout_ms: 1000, idempotency_key: 'k1', created_by: 'test', created_at: T0, expires_at: T0 + 1000 });
		const a = await s.commands.create(mk());
		const again = await s.commands.create(mk());
		expect(a.created).toBe(true);
		expect(again.created).toBe(false);
		expect(again.row.id).toBe(a.row.id);
		expect((await s.commands.transition(a.row.id, ['QUEUED'], 'SENT', T0 + 1, null))?.state).toBe('SENT');
		expect(await s.commands.transition(a.row.id, ['QUEUED'], 'EXPIRED', T0 + 2, 'ttl')).toBeNull();
		expect((await s.commands.transition(a.row.id, ['SENT', 'DELIVERED'], 'COMPLETED', T0 + 3, null, { ok: true }))?.result).toEqual({ ok: true });
		expect((await s.commands.events(a.row.id)).map((e) => e.state)).toEqual(['QUEUED', 'SENT', 'COMPLETED']);
		await s.close();
		await b.stop();
	});

	it('opens one notification per confirmed DTC, counts occurrences, closes, and answers OData queries', async () => {
		const b = await backend(name);
		const s = await b.open();
		await s.vehicles.register(VIN, 'test');
		await s.vehicles.register('ZBV1SVM0000000002', 'test');
		const n1 = await s.notifications.confirm(VIN, 'RZC', 'P0A1F-00', 1, { speed: 3 }, T0);
		const n1b = await s.notifications.confirm(VIN, 'RZC', 'P0A1F-00', 2, { speed: 4 }, T0 + 1);
		await s.notifications.confirm('ZBV1SVM0000000002', 'FZC', 'C0035-00', 1, {}, T0 + 2);
		expect(n1.opened).toBe(true);
		expect(n1b.opened).toBe(false);
		expect(n1b.row.occurrences).toBe(2);
		expect(n1b.row.freeze_frame).toEqual({ speed: 3 });
		const q = (s2: string) => parseQuery(new URLSearchParams(s2), { Vin: { col: 'vin', type: 'string' }, Ecu: { col: 'ecu', type: 'string' }, Status: { col: 'status', type: 'string' }, Occurrences: { col: 'occurrences', type: 'number' }, OpenedAt: { col: 'opened_at', type: 'number' } }, 'id ASC');
		const run = async (s2: string) => {
			const x = q(s2);
			return (await s.notifications.query(x.where, x.orderBy, x.top, x.skip)).rows.map((r) => r.ecu);
		};
		expect(await run("$filter=Status eq 'OPEN' and Occurrences gt 1")).toEqual(['RZC']);
		expect(await run("$filter=Ecu eq 'FZC' or Vin eq 'ZBV1SVM0000000001'&$orderby=OpenedAt desc")).toEqual(['FZC', 'RZC']);
		expect(await run('$top=1&$skip=1&$orderby=OpenedAt asc')).toEqual(['FZC']);
		expect(await run("$filter=Vin ne 'x'' OR 1=1 --'")).toEqual(['RZC', 'FZC']);
		expect(() => q("$filter=Password eq 'x'")).toThrow(ODataError);
		expect(await s.notifications.close(n1.row.id, 'op', 'fixed')).toMatchObject({ status: 'CLOSED', closed_by: 'op' });
		expect(await s.notifications.close(n1.row.id, 'op', null)).toBeNull();
		// closed: the same DTC confirmed again opens a new one
		expect((await s.notifications.confirm(VIN, 'RZC', 'P0A1F-00', 3, {}, T0 + 5)).opened).toBe(true);
		await s.close();
		await b.stop();
	});

	it('backs up and restores every table, also into the other backend', async () => {
		const b = await backend(name);
		const s = await b.open();
		await s.vehicles.register(VIN, 'test');
		await s.telemetry.insertMany([{ vin: VIN, seq: 1, ts: T0, t_us: 0, received_at: T0, replayed: false, signals: { 'Vehicle.Speed': 1.5 } }]);
		await s.notifications.confirm(VIN, 'RZC', 'P0A1F-00', 1, { a: [1, 2] }, T0);
		await s.audit.add({ actor: 'a', role: 'admin', method: 'POST', path: '/x', status: 201, detail: { k: 'v' } });
		await s.ota.addImage({ id: uuidv7(), ecu: 'bcm', version: '1.0.1', sha256: 'ab', size: 3, manifest: { ecu: 'bcm' }, signature: 'sig', data: new Uint8Array([0, 97, 115]), created_at: T0, created_by: 't' });
		const file = join(mkdtempSync(join(tmpdir(), 'zb-bk-')), 'fleet.jsonl');
		const counts = await backup(s.db, file);
		expect(counts).toMatchObject({ vehicles: 1, telemetry: 1, notifications: 1, audit_log: 1, ota_images: 1 });
		await s.close();
		for (const target of BACKENDS) {
			const tb = await backend(target);
			const t = await tb.open();
			await restore(t.db, file);
			expect((await t.telemetry.latest(VIN))?.signals).toEqual({ 'Vehicle.Speed': 1.5 });
			const [img] = await t.ota.images();
			expect([...((await t.ota.imageData(img.id)) ?? [])]).toEqual([0, 97, 115]);
			// the serial continues after the restored id
			const n2 = await t.notifications.confirm(VIN, 'FZC', 'C0035-00', 1, {}, T0);
			expect(n2.row.id).toBe(2);
			await expect(restore(t.db, file)).rejects.toThrow(/not empty/);
			await t.close();
			await tb.stop();
		}
		await b.stop();
	});
});
