// Throughput of dhad/normalize on the built package (run `npx tsup` or `npm run build` first).
// MB/s of UTF-8 input, per seed article and on the corpus repeated to ~20 MB, for: a plain
// string copy (the ceiling), each preset via createNormalizer, normalizeWithMap, tokenize,
// a regex-chain baseline and the npm peers. Median of several timed samples after warm-up.
// Writes bench/results/normalize.md and bench/results/normalize.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'normalize/index.js'))) {
  console.error('dist/normalize/index.js is missing: run `npx tsup` (or `npm run build`) first');
  process.exit(1);
}
const { createNormalizer, normalizeWithMap } = await import(pathToFileURL(join(dist, 'normalize/index.js')).href);
const notes = [];
let tokenize;
if (existsSync(join(dist, 'tokenize/index.js'))) {
  ({ tokenize } = await import(pathToFileURL(join(dist, 'tokenize/index.js')).href));
}
if (typeof tokenize !== 'function') notes.push('tokenize: dist/tokenize/index.js has no tokenize yet, skipped');

async function peer(name, pick) {
  try {
    return pick(await import(name));
  } catch (e) {
    notes.push(`${name}: not installed (${e.code ?? e.message}), skipped`);
    return undefined;
  }
}
const flowdegree = await peer('@flowdegree/arabic-strings', (m) => m.sanitize ?? m.default?.sanitize);
const atn = await peer('arabic-text-normalizer', (m) => m.normalize ?? m.default);

// The usual regex chain: what most code does instead of a one-pass table.
const regexChain = (s) =>
  s
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064a')
    .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0630))
    .replace(/[\u200b-\u200f\u061c\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');

/** Token count of each input (filled before timing), for the allocation-floor case. */
const tokenCounts = new Map();
function allocTokens(s) {
  const n = tokenCounts.get(s);
  const out = [];
  for (let i = 0; i < n; i++) out.push({ text: 'ب', start: i, end: i + 1, norm: 'ب', kind: 'word' });
  return out;
}

const cases = [
  ['copy (ceiling)', (s) => Buffer.from(s, 'utf16le').toString('utf16le')],
  ['dhad search', createNormalizer('search')],
  ['dhad display', createNormalizer('display')],
  ['dhad camel', createNormalizer('camel')],
  ['dhad lucene', createNormalizer('lucene')],
  ['dhad normalizeWithMap', (s) => normalizeWithMap(s, 'search')],
  ...(tokenize ? [['dhad tokenize', (s) => tokenize(s)]] : []),
  // What tokenize cannot go below in JS: allocating as many token-shaped objects as it returns
  // (2 million on ~20 MB), with no scanning at all. On 20 MB this, not the scan, sets the pace.
  ...(tokenize ? [['token objects alone (no scan)', allocTokens]] : []),
  ['regex chain (10 × replace)', regexChain],
  ...(flowdegree ? [['@flowdegree/arabic-strings sanitize', flowdegree]] : []),
  ...(atn ? [['arabic-text-normalizer', (s) => atn(s)]] : []),
];

const seedDir = join(root, 'corpus/seed');
const articles = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(seedDir, f), 'utf8') }));
const joined = articles.map((a) => a.text).join('\n\n');
const big = joined.repeat(Math.max(1, Math.round(20e6 / Buffer.byteLength(joined))));
const inputs = [...articles, { name: `corpus × ${Math.round(big.length / joined.length)} (~20 MB)`, text: big, big: true }];
if (tokenize) for (const input of inputs) tokenCounts.set(input.text, tokenize(input.text).length);

let sink = 0;
const consume = (r) => {
  sink += typeof r === 'string' ? r.length : Array.isArray(r) ? r.length : r.text.length;
};

/** Median seconds per call. */
function measure(fn, s, big) {
  const sampleMs = big ? 0 : 40;
  const samples = big ? 5 : 9;
  // warm-up
  const warmUntil = performance.now() + (big ? 0 : 150);
  consume(fn(s));
  while (performance.now() < warmUntil) consume(fn(s));
  // calibrate iterations per sample
  let iters = 1;
  if (!big) {
    const t0 = performance.now();
    consume(fn(s));
    const once = Math.max(performance.now() - t0, 0.001);
    iters = Math.max(1, Math.round(sampleMs / once));
  }
  const times = [];
  for (let k = 0; k < samples; k++) {
    if (big && globalThis.gc) globalThis.gc();
    const t0 = performance.now();
    for (let q = 0; q < iters; q++) consume(fn(s));
    times.push((performance.now() - t0) / 1000 / iters);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const results = [];
for (const input of inputs) {
  const bytes = Buffer.byteLength(input.text);
  for (const [name, fn] of cases) {
    const sec = measure(fn, input.text, input.big);
    results.push({ input: input.name, bytes, case: name, mbPerSec: bytes / 1e6 / sec });
  }
  process.stdout.write(`${input.name} done\n`);
}

// Per-article figure of each case: total bytes / total time over the five articles.
const perArticle = {};
for (const [name] of cases) {
  let bytes = 0;
  let sec = 0;
  for (const r of results) {
    if (r.case !== name || r.input.startsWith('corpus')) continue;
    bytes += r.bytes;
    sec += r.bytes / 1e6 / r.mbPerSec;
  }
  perArticle[name] = bytes / 1e6 / sec;
}
const bigName = inputs[inputs.length - 1].name;
const bigFig = Object.fromEntries(results.filter((r) => r.input === bigName).map((r) => [r.case, r.mbPerSec]));
const copyA = perArticle['copy (ceiling)'];
const copyB = bigFig['copy (ceiling)'];

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const lines = [];
lines.push('# dhad/normalize throughput');
lines.push('');
lines.push(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), ${new Date().toISOString().slice(0, 10)}.`);
lines.push(`Load average at the end of the run: ${os.loadavg().map((x) => x.toFixed(1)).join(', ')} — on a shared 2-core machine the figures move by ±50 % between runs; compare ratios within one run.`);
lines.push('MB/s of UTF-8 input (median of timed samples after warm-up), built package (dist/).');
lines.push('"per article" = the five seed articles one at a time (total bytes / total time): the main figure,');
lines.push('since peers that cache per distinct word look better on the repeated corpus.');
lines.push('');
lines.push(`| case | per article MB/s | × copy | ~20 MB MB/s | × copy |`);
lines.push('| --- | ---: | ---: | ---: | ---: |');
for (const [name] of cases) {
  lines.push(`| ${name} | ${fmt(perArticle[name])} | ${(perArticle[name] / copyA).toFixed(2)} | ${fmt(bigFig[name])} | ${(bigFig[name] / copyB).toFixed(2)} |`);
}
lines.push('');
const target = (label, name, ratio) => {
  const a = perArticle[name] / copyA;
  const b = bigFig[name] / copyB;
  return `- ${label} ≥ ${ratio} × copy: per article ${a.toFixed(2)} (${a >= ratio ? 'met' : 'NOT met'}), ~20 MB ${b.toFixed(2)} (${b >= ratio ? 'met' : 'NOT met'})`;
};
lines.push('Targets:');
lines.push(target("createNormalizer('search')", 'dhad search', 0.6));
lines.push(target('normalizeWithMap', 'dhad normalizeWithMap', 0.3));
if (tokenize) {
  const t = perArticle['dhad tokenize'];
  lines.push(`- tokenize ≥ 30 MB/s: per article ${fmt(t)} MB/s (${t >= 30 ? 'met' : 'NOT met'}), ~20 MB ${fmt(bigFig['dhad tokenize'])} MB/s (allocating its ${tokenCounts.get(big).toLocaleString('en')} token objects alone: ${fmt(bigFig['token objects alone (no scan)'])} MB/s)`);
}
lines.push('');
lines.push('Per article:');
lines.push('');
lines.push(`| case | ${articles.map((a) => a.name.slice(0, 3)).join(' | ')} |`);
lines.push(`| --- | ${articles.map(() => '---:').join(' | ')} |`);
for (const [name] of cases) {
  const row = articles.map((a) => fmt(results.find((r) => r.input === a.name && r.case === name).mbPerSec));
  lines.push(`| ${name} | ${row.join(' | ')} |`);
}
lines.push('');
lines.push('The regex chain and the peers do less than `search` (no presentation forms, no Persian letters, no offsets);');
lines.push('arabic-text-normalizer also removes punctuation and collapses whitespace.');
if (notes.length) {
  lines.push('');
  lines.push('Notes:');
  for (const n of notes) lines.push(`- ${n}`);
}
const md = lines.join('\n') + '\n';
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results/normalize.md'), md);
writeFileSync(
  join(here, 'results/normalize.json'),
  JSON.stringify({ node: process.version, date: new Date().toISOString(), perArticle, corpus20MB: bigFig, results, notes }, null, 2) + '\n',
);
console.log(md);
if (sink < 0) console.log(sink);
