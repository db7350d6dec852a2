/**
 * The embedded MQTT broker (aedes 1.x) used when no MQTT_URL is configured: TCP (default 127.0.0.1:1883)
 * and MQTT over WebSocket, whose upgrade handler the HTTP server mounts on `/mqtt`. Anyone may connect,
 * subscribe and read; publishing under `zb/v1/` (vehicle commands, OTA, and every topic the gateway owns)
 * needs the server token as the MQTT password (docs/mqtt.md, "Authentication").
 */
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, createWebSocketStream } from 'ws';

export interface BrokerOptions {
	/** TCP port; 0 picks a free one. Default 1883 (ZB_MQTT_PORT). */
	port?: number;
	/** TCP bind address; default 127.0.0.1 (ZB_MQTT_HOST). */
	host?: string;
	/** The server token: the MQTT password that allows publishing under `zb/v1/`. */
	token: string;
	log?: (text: string) => void;
}

export interface EmbeddedBroker {
	/** `mqtt://host:port` of the TCP listener. */
	readonly url: string;
	readonly port: number;
	/** For `registerUpgrade('/mqtt', …)`: takes an HTTP upgrade request to MQTT over WebSocket. */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	/** Publishes refused for want of the token, since start. */
	readonly refused: number;
	close(): Promise<void>;
}

/** Topics only a client holding the token may publish to: the whole `zb/v1/` tree. */
export function protectedTopic(topic: string): boolean {
	return topic === 'zb/v1' || topic.startsWith('zb/v1/');
}

const digest = (b: Buffer | string) => createHash('sha256').update(b).digest();

/** Constant-time token check (hashes first, so the lengths are equal and not revealed). */
export function tokenMatches(given: Buffer | string | undefined, token: string): boolean {
	if (given === undefined || token === '') return false;
	return timingSafeEqual(digest(given), digest(token));
}

const authorized = new WeakSet<Client>();

function authError(message: string, returnCode: number): AuthenticateError {
	return Object.assign(new Error(message), { returnCode }) as AuthenticateError;
}

/** Starts the broker's TCP listener; the WebSocket side goes through `handleUpgrade`. */
export async function startBroker(opts: BrokerOptions): Promise<EmbeddedBroker> {
	const log = opts.log ?? (() => {});
	let refused = 0;
	const aedes = await Aedes.createBroker({
		authenticate(client, _username, password, done) {
			if (password !== undefined && password.length > 0) {
				// a wrong token is refused at CONNECT, so the client learns it now, not at its first publish
				if (!tokenMatches(password, opts.token)) return done(authError('bad token', 4), false);
				authorized.add(client);
			}
			// aedes keeps the CONNECT's will in `_will` until the client is accepted
			const will = (client as unknown as { _will?: { topic?: string } })._will;
			if (will?.topic && protectedTopic(will.topic) && !authorized.has(client))
				return done(authError(`a last will on ${will.topic} needs the token`, 5), false);
			done(null, true);
		},
		authorizePublish(client, packet, callback) {
			if (client && protectedTopic(packet.topic) && !authorized.has(client)) {
				refused++;
				log(`mqtt broker: refused publish on ${packet.topic} from '${client.id}' (no token)`);
				return callback(new Error(`publishing on ${packet.topic} needs the token`));
			}
			callback(null);
		}
	});
	aedes.on('clientError', (client, err) => log(`mqtt broker: client '${client?.id}': ${err.message}`));

	const tcp: Server = createServer((socket: Socket) => aedes.handle(socket));
	const host = opts.host ?? '127.0.0.1';
	await new Promise<void>((res, rej) => {
		tcp.once('error', (e: NodeJS.ErrnoException) =>
			rej(new Error(e.code === 'EADDRINUSE' ? `MQTT port ${host}:${opts.port ?? 1883} is in use (set ZB_MQTT_PORT to another port, or MQTT_URL to use that broker)` : e.message))
		);
		tcp.listen(opts.port ?? 1883, host, () => res());
	});
	const port = (tcp.address() as AddressInfo).port;
	const wss = new WebSocketServer({ noServer: true });
	wss.on('connection', (ws, req) => {
		const stream = createWebSocketStream(ws);
		stream.on('error', () => ws.terminate());
		aedes.handle(stream, req);
	});
	return {
		url: `mqtt://${host.includes(':') ? `[${host}]` : host}:${port}`,
		port,
		get refused() {
			return refused;
		},
		handleUpgrade(req, socket, head) {
			wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
		},
		async close() {
			for (const c of wss.clients) c.terminate();
			await new Promise<void>((res) => wss.close(() => res()));
			await new Promise<void>((res) => aedes.close(() => res()));
			await new Promise<void>((res) => tcp.close(() => res()));
		}
	};
}
