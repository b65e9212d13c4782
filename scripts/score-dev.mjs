// Scores the built package on the development sets in corpus/dev (see corpus/dev/README.md):
//   node scripts/score-dev.mjs [set …] [--errors] [--type persons|orgs|places|dates]
// Loose match: the spans overlap and one contains the other; "strict" counts identical spans.
// Places are the flat list: not demonyms, and not a place inside an organisation's name (inOrg).
// Dates also report the share of matched mentions whose value equals the gold one, and F1
// without durations. Run `npm run build` first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist/index.js');
if (!existsSync(dist)) {
  console.error('dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}
const lib = await import(pathToFileURL(dist).href);
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const onlyType = args.includes('--type') ? args[args.indexOf('--type') + 1] : null;
const named = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--type');
const devDir = join(root, 'corpus/dev');
const sets = named.length > 0 ? named : readdirSync(devDir).filter((f) => f.endsWith('.json')).sort();

for (const file of sets) {
  const set = JSON.parse(readFileSync(existsSync(file) ? file : join(devDir, file), 'utf8'));
  console.log(`${set.name} (${set.paragraphs.length} paragraphs)`);
  score(set);
  console.log('');
}

function score(set) {
  const TYPES = ['persons', 'orgs', 'places', 'dates', 'dates w/o durations'];
  const tally = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, strict: 0, valOk: 0, valN: 0 }]));
  const errors = [];
  const contains = (a, b) => (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
  const valueOf = (d) => d.value ?? (d.from !== undefined && d.to !== undefined ? `${d.from}/${d.to}` : d.duration ?? null);
  for (const p of set.paragraphs) {
    const doc = lib.analyze(p.text, { ref: p.ref });
    const pred = {
      persons: doc.mentions.filter((m) => m.type === 'person'),
      orgs: doc.mentions.filter((m) => m.type === 'org'),
      places: doc.places.filter((m) => m.kind !== 'demonym' && !m.inOrg),
      dates: doc.dates,
    };
    pred['dates w/o durations'] = doc.dates.filter((d) => d.type !== 'duration');
    const gold = { ...p, 'dates w/o durations': p.dates.filter((d) => d.type !== 'duration') };
    for (const t of TYPES) {
      const g = gold[t];
      const used = new Set();
      for (const gm of g) {
        let k = pred[t].findIndex((pm, i) => !used.has(i) && pm.start === gm.start && pm.end === gm.end);
        if (k >= 0) tally[t].strict++;
        else k = pred[t].findIndex((pm, i) => !used.has(i) && contains(pm, gm));
        if (k >= 0) {
          used.add(k);
          tally[t].tp++;
          if (t === 'dates' && gm.value) {
            tally[t].valN++;
            const v = valueOf(pred[t][k]);
            if (v === gm.value) tally[t].valOk++;
            else if (t === 'dates') errors.push({ id: p.id, t, kind: 'value', text: gm.text, got: `${pred[t][k].text} = ${v}`, want: gm.value });
          }
          if (pred[t][k].start !== gm.start || pred[t][k].end !== gm.end) errors.push({ id: p.id, t, kind: 'span', text: gm.text, got: pred[t][k].text });
        } else {
          tally[t].fn++;
          errors.push({ id: p.id, t, kind: 'missed', text: gm.text });
        }
      }
      pred[t].forEach((pm, i) => {
        if (used.has(i)) return;
        tally[t].fp++;
        errors.push({ id: p.id, t, kind: 'spurious', text: pm.text, got: t.startsWith('dates') ? `${pm.type} ${valueOf(pm)}` : undefined });
      });
    }
  }
  const f = (x) => x.toFixed(3);
  for (const t of TYPES) {
    const s = tally[t];
    const P = s.tp / (s.tp + s.fp || 1), R = s.tp / (s.tp + s.fn || 1);
    const F = P + R ? (2 * P * R) / (P + R) : 0;
    console.log(`${t.padEnd(20)} P ${f(P)} R ${f(R)} F1 ${f(F)}  strict ${s.strict}/${s.tp + s.fn}` + (t === 'dates' ? `  values ${s.valOk}/${s.valN}` : ''));
  }
  if (showErrors) for (const e of errors) if ((!onlyType || e.t === onlyType) && e.t !== 'dates w/o durations') console.log(`${e.id} ${e.t} ${e.kind}: ${e.text}${e.got ? ' → ' + e.got : ''}${e.want ? ' (want ' + e.want + ')' : ''}`);
}
