/**
 * The live server's configuration: environment variables with defaults, CLI flags overriding them,
 * validated once at start (docs/deployment.md, "Live server"). A bad value is a `ConfigError` naming the
 * variable (or flag) and why; `server/index.ts` prints it and exits 2.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** One `ZB_CAN` entry; its position in the list is its channel number. */
export type SourceSpec =
	| { kind: 'sim'; seed: number; spec: string }
	| { kind: 'replay'; file: string; loop: boolean; spec: string }
	| { kind: 'socketcan'; iface: string; spec: string }
	| { kind: 'gen'; rate: number; spec: string };

export interface Config {
	port: number;
	host: string;
	can: SourceSpec[];
	/** Token from ZB_TOKEN; null = read or generate `ZB_DATA/token` (`resolveToken`). */
	token: string | null;
	dataDir: string;
	/** Allowed WebSocket origins besides the server's own host, normalised (`https://example.com`). */
	origins: string[];
	/** Reserved for the MQTT gateway and the embedded broker (they validate their own values). */
	mqttUrl: string | null;
	mqttPort: string | null;
	/** Reserved for the socketcand and slcan TCP servers. */
	socketcand: string | null;
	slcan: string | null;
	/** Serve the app build (ZB_WEB); false: only the live endpoints, /healthz and /metrics. */
	web: boolean;
	/** Unsent bytes a WebSocket client may lag behind before its frames are dropped (ZB_WS_MAX_BUFFER). */
	wsMaxBuffer: number;
	/**
	 * This server instance's name (ZB_INSTANCE; default host name and port): several instances share one broker
	 * and one database, and the fleet's MQTT client id is made from it (docs/scaling.md).
	 */
	instance: string;
	/** Where each setting came from, for the start-up table. */
	from: Record<string, 'default' | 'env' | 'flag'>;
}

/** A configuration value that cannot be used; `message` names the variable or flag and why. */
export class ConfigError extends Error {}

interface Var {
	env: string;
	flag: string;
	def: string | null;
	help: string;
}

/** Every setting: variable, CLI flag, default, meaning (the table in docs/deployment.md mirrors this). */
export const VARS: readonly Var[] = [
	{ env: 'ZB_PORT', flag: '--port', def: '4173', help: 'HTTP port (0 = any free port)' },
	{ env: 'ZB_HOST', flag: '--host', def: '127.0.0.1', help: 'address to bind; 0.0.0.0 to serve the LAN' },
	{ env: 'ZB_CAN', flag: '--can', def: 'sim', help: 'CAN sources, comma-separated, channel 0, 1, ..: sim, sim:SEED, replay:FILE, socketcan:IFACE, gen:RATE' },
	{ env: 'ZB_TOKEN', flag: '--token', def: null, help: 'token for writes (send, sim commands); unset: generated into ZB_DATA/token' },
	{ env: 'ZB_DATA', flag: '--data', def: './data', help: 'data folder (token, outbox, database)' },
	{ env: 'ZB_ORIGINS', flag: '--origins', def: null, help: 'extra allowed WebSocket origins, comma-separated' },
	{ env: 'MQTT_URL', flag: '--mqtt-url', def: null, help: 'external MQTT broker; unset: the embedded broker' },
	{ env: 'ZB_MQTT_PORT', flag: '--mqtt-port', def: null, help: 'embedded broker TCP port' },
	{ env: 'ZB_SOCKETCAND', flag: '--socketcand', def: null, help: 'socketcand server (TCP)' },
	{ env: 'ZB_SLCAN', flag: '--slcan', def: null, help: 'slcan (LAWICEL) server (TCP)' },
	{ env: 'ZB_WEB', flag: '--web', def: '1', help: '0: no app, only /api/live, /healthz, /metrics (no build needed)' },
	{ env: 'ZB_WS_MAX_BUFFER', flag: '--ws-max-buffer', def: '4194304', help: 'bytes a WebSocket client may lag behind before its frames are dropped' },
	{ env: 'ZB_INSTANCE', flag: '--instance', def: null, help: 'this instance\'s name when several share a broker and database (default HOSTNAME-PORT)' }
];

export const USAGE = `usage: tsx server/index.ts [options]   (every option also reads from its environment variable)
${VARS.map((v) => `  ${(v.flag + ' V').padEnd(16)} ${v.env.padEnd(14)} ${v.help}${v.def !== null ? ` (default ${v.def})` : ''}`).join('\n')}
  -h, --help`;

/** Raised by `--help`; the entry prints USAGE and exits 0. */
export class HelpRequested extends Error {}

const IFACE = /^[A-Za-z0-9_.-]{1,15}$/;
/** An instance name: it goes into an MQTT client id and the logs, so letters, digits, `.`, `_`, `-`. */
export const INSTANCE_RE = /^[A-Za-z0-9_.-]{1,64}$/;

/** The default instance name: the host name and the port, so two instances on one machine differ. */
export function defaultInstance(port: number, host = hostname()): string {
	const h = host.split('.')[0].replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 50) || 'host';
	return `${h}-${port}`;
}

function parsePort(name: string, v: string): number {
	if (!/^\d+$/.test(v) || Number(v) > 65535) throw new ConfigError(`${name}='${v}': must be a port number 0..65535`);
	return Number(v);
}

/** Parses one `ZB_CAN` entry. */
export function parseSourceSpec(name: string, s: string): SourceSpec {
	const colon = s.indexOf(':');
	const kind = colon < 0 ? s : s.slice(0, colon);
	const arg = colon < 0 ? null : s.slice(colon + 1);
	switch (kind) {
		case 'sim': {
			if (arg === null) return { kind: 'sim', seed: 1, spec: s };
			if (!/^\d+$/.test(arg) || Number(arg) > 0xffffffff)
				throw new ConfigError(`${name}: '${s}': the sim seed must be an integer 0..4294967295`);
			return { kind: 'sim', seed: Number(arg), spec: s };
		}
		case 'replay':
			if (!arg) throw new ConfigError(`${name}: '${s}': replay needs a file, e.g. replay:drive.log`);
			return { kind: 'replay', file: arg, loop: true, spec: s };
		case 'socketcan':
			if (!arg || !IFACE.test(arg)) throw new ConfigError(`${name}: '${s}': socketcan needs an interface name, e.g. socketcan:can0`);
			return { kind: 'socketcan', iface: arg, spec: s };
		case 'gen':
			if (!arg || !/^\d+$/.test(arg) || Number(arg) < 1 || Number(arg) > 1_000_000)
				throw new ConfigError(`${name}: '${s}': gen needs a rate in frames per second 1..1000000, e.g. gen:10000`);
			return { kind: 'gen', rate: Number(arg), spec: s };
		default:
			throw new ConfigError(`${name}: '${s}': unknown source kind '${kind}' (known: sim, sim:SEED, replay:FILE, socketcan:IFACE, gen:RATE)`);
	}
}

function parseOrigin(name: string, o: string): string {
	let u: URL;
	try {
		u = new URL(o);
	} catch {
		throw new ConfigError(`${name}: '${o}' is not an origin (e.g. https://bench.example.com)`);
	}
	if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.pathname !== '/' || u.search || u.hash)
		throw new ConfigError(`${name}: '${o}' must be scheme://host[:port] with http or https and no path`);
	return u.origin;
}

/**
 * Reads the configuration from `env`, then `argv` flags (`--port 8080` or `--port=8080`) on top.
 * Throws `ConfigError` on the first bad value, `HelpRequested` for `-h`/`--help`.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, argv: string[] = []): Config {
	const raw = new Map<string, string>();
	const from: Config['from'] = {};
	for (const v of VARS) {
		const e = env[v.env];
		if (e !== undefined && e !== '') {
			raw.set(v.env, e);
			from[v.env] = 'env';
		} else if (v.def !== null) {
			raw.set(v.env, v.def);
			from[v.env] = 'default';
		}
	}
	const label = new Map<string, string>(VARS.map((v) => [v.env, v.env]));
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '-h' || a === '--help') throw new HelpRequested();
		const eq = a.indexOf('=');
		const flag = eq > 0 ? a.slice(0, eq) : a;
		const v = VARS.find((x) => x.flag === flag);
		if (!v) throw new ConfigError(`unknown option '${a}'\n${USAGE}`);
		const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
		if (value === undefined) throw new ConfigError(`${flag} needs a value`);
		raw.set(v.env, value);
		from[v.env] = 'flag';
		label.set(v.env, flag);
	}
	const get = (k: string): string | null => raw.get(k) ?? null;
	const name = (k: string): string => label.get(k)!;

	const port = parsePort(name('ZB_PORT'), get('ZB_PORT')!);
	const host = get('ZB_HOST')!;
	if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) throw new ConfigError(`${name('ZB_HOST')}='${host}': must be a host name or IP address`);
	const canText = get('ZB_CAN')!;
	const specs = canText.split(',').map((s) => s.trim());
	if (specs.some((s) => s === '')) throw new ConfigError(`${name('ZB_CAN')}='${canText}': empty entry (comma-separated specs, e.g. sim,replay:a.log)`);
	if (specs.length > 255) throw new ConfigError(`${name('ZB_CAN')}: ${specs.length} sources, at most 255 channels`);
	const can = specs.map((s) => parseSourceSpec(name('ZB_CAN'), s));
	const token = get('ZB_TOKEN');
	if (token !== null && (token.length < 16 || /\s/.test(token)))
		throw new ConfigError(`${name('ZB_TOKEN')}: must be at least 16 characters without spaces (unset it to have one generated)`);
	const dataDir = get('ZB_DATA')!;
	const originsText = get('ZB_ORIGINS');
	const origins = originsText
		? originsText
				.split(',')
				.map((s) => s.trim())
				.filter((s) => s !== '')
				.map((o) => parseOrigin(name('ZB_ORIGINS'), o))
		: [];
	const mqttUrl = get('MQTT_URL');
	if (mqttUrl !== null) {
		try {
			new URL(mqttUrl);
		} catch {
			throw new ConfigError(`${name('MQTT_URL')}='${mqttUrl}': not a URL (e.g. mqtt://broker.local:1883)`);
		}
	}
	const webText = get('ZB_WEB')!;
	if (webText !== '0' && webText !== '1') throw new ConfigError(`${name('ZB_WEB')}='${webText}': must be 1 (serve the app) or 0 (live endpoints only)`);
	const bufText = get('ZB_WS_MAX_BUFFER')!;
	if (!/^\d+$/.test(bufText) || Number(bufText) < 4096 || Number(bufText) > 1 << 30)
		throw new ConfigError(`${name('ZB_WS_MAX_BUFFER')}='${bufText}': must be a byte count 4096..1073741824`);
	const instanceText = get('ZB_INSTANCE');
	if (instanceText !== null && !INSTANCE_RE.test(instanceText))
		throw new ConfigError(`${name('ZB_INSTANCE')}='${instanceText}': 1 to 64 letters, digits, '.', '_' or '-' (it becomes part of an MQTT client id)`);
	return {
		port,
		host,
		can,
		token,
		dataDir,
		origins,
		mqttUrl,
		mqttPort: get('ZB_MQTT_PORT'),
		socketcand: get('ZB_SOCKETCAND'),
		slcan: get('ZB_SLCAN'),
		web: webText === '1',
		wsMaxBuffer: Number(bufText),
		instance: instanceText ?? defaultInstance(port),
		from
	};
}

export interface ResolvedToken {
	token: string;
	/** `env`: ZB_TOKEN; `file`: read from ZB_DATA/token; `generated`: written there just now. */
	origin: 'env' | 'file' | 'generated';
	file: string | null;
}

/** The write token: ZB_TOKEN, else `ZB_DATA/token`, else 32 random bytes (hex) stored there with mode 0600. */
export function resolveToken(c: Config): ResolvedToken {
	if (c.token !== null) return { token: c.token, origin: 'env', file: null };
	const file = join(resolve(c.dataDir), 'token');
	try {
		const t = readFileSync(file, 'utf8').trim();
		if (t.length >= 16) return { token: t, origin: 'file', file };
		throw new ConfigError(`${file}: holds no usable token (delete it to have one generated)`);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
			if (e instanceof ConfigError) throw e;
			throw new ConfigError(`ZB_DATA: cannot read ${file}: ${(e as Error).message}`);
		}
	}
	const token = randomBytes(32).toString('hex');
	try {
		mkdirSync(resolve(c.dataDir), { recursive: true });
		// 'wx': never overwrite a token another process has just written
		writeFileSync(file, token + '\n', { mode: 0o600, flag: 'wx' });
	} catch (e) {
		throw new ConfigError(`ZB_DATA: cannot write ${file}: ${(e as Error).message}`);
	}
	return { token, origin: 'generated', file };
}

/** The start-up table, one line per setting (the token itself only when just generated). */
export function formatConfigTable(c: Config, tok: ResolvedToken | null): string {
	const show = (env: string): string => {
		switch (env) {
			case 'ZB_PORT':
				return String(c.port);
			case 'ZB_HOST':
				return c.host;
			case 'ZB_CAN':
				return c.can.map((s, i) => `${i}=${s.spec}`).join(' ');
			case 'ZB_TOKEN':
				if (!tok) return '(not resolved)';
				if (tok.origin === 'env') return '(set)';
				if (tok.origin === 'file') return 'from ZB_DATA/token';
				return `${tok.token}  (generated into ZB_DATA/token; shown this once)`;
			case 'ZB_DATA':
				return c.dataDir;
			case 'ZB_ORIGINS':
				return c.origins.length ? c.origins.join(' ') : '(same host only)';
			case 'MQTT_URL':
				return c.mqttUrl ? redactUrl(c.mqttUrl) : '(embedded broker)';
			case 'ZB_MQTT_PORT':
				return c.mqttPort ?? '(default)';
			case 'ZB_SOCKETCAND':
				return c.socketcand ?? '(off)';
			case 'ZB_SLCAN':
				return c.slcan ?? '(off)';
			case 'ZB_WEB':
				return c.web ? 'app and live endpoints' : 'live endpoints only (no app)';
			case 'ZB_WS_MAX_BUFFER':
				return `${c.wsMaxBuffer} bytes`;
			case 'ZB_INSTANCE':
				return c.instance;
		}
		return '';
	};
	const rows = VARS.map((v) => [v.env, show(v.env), c.from[v.env] ?? 'default']);
	const w = Math.max(...rows.map((r) => r[0].length));
	return rows.map(([k, v, f]) => `  ${k.padEnd(w)}  ${v}${f !== 'default' ? `  [${f}]` : ''}`).join('\n');
}

function redactUrl(s: string): string {
	try {
		const u = new URL(s);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return s;
	}
}
