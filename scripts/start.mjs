// `npm start`: analyse the seed corpus (corpus/seed) with the built package and print
// a short summary per article. Run after `npm run build` (npm start does both).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeWithMap } from '../dist/normalize/index.js';
import { tokenize, splitSentences } from '../dist/tokenize/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'corpus', 'seed');
const index = JSON.parse(readFileSync(join(corpusDir, 'index.json'), 'utf8'));

const countBy = (items, key) => {
  const counts = {};
  for (const item of items) counts[item[key]] = (counts[item[key]] ?? 0) + 1;
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
};

for (const article of index.articles) {
  const text = readFileSync(join(corpusDir, article.file), 'utf8');
  const normalized = normalizeWithMap(text, 'search');
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const words = tokens.filter((t) => t.kind === 'word');
  const changed = words.filter((t) => t.norm !== t.text).length;
  console.log(`\n── ${article.id}  ${article.title.slice(0, 70)}${article.title.length > 70 ? '…' : ''}`);
  console.log(`   ref ${article.ref} · ${text.length} chars · ${sentences.length} sentences · ${tokens.length} tokens (${countBy(tokens, 'kind')})`);
  console.log(`   normalised (search): ${normalized.text.length} chars; ${changed} of ${words.length} words change (e.g. ${words.filter((t) => t.norm !== t.text).slice(0, 3).map((t) => `${t.text}→${t.norm}`).join('، ')})`);
}
