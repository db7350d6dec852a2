/**
 * The parsed form of a DBC file. Other modules (decoder, code generator, UI, simulation) depend on these
 * names; add fields freely, rename none.
 */

export type ByteOrder = 'little_endian' | 'big_endian'; // Intel = little (@1), Motorola = big (@0)
export type ValueType = 'signed' | 'unsigned' | 'float32' | 'float64';

export interface SourcePos {
	file: string;
	line: number; // 1-based
	col: number; // 1-based
}

export interface DbcSignal {
	name: string;
	/** Start bit exactly as written in the DBC (Motorola: MSB in the DBC's sawtooth numbering). */
	startBit: number;
	length: number;
	byteOrder: ByteOrder;
	valueType: ValueType;
	factor: number;
	offset: number;
	min: number;
	max: number;
	unit: string;
	receivers: string[];
	comment?: string;
	/** Raw value → label, from VAL_ (or a VAL_TABLE_ it references). */
	choices?: Map<number, string>;
	/** 'M' when this signal is the (simple) multiplexor. */
	isMultiplexor: boolean;
	/** Name of the multiplexor switch this signal depends on (simple: the message's M; extended: SG_MUL_VAL_). */
	multiplexerSignal?: string;
	/** Multiplexor raw values (inclusive ranges) for which this signal is present. */
	multiplexerRanges?: Array<[number, number]>;
	attributes: Map<string, string | number>;
	pos?: SourcePos;
}

export interface DbcMessage {
	/** Identifier without the extended flag bit. */
	id: number;
	extended: boolean;
	name: string;
	/** Payload length in bytes (0..64). */
	length: number;
	senders: string[];
	signals: DbcSignal[];
	comment?: string;
	attributes: Map<string, string | number>;
	/** GenMsgCycleTime attribute in ms, when present and > 0. */
	cycleTimeMs?: number;
	/** VFrameFormat / CAN FD as far as the DBC says. */
	isFd: boolean;
	signalGroups: Array<{ name: string; repetitions: number; signals: string[] }>;
	pos?: SourcePos;
	/** VFrameFormat as a name ('StandardCAN', 'ExtendedCAN_FD', 'J1939PG', ...), when the DBC defines it. */
	frameFormat?: string;
}

/** A relation attribute (BA_REL_): a value attached to a node together with a message, signal or env var. */
export interface DbcRelAttribute {
	name: string;
	relation: 'BU_SG_REL_' | 'BU_BO_REL_' | 'BU_EV_REL_';
	node: string;
	/** `messageKey()` of the message, for BU_SG_REL_ and BU_BO_REL_. */
	messageKey?: number;
	signal?: string;
	envVar?: string;
	value: string | number;
}

/** An environment variable (EV_); only what the decoder and UI need. */
export interface DbcEnvVar {
	name: string;
	unit: string;
	min: number;
	max: number;
	comment?: string;
	choices?: Map<number, string>;
}

export interface DbcAttributeDef {
	objectType: '' | 'BU_' | 'BO_' | 'SG_' | 'EV_' | 'BU_BO_REL_' | 'BU_SG_REL_' | 'BU_EV_REL_';
	name: string;
	kind: 'INT' | 'HEX' | 'FLOAT' | 'STRING' | 'ENUM';
	min?: number;
	max?: number;
	enumValues?: string[];
	default?: string | number;
}

export interface DbcNode {
	name: string;
	comment?: string;
	attributes: Map<string, string | number>;
}

export interface Dbc {
	version: string;
	nodes: DbcNode[];
	messages: DbcMessage[];
	valueTables: Map<string, Map<number, string>>;
	attributeDefs: DbcAttributeDef[];
	/** Network-level attributes (BA_ "Name" value;). */
	attributes: Map<string, string | number>;
	comment?: string;
	/** Messages by `id | (extended ? 0x80000000 : 0)`. */
	byKey: Map<number, DbcMessage>;
	/** BA_REL_ values (node↔message / node↔signal / node↔env var). */
	relAttributes?: DbcRelAttribute[];
	envVars?: DbcEnvVar[];
	/** Things a lenient reader accepted but a person should know (`file:line:col: text`). */
	warnings?: string[];
}

/** Key used in `Dbc.byKey` and by decoders: the 29/11-bit ID with bit 31 set for extended frames. */
export function messageKey(id: number, extended: boolean): number {
	return (extended ? (id | 0x80000000) : id) >>> 0;
}

/** A DBC that could not be read: `file:line:col: reason`. */
export class DbcError extends Error {
	constructor(
		readonly reason: string,
		readonly pos: SourcePos
	) {
		super(`${pos.file}:${pos.line}:${pos.col}: ${reason}`);
		this.name = 'DbcError';
	}
}
