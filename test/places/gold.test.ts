import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagPlaces } from '../../src/places/index.js';

interface GoldMention { start: number; end: number; text: string; kind: string; id: string }
const root = join(import.meta.dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'corpus', 'gold', 'places.json'), 'utf8')) as {
  articles: Array<{ id: string; file: string; mentions: GoldMention[] }>;
};

describe('seed corpus against corpus/gold/places.json', () => {
  const score = { names: { tp: 0, fp: 0, fn: 0 }, demonyms: { tp: 0, fp: 0, fn: 0 } };
  for (const article of gold.articles) {
    const text = readFileSync(join(root, 'corpus', 'seed', article.file), 'utf8');
    const got = tagPlaces(text);
    it(`article ${article.id}: spans point into the text`, () => {
      for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
    const key = (m: { start: number; end: number; id: string }): string => `${m.start}:${m.end}:${m.id}`;
    for (const group of ['names', 'demonyms'] as const) {
      const isGroup = (k: string): boolean => (group === 'demonyms') === (k === 'demonym');
      const g = new Set(article.mentions.filter((m) => isGroup(m.kind)).map(key));
      const p = new Set(got.filter((m) => isGroup(m.kind)).map(key));
      for (const k of p) if (g.has(k)) score[group].tp++; else score[group].fp++;
      for (const k of g) if (!p.has(k)) score[group].fn++;
    }
  }
  it('F1 ≥ 0.99 for names and for demonyms (exact span and id; 1.000 when last measured)', () => {
    for (const s of Object.values(score)) {
      const precision = s.tp / (s.tp + s.fp);
      const recall = s.tp / (s.tp + s.fn);
      expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.99);
    }
  });
});
