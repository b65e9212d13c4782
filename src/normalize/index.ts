// dhad/normalize: one-pass Arabic normalisation with offsets.
//
// Decisions worth knowing (see NORMALIZATION.md for the rules themselves):
// - Options: a preset name, or an object. An object without `preset` turns on only what it
//   names; `{ preset: 'search', tatweel: false }` starts from a preset and overrides it.
//   Unknown names/values throw DhadError UNKNOWN_OPTION / INVALID_OPTION / UNKNOWN_PRESET.
// - `compat: 'camel' | 'lucene'` (set by those presets) narrows `alef` to the tool's letters.
// - `compose` works on the output: a madda/hamza mark composes onto the letter left before it
//   once deleted units are gone (ا ـ ٔ → أ in `display`), exactly as NFC would on that
//   output, so every preset is idempotent.
// - Alignment: a deleted unit belongs to the output unit before it; units deleted at the very
//   start (a BOM, a mark with no letter) belong to the first output unit; when everything is
//   deleted, the empty output stands for the whole input.
// - ﷼ is a currency sign and is never folded; ﷺ ﷻ ﷽ ﷾ ﷿ expand only with 'expand'.
export { normalize, createNormalizer } from './normalizer.js';
export { normalizeWithMap } from './map.js';
export type { Normalized } from './map.js';
export { normalizeStage } from './stage.js';
export { PRESETS, PRESET_NAMES, OPTION_NAMES } from './options.js';
export type { NormalizeOptions, PresetName } from './options.js';
