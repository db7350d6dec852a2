/**
 * OTA images (docs/ota.md): an ECU's wasm build plus a manifest `{ecu, version, sha256, size, created}`
 * signed with Ed25519 through WebCrypto (`crypto.subtle`, the same code in Node 20 and Chromium). The
 * signature covers the manifest's canonical JSON, and the manifest covers the image by its SHA-256, so one
 * signature vouches for both. A vehicle trusts the public keys of its trusted-keys list only.
 */

/** What is signed. */
export interface Manifest {
	ecu: string;
	version: string;
	/** Hex SHA-256 of the image bytes. */
	sha256: string;
	size: number;
	/** ISO 8601 time the image was signed (informational). */
	created: string;
}

/** An image as it travels: manifest, detached signature (base64url) and the key id that made it. */
export interface Bundle {
	format: 'zb-ota-1';
	manifest: Manifest;
	/** base64url Ed25519 signature of `canonicalManifest(manifest)`. */
	signature: string;
	/** Id of the signing key (`keyId`), so a vehicle picks the right trusted key. */
	keyId: string;
	/** base64 of the image bytes (absent when the image is fetched separately). */
	data?: string;
}

/** A trusted public key: its id and its JWK (`{kty: 'OKP', crv: 'Ed25519', x}`). */
export interface TrustedKey {
	id: string;
	jwk: JsonWebKey;
	/** Who holds the private key, for people reading the list. */
	comment?: string;
}

/** Why a check failed, in words; `code` for the campaign's reason and counters. */
export class OtaImageError extends Error {
	constructor(
		readonly code: 'malformed' | 'signature' | 'untrusted-key' | 'hash' | 'size' | 'wrong-ecu',
		message: string
	) {
		super(message);
		this.name = 'OtaImageError';
	}
}

const ED25519 = { name: 'Ed25519' } as const;
const subtle = (): SubtleCrypto => {
	const s = globalThis.crypto?.subtle;
	if (!s) throw new Error('WebCrypto (crypto.subtle) is not available: a secure context (https or localhost) is needed');
	return s;
};

export function toBase64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

/** Decodes base64 or base64url; throws naming `what` on anything else. */
export function fromBase64(text: string, what = 'base64'): Uint8Array {
	const b = text.replace(/-/g, '+').replace(/_/g, '/');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b)) throw new OtaImageError('malformed', `${what} is not base64`);
	const s = atob(b.padEnd(Math.ceil(b.length / 4) * 4, '='));
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out;
}

const toBase64Url = (b: Uint8Array): string => toBase64(b).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** Hex SHA-256. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
	return hex(new Uint8Array(await subtle().digest('SHA-256', data as BufferSource)));
}

/** The bytes that are signed: the manifest's fields in a fixed order, no spaces. */
export function canonicalManifest(m: Manifest): Uint8Array {
	const c = { ecu: m.ecu, version: m.version, sha256: m.sha256, size: m.size, created: m.created };
	return new TextEncoder().encode(JSON.stringify(c));
}

/** Checks a manifest's shape; throws `OtaImageError('malformed')` naming the field. */
export function parseManifest(x: unknown): Manifest {
	if (typeof x !== 'object' || x === null) throw new OtaImageError('malformed', 'manifest is not an object');
	const m = x as Record<string, unknown>;
	const str = (k: string, re: RegExp): string => {
		if (typeof m[k] !== 'string' || !re.test(m[k] as string)) throw new OtaImageError('malformed', `manifest.${k} is missing or malformed (${JSON.stringify(m[k])})`);
		return m[k] as string;
	};
	const ecu = str('ecu', /^[a-z][a-z0-9_-]{0,15}$/);
	const version = str('version', /^[0-9A-Za-z.+_-]{1,32}$/);
	const sha256 = str('sha256', /^[0-9a-f]{64}$/);
	const created = str('created', /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
	if (typeof m.size !== 'number' || !Number.isInteger(m.size) || m.size <= 0) throw new OtaImageError('malformed', `manifest.size is not a positive integer (${JSON.stringify(m.size)})`);
	return { ecu, version, sha256, size: m.size, created };
}

/** A new Ed25519 key pair as JWKs, with the public key's id. */
export async function generateKeyPair(): Promise<{ id: string; publicJwk: JsonWebKey; privateJwk: JsonWebKey }> {
	const k = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
	const publicJwk = await subtle().exportKey('jwk', k.publicKey);
	const privateJwk = await subtle().exportKey('jwk', k.privateKey);
	return { id: await keyId(publicJwk), publicJwk, privateJwk };
}

/** A public key's id: the first 16 hex digits of the SHA-256 of its raw 32 bytes. */
export async function keyId(publicJwk: JsonWebKey): Promise<string> {
	if (publicJwk.kty !== 'OKP' || publicJwk.crv !== 'Ed25519' || typeof publicJwk.x !== 'string') {
		throw new OtaImageError('malformed', 'key is not an Ed25519 JWK (kty OKP, crv Ed25519, x)');
	}
	return (await sha256Hex(fromBase64(publicJwk.x, 'key x'))).slice(0, 16);
}

/** Signs `data` as image `version` of `ecu` with a private JWK; returns the bundle (with the data). */
export async function signImage(data: Uint8Array, o: { ecu: string; version: string; privateJwk: JsonWebKey; created?: Date }): Promise<Bundle> {
	const manifest = parseManifest({ ecu: o.ecu, version: o.version, sha256: await sha256Hex(data), size: data.length, created: (o.created ?? new Date()).toISOString() });
	const { d: _d, key_ops: _ops, ...pub } = o.privateJwk;
	const key = await subtle().importKey('jwk', { ...o.privateJwk, key_ops: ['sign'] }, ED25519, false, ['sign']);
	const sig = new Uint8Array(await subtle().sign(ED25519, key, canonicalManifest(manifest) as BufferSource));
	return { format: 'zb-ota-1', manifest, signature: toBase64Url(sig), keyId: await keyId(pub), data: toBase64(data) };
}

/** Parses a bundle file's text; throws `OtaImageError('malformed')` naming what is wrong. */
export function parseBundle(text: string): Bundle {
	let x: unknown;
	try {
		x = JSON.parse(text);
	} catch (e) {
		throw new OtaImageError('malformed', `bundle is not JSON: ${(e as Error).message}`);
	}
	const b = x as Partial<Bundle>;
	if (typeof x !== 'object' || x === null || b.format !== 'zb-ota-1') throw new OtaImageError('malformed', "bundle's format is not 'zb-ota-1'");
	if (typeof b.signature !== 'string' || typeof b.keyId !== 'string') throw new OtaImageError('malformed', 'bundle lacks signature or keyId');
	if (b.data !== undefined && typeof b.data !== 'string') throw new OtaImageError('malformed', 'bundle.data is not a base64 string');
	return { format: 'zb-ota-1', manifest: parseManifest(b.manifest), signature: b.signature, keyId: b.keyId, data: b.data };
}

/** Parses a trusted-keys file (`{keys: [{id, jwk, comment?}]}`). */
export function parseTrustedKeys(text: string): TrustedKey[] {
	const x = JSON.parse(text) as { keys?: unknown };
	if (!Array.isArray(x.keys)) throw new OtaImageError('malformed', "trusted keys: no 'keys' array");
	return x.keys.map((k: TrustedKey, i: number) => {
		if (typeof k?.id !== 'string' || typeof k.jwk !== 'object') throw new OtaImageError('malformed', `trusted keys: entry ${i} lacks id or jwk`);
		return k;
	});
}

export interface Verified {
	manifest: Manifest;
	data: Uint8Array;
	keyId: string;
}

/**
 * Everything a vehicle checks before it flashes: the signature by a trusted key over the manifest, the
 * image's size and SHA-256 against the manifest, and that the manifest is for `targetEcu` (null: any).
 * Throws `OtaImageError` with the reason; returns the checked manifest and bytes.
 */
export async function verifyImage(
	m: { manifest: unknown; signature: string; keyId?: string },
	data: Uint8Array,
	trusted: TrustedKey[],
	targetEcu: string | null
): Promise<Verified> {
	const manifest = parseManifest(m.manifest);
	const sig = fromBase64(m.signature, 'signature');
	const candidates = m.keyId ? trusted.filter((k) => k.id === m.keyId) : trusted;
	if (candidates.length === 0) throw new OtaImageError('untrusted-key', `signed by key ${m.keyId}, which is not in the trusted keys (${trusted.map((k) => k.id).join(', ') || 'none'})`);
	let by: string | null = null;
	for (const k of candidates) {
		const { d: _d, key_ops: _ops, ...pub } = k.jwk;
		const key = await subtle().importKey('jwk', { ...pub, key_ops: ['verify'] }, ED25519, false, ['verify']);
		if (await subtle().verify(ED25519, key, sig as BufferSource, canonicalManifest(manifest) as BufferSource)) {
			by = k.id;
			break;
		}
	}
	if (by === null) throw new OtaImageError('signature', `signature does not verify with trusted key ${candidates.map((k) => k.id).join(', ')} (manifest altered or signed by another key)`);
	if (data.length !== manifest.size) throw new OtaImageError('size', `image is ${data.length} bytes, the manifest says ${manifest.size}`);
	const sha = await sha256Hex(data);
	if (sha !== manifest.sha256) throw new OtaImageError('hash', `image SHA-256 ${sha.slice(0, 16)}… differs from the manifest's ${manifest.sha256.slice(0, 16)}…`);
	if (targetEcu !== null && manifest.ecu !== targetEcu) throw new OtaImageError('wrong-ecu', `image is for ECU '${manifest.ecu}', the target is '${targetEcu}'`);
	return { manifest, data, keyId: by };
}

/** Verifies a bundle that carries its data. */
export async function verifyBundle(b: Bundle, trusted: TrustedKey[], targetEcu: string | null): Promise<Verified> {
	if (b.data === undefined) throw new OtaImageError('malformed', 'bundle carries no image data');
	return verifyImage(b, fromBase64(b.data, 'bundle.data'), trusted, targetEcu);
}
