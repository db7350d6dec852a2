/**
 * Imports a log file off the page's thread: reads the File as a stream (a 1 GB log never sits in memory),
 * parses it with the registry's reader for its extension and stores the frames as a recording through the
 * same recorder as a live recording (chunks, index, histogram). Bad lines are skipped and named
 * (`file:line: reason`); a fatal error keeps the frames before it. Cancel deletes the partial recording.
 */
import { RecordingsDb } from './db';
import { Recorder } from './recorder';
import { newMeta } from './meta';
import { FORMATS, formatForFile, type LogError } from './formats';

const MiB = 1 << 20;
let cancelled = false;

async function budget(override: number | null, bytes: number): Promise<number> {
	if (override !== null) return override - bytes;
	const e = await navigator.storage?.estimate?.();
	if (!e?.quota) return Infinity;
	return e.quota - (e.usage ?? 0) - 16 * MiB;
}

async function run(file: File, dbc: string | null, override: number | null) {
	const base = { file: file.name, frames: 0, skipped: 0, errors: [] as string[] };
	const fmt = formatForFile(file.name, new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
	if (!fmt?.reader) {
		const known = FORMATS.filter((f) => f.reader).flatMap((f) => f.extensions.map((e) => `.${e}`));
		return { ...base, failed: `${file.name}: no reader for this file type (reads ${known.join(', ')})` };
	}
	const db = await RecordingsDb.open();
	const meta = newMeta({ name: file.name, source: `Imported ${fmt.name}: ${file.name}`, dbc, channels: [] });
	const rec = new Recorder(meta, { store: db, budget: (m) => budget(override, m.bytes) });
	await rec.begin();
	const errors: LogError[] = [];
	const reader = fmt.reader({ file: file.name, onBatch: (b) => rec.add(b), onError: (e) => errors.length < 20 && errors.push(e) });
	const src = file.stream().getReader();
	let read = 0;
	let lastPost = 0;
	for (;;) {
		if (cancelled || reader.stopped || rec.ended) break;
		const { done, value } = await src.read();
		if (done) break;
		reader.read(value);
		read += value.byteLength;
		meta.channels = reader.channels.slice();
		// let the writes keep up, so memory stays bounded by a chunk or two whatever the file's size
		await rec.idle();
		if (read - lastPost > 256 * 1024) {
			lastPost = read;
			postMessage({ op: 'progress', progress: read / file.size, frames: reader.frames });
		}
	}
	if (cancelled) {
		void src.cancel();
		await rec.stop('cancelled');
		await db.delete(meta.id);
		return { ...base, cancelled: true };
	}
	if (!reader.stopped) reader.end();
	meta.channels = reader.channels.length ? reader.channels.slice() : ['can0'];
	const fatal = reader.errors.find((e) => e.fatal);
	const note = rec.ended
		? meta.note
		: fatal
			? `import stopped at ${fatal.message}; the ${reader.frames} frames before it were kept`
			: reader.skipped
				? `${reader.skipped} unreadable lines or records skipped (first: ${reader.errors[0]?.message})`
				: undefined;
	const m = await rec.stop(note);
	db.close();
	return { file: file.name, frames: m.frames, skipped: reader.skipped, errors: errors.map((e) => e.message), id: m.id, note: m.note };
}

onmessage = async (e: MessageEvent) => {
	const m = e.data;
	if (m.op === 'cancel') cancelled = true;
	else if (m.op === 'import') {
		let result;
		try {
			result = await run(m.file as File, m.dbc, m.budget ?? null);
		} catch (err) {
			result = { file: (m.file as File).name, frames: 0, skipped: 0, errors: [], failed: `${(m.file as File).name}: ${err instanceof Error ? err.message : String(err)}` };
		}
		postMessage({ op: 'done', result });
	}
};
