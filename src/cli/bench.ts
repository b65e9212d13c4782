import { readFileSync } from 'node:fs';
import { DhadError, createDoc } from '../core/index.js';
import { createNormalizer } from '../normalize/index.js';
import { tokenize } from '../tokenize/index.js';
import { tagDates } from '../dates/index.js';
import { tagPlaces } from '../places/index.js';
import { findMentions, resolveEntities } from '../entities/index.js';
import { analyze } from '../analyze.js';
import { collectSources, decodeUtf8, parseJsonlLine } from './input.js';

interface StageResult {
  stage: string;
  mbPerSecond: number;
}

/** Median MB/s of UTF-8 input for `fn` over `texts`, after a warm-up, in at most ~1 s. */
function measure(texts: readonly string[], bytes: number, fn: (text: string) => unknown): number {
  for (const text of texts) fn(text);
  const samples: number[] = [];
  const deadline = performance.now() + 1000;
  while (samples.length < 5 || (performance.now() < deadline && samples.length < 50)) {
    const t0 = performance.now();
    for (const text of texts) fn(text);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return bytes / 1e6 / (samples[samples.length >> 1]! / 1000);
}

/** `dhad bench [paths]`: MB/s of each stage and of `analyze` on the given documents. */
export async function runBench(paths: readonly string[], format: 'pretty' | 'json'): Promise<number> {
  if (paths.length === 0) throw new DhadError('INVALID_INPUT', 'dhad bench needs files or directories of Arabic text to measure on');
  const texts: string[] = [];
  for (const source of collectSources(paths, 'text')) {
    const content = decodeUtf8(readFileSync(source.path), `"${source.path}"`);
    if (source.kind === 'text') texts.push(content);
    else for (const line of content.split('\n')) if (line.trim()) { const item = parseJsonlLine(line, source.id); if (!('error' in item)) texts.push(item.text); }
  }
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  const search = createNormalizer('search');
  const stages: Array<[string, (t: string) => unknown]> = [
    ['copy (ceiling)', (t) => Buffer.from(t, 'utf16le').toString('utf16le')],
    ['normalize (search)', search],
    ['tokenize', tokenize],
    ['tagDates', (t) => tagDates(t)],
    ['tagPlaces', (t) => tagPlaces(t)],
    ['findMentions + resolveEntities', (t) => resolveEntities(findMentions(createDoc(t)))],
    ['analyze', (t) => analyze(t)],
  ];
  const results: StageResult[] = stages.map(([stage, fn]) => ({ stage, mbPerSecond: measure(texts, bytes, fn) }));
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ documents: texts.length, bytes, results }, null, 2) + '\n');
  } else {
    process.stdout.write(`${texts.length} documents, ${(bytes / 1e6).toFixed(3)} MB of UTF-8\n`);
    for (const r of results) process.stdout.write(`${r.stage.padEnd(32)} ${r.mbPerSecond.toFixed(1).padStart(8)} MB/s\n`);
  }
  return 0;
}
