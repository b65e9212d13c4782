import { DhadError, describeValue } from '../core/index.js';

/** The named option sets: `search` (the default), `display`, `camel`, `lucene`. */
export type PresetName = 'search' | 'display' | 'camel' | 'lucene';

/**
 * The normalisation rules, one option each (see NORMALIZATION.md). An options object starts
 * from "everything off" and turns on what it names, or starts from a preset with
 * `preset: 'search'` and overrides what it names: `{ preset: 'search', tatweel: false }`.
 */
export interface NormalizeOptions {
  /** Start from this preset; the other fields override it. */
  preset?: PresetName;
  /** Compose U+0653–U+0655 onto the letter before them (ا+ٔ → أ) and put kept marks in canonical order. */
  compose?: boolean;
  /** Fold U+FB50–U+FDFF and U+FE70–U+FEFF to base letters (ﻷ → لأ, ﷲ → الله); `'expand'` also expands ﷺ ﷻ ﷽. */
  presentationForms?: boolean | 'expand';
  /** `'harakat'`: remove U+064B–U+0652; `'all'`: also Quranic and extended marks. */
  diacritics?: false | 'harakat' | 'all';
  /** Superscript alef U+0670: keep, remove (هٰذا → هذا) or write as alef (السمٰوٰت → السماوات). */
  daggerAlef?: 'keep' | 'remove' | 'alef';
  /** Remove kashida U+0640 (بـ3 → ب3). */
  tatweel?: boolean;
  /** أ إ آ ٱ ٲ ٳ ٵ → ا. */
  alef?: boolean;
  /** ى → ي. */
  alefMaksura?: boolean;
  /** ة → ه. */
  tehMarbuta?: boolean;
  /** ؤ → و, ئ → ي (a standalone ء stays). */
  hamza?: boolean;
  /** Persian/Urdu look-alikes: ک → ك, ی → ي (ى at the end of a word when `alefMaksura` is off), ە ہ ھ ۀ → ه… */
  persian?: boolean;
  /** Convert Arabic-Indic, Persian and ASCII digits to one system. */
  digits?: false | 'ascii' | 'arabic-indic';
  /** ، ؛ ؟ ۔ ٪ « » → , ; ? . % " ". */
  punctuation?: boolean;
  /** Remove ZWSP, ZWJ, bidi controls, BOM, soft hyphen. */
  invisibles?: boolean;
  /** ZWNJ U+200C: keep (Persian needs it), remove, or turn into a space. */
  zwnj?: 'keep' | 'remove' | 'space';
  /** Every Unicode space (NBSP, U+2000–U+200A, …) → U+0020; line breaks are kept. */
  spaces?: boolean;
  /**
   * Reproduce a reference tool exactly: narrows `alef` to that tool's letters (CAMeL Tools:
   * أ إ آ ٱ; Lucene: أ إ آ). Set by the `camel` and `lucene` presets.
   */
  compat?: false | 'camel' | 'lucene';
}

/** Every option with a value: what the compiler works from. */
export interface ResolvedOptions {
  compose: boolean;
  presentationForms: boolean | 'expand';
  diacritics: false | 'harakat' | 'all';
  daggerAlef: 'keep' | 'remove' | 'alef';
  tatweel: boolean;
  alef: boolean;
  alefMaksura: boolean;
  tehMarbuta: boolean;
  hamza: boolean;
  persian: boolean;
  digits: false | 'ascii' | 'arabic-indic';
  punctuation: boolean;
  invisibles: boolean;
  zwnj: 'keep' | 'remove' | 'space';
  spaces: boolean;
  compat: false | 'camel' | 'lucene';
}

/** The preset names, in the order error messages list them. */
export const PRESET_NAMES: readonly PresetName[] = ['search', 'display', 'camel', 'lucene'];

/**
 * The four presets as option objects (frozen).
 *
 * - `search` (default): everything that helps matching — marks, tatweel, alef/yeh/teh
 *   marbuta/hamza letters, Persian look-alikes, digits to ASCII, invisibles and ZWNJ, spaces.
 * - `display`: cleaning for readers — compose, presentation forms, tatweel, invisibles, spaces.
 * - `camel`: CAMeL Tools 1.6 `dediac_ar → normalize_alef_ar → normalize_alef_maksura_ar →
 *   normalize_teh_marbuta_ar`, byte for byte.
 * - `lucene`: Lucene's `ArabicNormalizer`, byte for byte.
 *
 * @example
 * PRESETS.search.tehMarbuta // true
 * normalize('مدينة', { preset: 'search', tehMarbuta: false }) // 'مدينة'
 */
export const PRESETS: Readonly<Record<PresetName, Readonly<NormalizeOptions>>> = /* @__PURE__ */ Object.freeze({
  search: /* @__PURE__ */ Object.freeze<NormalizeOptions>({
    compose: true,
    presentationForms: true,
    diacritics: 'all',
    daggerAlef: 'remove',
    tatweel: true,
    alef: true,
    alefMaksura: true,
    tehMarbuta: true,
    hamza: true,
    persian: true,
    digits: 'ascii',
    invisibles: true,
    zwnj: 'remove',
    spaces: true,
  }),
  display: /* @__PURE__ */ Object.freeze<NormalizeOptions>({
    compose: true,
    presentationForms: true,
    tatweel: true,
    invisibles: true,
    spaces: true,
  }),
  camel: /* @__PURE__ */ Object.freeze<NormalizeOptions>({
    compat: 'camel',
    diacritics: 'harakat',
    daggerAlef: 'remove',
    alef: true,
    alefMaksura: true,
    tehMarbuta: true,
  }),
  lucene: /* @__PURE__ */ Object.freeze<NormalizeOptions>({
    compat: 'lucene',
    diacritics: 'harakat',
    tatweel: true,
    alef: true,
    alefMaksura: true,
    tehMarbuta: true,
  }),
});

/** Allowed values of each option (the first is the "off" value). */
const ALLOWED: { readonly [K in keyof ResolvedOptions]: readonly ResolvedOptions[K][] } = {
  compose: [false, true],
  presentationForms: [false, true, 'expand'],
  diacritics: [false, 'harakat', 'all'],
  daggerAlef: ['keep', 'remove', 'alef'],
  tatweel: [false, true],
  alef: [false, true],
  alefMaksura: [false, true],
  tehMarbuta: [false, true],
  hamza: [false, true],
  persian: [false, true],
  digits: [false, 'ascii', 'arabic-indic'],
  punctuation: [false, true],
  invisibles: [false, true],
  zwnj: ['keep', 'remove', 'space'],
  spaces: [false, true],
  compat: [false, 'camel', 'lucene'],
};

const RULE_NAMES: readonly (keyof ResolvedOptions)[] = [
  'compose', 'presentationForms', 'diacritics', 'daggerAlef', 'tatweel', 'alef', 'alefMaksura', 'tehMarbuta',
  'hamza', 'persian', 'digits', 'punctuation', 'invisibles', 'zwnj', 'spaces', 'compat',
];

/** Every key an options object may have. */
export const OPTION_NAMES: readonly string[] = [
  'preset', 'compose', 'presentationForms', 'diacritics', 'daggerAlef', 'tatweel', 'alef', 'alefMaksura',
  'tehMarbuta', 'hamza', 'persian', 'digits', 'punctuation', 'invisibles', 'zwnj', 'spaces', 'compat',
];

function formatValue(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

function listValues(values: readonly unknown[]): string {
  const shown = values.map(formatValue);
  return shown.length <= 2 ? shown.join(' or ') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** Throws `UNKNOWN_PRESET` unless `name` is a preset name. */
export function assertPreset(name: unknown): asserts name is PresetName {
  if (typeof name !== 'string' || !(PRESET_NAMES as readonly string[]).includes(name)) {
    throw new DhadError('UNKNOWN_PRESET', `unknown preset ${describeValue(name)} (expected ${PRESET_NAMES.join(', ')})`);
  }
}

function offOptions(): ResolvedOptions {
  const r = {} as Record<string, unknown>;
  for (const name of RULE_NAMES) r[name] = ALLOWED[name][0];
  return r as unknown as ResolvedOptions;
}

function overlay(base: ResolvedOptions, options: object): ResolvedOptions {
  const r = { ...base } as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (key === 'preset') continue;
    const value = (options as Record<string, unknown>)[key];
    if (!(key in ALLOWED)) {
      throw new DhadError('UNKNOWN_OPTION', `unknown option ${describeValue(key)} (expected ${OPTION_NAMES.join(', ')})`);
    }
    if (value === undefined) continue;
    const allowed = ALLOWED[key as keyof ResolvedOptions] as readonly unknown[];
    if (!allowed.includes(value)) {
      throw new DhadError('INVALID_OPTION', `option "${key}" must be ${listValues(allowed)}, got ${describeValue(value)}`);
    }
    r[key] = value;
  }
  return r as unknown as ResolvedOptions;
}

const presetCache = new Map<PresetName, ResolvedOptions>();

function resolvePreset(name: PresetName): ResolvedOptions {
  let r = presetCache.get(name);
  if (r === undefined) {
    r = overlay(offOptions(), PRESETS[name]);
    presetCache.set(name, r);
  }
  return r;
}

/**
 * Validates options (a preset name, an options object, or undefined for `search`) and fills
 * in every field.
 *
 * @param options - what the caller passed
 * @param where - the function name for error messages
 * @returns every option with a value
 * @throws DhadError `UNKNOWN_PRESET`, `UNKNOWN_OPTION` or `INVALID_OPTION`, naming the valid values
 */
export function resolveOptions(options: unknown, where: string): ResolvedOptions {
  if (options === undefined) return resolvePreset('search');
  if (typeof options === 'string') {
    assertPreset(options);
    return resolvePreset(options);
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError(
      'INVALID_OPTION',
      `${where} options must be a preset name (${PRESET_NAMES.join(', ')}) or an options object, got ${describeValue(options)}`,
    );
  }
  const preset = (options as NormalizeOptions).preset;
  let base: ResolvedOptions;
  if (preset === undefined) base = offOptions();
  else {
    assertPreset(preset);
    base = resolvePreset(preset);
  }
  return overlay(base, options);
}

/** A string that is equal for equal resolved options: the compile-cache key. */
export function optionsKey(r: ResolvedOptions): string {
  let key = '';
  for (const name of RULE_NAMES) key += `${String(r[name])};`;
  return key;
}
