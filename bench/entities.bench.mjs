#!/usr/bin/env node
// dhad/entities benchmark, on the BUILT package (npm run build → dist/):
//  1. quality on the hand-made gold (corpus/gold/entities.json): mention precision/recall/F1
//     (exact span and type) and B-cubed F1 of the corpus-wide clustering (createEntityIndex over
//     the five articles);
//  2. throughput of findMentions + resolveEntities in MB/s (UTF-8 bytes), per article (the main
//     figure: no warm caches from repeated text) and on the corpus repeated to ~1 MB;
//  3. createEntityIndex with 100,000 generated person/organisation names: build time and lookup
//     latency (median and p95) for exact, partial, typo and absent names;
// then writes bench/results/entities.md and bench/results/entities.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scoreEntities } from '../scripts/entities-score.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { findMentions, resolveEntities, createEntityIndex } = await import(pathToFileURL(root + 'dist/entities/index.js').href);
const gold = JSON.parse(readFileSync(root + 'corpus/gold/entities.json', 'utf8'));
const articles = gold.docs.map((d) => ({ file: d.file, text: readFileSync(root + 'corpus/seed/' + d.file, 'utf8') }));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };

// ---------------------------------------------------------------- quality
const index = createEntityIndex();
const predicted = new Map();
for (const a of articles) predicted.set(a.file, index.add(a.text).mentions);
const q = scoreEntities(gold.docs, predicted);

// ---------------------------------------------------------------- throughput
function mbps(text, minMs = 300) {
  const run = () => resolveEntities(findMentions(text));
  for (let i = 0; i < 5; i++) run();
  const samples = [];
  for (let s = 0; s < 7; s++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < minMs / 7) { run(); n++; t = performance.now(); }
    samples.push((bytes(text) * n) / ((t - t0) / 1000) / 1e6);
  }
  return median(samples);
}
const perArticle = articles.map((a) => ({ file: a.file, bytes: bytes(a.text), mbps: mbps(a.text) }));
let big = '';
while (bytes(big) < 1_000_000) big += articles.map((a) => a.text).join('\n\n') + '\n\n';
const bigMbps = mbps(big, 2000);
const articleMedian = median(perArticle.map((a) => a.mbps));

// ---------------------------------------------------------------- 100,000 entities
const given = ['محمد', 'أحمد', 'علي', 'حسن', 'حسين', 'عمر', 'خالد', 'سعد', 'فيصل', 'يوسف', 'إبراهيم', 'مصطفى', 'عبد الله', 'عبد الرحمن', 'عبد العزيز', 'نور الدين', 'سلمان', 'طارق', 'زياد', 'ماجد', 'سامي', 'رامي', 'رامز', 'هشام', 'وليد', 'فاطمة', 'زينب', 'مريم', 'سارة', 'ليلى', 'هدى', 'نادية', 'سميرة', 'رانيا', 'منى'];
const fathers = ['محمد', 'أحمد', 'علي', 'حسن', 'صالح', 'جاسم', 'كاظم', 'عباس', 'ناصر', 'راشد', 'حمد', 'زايد', 'سالم', 'مهدي', 'جعفر'];
const stems = ['كاظم', 'عسكر', 'مالك', 'حلبوس', 'خزعل', 'عبيد', 'سودان', 'بغداد', 'موصل', 'تكريت', 'شمر', 'زبيد', 'جبور', 'دليم', 'عنز', 'هاشم', 'قرش', 'تميم', 'حسين', 'ربيع', 'كبيس', 'فلاح', 'جنابي', 'عزاو', 'بيات', 'نعيم', 'سعد', 'حكيم', 'صدر', 'نجف', 'كربلاء', 'بصر', 'حلب', 'شام', 'قاسم', 'خطيب', 'شريف', 'مصر', 'يمان', 'عمر', 'طائ', 'مطير', 'عتيب', 'قحطان', 'غامد', 'زهران', 'حرب', 'شهر', 'سبيع'];
const suffixes = ['ي', 'اوي', 'اني', 'ادي'];
const orgHeads = ['حزب', 'حركة', 'كتائب', 'جمعية', 'شركة', 'مؤسسة', 'هيئة', 'مركز', 'اتحاد', 'نقابة'];
const orgWords = ['النور', 'الأمل', 'الوفاء', 'العدالة', 'التنمية', 'البناء', 'الفجر', 'الشروق', 'الرافدين', 'الفرات', 'الخليج', 'الأطلس', 'النيل', 'السلام', 'الحكمة', 'الدعوة', 'الكرامة', 'الإصلاح', 'التغيير', 'المستقبل'];
const orgAdj = ['', ' الوطني', ' الإسلامي', ' الديمقراطي', ' الشعبي', ' العربي'];
let seed = 42;
// mulberry32: a small deterministic PRNG
const rnd = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (((t ^ (t >>> 14)) >>> 0) % n);
};
const names = [];
const seen = new Set();
while (names.length < 100_000) {
  let name;
  if (rnd(10) < 8) {
    const kunya = rnd(6) === 0 ? 'أبو ' + fathers[rnd(fathers.length)] + ' ' : '';
    const ism = kunya ? '' : given[rnd(given.length)] + ' ';
    const nasab = rnd(3) === 0 ? 'بن ' + fathers[rnd(fathers.length)] + ' ' : rnd(2) ? fathers[rnd(fathers.length)] + ' ' : '';
    name = { text: kunya + ism + nasab + 'ال' + stems[rnd(stems.length)] + suffixes[rnd(suffixes.length)] + (rnd(4) === 0 ? ' ' + fathers[rnd(fathers.length)] + 'ي' : ''), type: 'person' };
  } else {
    name = { text: orgHeads[rnd(orgHeads.length)] + ' ' + orgWords[rnd(orgWords.length)] + (rnd(2) ? ' ' + orgWords[rnd(orgWords.length)] : '') + orgAdj[rnd(orgAdj.length)] + (rnd(3) === 0 ? ' ' + rnd(500) : ''), type: 'org' };
  }
  if (seen.has(name.text)) continue;
  seen.add(name.text);
  names.push(name);
}
const big100k = createEntityIndex();
const tb = performance.now();
for (const n of names) big100k.addName(n.text, n.type);
const buildMs = performance.now() - tb;
const queries = {
  exact: names.filter((_, i) => i % 997 === 0).map((n) => ({ ...n, expect: big100k.lookup(n.text, n.type)?.id })),
  partial: names.filter((n, i) => i % 991 === 0 && n.type === 'person').map((n) => ({ text: n.text.split(' ').slice(-1)[0], type: 'person' })),
  typo: names.filter((n, i) => i % 983 === 0 && n.type === 'person').map((n) => { const w = n.text.split(' '); const l = w[w.length - 1]; return { text: [...w.slice(0, -1), l.slice(0, 3) + 'ء' + l.slice(4)].join(' '), type: 'person', expect: big100k.lookup(n.text, 'person')?.id }; }),
  absent: Array.from({ length: 100 }, (_, i) => ({ text: 'زكريا التلمساني' + 'ابجد'[i % 4] + i, type: 'person' })),
};
const latency = {};
for (const [kind, qs] of Object.entries(queries)) {
  for (const x of qs.slice(0, 10)) big100k.lookup(x.text, x.type); // warm-up
  const times = [];
  let found = 0;
  let correct = 0;
  for (const x of qs) {
    const t0 = performance.now();
    const r = big100k.lookup(x.text, x.type);
    times.push(performance.now() - t0);
    if (r) found++;
    if (r && x.expect && r.id === x.expect) correct++;
  }
  latency[kind] = { queries: qs.length, found, correct: qs[0]?.expect ? correct : null, medianMs: median(times), p95Ms: pct(times, 0.95), maxMs: Math.max(...times) };
}

// ---------------------------------------------------------------- report
const f = (x, d = 3) => x.toFixed(d);
const result = {
  node: process.version,
  quality: { mentions: q.tp + q.fn, tp: q.tp, fp: q.fp, fn: q.fn, precision: q.precision, recall: q.recall, f1: q.f1, b3Precision: q.b3Precision, b3Recall: q.b3Recall, b3F1: q.b3F1, errors: q.errors },
  throughput: { perArticle, articleMedianMBps: articleMedian, repeatedCorpusMBps: bigMbps, repeatedCorpusBytes: bytes(big) },
  index: { entities: big100k.size, names: names.length, buildMs, latency },
};
mkdirSync(root + 'bench/results', { recursive: true });
writeFileSync(root + 'bench/results/entities.json', JSON.stringify(result, null, 1) + '\n');
const md = `# dhad/entities benchmark

Node ${process.version}, built package (dist/entities). Run: \`npm run build && node bench/entities.bench.mjs\`.

## Quality on the seed gold (corpus/gold/entities.json, ${q.tp + q.fn} mentions)

| | precision | recall | F1 |
| --- | --- | --- | --- |
| mentions (exact span + type) | ${f(q.precision)} | ${f(q.recall)} | **${f(q.f1)}** |
| B-cubed (corpus-wide entities, createEntityIndex) | ${f(q.b3Precision)} | ${f(q.b3Recall)} | **${f(q.b3F1)}** |

Errors (${q.errors.length}):
${q.errors.map((e) => `- ${e.kind} ${e.type} \`${e.text}\` (${e.file.slice(0, 3)} @${e.start})`).join('\n') || '- none'}

## Throughput: findMentions + resolveEntities

| input | bytes (UTF-8) | MB/s |
| --- | --- | --- |
${perArticle.map((a) => `| ${a.file} | ${a.bytes} | ${f(a.mbps, 2)} |`).join('\n')}
| **median per article** | | **${f(articleMedian, 2)}** |
| corpus repeated to ~1 MB | ${bytes(big)} | ${f(bigMbps, 2)} |

## createEntityIndex with ${names.length.toLocaleString('en')} names (${big100k.size.toLocaleString('en')} entities after resolution)

Build (addName × ${names.length.toLocaleString('en')}): ${f(buildMs / 1000, 1)} s.

| lookup | queries | found | found the entity of the exact name | median ms | p95 ms | max ms |
| --- | --- | --- | --- | --- | --- | --- |
${Object.entries(latency).map(([k, v]) => `| ${k} | ${v.queries} | ${v.found} | ${v.correct ?? '–'} | ${f(v.medianMs)} | ${f(v.p95Ms)} | ${f(v.maxMs)} |`).join('\n')}

The typo queries change one letter inside the last word; a typo query is answered only when exactly
one entity is that close (the generated names are dense: many surnames are one letter apart, so
most typo queries are rightly left unanswered).

Candidates come from exact keys and the entities sharing the rarest words; when none of them fits,
fuse.js searches the buckets of the longest word (same first and last letter, length ±1);
compareNames decides every time.
`;
writeFileSync(root + 'bench/results/entities.md', md);
console.log(md);
