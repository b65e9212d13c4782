import { toDoc } from './doc.js';
import { DhadError, describeValue } from './errors.js';
import type { Capability, Doc, Stage } from './types.js';

/**
 * Composes stages into one function. Checked when built: every stage's `requires`
 * must be provided by an earlier stage (or be `text`), otherwise `DhadError('PIPELINE_ORDER')`.
 *
 * @param stages - stage objects made by factories such as `normalizeStage()`, `tokenizeStage()`
 * @returns a function from a string or `Doc` to a `Doc`
 * @example
 * const run = pipeline(tokenizeStage(), sentencesStage());
 * run('قال الكاظمي.').tokens.map(t => t.text) // ['قال', 'الكاظمي', '.']
 */
export function pipeline(...stages: Stage[]): (input: string | Doc) => Doc {
  const available = new Set<Capability>(['text']);
  for (const [index, stage] of stages.entries()) {
    if (stage === null || typeof stage !== 'object' || typeof stage.run !== 'function' || !Array.isArray(stage.requires)) {
      throw new DhadError('PIPELINE_ORDER', `pipeline: argument ${index} is not a stage, got ${describeValue(stage)}`);
    }
    const missing = stage.requires.filter((need) => !available.has(need));
    if (missing.length > 0) {
      throw new DhadError(
        'PIPELINE_ORDER',
        `pipeline: stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides (have: ${[...available].join(', ')})`,
      );
    }
    for (const provided of stage.provides) available.add(provided);
  }
  const frozen = stages.slice();
  return (input: string | Doc): Doc => {
    let doc = toDoc(input, 'pipeline');
    for (const stage of frozen) doc = stage.run(doc);
    return doc;
  };
}
