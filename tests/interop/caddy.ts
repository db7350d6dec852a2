/**
 * Starts Debian's Caddy with docs/Caddyfile in front of a zonebench server, for the proxy tests
 * (tests/interop/caddy.spec.ts, tests/e2e/caddy.spec.ts): the committed site block as it is, its global
 * options replaced by the test's (admin API off, no system trust store, no :80 redirect server), TLS from
 * Caddy's internal CA with its storage in a temporary XDG_DATA_HOME.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const CADDY = '/usr/bin/caddy';
/** Why Caddy tests cannot run here, or null. */
export const caddyMissing: string | null = existsSync(CADDY) ? null : `${CADDY} not found (run .ci/setup: apt-get install caddy)`;

export interface Caddy {
	/** `https://localhost:PORT` */
	url: string;
	port: number;
	/** Caddy's internal root CA (PEM), to trust in clients. */
	rootCA: string;
	rootCAFile: string;
	/** base64 SHA-256 of the intermediate CA's public key (Chromium's --ignore-certificate-errors-spki-list). */
	spki: string;
	log(): string;
	stop(): Promise<void>;
}

/** A free TCP port on loopback (closed again at once; Caddy binds it right after). */
export function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.once('error', rej);
		s.listen(0, '127.0.0.1', () => {
			const p = (s.address() as { port: number }).port;
			s.close(() => res(p));
		});
	});
}

/** docs/Caddyfile with `globals` in place of its global options block. */
export function caddyfileFrom(template: string, globals: string[]): string {
	const m = /^\{\n[\s\S]*?^\}\n/m.exec(template);
	if (!m) throw new Error('docs/Caddyfile: no global options block ({ ... } at the start of a line)');
	return template.replace(m[0], `{\n${globals.map((g) => `\t${g}\n`).join('')}}\n`);
}

export async function startCaddy(upstreamPort: number): Promise<Caddy> {
	const dir = mkdtempSync(join(tmpdir(), 'zb-caddy-'));
	const port = await freePort();
	const file = join(dir, 'Caddyfile');
	const template = readFileSync(join(root, 'docs/Caddyfile'), 'utf8');
	writeFileSync(file, caddyfileFrom(template, ['admin off', 'skip_install_trust', 'auto_https disable_redirects', `http_port ${await freePort()}`]));
	let out = '';
	const proc: ChildProcess = spawn(CADDY, ['run', '--config', file, '--adapter', 'caddyfile'], {
		env: { ...process.env, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config'), HOME: dir, ZB_SITE: `localhost:${port}`, ZB_TLS: 'internal', ZB_UPSTREAM: `127.0.0.1:${upstreamPort}` },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	proc.stdout!.on('data', (d) => (out += d));
	proc.stderr!.on('data', (d) => (out += d));
	const exited = new Promise<number>((r) => proc.once('exit', (c) => r(c ?? 1)));
	const rootCAFile = join(dir, 'data/caddy/pki/authorities/local/root.crt');
	const stop = async (): Promise<void> => {
		if (proc.exitCode === null) {
			proc.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			if (proc.exitCode === null) proc.kill('SIGKILL');
		}
		rmSync(dir, { recursive: true, force: true });
	};
	// ready when the root CA exists and a TLS request through Caddy gets any HTTP answer
	const url = `https://localhost:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (existsSync(rootCAFile) && (await httpsGet(`${url}/healthz`, readFileSync(rootCAFile, 'utf8')).then(() => true, () => false))) break;
		if (proc.exitCode !== null || Date.now() > deadline) {
			const why = proc.exitCode !== null ? `exited ${proc.exitCode}` : 'not ready in 30 s';
			await stop();
			throw new Error(`caddy ${why}:\n${out}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	// the chain Caddy presents is leaf + intermediate: a browser told to trust that key trusts the chain
	const inter = new X509Certificate(readFileSync(join(dir, 'data/caddy/pki/authorities/local/intermediate.crt')));
	const spki = createHash('sha256').update(inter.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
	return { url, port, rootCA: readFileSync(rootCAFile, 'utf8'), rootCAFile, spki, log: () => out, stop };
}

/** GET over https trusting only `ca`: status, headers and body. */
export function httpsGet(url: string, ca: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
	return new Promise((res, rej) => {
		const req = request(url, { ca, headers, timeout: 5000 }, (r) => {
			let body = '';
			r.setEncoding('utf8');
			r.on('data', (d) => (body += d));
			r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, body }));
		});
		req.on('timeout', () => req.destroy(new Error(`${url}: timeout`)));
		req.on('error', rej);
		req.end();
	});
}
