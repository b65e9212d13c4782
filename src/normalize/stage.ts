import type { Doc, Stage } from '../core/index.js';
import { alignWith } from './map.js';
import { compiledFor } from './normalizer.js';
import type { NormalizeOptions, PresetName } from './options.js';

/**
 * A pipeline stage that sets `doc.normalized`: the whole text normalised, with its alignment
 * (`toOriginal` / `toNormalized`), as `normalizeWithMap` returns it.
 *
 * @param options - a preset name or an options object (default `'search'`), validated now
 * @returns `{ name: 'normalize', requires: [], provides: ['normalized'], run }`
 * @example
 * const doc = pipeline(normalizeStage())('صباحَ الأحد');
 * doc.normalized.text                              // 'صباح الاحد'
 * doc.normalized.toOriginal({ start: 5, end: 10 }) // { start: 6, end: 11 }
 */
/* @__NO_SIDE_EFFECTS__ */
export function normalizeStage(options?: NormalizeOptions | PresetName): Stage {
  const cp = compiledFor(options, 'normalizeStage');
  return {
    name: 'normalize',
    requires: [],
    provides: ['normalized'],
    run(doc: Doc): Doc {
      return { ...doc, normalized: alignWith(cp, doc.text) };
    },
  };
}
