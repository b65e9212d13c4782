// The `dhad` command end to end, on the built dist and the seed corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const seedDir = join(root, 'corpus/seed');
const index = JSON.parse(readFileSync(join(seedDir, 'index.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'dhad-cli-'));

const dhad = (args: string[], input?: string | Buffer) => {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

// The seed corpus as JSONL: {"id", "text", "ref"}.
const seedJsonl = index.articles
  .map((a: { id: string; file: string; ref: string }) => JSON.stringify({ id: a.id, text: readFileSync(join(seedDir, a.file), 'utf8'), ref: a.ref }))
  .join('\n') + '\n';
const seedFile = join(tmp, 'seed.jsonl');
writeFileSync(seedFile, seedJsonl);

describe('dhad analyze', () => {
  it('reads JSONL and writes one Doc per line, ids and text kept, every span pointing into the text', () => {
    const r = dhad(['analyze', seedFile]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const doc of lines) {
      expect(doc.ref).toBe('2021-11-07');
      for (const key of ['tokens', 'sentences', 'dates', 'places', 'mentions']) {
        for (const span of doc[key]) {
          if ('text' in span) expect(doc.text.slice(span.start, span.end)).toBe(span.text);
        }
      }
      expect(doc.tokens.length).toBeGreaterThan(100);
      expect(doc.dates.length + doc.places.length + doc.mentions.length).toBeGreaterThan(3);
    }
  });

  it('gives byte-identical output with --jobs 2 and --jobs 1, from stdin too', () => {
    const one = dhad(['analyze', '--jobs', '1', '--fields', 'dates,places,mentions,entities'], seedJsonl);
    const two = dhad(['analyze', '-', '--jobs', '2', '--fields', 'dates,places,mentions,entities'], seedJsonl);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--fields keeps only the chosen fields', () => {
    const r = dhad(['analyze', '--fields', 'dates'], seedJsonl);
    const doc = JSON.parse(r.stdout.split('\n')[0]!);
    expect(Object.keys(doc).sort()).toEqual(['dates', 'id', 'ref']);
  });

  it('reports a malformed line as an error record for that line and goes on, exiting 1', () => {
    const input = `{"id":"a","text":"قال الكاظمي"}\n{"id":"b","text":\n{"id":"c"}\n{"id":"d","text":"في بغداد"}\n`;
    const r = dhad(['analyze', '--fields', 'text'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', '-:2', 'c', 'd']);
    expect(lines[1].error.code).toBe('INVALID_INPUT');
    expect(lines[1].error.message).toMatch(/not valid JSON/);
    expect(lines[2].error.message).toMatch(/"text" must be a string/);
    expect(lines[3].text).toBe('في بغداد');
  });

  it('reads bad and blank lines the same with --jobs 2 (workers read the lines), over several batches', () => {
    // 150 documents (more than one batch), with a malformed line, a non-UTF-8 line and blank lines among them
    const parts: Buffer[] = [];
    for (let k = 0; k < 150; k++) {
      parts.push(Buffer.from(JSON.stringify({ id: `d${k}`, text: `قال الكاظمي في بغداد يوم ${k % 28 + 1} تشرين الثاني`, ref: '2021-11-07' }) + '\n'));
      if (k === 40) parts.push(Buffer.from('{"id":"broken","text":\n'));
      if (k === 70) parts.push(Buffer.concat([Buffer.from('{"id":"cp1256","text":"'), Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf]), Buffer.from('"}\n')]));
      if (k === 90) parts.push(Buffer.from('\n\r\n'));
    }
    const input = Buffer.concat(parts);
    const one = dhad(['analyze', '--jobs', '1', '--fields', 'dates,mentions'], input);
    const two = dhad(['analyze', '--jobs', '2', '--fields', 'dates,mentions'], input);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(152);
    expect(lines.filter((l) => l.error).map((l) => l.id)).toEqual(['-:42', '-:73']);
    expect(lines[151].dates[0].value).toBe('2021-11-10');
  });

  it('detects a non-UTF-8 file and says which encoding it probably is', () => {
    // "بغداد" in Windows-1256.
    const file = join(tmp, 'cp1256.txt');
    writeFileSync(file, Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x20, 0xc8, 0xdb, 0xcf, 0xc7, 0xcf]));
    const r = dhad(['analyze', file, join(seedDir, index.articles[0].file), '--fields', 'text']);
    expect(r.status).toBe(1);
    const [bad, good] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(bad.error.message).toMatch(/not valid UTF-8.*Windows-1256/);
    expect(good.text.length).toBeGreaterThan(1000);
  });

  it('analyses a directory of .txt files in name order', () => {
    const r = dhad(['analyze', seedDir, '--fields', 'places', '--ref', '2021-11-07']);
    expect(r.status).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort());
  });

  it('writes a JSON array with --format json and readable text with --format pretty', () => {
    const json = dhad(['analyze', '--format', 'json', '--fields', 'dates'], seedJsonl);
    expect(JSON.parse(json.stdout)).toHaveLength(5);
    const pretty = dhad(['analyze', '--format', 'pretty'], seedJsonl);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toMatch(/── 000/);
    expect(pretty.stdout).toMatch(/2021-11-0/);
    expect(pretty.stdout).not.toMatch(/\x1b\[/); // no colour codes when stdout is not a terminal
  });

  it('fails clearly on a missing file, an unknown option, a bad --ref and a bad --jobs', () => {
    const missing = dhad(['analyze', join(tmp, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read ".*nope\.txt": no such file/);
    const unknown = dhad(['analyze', '--colour']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option "--colour".*--ref/);
    expect(dhad(['analyze', '--ref', 'yesterday'], '').stderr).toMatch(/--ref must be an ISO date/);
    expect(dhad(['analyze', '--jobs', '0'], '').stderr).toMatch(/--jobs must be a whole number/);
    expect(dhad(['frobnicate']).stderr).toMatch(/unknown command "frobnicate" \(expected analyze, normalize, bench/);
  });
});

describe('dhad normalize', () => {
  it('streams stdin to stdout with the chosen preset', () => {
    const input = 'أَعْلَنَ الرئيسُ\nمدرسةٌ إلى ٢٠٢١\n';
    expect(dhad(['normalize'], input).stdout).toBe('اعلن الرييس\nمدرسه الي 2021\n');
    expect(dhad(['normalize', '--preset', 'lucene'], input).stdout).toBe('اعلن الرئيس\nمدرسه الي ٢٠٢١\n');
    expect(dhad(['normalize', '--preset', 'serch'], input).stderr).toMatch(/--preset must be one of search, display, camel, lucene/);
  });

  it('normalises a large input streamed in chunks exactly as in one call', () => {
    const text = readFileSync(join(seedDir, index.articles[2].file), 'utf8').repeat(200);
    const r = dhad(['normalize'], text);
    expect(r.stdout.length).toBeGreaterThan(100_000);
    expect(r.stdout).toBe(normalize(text));
  });

  it('refuses non-UTF-8 input', () => {
    const r = dhad(['normalize'], Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x0a]));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not valid UTF-8/);
  });
});
