#!/usr/bin/env node
// Checks corpus/gold/dates.json against the seed texts: every annotation's `text` must equal
// fileText.slice(start, end), spans must be sorted and must not overlap, values must be ISO-8601
// in the formats tagDates emits, and every listed negative must occur in its article.
// Usage: node scripts/check-gold-dates.mjs   (exit code 1 on any problem)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const gold = JSON.parse(readFileSync(root + 'corpus/gold/dates.json', 'utf8'));
const index = JSON.parse(readFileSync(root + 'corpus/seed/index.json', 'utf8'));
const VALUE = /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-W\d{2}|P(\d+[YMWD])*(T(\d+[HMS])+)?)$/;
const TYPES = new Set(['date', 'time', 'datetime', 'interval', 'duration']);
const GRAINS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
const problems = [];
let items = 0;
for (const article of gold.articles) {
  const meta = index.articles.find((a) => a.id === article.id);
  if (meta === undefined) problems.push(`${article.id}: not in corpus/seed/index.json`);
  else if (meta.ref !== article.ref) problems.push(`${article.id}: ref ${article.ref} differs from index.json (${meta.ref})`);
  const text = readFileSync(root + 'corpus/seed/' + article.file, 'utf8');
  let lastEnd = 0;
  for (const d of article.dates) {
    items++;
    const where = `${article.id} [${d.start},${d.end}) ${JSON.stringify(d.text)}`;
    if (text.slice(d.start, d.end) !== d.text) problems.push(`${where}: text.slice gives ${JSON.stringify(text.slice(d.start, d.end))}`);
    if (d.start < lastEnd) problems.push(`${where}: overlaps or is out of order`);
    lastEnd = d.end;
    if (!TYPES.has(d.type)) problems.push(`${where}: bad type ${d.type}`);
    if (!GRAINS.has(d.grain)) problems.push(`${where}: bad grain ${d.grain}`);
    for (const key of ['value', 'from', 'to']) {
      if (d[key] !== undefined && !VALUE.test(d[key])) problems.push(`${where}: ${key} ${d[key]} is not an ISO-8601 value`);
    }
    if (d.type === 'interval' && d.from === undefined && d.to === undefined) problems.push(`${where}: interval without from/to`);
    if (d.vague === undefined && d.value === undefined && d.from === undefined && d.to === undefined) problems.push(`${where}: no value`);
  }
  for (const n of article.negatives ?? []) if (!text.includes(n.text)) problems.push(`${article.id}: negative ${JSON.stringify(n.text)} not in the text`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`check-gold-dates: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check-gold-dates: ${items} annotations in ${gold.articles.length} articles, all spans match the text`);
