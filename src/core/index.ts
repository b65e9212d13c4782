export type {
  Capability,
  DateMention,
  Doc,
  Entity,
  Mention,
  Message,
  NormalizedText,
  PlaceMention,
  Segment,
  Span,
  Stage,
  Token,
  TokenKind,
} from './types.js';
export { DhadError, assertString, describeValue } from './errors.js';
export type { DhadErrorCode } from './errors.js';
export { createDoc, toDoc } from './doc.js';
export { pipeline } from './pipeline.js';
export { isHighSurrogate, isLowSurrogate, spanOf } from './offsets.js';
