// `npm start`: analyse the seed corpus (corpus/seed) with the built package and print, per
// article, a summary, its dates with resolved values, its places and its entities; then the
// corpus-wide entity table. Run after `npm run build` (npm start does both).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/index.js';
import { createEntityIndex } from '../dist/entities/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'corpus', 'seed');
const index = JSON.parse(readFileSync(join(corpusDir, 'index.json'), 'utf8'));
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const dim = paint('2');
const bold = paint('1');

const countBy = (items, key) => {
  const counts = {};
  for (const item of items) counts[item[key]] = (counts[item[key]] ?? 0) + 1;
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
};
const dateValue = (d) => d.value ?? (d.from || d.to ? `${d.from ?? '…'} → ${d.to ?? '…'}` : '(vague)');
const entityIndex = createEntityIndex();
const started = performance.now();
let bytes = 0;

for (const article of index.articles) {
  const text = readFileSync(join(corpusDir, article.file), 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = analyze(text, { ref: article.ref });
  entityIndex.add(doc);
  const words = doc.tokens.filter((t) => t.kind === 'word');
  const changed = words.filter((t) => t.norm !== t.text);
  console.log(`\n${bold(`── ${article.id}`)}  ${article.title.slice(0, 80)}${article.title.length > 80 ? '…' : ''}`);
  console.log(dim(`   ref ${article.ref} · lang ${doc.lang?.code ?? '?'} · ${text.length} chars · ${doc.sentences.length} sentences · ${doc.tokens.length} tokens (${countBy(doc.tokens, 'kind')})`));
  console.log(dim(`   search normalisation changes ${changed.length} of ${words.length} words, e.g. ${changed.slice(0, 3).map((t) => `${t.text}→${t.norm}`).join('، ')}`));
  console.log(`   dates (${doc.dates.length}):`);
  for (const d of doc.dates) {
    const flags = d.flags?.length ? `  ⚠ ${d.flags.join(', ')}` : '';
    console.log(`     ${d.text}  →  ${dateValue(d)}  ${dim(`[${d.type}, ${d.grain}${d.relative ? ', relative' : ''}${d.hijri ? `, hijri ${d.hijri}` : ''}]`)}${flags}`);
  }
  const places = new Map();
  for (const p of doc.places) {
    const key = `${p.kind === 'demonym' ? 'demonym of ' : ''}${p.name}${p.nameEn ? ` (${p.nameEn})` : ''}`;
    places.set(key, (places.get(key) ?? 0) + 1);
  }
  console.log(`   places (${doc.places.length}): ${[...places].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(' · ')}`);
  console.log(`   entities (${doc.entities.length}):`);
  for (const e of doc.entities) {
    const others = e.variants.filter((v) => v !== e.name);
    console.log(`     ${e.type === 'person' ? 'person' : 'org   '} ${e.name} ×${e.mentions.length}${others.length ? dim(`  = ${others.join(' = ')}`) : ''}`);
  }
  for (const m of doc.messages) console.log(dim(`   note: ${m.ruleId}: ${m.reason} (“${text.slice(m.start, m.end).slice(0, 40)}”)`));
}

const seconds = (performance.now() - started) / 1000;
console.log(`\n${bold('── corpus-wide entities')} ${dim('(createEntityIndex: one id across the five articles)')}`);
const table = entityIndex.entities().slice().sort((a, b) => b.mentions.length - a.mentions.length);
for (const e of table) {
  const docs = new Set(e.mentions.map((m) => m.doc)).size;
  console.log(`  ${e.id.padEnd(5)} ${(e.type === 'person' ? 'person' : 'org').padEnd(6)} ${String(e.mentions.length).padStart(3)} mention${e.mentions.length > 1 ? "s" : " "} in ${docs} article${docs > 1 ? 's' : ''}  ${e.name}${e.variants.length > 1 ? dim(`  (${e.variants.filter((v) => v !== e.name).join('، ')})`) : ''}`);
}
console.log(dim(`\n${index.articles.length} articles, ${(bytes / 1024).toFixed(1)} KB analysed in ${(seconds * 1000).toFixed(0)} ms (first call includes loading the gazetteer and lexicons).`));
