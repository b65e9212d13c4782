/**
 * The tokenizer's single pass over char codes. It reports `(start, end, kind)` triples to a
 * sink and allocates nothing per token, so `tokenize` (which builds Token objects) and
 * `splitSentences` (which does not need them) share it.
 *
 * Invariants (tested as properties): tokens are sorted, never overlap, never split a
 * surrogate pair, and the gaps between them are whitespace only (the JS `\s` set), so
 * tokens plus gaps rebuild the input exactly. Nothing is dropped: a character the tables
 * do not know becomes a `symbol` token.
 */
import type { TokenKind } from '../core/index.js';
import {
  AR,
  DIG,
  EMO,
  EMOD,
  EMO_T,
  FMT,
  FMT_BREAK,
  HI,
  LAT,
  LO,
  MARK,
  OL,
  PUNCT,
  PUNCT1,
  RI,
  SYM,
  TAG,
  TATWEEL,
  WS,
  astralClass,
  bmpClasses,
} from './chars.js';

export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_SYMBOL = 3;
export const K_LATIN = 4;
export const K_URL = 5;
export const K_EMAIL = 6;
export const K_HASHTAG = 7;
export const K_MENTION = 8;
export const K_EMOJI = 9;

/** Kind codes used by the scanner, in order. */
export const KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'latin', 'url', 'email', 'hashtag', 'mention', 'emoji'];

/** Receives each token as it is found. */
export type TokenSink = (start: number, end: number, kind: number) => void;

/**
 * Finds the tokens of `text` in one pass and reports each to `sink`.
 *
 * @param text - any string (not validated here)
 * @param sink - called once per token, in order
 */
export function scanTokens(text: string, sink: TokenSink): void {
  const t = bmpClasses();
  const n = text.length;
  // Position up to which a look-ahead for an e-mail address already failed (keeps a.b.c.d… linear).
  let emailFailUntil = -1;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let cls = t[c];
    if (cls === WS) {
      i++;
      continue;
    }
    const start = i;
    // Leading invisibles (an RLM before a word) belong to the token that follows them.
    if (cls === FMT || cls === FMT_BREAK) {
      do {
        i++;
        if (i === n) break;
        c = text.charCodeAt(i);
        cls = t[c];
      } while (cls === FMT || cls === FMT_BREAK);
      if (i === n || cls === WS) {
        sink(start, i, K_SYMBOL);
        continue;
      }
    }
    let end: number;
    let kind: number;
    switch (cls) {
      case AR:
      case TATWEEL:
        end = scanArabic(text, i + 1, t);
        kind = K_WORD;
        break;
      case LAT: {
        if (c < 0x80) {
          const u = urlEnd(text, i, t);
          if (u > 0) {
            end = u;
            kind = K_URL;
            break;
          }
          if (i >= emailFailUntil) {
            const e = emailEnd(text, i);
            if (e > 0) {
              end = e;
              kind = K_EMAIL;
              break;
            }
            emailFailUntil = -e;
          }
          const a = initialismEnd(text, i, t);
          if (a > 0) {
            end = a;
            kind = K_LATIN;
            break;
          }
        }
        end = scanLatin(text, i + 1, t);
        kind = K_LATIN;
        break;
      }
      case OL:
        end = scanOther(text, i + 1, t);
        kind = K_WORD;
        break;
      case DIG: {
        const k = c < 0x80 ? keycapEnd(text, i) : -1;
        if (k > 0) {
          end = k;
          kind = K_EMOJI;
          break;
        }
        if (c < 0x80 && i >= emailFailUntil) {
          const e = emailEnd(text, i);
          if (e > 0) {
            end = e;
            kind = K_EMAIL;
            break;
          }
          emailFailUntil = -e;
        }
        end = scanNumber(text, i + 1, t);
        kind = K_NUMBER;
        break;
      }
      case MARK:
        // A mark with no base (at the start, after a space): a symbol token of its own.
        end = i + 1;
        kind = K_SYMBOL;
        break;
      case PUNCT: {
        if (c === 0x23 /* # */) {
          const k = keycapEnd(text, i);
          if (k > 0) {
            end = k;
            kind = K_EMOJI;
            break;
          }
          const h = hashtagEnd(text, i, t);
          if (h > 0) {
            end = h;
            kind = K_HASHTAG;
            break;
          }
        } else if (c === 0x40 /* @ */) {
          const m = mentionEnd(text, i);
          if (m > 0) {
            end = m;
            kind = K_MENTION;
            break;
          }
        } else if (c === 0x2a /* * */) {
          const k = keycapEnd(text, i);
          if (k > 0) {
            end = k;
            kind = K_EMOJI;
            break;
          }
        }
        end = i + 1;
        while (end < n && text.charCodeAt(end) === c) end++;
        kind = K_PUNCT;
        break;
      }
      case PUNCT1:
        end = i + 1;
        kind = K_PUNCT;
        break;
      case EMO:
        end = scanEmoji(text, i + 1, t);
        kind = K_EMOJI;
        break;
      case EMO_T:
        if (emojiFollows(text, i + 1, t)) {
          end = scanEmoji(text, i + 1, t);
          kind = K_EMOJI;
        } else {
          end = i + 1;
          kind = K_SYMBOL;
        }
        break;
      case HI: {
        const lo = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (lo < 0xdc00 || lo > 0xdfff) {
          end = i + 1; // a lone surrogate: kept, as a symbol
          kind = K_SYMBOL;
          break;
        }
        const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        const acls = astralClass(cp);
        end = i + 2;
        if (acls === EMO || acls === RI || acls === EMOD) {
          end = acls === RI ? regionalEnd(text, end) : scanEmoji(text, end, t);
          kind = K_EMOJI;
        } else if (acls === EMO_T) {
          if (emojiFollows(text, end, t)) {
            end = scanEmoji(text, end, t);
            kind = K_EMOJI;
          } else kind = K_SYMBOL;
        } else if (acls === AR) {
          end = scanArabic(text, end, t);
          kind = K_WORD;
        } else if (acls === LAT || acls === OL) {
          end = scanOther(text, end, t);
          kind = K_WORD;
        } else if (acls === DIG) kind = K_NUMBER;
        else if (acls === PUNCT) kind = K_PUNCT;
        else kind = K_SYMBOL;
        break;
      }
      default:
        // SYM (and a lone low surrogate): a run of the same code unit is one token (***, ==).
        end = i + 1;
        if (cls === SYM) while (end < n && text.charCodeAt(end) === c) end++;
        kind = K_SYMBOL;
    }
    // Trailing marks and invisibles stay with the token they follow (a shadda after a digit,
    // an RLM after a comma): gaps are whitespace only and no character is lost.
    end = absorbExtenders(text, end, t);
    sink(start, end, kind);
    i = end;
  }
}

function absorbExtenders(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const cls = t[text.charCodeAt(i)];
    if (cls === MARK || cls === FMT || cls === FMT_BREAK) i++;
    else if (cls === HI && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo < 0xdc00 || lo > 0xdfff) break;
      const a = astralClass(((text.charCodeAt(i) - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
      if (a === MARK || a === TAG || a === FMT) i += 2;
      else break;
    } else break;
  }
  return i;
}

/** Astral class of the pair at `i`, or -1 if there is no valid pair there. */
function astralAt(text: string, i: number): number {
  if (i + 1 >= text.length) return -1;
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  if (hi < 0xd800 || hi > 0xdbff || lo < 0xdc00 || lo > 0xdfff) return -1;
  return astralClass(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
}

// An Arabic word: letters, harakat, tatweel, and ZWNJ/ZWJ/bidi marks inside it (قال، مُحمّد، بـالعراق).
function scanArabic(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const cls = t[text.charCodeAt(i)];
    if (cls === AR || cls === MARK || cls === TATWEEL || cls === FMT) i++;
    else if (cls === HI && astralAt(text, i) === AR) i += 2;
    else break;
  }
  return i;
}

// A word of another script (עברית, ελληνικά, 中文): a run of its letters and marks.
function scanOther(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const cls = t[text.charCodeAt(i)];
    if (cls === OL || cls === MARK || cls === FMT) i++;
    else if (cls === HI) {
      const a = astralAt(text, i);
      if (a === OL || a === LAT) i += 2;
      else break;
    } else break;
  }
  return i;
}

// A Latin word: letters, digits (F16, COVID19), marks, and one ' ’ - _ between two of them (C-RAM, don't).
function scanLatin(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = t[c];
    if (cls === LAT || cls === DIG || cls === MARK || cls === FMT) i++;
    else if ((c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x5f) && i + 1 < n) {
      const next = t[text.charCodeAt(i + 1)];
      if (next === LAT || next === DIG) i += 2;
      else break;
    } else break;
  }
  return i;
}

// Dotted initialisms as one token: U.S. U.S.A e.g. a.m. (but not a.b, which may be anything).
function initialismEnd(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  let j = i;
  let letters = 0;
  let dots = 0;
  while (j < n && isAsciiLetter(text.charCodeAt(j))) {
    // each part is exactly one letter
    if (j + 1 < n && t[text.charCodeAt(j + 1)] === LAT) break;
    letters++;
    j++;
    if (j < n && text.charCodeAt(j) === 0x2e) {
      dots++;
      j++;
    } else break;
  }
  if (letters < 2) return -1;
  // U.S.A → keep the last letter; "a.b." with 2 letters needs its final dot
  if (dots >= 2 || (letters === 2 && dots === 2)) return j;
  return -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Numbers: digit groups of any script joined by a decimal point (. or ٫) before a digit, or a
 * thousands separator (, or ٬) before exactly three digits: 3.5، ٣٫٥، 1,000، ١٬٠٠٠، 7.11.2021.
 * "25, 2024" stays two numbers (a space follows the comma); the percent sign is its own token.
 */
function scanNumber(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  for (;;) {
    while (i < n && t[text.charCodeAt(i)] === DIG) i++;
    if (i + 1 >= n) return i;
    const s = text.charCodeAt(i);
    if (s === 0x2e || s === 0x066b) {
      if (t[text.charCodeAt(i + 1)] === DIG) {
        i++;
        continue;
      }
    } else if (s === 0x2c || s === 0x066c) {
      if (
        i + 3 < n &&
        t[text.charCodeAt(i + 1)] === DIG &&
        t[text.charCodeAt(i + 2)] === DIG &&
        t[text.charCodeAt(i + 3)] === DIG &&
        (i + 4 >= n || t[text.charCodeAt(i + 4)] !== DIG)
      ) {
        i += 4;
        continue;
      }
    }
    return i;
  }
}

// Keycap emoji: 1️⃣ #️⃣ *⃣ — [0-9#*] (U+FE0F) U+20E3.
function keycapEnd(text: string, i: number): number {
  const a = text.charCodeAt(i + 1);
  if (a === 0x20e3) return i + 2;
  if (a === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3) return i + 3;
  return -1;
}

function emojiFollows(text: string, i: number, t: Uint8Array): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 0xfe0f) return true;
  if (c === 0x200d) return isPictographicAt(text, i + 1, t) > 0;
  return t[c] === HI && astralAt(text, i) === EMOD;
}

/** Width (1 or 2) of a pictographic code point at `i`, or 0. */
function isPictographicAt(text: string, i: number, t: Uint8Array): number {
  if (i >= text.length) return 0;
  const cls = t[text.charCodeAt(i)];
  if (cls === EMO || cls === EMO_T) return 1;
  if (cls === HI) {
    const a = astralAt(text, i);
    if (a === EMO || a === EMO_T || a === EMOD) return 2;
  }
  return 0;
}

function regionalEnd(text: string, i: number): number {
  return astralAt(text, i) === RI ? i + 2 : i;
}

// After an emoji base: variation selectors, skin tones, keycap, tags, and ZWJ + another
// pictograph (👨‍👩‍👧، ❤️‍🔥، 🏳️‍🌈، 👍🏽، 🏴󠁧󠁢󠁳󠁣󠁴󠁿).
function scanEmoji(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) i++;
    else if (c === 0x200d) {
      const w = isPictographicAt(text, i + 1, t);
      if (w === 0) break;
      i += 1 + w;
    } else if (t[c] === HI) {
      const a = astralAt(text, i);
      if (a === EMOD || a === TAG) i += 2;
      else break;
    } else break;
  }
  return i;
}

/**
 * URLs: http(s)://, ftp:// or www. up to a space or a character that cannot be in a URL
 * (« » " < > ، ؛ ؟). Arabic letters are allowed (IRIs). Trailing . , ; : ! ? ' * and an
 * unbalanced ) ] } are left out: (انظر https://example.com/a). → the URL stops before ").".
 */
function urlEnd(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  const c0 = text.charCodeAt(i) | 0x20;
  let j: number;
  if (c0 === 0x68 /* h */) {
    if (!startsWithCI(text, i, 'http')) return -1;
    j = i + 4;
    if ((text.charCodeAt(j) | 0x20) === 0x73) j++;
    if (!text.startsWith('://', j)) return -1;
    j += 3;
  } else if (c0 === 0x66 /* f */) {
    if (!startsWithCI(text, i, 'ftp://')) return -1;
    j = i + 6;
  } else if (c0 === 0x77 /* w */) {
    if (!startsWithCI(text, i, 'www.') || !isAsciiAlnum(text.charCodeAt(i + 4))) return -1;
    j = i + 4;
  } else return -1;
  const bodyStart = j;
  let open = 0; // unbalanced ( [ { inside the URL
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (c <= 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x5c || c === 0x5e || c === 0x7c || c === 0x7f) break;
      if (c === 0x28 || c === 0x5b || c === 0x7b) open++;
      else if (c === 0x29 || c === 0x5d || c === 0x7d) open--;
      j++;
    } else {
      const cls = t[c];
      if (cls === AR || cls === LAT || cls === OL || cls === DIG || cls === MARK || cls === TATWEEL) j++;
      else break;
    }
  }
  while (j > bodyStart) {
    const c = text.charCodeAt(j - 1);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a) j--;
    else if ((c === 0x29 || c === 0x5d || c === 0x7d) && open < 0) {
      open++;
      j--;
    } else break;
  }
  return j > bodyStart ? j : -1;
}

function startsWithCI(text: string, i: number, ascii: string): boolean {
  if (i + ascii.length > text.length) return false;
  for (let k = 0; k < ascii.length; k++) {
    const c = text.charCodeAt(i + k);
    const a = ascii.charCodeAt(k);
    if (c !== a && (c | 0x20) !== a) return false;
  }
  return true;
}

function isLocalPart(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/**
 * E-mail address at `i` (ASCII local part @ domain with at least one dot and a letter TLD).
 * Returns its end, or minus the position where the local part stopped (no start before it can succeed).
 */
function emailEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && isLocalPart(text.charCodeAt(j))) j++;
  if (j >= n || text.charCodeAt(j) !== 0x40 || text.charCodeAt(j - 1) === 0x2e) return -j;
  let k = j + 1;
  let labels = 0;
  let lastStart = k;
  for (;;) {
    const ls = k;
    while (k < n && (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d)) k++;
    if (k === ls) break;
    labels++;
    lastStart = ls;
    if (k + 1 < n && text.charCodeAt(k) === 0x2e && isAsciiAlnum(text.charCodeAt(k + 1))) k++;
    else break;
  }
  if (labels < 2 || k - lastStart < 2) return -j;
  for (let m = lastStart; m < k; m++) if (!isAsciiLetter(text.charCodeAt(m))) return -j;
  return k;
}

// #العراق #Iraq #مصطفى_الكاظمي: '#' then letters/digits/_ of any script, at least one letter.
function hashtagEnd(text: string, i: number, t: Uint8Array): number {
  const n = text.length;
  let j = i + 1;
  let letter = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    const cls = t[c];
    if (cls === AR || cls === LAT || cls === OL) {
      letter = true;
      j++;
    } else if (cls === DIG || cls === MARK || cls === TATWEEL || c === 0x5f) j++;
    else if (cls === FMT && j + 1 < n && t[text.charCodeAt(j + 1)] !== WS) j++;
    else break;
  }
  return letter ? j : -1;
}

// @handle: ASCII letters, digits and _ (as on X/Twitter, Instagram).
function mentionEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c) || c === 0x5f) j++;
    else break;
  }
  return j > i + 1 ? j : -1;
}
