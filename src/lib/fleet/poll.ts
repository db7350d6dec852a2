/**
 * Polls `load` every `ms` on a fleet page: the next round starts only after the last one answered (a slow
 * server never gets a queue of rounds), none runs while the tab is hidden, and showing the tab again loads at
 * once. Returns the function that stops it.
 */
export function pollVisible(load: () => Promise<void>, ms: number, doc: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'> = document): () => void {
	let stop = false;
	let busy = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const round = async (): Promise<void> => {
		timer = undefined;
		if (stop || busy || doc.hidden) return;
		busy = true;
		try {
			await load();
		} finally {
			busy = false;
		}
		if (!stop) timer = setTimeout(() => void round(), ms);
	};
	const shown = (): void => {
		if (!doc.hidden && timer === undefined) void round();
	};
	doc.addEventListener('visibilitychange', shown);
	void round();
	return () => {
		stop = true;
		clearTimeout(timer);
		doc.removeEventListener('visibilitychange', shown);
	};
}
