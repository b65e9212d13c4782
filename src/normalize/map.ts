import type { NormalizedText, Span } from '../core/index.js';
import { DhadError, assertString, describeValue } from '../core/index.js';
import type { Compiled } from './compile.js';
import type { Recorder } from './align.js';
import { runWithMap } from './engine.js';
import { compiledFor } from './normalizer.js';
import type { NormalizeOptions, PresetName } from './options.js';

/**
 * Normalised text with its alignment to the original.
 *
 * Each output unit remembers the original range it came from: one unit for a 1:1 fold, the
 * whole ligature for every unit of an expansion (ﷲ → الله), the letter plus its marks for a
 * composition (ا+ٔ → أ). A deleted unit (a haraka, tatweel, an invisible) belongs to the output
 * unit before it; deleted units at the very start of the text, with nothing before them,
 * belong to the first output unit after them.
 */
export interface Normalized extends NormalizedText {
  /** The normalised text. */
  text: string;
  /** The input, unchanged. */
  original: string;
  /**
   * The original range that produced `text.slice(span.start, span.end)`; `undefined` when
   * the span is out of range. An empty span maps to the original position of that unit.
   */
  toOriginal(span: Span): Span | undefined;
  /**
   * The normalised range of every output unit whose original range meets `span`;
   * `undefined` when the span is out of range. An empty span maps to a position.
   */
  toNormalized(span: Span): Span | undefined;
}

function readSpan(span: unknown, where: string): Span {
  if (span === null || typeof span !== 'object') {
    throw new DhadError('INVALID_INPUT', `${where} expects a span { start, end }, got ${describeValue(span)}`);
  }
  const { start, end } = span as Span;
  if (typeof start !== 'number' || typeof end !== 'number') {
    throw new DhadError(
      'INVALID_INPUT',
      `${where} expects a span with numeric start and end, got start ${describeValue(start)}, end ${describeValue(end)}`,
    );
  }
  return { start, end };
}

function inRange(s: Span, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length;
}

class Alignment implements Normalized {
  readonly text: string;
  readonly original: string;
  readonly #rec: Recorder | null;

  constructor(text: string, original: string, rec: Recorder | null) {
    this.text = text;
    this.original = original;
    this.#rec = rec;
  }

  toOriginal(span: Span): Span | undefined {
    const s = readSpan(span, 'toOriginal');
    const m = this.text.length;
    if (!inRange(s, m)) return undefined;
    const rec = this.#rec;
    if (rec === null) return s;
    const n = this.original.length;
    if (m === 0) return { start: 0, end: n }; // everything was deleted
    if (s.start === s.end) {
      const p = s.start < m ? rec.startOf(s.start) : n;
      return { start: p, end: p };
    }
    return { start: rec.startOf(s.start), end: rec.endOf(s.end - 1) };
  }

  toNormalized(span: Span): Span | undefined {
    const s = readSpan(span, 'toNormalized');
    const n = this.original.length;
    if (!inRange(s, n)) return undefined;
    const rec = this.#rec;
    if (rec === null) return s;
    const m = this.text.length;
    if (m === 0) return { start: 0, end: 0 };
    // Original starts and ends of output units are non-decreasing: binary search.
    const firstStartAtLeast = (x: number): number => {
      let lo = 0;
      let hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (rec.startOf(mid) >= x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    if (s.start === s.end) {
      const p = firstStartAtLeast(s.start);
      return { start: p, end: p };
    }
    // Output units whose original range meets [start, end).
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rec.endOf(mid) > s.start) hi = mid;
      else lo = mid + 1;
    }
    const first = lo;
    const last = firstStartAtLeast(s.end); // exclusive
    return first < last ? { start: first, end: last } : { start: first, end: first };
  }
}

/**
 * Builds the alignment for a compiled normaliser (used by `normalizeStage`).
 *
 * @param cp - compiled normaliser
 * @param text - input
 * @returns the normalised text and its alignment
 */
export function alignWith(cp: Compiled, text: string): Normalized {
  const r = runWithMap(cp, text);
  return new Alignment(r.text, text, r.rec);
}

/**
 * Normalises `text` and keeps the alignment between the two strings, so a match found in
 * the normalised text can be reported at its original offsets.
 *
 * @param text - the input
 * @param options - a preset name or an options object (default `'search'`)
 * @returns `{ text, original, toOriginal(span), toNormalized(span) }`
 * @throws DhadError `INVALID_INPUT` for a non-string, `UNKNOWN_PRESET` / `UNKNOWN_OPTION` / `INVALID_OPTION`
 * @example
 * const n = normalizeWithMap('الأَحَد ﻷجل');
 * n.text                                 // 'الاحد لاجل'
 * n.toOriginal({ start: 0, end: 5 })     // { start: 0, end: 7 }  ('الأَحَد', marks included)
 * n.toOriginal({ start: 6, end: 7 })     // { start: 8, end: 9 }  (ل of the ligature ﻷ: the whole ligature)
 * n.toNormalized({ start: 8, end: 9 })   // { start: 6, end: 8 }  ('لا')
 */
export function normalizeWithMap(text: string, options?: NormalizeOptions | PresetName): Normalized {
  assertString(text, 'normalizeWithMap');
  return alignWith(compiledFor(options, 'normalizeWithMap'), text);
}
