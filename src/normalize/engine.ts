/**
 * The one-pass loop. Each input unit is looked up in the compiled table; a few contextual
 * cases (composition of U+0653–U+0655 onto the letter before them and canonical order of
 * kept marks, ی at the end of a word, expansions of presentation forms) go through
 * `special`. With a `Recorder`, the loop also keeps the alignment to the original.
 *
 * Two loops: a fast one that folds in place in a copy of the input, two units per 32-bit
 * read (1:1 changes and deletions only: no write for an unchanged pair; deletions are noted
 * and closed up after the loop, so the loop itself makes no call), and, from the first
 * contextual case on, a general one that writes to a separate, growable output buffer.
 * A text of 24 units or more goes through the SIMD kernel (kernel.wat) instead of the fast
 * loop, where WebAssembly and Node's Buffer are there; for an alignment (`runWithMap`), the
 * kernel lists the units it deleted and the alignment is rebuilt from that list.
 */
import { Recorder } from './align.js';
import type { Compiled } from './compile.js';
import { DEL, K_EXPANSION, K_MARK_DROP, K_MARK_KEEP, K_YEH, SPECIAL } from './compile.js';
import type { Kernel } from './kernel.js';
import { KERNEL_MAX_UNITS, KERNEL_MIN_UNITS, kernelFor } from './kernel.js';
import { CCC_FIRST, CCC_LAST, TATWEEL, ZWJ, getCccTable, getLetterTable } from './tables.js';

/** Longest run of marks that is put in canonical order (Unicode's stream-safe limit). */
const MAX_MARK_RUN = 30;

/** The output under construction (general loop). */
export interface EngineState {
  out: Uint16Array;
  j: number;
  /** The alignment, when one is wanted. */
  rec: Recorder | null;
  /** Cached start of the trailing run of marks in `out`, valid while `runJ === j`. */
  runJ: number;
  runOs: number;
}

/** Makes room for `need` units in total. */
function grow(st: EngineState, need: number): void {
  const cap = Math.max(need, Math.ceil(st.out.length * 1.5) + 16);
  const out = new Uint16Array(cap);
  out.set(st.out.subarray(0, st.j));
  st.out = out;
}

function cccOf(ccc: Uint8Array, c: number): number {
  return c >= CCC_FIRST && c <= CCC_LAST ? ccc[c - CCC_FIRST] : 0;
}

/** A deleted unit belongs to the output unit before it (and to all units of its expansion). */
function attach(st: EngineState, end: number): void {
  if (st.rec !== null) st.rec.attach(st.j, end, end - st.j);
}

/** Units [from, to) all stand for one original range ending at `end`: a composed or reordered cluster. */
function setCluster(st: EngineState, from: number, to: number, end: number): void {
  if (st.rec !== null) st.rec.cluster(from, to, end);
}

/** Records output unit `u` as coming from [s, e); `group` for units of an expansion. */
function record(st: EngineState, u: number, s: number, e: number, group: boolean): void {
  const rec = st.rec;
  if (rec === null) return;
  if (group || e !== s + 1) rec.explicit(u, s, e);
  else rec.trivial(u, s);
}

/** Letters that take part in an NFC composition with U+0653–U+0655, as base or result. */
function isComposable(c: number): boolean {
  return (
    (c >= 0x0622 && c <= 0x0627) || c === 0x0648 || c === 0x064a ||
    (c >= 0x06c0 && c <= 0x06c2) || c === 0x06d2 || c === 0x06d3 || c === 0x06d5
  );
}

/** Does the compiled table keep mark `x` (when `compose` is on)? */
function keepsMark(cp: Compiled, x: number): boolean {
  const t = cp.table[x];
  return t === x || (t === SPECIAL && cp.kinds[x] === K_MARK_KEEP);
}

/**
 * A mark when `compose` is on. A madda/hamza mark after a letter that can carry it is
 * composed exactly as NFC does, on the output cluster (letter + kept marks + this mark):
 * ا+ٔ → أ, and ا+ٓ+ٕ → إ+ٓ. Any other mark is deleted or inserted in canonical order. Working
 * on the output (not the input) is what makes a second pass change nothing.
 */
function emitMark(cp: Compiled, st: EngineState, m: number, keep: boolean, s: number, e: number, group: boolean): void {
  const ccc = getCccTable();
  let out = st.out;
  const j = st.j;
  let os: number;
  if (st.runJ === j) os = st.runOs;
  else {
    os = j;
    while (os > 0 && j - os <= MAX_MARK_RUN && cccOf(ccc, out[os - 1]) > 0) os--;
  }
  const short = j - os < MAX_MARK_RUN;
  if (m >= 0x0653 && m <= 0x0655 && os > 0 && short && isComposable(out[os - 1])) {
    let cluster = String.fromCharCode(out[os - 1]);
    for (let u = os; u < j; u++) cluster += String.fromCharCode(out[u]);
    cluster += String.fromCharCode(m);
    const nfc = cluster.normalize('NFC');
    if (nfc !== cluster) {
      if (os - 1 + nfc.length + 1 > out.length) {
        grow(st, out.length + nfc.length + 16);
        out = st.out;
      }
      const t = cp.table[nfc.charCodeAt(0)];
      out[os - 1] = t === DEL || t === SPECIAL ? nfc.charCodeAt(0) : t;
      let w = os;
      for (let q = 1; q < nfc.length; q++) {
        const x = nfc.charCodeAt(q);
        if (keepsMark(cp, x)) out[w++] = x;
      }
      st.j = w;
      setCluster(st, os - 1, w, e);
      st.runJ = w;
      st.runOs = os;
      return;
    }
  }
  if (!keep) {
    attach(st, e);
    st.runJ = j;
    st.runOs = os;
    return;
  }
  const cm = cccOf(ccc, m);
  let p = j;
  if (short) while (p > os && cccOf(ccc, out[p - 1]) > cm) p--;
  if (p === j) {
    out[j] = m;
    record(st, j, s, e, group);
  } else {
    out.copyWithin(p + 1, p, j);
    out[p] = m;
    setCluster(st, os > 0 ? os - 1 : os, j + 1, e);
  }
  st.j = j + 1;
  st.runJ = j + 1;
  st.runOs = os;
}

/** Is the ی whose word goes on at `from` (marks, tatweel and ZWJ skipped) at the end of its word? */
function yehIsFinal(text: string, from: number): boolean {
  const ccc = getCccTable();
  const n = text.length;
  let k = from;
  while (k < n) {
    const d = text.charCodeAt(k);
    if (d === TATWEEL || d === ZWJ || cccOf(ccc, d) > 0) k++;
    else break;
  }
  return k >= n || getLetterTable()[text.charCodeAt(k)] === 0;
}

function emitUnit(st: EngineState, u: number, s: number, e: number, group: boolean): void {
  st.out[st.j] = u;
  record(st, st.j, s, e, group);
  st.j++;
}

/** One base unit `v` standing for the original range [s, e). `next` says what follows, for ی. */
function emitBase(
  cp: Compiled,
  st: EngineState,
  v: number,
  s: number,
  e: number,
  group: boolean,
  nextFinal: () => boolean,
): void {
  const t = cp.table[v];
  if (t !== DEL && t !== SPECIAL) {
    emitUnit(st, t, s, e, group);
    return;
  }
  if (t === DEL) {
    attach(st, e);
    return;
  }
  switch (cp.kinds[v]) {
    case K_MARK_KEEP:
      emitMark(cp, st, v, true, s, e, group);
      return;
    case K_MARK_DROP:
      emitMark(cp, st, v, false, s, e, group);
      return;
    case K_YEH:
      emitUnit(st, nextFinal() ? cp.yehFinal : cp.yehMedial, s, e, group);
      return;
    default:
      emitUnit(st, v, s, e, group);
  }
}

/**
 * The contextual cases, for the SPECIAL unit at `i`. Returns nothing: it writes to `st`
 * (growing it if an expansion needs room for the rest of the input).
 */
function special(cp: Compiled, st: EngineState, text: string, i: number): void {
  const c = text.charCodeAt(i);
  const kind = cp.kinds[c];
  if (kind !== K_EXPANSION) {
    emitBase(cp, st, c, i, i + 1, false, () => yehIsFinal(text, i + 1));
    return;
  }
  const seq = cp.expansions.get(c) as Uint16Array;
  const need = st.j + seq.length + (text.length - i - 1);
  if (need > st.out.length) grow(st, need + (text.length >> 4));
  for (let q = 0; q < seq.length; q++) {
    emitBase(cp, st, seq[q], i, i + 1, seq.length > 1, () => {
      // ی inside an expansion: what follows it in the expansion, else in the text.
      for (let r = q + 1; r < seq.length; r++) {
        const d = seq[r];
        if (d === TATWEEL || cccOf(getCccTable(), d) > 0) continue;
        return getLetterTable()[d] === 0;
      }
      return yehIsFinal(text, i + 1);
    });
  }
}

/** Scratch buffers up to this many units are kept for the next call. */
const SCRATCH_MAX = 1 << 20;
const CHUNK = 8192;

type BufferLike = {
  write(s: string, encoding: 'utf16le'): number;
  write(s: string, offset: number, encoding: 'utf16le'): number;
  buffer: ArrayBufferLike;
  byteOffset: number;
};
type BufferCtor = {
  allocUnsafeSlow(size: number): BufferLike;
  from(b: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'utf16le'): string };
};

let nodeBuffer: BufferCtor | null | undefined;
function getBuffer(): BufferCtor | null {
  if (nodeBuffer === undefined) {
    const B = (globalThis as { Buffer?: BufferCtor }).Buffer;
    nodeBuffer = B !== undefined && typeof B.allocUnsafeSlow === 'function' ? B : null;
  }
  return nodeBuffer;
}

let inScratch: { buf: BufferLike | null; units: Uint16Array; words: Uint32Array | null } | undefined;
let littleEndian: boolean | undefined;

/**
 * A writable copy of the UTF-16 units of `text`, with a Uint32Array view of the same memory
 * (two units per read) on little-endian machines. In Node, `Buffer#write(s, 'utf16le')` copies
 * the units at memcpy speed, and reading a typed array is faster than `charCodeAt`. The copy
 * is a scratch buffer reused by the next call (normalisation is synchronous).
 */
function unitsOf(text: string): { units: Uint16Array; words: Uint32Array | null } {
  const n = text.length;
  const sc = scratchFor(n);
  if (sc.buf !== null && n > 32) sc.buf.write(text, 'utf16le');
  else for (let i = 0; i < n; i++) sc.units[i] = text.charCodeAt(i);
  return sc;
}

/** A scratch buffer of at least `n` units (contents undefined). */
function scratchFor(n: number): { buf: BufferLike | null; units: Uint16Array; words: Uint32Array | null } {
  const B = getBuffer();
  let sc = inScratch;
  if (sc === undefined || sc.units.length < n) {
    if (littleEndian === undefined) littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    const cap = Math.max(n + (n & 1), 4096);
    const buf = B === null ? null : B.allocUnsafeSlow(cap * 2);
    const ab = buf === null ? new ArrayBuffer(cap * 2) : buf.buffer;
    const offset = buf === null ? 0 : buf.byteOffset;
    sc = {
      buf,
      units: new Uint16Array(ab, offset, cap),
      words: littleEndian && offset % 4 === 0 ? new Uint32Array(ab, offset, cap >> 1) : null,
    };
    if (n <= SCRATCH_MAX) inScratch = sc;
  }
  return sc;
}

/** The units out[0, len) as a string (lone surrogates kept as they are). */
export function decode(out: Uint16Array, len: number): string {
  if (len <= 48) return String.fromCharCode.apply(null, out.subarray(0, len) as unknown as number[]);
  const B = getBuffer();
  if (B !== null) return B.from(out.buffer, out.byteOffset, len * 2).toString('utf16le');
  let s = '';
  for (let p = 0; p < len; p += CHUNK) {
    s += String.fromCharCode.apply(null, out.subarray(p, Math.min(len, p + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** The result of a run: the output units and, when asked, the alignment. */
export interface RunResult {
  /** The normalised text (the input itself when nothing changed). */
  text: string;
  /** null when nothing changed or no alignment was asked for. */
  rec: Recorder | null;
}

/**
 * Normalises `text` with a compiled table.
 *
 * @param cp - compiled normaliser
 * @param text - input
 * @param withMap - keep the alignment
 * @returns the text, and the alignment when `withMap`
 */
export function run(cp: Compiled, text: string, withMap: boolean): RunResult {
  const table = cp.table;
  const n = text.length;
  if (!withMap && n >= KERNEL_MIN_UNITS) {
    // The SIMD kernel (kernel.wat) does the fast loop where it can run; same output.
    const kernel = kernelFor(cp);
    if (kernel !== null) return { text: n <= KERNEL_MAX_UNITS ? kernelRun(cp, kernel, text) : kernelRunLong(cp, kernel, text), rec: null };
  }
  const { units: u, words } = unitsOf(text);
  let rec: Recorder | null = withMap ? new Recorder() : null;
  let changed = false;
  // In place: u[0, j) is output; u[b, i) is folded input still to move down to j (after a deletion).
  let b = 0;
  let j = 0;
  let i = 0;
  if (words !== null) {
    // Two units per 32-bit read, folded with one write. Deletions are only noted here (no
    // call in the loop keeps it tight) and closed up by `copyWithin` after it; a contextual
    // case ends the loop and the unit loop below takes over from its pair.
    const pairs = n >> 1;
    const deleted = deletedScratch();
    let q = 0;
    for (;;) {
      let dels = 0;
      for (; q < pairs; q++) {
        const w = words[q];
        const c0 = w & 0xffff;
        const c1 = w >>> 16;
        const t0 = table[c0];
        const t1 = table[c1];
        if (((t0 ^ c0) | (t1 ^ c1)) === 0) continue;
        if (((t0 | t1) & 0xf800) >= 0xd800) {
          // DEL and SPECIAL sit in the surrogate range; a surrogate maps to itself.
          if ((t0 === SPECIAL && c0 !== SPECIAL) || (t1 === SPECIAL && c1 !== SPECIAL) || dels > DELETED_MAX - 2) break;
          if (t0 === DEL && c0 !== DEL) deleted[dels++] = q << 1;
          if (t1 === DEL && c1 !== DEL) deleted[dels++] = (q << 1) + 1;
        }
        words[q] = t0 | (t1 << 16);
        changed = true;
      }
      for (let k = 0; k < dels; k++) {
        const p = deleted[k];
        if (j !== b) u.copyWithin(j, b, p);
        j += p - b;
        b = p + 1;
        if (rec !== null) rec.attach(j, b, b - j);
      }
      if (q >= pairs || dels <= DELETED_MAX - 2) break;
    }
    i = q << 1;
  }
  // Unit by unit: the odd last unit, a pair with a contextual case, or no 32-bit view.
  for (; i < n; i++) {
    const c = u[i];
    const t = table[c];
    if (t === c) continue;
    changed = true;
    if ((t & 0xf800) !== 0xd800) {
      u[i] = t;
      continue;
    }
    // DEL or SPECIAL (c is not a surrogate: surrogates map to themselves).
    if (j !== b) u.copyWithin(j, b, i);
    j += i - b;
    b = i + 1;
    if (t === DEL) {
      if (rec !== null) rec.attach(j, i + 1, i + 1 - j);
      continue;
    }
    return { text: general(cp, text, u, j, i, rec), rec };
  }
  if (!changed) return { text, rec: null };
  if (j !== b) u.copyWithin(j, b, n);
  j += n - b;
  if (rec !== null) rec.finish(j);
  return { text: decode(u, j), rec };
}

/**
 * Normalises `text` and keeps the alignment: through the kernel where it can run (see
 * `kernelRunWithMap`), else the JS loop. Apart from `run` so that `normalize` alone does not
 * carry it.
 *
 * @param cp - compiled normaliser
 * @param text - input
 * @returns the text and its alignment (null: the identity)
 */
export function runWithMap(cp: Compiled, text: string): RunResult {
  if (text.length >= KERNEL_MIN_UNITS) {
    const kernel = kernelFor(cp);
    if (kernel !== null) {
      const r = kernelRunWithMap(cp, kernel, text);
      if (r !== null) return r;
    }
  }
  return run(cp, text, true);
}

/** A text of up to KERNEL_MAX_UNITS through the kernel, in its memory. */
function kernelRun(cp: Compiled, kernel: Kernel, text: string): string {
  const stop = kernel.fold(text);
  const j = kernel.outLength();
  if (stop < text.length) return general(cp, text, kernel.units, j, stop, null);
  return kernel.changed() ? kernel.decode(j) : text;
}

/**
 * A longer text through the kernel, one piece of KERNEL_MAX_UNITS at a time, each piece's
 * output gathered in a scratch buffer. Pieces fold independently: only a contextual case
 * looks at its neighbours, and the first one hands the rest of the text to the general loop.
 */
function kernelRunLong(cp: Compiled, kernel: Kernel, text: string): string {
  const n = text.length;
  const sc = scratchFor(n);
  const out = sc.units;
  let j = 0;
  let changed = false;
  for (let a = 0; a < n; a += KERNEL_MAX_UNITS) {
    const piece = text.substring(a, Math.min(n, a + KERNEL_MAX_UNITS));
    const stop = kernel.fold(piece);
    const len = kernel.outLength();
    out.set(kernel.units.subarray(0, len), j);
    j += len;
    if (kernel.changed()) changed = true;
    if (stop < piece.length) {
      // The general loop reads the input from the contextual case on, in the same buffer
      // (the output so far, [0, j), lies before it).
      const p = a + stop;
      (sc.buf as BufferLike).write(text.substring(p), 2 * p, 'utf16le');
      return general(cp, text, out, j, p, null);
    }
  }
  return changed ? decode(out, j) : text;
}

/**
 * The kernel with an alignment: a text of any length, one piece of KERNEL_MAX_UNITS at a time.
 * (Its piece loop mirrors kernelRunLong's; merged, every bundle that normalises — tokenize,
 * dates — would carry this alignment code, and dhad/dates went over its size budget.)
 * Every unit the kernel keeps maps 1:1, so the alignment follows from the deletions alone, as
 * the JS loop records them: the unit deleted at input index p, with k deletions before it,
 * belongs to output unit p - k - 1. Null (the caller starts over with the JS loop) when a
 * piece deleted more units than the kernel lists.
 */
function kernelRunWithMap(cp: Compiled, kernel: Kernel, text: string): RunResult | null {
  const n = text.length;
  const whole = n <= KERNEL_MAX_UNITS;
  const sc = whole ? null : scratchFor(n);
  let rec: Recorder | null = null;
  let j = 0; // output units so far
  let changed = false;
  for (let a = 0; a < n; a += KERNEL_MAX_UNITS) {
    const piece = whole ? text : text.substring(a, Math.min(n, a + KERNEL_MAX_UNITS));
    const stop = kernel.fold(piece);
    const count = kernel.deletedCount();
    if (count < 0) return null;
    if (count > 0) {
      rec ??= new Recorder();
      const at = kernel.deletedAt;
      for (let k = 0; k < count; k++) {
        const p = a + at[k]; // input index of the deleted unit
        const u = j + at[k] - k; // output length before it
        rec.attach(u, p + 1, p + 1 - u);
      }
    }
    const len = kernel.outLength();
    if (kernel.changed()) changed = true;
    if (stop < piece.length) {
      // A contextual case: the general loop goes on from it with the alignment so far.
      rec ??= new Recorder();
      if (sc === null) return { text: general(cp, text, kernel.units, len, stop, rec), rec };
      sc.units.set(kernel.units.subarray(0, len), j);
      const p = a + stop;
      (sc.buf as BufferLike).write(text.substring(p), 2 * p, 'utf16le');
      return { text: general(cp, text, sc.units, j + len, p, rec), rec };
    }
    if (sc !== null) sc.units.set(kernel.units.subarray(0, len), j);
    j += len;
  }
  if (!changed) return { text, rec: null };
  if (rec !== null) rec.finish(j);
  return { text: sc === null ? kernel.decode(j) : decode(sc.units, j), rec };
}

/** Deletions noted per pass of the pair loop before they are closed up. */
const DELETED_MAX = 1024;
let deletedPositions: Int32Array | undefined;
function deletedScratch(): Int32Array {
  if (deletedPositions === undefined) deletedPositions = new Int32Array(DELETED_MAX);
  return deletedPositions;
}

/**
 * The general loop, from the first contextual case at `i` on: writes to a separate buffer
 * that starts with the `j` units already done in `u`.
 */
function general(cp: Compiled, text: string, u: Uint16Array, j0: number, i0: number, rec: Recorder | null): string {
  const table = cp.table;
  const n = text.length;
  const st: EngineState = { out: new Uint16Array(j0 + (n - i0) + 16), j: j0, rec, runJ: -1, runOs: 0 };
  st.out.set(u.subarray(0, j0));
  let out = st.out;
  let j = j0;
  for (let i = i0; i < n; i++) {
    const c = u[i];
    const t = table[c];
    // Surrogates map to themselves; DEL and SPECIAL sit in the surrogate range.
    if ((t & 0xf800) !== 0xd800 || (c & 0xf800) === 0xd800) {
      out[j] = t;
      if (rec !== null && i - j !== rec.delta) rec.setDelta(j, i - j);
      j++;
      continue;
    }
    if (t === DEL) {
      if (rec !== null) rec.attach(j, i + 1, i + 1 - j);
      continue;
    }
    st.j = j;
    special(cp, st, text, i);
    j = st.j;
    out = st.out;
  }
  if (rec !== null) rec.finish(j);
  return decode(out, j);
}
