import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DhadError } from '../../src/core/index.js';
import { shape, shapeWithMap } from '../../src/display/index.js';

const cps = (s: string): number[] => [...s].map((c) => c.codePointAt(0)!);
const corpusDir = join(import.meta.dirname, '../../corpus/seed');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

// A dual-joining letter in its four forms: isolated, final, initial, medial.
const DUAL: Record<string, number[]> = {
  ب: [0xfe8f, 0xfe90, 0xfe91, 0xfe92],
  پ: [0xfb56, 0xfb57, 0xfb58, 0xfb59],
  چ: [0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d],
  گ: [0xfb92, 0xfb93, 0xfb94, 0xfb95],
  ی: [0xfbfc, 0xfbfd, 0xfbfe, 0xfbff],
  ک: [0xfb8e, 0xfb8f, 0xfb90, 0xfb91],
  ع: [0xfec9, 0xfeca, 0xfecb, 0xfecc],
  ه: [0xfee9, 0xfeea, 0xfeeb, 0xfeec],
};
// Right-joining letters: isolated, final.
const RIGHT: Record<string, number[]> = {
  ا: [0xfe8d, 0xfe8e],
  د: [0xfea9, 0xfeaa],
  ذ: [0xfeab, 0xfeac],
  ر: [0xfead, 0xfeae],
  ز: [0xfeaf, 0xfeb0],
  و: [0xfeed, 0xfeee],
  ژ: [0xfb8a, 0xfb8b],
  ة: [0xfe93, 0xfe94],
};

describe('shape: joining cases', () => {
  for (const [letter, [iso, fin, ini, med]] of Object.entries(DUAL)) {
    it(`dual-joining ${letter}: alone, initial, medial, final`, () => {
      expect(cps(shape(letter))).toEqual([iso]);
      expect(cps(shape(letter + letter))).toEqual([ini, fin]);
      expect(cps(shape(letter + letter + letter))).toEqual([ini, med, fin]);
    });
  }

  for (const [letter, [iso, fin]] of Object.entries(RIGHT)) {
    it(`right-joining ${letter} takes its final form and breaks the chain`, () => {
      expect(cps(shape(letter))).toEqual([iso]);
      // ب + X + ب: the first ب joins X, X cannot join the second ب, which stands alone
      expect(cps(shape('ب' + letter + 'ب'))).toEqual([0xfe91, fin, 0xfe8f]);
      // after a non-joining letter X stays isolated
      expect(cps(shape('د' + letter))).toEqual([0xfea9, iso]);
    });
  }

  it('a word: بغداد', () => {
    expect(cps(shape('بغداد'))).toEqual([0xfe91, 0xfed0, 0xfeaa, 0xfe8d, 0xfea9]);
  });

  it('lam-alef ligatures, all four alefs, isolated and final', () => {
    const cases: [string, number, number][] = [
      ['ا', 0xfefb, 0xfefc],
      ['أ', 0xfef7, 0xfef8],
      ['إ', 0xfef9, 0xfefa],
      ['آ', 0xfef5, 0xfef6],
    ];
    for (const [alef, iso, fin] of cases) {
      expect(cps(shape('ل' + alef))).toEqual([iso]);
      expect(cps(shape('ب' + 'ل' + alef))).toEqual([0xfe91, fin]);
      // after a right-joining letter the ligature is isolated again
      expect(cps(shape('د' + 'ل' + alef))).toEqual([0xfea9, iso]);
      // the ligature never joins what follows (alef is right-joining)
      expect(cps(shape('ل' + alef + 'ب'))).toEqual([iso, 0xfe8f]);
    }
    expect(cps(shape('السلام'))).toEqual([0xfe8d, 0xfedf, 0xfeb4, 0xfefc, 0xfee1]);
  });

  it('ligatures: false keeps lam and alef as two joined letters', () => {
    expect(cps(shape('لا', { ligatures: false }))).toEqual([0xfedf, 0xfe8e]);
    expect(cps(shape('بلا', { ligatures: false }))).toEqual([0xfe91, 0xfee0, 0xfe8e]);
  });

  it('harakat are transparent: they neither join nor break joining', () => {
    expect(cps(shape('بَب'))).toEqual([0xfe91, 0x64e, 0xfe90]);
    expect(cps(shape('مُحَمَّد'))).toEqual([0xfee3, 0x64f, 0xfea4, 0x64e, 0xfee4, 0x64e, 0x651, 0xfeaa]);
    // a mark at the start or end changes nothing
    expect(cps(shape('\u064eب\u064e'))).toEqual([0x64e, 0xfe8f, 0x64e]);
  });

  it('lam, haraka, alef is still one ligature, the haraka after it', () => {
    expect(cps(shape('لَا'))).toEqual([0xfefb, 0x64e]);
    expect(cps(shape('بل\u0651\u064eا'))).toEqual([0xfe91, 0xfefc, 0x651, 0x64e]); // marks keep their order
  });

  it('tatweel and ZWJ join on both sides; ZWNJ breaks', () => {
    expect(cps(shape('بـ'))).toEqual([0xfe91, 0x640]);
    expect(cps(shape('ـب'))).toEqual([0x640, 0xfe90]);
    expect(cps(shape('بـب'))).toEqual([0xfe91, 0x640, 0xfe90]);
    expect(cps(shape('ب\u200d'))).toEqual([0xfe91, 0x200d]);
    expect(cps(shape('\u200dب'))).toEqual([0x200d, 0xfe90]);
    expect(cps(shape('ب\u200cب'))).toEqual([0xfe8f, 0x200c, 0xfe8f]);
    // Persian می‌خواهم: ZWNJ keeps می apart from the verb
    expect(cps(shape('می\u200cخ'))).toEqual([0xfee3, 0xfbfd, 0x200c, 0xfea5]);
  });

  it('letters of other scripts and spaces break the chain', () => {
    expect(cps(shape('ب ب'))).toEqual([0xfe8f, 0x20, 0xfe8f]);
    expect(cps(shape('بxب'))).toEqual([0xfe8f, 0x78, 0xfe8f]);
    // Syriac letters are dual-joining in Unicode, but Arabic does not join across scripts
    expect(cps(shape('بܒ'))).toEqual([0xfe8f, 0x712]);
  });

  it('a letter without the needed form does not join: ں (noon ghunna) has only isolated and final', () => {
    expect(cps(shape('بں'))).toEqual([0xfe91, 0xfb9f]);
    expect(cps(shape('ںب'))).toEqual([0xfb9e, 0xfe8f]);
  });

  it('Urdu and Persian letters are shaped: ٹ ڈ ڑ ے ہ ھ', () => {
    expect(cps(shape('ٹٹ'))).toEqual([0xfb68, 0xfb67]);
    expect(cps(shape('بڈ'))).toEqual([0xfe91, 0xfb89]);
    expect(cps(shape('بڑ'))).toEqual([0xfe91, 0xfb8d]);
    expect(cps(shape('بے'))).toEqual([0xfe91, 0xfbaf]);
    expect(cps(shape('ہہ'))).toEqual([0xfba8, 0xfba7]);
    expect(cps(shape('ھھھ'))).toEqual([0xfbac, 0xfbad, 0xfbab]);
  });
});

describe('shape: what it leaves alone', () => {
  it('non-Arabic text is returned unchanged', () => {
    for (const s of ['', 'Baghdad 2021', 'Привет, мир', '日本語', '١٢٣ ، ؛ ؟', '😀👍🏽 \u{1F1EE}\u{1F1F6}', '\ud800 lone']) {
      expect(shape(s)).toBe(s);
    }
  });

  it('shaping shaped text changes nothing', () => {
    for (const text of corpus) {
      const once = shape(text);
      expect(shape(once)).toBe(once);
    }
  });

  it('NFKC of the shaped corpus equals NFKC of the corpus (shaping only picks glyph forms)', () => {
    for (const text of corpus) {
      const shaped = shape(text);
      expect(shaped).not.toBe(text);
      expect(shaped.normalize('NFKC')).toBe(text.normalize('NFKC'));
    }
  });
});

describe('shapeWithMap', () => {
  it('maps a ligature back to lam and alef', () => {
    const t = shapeWithMap('لا بد');
    expect(t.text).toBe(shape('لا بد'));
    expect(t.text.length).toBe(4);
    expect(t.toOriginal({ start: 0, end: 1 })).toEqual({ start: 0, end: 2 });
    expect(t.toOriginal({ start: 2, end: 4 })).toEqual({ start: 3, end: 5 });
    expect(t.toShaped({ start: 3, end: 5 })).toEqual({ start: 2, end: 4 });
    expect(t.toShaped({ start: 1, end: 2 })).toEqual({ start: 0, end: 1 }); // the alef alone: its ligature
    expect(t.toOriginal({ start: 0, end: 5 })).toBeUndefined();
    expect(t.toShaped({ start: -1, end: 2 })).toBeUndefined();
  });

  it('a haraka between lam and alef belongs to the ligature cluster', () => {
    const t = shapeWithMap('بلَا ب');
    expect(cps(t.text)).toEqual([0xfe91, 0xfefc, 0x64e, 0x20, 0xfe8f]);
    expect(t.toOriginal({ start: 1, end: 2 })).toEqual({ start: 1, end: 4 });
    expect(t.toOriginal({ start: 2, end: 3 })).toEqual({ start: 1, end: 4 });
    expect(t.toOriginal({ start: 4, end: 5 })).toEqual({ start: 5, end: 6 });
  });

  it('without a ligature the map is the identity', () => {
    const t = shapeWithMap('قال الرئيس');
    expect(t.text.length).toBe(10);
    expect(t.toOriginal({ start: 4, end: 10 })).toEqual({ start: 4, end: 10 });
    expect(t.toShaped({ start: 10, end: 11 })).toBeUndefined();
  });

  it('maps every corpus word back to its original text', () => {
    for (const text of corpus) {
      const t = shapeWithMap(text);
      // whitespace-separated runs of the output map to runs whose NFKC matches
      const re = /\S+/g;
      for (const m of t.text.matchAll(re)) {
        const span = t.toOriginal({ start: m.index, end: m.index + m[0].length })!;
        expect(text.slice(span.start, span.end).normalize('NFKC')).toBe(m[0].normalize('NFKC'));
        expect(t.toShaped(span)).toEqual({ start: m.index, end: m.index + m[0].length });
      }
    }
  });
});

describe('shape: bad input', () => {
  it('throws DhadError for a non-string or a bad option', () => {
    expect(() => shape(42 as unknown as string)).toThrow(DhadError);
    expect(() => shape('ب', { ligature: true } as never)).toThrow(/unknown option "ligature"/);
    expect(() => shape('ب', { ligatures: 'yes' } as never)).toThrow(/must be a boolean/);
    try {
      shape(null as unknown as string);
    } catch (e) {
      expect((e as DhadError).code).toBe('INVALID_INPUT');
    }
  });
});

const arabicish = fc.string({
  unit: fc.constantFrom(
    ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى',
    ...'پچژگکیٹڈڑںےہھ',
    ...'\u064b\u064e\u064f\u0650\u0651\u0652\u0670',
    '\u0640', '\u200c', '\u200d', ' ', 'x', '1', '١', '😀', '\ud800', 'ﻻ', 'ﺑ',
  ),
  maxLength: 60,
});

describe('shape: properties', () => {
  it('never throws; one unit less per ligature; idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary' })), (s) => {
        const out = shape(s);
        const ligatures = (out.match(/[\ufef5-\ufefc]/g) ?? []).length - (s.match(/[\ufef5-\ufefc]/g) ?? []).length;
        expect(out.length).toBe(s.length - ligatures);
        expect(shape(out)).toBe(out);
        expect(shape(s, { ligatures: false }).length).toBe(s.length);
      }),
      { numRuns: 500 },
    );
  });

  it('characters without presentation forms are unchanged, in place', () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary' })), (s) => {
        const out = shape(s, { ligatures: false });
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          const shapeable = (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
          if (!shapeable) expect(out.charCodeAt(i)).toBe(c);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('shapeWithMap: ranges map both ways and stay in bounds', () => {
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (s, a, b) => {
        const t = shapeWithMap(s);
        expect(t.text).toBe(shape(s));
        expect(t.toOriginal({ start: 0, end: t.text.length })).toEqual({ start: 0, end: s.length });
        const start = Math.min(a, b) % (s.length + 1);
        const end = Math.min(s.length, start + (Math.max(a, b) % 5));
        const shaped = t.toShaped({ start, end })!;
        expect(shaped.start).toBeLessThanOrEqual(shaped.end);
        expect(shaped.end).toBeLessThanOrEqual(t.text.length);
        if (end > start) {
          const back = t.toOriginal(shaped)!;
          expect(back.start).toBeLessThanOrEqual(start);
          expect(back.end).toBeGreaterThanOrEqual(end);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// arabic-reshaper (GPL-3.0) as a dev-only oracle: install it with `npm install --no-save arabic-reshaper`.
const require = createRequire(import.meta.url);
let reshaper: { convertArabic(s: string): string } | undefined;
try {
  reshaper = require('arabic-reshaper');
} catch {
  reshaper = undefined;
}

describe.skipIf(!reshaper)('shape against arabic-reshaper (oracle)', () => {
  it('agrees on the seed corpus', () => {
    for (const text of corpus) expect(shape(text)).toBe(reshaper!.convertArabic(text));
  });

  it('agrees on random text over the letters it knows', () => {
    // Its alphabet: the Arabic letters and پ چ ژ گ ک ی. Left out: ى (Unicode makes it dual-joining
    // with Uighur forms FBE8/FBE9; the oracle treats it as right-joining), and a haraka between lam
    // and alef (the oracle drops the haraka and repeats the alef).
    const unit = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةپچژگکی', ' ', '\u0640', '\u064e', '\u0651', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        fc.pre(!/ل[\u064e\u0651]+[اأإآ]/.test(s));
        expect(shape(s)).toBe(reshaper!.convertArabic(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('differs where Unicode says otherwise', () => {
    // لَا: the oracle loses the fatha ('ﻻﺎ'); Unicode keeps every character
    expect(reshaper!.convertArabic('لَا')).not.toContain('\u064e');
    expect(shape('لَا')).toBe('\ufefb\u064e');
    // ZWJ is join-causing (ArabicShaping.txt: 200D; C): the oracle ignores it
    expect(shape('ب\u200d')).toBe('\ufe91\u200d');
    expect(reshaper!.convertArabic('ب\u200d')).toBe('\ufe8f\u200d');
  });
});
