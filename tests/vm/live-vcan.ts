/**
 * `npm run test:vm`: real SocketCAN end to end. Boots the VM (tests/vm/vm.sh) with the seven native ECU
 * runners and the real live server (server/index.ts with ZB_CAN=socketcan:vcan0, bundled here with esbuild)
 * on vcan0 (tests/vm/live-vcan.sh), then checks from this host, through the forwarded ports, that python-can
 * reads the native ECUs' frames over socketcand, that a UDS request sent with the token reaches the native
 * CVC and its answer comes back, that a send without the token is refused, and that a WebSocket client of
 * /api/live gets the native frames and, after `auth`, can `send` a request the CVC answers on 0x7E8.
 * One line per check; exit 1 if any fails.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import WebSocket from 'ws';
import { dlcToLen as dlcLen } from '../../src/lib/can/frame';
import { decodeBatch } from '../../src/lib/can/wire';

const root = resolve(import.meta.dirname, '../..');
const runSh = resolve(root, 'tests/vm/vm.sh');
const PY = '/usr/bin/python3';
const client = join(root, 'tests/interop/pycan_client.py');
const token = 'vm-test-token-0123456789';
const scdPort = 20000 + Math.floor(Math.random() * 20000);
const wsPort = scdPort + 1;
const t0 = Date.now();
let failed = 0;

const check = (ok: boolean, what: string, detail = ''): void => {
	if (!ok) failed++;
	console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? `  (${detail})` : ''}`);
};

if (!existsSync(runSh)) {
	console.log(`SKIP  the VM test: ${runSh} not found (the SocketCAN VM kit)`);
	process.exit(0);
}
if (!existsSync(join(root, 'sim-wasm/build/host/ecu_cvc'))) {
	console.log('FAIL  native runners missing: run `npm run build:host` first');
	process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'zb-vm-'));
// one ES module for the guest, under node_modules so `socketcan` (the native addon) and `ws` resolve there
// (the SvelteKit handler is not needed: the guest runs with ZB_WEB=0, ZB_MQTT=off)
const bundle = join(root, 'node_modules/.cache/zb-vm/server.mjs');
await build({
	entryPoints: [join(root, 'server/index.ts')],
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	outfile: bundle,
	external: ['socketcan', 'ws', 'bufferutil', 'utf-8-validate'],
	// CommonJS dependencies bundled into an ES module call require(): give them one
	banner: { js: "import { createRequire as __zbRequire } from 'node:module'; const require = __zbRequire(import.meta.url);" },
	logLevel: 'warning'
});
const vm = spawn(runSh, ['-r', '-s', out, '-p', String(scdPort), '-p', String(wsPort), '-t', '300', `ZB_TOKEN=${token} tests/vm/live-vcan.sh ${out} ${scdPort} ${wsPort} ${bundle}`], {
	cwd: root,
	stdio: ['ignore', 'pipe', 'pipe']
});
let vmLog = '';
vm.stdout.on('data', (d) => (vmLog += d));
vm.stderr.on('data', (d) => (vmLog += d));
const vmExit = new Promise<number>((res) => vm.on('exit', (code) => res(code ?? 125)));

interface PyResult {
	frames: [number, number, string][];
	uds: string | null;
	warnings: string[];
	error?: string;
}
const pycan = (args: string[]): Promise<PyResult> =>
	new Promise((res) =>
		execFile(PY, [client, '--interface', 'socketcand', '--port', String(scdPort), ...args], { timeout: 120_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
			try {
				res({ frames: [], uds: null, warnings: [], ...(JSON.parse(stdout) as Partial<PyResult>) });
			} catch {
				res({ frames: [], uds: null, warnings: [], error: `${err?.message ?? ''} ${stderr}`.trim() });
			}
		})
	);

try {
	// the guest says when its server is up (a first use sets the VM up first, and a loaded CI machine
	// boots it slowly); python-can then retries until the server listens (the forward accepts earlier and closes)
	for (const end = Date.now() + 240_000; Date.now() < end && !vmLog.includes('vm: server up'); ) await new Promise((r) => setTimeout(r, 200));
	const r = await pycan(['--channel', `vcan0@${token}`, '--connect-timeout', '90', '--read', '6', '--uds', '--wait', '5']);
	check(!r.error, 'python-can connects to the socketcand server in the VM through the forwarded port', r.error ?? `${((Date.now() - t0) / 1000).toFixed(1)} s after boot start`);
	const ids = new Set(r.frames.map((f) => f[1]));
	check(ids.has(0x100), 'the native CVC’s VehicleState 0x100 arrives on the host', `${r.frames.length} frames`);
	// 0x013 is the SC's SafetyStatus, not a heartbeat: it is looked for in the VM's candump below
	const beats = [0x010, 0x011, 0x012, 0x014, 0x015, 0x016].filter((id) => ids.has(id));
	check(beats.length === 6, 'the six native heartbeats (0x010-0x012, 0x014-0x016) arrive', beats.map((b) => '0x' + b.toString(16).padStart(3, '0')).join(' '));
	const times = r.frames.map((f) => f[0]);
	const skew = times.length ? (times[0] - Date.now() / 1000).toFixed(1) : '?';
	const back = times.findIndex((t, i) => i > 0 && t < times[i - 1]);
	const where = back < 0 ? '' : `; frame ${back} 0x${r.frames[back][1].toString(16)} at ${times[back]} after 0x${r.frames[back - 1][1].toString(16)} at ${times[back - 1]}`;
	check(times.length > 1 && back < 0, 'kernel timestamps (guest wall clock) increase', `first frame ${skew} s from the host's clock now${where}`);
	check(r.uds !== null && r.uds.startsWith('065003'), 'UDS 0x7E0 02 10 03 sent with the token reaches the native CVC, which answers on 0x7E8', r.uds ?? 'no answer');

	const ro = await pycan(['--channel', 'vcan0', '--connect-timeout', '20', '--read', '0.3', '--uds', '--wait', '1.5']);
	check(ro.uds === null && ro.warnings.some((w) => w.includes('read-only')), 'without the token the send is refused (< error read-only ... >) and the CVC does not answer');

	// the real server's /api/live: hello, the native frames as FrameBatches, a send refused without the token,
	// then auth + send: the request reaches the native CVC, whose answer comes back on the same socket
	const ws = new WebSocket(`ws://127.0.0.1:${wsPort}/api/live`, 'zonebench.live.v1');
	const json: Record<string, unknown>[] = [];
	const seen = new Map<number, string>();
	ws.on('message', (d: Buffer, bin) => {
		if (!bin) return void json.push(JSON.parse(d.toString('utf8')));
		const b = decodeBatch(new Uint8Array(d.buffer, d.byteOffset, d.length));
		for (let i = 0; i < b.count; i++) seen.set(b.id[i], Buffer.from(b.data.subarray(i * b.stride, i * b.stride + dlcLen(b.dlc[i]))).toString('hex'));
	});
	const until = async (ok: () => boolean, ms: number): Promise<boolean> => {
		for (const end = Date.now() + ms; Date.now() < end; ) {
			if (ok()) return true;
			await new Promise((r) => setTimeout(r, 50));
		}
		return ok();
	};
	const opened = await new Promise<string | null>((res) => {
		ws.once('open', () => res(null));
		ws.once('error', (e) => res(e.message));
	});
	const hello = !opened && (await until(() => json.some((m) => m.op === 'hello'), 10_000)) ? json.find((m) => m.op === 'hello') : undefined;
	const src = (hello?.sources as { kind: string; name: string; state: string }[] | undefined)?.[0];
	check(src?.kind === 'socketcan' && src.name === 'vcan0' && src.state === 'running', 'the real server in the VM runs ZB_CAN=socketcan:vcan0 (hello over the forwarded WebSocket port)', opened ?? JSON.stringify(src ?? null));
	await until(() => seen.has(0x100) && seen.has(0x010), 10_000);
	check(seen.has(0x100) && seen.has(0x010), 'the native ECUs’ frames arrive at a WebSocket client on the host as binary FrameBatches', `${seen.size} IDs`);
	seen.delete(0x7e8);
	ws.send(JSON.stringify({ op: 'send', id: 'w1', channel: 0, frames: [{ id: 0x7e0, data: '0210030000000000' }] }));
	await until(() => json.some((m) => m.re === 'w1'), 5000);
	check((json.find((m) => m.re === 'w1') as { code?: string } | undefined)?.code === 'unauthorized', 'a WebSocket send without the token is refused (unauthorized)');
	ws.send(JSON.stringify({ op: 'auth', id: 'w2', token }));
	await until(() => json.some((m) => m.re === 'w2'), 5000);
	ws.send(JSON.stringify({ op: 'send', id: 'w3', channel: 0, frames: [{ id: 0x7e0, data: '0210030000000000' }] }));
	await until(() => json.some((m) => m.re === 'w3') && seen.has(0x7e8), 10_000);
	check((json.find((m) => m.re === 'w3') as { op?: string } | undefined)?.op === 'ok' && (seen.get(0x7e8) ?? '').startsWith('065003'), 'after auth, a frame sent through the WebSocket reaches the native CVC, which answers on 0x7E8', seen.get(0x7e8) ?? JSON.stringify(json.find((m) => m.re === 'w3') ?? null));
	ws.close();
} finally {
	writeFileSync(join(out, 'done'), '');
}

const code = await vmExit;
check(code === 0, 'the VM ran the bench and the server and shut down cleanly', `exit ${code}`);
const dump = existsSync(join(out, 'candump.log')) ? readFileSync(join(out, 'candump.log'), 'utf8') : '';
check(/ vcan0 7E0#0210030000000000/.test(dump) && / vcan0 7E8#065003/.test(dump), 'candump in the VM saw the request on vcan0 and the CVC’s answer');
check(/ vcan0 013#/.test(dump), 'the native SC’s SafetyStatus 0x013 was on vcan0');
check(dump.split('\n').filter((l) => / vcan0 7E0#/.test(l)).length === 2, 'exactly two requests reached vcan0, python-can’s and the WebSocket’s (the tokenless ones did not)');
if (failed) console.log(`--- VM output ---\n${vmLog}\n--- serve.log ---\n${existsSync(join(out, 'serve.log')) ? readFileSync(join(out, 'serve.log'), 'utf8') : ''}`);
const bench = existsSync(join(out, 'bench.log')) ? readFileSync(join(out, 'bench.log'), 'utf8') : '';
console.log(bench.trim().split('\n').filter((l) => l.includes('tick')).map((l) => `      ${l}`).join('\n'));
console.log(`${failed ? 'FAIL' : 'PASS'}  VM test: ${failed} failed, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
rmSync(out, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
