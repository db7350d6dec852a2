/**
 * Writes the PWA icons (static/icons/*.png and icon.svg) from one small geometry: a central computer wired
 * to six zone nodes on a ring, the seven ECUs of the car. Pure Node (zlib), no image tools or network, so
 * the icons can be regenerated anywhere: `npx tsx src/cli/gen-icons.ts`.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Rgb = readonly [number, number, number];
const BG: Rgb = [0x0b, 0x10, 0x20];
const ACCENT: Rgb = [0x4c, 0xc2, 0xff];
const OK: Rgb = [0x4c, 0xd6, 0x8a];

/** Shapes in a unit square (0..1), drawn in order. */
interface Shape {
	kind: 'ring' | 'disc' | 'line';
	colour: Rgb;
	cx: number;
	cy: number;
	r: number;
	/** ring stroke width, or line end point */
	w?: number;
	x2?: number;
	y2?: number;
}

/** The drawing, scaled by `k` about the centre so the maskable variant keeps it inside the safe zone. */
function shapes(k: number): Shape[] {
	const s = (v: number) => 0.5 + (v - 0.5) * k;
	const out: Shape[] = [];
	const nodes: Array<[number, number]> = [];
	for (let i = 0; i < 6; i++) {
		const a = -Math.PI / 2 + (i * Math.PI) / 3;
		nodes.push([s(0.5 + 0.3 * Math.cos(a)), s(0.5 + 0.3 * Math.sin(a))]);
	}
	out.push({ kind: 'ring', colour: ACCENT, cx: 0.5, cy: 0.5, r: 0.3 * k, w: 0.035 * k });
	for (const [x, y] of nodes) out.push({ kind: 'line', colour: ACCENT, cx: 0.5, cy: 0.5, r: 0.02 * k, x2: x, y2: y });
	for (const [x, y] of nodes) out.push({ kind: 'disc', colour: ACCENT, cx: x, cy: y, r: 0.075 * k });
	out.push({ kind: 'disc', colour: OK, cx: 0.5, cy: 0.5, r: 0.12 * k });
	return out;
}

function inside(sh: Shape, x: number, y: number): boolean {
	const dx = x - sh.cx;
	const dy = y - sh.cy;
	if (sh.kind === 'disc') return dx * dx + dy * dy <= sh.r * sh.r;
	if (sh.kind === 'ring') return Math.abs(Math.hypot(dx, dy) - sh.r) <= (sh.w ?? 0) / 2;
	// line segment with half-width r
	const ex = (sh.x2 ?? sh.cx) - sh.cx;
	const ey = (sh.y2 ?? sh.cy) - sh.cy;
	const t = Math.max(0, Math.min(1, (dx * ex + dy * ey) / (ex * ex + ey * ey)));
	return Math.hypot(dx - t * ex, dy - t * ey) <= sh.r;
}

/** Background: a rounded square for ordinary icons, full bleed for maskable ones (the OS crops them). */
function inBackground(x: number, y: number, maskable: boolean): boolean {
	if (maskable) return true;
	const rad = 0.18;
	const qx = Math.max(Math.abs(x - 0.5) - (0.5 - rad), 0);
	const qy = Math.max(Math.abs(y - 0.5) - (0.5 - rad), 0);
	return qx * qx + qy * qy <= rad * rad;
}

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

function crc32(buf: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	out.set(data, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

/** Renders an RGBA PNG of `size` px with 4×4 supersampling for smooth edges. */
export function renderPng(size: number, maskable: boolean): Buffer {
	const drawing = shapes(maskable ? 0.72 : 1);
	const SS = 4;
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let py = 0; py < size; py++) {
		raw[py * (size * 4 + 1)] = 0; // filter: none
		for (let px = 0; px < size; px++) {
			let r = 0, g = 0, b = 0, a = 0;
			for (let sy = 0; sy < SS; sy++) {
				for (let sx = 0; sx < SS; sx++) {
					const x = (px + (sx + 0.5) / SS) / size;
					const y = (py + (sy + 0.5) / SS) / size;
					if (!inBackground(x, y, maskable)) continue;
					let c: Rgb = BG;
					for (const sh of drawing) if (inside(sh, x, y)) c = sh.colour;
					r += c[0];
					g += c[1];
					b += c[2];
					a += 1;
				}
			}
			const o = py * (size * 4 + 1) + 1 + px * 4;
			// colour averaged over covered samples only, alpha from coverage (straight alpha)
			raw[o] = a ? Math.round(r / a) : 0;
			raw[o + 1] = a ? Math.round(g / a) : 0;
			raw[o + 2] = a ? Math.round(b / a) : 0;
			raw[o + 3] = Math.round((255 * a) / (SS * SS));
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 6; // RGBA
	const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const n = (v: number) => +(v * 512).toFixed(2);

/** The same drawing as SVG (favicon and any-size icon). */
export function renderSvg(): string {
	const parts = [`<rect width="512" height="512" rx="${n(0.18)}" fill="${hex(BG)}"/>`];
	for (const sh of shapes(1)) {
		if (sh.kind === 'disc') parts.push(`<circle cx="${n(sh.cx)}" cy="${n(sh.cy)}" r="${n(sh.r)}" fill="${hex(sh.colour)}"/>`);
		else if (sh.kind === 'ring')
			parts.push(`<circle cx="${n(sh.cx)}" cy="${n(sh.cy)}" r="${n(sh.r)}" fill="none" stroke="${hex(sh.colour)}" stroke-width="${n(sh.w ?? 0)}"/>`);
		else
			parts.push(
				`<line x1="${n(sh.cx)}" y1="${n(sh.cy)}" x2="${n(sh.x2 ?? 0)}" y2="${n(sh.y2 ?? 0)}" stroke="${hex(sh.colour)}" stroke-width="${n(2 * sh.r)}"/>`
			);
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${parts.join('')}</svg>\n`;
}

const dir = join(process.cwd(), 'static', 'icons');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'icon-192.png'), renderPng(192, false));
writeFileSync(join(dir, 'icon-512.png'), renderPng(512, false));
writeFileSync(join(dir, 'maskable-512.png'), renderPng(512, true));
writeFileSync(join(dir, 'apple-touch-icon-180.png'), renderPng(180, true));
writeFileSync(join(dir, 'icon.svg'), renderSvg());
console.log(`icons written to ${dir}`);
