/** Node-only DBC loading (reads the file system); the browser passes file bytes to `decodeDbcBytes`. */
import { readFileSync } from 'node:fs';
import { decodeDbcBytes, parseDbc } from './parse';
import type { Dbc } from './types';

/** Reads and parses a DBC file (UTF-8 or Windows-1252); throws `DbcError` with `path:line:col`. */
export function loadDbcFile(path: string): Dbc {
	return parseDbc(decodeDbcBytes(readFileSync(path)), path);
}
