import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { NormalizeOptions } from '../../src/normalize/index.js';
import { PRESET_NAMES, createNormalizer, normalizeWithMap } from '../../src/normalize/index.js';
import type { Compiled } from '../../src/normalize/compile.js';
import { getCompiled } from '../../src/normalize/compile.js';
import { run } from '../../src/normalize/engine.js';
import { KERNEL_MAX_UNITS, KERNEL_MIN_UNITS, kernelFor, setKernelEnabled } from '../../src/normalize/kernel.js';
import { resolveOptions } from '../../src/normalize/options.js';
import { unit } from './arbitraries.js';

const RUNS = Number(process.env.DHAD_FC_RUNS ?? 1500);
const root = join(__dirname, '../..');

/** Texts long enough for the kernel: 64 to ~400 units of the interesting units, some runs of plain Arabic. */
const longText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: unit, weight: 3 },
      { arbitrary: fc.constantFrom('قال رئيس الوزراء ', 'في مدينة البصرة، ', 'إلى الأمم المتحدة ', 'abc 123 ', 'مستشفى'), weight: 2 },
    ),
    { minLength: 12, maxLength: 80 },
  )
  .map((a) => a.join(''))
  .filter((s) => s.length >= KERNEL_MIN_UNITS);

/** Random options objects: every option with each of its values. */
const optionsObject: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    preset: fc.constantFrom(...PRESET_NAMES),
    compose: fc.boolean(),
    presentationForms: fc.constantFrom(false, true, 'expand' as const),
    diacritics: fc.constantFrom(false, 'harakat' as const, 'all' as const),
    daggerAlef: fc.constantFrom('keep' as const, 'remove' as const, 'alef' as const),
    tatweel: fc.boolean(),
    alef: fc.boolean(),
    alefMaksura: fc.boolean(),
    tehMarbuta: fc.boolean(),
    hamza: fc.boolean(),
    persian: fc.boolean(),
    digits: fc.constantFrom(false, 'ascii' as const, 'arabic-indic' as const),
    punctuation: fc.boolean(),
    invisibles: fc.boolean(),
    zwnj: fc.constantFrom('keep' as const, 'remove' as const, 'space' as const),
    spaces: fc.boolean(),
  },
  { requiredKeys: ['preset'] },
);

/** The JS loop's answer, with the kernel off. */
function withoutKernel(cp: Compiled, s: string): string {
  setKernelEnabled(false);
  try {
    return run(cp, s, false).text;
  } finally {
    setKernelEnabled(true);
  }
}

/**
 * normalizeWithMap's answer as plain data: the text, the original range of every output unit,
 * and the normalised range of every input unit (and of the empty span before it).
 */
function mapOf(s: string, options: NormalizeOptions | 'search', kernel: boolean): { text: string; out: string; back: string } {
  setKernelEnabled(kernel);
  try {
    const m = normalizeWithMap(s, options);
    const out: string[] = [];
    for (let u = 0; u < m.text.length; u++) {
      const r = m.toOriginal({ start: u, end: u + 1 })!;
      out.push(`${r.start}-${r.end}`);
    }
    const back: string[] = [];
    for (let i = 0; i <= s.length; i++) {
      const e = m.toNormalized({ start: i, end: i })!;
      const r = i < s.length ? m.toNormalized({ start: i, end: i + 1 })! : e;
      back.push(`${e.start}:${r.start}-${r.end}`);
    }
    return { text: m.text, out: out.join(' '), back: back.join(' ') };
  } finally {
    setKernelEnabled(true);
  }
}

afterEach(() => setKernelEnabled(true));

describe('the SIMD fold kernel (kernel.wat)', () => {
  it('runs here (Node with WebAssembly SIMD): a broken module would silently fall back to the JS loop', () => {
    for (const preset of PRESET_NAMES) expect(kernelFor(getCompiled(resolveOptions(preset, 'test')))).not.toBeNull();
  });

  it('gives what the JS loop gives, for every preset, on long random text', () => {
    for (const preset of PRESET_NAMES) {
      const cp = getCompiled(resolveOptions(preset, 'test'));
      fc.assert(
        fc.property(longText, (s) => run(cp, s, false).text === withoutKernel(cp, s)),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    }
  });

  it('gives what the JS loop gives for any options object (ASCII digits → Arabic-Indic turns the SIMD blocks off)', () => {
    fc.assert(
      fc.property(optionsObject, longText, (o, s) => {
        const cp = getCompiled(resolveOptions(o, 'test'));
        return run(cp, s, false).text === withoutKernel(cp, s);
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees with normalizeWithMap on long text', () => {
    const fold = createNormalizer('search');
    fc.assert(fc.property(longText, (s) => fold(s) === normalizeWithMap(s, 'search').text), { numRuns: RUNS });
  });

  it('gives normalizeWithMap the alignment the JS loop records, unit for unit, for any options object', () => {
    fc.assert(
      fc.property(optionsObject, longText, (o, s) => {
        expect(mapOf(s, o, true)).toEqual(mapOf(s, o, false));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('gives normalizeWithMap the same alignment on long texts: deletions at a piece boundary, a contextual case after it', () => {
    const fill = 'قالت الوزارة إنّ ';
    const head = fill.repeat(Math.ceil(KERNEL_MAX_UNITS / fill.length)).slice(0, KERNEL_MAX_UNITS - 1);
    for (const seam of ['ًٌّ', 'ـــ', '😀', 'أآ ']) {
      for (const tail of ['', 'ی' + fill.repeat(3)]) {
        const s = head + seam + fill.repeat(40) + tail;
        expect(mapOf(s, 'search', true)).toEqual(mapOf(s, 'search', false));
      }
    }
    // More deletions in one piece than the kernel lists: the JS loop takes the whole text.
    const vocalised = 'بَِّ'.repeat(30000);
    const m = normalizeWithMap(vocalised, 'search');
    expect(m.text).toBe('ب'.repeat(30000));
    expect(m.toOriginal({ start: 29999, end: 30000 })).toEqual({ start: 119996, end: 120000 });
  });

  it('folds the seed articles as the JS loop does, and returns the input itself when nothing changes', () => {
    const dir = join(root, 'corpus/seed');
    const cp = getCompiled(resolveOptions('search', 'test'));
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const s = readFileSync(join(dir, f), 'utf8');
      expect(s.length).toBeLessThanOrEqual(KERNEL_MAX_UNITS);
      expect(run(cp, s, false).text).toBe(withoutKernel(cp, s));
    }
    const plain = 'قال رييس الوزراء في بيان ان الحكومه ستعمل علي حل المشكلات ' + 'abc 123 '.repeat(10);
    expect(run(cp, plain, false).text).toBe(plain);
  });

  it('hands a contextual case to the JS general loop with everything before it folded (ی, composing marks)', () => {
    const fold = createNormalizer('search');
    const before = 'أحمد '.repeat(30) + 'مَدرسة ';
    const s = before + 'فارسی ' + 'إلى '.repeat(20) + 'ا\u0654';
    expect(fold(s)).toBe(withoutKernel(getCompiled(resolveOptions('search', 'test')), s));
    expect(fold(s)).toBe('احمد '.repeat(30) + 'مدرسه ' + 'فارسي ' + 'الي '.repeat(20) + 'ا');
  });

  it('takes texts from its lower bound on, longer ones piece by piece, with the same result', () => {
    const cp = getCompiled(resolveOptions('search', 'test'));
    const word = 'مدينةٌ ';
    for (const n of [KERNEL_MIN_UNITS - 1, KERNEL_MIN_UNITS, KERNEL_MAX_UNITS, KERNEL_MAX_UNITS + 1, 2 * KERNEL_MAX_UNITS + 7]) {
      const s = word.repeat(Math.ceil(n / word.length)).slice(0, n);
      expect(s.length).toBe(n);
      const out = run(cp, s, false).text;
      expect(out).toBe(withoutKernel(cp, s));
      expect(out.startsWith('مدينه مدينه ')).toBe(true);
    }
  });

  it('folds long texts piece by piece: deletions and surrogate pairs across a piece boundary, a contextual case in a later piece', () => {
    const cp = getCompiled(resolveOptions('search', 'test'));
    const display = getCompiled(resolveOptions('display', 'test'));
    const fill = 'قالت الوزارة إنّ ';
    const head = fill.repeat(Math.ceil(KERNEL_MAX_UNITS / fill.length)).slice(0, KERNEL_MAX_UNITS - 1);
    for (const seam of ['ًٌّ', '😀', 'ـــ', 'ی ', 'ا\u0654ا\u0653 ', 'ﻷن ']) {
      const s = head + seam + fill.repeat(200) + 'ی' + fill.repeat(20);
      expect(s.length).toBeGreaterThan(KERNEL_MAX_UNITS);
      expect(run(cp, s, false).text).toBe(withoutKernel(cp, s));
      expect(run(display, s, false).text).toBe(withoutKernel(display, s));
      expect(run(cp, s, false).text).toBe(normalizeWithMap(s, 'search').text);
    }
    const unchanged = 'قال الرييس '.repeat(20000);
    expect(run(cp, unchanged, false).text).toBe(unchanged);
  });

  it('keeps one instance per compiled table: interleaved normalisers do not see each other', () => {
    const search = createNormalizer('search');
    const lucene = createNormalizer('lucene');
    const indic = createNormalizer({ preset: 'search', digits: 'arabic-indic' });
    const s = 'في عام 2021 قالت الوزارة إن ٣ مدارس أُغلقت. '.repeat(4);
    const expected = [search(s), lucene(s), indic(s)];
    for (let k = 0; k < 3; k++) expect([search(s), lucene(s), indic(s)]).toEqual(expected);
    expect(indic(s)).toContain('٢٠٢١');
    expect(search(s)).toContain('3 مدارس اغلقت');
  });

  it('keeps lone surrogates and emoji at block boundaries', () => {
    const cp = getCompiled(resolveOptions('search', 'test'));
    for (let shift = 0; shift < 17; shift++) {
      const s = 'ب'.repeat(shift) + '\ud800😀\udfffة' + 'أ'.repeat(80);
      expect(run(cp, s, false).text).toBe(withoutKernel(cp, s));
    }
  });

  it('kernel-wasm.ts is what kernel.wat assembles to', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts/build-kernel.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('matches kernel.wat');
  });
});
