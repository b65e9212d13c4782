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

function profile(text: string, end: number): Profile {
  const p: Profile = { words: 0, arabic: 0, other: 0, foreign: 0, arabicOnly: 0, sorani: 0, soraniOnly: 0, presentation: 0, groups: [0, 0, 0, 0, 0] };
  const groups = getGroupOf();
  let inWord = false;
  let prevArabic = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    let letter = false;
    if (isArabicLetter(c)) {
      letter = true;
      p.arabic++;
      if (c >= 0xfb50) p.presentation++;
      // ة ى, and ي ك where Persian and Urdu write ی ک
      else if (c === 0x0629 || c === 0x0649 || c === 0x064a || c === 0x0643) p.arabicOnly++;
      else if (c === 0x0627 && !inWord && i + 1 < end && text.charCodeAt(i + 1) === 0x0644) p.arabicOnly++;
      else if (c === 0x0695 || c === 0x06b5 || c === 0x06ce) {
        p.sorani++;
        p.soraniOnly++;
      } else if (c === 0x06c6 || c === 0x06d5) p.sorani++;
      if (isForeignLetter(c)) {
        p.foreign++;
        const g = c < 0x900 ? groups[c] : -1;
        if (g >= 0) p.groups[g]++;
      }
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      letter = true;
      p.other++;
    } else if (c >= 0x370 && !(c >= 0x0600 && c <= 0x08ff) && !(c >= 0xd800 && c <= 0xdfff) && LETTER.test(text[i])) {
      letter = true;
      p.other++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && LETTER.test(text.slice(i, i + 2))) {
      letter = true;
      p.other++;
      i++;
    } else if (c === 0x06d4) {
      p.groups[URDU]++; // the Urdu full stop ۔
    } else if (c === 0x200c && prevArabic) {
      p.foreign++; // ZWNJ inside a word: Persian می‌گوید, نخست‌وزیر
    }
    // Marks (harakat) and ZWNJ/ZWJ/tatweel continue a word.
    const continues = letter || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x200c || c === 0x200d || c === 0x0640;
    if (letter && !inWord) p.words++;
    inWord = continues;
    if (letter) prevArabic = isArabicLetter(c);
    else if (!continues) prevArabic = false;
  }
  return p;
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
  const out: ParagraphLanguage[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let end = i;
    while (end < n && !isLineBreak(text.charCodeAt(end))) end++;
    let s = i;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const paragraph = text.slice(s, e);
      const p = profile(paragraph, Math.min(paragraph.length, SAMPLE));
      const lang = guess(paragraph, p, minWords);
      out.push({ start: s, end: e, text: paragraph, code: lang.code, score: lang.score });
    }
    i = end + 1;
  }
  return out;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028 || c === 0x0b || c === 0x0c || c === 0x85;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}
