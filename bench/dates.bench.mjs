#!/usr/bin/env node
// dhad/dates benchmark, on the BUILT package (npm run build → dist/):
//  1. quality on the hand-made gold (corpus/gold/dates.json): span precision/recall/F1 (exact
//     offsets) and value accuracy (value/from/to equal, over the spans found);
//  2. throughput of tagDates(text, { ref }) in MB/s (UTF-8 bytes), per article (each of the five
//     seed articles separately; the main figure) and on the corpus repeated to ~1 MB;
// then writes bench/results/dates.md and bench/results/dates.json.
// DHAD_DATES_MODULE=path overrides the module under test (default: dist/dates/index.js).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modPath = process.env.DHAD_DATES_MODULE ?? root + 'dist/dates/index.js';
const { tagDates } = await import(pathToFileURL(modPath).href);

const gold = JSON.parse(readFileSync(root + 'corpus/gold/dates.json', 'utf8'));
const articles = gold.articles.map((a) => ({ ...a, text: readFileSync(root + 'corpus/seed/' + a.file, 'utf8') }));

// ---------------------------------------------------------------- quality
let tp = 0;
let fp = 0;
let fn = 0;
let valueOk = 0;
let valueTotal = 0;
const errors = [];
const same = (a, b) => (a ?? null) === (b ?? null);
for (const a of articles) {
  const got = tagDates(a.text, { ref: a.ref });
  const goldByKey = new Map(a.dates.map((d) => [`${d.start}:${d.end}`, d]));
  const seen = new Set();
  for (const d of got) {
    const key = `${d.start}:${d.end}`;
    const g = goldByKey.get(key);
    if (g === undefined) {
      fp++;
      errors.push({ article: a.id, kind: 'false positive', text: d.text, start: d.start, got: d.value ?? d.from ?? d.vague ?? null });
      continue;
    }
    tp++;
    seen.add(key);
    valueTotal++;
    if (same(g.value, d.value) && same(g.from, d.from) && same(g.to, d.to)) valueOk++;
    else errors.push({ article: a.id, kind: 'wrong value', text: d.text, start: d.start, gold: [g.value, g.from, g.to], got: [d.value, d.from, d.to] });
  }
  for (const g of a.dates) {
    if (!seen.has(`${g.start}:${g.end}`)) {
      fn++;
      errors.push({ article: a.id, kind: 'missed', text: g.text, start: g.start });
    }
  }
}
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const valueAccuracy = valueOk / Math.max(1, valueTotal);

// ---------------------------------------------------------------- throughput
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function measure(text, ref, minMs = 400) {
  for (let i = 0; i < 20; i++) tagDates(text, { ref });
  const times = [];
  const deadline = performance.now() + minMs;
  while (performance.now() < deadline || times.length < 15) {
    const t0 = performance.now();
    tagDates(text, { ref });
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const median = times[times.length >> 1];
  return { medianMs: median, mbPerS: bytes(text) / 1e6 / (median / 1000), runs: times.length };
}
const perArticle = articles.map((a) => ({ id: a.id, bytes: bytes(a.text), ...measure(a.text, a.ref) }));
const allText = articles.map((a) => a.text).join('\n\n');
const repeated = allText.repeat(Math.ceil(1_000_000 / bytes(allText)));
const rep = { bytes: bytes(repeated), ...measure(repeated, '2021-11-07', 1500) };
const totalBytes = perArticle.reduce((s, a) => s + a.bytes, 0);
const totalMs = perArticle.reduce((s, a) => s + a.medianMs, 0);
const perArticleMBs = totalBytes / 1e6 / (totalMs / 1000);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  module: modPath.replace(root, ''),
  quality: { gold: 'corpus/gold/dates.json', spans: tp + fn, tp, fp, fn, precision, recall, f1, valueAccuracy, valueChecked: valueTotal },
  throughput: { perArticleMBs, perArticle, repeated: rep },
  errors,
};
mkdirSync(root + 'bench/results', { recursive: true });
writeFileSync(root + 'bench/results/dates.json', JSON.stringify(result, null, 1) + '\n');
const pct = (x) => (100 * x).toFixed(1) + '%';
const md = [
  '# dhad/dates benchmark',
  '',
  `Node ${process.version}, ${result.date}. Module: \`${result.module}\`. Produced by \`node bench/dates.bench.mjs\`.`,
  '',
  '## Quality on corpus/gold/dates.json (5 seed articles, hand-annotated)',
  '',
  '| gold spans | found | exact-span TP | FP | FN | precision | recall | F1 | value accuracy |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  `| ${tp + fn} | ${tp + fp} | ${tp} | ${fp} | ${fn} | ${pct(precision)} | ${pct(recall)} | **${pct(f1)}** | **${pct(valueAccuracy)}** (${valueOk}/${valueTotal}) |`,
  '',
  'Spans must match exactly (start and end). Value accuracy: `value`, `from` and `to` all equal to the gold, over the spans found.',
  '',
  errors.length === 0 ? 'No errors.' : '### Errors\n\n' + errors.map((e) => `- ${e.article} ${e.kind}: «${e.text}» @${e.start}${e.gold ? ` gold ${JSON.stringify(e.gold)} got ${JSON.stringify(e.got)}` : e.got ? ` (${e.got})` : ''}`).join('\n'),
  '',
  '## Throughput of tagDates(text, { ref }) (string input: tokenize + grammar)',
  '',
  '| input | bytes (UTF-8) | median ms | MB/s |',
  '| --- | --- | --- | --- |',
  ...perArticle.map((a) => `| article ${a.id} | ${a.bytes} | ${a.medianMs.toFixed(3)} | ${a.mbPerS.toFixed(1)} |`),
  `| **all five, per article** | ${totalBytes} | ${totalMs.toFixed(3)} | **${perArticleMBs.toFixed(1)}** |`,
  `| corpus repeated | ${rep.bytes} | ${rep.medianMs.toFixed(1)} | ${rep.mbPerS.toFixed(1)} |`,
  '',
].join('\n');
writeFileSync(root + 'bench/results/dates.md', md);
console.log(md);
