/**
 * The token stream the date grammar reads: parallel arrays of offsets, folded forms and kinds,
 * built in one pass over char codes, either from a Doc's tokens or straight from the text.
 */
import type { Token } from '../core/index.js';

/** Kinds the grammar distinguishes: 1 word, 2 number, 3 punctuation, 4 other. */
export type K = 1 | 2 | 3 | 4;
/** Token kinds as constants. */
export const KW: K = 1;
/** A digit run. */
export const KN: K = 2;
/** Punctuation or a symbol. */
export const KP: K = 3;
/** Latin, URLs, emoji and the rest. */
export const KO: K = 4;

/** Parallel arrays: token i spans text[start[i], end[i]), folded `norm[i]`, kind `kind[i]`. */
export interface Stream {
  text: string;
  start: number[];
  end: number[];
  norm: string[];
  kind: K[];
  length: number;
}

/**
 * Folds one char code the way the `search` preset does: -1 drops it (harakat, tatweel,
 * invisibles), otherwise the code to keep (أ إ آ ٱ → ا, ى ی → ي, ة → ه, ؤ → و, ئ → ي, digits → ASCII).
 */
export function foldCode(c: number): number {
  if (c < 0x0600) return c;
  if (c >= 0x064b && c <= 0x065f) return -1; // harakat
  switch (c) {
    case 0x0640: // tatweel: بـ2019
    case 0x0670: // dagger alef
      return -1;
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return 0x0627;
    case 0x0649:
    case 0x06cc:
    case 0x0626:
      return 0x064a;
    case 0x0629:
    case 0x06be:
    case 0x06c1:
      return 0x0647;
    case 0x0624:
      return 0x0648;
    case 0x06a9:
      return 0x0643;
  }
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48;
  if (c >= 0x06d6 && c <= 0x06ed) return -1; // Quranic marks
  if (c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff) return -1;
  if (c >= 0x202a && c <= 0x202e) return -1;
  if (c >= 0x2066 && c <= 0x2069) return -1;
  return c;
}

/** Folds a string with {@link foldCode}. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = foldCode(s.charCodeAt(i));
    if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}
function isArabicLetterOrMark(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff && !isDigit(c) && c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x066a && c !== 0x066b && c !== 0x066c && c !== 0x066d && c !== 0x06d4) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) ||
    c === 0x200c || c === 0x200d;
}
function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || c === 0x200e || c === 0x200f || c === 0x061c;
}

function push(s: Stream, a: number, b: number, norm: string, kind: K): void {
  s.start.push(a);
  s.end.push(b);
  s.norm.push(norm);
  s.kind.push(kind);
}

/**
 * Scans `text` into a stream: Arabic words (marks and tatweel inside), digit runs (any script),
 * Latin runs, and single other characters. Whitespace and bidi marks separate tokens.
 */
export function scanText(text: string): Stream {
  const s: Stream = { text, start: [], end: [], norm: [], kind: [], length: 0 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const a = i;
    if (isDigit(c)) {
      let norm = '';
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isDigit(d)) break;
        norm += String.fromCharCode(foldCode(d));
        i++;
      }
      push(s, a, i, norm, KN);
    } else if (isArabicLetterOrMark(c)) {
      let norm = '';
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isArabicLetterOrMark(d)) break;
        const f = foldCode(d);
        if (f >= 0) norm += String.fromCharCode(f);
        i++;
      }
      push(s, a, i, norm, norm.length === 0 ? KO : KW);
    } else if (isLatin(c)) {
      while (i < n && isLatin(text.charCodeAt(i))) i++;
      push(s, a, i, text.slice(a, i), KO);
    } else {
      // One code point (keep surrogate pairs whole).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      push(s, a, i, text.slice(a, i), KP);
    }
  }
  s.length = s.start.length;
  return s;
}

/**
 * Builds the stream from a Doc's tokens. Words carrying digits after proclitics (بـ2019 as one
 * token) are split, so that the grammar sees the clitic and the number apart.
 */
export function streamFromTokens(text: string, tokens: readonly Token[]): Stream {
  const s: Stream = { text, start: [], end: [], norm: [], kind: [], length: 0 };
  for (const t of tokens) {
    if (t.kind === 'number') {
      let norm = '';
      let ok = true;
      for (let i = 0; i < t.norm.length; i++) {
        const c = t.norm.charCodeAt(i);
        if (c >= 48 && c <= 57) norm += t.norm[i];
        else ok = false;
      }
      if (ok) push(s, t.start, t.end, norm, KN);
      else {
        // "25.04" or "3,5": re-scan the raw text so that each digit run is its own token.
        const sub = scanText(t.text);
        for (let k = 0; k < sub.start.length; k++) push(s, t.start + sub.start[k], t.start + sub.end[k], sub.norm[k], sub.kind[k]);
      }
    } else if (t.kind === 'word') {
      const norm = t.norm;
      let hasDigit = false;
      for (let i = 0; i < norm.length; i++) {
        const c = norm.charCodeAt(i);
        if (c >= 48 && c <= 57) hasDigit = true;
      }
      if (hasDigit) {
        const sub = scanText(t.text);
        for (let k = 0; k < sub.start.length; k++) push(s, t.start + sub.start[k], t.start + sub.end[k], sub.norm[k], sub.kind[k]);
      } else push(s, t.start, t.end, norm, KW);
    } else if (t.kind === 'punct' || t.kind === 'symbol') {
      push(s, t.start, t.end, t.text, KP);
    } else {
      push(s, t.start, t.end, t.norm, KO);
    }
  }
  s.length = s.start.length;
  return s;
}
