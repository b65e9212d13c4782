import type { Segment, Token } from '../core/index.js';
import { DhadError, assertString, describeValue } from '../core/index.js';
import { checkCliticOptions, procliticOnly, segmentWord } from './clitics.js';
import { searchForm, searchTable } from './fastnorm.js';
import type { CliticOptions } from './clitics.js';
import { AR, bmpClasses } from './chars.js';
import { KIND_NAMES, K_WORD, scanTokens } from './scan.js';

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * Attach `segments` (proclitic / stem / enclitic) to Arabic word tokens that split, using
   * {@link segmentClitics}: `true` for the conservative rules, `{ isStem }` to split only where the
   * remainder is a known stem. Default `false`. Either way, a word made only of proclitics and
   * a tatweel (بـ in بـ3) always carries its proclitic segments.
   */
  clitics?: boolean | CliticOptions;
}

/** Resolved options: whether to segment, and the stem check. */
export interface ResolvedOptions {
  clitics: boolean;
  isStem: ((s: string) => boolean) | undefined;
}

/** Validates tokenize options; throws `DhadError` on an unknown key or a bad value. */
export function resolveTokenizeOptions(options: unknown, where: string): ResolvedOptions {
  if (options === undefined) return { clitics: false, isStem: undefined };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError('INVALID_OPTION', `${where}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'clitics') throw new DhadError('UNKNOWN_OPTION', `${where}: unknown option "${key}" (expected clitics)`);
  }
  const clitics = (options as TokenizeOptions).clitics;
  if (clitics === undefined || clitics === false) return { clitics: false, isStem: undefined };
  if (clitics === true) return { clitics: true, isStem: undefined };
  if (clitics === null || typeof clitics !== 'object') {
    throw new DhadError('INVALID_OPTION', `${where}: clitics must be a boolean or { isStem }, got ${describeValue(clitics)}`);
  }
  return { clitics: true, isStem: checkCliticOptions(clitics, `${where}: clitics`) };
}

/**
 * Splits text into tokens with their offsets, verbatim text, normalised form and kind, in one
 * pass over the char codes. Whitespace is not a token; every other character is in exactly one.
 *
 * - `word`: an Arabic word with its harakat, tatweel, ZWNJ/ZWJ and bidi marks inside (مُحمّد،
 *   بـالعراق); also runs of letters of other non-Latin scripts (עברית، Ελλάδα).
 * - `number`: digits of any script; decimals with . or ٫ (3.5، ٣٫٥), thousands with , or ٬
 *   before exactly three digits (1,000، ١٬٠٠٠), dotted dates (7.11.2021). The sign % ٪ is a
 *   separate `symbol`; 2021م is a number and a word.
 * - `punct`: ، ؛ ؟ « » . , : ! ( ) " - …; a run of the same mark is one token (... ؟؟ --).
 * - `latin`: Latin words, with digits and inner ' ’ - _ (C-RAM، COVID-19، don't), initialisms (U.S.).
 * - `url`, `email`, `hashtag` (#العراق، #Iraq), `mention` (@handle), `emoji` (whole ZWJ
 *   sequences, flags, keycaps, skin tones, variation selectors: 👨‍👩‍👧 🇮🇶 👍🏽).
 * - `symbol`: everything else (+ = © %), control characters, lone surrogates, a mark with no base.
 *
 * Clitics written with a tatweel before a non-Arabic token or a space (بـ3، بـ"رئيس"، كــ الولايات،
 * الـ20) become a `word` token of their own whose `segments` are all `proclitic`, so a later
 * tagger sees that بـ attaches to 3.
 *
 * @param text - the input; never rewritten
 * @param options - `{ clitics }`: segment Arabic words into proclitics, stem and enclitic
 * @returns tokens in order; `text.slice(t.start, t.end) === t.text`; `norm` is the `search` form
 * @example
 * tokenize('قال الكاظمي، بـ3 طائرات.')
 * // [{ text: 'قال', start: 0, end: 3, norm: 'قال', kind: 'word' },
 * //  { text: 'الكاظمي', start: 4, end: 11, norm: 'الكاظمي', kind: 'word' },
 * //  { text: '،', start: 11, end: 12, norm: '،', kind: 'punct' },
 * //  { text: 'بـ', start: 13, end: 15, norm: 'ب', kind: 'word',
 * //    segments: [{ text: 'بـ', start: 0, end: 2, norm: 'ب', role: 'proclitic' }] },
 * //  { text: '3', start: 15, end: 16, norm: '3', kind: 'number' },
 * //  { text: 'طائرات', start: 17, end: 23, norm: 'طايرات', kind: 'word' },
 * //  { text: '.', start: 23, end: 24, norm: '.', kind: 'punct' }]
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertString(text, 'tokenize');
  const opts = resolveTokenizeOptions(options, 'tokenize');
  return tokenizeResolved(text, opts);
}

/** tokenize with options already validated (used by the stage). */
export function tokenizeResolved(text: string, opts: ResolvedOptions): Token[] {
  const tokens: Token[] = [];
  if (text.length === 0) return tokens;
  // Repeated tokens share their strings (في، من، الكاظمي recur on every line, and from one
  // article to the next): a direct-mapped table of 4,096 slots kept between calls. Besides the
  // slices it saves, later stages look the same string objects up in their lexicons, and V8
  // hashes a string once.
  scanInto(text, opts, tokens, internTable ?? (internTable = new Array<string | undefined>(2 * INTERN_SLOTS)));
  return tokens;
}

/** The shared intern table: token text at 2k, its search form at 2k + 1 (bounded: slots are overwritten). */
let internTable: (string | undefined)[] | undefined;
const INTERN_SLOTS = 4096;
const INTERN_MAX = 24;

/** Tokenizes `text` into `tokens`; `seen` holds the interned tokens: text at 2k, search form at 2k + 1. */
function scanInto(text: string, opts: ResolvedOptions, tokens: Token[], seen: (string | undefined)[]): void {
  const classes = bmpClasses();
  const { clitics, isStem } = opts;
  const fold = searchTable();
  const mask = (seen.length >> 1) - 1;
  scanTokens(text, (start, end, kind) => {
    let t: string;
    let norm: string;
    const len = end - start;
    if (len <= INTERN_MAX) {
      // One loop for the hash and for whether the search form is the text itself.
      let h = len;
      let same = true;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        h = (Math.imul(h, 31) + c) | 0;
        if (fold[c] !== c) same = false;
      }
      const slot = ((h ^ (h >>> 13)) & mask) << 1;
      const old = seen[slot];
      if (old !== undefined && old.length === len && sameUnits(text, start, old)) {
        t = old;
        norm = seen[slot + 1]!;
      } else {
        t = text.slice(start, end);
        norm = same ? t : searchForm(text, start, end, t);
        seen[slot] = t;
        seen[slot + 1] = norm;
      }
    } else {
      t = text.slice(start, end);
      norm = searchForm(text, start, end, t);
    }
    const token: Token = { text: t, start, end, norm, kind: KIND_NAMES[kind] };
    if (kind === K_WORD) {
      let segments: Segment[] | undefined;
      if (clitics) {
        if (hasArabic(t, classes)) segments = segmentWord(t, isStem);
      } else if (t.indexOf('\u0640') >= 0) segments = procliticOnly(t);
      if (segments !== undefined) token.segments = segments;
    }
    tokens.push(token);
  });
}

function sameUnits(text: string, start: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
  return true;
}

function hasArabic(t: string, classes: Uint8Array): boolean {
  for (let i = 0; i < t.length; i++) if (classes[t.charCodeAt(i)] === AR) return true;
  return false;
}
