/**
 * Where the DBC sample kit lives (docs/architecture.md, "DBC"): the DBC files of cantools' own test suite (MIT),
 * kept beside the checkout, not in it. `ZB_DBC_SAMPLES` names another folder. The parser, codec, generator
 * and fuzz tests, the /dbc e2e test and `npm run bench` use it; each skips what needs it with a printed
 * reason when it is absent.
 */
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../../..');

/** The kit's folder (it may not exist: check before reading). */
export const DBC_SAMPLES_DIR = process.env.ZB_DBC_SAMPLES ?? resolve(ROOT, '..', 'shared', 'dbc-samples');
