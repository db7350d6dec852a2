/** Browser downloads through an `<a download>` link (works offline, no server round trip). */

/** Saves `href` (a blob: or data: URL) under `filename`. */
export function downloadHref(href: string, filename: string): void {
	const a = document.createElement('a');
	a.href = href;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
}

/** Saves text as a file via a blob URL (revoked once the download has started). */
export function downloadText(text: string, filename: string, type = 'text/csv'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	downloadHref(url, filename);
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
