/**
 * Fault markers on the plots: a uPlot plugin that draws each inject/clear of the Faults panel as a vertical
 * line at its virtual time with the fault's label. The lines are elements in uPlot's overlay (not canvas
 * pixels), so they have text a screen reader and a test can read, and cost nothing while nothing moves.
 * An exported PNG has no overlay: `drawMarkers` paints the same lines and labels onto the export's canvas.
 */
import type uPlot from 'uplot';

export interface PlotMarker {
	t_us: number;
	action: 'inject' | 'clear' | 'end';
	label: string;
}

/** The markers inside the x window [t0_s, t1_s] (seconds), with their text. */
export function markersInWindow(markers: readonly PlotMarker[], t0_s: number, t1_s: number): { t_s: number; text: string; action: PlotMarker['action'] }[] {
	const out: { t_s: number; text: string; action: PlotMarker['action'] }[] = [];
	for (const m of markers) {
		const t = m.t_us / 1e6;
		if (t < t0_s || t > t1_s) continue;
		out.push({ t_s: t, action: m.action, text: `${m.action === 'inject' ? '⚡' : '✓'} ${m.label}${m.action === 'inject' ? '' : m.action === 'clear' ? ' cleared' : ' ended'}` });
	}
	return out;
}

/** The plugin; `get` is read at every redraw (the chart redraws when the markers change: see PlotPanel). */
export function faultMarkersPlugin(get: () => readonly PlotMarker[]): uPlot.Plugin {
	let layer: HTMLDivElement | null = null;
	const place = (u: uPlot): void => {
		if (!layer) {
			layer = document.createElement('div');
			layer.className = 'fault-markers';
			layer.setAttribute('aria-label', 'Fault markers');
			layer.setAttribute('role', 'list');
			u.over.appendChild(layer);
		}
		const min = u.scales.x.min;
		const max = u.scales.x.max;
		const list = min == null || max == null ? [] : markersInWindow(get(), min, max);
		// few markers, rarely changed: rebuilding the handful of elements is simpler than diffing them
		layer.replaceChildren(
			...list.map((m) => {
				const el = document.createElement('div');
				el.className = `fault-marker ${m.action}`;
				el.setAttribute('role', 'listitem');
				el.style.left = `${u.valToPos(m.t_s, 'x')}px`;
				el.title = `${m.text} at ${m.t_s.toFixed(3)} s`;
				const label = document.createElement('span');
				label.textContent = m.text;
				el.appendChild(label);
				return el;
			})
		);
	};
	return {
		hooks: {
			draw: [place],
			destroy: [
				() => {
					layer?.remove();
					layer = null;
				}
			]
		}
	};
}

/**
 * Paints the markers of the chart's x window onto `g` (an export canvas holding the chart's canvas at `dy`
 * pixels down; `dpr` device pixels per CSS pixel): a dashed vertical line over the plot area and its label, in `colours` by action.
 */
export function drawMarkers(g: CanvasRenderingContext2D, u: uPlot, markers: readonly PlotMarker[], dy: number, dpr: number, colours: { inject: string; done: string }): void {
	const min = u.scales.x.min;
	const max = u.scales.x.max;
	if (min == null || max == null) return;
	const top = u.bbox.top + dy;
	g.save();
	g.lineWidth = 2 * dpr;
	g.setLineDash([4 * dpr, 3 * dpr]);
	g.font = `${11 * dpr}px system-ui, sans-serif`;
	g.textBaseline = 'top';
	for (const m of markersInWindow(markers, min, max)) {
		const x = Math.round(u.valToPos(m.t_s, 'x', true)) + 0.5;
		g.strokeStyle = g.fillStyle = m.action === 'inject' ? colours.inject : colours.done;
		g.beginPath();
		g.moveTo(x, top);
		g.lineTo(x, top + u.bbox.height);
		g.stroke();
		g.fillText(m.text, x + 3 * dpr, top + 2 * dpr);
	}
	g.restore();
}
