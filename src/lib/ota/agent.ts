/**
 * The vehicle's side of an OTA campaign (docs/ota.md, "Campaign states"): takes a campaign request from
 * `zb/v1/{vin}/ota/{campaign}`, downloads the image, verifies signature, hash and target ECU, flashes it
 * through UDS and reports every state it reaches on `zb/v1/{vin}/ota/{campaign}/state`:
 * INITIATED → DOWNLOADING → DOWNLOADED → VERIFIED → UPDATING → UPDATED, or FAILED with the reason at the step
 * that failed. Each state is sent only once it happened. The same campaign arriving twice runs once. The
 * same code runs in the browser tab and in the headless vehicles; what differs is in `OtaVehicleIo`.
 */
import { OtaImageError, verifyImage, type TrustedKey } from './image';

export const OTA_STATES = ['QUEUED', 'INITIATED', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING', 'UPDATED', 'FAILED'] as const;
export type OtaState = (typeof OTA_STATES)[number];

/** What the server publishes to a vehicle to start a campaign. */
export interface OtaRequest {
	campaign: string;
	image: { id: string; url: string; ecu: string; version: string; manifest: Record<string, unknown>; signature: string; keyId?: string };
}

/** What the vehicle reports. */
export interface OtaReport {
	campaign: string;
	state: OtaState;
	reason: string | null;
	/** Milliseconds since the epoch (wall time of the vehicle: reporting, not simulation). */
	at: number;
}

export interface OtaVehicleIo {
	vin: string;
	publish(topic: string, payload: string): Promise<void> | void;
	fetchImage(url: string): Promise<Uint8Array>;
	trusted(): TrustedKey[] | Promise<TrustedKey[]>;
	/** Flashes into the ECU and waits for it to boot: null when the new image runs, else why not. */
	flash(ecu: string, image: Uint8Array): Promise<string | null>;
	log?(text: string): void;
}

export const requestTopic = (vin: string, campaign: string): string => `zb/v1/${vin}/ota/${campaign}`;
export const stateTopic = (vin: string, campaign: string): string => `zb/v1/${vin}/ota/${campaign}/state`;

/** Checks a request's shape; throws naming the field. */
export function parseOtaRequest(payload: string): OtaRequest {
	const x = JSON.parse(payload) as Partial<OtaRequest>;
	if (typeof x?.campaign !== 'string' || !x.campaign) throw new Error('OTA request: no campaign');
	const i = x.image;
	if (typeof i !== 'object' || i === null) throw new Error('OTA request: no image');
	for (const k of ['id', 'url', 'ecu', 'signature'] as const) if (typeof i[k] !== 'string') throw new Error(`OTA request: image.${k} missing`);
	if (typeof i.manifest !== 'object' || i.manifest === null) throw new Error('OTA request: image.manifest missing');
	return x as OtaRequest;
}

export class OtaAgent {
	/** Campaigns seen (running or done): a repeated request is not run again. */
	readonly seen = new Map<string, OtaState>();
	#busy: Promise<void> = Promise.resolve();

	constructor(readonly io: OtaVehicleIo) {}

	/** The topic filter to subscribe to. */
	get filter(): string {
		return `zb/v1/${this.io.vin}/ota/+`;
	}

	/** Handles a message on `filter`; campaigns run one after the other. Resolves when this one is done. */
	handle(topic: string, payload: string): Promise<void> {
		const parts = topic.split('/');
		if (parts.length !== 5 || parts[1] !== 'v1' || parts[2] !== this.io.vin || parts[3] !== 'ota') return Promise.resolve();
		let req: OtaRequest;
		try {
			req = parseOtaRequest(payload);
		} catch (e) {
			this.io.log?.(`ota: ${topic}: ${(e as Error).message}; ignored`);
			return Promise.resolve();
		}
		if (req.campaign !== parts[4] || this.seen.has(req.campaign)) return Promise.resolve();
		this.seen.set(req.campaign, 'QUEUED');
		const run = this.#busy.then(() => this.#run(req));
		this.#busy = run.catch(() => {});
		return run;
	}

	async #report(campaign: string, state: OtaState, reason: string | null = null): Promise<void> {
		this.seen.set(campaign, state);
		const r: OtaReport = { campaign, state, reason, at: Date.now() };
		await this.io.publish(stateTopic(this.io.vin, campaign), JSON.stringify(r));
	}

	async #run(req: OtaRequest): Promise<void> {
		const c = req.campaign;
		const img = req.image;
		await this.#report(c, 'INITIATED');
		let data: Uint8Array;
		try {
			await this.#report(c, 'DOWNLOADING');
			data = await this.io.fetchImage(img.url);
		} catch (e) {
			return this.#report(c, 'FAILED', `download: ${(e as Error).message}`);
		}
		await this.#report(c, 'DOWNLOADED');
		try {
			await verifyImage(img, data, await this.io.trusted(), img.ecu);
		} catch (e) {
			// the trusted keys could not be had (the browser tab fetches them): FAILED too, never left hanging
			return this.#report(c, 'FAILED', e instanceof OtaImageError ? `verify (${e.code}): ${e.message}` : `verify: ${(e as Error).message}`);
		}
		await this.#report(c, 'VERIFIED');
		await this.#report(c, 'UPDATING');
		let why: string | null;
		try {
			why = await this.io.flash(img.ecu, data);
		} catch (e) {
			why = (e as Error).message;
		}
		if (why !== null) return this.#report(c, 'FAILED', `flash ${img.ecu}: ${why}; the old image keeps running`);
		await this.#report(c, 'UPDATED');
	}
}
