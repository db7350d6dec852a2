/**
 * Random mutations of real DBC files (cantools' test samples, MIT: the kit beside the checkout, samples-node.ts)
 * never make the parser throw anything but its own DbcError: no RangeError, TypeError or hang, whatever the
 * bytes. A failure prints the seed and the shrunk mutation to replay.
 */
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDbcBytes, parseDbc } from './parse';
import { DBC_SAMPLES_DIR } from './samples-node';
import { DbcError } from './types';

const DIR = DBC_SAMPLES_DIR;
// a spread of what real parsers trip on: multiplexing, FD, J1939, value tables, cp1252, long names, floats
const NAMES = ['choices.dbc', 'cp1252.dbc', 'fd_test.dbc', 'floating_point.dbc', 'foobar.dbc', 'issue_184_extended_mux_cascaded.dbc', 'j1939.dbc', 'long_names.dbc', 'motohawk.dbc', 'multiplex_2.dbc'];
const haveSamples = existsSync(DIR);
if (!haveSamples) console.log(`[fuzz.spec] ${DIR} is absent: the DBC fuzz tests are skipped`);
const SAMPLES = haveSamples ? NAMES.map((f) => ({ name: f, text: decodeDbcBytes(readFileSync(join(DIR, f))) })) : [];

const TOKENS = [
	' ', '\n', ';', ':', '|', '@', '(', ')', '[', ']', ',', '"', '-', '+', 'M', 'm', 'm1', 'm0M', 'x', '0', '1',
	'4294967295', '99999999999999999999', '1e308', '-1', 'NaN', '1000000000000', 'BO_', 'SG_', 'CM_', 'VAL_',
	'BA_', 'BA_DEF_', 'SG_MUL_VAL_', 'SIG_VALTYPE_', 'BU_', 'EV_', 'VECTOR__INDEPENDENT_SIG_MSG', '\\', '//', '\r'
];

type Mutation =
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delete'; at: number; len: number }
	| { kind: 'number'; nth: number; text: string }
	| { kind: 'dupline'; nth: number }
	| { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })) }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
	fc.record({ kind: fc.constant('number' as const), nth: fc.nat(), text: fc.constantFrom('0', '-1', '65', '513', '4294967296', '1000000000000', '1e400', '99999999999999999999999', '0.5') }),
	fc.record({ kind: fc.constant('dupline' as const), nth: fc.nat() }),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() })
);

function apply(text: string, m: Mutation): string {
	switch (m.kind) {
		case 'insert': {
			const at = m.at % (text.length + 1);
			return text.slice(0, at) + m.text + text.slice(at);
		}
		case 'delete': {
			const at = m.at % (text.length + 1);
			return text.slice(0, at) + text.slice(at + m.len);
		}
		case 'number': {
			const nums = [...text.matchAll(/\d+/g)];
			if (!nums.length) return text;
			const n = nums[m.nth % nums.length];
			return text.slice(0, n.index) + m.text + text.slice(n.index! + n[0].length);
		}
		case 'dupline': {
			const lines = text.split('\n');
			const k = m.nth % lines.length;
			lines.splice(k, 0, lines[k]);
			return lines.join('\n');
		}
		case 'truncate':
			return text.slice(0, m.at % (text.length + 1));
	}
}

describe('DBC parser under random mutations of real files', () => {
	it.runIf(haveSamples)('throws nothing but DbcError (file:line:col: reason)', () => {
		fc.assert(
			fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, muts) => {
				const text = muts.reduce(apply, SAMPLES[k].text);
				try {
					parseDbc(text, SAMPLES[k].name);
				} catch (e) {
					if (!(e instanceof DbcError)) throw new Error(`${SAMPLES[k].name} mutated by ${JSON.stringify(muts)}: ${(e as Error).stack}`);
					expect(e.message).toMatch(/^\S+:\d+:\d+: /);
				}
			}),
			{ numRuns: 1500 }
		);
	});

	it.runIf(haveSamples)('a huge signal length is a DbcError naming the signal, not a RangeError', () => {
		const text = SAMPLES.find((s) => s.name === 'motohawk.dbc')!.text.replace(/(SG_ Enable : \d+\|)\d+/, '$11000000000000');
		expect(() => parseDbc(text, 'motohawk.dbc')).toThrow(DbcError);
		expect(() => parseDbc(text, 'motohawk.dbc')).toThrow(/motohawk\.dbc:\d+:\d+: signal 'Enable' is 1000000000000 bits long; at most 64 are supported/);
	});
});
