import { describe, expect, it } from 'vitest';
import { pipeline } from '../../src/core/index.js';
import { normalizeStage, normalizeWithMap } from '../../src/normalize/index.js';

describe('normalizeWithMap', () => {
  it('maps a folded word back to its original, marks included', () => {
    const n = normalizeWithMap('صباحَ الأَحَدِ');
    expect(n.text).toBe('صباح الاحد');
    expect(n.original).toBe('صباحَ الأَحَدِ');
    const hit = n.text.indexOf('الاحد');
    const o = n.toOriginal({ start: hit, end: hit + 5 })!;
    expect(n.original.slice(o.start, o.end)).toBe('الأَحَدِ');
    expect(n.toNormalized(o)).toEqual({ start: hit, end: hit + 5 });
  });
  it('deleted marks belong to the letter before them', () => {
    const n = normalizeWithMap('بَ');
    expect(n.text).toBe('ب');
    expect(n.toOriginal({ start: 0, end: 1 })).toEqual({ start: 0, end: 2 });
    expect(n.toNormalized({ start: 1, end: 2 })).toEqual({ start: 0, end: 1 }); // the fatha → its letter
  });
  it('deleted units at the very start belong to the first output unit', () => {
    const n = normalizeWithMap('\ufeff\u064eبغداد');
    expect(n.text).toBe('بغداد');
    expect(n.toOriginal({ start: 0, end: 1 })).toEqual({ start: 0, end: 3 });
    expect(n.toNormalized({ start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
  });
  it('every unit of an expansion maps to the whole ligature', () => {
    const n = normalizeWithMap('قال ﷲ ﻷجل');
    expect(n.text).toBe('قال الله لاجل');
    for (let u = 4; u < 8; u++) expect(n.toOriginal({ start: u, end: u + 1 })).toEqual({ start: 4, end: 5 });
    expect(n.toOriginal({ start: 9, end: 10 })).toEqual({ start: 6, end: 7 });
    expect(n.toOriginal({ start: 10, end: 11 })).toEqual({ start: 6, end: 7 });
    expect(n.toNormalized({ start: 4, end: 5 })).toEqual({ start: 4, end: 8 });
    expect(n.toNormalized({ start: 6, end: 8 })).toEqual({ start: 9, end: 12 });
  });
  it('a composed letter maps to the letter and its mark', () => {
    const n = normalizeWithMap('سو\u0654ال', 'display');
    expect(n.text).toBe('سؤال');
    expect(n.toOriginal({ start: 1, end: 2 })).toEqual({ start: 1, end: 3 });
    expect(n.toOriginal({ start: 2, end: 4 })).toEqual({ start: 3, end: 5 });
  });
  it('a fully vocalised text (thousands of deleted marks, odd length) folds and maps back word by word', () => {
    // More deletions than the fast loop notes in one pass; the odd length leaves a last unit
    // alone; a hamza mark composed onto its letter at the very end is a contextual case after them.
    const verse = 'بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ إِنَّا أَعْطَيْنَٰكَ ٱلْكَوْثَرَ ';
    const text = verse.repeat(120) + 'سو\u0654ال';
    const n = normalizeWithMap(text);
    const words = text.split(' ');
    expect(n.text).toBe(words.map((w) => normalizeWithMap(w).text).join(' '));
    expect(n.text.endsWith('سوال')).toBe(true);
    let from = 0;
    let at = 0;
    for (const w of words) {
      const folded = normalizeWithMap(w).text;
      const o = n.toOriginal({ start: at, end: at + folded.length })!;
      expect(text.slice(o.start, o.end)).toBe(w);
      expect(o.start).toBe(from);
      from += w.length + 1;
      at += folded.length + 1;
    }
  });
  it('is the identity when nothing changes', () => {
    const n = normalizeWithMap('قال الكاظمي');
    expect(n.text).toBe('قال الكاظمي');
    expect(n.toOriginal({ start: 4, end: 11 })).toEqual({ start: 4, end: 11 });
    expect(n.toNormalized({ start: 4, end: 11 })).toEqual({ start: 4, end: 11 });
  });
  it('returns undefined out of range, empty spans map to positions', () => {
    const n = normalizeWithMap('الأحدُ');
    expect(n.text).toBe('الاحد');
    expect(n.toOriginal({ start: -1, end: 2 })).toBeUndefined();
    expect(n.toOriginal({ start: 0, end: 6 })).toBeUndefined();
    expect(n.toOriginal({ start: 3, end: 2 })).toBeUndefined();
    expect(n.toOriginal({ start: 0.5, end: 2 })).toBeUndefined();
    expect(n.toNormalized({ start: 0, end: 7 })).toBeUndefined();
    expect(n.toNormalized({ start: 5, end: 4 })).toBeUndefined();
    expect(n.toOriginal({ start: 5, end: 5 })).toEqual({ start: 6, end: 6 });
    expect(n.toOriginal({ start: 2, end: 2 })).toEqual({ start: 2, end: 2 });
    expect(n.toNormalized({ start: 6, end: 6 })).toEqual({ start: 5, end: 5 });
  });
  it('when everything is deleted, the empty output stands for the whole input', () => {
    const n = normalizeWithMap('\u064e\u0640\u200f');
    expect(n.text).toBe('');
    expect(n.toOriginal({ start: 0, end: 0 })).toEqual({ start: 0, end: 3 });
    expect(n.toNormalized({ start: 1, end: 2 })).toEqual({ start: 0, end: 0 });
    expect(n.toOriginal({ start: 0, end: 1 })).toBeUndefined();
  });
  it('throws DhadError for a span that is not a span', () => {
    const n = normalizeWithMap('نص');
    expect(() => n.toOriginal(null as never)).toThrow(/toOriginal expects a span/);
    expect(() => n.toNormalized({ start: '1', end: 2 } as never)).toThrow(/numeric start and end/);
  });
  it('finds a name in the normalised text and reports it in the original', () => {
    const original = 'أعلن رئيسُ الوزراءِ مصطفى الكاظميّ، أن «الأمن» مستتب';
    const n = normalizeWithMap(original);
    const needle = 'مصطفي الكاظمي';
    const at = n.text.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    const o = n.toOriginal({ start: at, end: at + needle.length })!;
    expect(original.slice(o.start, o.end)).toBe('مصطفى الكاظميّ');
  });
});

describe('normalizeStage', () => {
  it('is a stage that provides normalized', () => {
    const stage = normalizeStage();
    expect(stage.name).toBe('normalize');
    expect(stage.requires).toEqual([]);
    expect(stage.provides).toEqual(['normalized']);
  });
  it('sets doc.normalized with its alignment, without rewriting doc.text', () => {
    const doc = pipeline(normalizeStage())('صباحَ الأحد');
    expect(doc.text).toBe('صباحَ الأحد');
    expect(doc.normalized?.text).toBe('صباح الاحد');
    expect(doc.normalized?.toOriginal({ start: 5, end: 10 })).toEqual({ start: 6, end: 11 });
  });
  it('takes options and validates them when the stage is made', () => {
    const doc = pipeline(normalizeStage('display'))('الأحدُ ـ');
    expect(doc.normalized?.text).toBe('الأحدُ ');
    expect(() => normalizeStage('serch' as never)).toThrow(/unknown preset "serch"/);
  });
});
