// `npm run bench`: runs every bench/*.bench.mjs on the built package, one child process
// each (so one suite's JIT state does not colour the next), in a fixed order.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const order = ['normalize', 'tokenize', 'dates', 'places', 'entities', 'analyze'];
const suites = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort((a, b) => {
    const rank = (f) => { const i = order.indexOf(f.replace('.bench.mjs', '')); return i < 0 ? order.length : i; };
    return rank(a) - rank(b) || a.localeCompare(b);
  });
const only = process.argv.slice(2);
let failed = 0;
for (const suite of suites) {
  if (only.length && !only.some((name) => suite.startsWith(name))) continue;
  console.log(`\n=== ${suite}`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(here, suite)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
