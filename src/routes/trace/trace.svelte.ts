/**
 * State of the trace page: the recorder (a ring buffer fed by every FrameBatch the simulation sends), the
 * filtered view of it, and the layout of a fixed-row virtual list (only the rows on screen exist as
 * objects, rebuilt at most once per animation frame).
 */
import type { DbcCodec } from '$lib/can/dbc/codec';
import { describeFrame, type SignalText } from '$lib/can/dbc/describe';
import { FLAG_ERR, FLAG_EXT, FLAG_RTR } from '$lib/can/frame';
import { TraceBuffer, TraceFilter } from '$lib/can/trace-buffer';
import { compileFilter, type FilterSpec } from './filter';

/** Height of every row, px (the virtual list depends on it being constant). */
export const ROW_H = 24;
/** Tallest scroll body, px: browsers cap element heights (~17 M px in Firefox), so longer lists scale. */
const MAX_BODY_PX = 8_000_000;
export { TRACE_CAPACITY, traceRecorder } from '$lib/store/trace-recorder';

const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

export interface ByteCell {
	hex: string;
	/** Differs from the previous frame with the same ID. */
	changed: boolean;
}

export interface FrameRow {
	kind: 'frame';
	/** Virtual row index (0 = first row under the header). */
	vi: number;
	seq: number;
	time: string;
	idText: string;
	name: string;
	sender: string;
	dlc: number;
	bytes: ByteCell[];
	/** The DBC knows the message, so the row can expand to signals. */
	expandable: boolean;
	expanded: boolean;
}

export interface SignalRow {
	kind: 'signal';
	vi: number;
	/** Frame the signal belongs to. */
	seq: number;
	sig: SignalText;
}

/** A fault injected, cleared or ended (the Faults panel's markers), placed before the first frame at or after its time. */
export interface MarkerRow {
	kind: 'marker';
	vi: number;
	time: string;
	action: 'inject' | 'clear' | 'end';
	label: string;
}

/** What the trace needs of a fault marker (src/lib/store/faults.svelte.ts). */
export interface TraceMarker {
	t_us: number;
	action: 'inject' | 'clear' | 'end';
	label: string;
}

export type TraceRow = FrameRow | SignalRow | MarkerRow;

/** Rows inserted after the frame at filter position `after` (viewStart − 1: before the first frame). */
interface Insert {
	after: number;
	n: number;
	row(k: number, vi: number): TraceRow;
}

/** Seconds with µs resolution, as candump -t a and CANoe show it. */
export function formatTime(t_us: number): string {
	return (t_us / 1e6).toFixed(6);
}

/** `100` for standard IDs, `18FEF100x` for extended ones (Vector's notation). */
export function formatId(id: number, flags: number): string {
	return flags & FLAG_EXT ? id.toString(16).toUpperCase().padStart(8, '0') + 'x' : id.toString(16).toUpperCase().padStart(3, '0');
}

interface Expansion {
	pos: number;
	seq: number;
	sigs: SignalText[];
}

/** The trace list: filter, pause/follow, expansion, keyboard cursor and the rows on screen. */
export class TraceView {
	readonly buf: TraceBuffer;
	readonly filter: TraceFilter;

	/** Frames recorded (all IDs). */
	total = $state(0);
	/** Frames held that pass the filter, including those that arrived while paused. */
	matched = $state(0);
	paused = $state(false);
	/** Keep the newest frame in view. */
	follow = $state(true);
	/** Matching frames recorded since the view was paused. */
	newCount = $state(0);
	/** Rows in the list (frames plus the signal rows of expanded frames). */
	rowCount = $state(0);
	rows = $state.raw<TraceRow[]>([]);
	/** Offset of the first rendered row inside the scroll body, px. */
	windowTop = $state(0);
	/** Height of the scroll body, px. */
	bodyPx = $state(0);
	/** Keyboard cursor: virtual row index, -1 = none. */
	active = $state(-1);
	spec = $state<FilterSpec>({ ids: '', name: '', sender: '' });
	filterError = $state<string | null>(null);

	#codec: DbcCodec | null = null;
	#expanded: number[] = [];
	#exp: Expansion[] = [];
	#ins: Insert[] = [];
	#markers: readonly TraceMarker[] = [];
	#pauseSeq = 0;
	#viewStart = 0;
	#viewEnd = 0;
	#seen = -1;
	/** A layout exists that the user may be looking at. */
	#laidOut = false;
	#clears = -1;
	#dirty = true;
	#scrollTop = 0;
	#viewH = 0;
	/** Scroll position the view wants the page to apply, or null. */
	#wantScroll: number | null = null;

	constructor(buf: TraceBuffer) {
		this.buf = buf;
		this.filter = new TraceFilter(buf, null);
	}

	/** Switches the DBC used for names, senders, decoding and the name/sender filters. */
	setCodec(codec: DbcCodec | null): void {
		if (codec === this.#codec) return;
		this.#codec = codec;
		this.setFilter(this.spec);
	}

	/** Applies a filter; a bad ID list sets `filterError` and keeps the previous filter. */
	setFilter(spec: FilterSpec): void {
		this.spec = { ...spec };
		try {
			const pred = compileFilter(spec, this.#codec);
			this.filterError = null;
			this.filter.setPredicate(pred);
			this.active = -1;
			this.#dirty = true;
		} catch (e) {
			this.filterError = (e as Error).message;
		}
	}

	/** Freezes the list; the recorder keeps recording and `newCount` tells how much arrived. */
	pause(): void {
		if (this.paused) return;
		this.paused = true;
		this.#pauseSeq = this.buf.total;
		this.#dirty = true;
	}

	/** Unfreezes the list and jumps to the newest frame. */
	resume(): void {
		this.paused = false;
		this.setFollow(true);
	}

	setFollow(on: boolean): void {
		this.follow = on;
		this.#dirty = true;
	}

	/** Forgets every recorded frame. */
	clear(): void {
		this.buf.clear();
		this.#expanded = [];
		this.active = -1;
		this.#pauseSeq = 0;
		this.#dirty = true;
	}

	/** The fault markers to show among the frames (in time order); they pass every filter. */
	setMarkers(m: readonly TraceMarker[]): void {
		if (m === this.#markers) return;
		this.#markers = m;
		this.#dirty = true;
	}

	/** Filter position of the first frame shown at or after `t_us` (`#viewEnd` when none). */
	#positionAtTime(t_us: number): number {
		const f = this.filter;
		const buf = this.buf;
		let lo = this.#viewStart;
		let hi = this.#viewEnd;
		while (lo < hi) {
			const mid = Math.floor((lo + hi) / 2);
			if (buf.t_us[buf.slotOf(f.seqAt(mid))] < t_us) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Expands or collapses a frame's decoded signals. Expanding stops following, so the frame stays put. */
	toggle(seq: number): void {
		const i = this.#expanded.indexOf(seq);
		if (i >= 0) this.#expanded.splice(i, 1);
		else {
			this.follow = false;
			this.#expanded.push(seq);
			this.#expanded.sort((a, b) => a - b);
		}
		this.#dirty = true;
	}

	isExpanded(seq: number): boolean {
		return this.#expanded.includes(seq);
	}

	/** The page reports the user's scroll; scrolling away from the end stops following, back to it resumes. */
	userScrolled(scrollTop: number, domMaxScroll?: number): void {
		this.#scrollTop = scrollTop;
		if (!this.paused) {
			// the list's own end when the page tells it: frames that arrived since the last draw make the model's
			// end lie below the body the browser scrolled, and a scroll to the very end must still follow
			const atEnd = scrollTop >= (domMaxScroll ?? this.#maxScroll()) - 2;
			if (atEnd !== this.follow) this.follow = atEnd;
		}
		this.#dirty = true;
	}

	/**
	 * Keyboard navigation of the list (treegrid keys). Returns true when the key was used.
	 */
	key(key: string): boolean {
		const n = this.rowCount;
		if (n === 0) return false;
		const page = Math.max(1, Math.floor(this.#viewH / ROW_H) - 1);
		let a = this.active < 0 ? this.#firstVisible() : this.active;
		const row = this.#rowAt(a);
		switch (key) {
			case 'ArrowDown':
				a++;
				break;
			case 'ArrowUp':
				a--;
				break;
			case 'PageDown':
				a += page;
				break;
			case 'PageUp':
				a -= page;
				break;
			case 'Home':
				a = 0;
				break;
			case 'End':
				a = n - 1;
				break;
			case 'ArrowRight':
			case 'ArrowLeft':
			case 'Enter':
			case ' ': {
				if (!row) return false;
				if (row.kind === 'marker') return key === ' ';
				if (row.kind === 'signal') {
					if (key === 'ArrowLeft') a = this.#frameRowOf(a);
					else return key === ' ';
				} else {
					const open = this.isExpanded(row.seq);
					if (key === 'ArrowRight' && open) a++;
					else if ((key === 'ArrowRight' && !open) || (key === 'ArrowLeft' && open) || key === 'Enter' || key === ' ') {
						if (row.expandable || open) this.toggle(row.seq);
					}
				}
				break;
			}
			default:
				return false;
		}
		a = Math.max(0, Math.min(n - 1, a));
		this.active = a;
		if (key === 'End') {
			if (!this.paused) this.setFollow(true);
		} else if (a < n - 1 && this.follow) this.follow = false;
		this.#reveal(a);
		this.#dirty = true;
		return true;
	}

	/** Sets the keyboard cursor to a row (mouse click). */
	activate(vi: number): void {
		this.active = vi;
		this.#dirty = true;
	}

	/**
	 * Brings the view up to date with the recorder and the viewport; call once per animation frame with the
	 * scroll body's metrics. Returns the scrollTop the page must apply, or null.
	 */
	update(scrollTop: number, viewH: number): number | null {
		const buf = this.buf;
		if (buf.total !== this.#seen || buf.clears !== this.#clears) {
			if (buf.clears !== this.#clears) {
				this.#expanded = [];
				this.#pauseSeq = 0;
				this.#clears = buf.clears;
			}
			this.filter.sync();
			this.#seen = buf.total;
			this.#dirty = true;
		}
		if (this.#wantScroll === null && (scrollTop !== this.#scrollTop || viewH !== this.#viewH)) this.#dirty = true;
		if (!this.#dirty) return null;
		this.#dirty = false;
		this.#viewH = viewH;
		if (this.#wantScroll === null) this.#scrollTop = scrollTop;

		const f = this.filter;
		const oldStart = this.#viewStart;
		this.#viewStart = f.start;
		this.#viewEnd = this.paused ? Math.max(f.start, f.positionOf(this.#pauseSeq)) : f.end;
		this.total = buf.total;
		this.matched = f.length;
		this.newCount = this.paused ? f.end - this.#viewEnd : 0;

		this.#exp = [];
		this.#expanded = this.#expanded.filter((s) => buf.has(s));
		for (const seq of this.#expanded) {
			const pos = f.positionOf(seq);
			if (pos >= this.#viewEnd || f.seqAt(pos) !== seq) continue;
			const slot = buf.slotOf(seq);
			const cm = this.#codec?.forFrame(buf.id[slot], buf.flags[slot]);
			this.#exp.push({ pos, seq, sigs: cm ? describeFrame(cm, buf.payload(slot)) : [] });
		}
		const ins: Insert[] = this.#exp.map((e) => ({ after: e.pos, n: e.sigs.length, row: (k, vi) => ({ kind: 'signal', vi, seq: e.seq, sig: e.sigs[k] }) }));
		for (const m of this.#markers) {
			const pos = this.#positionAtTime(m.t_us);
			// a marker newer than a paused view's last frame belongs to what arrived since
			if (pos === this.#viewEnd && this.paused && f.end > this.#viewEnd) continue;
			const row = (_k: number, vi: number): MarkerRow => ({ kind: 'marker', vi, time: formatTime(m.t_us), action: m.action, label: m.label });
			ins.push({ after: pos - 1, n: 1, row });
		}
		// signal rows stay right under their frame; markers follow in time order (the sort is stable)
		ins.sort((a, b) => a.after - b.after);
		this.#ins = ins;
		let n = this.#viewEnd - this.#viewStart;
		for (const e of ins) n += e.n;
		this.rowCount = n;

		// Old rows fell off the front of the ring: keep what the user looks at in place.
		const dropped = this.#viewStart - oldStart;
		if (dropped > 0 && this.#laidOut && !(this.follow && !this.paused)) {
			this.#scrollTop = Math.max(0, this.#scrollTop - this.#rowsToPx(dropped));
			if (this.active >= 0) this.active = Math.max(0, this.active - dropped);
			this.#wantScroll = this.#scrollTop;
		}
		if (this.active >= n) this.active = n - 1;

		const vis = viewH / ROW_H;
		const maxRowPos = Math.max(0, n - vis);
		const bodyPx = Math.max(Math.min(n * ROW_H, MAX_BODY_PX), 0);
		this.bodyPx = bodyPx;
		const maxScroll = this.#maxScroll();
		if (this.follow && !this.paused) {
			this.#scrollTop = maxScroll;
			this.#wantScroll = maxScroll;
		}
		this.#scrollTop = Math.min(this.#scrollTop, maxScroll);
		const rowPos = maxScroll > 0 ? (this.#scrollTop / maxScroll) * maxRowPos : 0;
		const first = Math.floor(rowPos);
		const frac = rowPos - first;
		this.windowTop = this.#scrollTop - frac * ROW_H;
		const count = Math.min(n - first, Math.ceil(vis) + 1);
		const rows: TraceRow[] = [];
		for (let k = 0; k < count; k++) {
			const r = this.#rowAt(first + k);
			if (r) rows.push(r);
		}
		this.rows = rows;
		this.#laidOut = true;
		const want = this.#wantScroll;
		this.#wantScroll = null;
		return want;
	}

	#maxScroll(): number {
		return Math.max(0, Math.min(this.rowCount * ROW_H, MAX_BODY_PX) - this.#viewH);
	}

	#rowsToPx(rows: number): number {
		const maxRowPos = Math.max(0, this.rowCount - this.#viewH / ROW_H);
		return maxRowPos > 0 ? (rows / maxRowPos) * this.#maxScroll() : 0;
	}

	#firstVisible(): number {
		const maxScroll = this.#maxScroll();
		const maxRowPos = Math.max(0, this.rowCount - this.#viewH / ROW_H);
		return maxScroll > 0 ? Math.ceil((this.#scrollTop / maxScroll) * maxRowPos) : 0;
	}

	/** Scrolls the least so that row `vi` is fully visible. */
	#reveal(vi: number): void {
		const maxScroll = this.#maxScroll();
		const vis = this.#viewH / ROW_H;
		const maxRowPos = Math.max(0, this.rowCount - vis);
		if (maxRowPos <= 0) return;
		const rowPos = (this.#scrollTop / maxScroll) * maxRowPos;
		let target = rowPos;
		if (vi < rowPos) target = vi;
		else if (vi + 1 > rowPos + vis) target = vi + 1 - vis;
		if (target === rowPos) return;
		this.#scrollTop = Math.max(0, Math.min(maxScroll, (target / maxRowPos) * maxScroll));
		this.#wantScroll = this.#scrollTop;
	}

	/** Virtual row index of the frame row a signal row belongs to. */
	#frameRowOf(vi: number): number {
		let extra = 0;
		for (const e of this.#ins) {
			const fr = e.after - this.#viewStart + extra;
			if (vi > fr && vi <= fr + e.n) return fr;
			extra += e.n;
		}
		return vi;
	}

	#rowAt(vi: number): TraceRow | null {
		if (vi < 0 || vi >= this.rowCount) return null;
		let extra = 0;
		for (const e of this.#ins) {
			const fr = e.after - this.#viewStart + extra;
			if (vi <= fr) break;
			if (vi <= fr + e.n) return e.row(vi - fr - 1, vi);
			extra += e.n;
		}
		const pos = this.#viewStart + vi - extra;
		if (pos >= this.#viewEnd) return null;
		return this.#frameRow(vi, this.filter.seqAt(pos));
	}

	#frameRow(vi: number, seq: number): FrameRow {
		const buf = this.buf;
		const slot = buf.slotOf(seq);
		const flags = buf.flags[slot];
		const id = buf.id[slot];
		const cm = flags & FLAG_ERR ? undefined : this.#codec?.forFrame(id, flags);
		const payload = flags & FLAG_RTR ? buf.payload(slot).subarray(0, 0) : buf.payload(slot);
		const bytes: ByteCell[] = [];
		for (let k = 0; k < payload.length; k++) bytes.push({ hex: HEX2[payload[k]], changed: buf.isChanged(slot, k) });
		return {
			kind: 'frame',
			vi,
			seq,
			time: formatTime(buf.t_us[slot]),
			idText: flags & FLAG_ERR ? '—' : formatId(id, flags),
			name: flags & FLAG_ERR ? 'Error frame' : flags & FLAG_RTR ? `${cm?.msg.name ?? ''} (remote)`.trim() : (cm?.msg.name ?? ''),
			sender: cm?.msg.senders.join(', ') ?? '',
			dlc: buf.dlc[slot],
			bytes,
			expandable: cm !== undefined && cm.signals.length > 0,
			expanded: this.#expanded.includes(seq)
		};
	}
}
