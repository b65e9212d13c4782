import { defineConfig } from 'tsup';

// One entry per stage family, so each subpath of the package is its own chunk
// and `import { normalize } from 'dhad/normalize'` pulls in nothing else.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'normalize/index': 'src/normalize/index.ts',
    'tokenize/index': 'src/tokenize/index.ts',
    'dates/index': 'src/dates/index.ts',
    'places/index': 'src/places/index.ts',
    'entities/index': 'src/entities/index.ts',
    'lang/index': 'src/lang/index.ts',
    'display/index': 'src/display/index.ts',
    'cli/index': 'src/cli/index.ts',
    'cli/worker': 'src/cli/worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  // import.meta.url (the CLI's worker path) in the CJS build.
  shims: true,
  // franc-min is ESM-only: bundle it (MIT, attributed in NOTICE) so `require('dhad/lang')`
  // works on every Node 20, not only from 20.19 where require(esm) arrived.
  noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  esbuildOptions(options) {
    // Keep Arabic as UTF-8 in dist instead of \uXXXX escapes (the gazetteer shrinks by a third).
    options.charset = 'utf8';
  },
});
