/**
 * Golden files: the tokenisation of every article of corpus/seed, one token per line
 * `[start, end, kind, text, norm]` plus, for a word that splits into clitics (conservative
 * rules), its segments as a sixth element `"و+ ال+ عراق"` (proclitic+, stem, +enclitic) —
 * so a change in the tokenizer shows up as a readable diff.
 *
 *   npx vitest run test/tokenize/golden.test.ts                   compare (default)
 *   UPDATE_GOLDEN=1 npx vitest run test/tokenize/golden.test.ts   regenerate test/fixtures/tokens/*.json
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/index.js';
import { splitSentences, tokenize } from '../../src/tokenize/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, 'corpus', 'seed');
const fixtures = join(root, 'test', 'fixtures', 'tokens');
const update = process.env.UPDATE_GOLDEN === '1';
const index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8')) as { articles: Array<{ id: string; file: string }> };

function showSegments(t: Token): string {
  return (t.segments ?? []).map((s) => (s.role === 'proclitic' ? `${s.text}+` : s.role === 'enclitic' ? `+${s.text}` : s.text)).join(' ');
}

/** One token per line, so the file diffs line by line. */
function serialize(tokens: Token[]): string {
  const lines = tokens.map((t) => {
    const row: Array<string | number> = [t.start, t.end, t.kind, t.text, t.norm];
    if (t.segments) row.push(showSegments(t));
    return JSON.stringify(row);
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}

describe('golden tokenisation of corpus/seed', () => {
  it.each(index.articles.map((a) => [a.id, a.file] as const))('article %s', (id, file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    const tokens = tokenize(text, { clitics: true });
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    const actual = serialize(tokens);
    const path = join(fixtures, `${id}.json`);
    if (update) {
      mkdirSync(fixtures, { recursive: true });
      writeFileSync(path, actual);
    }
    if (!existsSync(path)) throw new Error(`missing ${path}: run UPDATE_GOLDEN=1 npx vitest run test/tokenize/golden.test.ts`);
    expect(actual).toBe(readFileSync(path, 'utf8'));
    // the fixture is valid JSON with one row per token
    expect((JSON.parse(actual) as unknown[]).length).toBe(tokens.length);
  });
});
