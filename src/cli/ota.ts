/**
 * OTA images from the command line (docs/ota.md):
 *
 *   npm run ota -- keygen [--out DIR] [--trust FILE]     Ed25519 key pair: DIR/ota-key.private.jwk, .public.jwk,
 *                                                        .private.pem, .public.pem; the public key is added to
 *                                                        FILE (default static/ota/trusted-keys.json)
 *   npm run ota -- sign --ecu cvc --version 1.1.0 IMAGE.wasm --key KEY.private.jwk [--out BUNDLE]
 *                                                        writes BUNDLE (default IMAGE-VERSION.ota.json)
 *   npm run ota -- verify BUNDLE [--ecu cvc] [--trust FILE]
 *   npm run ota -- build --ecu cvc --version 1.1.0 [--out FILE]
 *                                                        rebuilds an ECU with that software version DID
 * Exit code 1 with the reason on any failure.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { generateKeyPair, parseBundle, parseTrustedKeys, signImage, verifyBundle, type TrustedKey } from '../lib/ota/image';
import { buildEcuVariant } from '../lib/ota/build-node';

const DEFAULT_TRUST = 'static/ota/trusted-keys.json';

function opts(argv: string[]): { pos: string[]; flags: Map<string, string> } {
	const pos: string[] = [];
	const flags = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('--')) {
			const [k, v] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[++i]];
			if (v === undefined) throw new Error(`--${k} needs a value`);
			flags.set(k, v);
		} else pos.push(a);
	}
	return { pos, flags };
}

function need(flags: Map<string, string>, k: string, example: string): string {
	const v = flags.get(k);
	if (!v) throw new Error(`--${k} is required, e.g. --${k} ${example}`);
	return v;
}

function readTrust(file: string): TrustedKey[] {
	return existsSync(file) ? parseTrustedKeys(readFileSync(file, 'utf8')) : [];
}

async function main(argv: string[]): Promise<void> {
	const [cmd, ...rest] = argv;
	const { pos, flags } = opts(rest);
	if (cmd === 'keygen') {
		const out = flags.get('out') ?? '.';
		const trust = flags.get('trust') ?? DEFAULT_TRUST;
		mkdirSync(out, { recursive: true });
		const k = await generateKeyPair();
		const base = join(out, 'ota-key');
		writeFileSync(`${base}.private.jwk`, JSON.stringify(k.privateJwk, null, '\t') + '\n', { mode: 0o600 });
		writeFileSync(`${base}.public.jwk`, JSON.stringify(k.publicJwk, null, '\t') + '\n');
		writeFileSync(`${base}.private.pem`, createPrivateKey({ key: k.privateJwk as never, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
		writeFileSync(`${base}.public.pem`, createPublicKey({ key: k.publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }));
		const keys = readTrust(trust).filter((t) => t.id !== k.id);
		keys.push({ id: k.id, jwk: k.publicJwk, comment: `made by npm run ota -- keygen, ${new Date().toISOString()}` });
		mkdirSync(dirname(trust), { recursive: true });
		writeFileSync(trust, JSON.stringify({ keys }, null, '\t') + '\n');
		console.log(`ota: key ${k.id}: ${base}.private.jwk (keep secret), ${base}.public.jwk/.pem; trusted in ${trust}`);
	} else if (cmd === 'sign') {
		const ecu = need(flags, 'ecu', 'cvc');
		const version = need(flags, 'version', '1.1.0');
		const keyFile = need(flags, 'key', 'ota-key.private.jwk');
		const image = pos[0];
		if (!image) throw new Error('sign: which image? e.g. npm run ota -- sign --ecu cvc --version 1.1.0 static/wasm/cvc.wasm --key KEY');
		const jwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JsonWebKey;
		if (!jwk.d) throw new Error(`${keyFile} is not a private key (no 'd')`);
		const b = await signImage(new Uint8Array(readFileSync(image)), { ecu, version, privateJwk: jwk });
		const out = flags.get('out') ?? join(dirname(image), `${basename(image, '.wasm')}-${version}.ota.json`);
		writeFileSync(out, JSON.stringify(b, null, '\t') + '\n');
		console.log(`ota: ${out}: ${ecu} ${version}, ${b.manifest.size} bytes, sha256 ${b.manifest.sha256}, key ${b.keyId}`);
	} else if (cmd === 'verify') {
		const file = pos[0];
		if (!file) throw new Error('verify: which bundle? e.g. npm run ota -- verify cvc-1.1.0.ota.json');
		const trust = flags.get('trust') ?? DEFAULT_TRUST;
		const v = await verifyBundle(parseBundle(readFileSync(file, 'utf8')), readTrust(trust), flags.get('ecu') ?? null);
		console.log(`ota: ${file}: OK, ${v.manifest.ecu} ${v.manifest.version}, ${v.manifest.size} bytes, signed by trusted key ${v.keyId}`);
	} else if (cmd === 'build') {
		const ecu = need(flags, 'ecu', 'cvc');
		const version = need(flags, 'version', '1.1.0');
		const out = flags.get('out') ?? `${ecu}-${version}.wasm`;
		writeFileSync(out, await buildEcuVariant(ecu, version));
		console.log(`ota: ${out}: ${ecu} with software version '${ecu.toUpperCase()} ${version}'`);
	} else {
		throw new Error(`unknown command '${cmd ?? ''}' (keygen | sign | verify | build)`);
	}
}

main(process.argv.slice(2)).catch((e) => {
	console.error(`ota: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
