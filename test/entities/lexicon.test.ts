import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES, KNOWN_ORGS, KNOWN_PEOPLE } from '../../src/entities/data/names.js';
import { foldName } from '../../src/entities/index.js';

describe('lexicon data (scripts/build-names.mjs)', () => {
  const entries = GIVEN_NAMES.split(' ').map((e) => e.slice(0, e.indexOf(':')));
  it('has over a thousand given names, male and female', () => {
    expect(entries.length).toBeGreaterThan(1000);
    expect(GIVEN_NAMES).toMatch(/(^| )فاطمه:f/);
    expect(GIVEN_NAMES).toMatch(/(^| )محمد:m/);
  });
  it('every entry is already folded the way foldName folds (builder and runtime agree)', () => {
    for (const e of entries) expect(foldName(e)).toBe(e);
    for (const line of [...KNOWN_PEOPLE.split('\n'), ...KNOWN_ORGS.split('\n')]) {
      for (const n of line.replace(/^\?/, '').split('|')) expect(foldName(n)).toBe(n);
    }
  });
  it('generated compounds are present', () => {
    for (const n of ['عبدالله', 'عبدالرحمن', 'نورالدين', 'فتحالله', 'صلاحالدين']) expect(entries).toContain(n);
  });
});
