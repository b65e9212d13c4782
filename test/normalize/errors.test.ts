import { describe, expect, it } from 'vitest';
import { DhadError } from '../../src/core/index.js';
import { createNormalizer, normalize, normalizeWithMap } from '../../src/normalize/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DhadError);
    return (e as DhadError).code;
  }
  return undefined;
}

describe('programmer errors throw DhadError naming the bad value', () => {
  it('a non-string input', () => {
    expect(codeOf(() => normalize(42 as never))).toBe('INVALID_INPUT');
    expect(() => normalize(42 as never)).toThrow('dhad: normalize expects a string, got a number (42)');
    expect(() => normalize(null as never)).toThrow(/got null/);
    expect(() => normalizeWithMap(undefined as never)).toThrow(/normalizeWithMap expects a string, got undefined/);
    expect(() => createNormalizer()({} as never)).toThrow(/expects a string, got a object/);
    expect(() => normalize(['نص'] as never)).toThrow(/got an array/);
  });
  it('an unknown preset, with the valid names', () => {
    expect(codeOf(() => normalize('نص', 'serch' as never))).toBe('UNKNOWN_PRESET');
    expect(() => normalize('نص', 'serch' as never)).toThrow('dhad: unknown preset "serch" (expected search, display, camel, lucene)');
    expect(() => createNormalizer({ preset: 'lucen' as never })).toThrow(/unknown preset "lucen" \(expected search, display, camel, lucene\)/);
  });
  it('an unknown option, with the valid names', () => {
    expect(codeOf(() => normalize('نص', { tatwel: true } as never))).toBe('UNKNOWN_OPTION');
    expect(() => normalize('نص', { tatwel: true } as never)).toThrow(
      /unknown option "tatwel" \(expected preset, compose, presentationForms, diacritics, daggerAlef, tatweel,/,
    );
  });
  it('an invalid option value, with the valid values', () => {
    expect(codeOf(() => normalize('نص', { diacritics: true } as never))).toBe('INVALID_OPTION');
    expect(() => normalize('نص', { diacritics: true } as never)).toThrow(
      'dhad: option "diacritics" must be false, "harakat" or "all", got a boolean (true)',
    );
    expect(() => normalize('نص', { zwnj: 'drop' } as never)).toThrow(/"keep", "remove" or "space", got "drop"/);
    expect(() => normalize('نص', { tatweel: 'yes' } as never)).toThrow(/option "tatweel" must be false or true, got "yes"/);
  });
  it('options that are neither a preset name nor an object', () => {
    expect(codeOf(() => normalize('نص', 3 as never))).toBe('INVALID_OPTION');
    expect(() => normalize('نص', null as never)).toThrow(/preset name \(search, display, camel, lucene\) or an options object, got null/);
  });
});

describe('problems in the text never throw', () => {
  it('empty string', () => {
    expect(normalize('')).toBe('');
    expect(normalizeWithMap('').text).toBe('');
    expect(normalizeWithMap('').toOriginal({ start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });
  it('lone surrogates and control characters pass through', () => {
    const s = '\ud800ب\udc00\u0000\u0007\u001bة\ud83d';
    expect(normalize(s)).toBe('\ud800ب\udc00\u0000\u0007\u001bه\ud83d');
    expect(normalize(s, 'display')).toBe(s);
  });
  it('a 100 MB string: no stack overflow, linear time', () => {
    const dir = join(__dirname, '../../corpus/seed');
    const corpus = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n') + ' ﻷ ﷲ بَّ ٢٠٢١ ';
    const bytes = Buffer.byteLength(corpus);
    const big = corpus.repeat(Math.ceil(100e6 / bytes));
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(100e6);
    const t0 = performance.now();
    const out = normalize(big);
    const ms = performance.now() - t0;
    expect(out.length).toBeGreaterThan(big.length * 0.9);
    expect(out.slice(0, 2000)).toBe(normalize(big.slice(0, 2000)));
    expect(ms).toBeLessThan(20_000);
  });
  it('normalizeWithMap on 20 MB of text', () => {
    const unit = 'قالَ رئيسُ الوزراء ﻷجل ﷲ ٢٠٢١ ';
    const big = unit.repeat(Math.ceil(20e6 / Buffer.byteLength(unit)));
    const n = normalizeWithMap(big);
    expect(n.toOriginal({ start: 0, end: n.text.length })).toEqual({ start: 0, end: big.length });
    const last = n.text.lastIndexOf('الله');
    const o = n.toOriginal({ start: last, end: last + 4 })!;
    expect(big.slice(o.start, o.end)).toBe('ﷲ');
  });
});
