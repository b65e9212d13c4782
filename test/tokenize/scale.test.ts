import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/tokenize/index.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'seed');
const seed = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpus, f), 'utf8'))
  .join('\n\n');

/** The seed corpus repeated to about `mb` megabytes of UTF-8. */
const repeated = (mb: number): string => seed.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(seed)));

describe('large and adversarial inputs (linear time, no stack overflow)', () => {
  it('a 100 MB word is one token', () => {
    const s = 'ب'.repeat(50_000_000); // 2 bytes each in UTF-8
    const tokens = tokenize(s);
    expect(tokens).toHaveLength(1);
    expect(tokens[0].end).toBe(s.length);
  });

  it('100 MB of whitespace has no tokens and no sentences', () => {
    const s = ' \n'.repeat(50_000_000); // 1 byte each
    expect(tokenize(s)).toEqual([]);
    expect(splitSentences(s)).toEqual([]);
  });

  it('splits 100 MB of news text into sentences', () => {
    const s = repeated(100);
    const sentences = splitSentences(s);
    expect(sentences.length).toBeGreaterThan(100_000);
    expect(sentences[sentences.length - 1].end).toBeLessThanOrEqual(s.length);
  });

  it('tokenizes 20 MB of news text', () => {
    const s = repeated(20);
    const tokens = tokenize(s);
    expect(tokens.length).toBeGreaterThan(1_000_000);
    const last = tokens[tokens.length - 1];
    expect(s.slice(last.start, last.end)).toBe(last.text);
  });

  // Each of these would take hours if a look-ahead were repeated at every position (O(n²)).
  it.each([
    ['a.a.a… (e-mail look-ahead)', 'a.'.repeat(500_000) + 'a'],
    ['a-a-a… (local part, no @)', 'a-'.repeat(500_000)],
    ['x.y@ repeated', 'x.y@'.repeat(250_000)],
    ['########', '#'.repeat(1_000_000)],
    ['#a#a#a', '#a'.repeat(500_000)],
    ['1,1,1,1', '1,'.repeat(500_000)],
    ['1.1.1.1', '1.'.repeat(500_000) + '1'],
    ['http://http://', 'http://'.repeat(150_000)],
    ['www.www.', 'www.'.repeat(250_000)],
    ['ZWJ chain', '😀\u200d'.repeat(300_000)],
    ['marks only', '\u064e'.repeat(1_000_000)],
    ['invisibles only', '\u200f'.repeat(1_000_000)],
    ['lone surrogates', '\ud800'.repeat(1_000_000)],
    ['U.S.U.S.', 'U.S.'.repeat(250_000)],
    ['....', '.'.repeat(1_000_000)],
  ])('%s: 1 M code units in linear time', (_name, s) => {
    const t0 = performance.now();
    const tokens = tokenize(s);
    splitSentences(s);
    let covered = 0;
    for (const t of tokens) covered += t.end - t.start;
    expect(covered).toBe(s.length);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
