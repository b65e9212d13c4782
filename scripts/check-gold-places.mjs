#!/usr/bin/env node
// Checks corpus/gold/places.json: every span matches the article text (input.slice(start, end) === text),
// spans are sorted and do not overlap, kinds are valid, every id exists in the compiled gazetteer
// (src/places/data/gazetteer.ts), a demonym's id is a country, and a `clitic` is the text just before the span.
// Exit code 1 on any problem. Usage: node scripts/check-gold-places.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gold = JSON.parse(readFileSync(join(root, 'corpus', 'gold', 'places.json'), 'utf8'));
const src = readFileSync(join(root, 'src', 'places', 'data', 'gazetteer.ts'), 'utf8');
const data = JSON.parse(src.slice(src.indexOf('= "') + 2, src.lastIndexOf(';')));
const kindOf = new Map();
for (const line of data.split('\n')) {
  const [tag, id] = line.split('|');
  if ('crtl'.includes(tag) && tag.length === 1) kindOf.set(id, { c: 'country', r: 'region', t: 'city', l: 'landmark' }[tag]);
}
const KINDS = new Set(['country', 'region', 'city', 'landmark', 'demonym']);
const problems = [];
let total = 0;
for (const article of gold.articles) {
  const text = readFileSync(join(root, 'corpus', 'seed', article.file), 'utf8');
  let last = 0;
  for (const m of article.mentions) {
    total++;
    const where = `${article.id} [${m.start},${m.end}) ${JSON.stringify(m.text)}`;
    if (text.slice(m.start, m.end) !== m.text) problems.push(`${where}: text is ${JSON.stringify(text.slice(m.start, m.end))}`);
    if (m.start < last) problems.push(`${where}: not sorted or overlaps the previous mention`);
    if (m.end <= m.start) problems.push(`${where}: empty span`);
    last = m.end;
    if (!KINDS.has(m.kind)) problems.push(`${where}: unknown kind ${m.kind}`);
    const k = kindOf.get(m.id);
    if (!k) problems.push(`${where}: id ${m.id} is not in the gazetteer`);
    else if (m.kind === 'demonym' ? k !== 'country' : k !== m.kind) problems.push(`${where}: kind ${m.kind} but ${m.id} is a ${k}`);
    if (m.clitic !== undefined && text.slice(m.start - m.clitic.length, m.start) !== m.clitic) problems.push(`${where}: clitic ${m.clitic} is not before the span`);
    if (/[\u0621-\u064A]/.test(text[m.end] ?? '') || (m.clitic === undefined && /[\u0621-\u064A]/.test(text[m.start - 1] ?? ''))) {
      problems.push(`${where}: span cuts a word`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in ${total} gold mentions`);
  process.exit(1);
}
console.log(`corpus/gold/places.json: ${total} mentions in ${gold.articles.length} articles, all offsets and ids check out`);
