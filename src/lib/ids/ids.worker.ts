/// <reference lib="webworker" />
/**
 * The intrusion detector in its own Web Worker: the page posts the current FrameSource's batches
 * (transferred) and gets alerts back, so detection never costs the page's main thread.
 */
import * as Comlink from 'comlink';
import { parseDbc } from '../can/dbc/parse';
import type { FrameBatch } from '../can/frame';
import { IdsDetector, type Alert } from './detector';
import { parseModel } from './model';

let det: IdsDetector | null = null;

const api = {
	/** Loads the model (model.json's parsed content) and the DBC text to decode signals with (null: none). */
	init(model: unknown, dbcText: string | null): { ids: number } {
		const m = parseModel(model);
		det = new IdsDetector(m, dbcText ? parseDbc(dbcText, 'vehicle.dbc') : null);
		return { ids: m.ids.length };
	},
	/** Checks a batch; returns its alerts and the frames checked so far. */
	feed(b: FrameBatch): { alerts: Alert[]; frames: number } {
		if (!det) throw new Error('IDS worker: init() first');
		return { alerts: det.feedBatch(b), frames: det.frames };
	},
	/** A new session of the source: the detector starts over. */
	reset(): void {
		det?.reset();
	}
};

export type IdsWorkerApi = typeof api;
Comlink.expose(api);
