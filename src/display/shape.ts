import { DhadError, assertString, describeValue } from '../core/index.js';
import type { Span } from '../core/index.js';
import { C, D, L, R, T, astralType, getShapingTables } from './tables.js';
import type { ShapingTables } from './tables.js';

/** Options of {@link shape} and {@link shapeWithMap}. */
export interface ShapeOptions {
  /**
   * Replace lam + alef (لا لأ لإ لآ) by the mandatory ligatures U+FEF5–U+FEFC. Default `true`.
   * With `false` the output has exactly the input's length (lam and alef get their joined forms).
   */
  ligatures?: boolean;
}

/** Shaped text with its alignment to the input (see {@link shapeWithMap}). */
export interface ShapedText {
  /** The shaped text. */
  text: string;
  /** The input range a range of the shaped text came from; `undefined` out of range. */
  toOriginal(span: Span): Span | undefined;
  /** The shaped range an input range became; `undefined` out of range. */
  toShaped(span: Span): Span | undefined;
}

const OPTION_KEYS = new Set(['ligatures']);

function readOptions(options: ShapeOptions | undefined, where: string): boolean {
  if (options === undefined) return true;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError('INVALID_OPTION', `${where}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) {
      throw new DhadError('UNKNOWN_OPTION', `${where}: unknown option ${JSON.stringify(key)} (expected ligatures)`);
    }
  }
  const { ligatures } = options;
  if (ligatures !== undefined && typeof ligatures !== 'boolean') {
    throw new DhadError('INVALID_OPTION', `${where}: option "ligatures" must be a boolean, got ${describeValue(ligatures)}`);
  }
  return ligatures ?? true;
}

/**
 * Converts Arabic text to contextual presentation forms (isolated, initial, medial, final;
 * U+FB50–U+FDFF and U+FE70–U+FEFF) and lam-alef ligatures, for renderers that draw
 * characters one by one without Arabic shaping: canvas text in some engines, PDF libraries
 * such as jsPDF or PDFKit with plain fonts, terminals. Joining follows Unicode's
 * Joining_Type (ArabicShaping.txt): harakat and other marks are transparent, tatweel and ZWJ
 * join on both sides, ZWNJ breaks the join. Text without Arabic letters is returned as is.
 * The output is still in logical order: a renderer without bidi support also needs the line
 * reversed. `normalize(shape(x), 'display')` (the `presentationForms` rule) undoes it.
 *
 * Only lam-alef ligatures change the length (two units become one); use
 * {@link shapeWithMap} to map offsets between the input and the output.
 *
 * @param text - the text to shape
 * @param options - `{ ligatures: false }` keeps lam and alef apart
 * @returns the text with Arabic letters replaced by their presentation forms
 * @example
 * shape('بغداد')      // 'ﺑﻐﺪﺍﺩ' : U+FE91 U+FED0 U+FEAA U+FE8D U+FEA9
 * shape('السلام')     // 'ﺍﻟﺴﻼﻡ' : U+FE8D U+FEDF U+FEB4 U+FEFC U+FEE1 (5 units from 6)
 * shape('Baghdad 2021') // 'Baghdad 2021' (unchanged)
 */
export function shape(text: string, options?: ShapeOptions): string {
  assertString(text, 'shape');
  const ligatures = readOptions(options, 'shape');
  return run(text, ligatures, false).text;
}

/**
 * Like {@link shape}, and returns the alignment between input and output. Each lam-alef
 * ligature is one output unit for two or more input units (lam, any harakat between, alef);
 * harakat between lam and alef are moved after the ligature and map to the same input range.
 * Everything else maps one to one.
 *
 * @param text - the text to shape
 * @param options - as for {@link shape}
 * @returns `{ text, toOriginal, toShaped }`; both converters return `undefined` out of range
 * @example
 * const s = shapeWithMap('قال الرئيس')   // 'ﻗﺎﻝ ﺍﻟﺮﺋﻴﺲ' — no ligature, same length
 * const t = shapeWithMap('لا بد')        // 'ﻻ ﺑﺪ' (4 units from 5)
 * t.toOriginal({ start: 0, end: 1 })     // { start: 0, end: 2 } : 'لا'
 * t.toShaped({ start: 3, end: 5 })       // { start: 2, end: 4 } : 'بد'
 */
export function shapeWithMap(text: string, options?: ShapeOptions): ShapedText {
  assertString(text, 'shapeWithMap');
  const ligatures = readOptions(options, 'shapeWithMap');
  const result = run(text, ligatures, true);
  return alignment(text.length, result.text, result.starts, result.ends);
}

interface RunResult {
  text: string;
  /** Per output unit, the input range it came from (only when tracked and a ligature occurred). */
  starts?: Int32Array;
  ends?: Int32Array;
}

const CHUNK = 8192;

function toString(buffer: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Joining type of the character at `i` (a whole surrogate pair counts as one). */
function typeAt(tables: ShapingTables, text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return astralType(tables, ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return tables.bmp[code];
}

/** Index of the next non-transparent character at or after `i` (text.length if none). */
function skipTransparent(tables: ShapingTables, text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (typeAt(tables, text, i, code) !== T) return i;
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return n;
}

function run(text: string, ligatures: boolean, track: boolean): RunResult {
  const n = text.length;
  const tables = getShapingTables();
  const { bmp, forms, lamAlef, formMin, formMax } = tables;
  // Fast path: nothing to shape unless some code unit has presentation forms.
  let first = 0;
  while (first < n) {
    const code = text.charCodeAt(first);
    if (code >= formMin && code <= formMax && forms[(code - formMin) * 4] !== 0) break;
    first++;
  }
  if (first === n) return { text };

  const out = new Uint16Array(n);
  let o = 0;
  let starts: Int32Array | undefined;
  let ends: Int32Array | undefined;
  // Whether the last non-transparent character joins to what follows (D, L, C).
  let prevJoinsNext = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const type = bmp[code];
    if (code < formMin || code > formMax) {
      // Outside the Arabic letters: copy, keeping the joining state (tatweel and ZWJ join,
      // marks are transparent, anything else breaks the chain).
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        const t = typeAt(tables, text, i, code);
        if (t !== T) prevJoinsNext = false;
        if (starts) {
          starts[o] = i;
          ends![o] = i + 1;
          starts[o + 1] = i + 1;
          ends![o + 1] = i + 2;
        }
        out[o++] = code;
        out[o++] = text.charCodeAt(i + 1);
        i += 2;
        continue;
      }
    }
    const inRange = code >= formMin && code <= formMax;
    const at = (code - formMin) * 4;
    if (!inRange || type === T || forms[at] === 0) {
      // Outside the Arabic letters, a mark, or an Arabic character without presentation forms
      // (digits, punctuation): copy. Its type still decides whether the chain goes on.
      if (type !== T) prevJoinsNext = type === C || type === D || type === L;
      if (starts) {
        starts[o] = i;
        ends![o] = i + 1;
      }
      out[o++] = code;
      i++;
      continue;
    }
    const joinsPrev = prevJoinsNext && (type === D || type === R);
    const j = skipTransparent(tables, text, i + 1);
    const next = j < n ? text.charCodeAt(j) : -1;
    const nextType = j < n ? typeAt(tables, text, j, next) : 0;
    // لا: lam followed by alef (harakat may sit between) is one mandatory ligature.
    if (ligatures && code === 0x0644 && next >= formMin && next <= formMax && lamAlef[(next - formMin) * 2] !== 0) {
      if (!starts && track) {
        starts = new Int32Array(n);
        ends = new Int32Array(n);
        for (let k = 0; k < o; k++) {
          starts[k] = k;
          ends[k] = k + 1;
        }
      }
      const lig = lamAlef[(next - formMin) * 2 + (joinsPrev ? 1 : 0)];
      if (starts) {
        starts[o] = i;
        ends![o] = j + 1;
      }
      out[o++] = lig;
      // Harakat between lam and alef (لَا) follow the ligature, as one cluster with it.
      for (let k = i + 1; k < j; k++) {
        if (starts) {
          starts[o] = i;
          ends![o] = j + 1;
        }
        out[o++] = text.charCodeAt(k);
      }
      prevJoinsNext = false; // alef joins only to the right
      i = j + 1;
      continue;
    }
    const joinsNext = (type === D || type === L) && (nextType === D || nextType === R || nextType === C);
    // Slots: 0 isolated, 1 final, 2 initial, 3 medial.
    const slot = joinsPrev ? (joinsNext ? 3 : 1) : joinsNext ? 2 : 0;
    if (starts) {
      starts[o] = i;
      ends![o] = i + 1;
    }
    out[o++] = forms[at + slot] || forms[at];
    prevJoinsNext = type === D || type === L;
    i++;
  }
  return { text: toString(out, o), starts: starts?.subarray(0, o), ends: ends?.subarray(0, o) };
}

function checkSpan(span: Span, where: string): void {
  if (span === null || typeof span !== 'object' || typeof span.start !== 'number' || typeof span.end !== 'number') {
    throw new DhadError('INVALID_INPUT', `${where} expects a span { start, end }, got ${describeValue(span)}`);
  }
}

function inRange(span: Span, length: number): boolean {
  const { start, end } = span;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

/* @__NO_SIDE_EFFECTS__ */
function alignment(inputLength: number, text: string, starts?: Int32Array, ends?: Int32Array): ShapedText {
  if (!starts || !ends) {
    // No ligature: the output is the input's length and aligned unit by unit.
    const identity = (where: string) => (span: Span): Span | undefined => {
      checkSpan(span, where);
      return inRange(span, inputLength) ? { start: span.start, end: span.end } : undefined;
    };
    return { text, toOriginal: identity('toOriginal'), toShaped: identity('toShaped') };
  }
  const outLength = text.length;
  return {
    text,
    toOriginal(span: Span): Span | undefined {
      checkSpan(span, 'toOriginal');
      if (!inRange(span, outLength)) return undefined;
      const { start, end } = span;
      if (start === end) {
        const at = start === outLength ? inputLength : starts[start];
        return { start: at, end: at };
      }
      // starts and ends are non-decreasing: a cluster's units share one range.
      return { start: starts[start], end: ends[end - 1] };
    },
    toShaped(span: Span): Span | undefined {
      checkSpan(span, 'toShaped');
      if (!inRange(span, inputLength)) return undefined;
      const { start, end } = span;
      // First output unit whose input range ends after `start`.
      const s = lowerBound(ends, start + 1);
      if (start === end) return { start: s, end: s };
      // One past the last output unit whose input range starts before `end`.
      const e = lowerBound(starts, end);
      return { start: s, end: Math.max(s, e) };
    },
  };
}

/** First index whose value is >= target in a non-decreasing array (array length if none). */
function lowerBound(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
