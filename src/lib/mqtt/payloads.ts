/**
 * The MQTT topic contract as the browser reads it (docs/mqtt.md): `zb/v1/{vin}/status|telemetry|dtc`.
 * Every payload is checked before it is shown; a bad one becomes a message naming the topic and what is
 * wrong, never an exception in the page.
 */

export type VssValue = number | boolean | string | string[];

export interface StatusMsg {
	state: 'online' | 'offline';
	vin?: string;
	ts?: number;
	reason?: string;
	outbox?: { depth: number; max: number; dropped: number };
}

export interface TelemetryMsg {
	seq: number;
	t_us: number;
	ts: number;
	signals: Record<string, VssValue>;
}

export interface DtcMsg {
	seq: number;
	t_us: number;
	ts: number;
	ecu: string;
	dtc: string;
	status: number;
	statusBits: string[];
	occurrence?: number;
}

export type Parsed =
	| { kind: 'status'; vin: string; msg: StatusMsg }
	| { kind: 'telemetry'; vin: string; msg: TelemetryMsg }
	| { kind: 'dtc'; vin: string; msg: DtcMsg }
	| { kind: 'bad'; vin: string | null; topic: string; reason: string };

const TOPIC = /^zb\/v1\/([^/]+)\/(status|telemetry|dtc)$/;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isVss = (v: unknown) => typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));

/** Parses one message of the contract; anything else is `{ kind: 'bad', reason }`. */
export function parseMessage(topic: string, payload: Uint8Array | string): Parsed {
	const m = TOPIC.exec(topic);
	if (!m) return { kind: 'bad', vin: null, topic, reason: 'not a zb/v1/{vin}/status|telemetry|dtc topic' };
	const vin = m[1];
	const bad = (reason: string): Parsed => ({ kind: 'bad', vin, topic, reason });
	let v: unknown;
	try {
		v = JSON.parse(typeof payload === 'string' ? payload : new TextDecoder().decode(payload));
	} catch (e) {
		return bad(`not JSON (${(e as Error).message})`);
	}
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad('not a JSON object');
	const o = v as Record<string, unknown>;
	if (m[2] === 'status') {
		if (o.state !== 'online' && o.state !== 'offline') return bad(`state ${JSON.stringify(o.state)} is not 'online' or 'offline'`);
		return { kind: 'status', vin, msg: o as unknown as StatusMsg };
	}
	if (!isNum(o.seq) || !Number.isInteger(o.seq)) return bad('seq is not an integer');
	if (!isNum(o.t_us)) return bad('t_us is not a number');
	if (!isNum(o.ts)) return bad('ts is not a number');
	if (m[2] === 'telemetry') {
		if (typeof o.signals !== 'object' || o.signals === null || Array.isArray(o.signals)) return bad('signals is not an object');
		for (const [k, s] of Object.entries(o.signals)) {
			if (!k.startsWith('Vehicle.')) return bad(`signal '${k}' is not a VSS path`);
			if (!isVss(s)) return bad(`signal '${k}' has a value of no VSS type`);
		}
		return { kind: 'telemetry', vin, msg: o as unknown as TelemetryMsg };
	}
	if (typeof o.dtc !== 'string' || typeof o.ecu !== 'string' || !isNum(o.status)) return bad('dtc, ecu or status missing');
	return { kind: 'dtc', vin, msg: { ...(o as unknown as DtcMsg), statusBits: Array.isArray(o.statusBits) ? (o.statusBits as string[]) : [] } };
}

/** The broker URL the page uses by default: this host's `/mqtt` (the server's MQTT over WebSocket). */
export function defaultBrokerUrl(loc: { protocol: string; host: string }): string {
	return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/mqtt`;
}

/** Display text of a VSS value with its unit (`12.3 km/h`, `true`, `P2138-00, U0100-87`). */
export function formatVss(v: VssValue, unit?: string): string {
	if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
	if (typeof v === 'number') {
		const t = Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) >= 100 ? 1 : 2);
		return unit && unit !== 'percent' ? `${t} ${unit}` : unit === 'percent' ? `${t} %` : t;
	}
	return String(v);
}
