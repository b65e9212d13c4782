import { DhadError, describeValue, pipeline } from './core/index.js';
import type { Doc, Stage } from './core/index.js';
import { normalizeStage } from './normalize/index.js';
import { sentencesStage, tokenizeStage } from './tokenize/index.js';
import { datesStage } from './dates/index.js';
import { placesStage } from './places/index.js';
import { entitiesStage } from './entities/index.js';
import { langStage } from './lang/index.js';

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** The document's date (ISO string or Date): relative dates resolve against it. */
  ref?: Date | string;
  /** How yearless dates and bare weekdays resolve: `'nearest'` (default), `'past'`, `'future'`. */
  prefer?: 'nearest' | 'past' | 'future';
  /** Set to `false` to skip language identification. */
  lang?: boolean;
}

const OPTION_NAMES = ['ref', 'prefer', 'lang'];

/**
 * Runs the default pipeline: normalise → tokenise → sentences → dates → places →
 * mentions and entities → language, and returns the `Doc`.
 *
 * @param text - the Arabic text (never rewritten: every span points into it)
 * @param options - `ref` (document date), `prefer`, `lang`
 * @returns the document with tokens, sentences, dates, places, mentions, entities, lang and messages
 * @example
 * const doc = analyze('نجا مصطفى الكاظمي فجر الأحد في بغداد', { ref: '2021-11-07' });
 * doc.places[0].name // 'بغداد'
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Doc {
  return defaultPipeline(options)(text);
}

/** The stages `analyze` runs, in order, for these options (for custom pipelines built from it). */
export function defaultStages(options: AnalyzeOptions = {}): Stage[] {
  if (options === null || typeof options !== 'object') {
    throw new DhadError('INVALID_OPTION', `analyze options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) {
      throw new DhadError('UNKNOWN_OPTION', `unknown analyze option "${key}" (expected ${OPTION_NAMES.join(', ')})`);
    }
  }
  const stages: Stage[] = [
    normalizeStage(),
    tokenizeStage(),
    sentencesStage(),
    datesStage({ ref: options.ref, prefer: options.prefer }),
    placesStage(),
    entitiesStage(),
  ];
  if (options.lang !== false) stages.push(langStage());
  return stages;
}

function defaultPipeline(options: AnalyzeOptions): (input: string | Doc) => Doc {
  return pipeline(...defaultStages(options));
}
