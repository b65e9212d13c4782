import type { ResolvedOptions } from './options.js';
import { optionsKey } from './options.js';
import {
  ALEF,
  ALEF_FORMS,
  ALEF_FORMS_CAMEL,
  ALEF_FORMS_LUCENE,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_INDIC_ZERO,
  ARABIC_THOUSANDS_SEPARATOR,
  CCC_FIRST,
  CCC_LAST,
  DAGGER_ALEF,
  FARSI_YEH,
  HARAKAT,
  HONORIFICS,
  INVISIBLES,
  OTHER_MARKS,
  PERSIAN_FOLDS,
  PERSIAN_ZERO,
  PUNCTUATION_FOLDS,
  SPACES,
  TATWEEL,
  ZWNJ,
  getCccTable,
  getPresentationFormTable,
  honorificText,
} from './tables.js';

/**
 * Table values. A table maps each UTF-16 unit to its output unit; two values in the
 * surrogate range that no non-surrogate unit can map to mark a deletion and a contextual
 * case. Surrogates always map to themselves, so the hot loop tests one bit pattern.
 */
export const DEL = 0xd800;
export const SPECIAL = 0xd801;

/** Kinds of SPECIAL units. */
export const K_MARK_KEEP = 1; // a kept mark, placed in canonical order (compose on)
export const K_MARK_DROP = 2; // U+0653–U+0655 deleted unless it composes (compose on, diacritics 'all')
export const K_YEH = 3; // ی: ي inside a word, ى at its end
export const K_EXPANSION = 4; // a presentation form that becomes several units, or a mark

/** A compiled normaliser: what the one-pass loop reads. */
export interface Compiled {
  readonly options: ResolvedOptions;
  /** Output unit per input unit, or DEL / SPECIAL. */
  readonly table: Uint16Array;
  /** For SPECIAL units, which case they are. */
  readonly kinds: Uint8Array;
  /** Presentation forms → the base units they stand for (each then goes through `table`). */
  readonly expansions: ReadonlyMap<number, Uint16Array>;
  /** Longest expansion, for growing the output buffer. */
  readonly maxExpansion: number;
  /** ی at the end of a word and inside it, as the table resolves ى and ي. */
  readonly yehFinal: number;
  readonly yehMedial: number;
  readonly compose: boolean;
}

const YEH_CONTEXT = -2;
const DELETE = -1;

type Step = (c: number) => number;

function inRanges(c: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [from, to] of ranges) if (c >= from && c <= to) return true;
  return false;
}

/** One rewriting step for a (non-presentation-form) unit: the next unit, DELETE, YEH_CONTEXT, or itself. */
function makeStep(o: ResolvedOptions): Step {
  const persian = new Map<number, number>(o.persian ? PERSIAN_FOLDS : []);
  const alefForms = new Set<number>(
    !o.alef ? [] : o.compat === 'camel' ? ALEF_FORMS_CAMEL : o.compat === 'lucene' ? ALEF_FORMS_LUCENE : ALEF_FORMS,
  );
  const punct = new Map<number, number>(o.punctuation ? PUNCTUATION_FOLDS : []);
  return (c: number): number => {
    if (o.persian) {
      if (c === FARSI_YEH) return o.alefMaksura ? 0x064a : YEH_CONTEXT;
      const p = persian.get(c);
      if (p !== undefined) return p;
    }
    if (alefForms.has(c)) return ALEF;
    if (o.alefMaksura && c === 0x0649) return 0x064a;
    if (o.tehMarbuta && c === 0x0629) return 0x0647;
    if (o.hamza && c === 0x0624) return 0x0648;
    if (o.hamza && c === 0x0626) return 0x064a;
    if (o.diacritics !== false && inRanges(c, HARAKAT)) return DELETE;
    if (o.diacritics === 'all' && inRanges(c, OTHER_MARKS)) return DELETE;
    if (c === DAGGER_ALEF && o.daggerAlef !== 'keep') return o.daggerAlef === 'remove' ? DELETE : ALEF;
    if (c === TATWEEL && o.tatweel) return DELETE;
    if (o.digits === 'ascii') {
      if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) return 0x30 + c - ARABIC_INDIC_ZERO;
      if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) return 0x30 + c - PERSIAN_ZERO;
      if (c === ARABIC_DECIMAL_SEPARATOR) return 0x2e;
      if (c === ARABIC_THOUSANDS_SEPARATOR) return 0x2c;
    } else if (o.digits === 'arabic-indic') {
      if (c >= 0x30 && c <= 0x39) return ARABIC_INDIC_ZERO + c - 0x30;
      if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) return ARABIC_INDIC_ZERO + c - PERSIAN_ZERO;
    }
    const q = punct.get(c);
    if (q !== undefined) return q;
    if (o.invisibles && inRanges(c, INVISIBLES)) return DELETE;
    if (c === ZWNJ && o.zwnj !== 'keep') return o.zwnj === 'remove' ? DELETE : 0x20;
    if (o.spaces && inRanges(c, SPACES)) return 0x20;
    return c;
  };
}

/** Applies `step` until nothing changes (ٸ → ئ → ي), so every output is a fixed point. */
function resolveWith(step: Step, c: number): number {
  let x = c;
  for (let guard = 0; guard < 8; guard++) {
    const y = step(x);
    if (y === x || y < 0) return y;
    x = y;
  }
  return x;
}

/** Units any rule can name (outside the presentation forms). */
const CANDIDATES: readonly (readonly [number, number])[] = [
  [0x0030, 0x0039], [0x00a0, 0x00bb], [0x0600, 0x08ff], [0x1680, 0x1680], [0x2000, 0x206f], [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/**
 * Builds the table for one set of options.
 *
 * @param o - resolved options
 * @returns the compiled normaliser data
 */
/* @__NO_SIDE_EFFECTS__ */
export function compile(o: ResolvedOptions): Compiled {
  const step = makeStep(o);
  const ccc = getCccTable();
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  const kinds = new Uint8Array(0x10000);
  const expansions = new Map<number, Uint16Array>();
  let maxExpansion = 1;
  const isMark = (c: number): boolean => c >= CCC_FIRST && c <= CCC_LAST && ccc[c - CCC_FIRST] > 0;

  // What a base unit becomes: a unit, DEL, or SPECIAL with its kind.
  const baseEntry = (c: number): [number, number] => {
    const r = resolveWith(step, c);
    if (r === YEH_CONTEXT) return [SPECIAL, K_YEH];
    if (o.compose && c >= 0x0653 && c <= 0x0655) return [SPECIAL, r === DELETE ? K_MARK_DROP : K_MARK_KEEP];
    if (r === DELETE) return [DEL, 0];
    if (o.compose && r === c && isMark(c)) return [SPECIAL, K_MARK_KEEP];
    return [r, 0];
  };

  for (const [from, to] of CANDIDATES) {
    for (let c = from; c <= to; c++) {
      const [t, k] = baseEntry(c);
      table[c] = t;
      kinds[c] = k;
    }
  }

  if (o.presentationForms !== false) {
    const pf = getPresentationFormTable();
    const add = (c: number, text: string): void => {
      let seq = text;
      // ﯼ ﯽ (isolated, final) are a word-final ی; ﯾ ﯿ (initial, medial) are inside a word.
      if (seq === '\u06cc' && o.persian && !o.alefMaksura) seq = c === 0xfbfc || c === 0xfbfd ? '\u0649' : '\u064a';
      if (seq.length === 1) {
        const [t, k] = baseEntry(seq.charCodeAt(0));
        if (t !== SPECIAL) {
          table[c] = t;
          return;
        }
        void k;
      }
      const units = new Uint16Array(seq.length);
      for (let q = 0; q < seq.length; q++) units[q] = seq.charCodeAt(q);
      expansions.set(c, units);
      if (units.length > maxExpansion) maxExpansion = units.length;
      table[c] = SPECIAL;
      kinds[c] = K_EXPANSION;
    };
    for (const [c, text] of pf) add(c, text);
    if (o.presentationForms === 'expand') for (const key of Object.keys(HONORIFICS)) add(Number(key), honorificText(Number(key)));
  }

  const yeh = (c: number): number => {
    const t = table[c];
    return t === DEL || t === SPECIAL ? c : t;
  };
  return {
    options: o,
    table,
    kinds,
    expansions,
    maxExpansion,
    yehFinal: yeh(0x0649),
    yehMedial: yeh(0x064a),
    compose: o.compose,
  };
}

const compiledCache = new Map<string, Compiled>();

/**
 * The compiled normaliser for these options, built once and cached (by the options' values,
 * so equal option objects share one table).
 */
/* @__NO_SIDE_EFFECTS__ */
export function getCompiled(o: ResolvedOptions): Compiled {
  const key = optionsKey(o);
  let c = compiledCache.get(key);
  if (c === undefined) {
    c = compile(o);
    compiledCache.set(key, c);
  }
  return c;
}
