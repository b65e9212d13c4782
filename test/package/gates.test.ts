// Package gates on the built dist: publint, "are the types wrong", bundle size per entry,
// and what a bundler pulls in for `import { normalize } from 'dhad'`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const npx = (args: string[]): string => execFileSync('npx', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('package gates', () => {
  it('publint reports nothing', () => {
    const out = npx(['publint', 'run', '--strict', '--level', 'suggestion']);
    expect(out).toMatch(/All good!/);
  }, 120_000);

  it('attw --pack finds no problem in any entry point', () => {
    const out = npx(['attw', '--pack', '.', '--profile', 'node16', '--format', 'json']);
    // The node16 profile ignores only TypeScript's legacy node10 resolution (no `exports` support):
    // the package needs Node >= 20, whose resolvers all read `exports`.
    const problems = JSON.parse(out).analysis.problems.filter((p: { resolutionKind?: string }) => p.resolutionKind !== 'node10');
    expect(problems).toEqual([]);
  }, 180_000);

  it('every entry stays within its size-limit budget (gzipped)', () => {
    let out: string;
    try {
      out = npx(['size-limit', '--json']);
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const results = JSON.parse(out) as Array<{ name: string; passed: boolean; size: number }>;
    const config = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))['size-limit'];
    expect(results.length).toBe(config.length);
    for (const r of results) expect({ name: r.name, passed: r.passed, size: r.size }).toEqual({ name: r.name, passed: true, size: r.size });
  }, 180_000);

  it("a bundle of `import { normalize } from 'dhad'` has no gazetteer, franc or fuse.js code", async () => {
    const result = await build({
      stdin: { contents: "import { normalize } from 'dhad'; console.log(normalize('أَهلاً'));", resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      minify: true,
      alias: { dhad: join(root, 'dist/index.js') },
      metafile: true,
    });
    const code = result.outputFiles[0]!.text;
    // What actually ends up in the bundle (esbuild lists every file it read, used or not).
    const output = Object.values(result.metafile.outputs)[0]!;
    const used = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([file]) => file);
    expect(used.filter((f) => /franc|fuse|trigram/.test(f))).toEqual([]);
    for (const file of used) expect(result.metafile.inputs[file]!.bytes, file).toBeLessThan(100_000); // the gazetteer chunk is ~560 KB
    // Markers of the data each would bring: GeoNames English names and ids, Fuse's class, franc's language codes.
    for (const marker of ['Baghdad', 'geonameId', 'Fuse', 'franc', '"pes"', 'urd']) expect(code.includes(marker), marker).toBe(false);
    expect(code.length).toBeLessThan(30_000);
  });
});
