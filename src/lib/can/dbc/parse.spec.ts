import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDbcFile } from './load-node';
import { decodeDbcBytes, parseDbc } from './parse';
import { DBC_SAMPLES_DIR } from './samples-node';
import { DbcError, messageKey, type Dbc } from './types';

const SAMPLES = DBC_SAMPLES_DIR;
const haveSamples = existsSync(SAMPLES);
if (!haveSamples) console.log(`[parse.spec] ${SAMPLES} is absent: the sample-file tests are skipped`);

/**
 * Every cantools sample is accepted. None is syntactically broken; two have layout problems that
 * cantools also reads with strict=False, and we report them as warnings:
 * - bad_message_length.dbc: Signal1 at bit 8 in a 1-byte message.
 * - issue_62.dbc: VECTOR__INDEPENDENT_SIG_MSG (the "signals without a message" holder) has length 0.
 */
const WARNED = new Map([
	['bad_message_length.dbc', /signal 'Signal1' at bit 8 with length 1 overflows the 1-byte message 'Message1'/],
	['issue_62.dbc', /overflows the 0-byte message 'VECTOR__INDEPENDENT_SIG_MSG'/]
]);

const load = (name: string): Dbc => loadDbcFile(join(SAMPLES, name));
const msg = (dbc: Dbc, name: string) => {
	const m = dbc.messages.find((x) => x.name === name);
	if (!m) throw new Error(`no message ${name}`);
	return m;
};
const sig = (dbc: Dbc, m: string, s: string) => {
	const x = msg(dbc, m).signals.find((y) => y.name === s);
	if (!x) throw new Error(`no signal ${m}.${s}`);
	return x;
};

describe.skipIf(!haveSamples)('cantools sample files', () => {
	const files = haveSamples ? readdirSync(SAMPLES).filter((f) => /\.dbc$/i.test(f)) : [];

	it('finds the sample set', () => {
		expect(files.length).toBeGreaterThan(80);
	});

	it.each(files)('%s parses with as many messages and signals as the file has BO_/SG_ lines', (f) => {
		const text = decodeDbcBytes(readFileSync(join(SAMPLES, f)));
		const dbc = parseDbc(text, f);
		// Counted from the raw text, independently of the parser.
		const boLines = text.match(/^BO_ /gm)?.length ?? 0;
		const sgLines = text.match(/^[ \t]*SG_ /gm)?.length ?? 0;
		expect(dbc.messages.length).toBe(boLines);
		expect(dbc.messages.reduce((n, m) => n + m.signals.length, 0)).toBe(sgLines);
		for (const m of dbc.messages) expect(dbc.byKey.get(messageKey(m.id, m.extended))).toBe(m);
		const expectedWarning = WARNED.get(f);
		if (expectedWarning) expect(dbc.warnings!.join('\n')).toMatch(expectedWarning);
		else expect(dbc.warnings).toEqual([]);
	});

	it('motohawk.dbc: Motorola signals, scaling, receivers, choices, comment', () => {
		const dbc = load('motohawk.dbc');
		expect(dbc.version).toBe('1.0');
		expect(dbc.nodes.map((n) => n.name)).toEqual(['PCM1', 'FOO']);
		const m = msg(dbc, 'ExampleMessage');
		expect([m.id, m.extended, m.length, m.senders]).toEqual([496, false, 8, ['PCM1']]);
		expect(m.comment).toBe('Example message used as template in MotoHawk models.');
		const t = sig(dbc, 'ExampleMessage', 'Temperature');
		expect(t).toMatchObject({
			startBit: 0,
			length: 12,
			byteOrder: 'big_endian',
			valueType: 'signed',
			factor: 0.01,
			offset: 250,
			min: 229.52,
			max: 270.47,
			unit: 'degK',
			receivers: ['PCM1', 'FOO']
		});
		expect(sig(dbc, 'ExampleMessage', 'AverageRadius').receivers).toEqual([]);
		expect([...sig(dbc, 'ExampleMessage', 'Enable').choices!]).toEqual([
			[0, 'Disabled'],
			[1, 'Enabled']
		]);
		expect(m.cycleTimeMs).toBeUndefined(); // the default is 0: no cycle
	});

	it('foobar.dbc: extended ids, 64-byte FD message, float, escaped quotes, attributes, relations, groups', () => {
		const dbc = load('foobar.dbc');
		const foo = msg(dbc, 'Foo');
		expect([foo.id, foo.extended, foo.isFd]).toEqual([0x12330, true, false]);
		expect(dbc.byKey.get(0x80012330)).toBe(foo);
		expect(sig(dbc, 'Foo', 'Bar').valueType).toBe('float32');
		expect(sig(dbc, 'Foo', 'Bar').comment).toBe('Bar.');
		expect(dbc.nodes.find((n) => n.name === 'BAR')!.comment).toBe('fam "1"');
		expect(dbc.nodes.find((n) => n.name === 'FIE')!.attributes.get('BAR')).toBe('FUM');
		const fd = msg(dbc, 'CanFd');
		expect([fd.length, fd.isFd, fd.frameFormat]).toEqual([64, true, 'ExtendedCAN_FD']);
		expect(msg(dbc, 'Bar').senders).toEqual(['FOO', 'BAR']); // BO_TX_BU_
		expect(msg(dbc, 'Fum').cycleTimeMs).toBe(1);
		expect(msg(dbc, 'Fum').signalGroups).toEqual([{ name: 'SigGroupName', repetitions: 1, signals: ['Fam', 'Fum'] }]);
		expect(dbc.attributes.get('Baudrate')).toBe(125000);
		expect(dbc.attributes.get('AFloat')).toBe(33.5);
		expect(dbc.valueTables.get('State')).toEqual(new Map([[1, 'Enabled'], [0, 'Disabled']]));
		expect(dbc.relAttributes).toContainEqual({
			name: 'GenSigTimeoutTime',
			relation: 'BU_SG_REL_',
			node: 'FOO',
			messageKey: 0x80012330,
			signal: 'Bar',
			value: 200
		});
	});

	it('multiplex_2.dbc: simple and extended multiplexing, m0M switches, SG_MUL_VAL_ ranges', () => {
		const dbc = load('multiplex_2.dbc');
		const s1 = sig(dbc, 'Extended', 'S1');
		expect([s1.isMultiplexor, s1.multiplexerSignal, s1.multiplexerRanges]).toEqual([true, 'S0', [[0, 0]]]);
		expect(sig(dbc, 'Extended', 'S2').multiplexerSignal).toBe('S1');
		expect(sig(dbc, 'Extended', 'S8').multiplexerSignal).toBe('S6');
		expect(sig(dbc, 'Shared', 'S1').multiplexerRanges).toEqual([[1, 1], [3, 3]]);
		expect(sig(dbc, 'Shared', 'S2').multiplexerRanges).toEqual([[2, 5]]);
		// Simple multiplexing without SG_MUL_VAL_: mN selects on the message's M signal.
		expect(sig(dbc, 'Normal', 'S1')).toMatchObject({ multiplexerSignal: 'S0', multiplexerRanges: [[0, 0]] });
		expect(sig(dbc, 'Normal', 'S0').isMultiplexor).toBe(true);
		expect(sig(dbc, 'ExtendedTypes', 'S9').valueType).toBe('float32');
		expect(msg(dbc, 'Normal').frameFormat).toBe('J1939PG');
	});

	it('issue_184 extended multiplexing: cascaded, independent and multi-range switches', () => {
		const c = load('issue_184_extended_mux_cascaded.dbc');
		expect(sig(c, 'ext_MUX_cascaded', 'muxed_B_1')).toMatchObject({ multiplexerSignal: 'muxed_A_2_MUX_B', multiplexerRanges: [[1, 1]] });
		expect(sig(c, 'ext_MUX_cascaded', 'muxed_A_2_MUX_B')).toMatchObject({ isMultiplexor: true, multiplexerSignal: 'MUX_A', multiplexerRanges: [[2, 2]] });
		const i = load('issue_184_extended_mux_independent_multiplexors.dbc');
		expect(sig(i, 'ext_MUX_indep_multiplexors', 'muxed_B_2').multiplexerSignal).toBe('MUX_B');
		expect(sig(i, 'ext_MUX_indep_multiplexors', 'muxed_A_0').multiplexerSignal).toBe('MUX_A');
		const v = load('issue_184_extended_mux_multiple_values.dbc');
		expect(sig(v, 'ext_MUX_multiple_values', 'muxed_0_3_4_5').multiplexerRanges).toEqual([[0, 0], [3, 5]]);
		for (const f of ['cascaded', 'independent_multiplexors', 'multiple_values']) {
			const a = load(`issue_184_extended_mux_${f}.dbc`);
			const b = load(`issue_184_extended_mux_${f}_dumped.dbc`);
			const shape = (d: Dbc) => d.messages[0].signals.map((s) => [s.name, s.multiplexerSignal, s.multiplexerRanges]).sort();
			expect(shape(b)).toEqual(shape(a));
		}
	});

	it('cp1252.dbc: a Windows-1252 file decodes to the right characters', () => {
		const bytes = readFileSync(join(SAMPLES, 'cp1252.dbc'));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		const dbc = load('cp1252.dbc');
		const c = dbc.nodes[0].comment!;
		expect(c.startsWith(' !#$%&')).toBe(true);
		expect(c).toContain('°±²'); // 0xB0..0xB2
		expect(c).not.toContain('\uFFFD');
		expect(c.endsWith('ÿ')).toBe(true); // 0xFF
	});

	it('floating_point.dbc: SIG_VALTYPE_ 1 and 2 make float32 and float64 signals', () => {
		const dbc = load('floating_point.dbc');
		expect(sig(dbc, 'Message1', 'Signal1').valueType).toBe('float64');
		expect(sig(dbc, 'Message2', 'Signal1').valueType).toBe('float32');
		expect(sig(dbc, 'Message2', 'Signal2').valueType).toBe('float32');
	});

	it('fd_test.dbc / vframeformat_int.dbc: VFrameFormat (ENUM and INT) decides CAN FD', () => {
		const dbc = load('fd_test.dbc');
		expect(msg(dbc, 'TestMsg_FDStd')).toMatchObject({ isFd: true, extended: false, frameFormat: 'StandardCAN_FD' });
		expect(msg(dbc, 'TestMsg_FDEx')).toMatchObject({ isFd: true, extended: true, id: 0 });
		expect(msg(dbc, 'TestMsg_Std').isFd).toBe(false);
		expect(msg(dbc, 'TestMsg_Ex')).toMatchObject({ isFd: false, extended: true, frameFormat: 'ExtendedCAN' });
		const i = load('vframeformat_int.dbc');
		expect(msg(i, 'TestMsg_J1939').frameFormat).toBe('J1939PG'); // default 3
		expect(msg(i, 'TestMsg_Std').frameFormat).toBe('StandardCAN');
	});

	it('j1939.dbc: 29-bit ids and node attributes', () => {
		const dbc = load('j1939.dbc');
		const m = msg(dbc, 'Message1');
		expect([m.id, m.extended, m.frameFormat]).toEqual([2503213569 - 0x80000000, true, 'J1939PG']);
		expect(dbc.nodes.find((n) => n.name === 'Node2')!.attributes.get('NmStationAddress')).toBe(2);
		expect(sig(dbc, 'Message1', 'Signal1').attributes.get('SPN')).toBe(500);
	});

	it('choices.dbc: negative values, empty-looking labels and CRLF lines', () => {
		const dbc = load('choices.dbc');
		const ch = sig(dbc, 'Foo', 'Foo').choices!;
		expect(ch.get(-5)).toBe('A negative value');
		expect(ch.get(0)).toBe('With space');
		expect(ch.get(1)).toBe("#%=*ä'");
		expect(ch.size).toBe(8);
	});

	it('long_names.dbc: System*LongSymbol attributes restore names longer than 32 characters', () => {
		const dbc = load('long_names.dbc');
		expect(dbc.messages.map((m) => m.name)).toContain('SS12345678901234567890123458789012345');
		expect(dbc.nodes.map((n) => n.name)).toContain('NN123456789012345678901234567890123');
	});

	it('vehicle.dbc (the big sample): 217 extended messages with comments and choices', () => {
		const dbc = load('vehicle.dbc');
		expect(dbc.messages.every((m) => m.extended)).toBe(true);
		const s = sig(dbc, 'RT_SB_INS_Vel_Body_Axes', 'INS_Vel_Sideways_2D');
		expect(s).toMatchObject({ startBit: 40, length: 24, valueType: 'signed', factor: 0.0001, unit: 'm/s' });
		expect(s.comment).toMatch(/^Sideways Velocity in the vehicle body axes/);
		const withChoices = dbc.messages.flatMap((m) => m.signals).filter((x) => x.choices);
		expect(withChoices.length).toBe(15); // one per VAL_ line
		expect(sig(dbc, 'RT_SB_INS_Vel_Body_Axes', 'Validity_INS_Vel_Forwards').pos!.line).toBeGreaterThan(1);
	});
});

describe('parseDbc on hand-written input', () => {
	const HEAD = 'VERSION ""\nNS_ :\n\tCM_\n\nBS_:\nBU_: A B\n';

	it('reads a minimal file with a comment spanning lines', () => {
		const dbc = parseDbc(`${HEAD}BO_ 100 M: 2 A\n SG_ X : 0|16@1+ (0.5,-10) [0|100] "V" B\nCM_ SG_ 100 X "two\nlines";\n`);
		expect(sig(dbc, 'M', 'X')).toMatchObject({ factor: 0.5, offset: -10, receivers: ['B'], comment: 'two\nlines' });
	});

	it('skips unknown sections and says so in warnings', () => {
		const dbc = parseDbc(`${HEAD}FOO_BAR_ 1 2 "x;y" ;\nBO_ 1 M: 1 A\n`, 'f.dbc');
		expect(dbc.messages).toHaveLength(1);
		expect(dbc.warnings).toEqual(["f.dbc:7:1: skipped unknown section 'FOO_BAR_'"]);
	});

	const errorCases: Array<[string, string, RegExp]> = [
		['missing colon after the signal name', `${HEAD}BO_ 1 M: 8 A\n SG_ X 0|8@1+ (1,0) [0|0] "" B\n`, /^t\.dbc:8:8: expected ':' or a multiplexer indicator .* but found '0\|8@1\+'/],
		['bad byte order', `${HEAD}BO_ 1 M: 8 A\n SG_ X : 0|8@2+ (1,0) [0|0] "" B\n`, /^t\.dbc:8:14: expected byte order 0 \(Motorola\) or 1 \(Intel\)/],
		['missing semicolon', `${HEAD}BO_ 1 M: 8 A\nVAL_TABLE_ T 1 "a" 0 "b"\nBO_ 2 N: 8 A\n`, /^t\.dbc:9:1: expected a value or ';' in value table 'T' but found 'BO_'/],
		['unterminated string', `${HEAD}CM_ "oops;\n`, /^t\.dbc:7:5: unterminated string/],
		['SG_ outside a message', `${HEAD}SG_ X : 0|8@1+ (1,0) [0|0] "" B\n`, /^t\.dbc:7:1: SG_ outside a message/],
		['message longer than 64 bytes', `${HEAD}BO_ 1 M: 65 A\n`, /^t\.dbc:7:1: message 'M' is 65 bytes long/],
		['signal past 64 bytes', `${HEAD}BO_ 1 M: 64 A\n SG_ X : 510|8@1+ (1,0) [0|0] "" B\n`, /^t\.dbc:8:2: signal 'X' at bit 510 .* past 64 bytes/],
		['mN without a multiplexor', `${HEAD}BO_ 1 M: 8 A\n SG_ X m1 : 0|8@1+ (1,0) [0|0] "" B\n`, /^t\.dbc:8:2: signal 'X' is multiplexed \(m1\) but message 'M' has no multiplexor/],
		['stray character', `${HEAD}BO_ 1 M: 8 A\n}\n`, /^t\.dbc:8:1: expected a DBC keyword/]
	];
	it.each(errorCases)('%s → DbcError at the right line:col', (_, text, re) => {
		let err: unknown;
		try {
			parseDbc(text, 't.dbc');
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(DbcError);
		expect((err as DbcError).message).toMatch(re);
	});

	it('decodeDbcBytes keeps UTF-8 and falls back to Windows-1252', () => {
		expect(decodeDbcBytes(new TextEncoder().encode('°C'))).toBe('°C');
		expect(decodeDbcBytes(new Uint8Array([0xb0, 0x43]))).toBe('°C');
	});
});

/** The three gaps seen in public DBCs, read as cantools and opendbc read them: a warning, not a failure. */
describe('parseDbc: what real-world DBCs do that the grammar does not allow', () => {
	const head = 'VERSION ""\nBU_: ECU\n';

	it('message and signal names that begin with a digit are read, with a warning each', () => {
		const dbc = parseDbc(head + 'BO_ 100 2WD_Status: 8 ECU\n SG_ 4WD_Mode : 0|8@1+ (1,0) [0|255] "" ECU\nCM_ SG_ 100 4WD_Mode "drive mode";\nVAL_ 100 4WD_Mode 0 "off" 1 "on" ;\n', 'digits.dbc');
		expect(dbc.messages[0].name).toBe('2WD_Status');
		expect(dbc.messages[0].signals[0].name).toBe('4WD_Mode');
		expect(dbc.messages[0].signals[0].comment).toBe('drive mode');
		expect(dbc.messages[0].signals[0].choices?.get(1)).toBe('on');
		expect(dbc.warnings).toEqual([
			"digits.dbc:3:9: message name '2WD_Status' begins with a digit (not a C identifier); read as it is",
			"digits.dbc:4:6: signal name '4WD_Mode' begins with a digit (not a C identifier); read as it is"
		]);
	});

	it("a CM_ comment missing its ';' before the next keyword is read, with a warning", () => {
		const dbc = parseDbc(head + 'BO_ 100 M: 8 ECU\n SG_ S : 0|8@1+ (1,0) [0|255] "" ECU\nCM_ BO_ 100 "message"\nCM_ SG_ 100 S "signal"\nBA_DEF_ BO_ "GenMsgCycleTime" INT 0 10000;\nCM_ "file"', 'cm.dbc');
		expect(dbc.messages[0].comment).toBe('message');
		expect(dbc.messages[0].signals[0].comment).toBe('signal');
		expect(dbc.comment).toBe('file');
		expect(dbc.attributeDefs.map((d) => d.name)).toContain('GenMsgCycleTime');
		expect(dbc.warnings).toEqual([
			"cm.dbc:5:22: CM_ comment has no ';' before 'CM_'; read as if it had",
			"cm.dbc:6:23: CM_ comment has no ';' before 'BA_DEF_'; read as if it had",
			"cm.dbc:8:11: CM_ comment has no ';' before the end of the file; read as if it had"
		]);
		// Anything else after a comment is still an error.
		expect(() => parseDbc(head + 'CM_ "x" 42', 'cm2.dbc')).toThrow("cm2.dbc:3:9: expected ';' after the comment but found '42'");
	});

	it('a multiplexer indicator separated from the signal name, or split by spaces, is read, with a warning', () => {
		const text = head + 'BO_ 100 M: 8 ECU\n SG_ Sw   M   : 0|8@1+ (1,0) [0|255] "" ECU\n SG_ A    m1  : 8|8@1+ (1,0) [0|255] "" ECU\n SG_ B m 2 : 8|8@1+ (1,0) [0|255] "" ECU\n SG_ C m3 M : 16|8@1+ (1,0) [0|255] "" ECU\n';
		const dbc = parseDbc(text, 'mux.dbc');
		const [sw, a, b, c] = dbc.messages[0].signals;
		expect(sw.isMultiplexor).toBe(true);
		expect([a.multiplexerSignal, a.multiplexerRanges]).toEqual(['Sw', [[1, 1]]]);
		expect([b.multiplexerSignal, b.multiplexerRanges]).toEqual(['Sw', [[2, 2]]]);
		expect([c.multiplexerSignal, c.multiplexerRanges, c.isMultiplexor]).toEqual(['Sw', [[3, 3]], true]);
		// Spaces between the name and the indicator are plain DBC; spaces inside it are warned about.
		expect(dbc.warnings).toEqual([
			"mux.dbc:6:8: multiplexer indicator 'm 2' of signal 'B' has spaces inside; read as 'm2'",
			"mux.dbc:7:8: multiplexer indicator 'm3 M' of signal 'C' has a space inside; read as 'm3M'"
		]);
	});
});
