/**
 * Character classes for the tokenizer: one byte per UTF-16 code unit (BMP), built on first
 * use from the engine's own Unicode tables (`\p{…}` regexes run ONCE over a string holding
 * every BMP code unit), plus a lazily filled table for astral code points.
 *
 * Why not regexes at tokenisation time: JS `\b` never matches at Arabic letters, and
 * `Intl.Segmenter` is quadratic on long strings in Node 20. A table lookup per code unit is
 * both correct for Arabic and linear.
 */

/** Whitespace: exactly the JS `\s` set (includes NBSP, U+2000–U+200A, U+2028/9, U+3000, BOM). */
export const WS = 0;
/** A letter of the Arabic script (incl. presentation forms, ﷲ, Persian/Urdu letters). */
export const AR = 1;
/** A letter of the Latin script. */
export const LAT = 2;
/** A letter of any other script (Hebrew, Greek, Cyrillic, CJK …). */
export const OL = 3;
/** A decimal digit of any script (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari …). */
export const DIG = 4;
/** A combining mark (harakat, shadda, Quranic marks, variation selectors, U+0300 …). */
export const MARK = 5;
/** Arabic tatweel (kashida) U+0640. */
export const TATWEEL = 6;
/** An invisible format character that does not break a word: ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings/isolates, WJ, soft hyphen. */
export const FMT = 7;
/** ZERO WIDTH SPACE U+200B: invisible, but marks a word boundary. */
export const FMT_BREAK = 8;
/** Punctuation that may repeat into one token (`...`, `!!`, `؟؟`, `--`). */
export const PUNCT = 9;
/** Punctuation that is always one token per character: brackets and quotes. */
export const PUNCT1 = 10;
/** Anything else: symbols, %, control characters, unassigned code points. */
export const SYM = 11;
/** A high (leading) surrogate. */
export const HI = 12;
/** A low (trailing) surrogate. */
export const LO = 13;
/** Emoji presented as emoji by default (Emoji_Presentation). */
export const EMO = 14;
/** Extended_Pictographic presented as text by default (❤ ☎ ✈ ©): emoji only with U+FE0F, a skin tone or a ZWJ. */
export const EMO_T = 15;
/** Regional indicator (two of them make a flag: 🇮🇶). */
export const RI = 16;
/** Emoji skin-tone modifier U+1F3FB–U+1F3FF. */
export const EMOD = 17;
/** Tag characters U+E0020–U+E007F (subdivision flags 🏴󠁧󠁢󠁳󠁣󠁴󠁿). */
export const TAG = 18;

let bmpTable: Uint8Array | undefined;
let astralTable: Uint8Array | undefined;

/** The class of every BMP code unit. Built on first call (a few ms), then cached. */
export function bmpClasses(): Uint8Array {
  return (bmpTable ??= buildBmpTable());
}

function buildBmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(SYM);
  // Every BMP code unit except surrogates, as one string: index k holds code k (k < 0xD800) or k + 0x800.
  const units = new Uint16Array(0x10000 - 0x800);
  for (let k = 0; k < units.length; k++) units[k] = k < 0xd800 ? k : k + 0x800;
  const all = new TextDecoder('utf-16le').decode(units);
  const assign = (re: RegExp, cls: number, onlyFrom?: number): void => {
    for (const m of all.matchAll(re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (onlyFrom === undefined) {
        // string index → code: a run may straddle the surrogate gap
        if (to <= 0xd800) table.fill(cls, from, to);
        else if (from >= 0xd800) table.fill(cls, from + 0x800, to + 0x800);
        else {
          table.fill(cls, from, 0xd800);
          table.fill(cls, 0xe000, to + 0x800);
        }
      } else {
        for (let k = from; k < to; k++) {
          const code = k < 0xd800 ? k : k + 0x800;
          if (table[code] === onlyFrom) table[code] = cls;
        }
      }
    }
  };
  assign(/\p{L}+/gu, OL);
  assign(/\p{Script=Latin}+/gu, LAT, OL);
  assign(/\p{Script=Arabic}+/gu, AR, OL);
  assign(/\p{Nd}+/gu, DIG);
  assign(/\p{M}+/gu, MARK);
  assign(/\p{P}+/gu, PUNCT);
  assign(/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'`]+/gu, PUNCT1);
  assign(/\p{Cf}+/gu, FMT);
  assign(/\p{Extended_Pictographic}+/gu, EMO_T);
  assign(/\p{Emoji_Presentation}+/gu, EMO);
  assign(/\s+/gu, WS);
  table.fill(HI, 0xd800, 0xdc00);
  table.fill(LO, 0xdc00, 0xe000);
  table[0x0640] = TATWEEL;
  table[0x200b] = FMT_BREAK;
  // Percent and per-mille signs are symbols, split off the number: ٥٠٪ → ٥٠ + ٪
  for (const c of [0x25, 0x066a, 0x2030, 0x2031, 0x0609, 0x060a]) table[c] = SYM;
  return table;
}

/**
 * The class of an astral code point (U+10000 and up), computed on first sight and cached in
 * a 1 MB table allocated on the first astral character.
 */
export function astralClass(cp: number): number {
  const table = (astralTable ??= new Uint8Array(0x100000));
  const k = cp - 0x10000;
  const cached = table[k];
  if (cached !== 0) return cached - 1;
  const cls = classifyAstral(cp);
  table[k] = cls + 1;
  return cls;
}

function classifyAstral(cp: number): number {
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return RI;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return EMOD;
  if (cp >= 0xe0020 && cp <= 0xe007f) return TAG;
  const s = String.fromCodePoint(cp);
  if (/\p{Emoji_Presentation}/u.test(s)) return EMO;
  if (/\p{Extended_Pictographic}/u.test(s)) return EMO_T;
  if (/\p{M}/u.test(s)) return MARK;
  if (/\p{Nd}/u.test(s)) return DIG;
  if (/\p{L}/u.test(s)) return /\p{Script=Arabic}/u.test(s) ? AR : /\p{Script=Latin}/u.test(s) ? LAT : OL;
  if (/\p{P}/u.test(s)) return PUNCT;
  if (/\p{Cf}/u.test(s)) return FMT;
  return SYM;
}
