/**
 * The kernel's ISO-TP stack against the native ECU runners (`npm run test:vm`, after tests/vm/live-vcan.ts):
 * boots the SocketCAN VM (tests/vm/vm.sh) with tests/vm/isotp.sh, where only the CVC and the ICU run,
 * so the others' heartbeats are missing and both store U-codes, and Linux can_isotp sockets with their
 * default options (Python's socket.CAN_ISOTP, can-utils isotpsend/isotprecv) read them. Checks here, from
 * the tester's JSON and the guest's candump: multi-frame answers (ReadDTCInformation with many DTCs, the
 * VIN), a multi-frame request (2E F190, First Frame + CFs from the kernel), FC OVFLW for an oversized one.
 * One line per check; exit 1 if any fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dtcName } from '../../src/lib/diag/uds';

const root = resolve(import.meta.dirname, '../..');
const runSh = resolve(root, 'tests/vm/vm.sh');
const t0 = Date.now();
let failed = 0;
const check = (ok: boolean, what: string, detail = ''): void => {
	if (!ok) failed++;
	console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? `  (${detail})` : ''}`);
};

if (!existsSync(runSh)) {
	console.log(`SKIP  the kernel ISO-TP test: ${runSh} not found (the SocketCAN VM kit)`);
	process.exit(0);
}
if (!existsSync(join(root, 'sim-wasm/build/host/ecu_cvc'))) {
	console.log('FAIL  native runners missing: run `npm run build:host` first');
	process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'zb-isotp-'));
const vm = spawn(runSh, ['-r', '-s', out, '-t', '100', `tests/vm/isotp.sh ${out}`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
let vmLog = '';
vm.stdout.on('data', (d) => (vmLog += d));
vm.stderr.on('data', (d) => (vmLog += d));
const code = await new Promise<number>((res) => vm.on('exit', (c) => res(c ?? 125)));
check(code === 0, 'the VM ran tests/vm/isotp.sh', `exit ${code}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

interface Step {
	name: string;
	request: string;
	answer?: string;
	error?: string;
	ms?: number;
	retried?: string[];
}
let client: { steps: Step[]; overflow?: string; vin: string; error?: string; 'write attempts'?: number } = { steps: [], vin: '' };
try {
	client = JSON.parse(readFileSync(join(out, 'client.json'), 'utf8'));
} catch (e) {
	check(false, 'the kernel ISO-TP tester wrote its results', `${(e as Error).message}; ${readFileSync(join(out, 'client.err'), 'utf8').slice(0, 400)}`);
}
if (client.error) check(false, 'the kernel ISO-TP tester ran', client.error);
const step = (n: string): Step | undefined => client.steps.find((s) => s.name === n);
const bytes = (h: string | undefined): number[] => (h ? (h.match(/../g) ?? []).map((b) => parseInt(b, 16)) : []);
const ascii = (b: number[]): string => String.fromCharCode(...b);

/** candump -L lines of one ID: the data bytes of each frame, in order. */
const dump = existsSync(join(out, 'candump.log')) ? readFileSync(join(out, 'candump.log'), 'utf8').split('\n') : [];
const framesOf = (id: number): number[][] =>
	dump
		.map((l) => /\) \S+ ([0-9A-F]{3})#([0-9A-F]*)/.exec(l))
		.filter((m): m is RegExpExecArray => !!m && parseInt(m[1], 16) === id)
		.map((m) => bytes(m[2].toLowerCase()));
const pci = (f: number[]): number => f[0] >> 4;

const dtcs = (s: Step | undefined): string[] => {
	const b = bytes(s?.answer);
	if (b[0] !== 0x59 || b[1] !== 0x02) return [];
	const out: string[] = [];
	for (let i = 3; i + 3 < b.length; i += 4) out.push(dtcName((b[i] << 16) | (b[i + 1] << 8) | b[i + 2]));
	return out;
};

const icu = step('icu dtcs');
const icuDtcs = dtcs(icu);
// the absent FZC (U0129) and BCM (U0140) are certain; U0100 (the CVC) only when its runner, starved in the slow
// guest, misses heartbeats — so it is not asked for
check(icuDtcs.length >= 4 && icuDtcs.includes('U0129-87') && icuDtcs.includes('U0140-87'), 'ICU 19 02 FF through the kernel: the lost-partner U-codes, one multi-frame answer', icu?.error ?? icuDtcs.join(' '));
const icuRx = framesOf(0x7ed);
const icuFf = icuRx.findIndex((f) => pci(f) === 1 && f[2] === 0x59);
check(icuFf >= 0 && ((icuRx[icuFf][0] & 0x0f) << 8 | icuRx[icuFf][1]) === bytes(icu?.answer).length && pci(icuRx[icuFf + 1] ?? [0]) === 2, 'the ICU sent it as a First Frame and CFs, the kernel reassembled the same length', icuFf >= 0 ? `FF_DL ${icuRx[icuFf][1]}` : 'no FF on 0x7ED');
const kernelFc = framesOf(0x7e5).find((f) => pci(f) === 3);
check(!!kernelFc && kernelFc[0] === 0x30 && kernelFc[1] === 0 && kernelFc[2] === 0, 'the kernel answered the ICU’s FF with its default flow control (CTS, BS 0, STmin 0)', kernelFc ? kernelFc.map((b) => b.toString(16).padStart(2, '0')).join(' ') : 'none');

const cvcDtcs = dtcs(step('cvc dtcs'));
check(cvcDtcs.includes('U0131-00') && cvcDtcs.includes('U0110-00'), 'CVC 19 02 FF: FZC and RZC lost', cvcDtcs.join(' ') || step('cvc dtcs')?.error || '');

const before = bytes(step('cvc vin before')?.answer);
check(before[0] === 0x62 && ascii(before.slice(3)) === 'ZBV1SVM0000000001', 'CVC 22 F190: the VIN, a 20-byte multi-frame answer', ascii(before.slice(3)) || step('cvc vin before')?.error || '');
check(bytes(step('cvc key')?.answer)[0] === 0x67, 'extended session and security access (seed/key) through the kernel', step('cvc key')?.answer ?? step('cvc seed')?.answer ?? '');
const w = step('cvc write vin');
check(w?.answer === '6ef190', '2E F190 with a 17-byte VIN (20 bytes: FF + 2 CFs from the kernel) answered 6E F1 90', w?.answer ?? w?.error ?? 'not run');
const req = framesOf(0x7e0);
const ffAt = req.findIndex((f) => pci(f) === 1 && f[2] === 0x2e);
const cfs = ffAt >= 0 ? req.slice(ffAt + 1, ffAt + 3) : [];
check(ffAt >= 0 && req[ffAt][1] === 20 && cfs.length === 2 && cfs[0][0] === 0x21 && cfs[1][0] === 0x22, 'on the wire: the kernel’s First Frame (FF_DL 20) and CFs 21, 22 to 0x7E0', ffAt >= 0 ? `FF ${req[ffAt].length} bytes, CFs ${cfs.map((c) => c[0].toString(16)).join(' ')}` : 'no FF');
const ecuFc = framesOf(0x7e8).find((f) => pci(f) === 3 && f[0] === 0x30);
check(!!ecuFc, 'the CVC sent flow control (CTS) for the kernel’s First Frame', ecuFc ? ecuFc.map((b) => b.toString(16).padStart(2, '0')).join(' ') : 'none');
const after = bytes(step('cvc vin after')?.answer);
check(ascii(after.slice(3)) === client.vin, 'read back: the CVC now has the written VIN', ascii(after.slice(3)) || step('cvc vin after')?.error || step('cvc vin after')?.answer || 'not run');
const ovf = framesOf(0x7e8).find((f) => f[0] === 0x32);
check(!!ovf, 'a 303-byte request (beyond the ECU’s 256-byte buffer): the CVC answers the FF with FC OVFLW', ovf ? '32 …' : `no FC OVFLW; kernel send: ${client.overflow}`);

const recv = existsSync(join(out, 'isotprecv.txt')) ? readFileSync(join(out, 'isotprecv.txt'), 'utf8').trim() : '';
const rb = recv.split(/\s+/).map((b) => parseInt(b, 16));
check(rb[0] === 0x62 && ascii(rb.slice(3)) === 'ZBV1SVM0000000001', 'can-utils isotpsend/isotprecv: the ICU’s VIN', recv || 'nothing received');

for (const s of client.steps) if (s.retried?.length) console.log(`NOTE  ${s.name}: answered after a retry (${s.retried.join('; ')})`);
if ((client['write attempts'] ?? 1) > 1) console.log(`NOTE  the session/security/write sequence ran ${client['write attempts']} times (the CVC fell back to the default session)`);
if (failed) console.log(vmLog.split('\n').slice(-30).join('\n'));
console.log(`${failed ? 'FAIL' : 'PASS'}  kernel ISO-TP: ${failed} failed, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (failed) console.log(`kept for a look: ${out}`);
else rmSync(out, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
