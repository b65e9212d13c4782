// The whole pipeline and every stage side by side, per article of corpus/seed, in one run;
// then the CLI's --jobs scaling. Writes bench/results/analyze.{md,json} and stages.svg.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyze, createNormalizer, normalizeWithMap, tokenize, splitSentences, tagDates, tagPlaces,
  findMentions, resolveEntities, detectLanguage, shape, createDoc,
} from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'bench', 'results');
mkdirSync(results, { recursive: true });
const index = JSON.parse(readFileSync(join(root, 'corpus/seed/index.json'), 'utf8'));
const articles = index.articles.map((a) => ({ ...a, text: readFileSync(join(root, 'corpus/seed', a.file), 'utf8') }));
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);

/** Median time of one pass over every article (each article timed on its own), after warm-up. */
function perArticle(fn) {
  for (let i = 0; i < 20; i++) for (const a of articles) fn(a);
  let total = 0;
  for (const a of articles) {
    const samples = [];
    const deadline = performance.now() + 400;
    while (samples.length < 15 || (performance.now() < deadline && samples.length < 400)) {
      const t0 = performance.now();
      fn(a);
      samples.push(performance.now() - t0);
    }
    samples.sort((x, y) => x - y);
    total += samples[samples.length >> 1];
  }
  return bytes / 1e6 / (total / 1000);
}

const search = createNormalizer('search');
const stages = [
  ['copy (ceiling)', (a) => Buffer.from(a.text, 'utf16le').toString('utf16le')],
  ['normalize (search)', (a) => search(a.text)],
  ['normalizeWithMap', (a) => normalizeWithMap(a.text)],
  ['shape', (a) => shape(a.text)],
  ['tokenize', (a) => tokenize(a.text)],
  ['splitSentences', (a) => splitSentences(a.text)],
  ['detectLanguage', (a) => detectLanguage(a.text)],
  ['tagDates', (a) => tagDates(a.text, { ref: a.ref })],
  ['tagPlaces', (a) => tagPlaces(a.text)],
  ['findMentions + resolveEntities', (a) => resolveEntities(findMentions(createDoc(a.text)))],
  ['analyze (whole pipeline)', (a) => analyze(a.text, { ref: a.ref })],
];
const rows = stages.map(([name, fn]) => ({ stage: name, mbPerSecond: perArticle(fn) }));
for (const r of rows) console.log(`${r.stage.padEnd(32)} ${r.mbPerSecond.toFixed(1).padStart(9)} MB/s`);

// CLI: the corpus as JSONL, COPIES copies (~11 MB, so that process start and warm-up weigh
// little), with --jobs 1 and --jobs 2 (2 cores here).
const COPIES = 400;
const tmp = mkdtempSync(join(tmpdir(), 'dhad-bench-'));
const jsonl = join(tmp, 'corpus.jsonl');
const lines = [];
for (let k = 0; k < COPIES; k++) for (const a of articles) lines.push(JSON.stringify({ id: `${a.id}-${k}`, text: a.text, ref: a.ref }));
writeFileSync(jsonl, lines.join('\n') + '\n');
const cliBytes = bytes * COPIES;
const cli = {};
for (const jobs of [1, 2]) {
  const times = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), 'analyze', jsonl, '--jobs', String(jobs), '--fields', 'dates,places,mentions,entities'], { maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  cli[jobs] = { seconds: times[1] / 1000, mbPerSecond: cliBytes / 1e6 / (times[1] / 1000) };
  console.log(`dhad analyze --jobs ${jobs}: ${cli[jobs].mbPerSecond.toFixed(2)} MB/s (${cli[jobs].seconds.toFixed(2)} s for ${(cliBytes / 1e6).toFixed(2)} MB, process start included)`);
}
const speedup = cli[1].seconds / cli[2].seconds;
console.log(`--jobs 2 speed-up: ${speedup.toFixed(2)}×`);

// The machine's own ceiling: two independent `--jobs 1` processes, each on one half, at once.
// If they cannot reach 2× either, the cores (not the worker pool) limit --jobs.
const halves = [lines.slice(0, lines.length >> 1), lines.slice(lines.length >> 1)].map((part, k) => {
  const file = join(tmp, `half${k}.jsonl`);
  writeFileSync(file, part.join('\n') + '\n');
  return file;
});
const runOne = (file) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [join(root, 'dist/cli/index.js'), 'analyze', file, '--fields', 'dates,places,mentions,entities'], { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('error', reject);
  child.on('exit', () => resolve());
});
const pairTimes = [];
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  await Promise.all(halves.map(runOne));
  pairTimes.push(performance.now() - t0);
}
pairTimes.sort((x, y) => x - y);
const ceiling = cli[1].seconds / (pairTimes[1] / 1000);
console.log(`two independent processes on the halves: ${(pairTimes[1] / 1000).toFixed(2)} s, ${ceiling.toFixed(2)}× --jobs 1 (the machine's ceiling for --jobs 2)`);

const analyzeRate = rows.find((r) => r.stage.startsWith('analyze')).mbPerSecond;
const report = { node: process.version, date: new Date().toISOString(), corpusBytes: bytes, perArticle: rows, cli: { documents: lines.length, bytes: cliBytes, jobs1: cli[1], jobs2: cli[2], speedup, twoProcessesSeconds: pairTimes[1] / 1000, twoProcessesSpeedup: ceiling }, targets: { analyzeMBs: 10, analyzeMet: analyzeRate >= 10 } };
writeFileSync(join(results, 'analyze.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(
  join(results, 'analyze.md'),
  `# Pipeline throughput (per article of corpus/seed, one run)\n\nNode ${process.version}, ${report.date}. MB/s of UTF-8 input; each article timed on its own (median), summed.\n\n| stage | MB/s |\n| --- | ---: |\n${rows.map((r) => `| ${r.stage} | ${r.mbPerSecond.toFixed(1)} |`).join('\n')}\n\nTarget: analyze ≥ 10 MB/s per core — ${analyzeRate >= 10 ? 'met' : 'NOT met'} (${analyzeRate.toFixed(1)} MB/s).\n\n## CLI\n\n\`dhad analyze\` on ${lines.length} documents (${(cliBytes / 1e6).toFixed(2)} MB JSONL), process start included:\n\n| jobs | seconds | MB/s |\n| ---: | ---: | ---: |\n| 1 | ${cli[1].seconds.toFixed(2)} | ${cli[1].mbPerSecond.toFixed(2)} |\n| 2 | ${cli[2].seconds.toFixed(2)} | ${cli[2].mbPerSecond.toFixed(2)} |\n\nSpeed-up with 2 workers on 2 cores: ${speedup.toFixed(2)}×.\n\nThe machine's ceiling: two independent \`--jobs 1\` processes, one per half, at the same time take ${(pairTimes[1] / 1000).toFixed(2)} s, ${ceiling.toFixed(2)}× one process on the whole.\n`,
);

// A horizontal bar chart of MB/s per stage (log scale: the copy is 100× analyze).
const width = 760, bar = 22, gap = 8, left = 250, top = 40;
const max = Math.max(...rows.map((r) => r.mbPerSecond));
const scale = (v) => ((Math.log10(Math.max(v, 1)) / Math.log10(max)) * (width - left - 90));
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + rows.length * (bar + gap) + 20}" font-family="sans-serif" font-size="13">
<text x="10" y="22" font-size="15" font-weight="bold">dhad: MB/s per stage, per article of corpus/seed (log scale), Node ${process.version}</text>
${rows.map((r, i) => { const y = top + i * (bar + gap); return `<text x="${left - 8}" y="${y + 16}" text-anchor="end">${r.stage}</text><rect x="${left}" y="${y}" width="${scale(r.mbPerSecond).toFixed(1)}" height="${bar}" fill="${r.stage.startsWith('analyze') ? '#c0392b' : r.stage.startsWith('copy') ? '#999' : '#2e86c1'}"/><text x="${(left + scale(r.mbPerSecond) + 6).toFixed(1)}" y="${y + 16}">${r.mbPerSecond.toFixed(1)}</text>`; }).join('\n')}
</svg>
`;
writeFileSync(join(results, 'stages.svg'), svg);
