import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOINING_RANGES, LAM_ALEF, PRESENTATION_FORMS } from '../../src/display/data/joining.js';

const root = join(import.meta.dirname, '../..');

describe('generated joining table', () => {
  it('is sorted, non-overlapping, and has the core Arabic letters', () => {
    for (let i = 3; i < JOINING_RANGES.length; i += 3) {
      expect(JOINING_RANGES[i]).toBeGreaterThan(JOINING_RANGES[i - 2]);
      expect(JOINING_RANGES[i + 1]).toBeGreaterThanOrEqual(JOINING_RANGES[i]);
    }
    const bases = new Set<number>();
    for (let i = 0; i < PRESENTATION_FORMS.length; i += 5) bases.add(PRESENTATION_FORMS[i]);
    for (const ch of 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژگکیٹڈڑںےہھ') expect(bases.has(ch.charCodeAt(0))).toBe(true);
    expect(LAM_ALEF.length).toBe(12);
  });

  // Rebuilds the table from the UCD (Debian's unicode-data) and compares it with the committed one.
  it.skipIf(!existsSync('/usr/share/unicode/ArabicShaping.txt'))('is what scripts/build-shaping.mjs generates', () => {
    const out = execFileSync('node', [join(root, 'scripts/build-shaping.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});
