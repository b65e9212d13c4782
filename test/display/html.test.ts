// toHTML: the one-document view, checked as markup (the browser suite checks it rendered).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { DhadError } from '../../src/core/index.js';
import { toHTML } from '../../src/display/index.js';

const text = 'قال رئيس الوزراء العراقي مصطفى الكاظمي في بغداد يوم 7 تشرين الثاني إن "كتائب حزب الله" هددت الكاظمي. وأضاف للكاظمي مستشار <أمني> & آخر.';
const doc = analyze(text, { ref: '2021-11-07' });

describe('toHTML', () => {
  const html = toHTML(doc, { title: 'خبر', ref: '2021-11-07' });

  it('is a self-contained right-to-left page: no script, nothing fetched', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<title>خبر</title>');
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });

  it('highlights every date, place and mention at its offsets, text escaped', () => {
    const marks = [...html.matchAll(/<mark class="dhad-(\w+)" data-id="([^"]+)" data-start="(\d+)" data-end="(\d+)"/g)];
    const spans = new Set(marks.map((m) => `${m[1]}:${m[3]}:${m[4]}`));
    const expected = [
      ...doc.dates.map((d) => `date:${d.start}:${d.end}`),
      ...doc.places.map((p) => `place:${p.start}:${p.end}`),
      ...doc.mentions.map((m) => `${m.type}:${m.start}:${m.end}`),
    ];
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect([...spans].sort()).toEqual([...new Set(expected)].sort());
    expect(html).toContain('&lt;أمني&gt; &amp; آخر');
    expect(html.replace(/<[^>]+>/g, '')).toContain('قال رئيس الوزراء العراقي');
  });

  it("colours each entity's mentions alike and shows its id, name and variants on hover", () => {
    const kadhimi = doc.entities.find((e) => e.mentions.length >= 3 && e.type === 'person')!;
    expect(kadhimi).toBeDefined();
    const marks = [...html.matchAll(new RegExp(`data-entity="${kadhimi.id}" style="([^"]+)" title="([^"]+)"`, 'g'))];
    expect(marks.length).toBe(kadhimi.mentions.length);
    expect(new Set(marks.map((m) => m[1])).size).toBe(1);
    expect(marks[0]![2]).toContain(kadhimi.id);
    for (const v of kadhimi.variants) expect(marks[0]![2]).toContain(v);
    const others = [...html.matchAll(/data-entity="([^"]+)" style="([^"]+)"/g)].filter((m) => m[1] !== kadhimi.id);
    expect(others.length).toBeGreaterThan(0);
    for (const m of others) expect(m[2]).not.toBe(marks[0]![1]);
  });

  it('rejects what is not a Doc, and unknown options', () => {
    expect(() => toHTML('نص' as never)).toThrow(DhadError);
    expect(() => toHTML(null as never)).toThrow(/expected a Doc/);
    expect(() => toHTML(doc, { colour: 'red' } as never)).toThrow(/unknown option "colour"/);
  });
});
