// Places benchmark on the BUILT package (npm run build first): gazetteer load time and heap (fresh child
// processes, median), tagPlaces throughput per article and on the repeated corpus (warm-up + median), and
// quality (P/R/F1 for names and for demonyms) against corpus/gold/places.json.
// Writes bench/results/places.md and bench/results/places.json.
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagPlaces } from '../dist/places/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const index = JSON.parse(readFileSync(join(root, 'corpus', 'seed', 'index.json'), 'utf8'));
const gold = JSON.parse(readFileSync(join(root, 'corpus', 'gold', 'places.json'), 'utf8'));
const articles = index.articles.map((a) => ({ id: a.id, text: readFileSync(join(root, 'corpus', 'seed', a.file), 'utf8') }));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const bytes = (s) => Buffer.byteLength(s, 'utf8');

// 1. load: a fresh process each time, so the parse is cold as a user's first call is
const loads = [];
for (let k = 0; k < 7; k++) {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', `
    import { gazetteerInfo } from ${JSON.stringify(join(root, 'dist', 'places', 'index.js'))};
    globalThis.gc(); const before = process.memoryUsage().heapUsed;
    const t0 = performance.now(); const info = gazetteerInfo(); const ms = performance.now() - t0;
    globalThis.gc(); const heap = process.memoryUsage().heapUsed - before;
    console.log(JSON.stringify({ ms, heap, entries: info.entries }));`]).toString();
  loads.push(JSON.parse(out));
}
const load = { medianMs: median(loads.map((l) => l.ms)), heapMB: median(loads.map((l) => l.heap)) / 1e6, entries: loads[0].entries };
const dataBytes = statSync(join(root, 'src', 'places', 'data', 'gazetteer.ts')).size;
const distBytes = statSync(join(root, 'dist', 'places', 'index.js')).size;

// 2. throughput
tagPlaces('تهيئة في بغداد'); // the first call loads the gazetteer; figures below are "after the first call"
function throughput(text, minMs = 300) {
  for (let k = 0; k < 5; k++) tagPlaces(text);
  const times = [];
  const end = performance.now() + minMs;
  while (performance.now() < end || times.length < 5) {
    const t0 = performance.now(); tagPlaces(text); times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { ms, mbPerS: bytes(text) / 1e6 / (ms / 1000) };
}
const perArticle = articles.map((a) => ({ id: a.id, bytes: bytes(a.text), ...throughput(a.text) }));
const repeated = articles.map((a) => a.text).join('\n\n').repeat(20);
const whole = { bytes: bytes(repeated), ...throughput(repeated, 1000) };

// 3. quality
const score = { names: { tp: 0, fp: 0, fn: 0 }, demonyms: { tp: 0, fp: 0, fn: 0 } };
const errors = [];
for (const a of gold.articles) {
  const text = articles.find((x) => x.id === a.id).text;
  const got = tagPlaces(text);
  const key = (m) => `${m.start}:${m.end}:${m.id}`;
  for (const group of ['names', 'demonyms']) {
    const isGroup = (k) => (group === 'demonyms') === (k === 'demonym');
    const g = new Map(a.mentions.filter((m) => isGroup(m.kind)).map((m) => [key(m), m]));
    const p = new Map(got.filter((m) => isGroup(m.kind)).map((m) => [key(m), m]));
    for (const [k, m] of p) if (g.has(k)) score[group].tp++; else { score[group].fp++; errors.push(`${a.id} FP ${m.text} ${m.id}`); }
    for (const [k, m] of g) if (!p.has(k)) { score[group].fn++; errors.push(`${a.id} FN ${m.text} ${m.id}`); }
  }
}
const prf = (s) => { const p = s.tp / (s.tp + s.fp || 1); const r = s.tp / (s.tp + s.fn || 1); return { ...s, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 }; };
const quality = { names: prf(score.names), demonyms: prf(score.demonyms) };

const result = { node: process.version, load: { ...load, dataBytes, distBytes }, perArticle, repeated: whole, quality, errors };
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'places.json'), JSON.stringify(result, null, 2) + '\n');
const f = (x, d = 2) => x.toFixed(d);
const md = `# dhad/places benchmark

Node ${process.version}. Built package (dist/). Medians.

## Gazetteer
| entries | compiled data (src) | dist/places/index.js | load (cold process, median of 7) | heap after load |
| --- | --- | --- | --- | --- |
| ${load.entries} | ${f(dataBytes / 1024, 0)} KiB | ${f(distBytes / 1024, 0)} KiB | ${f(load.medianMs, 1)} ms | ${f(load.heapMB, 1)} MB |

## tagPlaces throughput (after the first call)
| article | bytes (UTF-8) | ms | MB/s |
| --- | --- | --- | --- |
${perArticle.map((a) => `| ${a.id} | ${a.bytes} | ${f(a.ms, 3)} | ${f(a.mbPerS)} |`).join('\n')}
| corpus ×20 | ${whole.bytes} | ${f(whole.ms, 1)} | ${f(whole.mbPerS)} |

## Quality on corpus/gold/places.json (exact span and id)
| | TP | FP | FN | P | R | F1 |
| --- | --- | --- | --- | --- | --- | --- |
| names | ${quality.names.tp} | ${quality.names.fp} | ${quality.names.fn} | ${f(quality.names.precision, 3)} | ${f(quality.names.recall, 3)} | ${f(quality.names.f1, 3)} |
| demonyms | ${quality.demonyms.tp} | ${quality.demonyms.fp} | ${quality.demonyms.fn} | ${f(quality.demonyms.precision, 3)} | ${f(quality.demonyms.recall, 3)} | ${f(quality.demonyms.f1, 3)} |
${errors.length ? '\nErrors:\n' + errors.map((e) => `- ${e}`).join('\n') + '\n' : ''}`;
writeFileSync(join(here, 'results', 'places.md'), md);
console.log(md);
