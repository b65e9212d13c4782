import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

// corpus/dev: 90 news-style paragraphs written apart from the code (see corpus/dev/README.md).
const dir = join(__dirname, '../../corpus/dev');
const sets = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
    name: string;
    paragraphs: Array<{ id: string; ref: string; text: string } & Record<'persons' | 'orgs' | 'places' | 'dates', Array<{ text: string; start: number; end: number }>>>;
  });

describe('corpus/dev', () => {
  it('has three sets whose annotations slice their paragraphs', () => {
    expect(sets.map((s) => s.name).sort()).toEqual(['unseen-A', 'unseen-B', 'unseen-C']);
    for (const s of sets) {
      for (const p of s.paragraphs) {
        for (const k of ['persons', 'orgs', 'places', 'dates'] as const) {
          for (const m of p[k]) expect(p.text.slice(m.start, m.end), `${p.id} ${k}`).toBe(m.text);
        }
      }
    }
  });
  it('analyze: every span the library emits on text it was not written on slices the input', () => {
    for (const s of sets) {
      for (const p of s.paragraphs) {
        const doc = analyze(p.text, { ref: p.ref });
        for (const list of [doc.tokens, doc.sentences, doc.dates, doc.places, doc.mentions, doc.messages] as Array<Array<{ start: number; end: number; text?: string }>>) {
          for (const m of list) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(p.text.length);
            if (m.text !== undefined) expect(p.text.slice(m.start, m.end), p.id).toBe(m.text);
          }
        }
        // mentions never overlap
        let prevEnd = 0;
        for (const m of doc.mentions) {
          expect(m.start, `${p.id} ${m.text}`).toBeGreaterThanOrEqual(prevEnd);
          prevEnd = m.end;
        }
      }
    }
  });
});
