// dhad/tokenize: tokens with offsets and kinds, sentences, clitic segmentation.
export { tokenize } from './tokenizer.js';
export type { TokenizeOptions } from './tokenizer.js';
export { splitSentences } from './sentences.js';
export type { Sentence, SentenceOptions } from './sentences.js';
export { segmentClitics } from './clitics.js';
export type { CliticOptions } from './clitics.js';
export { sentencesStage, tokenizeStage } from './stage.js';
