import { describe, expect, it } from 'vitest';
import { signImage, generateKeyPair } from '$lib/ota/image';
import { FleetHttpError } from './client';
import { imageLabel, stateCounts, uploadBundle, writeError, type FleetOtaImage } from './ota-ui';
import type { OtaState } from '../../../server/fleet/repos/ota';

const wasm = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
const file = (name: string, body: string | Uint8Array) => new File([body as BlobPart], name);

describe('the fleet pages’ OTA helpers', () => {
	it('counts a campaign’s vehicles per state, finished states first', () => {
		const v = (state: OtaState) => ({ vin: 'X', state, reason: null, updated_at: 0 });
		expect(stateCounts({ id: 'c', name: 'n', image_id: 'i', created_at: 0, created_by: 'op', vehicles: [v('QUEUED'), v('UPDATED'), v('FAILED'), v('UPDATED'), v('UPDATED')] })).toBe('3 UPDATED, 1 FAILED, 1 QUEUED');
		expect(stateCounts({ id: 'c', name: 'n', image_id: 'i', created_at: 0, created_by: 'op', vehicles: [] })).toBe('no vehicles');
	});

	it('labels an image by ECU, version, short SHA-256 and the key that signed it', () => {
		const i: FleetOtaImage = { id: 'i', ecu: 'tcu', version: '1.2.0', sha256: 'ab'.repeat(32), size: 48_128, manifest: { keyId: '0123456789abcdef' }, signature: 's', created_at: 0, created_by: 'op' };
		expect(imageLabel(i)).toBe('TCU 1.2.0 · sha256 abababababab… · signed by key 0123456789abcdef · 47 KiB');
		expect(imageLabel({ ...i, manifest: {} })).toContain('key not named');
	});

	it('names the role a refused write needs, and keeps any other refusal’s message', () => {
		expect(writeError(new FleetHttpError(403, '403: role viewer may not POST'), 'Starting a campaign')).toBe(
			'Starting a campaign needs a token with role operator (or admin): unlock with it in the header (source Live → Unlock). (403: role viewer may not POST)'
		);
		expect(writeError(new FleetHttpError(404, '404: vins: no vehicle "X" in the fleet'), 'Starting a campaign')).toBe('Starting a campaign: 404: vins: no vehicle "X" in the fleet');
	});

	it('says what is wrong with a file before sending it: the bare wasm, not JSON, a missing field, no data', async () => {
		await expect(uploadBundle(file('tcu.wasm', wasm))).rejects.toThrow('tcu.wasm: this is the bare WebAssembly image; pick the signed bundle (.ota.json)');
		await expect(uploadBundle(file('x.ota.json', 'tcu 1.2.0'))).rejects.toThrow(/^x\.ota\.json: bundle is not JSON/);
		const { privateJwk } = await generateKeyPair();
		const b = await signImage(wasm, { ecu: 'tcu', version: '1.2.0', privateJwk });
		await expect(uploadBundle(file('k.ota.json', JSON.stringify({ ...b, keyId: undefined })))).rejects.toThrow('k.ota.json: bundle lacks signature or keyId');
		await expect(uploadBundle(file('m.ota.json', JSON.stringify({ ...b, manifest: { ...b.manifest, sha256: 'nope' } })))).rejects.toThrow('m.ota.json: manifest.sha256 is missing or malformed ("nope")');
		await expect(uploadBundle(file('d.ota.json', JSON.stringify({ ...b, data: undefined })))).rejects.toThrow("d.ota.json: the bundle carries no image data ('data', the wasm as base64)");
		// a good bundle gets as far as the request: here, with no Unlock token, that refuses it naming the role
		await expect(uploadBundle(file('ok.ota.json', JSON.stringify(b)))).rejects.toThrow(/^no token: .*operator/);
	});
});
