// The HTML view in a real browser: Debian's chromium, driven by playwright-core.
// CI installs chromium (.ci/run); on a machine without it this suite is skipped unless CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const executablePath = '/usr/bin/chromium';
const available = existsSync(executablePath);
const seed = JSON.parse(readFileSync(join(root, 'corpus/seed/index.json'), 'utf8')).articles[3];
const file = join(root, 'corpus/seed', seed.file);

describe.skipIf(!available && !process.env.CI)('HTML view in Chromium', () => {
  it('highlights exactly the Doc mentions, right to left, and saves a screenshot', async () => {
    const run = (format: string) =>
      spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), 'analyze', file, '--ref', seed.ref, '--format', format], { encoding: 'utf8' });
    const doc = JSON.parse(run('jsonl').stdout);
    const html = run('html').stdout;
    const page_ = join(mkdtempSync(join(tmpdir(), 'dhad-html-')), 'view.html');
    writeFileSync(page_, html);

    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      await page.goto(`file://${page_}`);
      const dir = await page.evaluate(() => [document.documentElement.dir, getComputedStyle(document.querySelector('.text')!).direction]);
      expect(dir).toEqual(['rtl', 'rtl']);
      // Join the pieces of each highlight (crossing highlights are split) and read its range.
      const shown = await page.evaluate(() => {
        const byId = new Map<string, { kind: string; start: number; end: number; text: string }>();
        for (const mark of document.querySelectorAll<HTMLElement>('mark[data-id]')) {
          const id = mark.dataset.id!;
          const own = [...mark.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : n instanceof HTMLElement && n.tagName === 'MARK' ? n.textContent : '')).join('');
          const entry = byId.get(id) ?? { kind: mark.className.replace('dhad-', ''), start: Number(mark.dataset.start), end: Number(mark.dataset.end), text: '' };
          entry.text += own;
          byId.set(id, entry);
        }
        return [...byId.values()];
      });
      const expected = [
        ...doc.dates.map((d: { start: number; end: number; text: string }) => ({ kind: 'date', start: d.start, end: d.end, text: d.text })),
        ...doc.places.map((p: { start: number; end: number; text: string }) => ({ kind: 'place', start: p.start, end: p.end, text: p.text })),
        ...doc.mentions.map((m: { type: string; start: number; end: number; text: string }) => ({ kind: m.type, start: m.start, end: m.end, text: m.text })),
      ];
      const key = (h: { kind: string; start: number; end: number }) => `${h.kind}:${h.start}:${h.end}`;
      expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
      for (const h of shown) expect(h.text).toBe(doc.text.slice(h.start, h.end));
      expect(expected.length).toBeGreaterThan(5);
      mkdirSync(join(root, 'bench/results'), { recursive: true });
      await page.screenshot({ path: join(root, 'bench/results/html-view.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
