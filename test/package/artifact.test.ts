// The packed artifact, as users meet it: `npm pack`, install the tarball into an empty
// project, then import every subpath as ESM and require it as CJS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json').map((k) => (k === '.' ? 'dhad' : `dhad/${k.slice(2)}`));
let project = '';

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'dhad-consumer-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' });
  const tarball = join(project, JSON.parse(out)[0].filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const run = (file: string, code: string): string => {
  writeFileSync(join(project, file), code);
  return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
};

describe('the packed package', () => {
  it('ships only dist, package.json, README, LICENSE and NOTICE', () => {
    const listing = execFileSync('tar', ['-tzf', execFileSync('ls', [project]).toString().split('\n').find((f) => f.endsWith('.tgz'))!], { cwd: project, encoding: 'utf8' });
    const top = new Set(listing.trim().split('\n').map((f) => f.replace(/^package\//, '').split('/')[0]));
    expect([...top].sort()).toEqual(['LICENSE', 'NOTICE', 'README.md', 'dist', 'package.json']);
  });

  it.each(subpaths)('%s imports as ESM and requires as CJS with the same exports', (subpath) => {
    const esm = JSON.parse(run('esm.mjs', `import * as m from '${subpath}'; console.log(JSON.stringify(Object.keys(m).sort()));`));
    const cjs = JSON.parse(run('cjs.cjs', `const m = require('${subpath}'); console.log(JSON.stringify(Object.keys(m).sort()));`));
    expect(esm.length).toBeGreaterThan(0);
    expect(cjs).toEqual(esm);
  });

  it('normalises and tokenises from both module systems', () => {
    const code = (load: string) => `${load}
      const out = { n: normalize('أَعْلَنَ الرئيسُ'), t: tokenize('قال ٣').map((t) => [t.text, t.kind, t.norm]) };
      console.log(JSON.stringify(out));`;
    const expected = { n: 'اعلن الرييس', t: [['قال', 'word', 'قال'], ['٣', 'number', '3']] };
    expect(JSON.parse(run('use.mjs', code(`import { normalize } from 'dhad/normalize'; import { tokenize } from 'dhad/tokenize';`)))).toEqual(expected);
    expect(JSON.parse(run('use.cjs', code(`const { normalize, tokenize } = require('dhad');`)))).toEqual(expected);
  });
});
