/**
 * Human-readable decoding of one frame for tables and tooltips (not for hot paths: it allocates).
 */
import type { CompiledMessage } from './codec';

export interface SignalText {
	name: string;
	value: number;
	unit: string;
	/** The value-table label of the raw value, when there is one. */
	label?: string;
}

/** Decoded signals of `data` (multiplexed signals the frame does not select are left out). */
export function describeFrame(cm: CompiledMessage, data: Uint8Array): SignalText[] {
	const phys = new Float64Array(cm.signals.length);
	const raw = new Float64Array(cm.signals.length);
	const buf = new Uint8Array(Math.max(cm.span, data.length));
	buf.set(data);
	cm.decode(buf, 0, phys);
	cm.decodeRaw(buf, 0, raw);
	const out: SignalText[] = [];
	cm.signals.forEach((s, i) => {
		if (Number.isNaN(phys[i]) || cm.bytesNeeded[i] > data.length) return;
		out.push({ name: s.name, value: phys[i], unit: s.unit, label: s.choices?.get(raw[i]) });
	});
	return out;
}

/** `Name=12.5 km/h`, `Mode=RUN`. */
export function formatSignal(s: SignalText): string {
	if (s.label !== undefined) return `${s.name}=${s.label}`;
	const v = Number.isInteger(s.value) ? String(s.value) : s.value.toFixed(Math.abs(s.value) < 10 ? 3 : 2);
	return `${s.name}=${v}${s.unit ? ' ' + s.unit : ''}`;
}
