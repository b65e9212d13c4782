// Gold person/organisation mentions of the seed corpus.
//   node scripts/check-gold-entities.mjs generate   locate the hand annotation
//        (scripts/data/gold-entities.txt, mentions in text order) and write corpus/gold/entities.json
//   node scripts/check-gold-entities.mjs [test]     check corpus/gold/entities.json: every span is
//        text.slice(start, end), in bounds, sorted, not overlapping, at word boundaries; and list
//        occurrences of an annotated surface that carry no annotation (to catch a missed mention).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const goldPath = join(root, 'corpus', 'gold', 'entities.json');
const mode = process.argv[2] ?? 'test';
const read = (file) => readFileSync(join(root, 'corpus', 'seed', file), 'utf8');
const isLetter = (ch) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
const PROCLITICS = new Set(['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']);

/** Is text[start, end) a whole word sequence, allowing a proclitic right before it? */
function atBoundary(text, start, end) {
  if (isLetter(text[end])) return false;
  let s = start;
  while (s > 0 && isLetter(text[s - 1])) s--;
  return PROCLITICS.has(text.slice(s, start));
}

if (mode === 'generate') {
  const docs = [];
  let doc;
  let from = 0;
  for (const line of readFileSync(join(root, 'scripts', 'data', 'gold-entities.txt'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('@ ')) {
      doc = { file: line.slice(2).trim(), mentions: [] };
      doc.text = read(doc.file);
      docs.push(doc);
      from = 0;
      continue;
    }
    const [surface, entity] = line.split('\t');
    let at = doc.text.indexOf(surface, from);
    while (at >= 0 && !atBoundary(doc.text, at, at + surface.length)) at = doc.text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`${doc.file}: "${surface}" not found after offset ${from}`);
    doc.mentions.push({ start: at, end: at + surface.length, text: surface, type: entity.startsWith('P-') ? 'person' : 'org', entity });
    from = at + surface.length;
  }
  const out = {
    description: 'Every person and organisation mention in corpus/seed, by hand, with corpus-wide entity ids. Generated from scripts/data/gold-entities.txt by scripts/check-gold-entities.mjs (guidelines there). Offsets: UTF-16, half-open, into the original file.',
    docs: docs.map((d) => ({ file: d.file, mentions: d.mentions })),
  };
  writeFileSync(goldPath, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${goldPath}: ${docs.reduce((n, d) => n + d.mentions.length, 0)} mentions`);
}

const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
let errors = 0;
let warnings = 0;
const entities = new Set();
for (const d of gold.docs) {
  const text = read(d.file);
  let prevEnd = 0;
  const covered = [];
  for (const m of d.mentions) {
    entities.add(m.entity);
    const bad = (why) => { errors++; console.error(`${d.file} ${m.start}-${m.end} "${m.text}": ${why}`); };
    if (!(m.start >= 0 && m.end <= text.length && m.start < m.end)) bad('out of bounds');
    else if (text.slice(m.start, m.end) !== m.text) bad(`slice is "${text.slice(m.start, m.end)}"`);
    if (m.start < prevEnd) bad('overlaps or not sorted');
    if (!atBoundary(text, m.start, m.end)) bad('not at a word boundary');
    if ((m.type === 'person') !== m.entity.startsWith('P-')) bad('type does not match the entity id');
    prevEnd = m.end;
    covered.push([m.start, m.end]);
  }
  // surfaces annotated somewhere but left unannotated here
  const surfaces = new Set(gold.docs.flatMap((x) => x.mentions.map((m) => m.text)));
  for (const s of surfaces) {
    let at = text.indexOf(s);
    while (at >= 0) {
      const end = at + s.length;
      if (atBoundary(text, at, end) && !covered.some(([a, b]) => a <= at && end <= b)) {
        warnings++;
        console.warn(`${d.file} ${at}: unannotated "${s}" … ${text.slice(Math.max(0, at - 20), end + 20).replace(/\n/g, ' ')}`);
      }
      at = text.indexOf(s, at + 1);
    }
  }
}
const total = gold.docs.reduce((n, d) => n + d.mentions.length, 0);
console.log(`gold entities: ${gold.docs.length} docs, ${total} mentions, ${entities.size} entities; ${errors} errors, ${warnings} unannotated occurrences`);
process.exitCode = errors ? 1 : 0;
