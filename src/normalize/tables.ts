/**
 * Character data for the normaliser, kept as ranges and small lists (as CAMeL Tools keeps its
 * charmaps). Nothing here is computed at import time: the few derived tables are built on
 * first use by the `get…` functions and cached.
 */

/** An inclusive code-unit range `[from, to]`. */
export type CodeRange = readonly [from: number, to: number];

/** An inclusive range with a value: `[from, to, value]`. */
export type ValuedRange = readonly [from: number, to: number, value: number];

/**
 * Canonical combining classes of the Arabic combining marks (UnicodeData.txt field 3),
 * used to put kept marks in canonical (NFC) order and to decide whether a madda/hamza
 * mark is blocked from composing.
 */
export const ARABIC_CCC: readonly ValuedRange[] = [
  [0x0610, 0x0617, 230], [0x0618, 0x0618, 30], [0x0619, 0x0619, 31], [0x061a, 0x061a, 32],
  [0x064b, 0x064b, 27], [0x064c, 0x064c, 28], [0x064d, 0x064d, 29], [0x064e, 0x064e, 30],
  [0x064f, 0x064f, 31], [0x0650, 0x0650, 32], [0x0651, 0x0651, 33], [0x0652, 0x0652, 34],
  [0x0653, 0x0654, 230], [0x0655, 0x0656, 220], [0x0657, 0x065b, 230], [0x065c, 0x065c, 220],
  [0x065d, 0x065e, 230], [0x065f, 0x065f, 220], [0x0670, 0x0670, 35],
  [0x06d6, 0x06dc, 230], [0x06df, 0x06e2, 230], [0x06e3, 0x06e3, 220], [0x06e4, 0x06e4, 230],
  [0x06e7, 0x06e8, 230], [0x06ea, 0x06ea, 220], [0x06eb, 0x06ec, 230], [0x06ed, 0x06ed, 220],
  [0x0898, 0x0898, 230], [0x0899, 0x089b, 220], [0x089c, 0x089f, 230],
  [0x08ca, 0x08ce, 230], [0x08cf, 0x08d3, 220], [0x08d4, 0x08e1, 230], [0x08e3, 0x08e3, 220],
  [0x08e4, 0x08e5, 230], [0x08e6, 0x08e6, 220], [0x08e7, 0x08e8, 230], [0x08e9, 0x08e9, 220],
  [0x08ea, 0x08ec, 230], [0x08ed, 0x08ef, 220], [0x08f0, 0x08f0, 27], [0x08f1, 0x08f1, 28],
  [0x08f2, 0x08f2, 29], [0x08f3, 0x08f5, 230], [0x08f6, 0x08f6, 220], [0x08f7, 0x08f8, 230],
  [0x08f9, 0x08fa, 220], [0x08fb, 0x08ff, 230],
];

/** First and last code unit covered by the combining-class table. */
export const CCC_FIRST = 0x0610;
export const CCC_LAST = 0x08ff;

/** `diacritics: 'harakat'`: tanween, fatha, damma, kasra, shadda, sukun. */
export const HARAKAT: readonly CodeRange[] = [[0x064b, 0x0652]];

/** `diacritics: 'all'`, in addition to the harakat (U+08E2 is a sign, not a mark). */
export const OTHER_MARKS: readonly CodeRange[] = [
  [0x0653, 0x065f], [0x0610, 0x061a], [0x06d6, 0x06dc], [0x06df, 0x06e4], [0x06e7, 0x06e8],
  [0x06ea, 0x06ed], [0x08ca, 0x08e1], [0x08e3, 0x08ff],
];

export const DAGGER_ALEF = 0x0670;
export const TATWEEL = 0x0640;
export const ALEF = 0x0627;

/** `alef`: أ إ آ ٱ ٲ ٳ ٵ → ا. */
export const ALEF_FORMS: readonly number[] = [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673, 0x0675];
/** CAMeL Tools' normalize_alef_ar: إ أ ٱ آ (not ٲ ٳ ٵ). */
export const ALEF_FORMS_CAMEL: readonly number[] = [0x0625, 0x0623, 0x0671, 0x0622];
/** Lucene's ArabicNormalizer: آ أ إ (not ٱ). */
export const ALEF_FORMS_LUCENE: readonly number[] = [0x0622, 0x0623, 0x0625];

/**
 * `persian`: Arabic look-alikes of Persian/Urdu letters, `[from, to]` pairs. ی (U+06CC) is
 * handled apart: ي inside a word, ى at its end unless `alefMaksura` folds both to ي.
 * Distinct sounds (پ چ ژ گ ڤ) are never folded.
 */
export const PERSIAN_FOLDS: readonly (readonly [number, number])[] = [
  [0x06a9, 0x0643], // ک keheh → ك
  [0x06aa, 0x0643], // ڪ swash kaf → ك
  [0x06d0, 0x064a], // ې → ي
  [0x06c0, 0x0647], // ۀ → ه (Persian ezafe heh)
  [0x06c1, 0x0647], // ہ heh goal (Urdu) → ه
  [0x06c2, 0x0647], // ۂ heh goal with hamza → ه, as ۀ
  [0x06be, 0x0647], // ھ heh doachashmee → ه
  [0x06d5, 0x0647], // ە ae → ه
  [0x06c3, 0x0629], // ۃ → ة (then `tehMarbuta`)
  [0x06d2, 0x064a], // ے yeh barree → ي
  [0x0678, 0x0626], // ٸ high hamza yeh → ئ (then `hamza`)
];
export const FARSI_YEH = 0x06cc;

/** `digits`: the Arabic-Indic and Extended (Persian/Urdu) zeros. */
export const ARABIC_INDIC_ZERO = 0x0660;
export const PERSIAN_ZERO = 0x06f0;
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;

/** `punctuation`: ، ؛ ؟ ۔ ٪ « » → , ; ? . % " ". */
export const PUNCTUATION_FOLDS: readonly (readonly [number, number])[] = [
  [0x060c, 0x2c], [0x061b, 0x3b], [0x061f, 0x3f], [0x06d4, 0x2e], [0x066a, 0x25], [0x00ab, 0x22], [0x00bb, 0x22],
];

/** `invisibles`: ZWSP, ZWJ, LRM, RLM, ALM, LRE–RLO, LRI–PDI, WJ, BOM, soft hyphen. */
export const INVISIBLES: readonly CodeRange[] = [
  [0x200b, 0x200b], [0x200d, 0x200f], [0x061c, 0x061c], [0x202a, 0x202e], [0x2066, 0x2069],
  [0x2060, 0x2060], [0xfeff, 0xfeff], [0x00ad, 0x00ad],
];
export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;

/** `spaces`: every Unicode space except line breaks → U+0020. */
export const SPACES: readonly CodeRange[] = [
  [0x00a0, 0x00a0], [0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];

/** The presentation-form blocks folded by `presentationForms`. */
export const PRESENTATION_FORMS: readonly CodeRange[] = [[0xfb50, 0xfdff], [0xfe70, 0xfefe]];

/** ﷼ is a currency sign, not a presentation form of a letter: never folded to ریال. */
export const RIAL_SIGN = 0xfdfc;

/**
 * Honorific ligatures, expanded only with `presentationForms: 'expand'`.
 * ﷺ and ﷻ have compatibility decompositions; ﷽ ﷾ ﷿ have none, so their text is given here.
 */
export const HONORIFICS: Readonly<Record<number, string | null>> = {
  0xfdfa: null, // ﷺ صلى الله عليه وسلم (from its decomposition)
  0xfdfb: null, // ﷻ جل جلاله
  0xfdfd: 'بسم الله الرحمن الرحيم', // ﷽
  0xfdfe: 'سبحانه وتعالى', // ﷾
  0xfdff: 'عز وجل', // ﷿
};

/**
 * Arabic letters (joining or not) for the word-final test of ی: a ی followed by one of
 * these (after marks, tatweel, ZWJ) is inside a word. Presentation forms count as letters.
 */
export const ARABIC_LETTERS: readonly CodeRange[] = [
  [0x0620, 0x064a], [0x066e, 0x066f], [0x0671, 0x06d3], [0x06d5, 0x06d5], [0x06ee, 0x06ef],
  [0x06fa, 0x06fc], [0x06ff, 0x06ff], [0x0750, 0x077f], [0x0870, 0x0887], [0x0889, 0x088e],
  [0x08a0, 0x08c9], [0xfb50, 0xfbb1], [0xfbd3, 0xfd3d], [0xfd50, 0xfdc7], [0xfdf0, 0xfdfb],
  [0xfe80, 0xfefc],
];

let cccTable: Uint8Array | undefined;

/** Combining classes of U+0610–U+08FF as a flat table (built on first use). */
/* @__NO_SIDE_EFFECTS__ */
export function getCccTable(): Uint8Array {
  if (cccTable === undefined) {
    const t = new Uint8Array(CCC_LAST - CCC_FIRST + 1);
    for (const [from, to, value] of ARABIC_CCC) for (let c = from; c <= to; c++) t[c - CCC_FIRST] = value;
    cccTable = t;
  }
  return cccTable;
}

let letterTable: Uint8Array | undefined;

/** 1 for each code unit in `ARABIC_LETTERS` (built on first use). */
/* @__NO_SIDE_EFFECTS__ */
export function getLetterTable(): Uint8Array {
  if (letterTable === undefined) {
    const t = new Uint8Array(0x10000);
    for (const [from, to] of ARABIC_LETTERS) t.fill(1, from, to + 1);
    letterTable = t;
  }
  return letterTable;
}

let pfTable: Map<number, string> | undefined;

/**
 * Each presentation form with its compatibility decomposition (NFKC, stable by Unicode's
 * policy), cleaned as dhad wants it: isolated/medial harakat forms lose the space or tatweel
 * NFKC puts before the mark (ﹰ → ً, not " ً"). Honorifics and ﷼ are not included.
 */
/* @__NO_SIDE_EFFECTS__ */
export function getPresentationFormTable(): Map<number, string> {
  if (pfTable !== undefined) return pfTable;
  const ccc = getCccTable();
  const isMark = (c: number): boolean => c >= CCC_FIRST && c <= CCC_LAST && ccc[c - CCC_FIRST] > 0;
  const map = new Map<number, string>();
  for (const [from, to] of PRESENTATION_FORMS) {
    for (let c = from; c <= to; c++) {
      if (c === RIAL_SIGN || c === 0xfeff || c in HONORIFICS) continue;
      const s = String.fromCharCode(c);
      let k = s.normalize('NFKC');
      if (k === s) continue;
      // ﹰ ﹱ ﱞ ﳲ…: a space or tatweel carrier before marks only — keep the bare marks.
      if (k.length > 1 && (k.charCodeAt(0) === 0x20 || k.charCodeAt(0) === TATWEEL)) {
        let allMarks = true;
        for (let q = 1; q < k.length; q++) if (!isMark(k.charCodeAt(q))) allMarks = false;
        if (allMarks) k = k.slice(1);
      }
      map.set(c, k);
    }
  }
  pfTable = map;
  return map;
}

/** The text of an honorific ligature for `presentationForms: 'expand'`. */
export function honorificText(c: number): string {
  const given = HONORIFICS[c];
  return given ?? String.fromCharCode(c).normalize('NFKC');
}
