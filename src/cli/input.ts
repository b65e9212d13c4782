import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DhadError } from '../core/index.js';

/** One document to analyse, as the JSONL contract has it: `{"id", "text", "ref"?}`. */
export interface InputRecord {
  id: string;
  text: string;
  ref?: string;
}

/** A line or file that could not be read as a document: reported, never dropped. */
export interface InputError {
  id: string;
  error: { code: string; message: string };
}

export type InputItem = InputRecord | InputError;

/** Where documents come from: `.txt` files (one document each), `.jsonl` files, or stdin. */
export interface InputSource {
  kind: 'text' | 'jsonl';
  path: string; // '-' for stdin
  id: string;
  bytes: number; // 0 when unknown (stdin)
}

const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

const isJsonl = (path: string): boolean => JSONL_EXTENSIONS.some((ext) => path.endsWith(ext));

/**
 * Expands the command line's paths into sources: files as given, directories walked
 * (their .txt and .jsonl files, sorted), '-' for stdin. A missing path throws `DhadError`.
 */
export function collectSources(paths: readonly string[], stdinFormat: 'text' | 'jsonl'): InputSource[] {
  const sources: InputSource[] = [];
  const list = paths.length === 0 ? ['-'] : paths;
  for (const path of list) {
    if (path === '-') {
      sources.push({ kind: stdinFormat === 'text' ? 'text' : 'jsonl', path, id: '-', bytes: 0 });
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new DhadError('INVALID_INPUT', `cannot read "${path}": no such file or directory`);
    }
    if (stat.isDirectory()) {
      for (const file of walk(path)) {
        sources.push({ kind: isJsonl(file) ? 'jsonl' : 'text', path: file, id: relative(path, file), bytes: statSync(file).size });
      }
    } else {
      sources.push({ kind: isJsonl(path) ? 'jsonl' : 'text', path, id: path, bytes: stat.size });
    }
  }
  return sources;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.name.endsWith('.txt') || isJsonl(entry.name)) out.push(full);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly; anything else is reported with the byte where it breaks. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new DhadError('INVALID_INPUT', `${where} is not valid UTF-8 (${guessEncoding(bytes)}); convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8`);
  }
}

/** A hint for the error message: which encoding non-UTF-8 Arabic text is probably in. */
function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'it looks like UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'it looks like UTF-16BE';
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      // Find the first offending byte for the message.
      try {
        utf8.decode(bytes.subarray(0, i + 4 > bytes.length ? bytes.length : i + 4));
      } catch {
        bad = i;
        break;
      }
    }
  }
  let arabicRange = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc1 && b <= 0xfe) arabicRange++;
    }
  }
  const hint = high > 0 && arabicRange / high > 0.8 ? 'probably Windows-1256 or ISO-8859-6' : 'unknown encoding';
  return `first bad byte near offset ${bad}, ${hint}`;
}

const errorItem = (id: string, error: unknown): InputError => ({
  id,
  error: {
    code: error instanceof DhadError ? error.code : 'INVALID_INPUT',
    message: error instanceof Error ? error.message : String(error),
  },
});

/** Parses one JSONL line into a record, or an error item that names the line. */
export function parseJsonlLine(line: string, fallbackId: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return errorItem(fallbackId, new DhadError('INVALID_INPUT', `${fallbackId}: not valid JSON (${(e as Error).message})`));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return errorItem(fallbackId, new DhadError('INVALID_INPUT', `${fallbackId}: expected an object {"id", "text", "ref"?}`));
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId;
  if (typeof record.text !== 'string') {
    return errorItem(id, new DhadError('INVALID_INPUT', `${id}: "text" must be a string`));
  }
  if (record.ref !== undefined && typeof record.ref !== 'string') {
    return errorItem(id, new DhadError('INVALID_INPUT', `${id}: "ref" must be an ISO date string`));
  }
  return record.ref === undefined ? { id, text: record.text } : { id, text: record.text, ref: record.ref };
}

/** A JSONL line not yet decoded: its bytes and where it is (`file:line`), for a worker to read. */
export interface RawLine {
  raw: Uint8Array;
  where: string;
}

/**
 * Reads one JSONL line: undefined for a blank line, else a record or an error item naming the
 * line. Decoding is strict, so a line that is not UTF-8 becomes an error item for that line.
 */
export function readJsonlLine(bytes: Uint8Array, where: string): InputItem | undefined {
  if (bytes.length === 0 || (bytes.length === 1 && bytes[0] === 0x0d)) return undefined;
  let line: string;
  try {
    line = decodeUtf8(bytes, `line ${where}`);
  } catch (e) {
    return errorItem(where, e);
  }
  if (line.trim() === '') return undefined;
  return parseJsonlLine(line, where);
}

/**
 * Reads every source in order and yields records or error items, with bounded memory:
 * JSONL is split on newline bytes (UTF-8 never has 0x0A inside a character) and each line
 * decoded strictly, so a bad line is an error item for that line and reading goes on.
 * With `raw`, JSONL lines come undecoded (`RawLine`), for worker threads to read with
 * `readJsonlLine`: decoding and parsing then run in parallel too.
 */
export async function* readRecords(sources: readonly InputSource[], onBytes: (n: number) => void, raw = false): AsyncGenerator<InputItem | RawLine> {
  for (const source of sources) {
    if (source.kind === 'text') {
      try {
        const bytes = source.path === '-' ? await readAll(process.stdin) : readFileSync(source.path);
        onBytes(bytes.length);
        yield { id: source.id, text: decodeUtf8(bytes, source.path === '-' ? 'standard input' : `"${source.path}"`) };
      } catch (e) {
        yield errorItem(source.id, e);
      }
      continue;
    }
    const stream = source.path === '-' ? process.stdin : createReadStream(source.path);
    let pending: Buffer[] = [];
    let lineNo = 0;
    const lineItem = (bytes: Buffer): InputItem | RawLine | undefined => {
      lineNo++;
      const where = `${source.id}:${lineNo}`;
      if (!raw) return readJsonlLine(bytes, where);
      if (bytes.length === 0 || (bytes.length === 1 && bytes[0] === 0x0d)) return undefined;
      return { raw: bytes, where };
    };
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes(chunk.length);
      let from = 0;
      for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
        pending.push(chunk.subarray(from, nl));
        const item = lineItem(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
        pending = [];
        if (item) yield item;
        from = nl + 1;
      }
      if (from < chunk.length) pending.push(chunk.subarray(from));
    }
    if (pending.length) {
      const item = lineItem(Buffer.concat(pending));
      if (item) yield item;
    }
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
