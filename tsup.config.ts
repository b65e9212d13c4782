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
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
});
