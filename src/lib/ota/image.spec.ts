/**
 * Signing and verification with WebCrypto Ed25519: a good bundle verifies; a tampered manifest, tampered
 * image bytes, a key that is not trusted, a signature by another key and the wrong target ECU are each
 * refused with their reason.
 */
import { describe, expect, it } from 'vitest';
import { generateKeyPair, OtaImageError, parseBundle, signImage, verifyBundle, type TrustedKey } from './image';

const data = new Uint8Array(5000).map((_, i) => (i * 31) & 0xff);

async function setup() {
	const k = await generateKeyPair();
	const trusted: TrustedKey[] = [{ id: k.id, jwk: k.publicJwk }];
	const b = await signImage(data, { ecu: 'cvc', version: '1.1.0', privateJwk: k.privateJwk, created: new Date('2025-01-02T03:04:05Z') });
	return { k, trusted, b };
}

async function reason(p: Promise<unknown>): Promise<string> {
	try {
		await p;
		return 'accepted';
	} catch (e) {
		return e instanceof OtaImageError ? `${e.code}: ${e.message}` : `other: ${String(e)}`;
	}
}

describe('OTA image signatures', () => {
	it('a signed bundle verifies for its ECU, after a round trip through its JSON text', async () => {
		const { trusted, b, k } = await setup();
		expect(b.manifest).toMatchObject({ ecu: 'cvc', version: '1.1.0', size: 5000, created: '2025-01-02T03:04:05.000Z' });
		expect(b.keyId).toBe(k.id);
		const v = await verifyBundle(parseBundle(JSON.stringify(b)), trusted, 'cvc');
		expect(v.data).toEqual(data);
		expect(v.keyId).toBe(k.id);
	});

	it('a tampered manifest is refused: the signature no longer verifies', async () => {
		const { trusted, b } = await setup();
		expect(await reason(verifyBundle({ ...b, manifest: { ...b.manifest, version: '9.9.9' } }, trusted, 'cvc'))).toMatch(/^signature: signature does not verify/);
		// retargeting a good image at another ECU by editing the manifest fails the same way
		expect(await reason(verifyBundle({ ...b, manifest: { ...b.manifest, ecu: 'bcm' } }, trusted, 'bcm'))).toMatch(/^signature:/);
	});

	it('tampered image bytes are refused by the SHA-256', async () => {
		const { trusted, b } = await setup();
		const bad = data.slice();
		bad[100] ^= 1;
		let s = '';
		for (const x of bad) s += String.fromCharCode(x);
		expect(await reason(verifyBundle({ ...b, data: btoa(s) }, trusted, 'cvc'))).toMatch(/^hash: image SHA-256 [0-9a-f]{16}… differs/);
		expect(await reason(verifyBundle({ ...b, data: btoa(s.slice(1)) }, trusted, 'cvc'))).toBe('size: image is 4999 bytes, the manifest says 5000');
	});

	it('a wrong key is refused: not trusted, or trusted under the id but not the signer', async () => {
		const { b } = await setup();
		const other = await generateKeyPair();
		expect(await reason(verifyBundle(b, [{ id: other.id, jwk: other.publicJwk }], 'cvc'))).toMatch(/^untrusted-key: signed by key [0-9a-f]{16}, which is not in the trusted keys/);
		expect(await reason(verifyBundle(b, [{ id: b.keyId, jwk: other.publicJwk }], 'cvc'))).toMatch(/^signature:/);
		expect(await reason(verifyBundle(b, [], 'cvc'))).toMatch(/not in the trusted keys \(none\)/);
	});

	it('an image for another ECU is refused for this target', async () => {
		const { trusted, b } = await setup();
		expect(await reason(verifyBundle(b, trusted, 'bcm'))).toBe("wrong-ecu: image is for ECU 'cvc', the target is 'bcm'");
	});

	it('malformed bundles name what is wrong', async () => {
		expect(() => parseBundle('{')).toThrow(/bundle is not JSON/);
		expect(() => parseBundle('{"format":"x"}')).toThrow(/format is not 'zb-ota-1'/);
		const { b } = await setup();
		expect(() => parseBundle(JSON.stringify({ ...b, manifest: { ...b.manifest, sha256: 'xyz' } }))).toThrow(/manifest.sha256 is missing or malformed/);
		expect(() => parseBundle(JSON.stringify({ ...b, manifest: { ...b.manifest, size: -1 } }))).toThrow(/manifest.size is not a positive integer/);
	});
});
