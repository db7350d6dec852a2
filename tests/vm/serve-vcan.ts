/**
 * A stand-in server for the VM test until the core server (server/index.ts, `ZB_CAN=socketcan:vcan0`) is
 * merged: a Hub over one SocketCAN source, served by the socketcand server and a minimal `/api/live`
 * WebSocket that sends every batch as one binary FrameBatch message.
 *
 *   node --import tsx tests/vm/serve-vcan.ts IFACE SOCKETCAND_PORT WS_PORT   (token in ZB_TOKEN)
 */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import type { FrameBatch } from '../../src/lib/can/frame';
import { encodeBatch } from '../../src/lib/can/wire';
import { startSocketcand } from '../../server/socketcand';
import { createSocketcanSource } from '../../server/sources/socketcan';
import type { CanSource, Hub, SessionEvent } from '../../server/types';

const [iface = 'vcan0', scdPort = '29536', wsPort = '0'] = process.argv.slice(2);

/** The least Hub over fixed sources: channel i is sources[i]. */
function hubOf(sources: CanSource[]): Hub {
	const batchFns = new Set<(b: FrameBatch) => void>();
	const sessionFns = new Set<(e: SessionEvent) => void>();
	for (const s of sources) {
		s.onBatch((b) => batchFns.forEach((fn) => fn(b)));
		s.onSession((e) => sessionFns.forEach((fn) => fn(e)));
	}
	return {
		sources: () => sources.map((s) => s.describe()),
		source: (ch) => sources[ch],
		onBatch: (fn) => (batchFns.add(fn), () => batchFns.delete(fn)),
		onSession: (fn) => (sessionFns.add(fn), () => sessionFns.delete(fn)),
		onSources: () => () => {},
		send(ch, f) {
			const s = sources[ch];
			if (!s?.send) throw new Error(`channel ${ch} does not exist or cannot send`);
			s.send(f);
		}
	};
}

const src = createSocketcanSource(iface, 0);
const hub = hubOf([src]);
// the guest's port forward arrives on its network interface, not loopback: listen on all (VM only)
const scd = await startSocketcand(hub, { port: Number(scdPort), host: '0.0.0.0', token: process.env.ZB_TOKEN });
await src.start();

const http = createServer((_, res) => res.writeHead(404).end());
const wss = new WebSocketServer({ server: http, path: '/api/live', handleProtocols: (p) => (p.has('zonebench.live.v1') ? 'zonebench.live.v1' : false) });
hub.onBatch((b) => {
	const msg = encodeBatch(b);
	for (const c of wss.clients) if (c.bufferedAmount < 1 << 20) c.send(msg);
});
http.listen(Number(wsPort), '0.0.0.0');
console.log(`serve-vcan: ${iface} as channel 0 (${src.describe().state}); socketcand on ${scd.port}, ws /api/live on ${wsPort}`);

const stop = async (): Promise<void> => {
	const d = src.describe();
	console.log(`serve-vcan: stopping; ${d.framesIn} frames in, ${d.framesOut} out`);
	await scd.close();
	await src.stop();
	wss.close();
	http.close();
	process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
