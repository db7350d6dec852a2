/**
 * Seeded pseudo-random numbers for the simulation. Nothing in the simulation may use the platform's unseeded random source: the same
 * seed must give the same frame stream in Node and in Chromium, so every source of noise draws from an Rng.
 *
 * xoshiro128** (Blackman & Vigna) on 32-bit integer arithmetic, which JS engines execute identically
 * everywhere; the state is seeded with splitmix32 so that small or similar seeds give unrelated streams.
 */

function splitmix32(x: number): number {
	x = (x + 0x9e3779b9) | 0;
	let z = x;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return (z ^ (z >>> 16)) >>> 0;
}

/** Deterministic PRNG (xoshiro128**): `next()` in [0, 1), `normal()` standard normal, `int(n)` in [0, n). */
export class Rng {
	#a: number;
	#b: number;
	#c: number;
	#d: number;
	#spare = 0;
	#hasSpare = false;

	/** Seeds from any finite number (the integer part modulo 2^32 is used). */
	constructor(seed: number) {
		if (!Number.isFinite(seed)) throw new Error(`Rng: seed must be a finite number, got ${seed}`);
		let s = Math.trunc(seed) >>> 0;
		this.#a = s = splitmix32(s);
		this.#b = s = splitmix32(s);
		this.#c = s = splitmix32(s);
		this.#d = splitmix32(s);
		// The all-zero state is the one fixed point of xoshiro; splitmix32 makes it practically
		// unreachable, but guard anyway because a stuck generator would be silent.
		if ((this.#a | this.#b | this.#c | this.#d) === 0) this.#a = 1;
	}

	/** Next raw 32-bit unsigned integer. */
	nextU32(): number {
		const result = Math.imul(rotl(Math.imul(this.#b, 5), 7), 9) >>> 0;
		const t = this.#b << 9;
		this.#c ^= this.#a;
		this.#d ^= this.#b;
		this.#b ^= this.#c;
		this.#a ^= this.#d;
		this.#c ^= t;
		this.#d = rotl(this.#d, 11);
		return result;
	}

	/** Uniform in [0, 1). */
	next(): number {
		return this.nextU32() / 4294967296;
	}

	/** Uniform in [lo, hi). */
	uniform(lo: number, hi: number): number {
		return lo + (hi - lo) * this.next();
	}

	/** Uniform integer in [0, n); n must be a positive integer ≤ 2^32. */
	int(n: number): number {
		if (!Number.isInteger(n) || n <= 0 || n > 4294967296) {
			throw new Error(`Rng.int: n must be a positive integer ≤ 2^32, got ${n}`);
		}
		return Math.floor(this.next() * n);
	}

	/** Normal deviate (Box–Muller, pairs cached) with the given mean and standard deviation. */
	normal(mean = 0, sd = 1): number {
		if (this.#hasSpare) {
			this.#hasSpare = false;
			return mean + sd * this.#spare;
		}
		// 1 - next() is in (0, 1], so the log never sees zero.
		const u = 1 - this.next();
		const v = this.next();
		const r = Math.sqrt(-2 * Math.log(u));
		this.#spare = r * Math.sin(2 * Math.PI * v);
		this.#hasSpare = true;
		return mean + sd * r * Math.cos(2 * Math.PI * v);
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}
