/**
 * The seam between the fleet service and the OTA module (branch `ota`): the fleet keeps the image and
 * campaign tables (repos/ota.ts), the REST routes and the MQTT connection; the OTA module checks images
 * (Ed25519 signature, SHA-256, ECU) and drives each vehicle through the campaign states. The fleet calls
 * `OtaPort`; the OTA module reports back through `OtaHost`. Without an OTA module, image uploads are refused
 * with "OTA is not installed" and campaigns stay QUEUED.
 */
import type { OtaCampaignRow, OtaImageRow, OtaRepo, OtaState } from './repos/ota';

export type { OtaCampaignRow, OtaImageRow, OtaState };

/** What the fleet gives the OTA module. */
export interface OtaHost {
	repo: OtaRepo;
	/** Publishes on the fleet's MQTT connection (QoS 1), e.g. `zb/v1/{vin}/ota/{campaign}`; resolves on PUBACK. */
	publish(topic: string, payload: string): Promise<void>;
	/** Subscribes (QoS 1) on the fleet's connection, e.g. `zb/v1/+/ota/+/state`; returns the unsubscribe. */
	subscribe(filter: string, fn: (topic: string, payload: Buffer) => void): () => void;
	/** Records a vehicle's campaign state (only from what the vehicle reported) and tells the pages. */
	report(campaignId: string, vin: string, state: OtaState, reason: string | null): Promise<void>;
	/** The URL a vehicle downloads an image from: `/api/fleet/ota/images/{id}/data` on this server. */
	imageUrl(imageId: string): string;
	log(text: string): void;
}

/** What the OTA module implements. */
export interface OtaPort {
	/**
	 * Checks an uploaded image (manifest JSON, detached signature, wasm bytes) before it is stored: the
	 * reason it is refused, or the id of the trusted key whose signature verified. The fleet stores it only
	 * when it verified, with that key id in the stored manifest (`keyId`, outside what is signed).
	 */
	checkImage(manifest: Record<string, unknown>, signature: string, data: Uint8Array): Promise<{ refused: string } | { keyId: string }>;
	/** Starts delivering a stored campaign to its vehicles (QUEUED → INITIATED → …). */
	deliver(campaign: OtaCampaignRow, image: OtaImageRow): Promise<void>;
	/**
	 * The public keys a vehicle that loads its software from this server trusts (the browser tab: its app
	 * comes from here too, so trusting this list is no weaker than trusting the app); `{id, jwk}` each.
	 */
	vehicleKeys?(): Array<{ id: string; jwk: JsonWebKey }>;
	/** The server is stopping. */
	close(): Promise<void>;
}

/** An OTA module's factory: `server/ota/index.ts` exports `createOta: OtaFactory` (loaded when present). */
export type OtaFactory = (host: OtaHost) => OtaPort | Promise<OtaPort>;
