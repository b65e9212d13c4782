import { JOINING_RANGES, LAM_ALEF, PRESENTATION_FORMS } from './data/joining.js';

/** Effective joining types used by the shaper (see {@link getShapingTables}). */
export const U = 0;
export const T = 1;
export const C = 2;
export const D = 3;
export const R = 4;
export const L = 5;

/** Lookup tables for {@link shape}, built once on first use. */
export interface ShapingTables {
  /** Effective joining type of each BMP code point. */
  bmp: Uint8Array;
  /** Non-U astral ranges as flat `start, end, type` triples (marks, format characters). */
  astral: readonly number[];
  /** First base letter with presentation forms; `forms` is indexed from it. */
  formMin: number;
  formMax: number;
  /** 4 slots per code point from `formMin`: isolated, final, initial, medial (0 = none). */
  forms: Uint16Array;
  /** 2 slots per alef from `formMin`: lam-alef isolated, final (0 = no ligature). */
  lamAlef: Uint16Array;
}

let cached: ShapingTables | undefined;

/**
 * Builds (once) the shaper's tables from the generated Unicode data.
 *
 * The joining type used for context is Unicode's Joining_Type, except that a letter is only
 * as joining as its presentation forms allow: a renderer without shaping draws a letter that
 * has no form for its position in its nominal, unconnected shape, so its neighbours must not
 * reach out to it either. Noon ghunna ں (D, but only isolated and final forms exist) joins
 * like R; the Arabic Supplement letters ݐ–ݿ (D, no forms at all) behave like U.
 */
/* @__NO_SIDE_EFFECTS__ */
export function getShapingTables(): ShapingTables {
  if (cached) return cached;
  let formMin = 0xffff;
  let formMax = 0;
  for (let i = 0; i < PRESENTATION_FORMS.length; i += 5) {
    if (PRESENTATION_FORMS[i] < formMin) formMin = PRESENTATION_FORMS[i];
    if (PRESENTATION_FORMS[i] > formMax) formMax = PRESENTATION_FORMS[i];
  }
  const forms = new Uint16Array((formMax - formMin + 1) * 4);
  for (let i = 0; i < PRESENTATION_FORMS.length; i += 5) {
    const at = (PRESENTATION_FORMS[i] - formMin) * 4;
    forms[at] = PRESENTATION_FORMS[i + 1];
    forms[at + 1] = PRESENTATION_FORMS[i + 2];
    forms[at + 2] = PRESENTATION_FORMS[i + 3];
    forms[at + 3] = PRESENTATION_FORMS[i + 4];
  }
  const lamAlef = new Uint16Array((formMax - formMin + 1) * 2);
  for (let i = 0; i < LAM_ALEF.length; i += 3) {
    const at = (LAM_ALEF[i] - formMin) * 2;
    lamAlef[at] = LAM_ALEF[i + 1];
    lamAlef[at + 1] = LAM_ALEF[i + 2];
  }
  const bmp = new Uint8Array(0x10000);
  const astral: number[] = [];
  for (let i = 0; i < JOINING_RANGES.length; i += 3) {
    const start = JOINING_RANGES[i];
    const end = JOINING_RANGES[i + 1];
    const type = JOINING_RANGES[i + 2];
    if (start > 0xffff) {
      // Only T survives for astral code points: no astral letter has a presentation form.
      if (type === T) astral.push(start, end, T);
      continue;
    }
    for (let cp = start; cp <= end && cp <= 0xffff; cp++) bmp[cp] = effectiveType(cp, type, forms, formMin, formMax);
  }
  cached = { bmp, astral, formMin, formMax, forms, lamAlef };
  return cached;
}

function effectiveType(cp: number, type: number, forms: Uint16Array, formMin: number, formMax: number): number {
  if (type !== D && type !== R && type !== L) return type;
  if (cp < formMin || cp > formMax) return U;
  const at = (cp - formMin) * 4;
  const hasFinal = forms[at + 1] !== 0;
  const hasInitial = forms[at + 2] !== 0;
  const hasMedial = forms[at + 3] !== 0;
  if (type === D && hasFinal && hasInitial && hasMedial) return D;
  if ((type === D || type === R) && hasFinal) return R;
  if ((type === D || type === L) && hasInitial) return L;
  return U;
}

/** Effective joining type of an astral code point (binary search over the astral ranges). */
export function astralType(tables: ShapingTables, cp: number): number {
  const ranges = tables.astral;
  let lo = 0;
  let hi = ranges.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 3]) hi = mid - 1;
    else if (cp > ranges[mid * 3 + 1]) lo = mid + 1;
    else return ranges[mid * 3 + 2];
  }
  return U;
}
