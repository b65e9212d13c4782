/**
 * The SIMD fold kernel (kernel.wat): the fast loop of `run` in WebAssembly, for texts up to
 * `KERNEL_MAX_UNITS`. One instance per compiled table, made on first use (never at import
 * time), with its own 512 KB memory holding a copy of the table. It also lists where it
 * deleted units, from which `normalizeWithMap` rebuilds its alignment.
 *
 * It is used only where Node's `Buffer` can copy a string into its memory and back at memcpy
 * speed, and where WebAssembly with SIMD is there; otherwise (a browser, a runtime started
 * with WebAssembly off, a CSP that forbids it) `kernelFor` returns null and the JS loop runs.
 * Both give the same output: a property test compares them.
 */
import type { Compiled } from './compile.js';
import { KERNEL_WASM } from './kernel-wasm.js';

/** Layout of the kernel's memory (see kernel.wat). */
const TABLE_UNITS = 65536;
const LUT_AT = 131072;
const TEXT_AT = 131328;
const DELETED_AT = 5 * 65536;
/** Capacity of the list of deleted units' indices. */
const DELETED_MAX = 49152;
const MEMORY_BYTES = 8 * 65536;

/** Longest text (in UTF-16 units) the kernel takes in one call: 98,176. */
export const KERNEL_MAX_UNITS: number = (DELETED_AT - TEXT_AT) >> 1;
/** Shorter texts go through the JS loop, which has less to set up per call. */
export const KERNEL_MIN_UNITS = 24;

type NodeBufferView = {
  write(s: string, offset: number, encoding: 'utf16le'): number;
  toString(encoding: 'utf16le', start: number, end: number): string;
};
type NodeBufferCtor = {
  from(b: ArrayBuffer | ArrayBufferLike, offset?: number, length?: number): NodeBufferView;
  from(s: string, encoding: 'base64'): Uint8Array;
};
type WasmExports = {
  memory: { buffer: ArrayBuffer };
  fold(n: number, simd: number): number;
  outLength: { value: number };
  changed: { value: number };
  deleted: { value: number };
};
type WasmApi = {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: WasmExports };
};

/** A kernel instance bound to one compiled table. */
export interface Kernel {
  /** Folds `text` (length ≤ KERNEL_MAX_UNITS) into the units view; returns n or the first SPECIAL index. */
  fold(text: string): number;
  /** Output length after `fold`. */
  outLength(): number;
  /** Did `fold` change any unit? */
  changed(): boolean;
  /** The text units in the kernel's memory: output [0, outLength), then input from the returned index. */
  readonly units: Uint16Array;
  /** The units [0, len) as a string. */
  decode(len: number): string;
  /**
   * How many units `fold` deleted, when their input indices are all in `deletedAt` (in
   * order); -1 when there were more than the list holds.
   */
  deletedCount(): number;
  /** The input indices of the deleted units, [0, deletedCount()). */
  readonly deletedAt: Int32Array;
}

let enabled = true;
let wasmModule: object | null | undefined;
const kernels = new WeakMap<Compiled, Kernel | null>();

/**
 * Turns the kernel off (or back on) for every normaliser: for tests that compare it with the
 * JS loop, and for measuring one against the other. Not part of the public API.
 *
 * @param on - use the kernel where it can run
 */
export function setKernelEnabled(on: boolean): void {
  enabled = on;
}

/**
 * The kernel for a compiled table, or null where it cannot run (see the module comment).
 *
 * @param cp - the compiled normaliser
 * @returns its kernel instance, made on first call, or null
 */
export function kernelFor(cp: Compiled): Kernel | null {
  if (!enabled) return null;
  let k = kernels.get(cp);
  if (k === undefined) {
    k = instantiate(cp);
    kernels.set(cp, k);
  }
  return k;
}

function compiledModule(B: NodeBufferCtor, W: WasmApi): object | null {
  if (wasmModule === undefined) {
    try {
      wasmModule = new W.Module(B.from(KERNEL_WASM, 'base64'));
    } catch {
      wasmModule = null; // no SIMD, or compilation forbidden
    }
  }
  return wasmModule;
}

function instantiate(cp: Compiled): Kernel | null {
  const B = (globalThis as { Buffer?: NodeBufferCtor }).Buffer;
  const W = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (B === undefined || W === undefined || typeof B.from !== 'function') return null;
  const mod = compiledModule(B, W);
  if (mod === null) return null;
  let ex: WasmExports;
  try {
    ex = new W.Instance(mod, {}).exports;
  } catch {
    return null;
  }
  const ab = ex.memory.buffer;
  if (ab.byteLength < MEMORY_BYTES) return null;
  const table = cp.table;
  new Uint16Array(ab, 0, TABLE_UNITS).set(table);
  // The byte lookup for U+0601–U+067F: an output that stays in U+0601–U+06FF (entry 0 sends
  // the block unit by unit: a deletion, a contextual case, or أ→ا style folds out of the block).
  const lut = new Uint8Array(ab, LUT_AT, 128);
  for (let x = 1; x < 128; x++) {
    const t = table[0x0600 + x];
    lut[x] = t >>> 8 === 0x06 && (t & 0xff) !== 0 ? t & 0xff : 0;
  }
  // The SIMD blocks pass ASCII through untouched: only right if the table does too.
  let simd = 1;
  for (let c = 0; c < 0x80; c++) if (table[c] !== c) simd = 0;
  const view = B.from(ab);
  const units = new Uint16Array(ab, TEXT_AT, KERNEL_MAX_UNITS);
  const fold = ex.fold;
  const outLength = ex.outLength;
  const changed = ex.changed;
  const deleted = ex.deleted;
  return {
    units,
    deletedAt: new Int32Array(ab, DELETED_AT, DELETED_MAX),
    deletedCount: (): number => (deleted.value <= DELETED_MAX ? deleted.value : -1),
    fold(text: string): number {
      view.write(text, TEXT_AT, 'utf16le');
      return fold(text.length, simd);
    },
    outLength: (): number => outLength.value,
    changed: (): boolean => changed.value !== 0,
    decode: (len: number): string => view.toString('utf16le', TEXT_AT, TEXT_AT + 2 * len),
  };
}
