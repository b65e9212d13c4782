import fc from 'fast-check';

const range = (from: number, to: number): fc.Arbitrary<string> =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));

const pick = (chars: string): fc.Arbitrary<string> => fc.constantFrom(...Array.from(chars));

/** Units that make normalisation interesting, weighted so that marks meet letters. */
export const unit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: range(0x0600, 0x06ff), weight: 10 },
  { arbitrary: range(0x0750, 0x077f), weight: 2 },
  { arbitrary: range(0x08a0, 0x08ff), weight: 2 },
  { arbitrary: range(0xfb50, 0xfdff), weight: 4 },
  { arbitrary: range(0xfe70, 0xfeff), weight: 4 },
  // letters that compose, and the marks that compose onto them
  { arbitrary: pick('اويەہےى\u0653\u0654\u0655\u064b\u064e\u0651\u0652\u0670\u0610\u0640'), weight: 8 },
  // invisibles, ZWNJ, spaces, line breaks
  { arbitrary: pick('\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202e\u2066\u2069\u2060\ufeff\u00ad\u00a0\u2003\u202f\u3000 \n\t'), weight: 3 },
  // emoji (surrogate pairs, ZWJ sequences), lone surrogates
  { arbitrary: pick('😀👨‍👩‍👧🇮🇶'), weight: 2 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  // Latin, digits, Hebrew, CJK, controls
  { arbitrary: range(0x20, 0x7e), weight: 3 },
  { arbitrary: range(0x05d0, 0x05ea), weight: 1 },
  { arbitrary: range(0x4e00, 0x4e20), weight: 1 },
  { arbitrary: range(0x00, 0x1f), weight: 1 },
);

/** Strings of such units. */
export const text: fc.Arbitrary<string> = fc.array(unit, { maxLength: 40 }).map((a) => a.join(''));

/** Units that no rule of any preset names: they must come out as they went in. */
export function isUnnamed(c: number): boolean {
  return (
    (c >= 0x05d0 && c <= 0x05ea) || // Hebrew
    (c >= 0x4e00 && c <= 0x9fff) || // CJK
    (c >= 0xd800 && c <= 0xdfff) || // surrogates (emoji, lone)
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) || // Latin letters
    c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a4 // پ چ ژ گ ڤ
  );
}
