/**
 * Hosts one ECU firmware image (a WebAssembly module) behind the ECU ABI (docs/architecture.md, "ECUs"): its own instance and
 * memory, like a separate chip. The host resolves the image's imports (CAN TX, IO channels, log, NVM) and
 * calls its exports on virtual time.
 */
import { FLAG_EXT, FLAG_FD, FLAG_RTR, dlcToLen } from '../can/frame';

export const ECU_ABI_VERSION = 1;
export const IO_CHANNELS = 64;

const REQUIRED_EXPORTS = ['abi_version', 'ecu_init', 'ecu_tick', 'ecu_can_rx', 'ecu_rx_buffer', 'memory'] as const;

interface EcuExports {
	memory: WebAssembly.Memory;
	abi_version(): number;
	ecu_init(seed: number): void;
	ecu_tick(now_us: bigint): void;
	ecu_can_rx(id: number, flags: number, dlc: number, ptr: number): void;
	ecu_rx_buffer(): number;
	/** Optional: `ecu_tick` with the time in two 32-bit halves (no BigInt). */
	ecu_tick_split?(lo: number, hi: number): void;
	/** Optional: where the host writes the input channels (else it answers `io_read`). */
	ecu_io_inputs?(): number;
	/** Optional: the table of what `ecu_can_rx` acts on (ecu_abi.h, `ECU_RX_ACCEPT_*`), or 0: every frame. */
	ecu_rx_accept?(): number;
	/** Optional: a WASI reactor's start (the constructors), called once before any other export. */
	_initialize?(): void;
}

const RX_ACCEPT_ANY = 0x1;
const RX_ACCEPT_EXT = 0x80000000;
const RX_ACCEPT_RAW = 0x40000000;
const RX_ACCEPT_HEAD = 3;
const RX_ACCEPT_MAX = 64;
/** `#acceptStd` values for an 11-bit identifier: not taken, in canif's table, taken before canif (UDS). */
const TAKE_NONE = 0;
const TAKE_CANIF = 1;
const TAKE_RAW = 2;

export interface EcuHostOptions {
	/**
	 * Skip `ecu_can_rx` for frames the image would only count as filtered, from its `ecu_rx_accept` table
	 * (default true; an image without the export gets every frame either way).
	 */
	rxFilter?: boolean;
}

/** Receives what the ECU does to the outside world. */
export interface EcuPorts {
	/**
	 * Queue a frame on the bus; returns 0 when queued, < 0 when the mailboxes are full. The payload is
	 * `data[offset..]` (the ECU's memory, valid only during the call: copy it).
	 */
	canTx(id: number, flags: number, dlc: number, data: Uint8Array, offset: number): number;
	log?(level: number, text: string): void;
	/** Persistent blocks; the default keeps them in memory for the lifetime of the host. */
	nvm?: Map<number, Uint8Array>;
	/** Told after each `nvm_write`, with the block's new bytes (a copy the host never changes). */
	nvmWritten?(block: number, bytes: Uint8Array): void;
	/**
	 * Told when the ECU booted an image it downloaded (flash_boot): its bytes and the module it runs, so the
	 * flash can outlive a power cycle (the worker powers up with it; the page stores it).
	 */
	imageBooted?(bytes: Uint8Array, module: WebAssembly.Module): void;
}

/** An ECU image whose exports do not follow the ABI: names the image and what is wrong. */
export class EcuAbiError extends Error {
	constructor(
		readonly ecu: string,
		reason: string
	) {
		super(`ECU '${ecu}': ${reason}`);
		this.name = 'EcuAbiError';
	}
}

export interface EcuTrap {
	ecu: string;
	t_us: number;
	message: string;
}

export class EcuHost {
	/**
	 * Sensor/input channels the host writes before each tick: a view of the instance's memory when the image
	 * exports `ecu_io_inputs` (no call per read), else a plain array `io_read` answers from.
	 */
	get inputs(): Int32Array {
		// a memory.grow detaches the view (length 0): re-wrap so writes are not lost
		if (this.#in.length === 0) this.#in = new Int32Array(this.#x.memory.buffer, this.#inPtr, IO_CHANNELS);
		return this.#in;
	}
	#in = new Int32Array(IO_CHANNELS);
	#inPtr = 0;
	/** Actuator/output channels the ECU drives (written by `io_write`). */
	readonly outputs = new Int32Array(IO_CHANNELS);
	/** Set when the image trapped; a halted ECU is silent on the bus until reset. */
	trap: EcuTrap | null = null;
	/** Bytes written to unknown channels or other ABI misuse, counted, never thrown. */
	ioErrors = 0;

	/** Images booted since power-on by a download (flash.h) or `replaceImage`; 0 = the first image. */
	imageGeneration = 0;
	/** The last boot of a downloaded image: when, and why it was refused (null = it runs). */
	lastBoot: { t_us: number; size: number; error: string | null } | null = null;
	/** Frames kept from the image by its `ecu_rx_accept` table (and added to canif's rx_filtered instead). */
	rxSkipped = 0;

	#x!: EcuExports;
	#tickSplit: ((lo: number, hi: number) => void) | null = null;
	#canRx!: (id: number, flags: number, dlc: number, ptr: number) => void;
	#mem!: Uint8Array;
	#rxPtr = 0;
	#seed = 0;
	/** The acceptance filter of the running image (`TAKE_*` per 11-bit identifier); null: deliver every frame. */
	#acceptStd: Uint8Array | null = null;
	#acceptExt = new Set<number>();
	#filteredIdx = 0; // canif's rx_filtered, as an index into #u32
	#u32 = new Uint32Array(0);
	readonly #rxFilter: boolean;
	readonly #nvm: Map<number, Uint8Array>;
	readonly #flash = new FlashStaging();

	private constructor(
		readonly name: string,
		private module: WebAssembly.Module,
		private ports: EcuPorts,
		options: EcuHostOptions
	) {
		this.#nvm = ports.nvm ?? new Map();
		this.#rxFilter = options.rxFilter ?? true;
	}

	/** Instantiates `module` and checks its ABI; throws `EcuAbiError` naming the ECU when it does not fit. */
	static async create(name: string, module: WebAssembly.Module, ports: EcuPorts, options: EcuHostOptions = {}): Promise<EcuHost> {
		const host = new EcuHost(name, module, ports, options);
		await host.#instantiate();
		return host;
	}

	async #instantiate(): Promise<void> {
		this.#checkImports(this.module);
		this.#bind(await WebAssembly.instantiate(this.module, { env: this.#imports() }));
	}

	#checkImports(module: WebAssembly.Module): void {
		const missingImports = WebAssembly.Module.imports(module).filter((i) => i.module !== 'env' || !(i.name in this.#imports()));
		if (missingImports.length > 0) {
			const names = missingImports.map((i) => `${i.module}.${i.name}`).join(', ');
			throw new EcuAbiError(this.name, `imports the host does not provide: ${names}`);
		}
	}

	/** Checks an instance's ABI; takes it only when it fits, so a refused image leaves the running one alone. */
	#bind(instance: WebAssembly.Instance): void {
		const x = instance.exports as Record<string, unknown>;
		const missing = REQUIRED_EXPORTS.filter((n) => !(n in x));
		if (missing.length > 0) throw new EcuAbiError(this.name, `missing exports: ${missing.join(', ')}`);
		// a reactor's constructors run once, before anything else is called (an image linked as a command runs
		// them in every export instead)
		(x as unknown as EcuExports)._initialize?.();
		const v = (x as unknown as EcuExports).abi_version() >>> 0;
		if (v !== ECU_ABI_VERSION) {
			throw new EcuAbiError(this.name, `ABI version ${v}, but this host speaks version ${ECU_ABI_VERSION}`);
		}
		this.#x = x as unknown as EcuExports;
		// the two calls made every tick and every frame, taken out of the exports object once
		this.#tickSplit = this.#x.ecu_tick_split ?? null;
		this.#canRx = this.#x.ecu_can_rx;
		this.#mem = new Uint8Array(this.#x.memory.buffer);
		this.#rxPtr = this.#x.ecu_rx_buffer() >>> 0;
		const before = this.#in;
		if (typeof this.#x.ecu_io_inputs === 'function') {
			const p = this.#x.ecu_io_inputs() >>> 0;
			if (p % 4 !== 0 || p + IO_CHANNELS * 4 > this.#mem.length) throw new EcuAbiError(this.name, `ecu_io_inputs() = ${p} is not an aligned table of ${IO_CHANNELS} channels inside memory`);
			this.#inPtr = p;
			this.#in = new Int32Array(this.#x.memory.buffer, p, IO_CHANNELS);
		} else this.#in = new Int32Array(IO_CHANNELS);
		// a reset keeps what the sensors last reported (ecu_init samples the inputs once)
		this.#in.set(before);
		// a new instance gets every frame until its ecu_init has configured canif and UDS (#buildAcceptFilter)
		this.#acceptStd = null;
	}

	/**
	 * After `ecu_init`: the acceptance filter from the image's `ecu_rx_accept` table (canif's receive table and
	 * UDS's request IDs, built by the image from the configurations they run on). No table, one that does not
	 * fit, or "any frame": every frame is delivered.
	 */
	#buildAcceptFilter(): void {
		this.#acceptStd = null;
		if (this.trap || typeof this.#x.ecu_rx_accept !== 'function') return;
		const p = this.#x.ecu_rx_accept() >>> 0;
		const u32 = new Uint32Array(this.#x.memory.buffer);
		if (p === 0 || p % 4 !== 0 || p / 4 + RX_ACCEPT_HEAD > u32.length) return;
		const flags = u32[p / 4];
		const counter = u32[p / 4 + 1];
		const n = u32[p / 4 + 2];
		if ((flags & RX_ACCEPT_ANY) !== 0 || n > RX_ACCEPT_MAX || p / 4 + RX_ACCEPT_HEAD + n > u32.length) return;
		if (counter === 0 || counter % 4 !== 0 || counter / 4 >= u32.length) return;
		const std = new Uint8Array(2048);
		const ext = new Set<number>();
		for (let i = 0; i < n; i++) {
			const e = u32[p / 4 + RX_ACCEPT_HEAD + i];
			if ((e & RX_ACCEPT_EXT) !== 0) ext.add(e & 0x1fffffff);
			else if ((e & 0x3ffff800) !== 0) return; // not an 11-bit identifier: an image this host does not understand
			else if ((e & RX_ACCEPT_RAW) !== 0) std[e & 0x7ff] = TAKE_RAW;
			else if (std[e & 0x7ff] === TAKE_NONE) std[e & 0x7ff] = TAKE_CANIF;
		}
		this.#u32 = u32;
		this.#filteredIdx = counter / 4;
		this.#acceptExt = ext;
		// without the filter the table is still asked for, so the image's memory is the same either way
		this.#acceptStd = this.#rxFilter ? std : null;
	}

	/**
	 * The chip resets into another image: a new instance of `module` (fresh memory, NVM kept, same bus node),
	 * initialised with the power-on seed. Synchronous, so it can happen between two ticks. Throws
	 * `EcuAbiError` (and keeps the running image) when the module does not fit the ABI.
	 */
	replaceImage(module: WebAssembly.Module, now_us: number): void {
		this.#checkImports(module);
		this.#bind(new WebAssembly.Instance(module, { env: this.#imports() }));
		this.module = module;
		this.imageGeneration++;
		this.trap = null;
		this.outputs.fill(0);
		this.init(this.#seed, now_us);
	}

	/** The image the firmware received and committed (flash_commit), not yet booted; null when none. */
	get stagedImage(): Uint8Array | null {
		return this.#flash.committed;
	}

	// after flash_boot: the old image has done its own reset work in this tick (NVM written), the new one starts
	#bootDownloaded(now_us: number): void {
		const bytes = this.#flash.takeBoot();
		if (!bytes) return;
		try {
			this.replaceImage(new WebAssembly.Module(bytes as BufferSource), now_us);
			this.lastBoot = { t_us: now_us, size: bytes.length, error: null };
			this.ports.log?.(1, `flash: booted the downloaded image (${bytes.length} bytes)`);
			this.ports.imageBooted?.(bytes, this.module);
		} catch (e) {
			const error = e instanceof Error ? e.message : String(e);
			this.lastBoot = { t_us: now_us, size: bytes.length, error };
			this.ports.log?.(3, `flash: downloaded image refused, the old image keeps running: ${error}`);
		}
	}

	#imports(): Record<string, (...args: never[]) => unknown> {
		return {
			can_tx: (id: number, flags: number, dlc: number, ptr: number): number => {
				const len = dlcToLen(dlc);
				const p = ptr >>> 0;
				// the payload is passed in place (memory + offset): no view allocated per frame
				if (p + len <= this.#mem.length) return this.ports.canTx(id >>> 0, flags, dlc, this.#mem, p);
				return this.ports.canTx(id >>> 0, flags, dlc, this.#view(p, len), 0);
			},
			io_read: (ch: number): number => {
				if (ch >>> 0 >= IO_CHANNELS) {
					this.ioErrors++;
					return 0;
				}
				return this.#in[ch];
			},
			io_write: (ch: number, value: number): void => {
				if (ch >>> 0 >= IO_CHANNELS) {
					this.ioErrors++;
					return;
				}
				this.outputs[ch] = value;
			},
			log: (level: number, ptr: number, len: number): void => {
				const bytes = this.#view(ptr, Math.min(len >>> 0, 512));
				this.ports.log?.(level, new TextDecoder().decode(bytes));
			},
			nvm_read: (block: number, ptr: number, len: number): number => {
				const stored = this.#nvm.get(block >>> 0);
				if (!stored) return -1;
				const n = Math.min(stored.length, len >>> 0);
				this.#view(ptr, n).set(stored.subarray(0, n));
				return n;
			},
			nvm_write: (block: number, ptr: number, len: number): number => {
				const bytes = this.#view(ptr, len >>> 0).slice();
				this.#nvm.set(block >>> 0, bytes);
				this.ports.nvmWritten?.(block >>> 0, bytes);
				return len;
			},
			flash_write: (offset: number, ptr: number, len: number): number => this.#flash.write(offset >>> 0, this.#view(ptr, len >>> 0)),
			flash_commit: (size: number, crc: number): number => this.#flash.commit(size >>> 0, crc >>> 0),
			flash_boot: (): void => this.#flash.boot()
		};
	}

	#view(ptr: number, len: number): Uint8Array {
		const p = ptr >>> 0;
		if (p + len > this.#mem.length) {
			// memory.grow detaches the old buffer (its length drops to 0): re-wrap, then check again
			this.#mem = new Uint8Array(this.#x.memory.buffer);
			if (p + len > this.#mem.length) {
				this.ioErrors++;
				return new Uint8Array(len);
			}
		}
		return this.#mem.subarray(p, p + len);
	}

	/** The running image's memory (tests compare two instances byte for byte). */
	get memory(): WebAssembly.Memory {
		return this.#x.memory;
	}

	/** Where the host writes a received frame's payload (`ecu_rx_buffer()`). */
	get rxBuffer(): number {
		return this.#rxPtr;
	}

	get halted(): boolean {
		return this.trap !== null;
	}

	/** Power-on: runs `ecu_init(seed)`. */
	init(seed: number, now_us = 0): void {
		this.#seed = seed >>> 0;
		this.#guard(now_us, () => this.#x.ecu_init(seed >>> 0));
		this.#buildAcceptFilter();
	}

	/** One 1 ms tick at virtual time `now_us` (an integer below 2^53). */
	tick(now_us: number): void {
		if (this.trap) return;
		try {
			const split = this.#tickSplit;
			if (split !== null) split(now_us >>> 0, Math.floor(now_us / 4294967296));
			else this.#x.ecu_tick(BigInt(now_us));
		} catch (e) {
			this.#trapped(now_us, e);
		}
		if (this.#flash.bootPending) this.#bootDownloaded(now_us);
	}

	/** Delivers a received frame. */
	rx(now_us: number, id: number, flags: number, dlc: number, data: Uint8Array, offset: number, len: number): void {
		if (this.trap) return;
		const std = this.#acceptStd;
		if (std !== null) {
			// canif_rx's order: taken before canif (UDS) whatever the frame; a remote frame is filtered; a bad DLC
			// reaches the image (rx_bad_dlc); an identifier not in the table is filtered
			const take = (flags & FLAG_EXT) === 0 ? std[id] : this.#acceptExt.has(id) ? TAKE_CANIF : TAKE_NONE;
			if (take !== TAKE_RAW && ((flags & FLAG_RTR) !== 0 || (take !== TAKE_CANIF && dlc <= 15 && (dlc <= 8 || (flags & FLAG_FD) !== 0)))) {
				let u = this.#u32;
				if (u.length === 0) u = this.#u32 = new Uint32Array(this.#x.memory.buffer);
				u[this.#filteredIdx]++;
				this.rxSkipped++;
				return;
			}
		}
		const n = Math.min(len, 64);
		const p = this.#rxPtr;
		if (p + n > this.#mem.length) this.#mem = new Uint8Array(this.#x.memory.buffer);
		const mem = this.#mem;
		for (let i = 0; i < n; i++) mem[p + i] = data[offset + i];
		try {
			this.#canRx(id, flags, dlc, p);
		} catch (e) {
			this.#trapped(now_us, e);
		}
	}

	/** Re-instantiates the image (fresh memory, NVM kept), like a chip coming out of reset. */
	async reset(seed: number, now_us: number): Promise<void> {
		this.#flash.clear();
		this.trap = null;
		this.outputs.fill(0);
		await this.#instantiate();
		this.init(seed, now_us);
	}

	#guard(now_us: number, fn: () => void): void {
		try {
			fn();
		} catch (e) {
			this.#trapped(now_us, e);
		}
	}

	#trapped(now_us: number, e: unknown): void {
		// A trap stops only this ECU, like a real chip halting; the vehicle reacts to its silence.
		if (!(e instanceof WebAssembly.RuntimeError)) throw e;
		this.trap = { ecu: this.name, t_us: now_us, message: e.message };
		this.ports.log?.(3, `trap: ${e.message}`);
	}
}

/** Largest image the host stages, bytes (flash.h FLASH_MAX_IMAGE). */
export const FLASH_MAX_IMAGE = 0x400000;

/** The staging area of the flash_write/flash_commit/flash_boot imports: outside the running image's memory. */
class FlashStaging {
	#buf = new Uint8Array(0);
	#len = 0;
	committed: Uint8Array | null = null;
	bootPending = false;

	write(offset: number, src: Uint8Array): number {
		if (offset === 0 && src.length === 0) {
			this.clear();
			return 0;
		}
		const end = offset + src.length;
		if (end > FLASH_MAX_IMAGE) return -1;
		if (end > this.#buf.length) {
			const grown = new Uint8Array(Math.min(FLASH_MAX_IMAGE, Math.max(end, this.#buf.length * 2, 65536)));
			grown.set(this.#buf.subarray(0, this.#len));
			this.#buf = grown;
		}
		this.#buf.set(src, offset);
		this.#len = Math.max(this.#len, end);
		return 0;
	}

	commit(size: number, crc: number): number {
		if (size !== this.#len || crc32(this.#buf.subarray(0, size)) !== crc) return -1;
		this.committed = this.#buf.slice(0, size);
		return 0;
	}

	boot(): void {
		if (this.committed) this.bootPending = true;
	}

	takeBoot(): Uint8Array | null {
		const b = this.committed;
		this.clear();
		return b;
	}

	clear(): void {
		this.#buf = new Uint8Array(0);
		this.#len = 0;
		this.committed = null;
		this.bootPending = false;
	}
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

/** CRC-32 of zlib/IEEE 802.3, the one flash.c checks at RequestTransferExit. */
export function crc32(bytes: Uint8Array, crc = 0): number {
	let c = ~crc >>> 0;
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
	return ~c >>> 0;
}
