import { francAll } from 'franc-min';
import { DhadError, assertString, describeValue } from '../core/index.js';
import type { Span } from '../core/index.js';

/** A language guess: an ISO 639-3 code (`arb`, `pes`, `urd`, `eng`, …, `und`) and a score in [0, 1]. */
export interface LanguageGuess {
  code: string;
  score: number;
}

/** A paragraph of the input with its language (see {@link detectParagraphLanguages}). */
export interface ParagraphLanguage extends Span, LanguageGuess {
  text: string;
}

/** Options of {@link detectLanguage} and {@link detectParagraphLanguages}. */
export interface DetectLanguageOptions {
  /**
   * Fewer words than this give `und`. Default 5: franc's trigram profiles tell Arabic from
   * Persian, Urdu or Malay (Jawi) reliably on paragraphs, not on a few words.
   */
  minWords?: number;
}

/** The default minimum number of words for a guess. */
export const DEFAULT_MIN_WORDS = 5;

/** franc-min looks at the first 2,048 code units only; so do we. */
const SAMPLE = 2048;

const OPTION_KEYS = new Set(['minWords']);

/** Reads and checks `minWords` (other keys must be in `extraKeys`). */
export function readMinWords(options: DetectLanguageOptions | undefined, where: string, extraKeys: readonly string[] = []): number {
  if (options === undefined) return DEFAULT_MIN_WORDS;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError('INVALID_OPTION', `${where}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key) && !extraKeys.includes(key)) {
      const expected = ['minWords', ...extraKeys].join(', ');
      throw new DhadError('UNKNOWN_OPTION', `${where}: unknown option ${JSON.stringify(key)} (expected ${expected})`);
    }
  }
  const { minWords } = options;
  if (minWords === undefined) return DEFAULT_MIN_WORDS;
  if (typeof minWords !== 'number' || !Number.isInteger(minWords) || minWords < 1) {
    throw new DhadError('INVALID_OPTION', `${where}: option "minWords" must be a positive integer, got ${describeValue(minWords)}`);
  }
  return minWords;
}

/** Letter and word counts of a text, by script, with the orthographic clues used below. */
interface Profile {
  words: number;
  arabic: number;
  other: number;
  /** Arabic-script letters that Standard Arabic does not use (پ چ ژ گ ک ی ے ہ ٹ ڈ ڑ ں ټ ښ …), and ZWNJ after an Arabic letter. */
  foreign: number;
  /** Letters only Standard Arabic uses among the look-alikes: ة ى ي ك, and the article ال at the start of a word. */
  arabicOnly: number;
  /** Letters of Central Kurdish (Sorani): ڕ ڵ ێ (only Kurdish) and ۆ ە. */
  sorani: number;
  soraniOnly: number;
  /** Arabic presentation forms (text already shaped, as PDF extraction often gives). */
  presentation: number;
  /** Occurrences of the letter groups of {@link GROUP_LETTERS}, by group. */
  groups: number[];
}

/**
 * Letters that mark one Arabic-script language against the others. franc's trigrams confuse
 * the look-alikes on short text; a language whose own letters are absent, or that never
 * writes letters present in the text, is passed over for the next one franc ranks.
 */
const GROUP_LETTERS: readonly string[] = [
  'ٹڈڑںےۓہۂ۔', // 0 Urdu (and Saraiki/Sindhi): retroflexes, noon ghunna, yeh barree, heh goal, full stop ۔ — never Persian
  'ھ', // 1 Urdu do-chashmi heh (some Persian typists use it for ه)
  'ټډړږښګڼۍېځڅ', // 2 Pashto
  'ڠڽݢ', // 3 Malay in Jawi: nga, nya, gaf
  'ٻڄݙڳ', // 4 Saraiki implosives
];
const URDU = 0;
const URDU_HEH = 1;
const PASHTO = 2;
const JAWI = 3;
const SARAIKI = 4;

let groupOf: Int8Array | undefined;

/* @__NO_SIDE_EFFECTS__ */
function getGroupOf(): Int8Array {
  if (groupOf) return groupOf;
  groupOf = new Int8Array(0x900).fill(-1);
  GROUP_LETTERS.forEach((letters, group) => {
    for (const ch of letters) groupOf![ch.charCodeAt(0)] = group;
  });
  return groupOf;
}

/** Whether the text's letters allow language `code` (see {@link GROUP_LETTERS}). */
function plausible(code: string, groups: readonly number[]): boolean {
  switch (code) {
    case 'pes':
      return groups[URDU] === 0 && groups[PASHTO] === 0 && groups[SARAIKI] === 0;
    case 'urd':
      return groups[URDU] + groups[URDU_HEH] > 0 && groups[PASHTO] === 0 && groups[SARAIKI] === 0;
    case 'pbu':
      return groups[PASHTO] > 0;
    case 'zlm':
      return groups[JAWI] > 0;
    case 'skr':
      return groups[SARAIKI] > 0;
    default:
      return true;
  }
}

const LETTER = /\p{L}/u;

/** True for a letter of the Arabic script (base letters and presentation forms). */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    c === 0x06ee ||
    c === 0x06ef ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** True for an Arabic-script letter that Standard Arabic writing does not use. */
function isForeignLetter(c: number): boolean {
  if (c < 0x0620 || c > 0x08c9) return false;
  if (c === 0x0640) return false; // tatweel
  if (c >= 0x0621 && c <= 0x064a) return c === 0x0620 || (c >= 0x063b && c <= 0x063f);
  // ٱ (alef wasla, Quranic) and ڤ (V in loanwords: ڤيروس) are written in Arabic too.
  if (c === 0x0671 || c === 0x06a4) return false;
  return isArabicLetter(c);
}

// Per-code-unit flags for profile(), learnt lazily on first sight of each code unit (a text uses a
// few hundred), so the hot loop is one table read and a few branch-free additions instead of a
// chain of range tests and a regex per character.
const F_KNOWN = 1 << 15;
const F_AR = 1 << 0; // isArabicLetter
const F_OTHER = 1 << 1; // a letter of another script (BMP)
const F_CONT = 1 << 2; // continues a word: a letter, a haraka, ZWNJ/ZWJ, tatweel
const F_FOREIGN = 1 << 3; // isForeignLetter
const F_MISC = 1 << 4; // not a letter, but looked at: a high surrogate, ۔, ZWNJ, a line break
const F_ALEF = 1 << 5; // ا, which may start the article ال
// Counted clues, one bit each, added without a branch: (f >> B_X) & 1.
const B_ARABIC_ONLY = 6; // ة ى ي ك
const B_SORANI = 7; // ڕ ڵ ێ ۆ ە
const B_SORANI_ONLY = 8; // ڕ ڵ ێ
const B_PRESENTATION = 9; // presentation forms

let profileFlags: Uint16Array | undefined;

function learnFlags(table: Uint16Array, c: number): number {
  let f = F_KNOWN;
  if (isArabicLetter(c)) {
    f |= F_AR | F_CONT;
    if (isForeignLetter(c)) f |= F_FOREIGN;
    if (c >= 0xfb50) f |= 1 << B_PRESENTATION;
    else if (c === 0x0629 || c === 0x0649 || c === 0x064a || c === 0x0643) f |= 1 << B_ARABIC_ONLY;
    else if (c === 0x0627) f |= F_ALEF;
    else if (c === 0x0695 || c === 0x06b5 || c === 0x06ce) f |= (1 << B_SORANI) | (1 << B_SORANI_ONLY);
    else if (c === 0x06c6 || c === 0x06d5) f |= 1 << B_SORANI;
  } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
    f |= F_OTHER | F_CONT;
  } else if (c >= 0x370 && !(c >= 0x0600 && c <= 0x08ff) && !(c >= 0xd800 && c <= 0xdfff) && LETTER.test(String.fromCharCode(c))) {
    f |= F_OTHER | F_CONT;
  } else {
    if ((c >= 0xd800 && c <= 0xdbff) || c === 0x06d4 || c === 0x200c || isLineBreak(c)) f |= F_MISC;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x200c || c === 0x200d || c === 0x0640) f |= F_CONT;
  }
  table[c] = f;
  return f;
}

/** Number of counters of a profile snapshot: words … presentation, then the five groups. */
const COUNTS = 13;

/**
 * Counts the profile of `text.slice(start, end)`. With `breaks`, also records, at each line
 * break, its position and the counters so far (1 + COUNTS numbers): the state resets at a line
 * break, so the profile of a paragraph is the difference of the snapshots around it, and one
 * pass serves the document and its paragraphs.
 */
function countProfile(text: string, start: number, end: number, breaks?: number[]): Profile {
  const groupOfLetter = getGroupOf();
  const table = (profileFlags ??= new Uint16Array(0x10000));
  // Counted in locals, not on an object, so the loop stays in registers.
  let words = 0;
  let arabic = 0;
  let other = 0;
  let foreign = 0;
  let arabicOnly = 0;
  let sorani = 0;
  let soraniOnly = 0;
  let presentation = 0;
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  let g3 = 0;
  let g4 = 0;
  let inWord = false;
  let prevArabic = false;
  if (breaks !== undefined) breaks.push(start - 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let f = table[c];
    if (f === 0) f = learnFlags(table, c);
    if ((f & F_AR) !== 0) {
      arabic++;
      arabicOnly += (f >> B_ARABIC_ONLY) & 1;
      sorani += (f >> B_SORANI) & 1;
      soraniOnly += (f >> B_SORANI_ONLY) & 1;
      presentation += (f >> B_PRESENTATION) & 1;
      // the article ال at the start of a word
      if ((f & F_ALEF) !== 0 && !inWord && i + 1 < end && text.charCodeAt(i + 1) === 0x0644) arabicOnly++;
      if ((f & F_FOREIGN) !== 0) {
        foreign++;
        const g = c < 0x900 ? groupOfLetter[c] : -1;
        if (g === URDU) g0++;
        else if (g === URDU_HEH) g1++;
        else if (g === PASHTO) g2++;
        else if (g === JAWI) g3++;
        else if (g === SARAIKI) g4++;
      }
      if (!inWord) words++;
      inWord = true;
      prevArabic = true;
      continue;
    }
    if ((f & F_OTHER) !== 0) {
      other++;
      if (!inWord) words++;
      inWord = true;
      prevArabic = false;
      continue;
    }
    let continues = (f & F_CONT) !== 0;
    if ((f & F_MISC) !== 0) {
      if (c === 0x06d4) {
        g0++; // the Urdu full stop ۔
      } else if (c === 0x200c) {
        if (prevArabic) foreign++; // ZWNJ inside a word: Persian می‌گوید, نخست‌وزیر
      } else if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 < end && LETTER.test(text.slice(i, i + 2))) {
          // a high surrogate that starts an astral letter
          other++;
          if (!inWord) words++;
          continues = true;
          prevArabic = false;
          i++;
        }
      } else if (breaks !== undefined) {
        breaks.push(i, words, arabic, other, foreign, arabicOnly, sorani, soraniOnly, presentation, g0, g1, g2, g3, g4);
      }
    }
    // Marks (harakat), ZWNJ/ZWJ and tatweel continue a word; anything else ends it.
    inWord = continues;
    if (!continues) prevArabic = false;
  }
  if (breaks !== undefined) breaks.push(end, words, arabic, other, foreign, arabicOnly, sorani, soraniOnly, presentation, g0, g1, g2, g3, g4);
  return { words, arabic, other, foreign, arabicOnly, sorani, soraniOnly, presentation, groups: [g0, g1, g2, g3, g4] };
}

/** The profile of `text` up to `end`. */
function profile(text: string, end: number): Profile {
  return countProfile(text, 0, end);
}

/** The profile between two snapshots of {@link countProfile} (at offsets `a` and `b` of `breaks`). */
function profileBetween(breaks: readonly number[], a: number, b: number): Profile {
  const d = (k: number): number => breaks[b + 1 + k] - breaks[a + 1 + k];
  return { words: d(0), arabic: d(1), other: d(2), foreign: d(3), arabicOnly: d(4), sorani: d(5), soraniOnly: d(6), presentation: d(7), groups: [d(8), d(9), d(10), d(11), d(12)] };
}

/** franc's margin over the runner-up, scaled by the sample's length, mapped to [0, 1). */
function margin(ranked: ReadonlyArray<readonly [string, number]>, length: number): number {
  if (ranked.length < 2) return 1;
  // franc normalises distances by the sample's length, so the same evidence gives a smaller
  // gap on a longer sample; multiplying back by the length makes the gap comparable.
  const gap = (ranked[0][1] - ranked[1][1]) * Math.min(length, SAMPLE);
  return 1 - Math.exp(-gap / 20);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The guess for a text whose profile is known. */
function guess(text: string, p: Profile, minWords: number): LanguageGuess {
  if (p.words < minWords || p.arabic + p.other === 0) return { code: 'und', score: 0 };
  const arabicScript = p.arabic >= p.other;
  const share = (arabicScript ? p.arabic : p.other) / (p.arabic + p.other);
  if (arabicScript && p.soraniOnly > 0 && p.sorani >= 0.02 * p.arabic) {
    // franc-min has no model of Central Kurdish in Arabic script (only Latin ckb): ڕ ڵ ێ
    // are Kurdish letters (سەرۆک، ڕزگار، ماڵ), and ە ۆ make up a good share of its vowels.
    return { code: 'ckb', score: round(share * Math.min(1, p.sorani / (0.06 * p.arabic))) };
  }
  if (arabicScript && p.foreign < 0.02 * p.arabic && p.arabicOnly > p.foreign) {
    // Next to no letter that Arabic does not use (a foreign name: گ in a place name), and
    // ة / ى / ال, which Persian and Urdu rarely write: Arabic, without asking franc. On short
    // text this is also more reliable than trigrams (franc reads الهجوم شن بواسطة طائرة مسيرة
    // مفخخة as Malay in Jawi script); the score grows with the number of such clues.
    return { code: 'arb', score: round(share * (1 - Math.exp(-p.arabicOnly / 4))) };
  }
  let sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Shaped text (ﺑﻐﺪﺍﺩ) has to be unshaped for franc's trigrams, which are on base letters.
  if (p.presentation > 0) sample = sample.normalize('NFKC');
  let ranked = francAll(sample, { minLength: 1 });
  if (ranked[0][0] === 'und') return { code: 'und', score: 0 };
  if (arabicScript) {
    const kept = ranked.filter(([lang]) => plausible(lang, p.groups));
    if (kept.length > 0) ranked = kept;
  }
  const code = ranked[0][0];
  return { code, score: round(share * margin(ranked, sample.length)) };
}

/**
 * Guesses the language of a text with franc-min's trigram profiles, plus the orthographic
 * clues that tell Arabic from its Arabic-script look-alikes: Persian (`pes`), Urdu (`urd`),
 * Pashto (`pbu`), Saraiki (`skr`), Malay in Jawi (`zlm`) and Central Kurdish (`ckb`, which
 * franc-min lacks). Returns ISO 639-3 codes: `arb` for Standard Arabic, `und` for a text of
 * fewer than `minWords` words (5 by default) or without letters. Meant for documents and
 * paragraphs: on a few words no detector is reliable. franc reads the first 2,048 code units.
 *
 * The score is franc's margin over the runner-up, scaled by the sample's length, times the
 * share of letters in the winning script: near 1 for a paragraph of one language, lower for
 * short or mixed text. Above 0.8 the guess was right on every paragraph we tested; a wrong
 * guess on a 5-word window scored at most 0.67.
 *
 * @param text - a document or paragraph
 * @param options - `{ minWords }`: below this many words the answer is `und`
 * @returns `{ code, score }`
 * @example
 * detectLanguage('نجا رئيس الوزراء العراقي من محاولة اغتيال بطائرة مسيرة مفخخة استهدفت منزله في بغداد')
 * // { code: 'arb', score: 0.936 }
 * detectLanguage('نخست‌وزیر عراق صبح یکشنبه از یک سوءقصد با پهپاد جان سالم به در برد و چند نفر از محافظانش زخمی شدند')
 * // { code: 'pes', score: 0.94 }
 * detectLanguage('مقتل ثلاثة أشخاص') // { code: 'und', score: 0 } (3 words)
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): LanguageGuess {
  assertString(text, 'detectLanguage');
  const minWords = readMinWords(options, 'detectLanguage');
  // The clues are counted over the whole text (a cheap pass over char codes); franc, when it
  // is asked, reads the first 2,048 code units.
  return guess(text, profile(text, text.length), minWords);
}

/**
 * Splits a text into paragraphs (runs of text between line breaks) and guesses the language
 * of each, as {@link detectLanguage}. Paragraphs shorter than `minWords` words get `und`.
 * An Arabic-script paragraph with no letter foreign to Arabic is Arabic without asking franc,
 * which keeps this fast on Arabic documents.
 *
 * @param text - a document
 * @param options - `{ minWords }`
 * @returns one entry per non-blank paragraph, `{ start, end, text, code, score }`, with
 *   `text === input.slice(start, end)` (surrounding white space excluded)
 * @example
 * detectParagraphLanguages('قال المتحدث باسم الحكومة إن التحقيق مستمر في الهجوم.\nThe spokesman said the investigation into the attack was continuing.')
 * // [{ start: 0, end: 52, text: 'قال المتحدث …', code: 'arb', score: 0.865 },
 * //  { start: 53, end: 121, text: 'The spokesman …', code: 'eng', score: 0.459 }]
 */
export function detectParagraphLanguages(text: string, options?: DetectLanguageOptions): ParagraphLanguage[] {
  assertString(text, 'detectParagraphLanguages');
  const minWords = readMinWords(options, 'detectParagraphLanguages');
  const breaks: number[] = [];
  countProfile(text, 0, text.length, breaks);
  return paragraphsOf(text, breaks, minWords);
}

/** A document's language and, if asked, its paragraphs' (see {@link detectDocumentLanguages}). */
export interface DocumentLanguages {
  lang: LanguageGuess;
  /** Set when paragraphs were asked for and the document is Arabic. */
  paragraphs?: ParagraphLanguage[];
}

/**
 * `detectLanguage(text)` and, when `paragraphs` is set and the document is Arabic,
 * `detectParagraphLanguages(text)`, with one pass over the text for both (used by the stage).
 *
 * @param text - a document (already checked to be a string)
 * @param minWords - as in {@link DetectLanguageOptions}, already checked
 * @param paragraphs - whether to guess the paragraphs of an Arabic document
 * @returns `{ lang, paragraphs }`
 */
export function detectDocumentLanguages(text: string, minWords: number, paragraphs: boolean): DocumentLanguages {
  if (!paragraphs) return { lang: guess(text, profile(text, text.length), minWords) };
  const breaks: number[] = [];
  // The last snapshot holds the whole text's counts: paragraph states reset at line breaks and
  // the white space between paragraphs counts nothing, so this is profile(text).
  const whole = countProfile(text, 0, text.length, breaks);
  const lang = guess(text, whole, minWords);
  if (lang.code !== 'arb') return { lang };
  return { lang, paragraphs: paragraphsOf(text, breaks, minWords) };
}

/** The paragraphs between the line breaks recorded by {@link countProfile}, with their languages. */
function paragraphsOf(text: string, breaks: readonly number[], minWords: number): ParagraphLanguage[] {
  const out: ParagraphLanguage[] = [];
  // Snapshot k - 1 - COUNTS is the line break before the paragraph (the first is at -1, all zero).
  for (let k = 1 + COUNTS; k < breaks.length; k += 1 + COUNTS) {
    const prev = k - 1 - COUNTS;
    const end = breaks[k];
    let s = breaks[prev] + 1;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const paragraph = text.slice(s, e);
      // franc-sized sample: a paragraph longer than that is counted again on its first 2,048 code units.
      const p = e - s > SAMPLE ? countProfile(text, s, s + SAMPLE) : profileBetween(breaks, prev, k);
      const lang = guess(paragraph, p, minWords);
      out.push({ start: s, end: e, text: paragraph, code: lang.code, score: lang.score });
    }
  }
  return out;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028 || c === 0x0b || c === 0x0c || c === 0x85;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}
