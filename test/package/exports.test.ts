// The public surface of every subpath, sorted, with the kind of each export: a change to it is
// a change to the contract (DESIGN.md §3) and must show up in review as a snapshot diff.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports).filter((p) => p !== './package.json');

/** The source entry of a subpath: '.' → src/index.ts, './dates' → src/dates/index.ts. */
const entryOf = (subpath: string): string => resolve(root, 'src', subpath === '.' ? 'index.ts' : `${subpath.slice(2)}/index.ts`);

describe('public exports', () => {
  it('every subpath of package.json has a source entry', () => {
    expect(subpaths.sort()).toEqual(['.', './dates', './display', './entities', './lang', './normalize', './places', './tokenize']);
  });

  for (const subpath of subpaths) {
    it(`dhad${subpath === '.' ? '' : subpath.slice(1)}`, async () => {
      const mod = (await import(entryOf(subpath))) as Record<string, unknown>;
      const surface = Object.keys(mod)
        .sort()
        .map((name) => `${name}: ${Array.isArray(mod[name]) ? 'array' : typeof mod[name]}`);
      expect(surface).toMatchSnapshot();
    });
  }

  it('the root re-exports every stage family', async () => {
    const rootMod = (await import(entryOf('.'))) as Record<string, unknown>;
    for (const subpath of subpaths.filter((p) => p !== '.')) {
      const mod = (await import(entryOf(subpath))) as Record<string, unknown>;
      for (const name of Object.keys(mod)) expect(rootMod[name], `${subpath} ${name}`).toBe(mod[name]);
    }
  });
});
