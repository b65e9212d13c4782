import type { Span } from './types.js';

/** True if `code` is a UTF-16 high (leading) surrogate. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True if `code` is a UTF-16 low (trailing) surrogate. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A span with its verbatim text: `{ start, end, text: input.slice(start, end) }`. */
export function spanOf(input: string, start: number, end: number): Span & { text: string } {
  return { start, end, text: input.slice(start, end) };
}
