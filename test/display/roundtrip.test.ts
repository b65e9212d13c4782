import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shape } from '../../src/display/index.js';
import { normalize } from '../../src/normalize/index.js';

const corpusDir = join(import.meta.dirname, '../../corpus/seed');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

// The normaliser's presentationForms rule is the inverse of shape.
describe("normalize(shape(x), 'display')", () => {
  it('gives back the seed articles', () => {
    for (const text of corpus) expect(normalize(shape(text), 'display')).toBe(normalize(text, 'display'));
  });

  it('gives back the seed articles verbatim where display normalisation leaves them', () => {
    let compared = 0;
    for (const text of corpus) {
      if (normalize(text, 'display') !== text) continue; // tatweel, NBSP: display normalisation changes them
      expect(normalize(shape(text), 'display')).toBe(text);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('undoes shaping of random Arabic text', () => {
    const unit = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىپچژگکیٹڈڑںےہھ', ' ', '\u064e', '\u0651', '\u0640');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        // Harakat between lam and alef move after the lam-alef ligature (see the next test).
        fc.pre(!/\u0644[\u064e\u0651]+[\u0622\u0623\u0625\u0627]/.test(s));
        expect(normalize(shape(s), 'display')).toBe(normalize(s, 'display'));
      }),
      { numRuns: 500 },
    );
  });

  it('moves harakat between lam and alef after the ligature (the only reordering)', () => {
    // لَا: the ligature ﻻ carries both letters, so its fatha can only follow it.
    expect(shape('\u0644\u064e\u0627')).toBe('\ufefb\u064e');
    expect(normalize(shape('\u0644\u064e\u0627'), 'display')).toBe('\u0644\u0627\u064e');
  });
});
