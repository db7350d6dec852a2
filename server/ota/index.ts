/**
 * The server's OTA module (docs/ota.md): implements the fleet's port (server/fleet/ota-port.ts), which the fleet
 * loads at start (server/fleet/index.ts). It checks uploaded images
 * (Ed25519 signature by a trusted key, SHA-256, size, known ECU), publishes a campaign to each vehicle on
 * `zb/v1/{vin}/ota/{campaign}` and records the states the vehicles report on `zb/v1/{vin}/ota/{campaign}/state`
 * — never a state the server only assumes. Bad reports are logged with the reason and counted.
 */
import { readFileSync } from 'node:fs';
import { OTA_STATES, requestTopic, type OtaRequest } from '../../src/lib/ota/agent';
import type { OtaFactory, OtaHost, OtaPort, OtaState } from '../fleet/ota-port';
import { OtaImageError, parseTrustedKeys, verifyImage, type TrustedKey } from '../../src/lib/ota/image';

/** The ECUs an image may be for. */
const ECUS = ['cvc', 'fzc', 'rzc', 'sc', 'bcm', 'icu', 'tcu'];
const STATE_TOPIC = /^zb\/v1\/([A-HJ-NPR-Z0-9]{1,17})\/ota\/([0-9a-f-]{1,64})\/state$/;

/** Counters for /metrics and the tests. */
export interface OtaCounters {
	imagesRefused: number;
	reportsRefused: number;
	reports: number;
}

/** Trusted keys from ZB_OTA_TRUSTED_KEYS (a file path) or static/ota/trusted-keys.json. */
export function loadTrustedKeys(path = process.env.ZB_OTA_TRUSTED_KEYS ?? 'static/ota/trusted-keys.json'): TrustedKey[] {
	try {
		return parseTrustedKeys(readFileSync(path, 'utf8'));
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new Error(`OTA trusted keys ${path}: ${(e as Error).message}`);
	}
}

/** `createOta` of the port: the fleet loads it from server/ota/index.ts. Trusted keys default to ZB_OTA_TRUSTED_KEYS. */
export function createOta(host: OtaHost, o: { trusted?: TrustedKey[]; vehicleKeys?: TrustedKey[] } = {}): OtaPort & { counters: OtaCounters } {
	const trusted = o.trusted ?? loadTrustedKeys();
	// what the browser tab's vehicle trusts: ZB_OTA_VEHICLE_KEYS when set (a vehicle may trust fewer keys than
	// the server accepts uploads from), else the same list
	const vehicleKeys = o.vehicleKeys ?? (process.env.ZB_OTA_VEHICLE_KEYS ? loadTrustedKeys(process.env.ZB_OTA_VEHICLE_KEYS) : trusted);
	const counters: OtaCounters = { imagesRefused: 0, reportsRefused: 0, reports: 0 };
	const refuse = (topic: string, why: string): void => {
		counters.reportsRefused++;
		host.log(`ota: report on ${topic} refused: ${why}`);
	};
	const unsubscribe = host.subscribe('zb/v1/+/ota/+/state', (topic, payload) => {
		const m = STATE_TOPIC.exec(topic);
		if (!m) return refuse(topic, 'not zb/v1/{vin}/ota/{campaign}/state');
		let r: { campaign?: unknown; state?: unknown; reason?: unknown };
		try {
			r = JSON.parse(payload.toString('utf8'));
		} catch {
			return refuse(topic, 'payload is not JSON');
		}
		if (r?.campaign !== m[2]) return refuse(topic, `campaign ${JSON.stringify(r?.campaign)} does not match the topic`);
		if (!OTA_STATES.includes(r.state as OtaState) || r.state === 'QUEUED') return refuse(topic, `unknown state ${JSON.stringify(r.state)}`);
		const reason = typeof r.reason === 'string' ? r.reason.slice(0, 500) : null;
		counters.reports++;
		host.report(m[2], m[1], r.state as OtaState, reason).catch((e) => host.log(`ota: storing ${m[1]} ${m[2]} ${String(r.state)}: ${(e as Error).message}`));
	});
	return {
		counters,
		async checkImage(manifest, signature, data) {
			try {
				const v = await verifyImage({ manifest, signature, keyId: typeof manifest.keyId === 'string' ? manifest.keyId : undefined }, data, trusted, null);
				if (!ECUS.includes(v.manifest.ecu)) throw new OtaImageError('wrong-ecu', `no ECU '${v.manifest.ecu}' in this vehicle (${ECUS.join(', ')})`);
				const mod = await WebAssembly.compile(data as BufferSource).catch((e: Error) => {
					throw new OtaImageError('malformed', `image is not WebAssembly: ${e.message}`);
				});
				const exports = new Set(WebAssembly.Module.exports(mod).map((e) => e.name));
				if (!exports.has('ecu_init') || !exports.has('ecu_tick')) throw new OtaImageError('malformed', 'image lacks the ECU ABI exports (ecu_init, ecu_tick)');
				return { keyId: v.keyId };
			} catch (e) {
				if (!(e instanceof OtaImageError)) throw e;
				counters.imagesRefused++;
				host.log(`ota: image refused: ${e.message}`);
				return { refused: e.message };
			}
		},
		async deliver(campaign, image) {
			const req = (vin: string): OtaRequest => ({
				campaign: campaign.id,
				image: { id: image.id, url: host.imageUrl(image.id), ecu: image.ecu, version: image.version, manifest: image.manifest, signature: image.signature }
			});
			for (const v of campaign.vehicles ?? []) {
				if (v.state !== 'QUEUED') continue; // delivered before (a restart): the vehicle's reports go on
				await host.publish(requestTopic(v.vin, campaign.id), JSON.stringify(req(v.vin)));
			}
		},
		vehicleKeys() {
			return vehicleKeys.map((k) => ({ id: k.id, jwk: k.jwk }));
		},
		async close() {
			unsubscribe();
		}
	};
}

// the fleet's loader calls it with the host only (server/fleet/index.ts): the signature stays the port's
createOta satisfies OtaFactory;
