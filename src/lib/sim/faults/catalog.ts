/**
 * The fault catalog (docs/faults.md): every fault the bench can inject, on five levels, with the target it
 * takes, its parameter and what the firmware is expected to do about it. Pure data: the injector
 * (injector.ts) does the work; the Faults panel, the scenario loader, the CLI and the live protocol read it.
 */

export type FaultLevel = 'sensor' | 'actuator' | 'plant' | 'bus' | 'ecu';

/** What a fault's target names. */
export type TargetKind = 'sensor' | 'actuator' | 'id' | 'ecu' | 'none';

export interface FaultDef {
	kind: string;
	level: FaultLevel;
	target: TargetKind;
	/** Name and unit of the optional parameter, and its default. */
	param?: { name: string; unit: string; default: number };
	/** Targets offered by the UI (the injector accepts any valid one). */
	examples: string[];
	/** What it does, in the words of docs/faults.md. */
	summary: string;
	/** Safety goal whose mechanism should catch it (docs/safety.md), when one applies. */
	goal?: string;
	/** A fault that ends by itself (the watchdog resets a hung ECU); the others last until cleared. */
	transient?: boolean;
}

/** One fault as a user asks for it: `sensor-offset:cvc.PEDAL_S2:10`. */
export interface FaultSpec {
	kind: string;
	target?: string;
	param?: number;
	/** Payload of a spoofed frame, hex (`spoof` only). */
	data?: string;
}

export const ACTUATORS = ['steer', 'brake', 'motor'] as const;
const ECUS = ['cvc', 'fzc', 'rzc', 'sc', 'bcm', 'icu', 'tcu'];

export const FAULTS: readonly FaultDef[] = [
	{ kind: 'sensor-stuck', level: 'sensor', target: 'sensor', param: { name: 'value', unit: 'physical unit (absent: last reading)', default: NaN }, examples: ['cvc.PEDAL_S1', 'fzc.FRONT_DISTANCE', 'rzc.MOTOR_TEMP'], summary: 'the sensor keeps reporting one value (its last reading, or the parameter)', goal: 'SG-001' },
	{ kind: 'sensor-offset', level: 'sensor', target: 'sensor', param: { name: 'offset', unit: 'physical unit', default: 10 }, examples: ['cvc.PEDAL_S2', 'fzc.STEER_FEEDBACK'], summary: 'a constant offset is added to the reading', goal: 'SG-001' },
	{ kind: 'sensor-noise', level: 'sensor', target: 'sensor', param: { name: 'sd', unit: 'physical unit', default: 5 }, examples: ['fzc.FRONT_DISTANCE', 'cvc.PEDAL_S1'], summary: 'Gaussian noise of the given standard deviation on top of the normal noise' },
	{ kind: 'sensor-open', level: 'sensor', target: 'sensor', examples: ['cvc.PEDAL_S1', 'rzc.MOTOR_TEMP', 'fzc.FRONT_DISTANCE'], summary: 'open circuit: the channel reads out of every range the ECU accepts', goal: 'SG-001' },
	{ kind: 'pedal-disagree', level: 'sensor', target: 'none', param: { name: 'percent', unit: '% pedal', default: 10 }, examples: [''], summary: 'the two accelerator pedal tracks disagree (track 2 offset by the parameter)', goal: 'SG-001' },
	{ kind: 'actuator-stuck', level: 'actuator', target: 'actuator', examples: [...ACTUATORS], summary: 'the actuator holds its command of the moment of injection, whatever the ECU asks', goal: 'SG-003' },
	{ kind: 'actuator-weak', level: 'actuator', target: 'actuator', param: { name: 'factor', unit: '× command', default: 0.5 }, examples: [...ACTUATORS], summary: 'the actuator delivers only a fraction of its command', goal: 'SG-004' },
	{ kind: 'motor-overtemp', level: 'plant', target: 'none', param: { name: 'temp', unit: '°C', default: 155 }, examples: [''], summary: 'motor cooling lost, winding at the given temperature', goal: 'SG-006' },
	{ kind: 'cell-fault', level: 'plant', target: 'none', param: { name: 'drop', unit: 'V', default: 40 }, examples: [''], summary: 'faulty cells: the pack open-circuit voltage drops by the parameter' },
	{ kind: 'low-friction', level: 'plant', target: 'none', param: { name: 'scale', unit: '× mu', default: 0.2 }, examples: [''], summary: 'road friction multiplied by the parameter (0.2 ≈ ice)' },
	{ kind: 'obstacle', level: 'plant', target: 'none', param: { name: 'distance', unit: 'm', default: 30 }, examples: [''], summary: 'a stopped car appears the given distance ahead of the front bumper', goal: 'SG-007' },
	{ kind: 'drop-id', level: 'bus', target: 'id', examples: ['0x011', '0x101', '0x013'], summary: 'frames of the ID never reach the bus (lost at the sender\'s mailbox)', goal: 'SG-002' },
	{ kind: 'delay-id', level: 'bus', target: 'id', param: { name: 'delay', unit: 'ms', default: 200 }, examples: ['0x101', '0x011'], summary: 'frames of the ID are held back by the parameter before they are queued', goal: 'SG-002' },
	{ kind: 'corrupt-crc', level: 'bus', target: 'id', param: { name: 'count', unit: 'frames', default: 1 }, examples: ['0x101', '0x100'], summary: 'the next transmissions of the ID are corrupted on the wire: CRC error, error frame, retransmission' },
	{ kind: 'frozen-alive', level: 'bus', target: 'id', examples: ['0x101', '0x011', '0x100'], summary: 'the sender keeps sending the same alive counter (E2E CRC recomputed, so only the counter is wrong)', goal: 'SG-001' },
	{ kind: 'wrong-e2e-crc', level: 'bus', target: 'id', examples: ['0x101', '0x010', '0x301'], summary: 'the sender\'s frames of the ID carry a wrong E2E CRC', goal: 'SG-001' },
	{ kind: 'babbling-node', level: 'bus', target: 'none', param: { name: 'id', unit: 'CAN ID', default: 0 }, examples: [''], summary: 'the bench node sends the ID back to back, winning every arbitration: the ECUs\' frames starve', goal: 'SG-002' },
	{ kind: 'bus-off', level: 'bus', target: 'ecu', examples: ['fzc', 'rzc', 'bcm'], summary: 'the node\'s transmissions are corrupted until its TEC passes 255: bus-off, then ISO recovery', transient: true },
	{ kind: 'spoof', level: 'bus', target: 'id', param: { name: 'period', unit: 'ms', default: 10 }, examples: ['0x101', '0x100', '0x001'], summary: 'the bench sends the ID with a forged payload (`data`, hex; default zeros) at the period', goal: 'SG-001' },
	{ kind: 'ecu-hang', level: 'ecu', target: 'ecu', examples: ['cvc', 'fzc', 'rzc', 'sc'], summary: 'the ECU\'s main loop stops; its hardware watchdog runs out and resets it', goal: 'SG-002', transient: true },
	{ kind: 'ecu-reset', level: 'ecu', target: 'ecu', examples: ECUS, summary: 'the ECU is reset (power-on reset of the chip, NVM kept)', transient: true },
	{ kind: 'ecu-trap', level: 'ecu', target: 'ecu', examples: ECUS, summary: 'the ECU traps (a wasm `unreachable`, like a hard fault): halted, silent, outputs at reset state' },
	{ kind: 'power-off', level: 'ecu', target: 'ecu', examples: ECUS, summary: 'the ECU\'s supply is cut: silent, outputs 0', goal: 'SG-002' }
];

export const FAULT_KINDS = FAULTS.map((f) => f.kind);

/** The catalog entry of `kind`, or throws naming the kinds there are. */
export function faultDef(kind: string): FaultDef {
	const d = FAULTS.find((f) => f.kind === kind);
	if (!d) throw new Error(`unknown fault '${kind}' (known: ${FAULT_KINDS.join(', ')})`);
	return d;
}

/** Parses a CAN ID as written in a target: `0x101`, `257`. */
export function parseId(s: string): number {
	const v = /^0x[0-9a-f]+$/i.test(s) ? parseInt(s, 16) : /^\d+$/.test(s) ? Number(s) : NaN;
	if (!Number.isInteger(v) || v < 0 || v > 0x7ff) throw new Error(`'${s}' is not an 11-bit CAN ID (0x000..0x7FF)`);
	return v;
}

/** Text of a fault as the CLI and markers write it: `kind:target:param`. */
export function faultLabel(f: FaultSpec): string {
	let s = f.kind;
	if (f.target) s += `:${f.target}`;
	if (f.param !== undefined) s += `${f.target ? '' : ':'}:${f.param}`;
	return s;
}

/**
 * Parses the CLI form `KIND[:TARGET[:PARAM]][@T]` (T in seconds, default 0). Throws with the reason.
 * Faults without a target take `KIND::PARAM` or `KIND:PARAM` when the catalog says they have no target.
 */
export function parseFaultArg(arg: string): { spec: FaultSpec; at_s: number } {
	const [body, at] = arg.split('@');
	const at_s = at === undefined ? 0 : Number(at);
	if (!Number.isFinite(at_s) || at_s < 0) throw new Error(`--fault ${arg}: time '${at}' is not a number of seconds ≥ 0`);
	const parts = body.split(':');
	const def = faultDef(parts[0]);
	const spec: FaultSpec = { kind: def.kind };
	let rest = parts.slice(1);
	if (def.target === 'none' && rest.length === 1) rest = ['', rest[0]];
	if (rest[0]) spec.target = rest[0];
	if (rest[1] !== undefined && rest[1] !== '') {
		const p = Number(rest[1]);
		if (!Number.isFinite(p)) throw new Error(`--fault ${arg}: parameter '${rest[1]}' is not a number`);
		spec.param = p;
	}
	return { spec, at_s };
}
