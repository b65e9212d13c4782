import { assertString } from '../core/index.js';
import type { Compiled } from './compile.js';
import { getCompiled } from './compile.js';
import { run } from './engine.js';
import type { NormalizeOptions, PresetName } from './options.js';
import { resolveOptions } from './options.js';

const byPreset = new Map<string, Compiled>();

/**
 * The compiled normaliser for `options`: cached per preset name, and per option values for
 * an options object (which is validated on every call).
 *
 * @param options - a preset name, an options object, or undefined for `search`
 * @param where - the calling function, for error messages
 * @returns the compiled table
 */
export function compiledFor(options: unknown, where: string): Compiled {
  if (typeof options === 'string' || options === undefined) {
    const name = options ?? 'search';
    const hit = byPreset.get(name);
    if (hit !== undefined) return hit;
    const c = getCompiled(resolveOptions(name, where));
    byPreset.set(name, c);
    return c;
  }
  return getCompiled(resolveOptions(options, where));
}

/**
 * Normalises Arabic text in one pass (see NORMALIZATION.md for every rule).
 *
 * @param text - the input
 * @param options - a preset name (`'search'` by default, `'display'`, `'camel'`, `'lucene'`) or an options object
 * @returns the normalised text; characters no rule names pass through unchanged
 * @throws DhadError `INVALID_INPUT` for a non-string, `UNKNOWN_PRESET` / `UNKNOWN_OPTION` / `INVALID_OPTION`
 * @example
 * normalize('الأَحَد')                 // 'الاحد'
 * normalize('مدينة')                   // 'مدينه'
 * normalize('٢٠٢١')                    // '2021'
 * normalize('ﻷجل', 'display')          // 'لأجل'
 * normalize('إِلى', 'camel')            // 'الي'
 * normalize('مدينة', { preset: 'search', tehMarbuta: false }) // 'مدينة'
 */
export function normalize(text: string, options?: NormalizeOptions | PresetName): string {
  assertString(text, 'normalize');
  return run(compiledFor(options, 'normalize'), text, false).text;
}

/**
 * Compiles the options once and returns a fast normaliser to reuse on many texts.
 *
 * @param options - a preset name or an options object (default `'search'`)
 * @returns `(text) => normalised text`
 * @throws DhadError `UNKNOWN_PRESET` / `UNKNOWN_OPTION` / `INVALID_OPTION` (when called, not later)
 * @example
 * const fold = createNormalizer('search');
 * fold('رئيس الوزراء')   // 'رييس الوزراء'
 * fold('الكاظمى')        // 'الكاظمي'
 */
/* @__NO_SIDE_EFFECTS__ */
export function createNormalizer(options?: NormalizeOptions | PresetName): (text: string) => string {
  const cp = compiledFor(options, 'createNormalizer');
  return (text: string): string => {
    if (typeof text !== 'string') assertString(text, 'normalizer');
    return run(cp, text, false).text;
  };
}
