import type { Doc, Stage } from '../core/index.js';
import { resolveSentenceOptions, sentencesOf } from './sentences.js';
import type { SentenceOptions } from './sentences.js';
import { resolveTokenizeOptions, tokenizeResolved } from './tokenizer.js';
import type { TokenizeOptions } from './tokenizer.js';

/**
 * The tokenisation stage: fills `doc.tokens` (see {@link tokenize}). Options are checked when
 * the stage is made, so a typo fails when the pipeline is built, not on the first document.
 *
 * @param options - as for `tokenize`: `{ clitics?: boolean | { isStem } }`
 * @returns a stage `{ name: 'tokenize', requires: [], provides: ['tokens'] }`
 * @example
 * pipeline(tokenizeStage())('قال الكاظمي').tokens.map((t) => [t.text, t.start, t.end])
 * // [['قال', 0, 3], ['الكاظمي', 4, 11]]
 */
/* @__NO_SIDE_EFFECTS__ */
export function tokenizeStage(options?: TokenizeOptions): Stage {
  const opts = resolveTokenizeOptions(options, 'tokenizeStage');
  return {
    name: 'tokenize',
    requires: [],
    provides: ['tokens'],
    run: (doc: Doc): Doc => ({ ...doc, tokens: tokenizeResolved(doc.text, opts) }),
  };
}

/**
 * The sentence stage: fills `doc.sentences` with `{ start, end, text }` (see {@link splitSentences}).
 *
 * @param options - as for `splitSentences`: `{ lineBreaks?: 'split' | 'join' }`
 * @returns a stage `{ name: 'sentences', requires: [], provides: ['sentences'] }`
 * @example
 * pipeline(sentencesStage())('انتهى. بدأ').sentences
 * // [{ start: 0, end: 6, text: 'انتهى.' }, { start: 7, end: 10, text: 'بدأ' }]
 */
/* @__NO_SIDE_EFFECTS__ */
export function sentencesStage(options?: SentenceOptions): Stage {
  const minBreaks = resolveSentenceOptions(options, 'sentencesStage');
  return {
    name: 'sentences',
    requires: [],
    provides: ['sentences'],
    run: (doc: Doc): Doc => ({ ...doc, sentences: sentencesOf(doc.text, minBreaks) }),
  };
}
