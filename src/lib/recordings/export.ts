/**
 * Export: a stream of batches through a format's writer into a Blob built from the pieces, so a big
 * recording never becomes one string (the browser may keep Blob parts on disk).
 */
import type { FrameBatch } from '$lib/can/frame';
import type { LogFormat } from './formats';

/** The file a writer makes from `batches`, as a Blob of its pieces. */
export async function exportBlob(format: LogFormat, batches: AsyncIterable<FrameBatch> | Iterable<FrameBatch>, channels: string[]): Promise<Blob> {
	if (!format.writer) throw new Error(`${format.name} cannot be written`);
	const w = format.writer({ channels });
	const parts: BlobPart[] = [];
	const add = (p: Uint8Array | string) => {
		if (typeof p === 'string' ? p.length : p.byteLength) parts.push(p as BlobPart);
	};
	for await (const b of batches) add(w.write(b));
	add(w.end());
	if (w.finalHeader) {
		// the header with the totals replaces the first bytes written (a Blob slice: no copy of the file)
		const h = w.finalHeader();
		return new Blob([h as BlobPart, new Blob(parts).slice(h.byteLength)], { type: format.mime });
	}
	return new Blob(parts, { type: format.mime });
}

/** A file name for an export: the recording's name made safe, with the format's first extension. */
export function exportName(name: string, format: LogFormat): string {
	const base = name.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'recording';
	return `${base}.${format.extensions[0]}`;
}
