import { describe, expect, it } from 'vitest';
import { DbcCodec } from '$lib/can/dbc/codec';
import { loadDbcFile } from '$lib/can/dbc/load-node';
import { FrameBatchBuilder } from '$lib/can/frame';
import { SignalsView } from './signals.svelte';

const codec = new DbcCodec(loadDbcFile('static/vehicle.dbc'));

function feedUntil(v: SignalsView, tUs: number): void {
	const b = new FrameBatchBuilder();
	b.push(tUs, 0x100, 0, 7, new Uint8Array(8));
	v.recorder.ingest(b.take());
}

describe('Signals page state', () => {
	it('follows the newest frame with the chosen width, and zooming or panning stops following', () => {
		const v = new SignalsView();
		expect(v.window()).toEqual([0, 30e6]); // before 30 s the window starts at 0
		feedUntil(v, 95e6);
		expect(v.window()).toEqual([65e6, 95e6]);
		v.zoom(0.5, 95e6); // zoom in around the newest time: keeps it at the right edge
		expect(v.follow).toBe(false);
		expect(v.window()).toEqual([80e6, 95e6]);
		v.pan(-1);
		expect(v.window()).toEqual([65e6, 80e6]);
		feedUntil(v, 120e6); // new frames do not move a zoomed window
		expect(v.window()).toEqual([65e6, 80e6]);
		v.followLive();
		expect(v.window()).toEqual([90e6, 120e6]);
	});

	it('never zooms into an empty or reversed window', () => {
		const v = new SignalsView();
		v.zoomTo(10, 10);
		expect(v.follow).toBe(true);
		v.zoomTo(5e6, 5e6 + 1);
		const [a, b] = v.window();
		expect(b - a).toBeGreaterThanOrEqual(1000);
	});

	it('records a signal while a panel shows it and frees it when none does', () => {
		const v = new SignalsView();
		v.useCodec(codec);
		const p2 = v.addPanel();
		expect(v.addSignal(1, 'VehicleState.VehicleSpeed')).toBe(true);
		expect(v.addSignal(p2, 'VehicleState.VehicleSpeed')).toBe(true);
		expect(v.addSignal(1, 'VehicleState.NoSuch')).toBe(false);
		expect(v.message).toMatch(/'VehicleState' has no signal 'NoSuch'/);
		expect(v.allSignals()).toEqual(['VehicleState.VehicleSpeed']);
		v.removeSignal(1, 'VehicleState.VehicleSpeed');
		expect(v.recorder.names()).toEqual(['VehicleState.VehicleSpeed']); // panel 2 still shows it
		v.removePanel(p2);
		expect(v.recorder.names()).toEqual([]);
	});
});
