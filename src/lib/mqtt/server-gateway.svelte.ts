/**
 * The live server's own MQTT side as its `/healthz` reports it: the broker it publishes to, whether the
 * gateway is connected or retrying (and why), and the outbox — so a broker that is down shows on the page,
 * not only in the server's log. Absent on the static demo (no server answers /healthz).
 */
export interface ServerMqtt {
	broker: { kind: 'embedded' | 'external'; url: string; ws?: string | null; refusedPublishes?: number };
	gateway: {
		url: string;
		connected: boolean;
		lastError: string | null;
		retryAt: number | null;
		published: number;
		outbox: { depth: number; max: number; dropped: number };
		seq: { telemetry: number; dtc: number };
		commands: { received: number; malformed: number; lastMalformed: string | null };
	};
}

export class ServerGateway {
	/** null: no server (static demo) or it runs without MQTT; `{ state: 'failed', error }` when it could not start. */
	status = $state.raw<ServerMqtt | { state: string; error?: string } | null>(null);
	#timer: ReturnType<typeof setInterval> | null = null;

	/** Polls `${base}/healthz` every `everyMs` (page code: wall-clock timers are fine here). */
	follow(base: string, everyMs = 2000): () => void {
		const poll = async () => {
			try {
				const r = await fetch(`${base}/healthz`, { cache: 'no-store' });
				if (!r.ok && r.status !== 503) throw new Error(`HTTP ${r.status}`);
				const h = (await r.json()) as { services?: { mqtt?: ServerMqtt | { state: string; error?: string } } };
				this.status = h.services?.mqtt ?? null;
			} catch {
				this.status = null;
			}
		};
		void poll();
		this.#timer = setInterval(poll, everyMs);
		return () => {
			if (this.#timer) clearInterval(this.#timer);
			this.#timer = null;
		};
	}
}
