import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, createNormalizer, normalize, normalizeWithMap } from '../../src/normalize/index.js';
import type { Normalized } from '../../src/normalize/index.js';
import { isUnnamed, text } from './arbitraries.js';

const RUNS = Number(process.env.DHAD_FC_RUNS ?? 1500);

/** CAMeL Tools 1.6, transcribed from its Python (regex substitutions in this order). */
function camelReference(s: string): string {
  return s
    .replace(/[\u064b-\u0652\u0670]/g, '')
    .replace(/[\u0625\u0623\u0671\u0622]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647');
}

/** Lucene's ArabicNormalizer.normalize, transcribed from its Java switch. */
function luceneReference(s: string): string {
  let out = '';
  for (const ch of s.split('')) {
    switch (ch) {
      case '\u0622': case '\u0623': case '\u0625': out += '\u0627'; break;
      case '\u0649': out += '\u064a'; break;
      case '\u0629': out += '\u0647'; break;
      case '\u0640': case '\u064b': case '\u064c': case '\u064d': case '\u064e':
      case '\u064f': case '\u0650': case '\u0651': case '\u0652': break;
      default: out += ch;
    }
  }
  return out;
}

function unnamedUnits(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) if (isUnnamed(s.charCodeAt(i))) r += s[i];
  return r;
}

/** Is `sub` a subsequence of `s`? (A presentation form ﭖ may add a پ; nothing may go missing.) */
function isSubsequence(sub: string, s: string): boolean {
  let k = 0;
  for (let i = 0; i < s.length && k < sub.length; i++) if (s[i] === sub[k]) k++;
  return k === sub.length;
}

describe.each(PRESET_NAMES)('preset %s', (preset) => {
  const fold = createNormalizer(preset);
  it('is idempotent', () => {
    fc.assert(fc.property(text, (s) => fold(fold(s)) === fold(s)), { numRuns: RUNS });
  });
  it('never deletes or changes a character that no rule names (emoji, Hebrew, CJK, Latin, lone surrogates)', () => {
    fc.assert(fc.property(text, (s) => isSubsequence(unnamedUnits(s), unnamedUnits(fold(s)))), { numRuns: RUNS });
  });
  it('normalize, createNormalizer and normalizeWithMap agree', () => {
    fc.assert(
      fc.property(text, (s) => normalize(s, preset) === fold(s) && normalizeWithMap(s, preset).text === fold(s)),
      { numRuns: RUNS },
    );
  });
  it('alignment: toOriginal of a range gives text whose normalisation contains it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeWithMap(s, preset);
        const m = n.text.length;
        const start = m === 0 ? 0 : a % (m + 1);
        const end = m === 0 ? 0 : start + (b % (m - start + 1));
        const o = n.toOriginal({ start, end });
        if (o === undefined) return false;
        return fold(s.slice(o.start, o.end)).includes(n.text.slice(start, end));
      }),
      { numRuns: RUNS },
    );
  });
  it('alignment: the whole output maps to the whole input, and ranges are monotone', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normalizeWithMap(s, preset);
        const whole = n.toOriginal({ start: 0, end: n.text.length });
        expect(whole).toEqual({ start: 0, end: s.length });
        expect(n.toNormalized({ start: 0, end: s.length })).toEqual({ start: 0, end: n.text.length });
        let prev = { start: 0, end: 0 };
        for (let u = 0; u < n.text.length; u++) {
          const r = n.toOriginal({ start: u, end: u + 1 }) as { start: number; end: number };
          expect(r.start).toBeGreaterThanOrEqual(prev.start);
          expect(r.end).toBeGreaterThanOrEqual(prev.end);
          expect(r.end).toBeGreaterThan(r.start);
          prev = r;
        }
      }),
      { numRuns: RUNS },
    );
  });
  it('alignment: conversions round-trip to a covering range', () => {
    const covers = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
      outer.start <= inner.start && inner.end <= outer.end;
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const n: Normalized = normalizeWithMap(s, preset);
        const m = n.text.length;
        if (m > 0) {
          const start = a % m;
          const end = start + 1 + (b % (m - start));
          const o = n.toOriginal({ start, end })!;
          if (!covers(n.toNormalized(o)!, { start, end })) return false;
        }
        if (s.length > 0) {
          const start = a % s.length;
          const end = start + 1 + (b % (s.length - start));
          const t = n.toNormalized({ start, end })!;
          if (m > 0 && !covers(n.toOriginal(t)!, { start, end })) return false;
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  });
});

describe('compatibility presets are byte-identical to the reference tools', () => {
  it('camel = CAMeL Tools', () => {
    fc.assert(fc.property(text, (s) => normalize(s, 'camel') === camelReference(s)), { numRuns: 3000 });
  });
  it('lucene = Lucene ArabicNormalizer', () => {
    fc.assert(fc.property(text, (s) => normalize(s, 'lucene') === luceneReference(s)), { numRuns: 3000 });
  });
});

describe('display and search compose like NFC on the marks they keep', () => {
  it('display(s) = display(NFC(s)) for text of letters and Arabic marks', () => {
    const arabic = fc
      .array(fc.constantFrom(...Array.from('اويەہےبسم\u0653\u0654\u0655\u064b\u064e\u0650\u0651\u0652\u0670\u0610\u0656\u06e3')), { maxLength: 20 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(arabic, (s) => normalize(s, 'display') === s.normalize('NFC') && normalize(s.normalize('NFD'), 'display') === s.normalize('NFC')),
      { numRuns: 3000 },
    );
  });
});
