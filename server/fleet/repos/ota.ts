/**
 * OTA images and campaigns as stored (docs/fleet.md, "OTA tables"): what the OTA module (server/fleet/ota-port.ts)
 * reads and updates. Signature and hash checks are the OTA module's; this module only keeps the rows.
 */
import type { Db } from '../db';

export const OTA_STATES = ['QUEUED', 'INITIATED', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING', 'UPDATED', 'FAILED'] as const;
export type OtaState = (typeof OTA_STATES)[number];

export interface OtaImageRow {
	id: string;
	ecu: string;
	version: string;
	sha256: string;
	size: number;
	manifest: Record<string, unknown>;
	signature: string;
	created_at: number;
	created_by: string;
}

export interface OtaCampaignRow {
	id: string;
	name: string;
	image_id: string;
	created_at: number;
	created_by: string;
	vehicles?: CampaignVehicle[];
}

/** One vehicle's state in a campaign. */
export interface CampaignVehicle {
	vin: string;
	state: OtaState;
	reason: string | null;
	updated_at: number;
}

const IMG = 'id::text AS id, ecu, version, sha256, size, manifest, signature, created_at, created_by';

export class OtaRepo {
	constructor(private db: Pick<Db, 'query'>) {}

	async addImage(i: OtaImageRow & { data: Uint8Array }): Promise<OtaImageRow> {
		const [r] = await this.db.query<OtaImageRow>(
			`INSERT INTO ota_images (id, ecu, version, sha256, size, manifest, signature, data, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${IMG}`,
			[i.id, i.ecu, i.version, i.sha256, i.size, JSON.stringify(i.manifest), i.signature, i.data, i.created_at, i.created_by]
		);
		return r;
	}

	async images(): Promise<OtaImageRow[]> {
		return this.db.query<OtaImageRow>(`SELECT ${IMG} FROM ota_images ORDER BY created_at DESC`);
	}

	async image(id: string): Promise<OtaImageRow | null> {
		return (await this.db.query<OtaImageRow>(`SELECT ${IMG} FROM ota_images WHERE id = $1`, [id]))[0] ?? null;
	}

	async imageData(id: string): Promise<Uint8Array | null> {
		const r = await this.db.query<{ data: Uint8Array }>('SELECT data FROM ota_images WHERE id = $1', [id]);
		return r[0]?.data ?? null;
	}

	async createCampaign(c: { id: string; name: string; image_id: string; vins: string[]; created_by: string }, now = Date.now()): Promise<OtaCampaignRow> {
		await this.db.query('INSERT INTO ota_campaigns (id, name, image_id, created_at, created_by) VALUES ($1, $2, $3, $4, $5)', [c.id, c.name, c.image_id, now, c.created_by]);
		for (const vin of c.vins) {
			await this.db.query(`INSERT INTO ota_campaign_vehicles (campaign_id, vin, state, updated_at) VALUES ($1, $2, 'QUEUED', $3)`, [c.id, vin, now]);
			await this.db.query(`INSERT INTO ota_events (campaign_id, vin, state, at) VALUES ($1, $2, 'QUEUED', $3)`, [c.id, vin, now]);
		}
		return (await this.campaign(c.id))!;
	}

	async campaign(id: string): Promise<OtaCampaignRow | null> {
		const r = await this.db.query<OtaCampaignRow>('SELECT id::text AS id, name, image_id::text AS image_id, created_at, created_by FROM ota_campaigns WHERE id = $1', [id]);
		if (!r.length) return null;
		r[0].vehicles = await this.db.query('SELECT vin, state, reason, updated_at FROM ota_campaign_vehicles WHERE campaign_id = $1 ORDER BY vin', [id]);
		return r[0];
	}

	async campaigns(vin?: string): Promise<OtaCampaignRow[]> {
		const rows = vin
			? await this.db.query<OtaCampaignRow>(
					'SELECT c.id::text AS id, c.name, c.image_id::text AS image_id, c.created_at, c.created_by FROM ota_campaigns c JOIN ota_campaign_vehicles v ON v.campaign_id = c.id WHERE v.vin = $1 ORDER BY c.created_at DESC',
					[vin]
				)
			: await this.db.query<OtaCampaignRow>('SELECT id::text AS id, name, image_id::text AS image_id, created_at, created_by FROM ota_campaigns ORDER BY created_at DESC');
		if (!rows.length) return rows;
		// every listed campaign's vehicles in one query (the fleet page polls this list every 2 s)
		const vs = await this.db.query<CampaignVehicle & { campaign_id: string }>(
			'SELECT campaign_id::text AS campaign_id, vin, state, reason, updated_at FROM ota_campaign_vehicles WHERE campaign_id = ANY($1::uuid[]) ORDER BY vin',
			[rows.map((c) => c.id)]
		);
		const by = new Map<string, CampaignVehicle[]>();
		for (const c of rows) by.set(c.id, (c.vehicles = []));
		for (const { campaign_id, ...v } of vs) by.get(campaign_id)?.push(v);
		return rows;
	}

	/**
	 * Records a vehicle's campaign state (reported by the OTA module from what the vehicle said) when it is
	 * further on than the stored one: a vehicle goes through the states in order and UPDATED / FAILED are
	 * final, so a report processed late (by another instance, or a repeat) cannot move it back.
	 */
	async setState(campaignId: string, vin: string, state: OtaState, reason: string | null, now = Date.now()): Promise<boolean> {
		const r = await this.db.query(
			`UPDATE ota_campaign_vehicles SET state = $3, reason = $4, updated_at = $5 WHERE campaign_id = $1 AND vin = $2
			AND state NOT IN ('UPDATED', 'FAILED') AND array_position($6::text[], state) < array_position($6::text[], $3::text) RETURNING 1`,
			[campaignId, vin, state, reason, now, OTA_STATES]
		);
		if (r.length) await this.db.query('INSERT INTO ota_events (campaign_id, vin, state, at, detail) VALUES ($1, $2, $3, $4, $5)', [campaignId, vin, state, now, reason]);
		return r.length > 0;
	}

	async events(campaignId: string, vin?: string): Promise<Array<{ vin: string; state: OtaState; at: number; detail: string | null }>> {
		return vin
			? this.db.query('SELECT vin, state, at, detail FROM ota_events WHERE campaign_id = $1 AND vin = $2 ORDER BY id', [campaignId, vin])
			: this.db.query('SELECT vin, state, at, detail FROM ota_events WHERE campaign_id = $1 ORDER BY id', [campaignId]);
	}
}
