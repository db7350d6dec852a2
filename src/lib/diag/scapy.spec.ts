/**
 * Independent peer: Debian's scapy (scapy.contrib.automotive uds/obd) decodes the tester's requests and the
 * real ECUs' responses, captured from the exchanges on the bench, and every field is compared with what our
 * decoders make of the same bytes (tests/interop/diag/decode.py).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEcuImages } from '../sim/load-node';
import { Simulation } from '../sim/simulation';
import { DiagTester, type Exchange } from './tester';
import { parseDtcList, securityKey, toHex } from './uds';
import { parseMode01, parseMode09Text, parseObdDtcs } from './obd';

const PY = '/usr/bin/python3';
const hasScapy = existsSync(PY) && (() => { try { execFileSync(PY, ['-c', 'import scapy.contrib.automotive.uds'], { stdio: 'ignore' }); return true; } catch { return false; } })();
if (!hasScapy) console.log('[scapy.spec] skipped: /usr/bin/python3 with python3-scapy is not installed (.ci/setup installs it)');

type Scapy = { layers: string[]; fields: Record<string, Record<string, unknown>> };
function scapy(items: Array<{ kind: 'uds' | 'obd'; bytes: number[] }>): Scapy[] {
	const input = JSON.stringify(items.map((i) => ({ kind: i.kind, hex: toHex(i.bytes).replace(/ /g, '') })));
	return JSON.parse(execFileSync(PY, ['tests/interop/diag/decode.py'], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] }));
}

let images: Map<string, WebAssembly.Module>;
beforeAll(async () => {
	images = await loadEcuImages();
});

describe.skipIf(!hasScapy)('scapy decodes our UDS and OBD-II traffic the same way', () => {
	it('field by field: session, DID, security, routine, DTCs, NRC; OBD 01/03/09', async () => {
		const sim = await Simulation.create({ seed: 1, profile: null }, images);
		const t = new DiagTester();
		sim.addParticipant(t);
		sim.step(3000);
		sim.powerOff('fzc'); // gives the CVC a DTC (U0131) and the TCU's mode 03 a code
		sim.step(1000);
		const ask = async (target: number, p: number[]): Promise<Exchange> => {
			const pr = t.request(target, p);
			while (t.busy) sim.step(1);
			return pr;
		};
		// OBD first: the TCU routine 0x0203 below clears its DTC aggregate
		const obd = [await ask(0x7df, [0x01, 0x0d]), await ask(0x7df, [0x03]), await ask(0x7df, [0x09, 0x02])];
		const xs: Exchange[] = [];
		xs.push(await ask(0x7e6, [0x10, 0x03]));
		xs.push(await ask(0x7e6, [0x22, 0xf1, 0x90]));
		xs.push(await ask(0x7e6, [0x27, 0x01]));
		const seed = xs[2].responses[0].payload.slice(2);
		const key = securityKey(((seed[0] << 24) | (seed[1] << 16) | (seed[2] << 8) | seed[3]) >>> 0, 1);
		xs.push(await ask(0x7e6, [0x27, 0x02, key >>> 24, (key >>> 16) & 255, (key >>> 8) & 255, key & 255]));
		xs.push(await ask(0x7e6, [0x31, 0x01, 0x02, 0x03]));
		xs.push(await ask(0x7e0, [0x19, 0x02, 0xff]));
		xs.push(await ask(0x7e0, [0x10, 0x04]));

		const items = [
			...xs.flatMap((x) => [{ kind: 'uds' as const, bytes: x.request }, { kind: 'uds' as const, bytes: x.responses[0].payload }]),
			...obd.flatMap((x) => [{ kind: 'obd' as const, bytes: x.request }, { kind: 'obd' as const, bytes: x.responses.find((r) => r.id === 0x7ee)!.payload }])
		];
		const s = scapy(items);
		const f = (i: number, layer: string) => {
			expect(s[i].layers).toContain(layer);
			return s[i].fields[layer];
		};
		// 10 03 / 50 03 P2 P2*
		expect(f(0, 'UDS_DSC').diagnosticSessionType).toBe(3);
		expect(f(1, 'UDS_DSCPR').diagnosticSessionType).toBe(3);
		expect(f(1, 'UDS_DSCPR').sessionParameterRecord).toBe(toHex(xs[0].responses[0].payload.slice(2)).replace(/ /g, '').toLowerCase());
		// 62 F1 90
		expect(f(3, 'UDS_RDBIPR').dataIdentifier).toBe(0xf190);
		// 27 01 / 67 01 seed / 27 02 key / 67 02
		expect(f(4, 'UDS_SA').securityAccessType).toBe(1);
		expect(f(5, 'UDS_SAPR').securitySeed).toBe(toHex(seed).replace(/ /g, '').toLowerCase());
		expect(f(6, 'UDS_SA').securityAccessType).toBe(2);
		expect(f(6, 'UDS_SA').securityKey).toBe(key.toString(16).padStart(8, '0'));
		expect(f(7, 'UDS_SAPR').securityAccessType).toBe(2);
		// 31 01 0203 / 71 01 0203
		expect(f(8, 'UDS_RC').routineIdentifier).toBe(0x0203);
		expect(f(9, 'UDS_RCPR').routineIdentifier).toBe(0x0203);
		// 19 02 FF / 59 02 avail records
		expect(f(10, 'UDS_RDTCI').reportType).toBe(2);
		expect(f(10, 'UDS_RDTCI').DTCStatusMask).toBe(0xff);
		const ours = parseDtcList(xs[5].responses[0].payload);
		expect(f(11, 'UDS_RDTCIPR').DTCStatusAvailabilityMask).toBe(ours.availability);
		expect(ours.dtcs.map((d) => d.code)).toContain('U0131-00');
		// 7F 10 12
		expect(f(13, 'UDS_NR')).toEqual({ requestServiceId: 0x10, negativeResponseCode: 0x12 });
		// OBD 01 0D: speed
		const speed = parseMode01(obd[0].responses.find((r) => r.id === 0x7ee)!.payload).get(0x0d)![0];
		const rec = (f(15, 'OBD_S01_PR').data_records as Array<Record<string, Record<string, number>>>)[0];
		expect(rec.OBD_S01_PR_Record.pid).toBe(0x0d);
		expect(rec.OBD_PID0D.data).toBe(speed);
		// OBD 03: the same codes
		const codes = (f(17, 'OBD_S03_PR').dtcs as Array<{ OBD_DTC: { location: number; code1: number; code2: number; code3: number; code4: number } }>).map(
			({ OBD_DTC: d }) => 'PCBU'[d.location] + [d.code1, d.code2, d.code3, d.code4].map((n) => n.toString(16).toUpperCase()).join('')
		);
		expect(codes).toEqual(parseObdDtcs(obd[1].responses.find((r) => r.id === 0x7ee)!.payload));
		expect(codes).toContain('U0131');
		// OBD 09 02: the VIN
		const vins = (f(19, 'OBD_S09_PR').data_records as Array<Record<string, { vehicle_identification_numbers: string[] }>>)[0].OBD_IID02.vehicle_identification_numbers;
		expect(Buffer.from(vins[0], 'hex').toString('latin1')).toBe(parseMode09Text(obd[2].responses.find((r) => r.id === 0x7ee)!.payload));
	});
});
