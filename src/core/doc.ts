import { DhadError, assertString, describeValue } from './errors.js';
import type { Doc } from './types.js';

/** An empty document for `text`: no tokens, no mentions, no messages. */
export function createDoc(text: string): Doc {
  assertString(text, 'createDoc');
  return { text, tokens: [], sentences: [], dates: [], places: [], mentions: [], entities: [], messages: [] };
}

/** Accepts a string or a `Doc` (as every tagger does) and returns a `Doc`. */
export function toDoc(input: string | Doc, where: string): Doc {
  if (typeof input === 'string') return createDoc(input);
  if (input !== null && typeof input === 'object' && typeof (input as Doc).text === 'string') return input as Doc;
  throw new DhadError('INVALID_INPUT', `${where} expects a string or a Doc, got ${describeValue(input)}`);
}
