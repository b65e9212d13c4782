import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment, Token } from '../../src/core/index.js';
import { normalize } from '../../src/normalize/index.js';
import { segmentClitics, splitSentences, tokenize } from '../../src/tokenize/index.js';

const range = (from: number, to: number): fc.Arbitrary<string> => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));

// Pieces of text: single code units from the Arabic blocks, presentation forms, marks,
// invisibles, surrogates (lone or paired), Latin, digits, punctuation and whitespace, plus
// whole words, emoji sequences and URL-ish fragments that exercise the longer rules.
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: range(0x0600, 0x06ff) },
  { weight: 2, arbitrary: range(0x0750, 0x077f) },
  { weight: 1, arbitrary: range(0x08a0, 0x08ff) },
  { weight: 2, arbitrary: range(0xfb50, 0xfdff) },
  { weight: 2, arbitrary: range(0xfe70, 0xfeff) },
  { weight: 2, arbitrary: fc.constantFrom('\u064b', '\u064e', '\u0651', '\u0652', '\u0670', '\u0654', '\u0640', '\u0300', '\ufe0f', '\u20e3') },
  { weight: 2, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202b', '\u2066', '\u2069', '\u2060', '\u00ad', '\ufeff') },
  { weight: 2, arbitrary: range(0xd800, 0xdfff) },
  { weight: 2, arbitrary: fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '🇮🇶', '❤️', '❤', '#️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '𝐀', '𠀀', '\u{1EE00}') },
  { weight: 3, arbitrary: range(0x20, 0x7e) },
  { weight: 2, arbitrary: range(0x0660, 0x0669) },
  { weight: 1, arbitrary: range(0x06f0, 0x06f9) },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2029', '\u3000') },
  { weight: 2, arbitrary: fc.constantFrom('.', '..', '...', '،', '؛', '؟', '«', '»', '!', '?', '…', '٫', '٬', ',', '%', '٪', '"', '(', ')', '-', '#', '@') },
  { weight: 2, arbitrary: fc.constantFrom('والعراق', 'بـ', 'كــ', 'للكاظمي', 'فيها', 'مُحَمَّد', 'ﻻ', 'ﷲ', '﷽', 'https://', 'www.', 'a@b.co', 'U.S.', 'د.', '3.5', '1,000', 'הַ', 'Ω') },
  { weight: 1, arbitrary: range(0x00, 0x1f) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);
const text: fc.Arbitrary<string> = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (s: string, at: number): boolean => at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at));
const WHITESPACE = /^\s*$/;

function checkTokens(input: string, tokens: Token[]): void {
  let pos = 0;
  let rebuilt = '';
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(pos);
    expect(t.end).toBeGreaterThan(t.start);
    expect(input.slice(t.start, t.end)).toBe(t.text);
    expect(input.slice(pos, t.start)).toMatch(WHITESPACE);
    expect(splitsPair(input, t.start) || splitsPair(input, t.end)).toBe(false);
    rebuilt += input.slice(pos, t.start) + t.text;
    pos = t.end;
  }
  expect(input.slice(pos)).toMatch(WHITESPACE);
  rebuilt += input.slice(pos);
  expect(rebuilt).toBe(input);
}

function checkSegments(word: string, segments: Segment[]): void {
  let pos = 0;
  for (const s of segments) {
    expect(s.start).toBe(pos);
    expect(s.end).toBeGreaterThan(s.start);
    expect(word.slice(s.start, s.end)).toBe(s.text);
    expect(s.norm).toBe(normalize(s.text, 'search'));
    pos = s.end;
  }
  expect(pos).toBe(word.length);
}

describe('tokenize properties', () => {
  it('tokens are in order, never overlap, point into the input, and with whitespace gaps rebuild it', () => {
    fc.assert(
      fc.property(text, (s) => {
        checkTokens(s, tokenize(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('norm is the search-normalised text of the token', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const t of tokenize(s)) expect(t.norm).toBe(normalize(t.text, 'search'));
      }),
      { numRuns: 500 },
    );
  });

  it('segments rebuild their token (conservative rules and with a lexicon)', () => {
    const isStem = (x: string): boolean => x.length % 2 === 0;
    fc.assert(
      fc.property(text, (s) => {
        for (const options of [{ clitics: true }, { clitics: { isStem } }] as const) {
          const tokens = tokenize(s, options);
          checkTokens(s, tokens);
          for (const t of tokens) if (t.segments) checkSegments(t.text, t.segments);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('segmentClitics covers any string, segment by segment', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, withLexicon) => {
        const segments = segmentClitics(s, withLexicon ? { isStem: (x) => x.length > 2 } : undefined);
        if (s.length === 0) expect(segments).toEqual([]);
        else checkSegments(s, segments);
      }),
      { numRuns: 1000 },
    );
  });

  it('sentences are in order, trimmed, cover every token, and split no pair', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('split', 'join') as fc.Arbitrary<'split' | 'join'>, (s, lineBreaks) => {
        const sentences = splitSentences(s, { lineBreaks });
        let pos = 0;
        for (const x of sentences) {
          expect(x.start).toBeGreaterThanOrEqual(pos);
          expect(x.end).toBeGreaterThan(x.start);
          expect(s.slice(x.start, x.end)).toBe(x.text);
          expect(s.slice(pos, x.start)).toMatch(WHITESPACE);
          expect(x.text).toBe(x.text.replace(/^\s+|\s+$/g, ''));
          expect(splitsPair(s, x.start) || splitsPair(s, x.end)).toBe(false);
          pos = x.end;
        }
        expect(s.slice(pos)).toMatch(WHITESPACE);
      }),
      { numRuns: 1000 },
    );
  });
});
