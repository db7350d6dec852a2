/** A plain TCP client for protocol specs: everything the server wrote, and a way to wait for more. */
import { connect, type Socket } from 'node:net';

export interface TextClient {
	sock: Socket;
	/** All text received so far. */
	readonly text: string;
	write(s: string): void;
	/** Resolves with the text once `pred` holds for it; rejects after `ms` saying what it had. */
	until(pred: (text: string) => boolean, ms?: number): Promise<string>;
	/** Waits `ms` and returns what arrived meanwhile (for "nothing more comes" checks). */
	quiet(ms: number): Promise<string>;
	close(): void;
}

export async function textClient(port: number, host = '127.0.0.1'): Promise<TextClient> {
	const sock = connect(port, host);
	sock.setEncoding('latin1');
	let text = '';
	const waiters = new Set<() => void>();
	sock.on('data', (d: string) => {
		text += d;
		for (const w of waiters) w();
	});
	await new Promise<void>((res, rej) => {
		sock.once('connect', res);
		sock.once('error', rej);
	});
	return {
		sock,
		get text() {
			return text;
		},
		write: (s) => void sock.write(s),
		until(pred, ms = 3000) {
			return new Promise((res, rej) => {
				const check = (): void => {
					if (pred(text)) {
						waiters.delete(check);
						clearTimeout(t);
						res(text);
					}
				};
				const t = setTimeout(() => {
					waiters.delete(check);
					rej(new Error(`timed out after ${ms} ms; received: ${JSON.stringify(text.slice(-400))}`));
				}, ms);
				waiters.add(check);
				check();
			});
		},
		async quiet(ms) {
			const before = text.length;
			await new Promise((r) => setTimeout(r, ms));
			return text.slice(before);
		},
		close: () => void sock.destroy()
	};
}
