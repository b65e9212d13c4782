import type { Doc, Message, Stage } from '../core/index.js';
import { DhadError, describeValue } from '../core/index.js';
import { detectDocumentLanguages, readMinWords } from './detect.js';
import type { DetectLanguageOptions } from './detect.js';

/** Options of {@link langStage}. */
export interface LangStageOptions extends DetectLanguageOptions {
  /**
   * Also check each paragraph of an Arabic document and report the ones in another language
   * (an English quote, a Persian statement) with `lang/not-arabic-paragraph`. Default `true`.
   */
  paragraphs?: boolean;
}

const NAMES: Record<string, string> = {
  arb: 'Arabic',
  pes: 'Persian',
  prs: 'Dari',
  urd: 'Urdu',
  pbu: 'Pashto',
  skr: 'Saraiki',
  zlm: 'Malay (Jawi)',
  ckb: 'Central Kurdish',
  eng: 'English',
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  tur: 'Turkish',
  rus: 'Russian',
  hin: 'Hindi',
};

const nameOf = (code: string): string => NAMES[code] ?? code;

/**
 * The language stage: sets `doc.lang` (see `detectLanguage`) and adds a warning when the
 * document is not Arabic (`lang/not-arabic`, spanning the whole text), since the other stages
 * read Arabic: Persian or Urdu text looks alike but its words, names and dates are not
 * Arabic. In an Arabic document, paragraphs in another language are reported too
 * (`lang/not-arabic-paragraph`, spanning the paragraph). Short text (under `minWords` words)
 * gets `und` and no message.
 *
 * @param options - `{ minWords, paragraphs }`
 * @returns a `Stage` `{ name: 'lang', requires: [], provides: ['lang'] }`
 * @example
 * const run = pipeline(langStage());
 * run('به گزارش خبرگزاری‌ها، نخست‌وزیر عراق صبح یکشنبه از یک سوءقصد با پهپاد جان سالم به در برد.').messages
 * // [{ start: 0, end: 89, ruleId: 'lang/not-arabic', severity: 'warning',
 * //    reason: 'The document looks like Persian (pes, score 0.853), not Arabic: …' }]
 */
/* @__NO_SIDE_EFFECTS__ */
export function langStage(options?: LangStageOptions): Stage {
  const minWords = readMinWords(options, 'langStage', ['paragraphs']);
  const paragraphs = options?.paragraphs ?? true;
  if (typeof paragraphs !== 'boolean') {
    throw new DhadError('INVALID_OPTION', `langStage: option "paragraphs" must be a boolean, got ${describeValue(paragraphs)}`);
  }
  return {
    name: 'lang',
    requires: [],
    provides: ['lang'],
    run(doc: Doc): Doc {
      // One pass over the text gives the document's language and its paragraphs'.
      const { lang, paragraphs: paras } = detectDocumentLanguages(doc.text, minWords, paragraphs);
      const messages: Message[] = [];
      if (lang.code !== 'arb' && lang.code !== 'und') {
        messages.push({
          start: 0,
          end: doc.text.length,
          ruleId: 'lang/not-arabic',
          severity: 'warning',
          reason: `The document looks like ${nameOf(lang.code)} (${lang.code}, score ${lang.score}), not Arabic: the Arabic stages may misread its words, names and dates.`,
        });
      } else if (paras !== undefined) {
        for (const p of paras) {
          if (p.code === 'arb' || p.code === 'und') continue;
          messages.push({
            start: p.start,
            end: p.end,
            ruleId: 'lang/not-arabic-paragraph',
            severity: 'warning',
            reason: `This paragraph looks like ${nameOf(p.code)} (${p.code}, score ${p.score}), not Arabic.`,
          });
        }
      }
      return { ...doc, lang, messages: messages.length > 0 ? [...doc.messages, ...messages] : doc.messages };
    },
  };
}
