#!/usr/bin/env node
// The `dhad` command: analyse documents (text files, directories, JSONL, stdin),
// normalise a stream, or benchmark the stages. See README.md "CLI".
import { availableParallelism } from 'node:os';
import { DhadError } from '../core/index.js';
import { createNormalizer } from '../normalize/index.js';
import { renderHtml } from '../display/html.js';
import type { Doc } from '../core/index.js';
import { choice, parseArgs } from './args.js';
import type { ParsedArgs } from './args.js';
import { collectSources, readRecords } from './input.js';
import type { InputItem, RawLine } from './input.js';
import { parseFields } from './output.js';
import { WorkerPool, packBatch } from './pool.js';
import { formatPretty } from './pretty.js';
import { processItem } from './process.js';
import type { ProcessedItem } from './process.js';
import { runBench } from './bench.js';

const HELP = `dhad — Arabic NLP: normalise, tokenise, tag dates, places and entities

Usage:
  dhad analyze [files|dirs|-] [--ref DATE] [--format json|jsonl|pretty|html]
               [--jobs N] [--fields a,b] [--input text|jsonl] [--quiet]
  dhad normalize [--preset search|display|camel|lucene]   (stdin → stdout)
  dhad bench [files|dirs] [--format pretty|json]

analyze reads .txt files (one document each), .jsonl/.ndjson files (one document per
line: {"id", "text", "ref"?}) and directories of both; "-" or nothing reads stdin
(JSONL unless --input text). Output is one JSON object per document (jsonl, the
default), a JSON array (json), readable text (pretty) or an HTML page (html).
A document that cannot be read or analysed yields {"id", "error"} and processing
goes on; the exit status is 1 if any failed, 2 for a usage error.
--fields picks Doc fields: text, lang, sentences, tokens, dates, places, mentions,
entities, messages.`;

async function main(argv: string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.command === 'help' || args.flags.help) {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    if (args.command === 'normalize') return await normalizeCommand(args);
    if (args.command === 'bench') return await runBench(args.positional, choice(args.flags, 'format', ['pretty', 'json'] as const, 'pretty'));
    return await analyzeCommand(args);
  } catch (e) {
    if (e instanceof DhadError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** Writes to stdout, waiting when its buffer is full (so memory stays bounded). */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

/** A batch sent to a worker: enough documents to make one message worth it, few enough to keep memory low (UTF-8 bytes or characters). */
const BATCH_DOCS = 64;
const BATCH_CHARS = 1 << 19;

async function analyzeCommand(args: ParsedArgs): Promise<number> {
  const format = choice(args.flags, 'format', ['jsonl', 'json', 'pretty', 'html'] as const, 'jsonl');
  const input = choice(args.flags, 'input', ['jsonl', 'text'] as const, 'jsonl');
  const fields = parseFields(args.flags.fields);
  const ref = typeof args.flags.ref === 'string' ? args.flags.ref : undefined;
  if (ref !== undefined && Number.isNaN(Date.parse(ref))) {
    throw new DhadError('INVALID_REF', `--ref must be an ISO date such as 2021-11-07, got ${JSON.stringify(ref)}`);
  }
  const jobsFlag = args.flags.jobs;
  const jobs = jobsFlag === undefined ? 1 : Number(jobsFlag);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new DhadError('INVALID_OPTION', `--jobs must be a whole number from 1 to 256, got ${JSON.stringify(jobsFlag)} (this machine has ${availableParallelism()} cores)`);
  }
  const sources = collectSources(args.positional, input);
  const totalBytes = sources.reduce((sum, s) => sum + s.bytes, 0);
  const { Progress } = await import('./progress.js');
  const progress = new Progress(totalBytes, Boolean(process.stderr.isTTY) && !args.flags.quiet);
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  // html needs the text and the mentions whatever --fields says.
  const wanted = format === 'html' || format === 'pretty' ? [...new Set([...fields, 'text', 'dates', 'places', 'mentions', 'entities', 'messages'])] : fields;

  const pool = jobs > 1 ? new WorkerPool(jobs, new URL('./worker.js', import.meta.url), { fields: wanted, ref }) : undefined;
  // With workers, documents go in batches (up to BATCH_DOCS documents or BATCH_CHARS characters),
  // a few batches per worker in flight; output keeps the input order.
  const inFlight: Promise<ProcessedItem[]>[] = [];
  const limit = jobs * 3;
  let batch: Array<InputItem | RawLine> = [];
  let batchChars = 0;
  let failed = 0;
  let count = 0;
  const htmlDocs: Array<{ id: string; ref?: string; doc: Doc }> = [];

  const tally = (result: ProcessedItem): void => {
    progress.done();
    if (result.failed) failed++;
  };
  const emit = async (result: ProcessedItem): Promise<void> => {
    tally(result);
    if (format === 'jsonl') return write(result.json + '\n');
    if (format === 'json') return write((count++ === 0 ? '[\n' : ',\n') + result.json);
    const record = JSON.parse(result.json);
    if (format === 'pretty') return write(formatPretty(record, color));
    if (!record.error) htmlDocs.push({ id: record.id, ref: record.ref, doc: record as Doc });
  };
  const emitAll = async (results: ProcessedItem[]): Promise<void> => {
    if (format === 'jsonl' && results.length > 1) {
      // one write per batch
      results.forEach(tally);
      return write(results.map((r) => r.json).join('\n') + '\n');
    }
    for (const r of results) await emit(r);
  };

  try {
    for await (const item of readRecords(sources, (n) => progress.read(n), pool !== undefined)) {
      if (!pool) {
        await emit(processItem(item as InputItem, wanted, ref));
        continue;
      }
      batch.push(item);
      batchChars += 'raw' in item ? item.raw.length : 'text' in item ? item.text.length : 0;
      if (batch.length < BATCH_DOCS && batchChars < BATCH_CHARS) continue;
      inFlight.push(pool.run(packBatch(batch)));
      batch = [];
      batchChars = 0;
      if (inFlight.length >= limit) await emitAll(await inFlight.shift()!);
    }
    if (pool && batch.length > 0) inFlight.push(pool.run(packBatch(batch)));
    while (inFlight.length) await emitAll(await inFlight.shift()!);
  } finally {
    await pool?.close();
  }
  if (format === 'json') await write(count === 0 ? '[]\n' : '\n]\n');
  if (format === 'html') await write(renderHtml(htmlDocs));
  progress.finish();
  return failed > 0 ? 1 : 0;
}

async function normalizeCommand(args: ParsedArgs): Promise<number> {
  const preset = choice(args.flags, 'preset', ['search', 'display', 'camel', 'lucene'] as const, 'search');
  const run = createNormalizer(preset);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = '';
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      const text = carry + decoder.decode(chunk, { stream: true });
      // Normalise up to the last line break: no rule looks across a line break.
      const cut = text.lastIndexOf('\n') + 1;
      carry = text.slice(cut);
      if (cut > 0) await write(run(text.slice(0, cut)));
    }
    carry += decoder.decode();
  } catch (e) {
    if (e instanceof TypeError) {
      process.stderr.write('dhad: standard input is not valid UTF-8; convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8\n');
      return 1;
    }
    throw e;
  }
  if (carry) await write(run(carry));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dhad: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
