/**
 * Live mode in the page: the one connection to the live server (`/api/live` beside the app) with its state
 * as runes, and the server's simulated vehicle as a `Vehicle` the dashboard and control bar can drive.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { DriverInputs, FloodOptions, SimSnapshot } from '$lib/sim/simulation';
import type { Speed } from '$lib/worker/pacer';
import type { Vehicle } from '$lib/store/vehicle';
import { LiveConnection, LiveError, type LiveState } from './connection';

const TOKEN_KEY = 'zonebench.live.token';

/** ws(s)://this host/base/api/live: the server that served the page. */
function liveUrl(): string {
	const u = new URL(`${base}/api/live`, location.href);
	u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
	return u.href;
}

class Live {
	state = $state.raw<LiveState>({ status: 'idle', error: null, sources: [], canWrite: false, dropped: 0, serverVersion: null });
	#conn: LiveConnection | null = null;

	/** The connection (made on first use, in the browser only). */
	get conn(): LiveConnection {
		if (!this.#conn) {
			this.#conn = new LiveConnection({ url: liveUrl(), onChange: (s) => (this.state = s) });
		}
		return this.#conn;
	}

	connect(): void {
		const c = this.conn;
		c.connect();
		const t = browser ? localStorage.getItem(TOKEN_KEY) : null;
		if (t && !this.state.canWrite) void c.auth(t).catch(() => {});
	}

	disconnect(): void {
		this.#conn?.close();
	}

	/** Presents a token; a token the server accepts is remembered in this browser (like a saved password). */
	async unlock(token: string): Promise<boolean> {
		const ok = await this.conn.auth(token.trim());
		if (ok) localStorage.setItem(TOKEN_KEY, token.trim());
		else this.state = { ...this.state, error: 'the server refused this token' };
		return ok;
	}

	/** Forgets the remembered token (this connection stays unlocked until it closes). */
	forgetToken(): void {
		localStorage.removeItem(TOKEN_KEY);
	}
}

export const live = new Live();

/** The live server's simulated vehicle (the first `sim` channel), driven over the WebSocket with a token. */
class LiveVehicle implements Vehicle {
	readonly where = 'server' as const;
	readonly canStep = false;
	running = $state(true);
	speed = $state<Speed>(1);
	seed = $state(1);
	profile = $state<string | null>(null);
	flood = $state(false);
	snapshot = $state.raw<SimSnapshot | null>(null);
	framesReceived = $state(0);
	#attached = false;

	get channel(): number | null {
		return live.state.sources.find((s) => s.kind === 'sim' && s.state !== 'failed')?.channel ?? null;
	}

	get ready(): boolean {
		return live.state.status === 'open' && this.channel !== null;
	}

	/** Follows the server's status and frame counts (once). */
	attach(): void {
		if (this.#attached) return;
		this.#attached = true;
		live.conn.onStatus((ch, s) => {
			if (ch !== this.channel) return;
			this.snapshot = s;
			this.seed = s.seed;
			this.profile = s.profile;
			this.flood = s.flood !== null;
		});
		live.conn.subscribe((b) => (this.framesReceived += b.count));
		live.conn.onSession(() => (this.framesReceived = 0));
	}

	async #cmd(cmd: string, args?: unknown): Promise<void> {
		const ch = this.channel;
		if (ch === null) throw new Error('the live server runs no simulated vehicle');
		try {
			await live.conn.sim(ch, cmd, args);
		} catch (e) {
			const code = e instanceof LiveError ? `${e.code}: ` : '';
			live.state = { ...live.state, error: `${cmd}: ${code}${(e as Error).message}` };
			throw e;
		}
	}

	async start(): Promise<void> {
		await this.#cmd('start');
		this.running = true;
	}
	async pause(): Promise<void> {
		await this.#cmd('pause');
		this.running = false;
	}
	async step(): Promise<void> {
		throw new Error('single step is for the simulation in this tab');
	}
	async setSpeed(s: Speed): Promise<void> {
		await this.#cmd('setSpeed', s === Infinity ? 'max' : s);
		this.speed = s;
	}
	async reset(seed = this.seed): Promise<void> {
		await this.#cmd('reset', { seed });
		this.seed = seed;
	}
	async setInputs(p: Partial<DriverInputs>): Promise<void> {
		// pedals and switches are sent as they change; a refused one (no token) is shown once, not thrown
		await this.#cmd('setInputs', p).catch(() => {});
	}
	async setAutopilot(profile: string | null): Promise<void> {
		await this.#cmd('setAutopilot', profile);
		this.profile = profile;
	}
	async setFlood(on: boolean | FloodOptions): Promise<void> {
		await this.#cmd('setFlood', on === false ? null : on === true ? {} : on);
		this.flood = on !== false;
	}
	async powerOff(): Promise<void> {
		throw new Error('powering off an ECU of the server’s vehicle is not offered');
	}
}

export const liveVehicle = new LiveVehicle();
