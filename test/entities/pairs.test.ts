import { describe, expect, it } from 'vitest';
import { compareNames, nameKey } from '../../src/entities/index.js';
import { PAIRS } from './pairs.js';

describe('compareNames on labelled pairs', () => {
  it('has at least 300 pairs, positives and negatives in every category', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(300);
    const cats = new Map<string, { pos: number; neg: number }>();
    for (const [, , same, cat] of PAIRS) {
      const c = cats.get(cat) ?? { pos: 0, neg: 0 };
      if (same) c.pos++;
      else c.neg++;
      cats.set(cat, c);
    }
    for (const [cat, c] of cats) {
      expect(c.pos, `${cat} positives`).toBeGreaterThan(0);
      expect(c.neg, `${cat} negatives`).toBeGreaterThan(0);
    }
  });
  for (const [a, b, same, cat] of PAIRS) {
    it(`${cat}: ${a} ${same ? '=' : '≠'} ${b}`, () => {
      const r = compareNames(a, b);
      expect(r.same, `${r.reason} ${r.score}`).toBe(same);
      // symmetric
      expect(compareNames(b, a).same).toBe(same);
      if (!same) expect(r.score).toBe(0);
    });
  }
});

describe('nameKey', () => {
  it('folds spelling, compounds, kunya case and clitics', () => {
    expect(nameKey('أبا العلي العسكري')).toBe('ابو علي العسكري');
    expect(nameKey('أبي علي العسكري')).toBe('ابو علي العسكري');
    expect(nameKey('للكاظمي')).toBe('الكاظمي');
    expect(nameKey('عبد الله بن زايد')).toBe('عبدالله بن زايد');
    expect(nameKey('محمد ابن سلمان')).toBe('محمد بن سلمان');
    expect(nameKey('كتائب "حزب الله"')).toBe('كتايب حزب الله');
    expect(nameKey('الرئيس الأمريكي جو بايدن')).toBe('جو بايدن');
    expect(nameKey('مُصْطَفَى الكَاظِمِيّ')).toBe('مصطفي الكاظمي');
    expect(nameKey('وليد')).toBe('وليد');
  });
});
