// dhad/lang: language identification of documents and paragraphs (franc-min + orthography).
export { DEFAULT_MIN_WORDS, detectLanguage, detectParagraphLanguages } from './detect.js';
export type { DetectLanguageOptions, LanguageGuess, ParagraphLanguage } from './detect.js';
export { langStage } from './stage.js';
export type { LangStageOptions } from './stage.js';
