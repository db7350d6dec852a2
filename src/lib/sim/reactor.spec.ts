/**
 * The images are WASI reactors (ecu_abi.h `_initialize`): linked as a command, wasm-ld wraps every export in
 * calls to the constructors and destructors, two extra calls in each of the 7,000 `ecu_tick` and ≈ 2,700
 * `ecu_can_rx` calls per simulated second (docs/performance.md, "Sixth round"). The wrappers carry the name
 * `<export>.command_export` in the image's name section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EcuHost } from './ecu-host';
import { WASM_DIR, loadEcuImages } from './load-node';

const images = await loadEcuImages();

describe('ECU images as reactors', () => {
	it('every image exports _initialize and no export is wrapped', () => {
		expect([...images.keys()].sort()).toEqual(['bcm', 'cvc', 'fzc', 'icu', 'rzc', 'sc', 'tcu']);
		for (const name of images.keys()) {
			const m = images.get(name)!;
			expect(WebAssembly.Module.exports(m).map((e) => e.name), name).toContain('_initialize');
			const bytes = readFileSync(join(WASM_DIR, `${name}.wasm`)).toString('latin1');
			expect(bytes.includes('.command_export'), `${name}.wasm has command-export wrappers`).toBe(false);
		}
	});

	it('the host calls _initialize once per instance, before any other export', async () => {
		const calls: string[] = [];
		const instantiate = WebAssembly.instantiate;
		// record the order in which EcuHost calls the exports of the instances it makes
		const spy = async (m: WebAssembly.Module, imports: WebAssembly.Imports): Promise<WebAssembly.Instance> => {
			const inst = await instantiate(m, imports);
			const exports: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(inst.exports)) {
				exports[k] =
					typeof v === 'function'
						? (...a: unknown[]) => {
								calls.push(k);
								return (v as (...b: unknown[]) => unknown)(...a);
							}
						: v;
			}
			return { exports } as unknown as WebAssembly.Instance;
		};
		(WebAssembly as { instantiate: unknown }).instantiate = spy;
		try {
			const host = await EcuHost.create('tcu', images.get('tcu')!, { canTx: () => 0 });
			host.init(1);
			host.tick(0);
			expect(calls[0]).toBe('_initialize');
			expect(calls.filter((c) => c === '_initialize')).toHaveLength(1);
			expect(calls).toContain('ecu_init');
			await host.reset(2, 1000); // a reset is a new instance: its constructors run again, first
			expect(calls.filter((c) => c === '_initialize')).toHaveLength(2);
			expect(calls[calls.lastIndexOf('_initialize') + 1]).not.toBe('ecu_tick_split');
			expect(host.trap).toBeNull();
		} finally {
			(WebAssembly as { instantiate: unknown }).instantiate = instantiate;
		}
	});
});
