/**
 * Checks a fault spec that came from outside (the Faults panel, the live protocol's `fault` op) against the
 * catalog before anything is injected. Pure: the live server runs it in its own process, the worker again.
 */
import { faultDef, type FaultSpec } from './catalog';

/**
 * The spec with its fields checked; throws naming the field. The injector checks the target against the
 * vehicle itself (an absent ECU, a sensor the ECU does not have).
 */
export function checkFaultSpec(v: unknown): FaultSpec {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('a fault must be an object {kind, target?, param?, data?}');
	const r = v as Record<string, unknown>;
	if (typeof r.kind !== 'string') throw new Error(`fault "kind" must be a string (got ${JSON.stringify(r.kind)})`);
	const def = faultDef(r.kind);
	const spec: FaultSpec = { kind: def.kind };
	if (r.target !== undefined && r.target !== null && r.target !== '') {
		if (typeof r.target !== 'string') throw new Error(`fault '${def.kind}': "target" must be a string (got ${JSON.stringify(r.target)})`);
		if (def.target === 'none') throw new Error(`fault '${def.kind}' takes no target (got '${r.target}')`);
		spec.target = r.target.trim();
	}
	if (def.target !== 'none' && !spec.target) throw new Error(`fault '${def.kind}' needs a target (${def.target}, e.g. ${def.examples[0]})`);
	if (r.param !== undefined && r.param !== null) {
		if (typeof r.param !== 'number' || !Number.isFinite(r.param)) throw new Error(`fault '${def.kind}': "param" must be a finite number (got ${JSON.stringify(r.param)})`);
		if (!def.param) throw new Error(`fault '${def.kind}' takes no parameter`);
		spec.param = r.param;
	}
	if (r.data !== undefined && r.data !== null && r.data !== '') {
		if (typeof r.data !== 'string') throw new Error(`fault '${def.kind}': "data" must be a hex string`);
		if (def.kind !== 'spoof') throw new Error(`fault '${def.kind}' takes no "data" (only spoof does)`);
		spec.data = r.data;
	}
	return spec;
}
