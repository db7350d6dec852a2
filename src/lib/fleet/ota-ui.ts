/**
 * What the fleet pages need to run OTA from the browser (docs/ota.md, "From the fleet pages"): the server's
 * images as an operator picks them, a campaign started with the Unlock token, a signed bundle read from a
 * file and uploaded, and each refusal in words (the role it needs, or the server's own message).
 */
import { parseBundle } from '$lib/ota/image';
import { fleetFetch, FleetHttpError } from './client';

/**
 * An image as `GET /api/fleet/ota/images` lists it (not the bytes), and a campaign as `GET /api/fleet/ota/campaigns`
 * does: the server's rows as its JSON carries them (types only; nothing of the server reaches the bundle).
 */
import type { OtaCampaignRow as FleetOtaCampaign, OtaImageRow as FleetOtaImage } from '../../../server/fleet/repos/ota';
export type { FleetOtaCampaign, FleetOtaImage };

/** The id of the key that signed it, as the upload named it (the bundle's keyId rides in the stored manifest). */
export function imageKeyId(i: FleetOtaImage): string | null {
	return typeof i.manifest?.keyId === 'string' ? i.manifest.keyId : null;
}

/** "TCU 1.1.0 · sha256 3f2a9c01… · key 0123456789abcdef": what an operator tells images apart by. */
export function imageLabel(i: FleetOtaImage): string {
	const key = imageKeyId(i);
	return `${i.ecu.toUpperCase()} ${i.version} · sha256 ${i.sha256.slice(0, 12)}… · ${key ? `signed by key ${key}` : 'key not named'} · ${Math.round(i.size / 1024)} KiB`;
}

/** The message a refused write shows: which role is needed when the token is missing or too weak, else the server's. */
export function writeError(e: unknown, what: string): string {
	if (e instanceof FleetHttpError && (e.status === 401 || e.status === 403))
		return `${what} needs a token with role operator (or admin): unlock with it in the header (source Live → Unlock). (${e.message})`;
	return `${what}: ${(e as Error).message}`;
}

/** Per-state counts of a campaign, most advanced first: "3 UPDATED, 1 FAILED". */
export function stateCounts(c: FleetOtaCampaign): string {
	const n = new Map<string, number>();
	for (const v of c.vehicles ?? []) n.set(v.state, (n.get(v.state) ?? 0) + 1);
	const order = ['UPDATED', 'FAILED', 'UPDATING', 'VERIFIED', 'DOWNLOADED', 'DOWNLOADING', 'INITIATED', 'QUEUED'];
	return [...n.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([s, k]) => `${k} ${s}`).join(', ') || 'no vehicles';
}

export async function startCampaign(name: string, image: FleetOtaImage, vins: string[]): Promise<FleetOtaCampaign> {
	return fleetFetch<FleetOtaCampaign>('/ota/campaigns', { method: 'POST', body: { name: name.trim() || `${image.ecu} ${image.version}`, image_id: image.id, vins } });
}

/**
 * Reads the file `npm run ota -- sign` writes (`*.ota.json`: format zb-ota-1, manifest, signature, keyId and
 * the wasm as base64) and uploads it. Throws an Error naming the file and what is wrong with it before
 * anything is sent; a refusal by the server (signature, not an ECU image, already stored) keeps its message.
 */
export async function uploadBundle(file: File): Promise<FleetOtaImage> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d)
		throw new Error(`${file.name}: this is the bare WebAssembly image; pick the signed bundle (.ota.json) that npm run ota -- sign writes from it`);
	let b;
	try {
		b = parseBundle(new TextDecoder().decode(bytes));
	} catch (e) {
		throw new Error(`${file.name}: ${(e as Error).message}`);
	}
	if (b.data === undefined) throw new Error(`${file.name}: the bundle carries no image data ('data', the wasm as base64)`);
	// keyId goes along inside the manifest: the server picks the key by it and keeps it, so the pages can say who signed
	return fleetFetch<FleetOtaImage>('/ota/images', { method: 'POST', body: { manifest: { ...b.manifest, keyId: b.keyId }, signature: b.signature, data: b.data } });
}
