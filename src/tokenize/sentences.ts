import type { Span } from '../core/index.js';
import { DhadError, assertString, describeValue } from '../core/index.js';
import { AR, LAT, bmpClasses } from './chars.js';
import { K_LATIN, K_NUMBER, K_PUNCT, K_WORD, scanTokens } from './scan.js';

/** Options of {@link splitSentences}. */
export interface SentenceOptions {
  /**
   * `'split'` (default): a line break ends a sentence — news text puts headlines, captions and
   * "أخبار ذات صلة" on lines of their own without a full stop. `'join'`: only a blank line
   * does — for hard-wrapped text (PDF extractions, e-mail) whose lines break mid-sentence.
   */
  lineBreaks?: 'split' | 'join';
}

/** A sentence: its span and its verbatim text. */
export type Sentence = Span & { text: string };

// Latin abbreviations that a full stop does not end a sentence after (Dr. Smith, Jan. 5).
let latinAbbreviations: ReadonlySet<string> | undefined;
/* @__NO_SIDE_EFFECTS__ */
function abbreviations(): ReadonlySet<string> {
  return (latinAbbreviations ??= new Set(
    ('Mr Mrs Ms Dr Prof Sr Jr St Mt Gen Col Lt Sgt Capt Maj Adm Gov Sen Rep Pres Sec Amb Rev Hon Inc Ltd Co Corp Bros ' +
      'vs etc al approx dept est fig figs no nos vol vols pp ed eds ch sec art ' +
      'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Vol Fig Art').split(' '),
  ));
}

/** Validates sentence options. */
export function resolveSentenceOptions(options: unknown, where: string): number {
  if (options === undefined) return 1;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError('INVALID_OPTION', `${where}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'lineBreaks') throw new DhadError('UNKNOWN_OPTION', `${where}: unknown option "${key}" (expected lineBreaks)`);
  }
  const v = (options as SentenceOptions).lineBreaks;
  if (v === undefined || v === 'split') return 1;
  if (v === 'join') return 2;
  throw new DhadError('INVALID_OPTION', `${where}: lineBreaks must be "split" or "join", got ${describeValue(v)}`);
}

const isTerminatorChar = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;

// Closing quotes and brackets that stay with the sentence they close: ."  .»  ?)  ؟"
const isCloserChar = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x203a || c === 0xfd3e || c === 0xfd3f;

/**
 * Splits text into sentences. A sentence ends at . ! ? ؟ … ۔ (and runs of them, ؟!) followed by
 * whitespace or the end, with the closing quotes and brackets right after the mark; and at a line
 * break (`lineBreaks: 'split'`, the default) or a blank line (`'join'`).
 *
 * Not a sentence end: a point inside a number (3.5), URL or e-mail (they are single tokens);
 * a point directly followed by a letter or digit (reuters.com); a point after a single Arabic
 * letter (د. م. أ. — titles and initials), except م/هـ after a number (2021م. is an era);
 * after a single Latin letter or a Latin abbreviation (J. Smith, Dr., Jan.); after a number
 * that opens a line (a list: "1. ..."); the Arabic headline separator ".." (العراق.. الكاظمي ينجو);
 * a point followed by a lowercase Latin word.
 * Spans exclude the whitespace around sentences.
 *
 * @param text - the input
 * @param options - `{ lineBreaks: 'split' | 'join' }`
 * @returns the sentences in order, each `{ start, end, text }` with `text === input.slice(start, end)`
 * @example
 * splitSentences('قال د. علي إن 3.5% أصيبوا. وأضاف: "انتهى!"\nأخبار ذات صلة')
 * // [{ start: 0, end: 26, text: 'قال د. علي إن 3.5% أصيبوا.' },
 * //  { start: 27, end: 42, text: 'وأضاف: "انتهى!"' },
 * //  { start: 43, end: 56, text: 'أخبار ذات صلة' }]
 */
export function splitSentences(text: string, options?: SentenceOptions): Sentence[] {
  assertString(text, 'splitSentences');
  const minBreaks = resolveSentenceOptions(options, 'splitSentences');
  return sentencesOf(text, minBreaks);
}

/** splitSentences with validated options: `minBreaks` line breaks in a gap end a sentence. */
export function sentencesOf(text: string, minBreaks: number): Sentence[] {
  const out: Sentence[] = [];
  const t = bmpClasses();
  let sentStart = -1;
  let lastEnd = 0;
  // A terminator was seen; the sentence ends at the next whitespace unless vetoed.
  let pending = false;
  let pendingDot = false;
  // The previous two tokens.
  let p1s = -1;
  let p1e = -1;
  let p1k = -1;
  let p2e = -1;
  let p2k = -1;
  let lineStartTok = 0; // start of the first token of the current line
  const close = (): void => {
    out.push({ start: sentStart, end: lastEnd, text: text.slice(sentStart, lastEnd) });
    sentStart = -1;
    pending = false;
  };
  scanTokens(text, (s, e, k) => {
    const first = p1e < 0;
    const gap = s > lastEnd;
    const breaks = gap && !first ? countLineBreaks(text, lastEnd, s, minBreaks) : 0;
    if (first || breaks > 0) lineStartTok = s;
    if (sentStart >= 0) {
      if (pending) {
        if (!gap && k === K_PUNCT && isCloserOrTerminator(text, s, e)) {
          // ؟!  ."  .»  !)  stay with the sentence they end
          lastEnd = e;
          p2e = p1e;
          p2k = p1k;
          p1s = s;
          p1e = e;
          p1k = k;
          return;
        }
        if (gap) {
          // "U.S. economy", "etc. and": a lowercase Latin word after a point continues the sentence
          const c = text.charCodeAt(s);
          if (pendingDot && breaks === 0 && c >= 0x61 && c <= 0x7a) pending = false;
          else close();
        } else pending = false; // reuters.com, الكاظمي.والجماعات
      }
      if (sentStart >= 0 && breaks >= minBreaks) close();
    }
    if (sentStart < 0) sentStart = s;
    lastEnd = e;
    if (k === K_PUNCT && isTerminatorToken(text, s, e)) {
      const dot = e - s === 1 && text.charCodeAt(s) === 0x2e;
      if (!dot || !isAbbreviationDot(text, t, s, p1s, p1e, p1k, p2e, p2k, lineStartTok)) {
        pending = true;
        pendingDot = dot;
      }
    }
    p2e = p1e;
    p2k = p1k;
    p1s = s;
    p1e = e;
    p1k = k;
  });
  if (sentStart >= 0) close();
  return out;
}

// Counts line breaks (\r\n counts once) in a whitespace gap, stopping once `enough` are found.
function countLineBreaks(text: string, from: number, to: number, enough: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x2029 || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      if (++count >= enough) return count;
    }
  }
  return count;
}

function isTerminatorToken(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (!isTerminatorChar(c)) return false;
  // ".." is the Arabic news headline separator (العراق.. الكاظمي ينجو), not a full stop
  if (c === 0x2e && e - s === 2) return false;
  return true;
}

function isCloserOrTerminator(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  return isCloserChar(c) || (isTerminatorChar(c) && !(c === 0x2e && e - s === 2));
}

function isAbbreviationDot(
  text: string,
  t: Uint8Array,
  s: number,
  p1s: number,
  p1e: number,
  p1k: number,
  p2e: number,
  p2k: number,
  lineStart: number,
): boolean {
  if (p1e !== s) return false; // a point after a space: not an abbreviation
  if (p1k === K_WORD) {
    // one Arabic letter: د. (دكتور) م. (مهندس) أ. (أستاذ) — but 2021م. / 1443هـ. end a sentence
    let letters = 0;
    let letter = 0;
    for (let i = p1s; i < p1e; i++) {
      const c = text.charCodeAt(i);
      if (t[c] === AR) {
        letters++;
        letter = c;
      }
    }
    // وأ.د. وم. — the conjunction و written onto the initial
    if (letters === 2 && text.charCodeAt(p1s) === 0x0648) letters = 1;
    if (letters !== 1) return false;
    if ((letter === 0x0645 || letter === 0x0647) && p2k === K_NUMBER && p2e >= 0) return false;
    return true;
  }
  if (p1k === K_LATIN) {
    if (p1e - p1s === 1 && t[text.charCodeAt(p1s)] === LAT) return true;
    return abbreviations().has(text.slice(p1s, p1e));
  }
  // "1. " at the start of a line is a list item
  if (p1k === K_NUMBER && p1s === lineStart) return true;
  return false;
}
