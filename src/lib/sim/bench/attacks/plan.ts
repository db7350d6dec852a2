/**
 * Fills attack specs from a DBC: "TorqueReq = 200 Nm on TorqueRequest" becomes a payload patch (mask and
 * bits from the signal's layout), E2E data IDs come from the DBC's attribute. Used by the /ids attack panel
 * and by the evaluation, so both attack the same way.
 */
import { DbcCodec } from '../../../can/dbc/codec';
import { signalBitPositions } from '../../../can/dbc/parse';
import type { Dbc } from '../../../can/dbc/types';
import { e2eDataIds } from '../../../can/net-stats';
import type { Patch } from './attack';
import { ATTACK_KINDS } from './attack';
import type { AttackSpec } from './index';

/** The patch that forces signal `signal` of message `id` to the physical `value`; throws naming what is missing. */
export function signalPatch(dbc: Dbc, id: number, signal: string, value: number): Patch {
	const codec = new DbcCodec(dbc);
	const cm = codec.message(id);
	if (!cm) throw new Error(`the DBC has no message 0x${id.toString(16)}`);
	const idx = cm.indexOf.get(signal);
	if (idx === undefined) throw new Error(`message ${cm.msg.name} has no signal '${signal}' (has: ${cm.signalNames.join(', ')})`);
	const n = Math.max(cm.span, 8);
	const mask = new Array<number>(n).fill(0);
	for (const p of signalBitPositions(cm.signals[idx])) mask[p >> 3] |= 1 << (p & 7);
	const buf = new Uint8Array(n);
	cm.encode({ [signal]: value }, buf, 0);
	return { mask: mask.slice(0, 8), value: [...buf.slice(0, 8)].map((b, k) => b & mask[k]) };
}

/** A forged signal: which message, which signal, what value. */
export interface Forge {
	id: number;
	signal: string;
	value: number;
}

export function fabricationSpec(dbc: Dbc, f: Forge, interval_ms = 1): AttackSpec {
	const e2e = e2eDataIds(dbc).get(f.id);
	return { kind: 'fabrication', id: f.id, patch: signalPatch(dbc, f.id, f.signal, f.value), e2eDataId: e2e, interval_ms, label: `${f.signal} = ${f.value}` };
}

export function masqueradeSpec(dbc: Dbc, ecu: string, f: Forge): AttackSpec {
	return { kind: 'masquerade', ecu, forge: { id: f.id, patch: signalPatch(dbc, f.id, f.signal, f.value) }, e2e: [...e2eDataIds(dbc)], label: `${ecu.toUpperCase()} imitated, ${f.signal} = ${f.value}` };
}

/** Default forgeries: what a visitor would notice if the attack worked. */
export const FABRICATIONS: Forge[] = [
	{ id: 0x101, signal: 'TorqueReq', value: 250 },
	{ id: 0x102, signal: 'SteerAngleCmd', value: 30 },
	{ id: 0x103, signal: 'BrakeReq', value: 100 },
	{ id: 0x304, signal: 'WheelSpeedFL', value: 0 }
];

/** Masquerades: the ECU and the signal it is made to lie about. */
export const MASQUERADES: Array<{ ecu: string; forge: Forge }> = [
	{ ecu: 'rzc', forge: { id: 0x304, signal: 'WheelSpeedFL', value: 250 } },
	{ ecu: 'rzc', forge: { id: 0x302, signal: 'MotorWindingTemp', value: 190 } },
	{ ecu: 'fzc', forge: { id: 0x220, signal: 'FrontDistance', value: 1 } },
	{ ecu: 'cvc', forge: { id: 0x100, signal: 'VehicleSpeed', value: 250 } }
];

/** Identifier sets replayed. */
export const REPLAYS: number[][] = [[0x304], [0x101], [0x200, 0x201], [0x300, 0x301]];

/** ECUs suspended (their fastest frames are 10–20 ms: see docs/ids.md for the slow senders). */
export const SUSPENDED = ['cvc', 'fzc', 'rzc'];

/** Variant `variant` of an attack kind, as the evaluation and the CLI run it (0 = the default). */
export function variantSpec(kind: string, dbc: Dbc, variant = 0, seed = 1): AttackSpec {
	switch (kind) {
		case 'flooding':
			return { kind: 'flooding' };
		case 'fuzzing':
			return { kind: 'fuzzing', seed };
		case 'fabrication':
			return fabricationSpec(dbc, FABRICATIONS[variant % FABRICATIONS.length]);
		case 'suspension':
			return { kind: 'suspension', ecu: SUSPENDED[variant % SUSPENDED.length] };
		case 'masquerade': {
			const m = MASQUERADES[variant % MASQUERADES.length];
			return masqueradeSpec(dbc, m.ecu, m.forge);
		}
		case 'replay':
			return { kind: 'replay', ids: REPLAYS[variant % REPLAYS.length] };
		default:
			throw new Error(`unknown attack '${kind}'; known: ${ATTACK_KINDS.join(', ')}`);
	}
}
