import { describe, expect, it } from 'vitest';
import { DhadError } from '../../src/core/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import type { Token } from '../../src/core/index.js';

const pairs = (text: string): Array<[string, string]> => tokenize(text).map((t) => [t.text, t.kind]);
const texts = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize: Arabic words and punctuation', () => {
  it('splits words at spaces and splits off Arabic punctuation', () => {
    expect(pairs('قال الكاظمي، «نحن بخير»؛ هل انتهى؟')).toEqual([
      ['قال', 'word'],
      ['الكاظمي', 'word'],
      ['،', 'punct'],
      ['«', 'punct'],
      ['نحن', 'word'],
      ['بخير', 'word'],
      ['»', 'punct'],
      ['؛', 'punct'],
      ['هل', 'word'],
      ['انتهى', 'word'],
      ['؟', 'punct'],
    ]);
  });

  it('gives verbatim text, offsets and the search-normalised form', () => {
    const [a, b] = tokenize('الأحد مدينة');
    expect(a).toEqual({ text: 'الأحد', start: 0, end: 5, norm: 'الاحد', kind: 'word' });
    expect(b).toEqual({ text: 'مدينة', start: 6, end: 11, norm: 'مدينه', kind: 'word' });
  });

  it('keeps harakat, shadda, tatweel and ZWNJ inside the word', () => {
    expect(texts('مُحَمَّدٌ')).toEqual(['مُحَمَّدٌ']);
    expect(tokenize('مُحَمَّدٌ')[0].norm).toBe('محمد');
    expect(texts('كبيـــر جداً')).toEqual(['كبيـــر', 'جداً']);
    expect(texts('می\u200cخواهم')).toEqual(['می\u200cخواهم']);
  });

  it('keeps bidi marks and ZWJ inside a word and attaches a trailing or leading one', () => {
    expect(texts('كل\u200fمة')).toEqual(['كل\u200fمة']);
    expect(texts('\u200fقال\u200f، نعم')).toEqual(['\u200fقال\u200f', '،', 'نعم']);
    expect(tokenize('\u200fقال')[0].norm).toBe('قال');
  });

  it('ends a word at a zero-width space (which marks a word boundary)', () => {
    expect(texts('كلمة\u200bأخرى')).toEqual(['كلمة\u200b', 'أخرى']);
  });

  it('reads presentation forms as Arabic words and folds them in norm', () => {
    const [t] = tokenize('ﺍﻟﻌﺮﺍﻕ');
    expect(t.kind).toBe('word');
    expect(t.norm).toBe('العراق');
  });

  it('splits at a change of script', () => {
    expect(pairs('بغدادBaghdad')).toEqual([
      ['بغداد', 'word'],
      ['Baghdad', 'latin'],
    ]);
    expect(pairs('שלום سلام')).toEqual([
      ['שלום', 'word'],
      ['سلام', 'word'],
    ]);
  });

  it('repeats of one punctuation mark are one token, brackets and quotes are not', () => {
    expect(texts('ماذا؟؟ لا... نعم!! "(')).toEqual(['ماذا', '؟؟', 'لا', '...', 'نعم', '!!', '"', '(']);
    expect(texts('العراق.. الكاظمي')).toEqual(['العراق', '..', 'الكاظمي']);
    expect(texts('((قال))')).toEqual(['(', '(', 'قال', ')', ')']);
  });
});

describe('tokenize: numbers', () => {
  it('reads ASCII, Arabic-Indic and Persian digits', () => {
    expect(pairs('2021 ٢٠٢١ ۲۰۲۱')).toEqual([
      ['2021', 'number'],
      ['٢٠٢١', 'number'],
      ['۲۰۲۱', 'number'],
    ]);
    expect(tokenize('٢٠٢١')[0].norm).toBe('2021');
  });

  it('keeps decimals with . or ٫ in one token', () => {
    expect(texts('3.5 ٣٫٥ ٣.٥ 7.11.2021')).toEqual(['3.5', '٣٫٥', '٣.٥', '7.11.2021']);
  });

  it('joins thousands with , or ٬ only before exactly three digits', () => {
    expect(texts('1,000 12,000,000 ١٬٠٠٠')).toEqual(['1,000', '12,000,000', '١٬٠٠٠']);
    expect(texts('أبريل 25, 2024')).toEqual(['أبريل', '25', ',', '2024']);
    expect(texts('1,2,3')).toEqual(['1', ',', '2', ',', '3']);
    expect(texts('1,0000')).toEqual(['1', ',', '0000']);
  });

  it('does not take a final point, and splits the percent sign as a symbol', () => {
    expect(pairs('في 2019.')).toEqual([
      ['في', 'word'],
      ['2019', 'number'],
      ['.', 'punct'],
    ]);
    expect(pairs('50% ٥٠٪')).toEqual([
      ['50', 'number'],
      ['%', 'symbol'],
      ['٥٠', 'number'],
      ['٪', 'symbol'],
    ]);
  });

  it('splits a number from letters that follow it', () => {
    expect(pairs('2021م 0Shares')).toEqual([
      ['2021', 'number'],
      ['م', 'word'],
      ['0', 'number'],
      ['Shares', 'latin'],
    ]);
  });
});

describe('tokenize: clitics written with a tatweel', () => {
  it('بـ3: the clitic is its own word token, marked as a proclitic, adjacent to the number', () => {
    const [b, n] = tokenize('بـ3 طائرات');
    expect(b).toEqual({
      text: 'بـ',
      start: 0,
      end: 2,
      norm: 'ب',
      kind: 'word',
      segments: [{ text: 'بـ', start: 0, end: 2, norm: 'ب', role: 'proclitic' }],
    });
    expect(n).toMatchObject({ text: '3', start: 2, end: 3, kind: 'number' });
  });

  it('كــ الولايات: a clitic with tatweel before a space is marked the same way', () => {
    const [k, w] = tokenize('كــ الولايات');
    expect(k.segments?.map((s) => [s.text, s.role])).toEqual([['كــ', 'proclitic']]);
    expect(w.segments).toBeUndefined();
  });

  it('وبـ and الـ split into their proclitics; a tatweel inside a word stays in it', () => {
    expect(tokenize('وبـ"رئيس"')[0].segments?.map((s) => s.text)).toEqual(['و', 'بـ']);
    expect(tokenize('الـ20')[0].segments?.map((s) => [s.text, s.role])).toEqual([['الـ', 'proclitic']]);
    expect(tokenize('بـالعراق')).toHaveLength(1);
    expect(tokenize('جميـل')[0].segments).toBeUndefined();
  });
});

describe('tokenize: Latin, URLs, e-mail, hashtags, mentions', () => {
  it('reads Latin words with inner hyphens and apostrophes, and initialisms', () => {
    expect(pairs('C-RAM COVID-19 Kadhimi\'s U.S. U.S.A e.g.')).toEqual([
      ['C-RAM', 'latin'],
      ['COVID-19', 'latin'],
      ["Kadhimi's", 'latin'],
      ['U.S.', 'latin'],
      ['U.S.A', 'latin'],
      ['e.g.', 'latin'],
    ]);
  });

  it('reads URLs, leaving out trailing punctuation and an unbalanced bracket', () => {
    expect(pairs('(انظر https://www.reuters.com/world/iraq?id=1). وwww.bbc.com/arabic، هنا')).toEqual([
      ['(', 'punct'],
      ['انظر', 'word'],
      ['https://www.reuters.com/world/iraq?id=1', 'url'],
      [')', 'punct'],
      ['.', 'punct'],
      ['و', 'word'],
      ['www.bbc.com/arabic', 'url'],
      ['،', 'punct'],
      ['هنا', 'word'],
    ]);
    expect(texts('https://ar.wikipedia.org/wiki/بغداد_(مدينة) بعد')).toEqual(['https://ar.wikipedia.org/wiki/بغداد_(مدينة)', 'بعد']);
  });

  it('reads e-mail addresses', () => {
    expect(pairs('راسلونا على news@example.co.uk.')).toEqual([
      ['راسلونا', 'word'],
      ['على', 'word'],
      ['news@example.co.uk', 'email'],
      ['.', 'punct'],
    ]);
    expect(texts('a@b')).toEqual(['a', '@b']);
  });

  it('reads Arabic and Latin hashtags and mentions', () => {
    expect(pairs('#العراق #مصطفى_الكاظمي #Iraq @AlKadhimi # 5')).toEqual([
      ['#العراق', 'hashtag'],
      ['#مصطفى_الكاظمي', 'hashtag'],
      ['#Iraq', 'hashtag'],
      ['@AlKadhimi', 'mention'],
      ['#', 'punct'],
      ['5', 'number'],
    ]);
    expect(tokenize('#العراق')[0].norm).toBe('#العراق');
  });
});

describe('tokenize: emoji and odd characters', () => {
  it('keeps whole emoji sequences together', () => {
    const emoji = ['👨‍👩‍👧', '🇮🇶', '👍🏽', '❤️', '❤️‍🔥', '🏳️‍🌈', '1️⃣', '#️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '😀'];
    expect(pairs(emoji.join(''))).toEqual(emoji.map((e) => [e, 'emoji']));
    expect(pairs('🇮🇶🇺🇸')).toEqual([
      ['🇮🇶', 'emoji'],
      ['🇺🇸', 'emoji'],
    ]);
  });

  it('treats a text-style pictograph without U+FE0F as a symbol', () => {
    expect(pairs('© 2021 ❤')).toEqual([
      ['©', 'symbol'],
      ['2021', 'number'],
      ['❤', 'symbol'],
    ]);
  });

  it('keeps lone surrogates, control characters and stray marks as symbols', () => {
    expect(pairs('a\ud800b')).toEqual([
      ['a', 'latin'],
      ['\ud800', 'symbol'],
      ['b', 'latin'],
    ]);
    expect(pairs('\udc00 \u0000\u0001 \u064e')).toEqual([
      ['\udc00', 'symbol'],
      ['\u0000', 'symbol'],
      ['\u0001', 'symbol'],
      ['\u064e', 'symbol'],
    ]);
  });

  it('keeps a mark with the token before it, whatever its kind', () => {
    expect(texts('3\u0651 ،\u064e')).toEqual(['3\u0651', '،\u064e']);
  });
});

describe('tokenize: options and bad input', () => {
  it('returns [] for the empty string and for whitespace', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00a0\u3000')).toEqual([]);
  });

  it('throws DhadError naming what it got for a non-string', () => {
    expect(() => tokenize(42 as unknown as string)).toThrowError(DhadError);
    expect(() => tokenize(42 as unknown as string)).toThrowError(/tokenize expects a string, got a number \(42\)/);
    expect(() => tokenize(null as unknown as string)).toThrowError(/got null/);
    try {
      tokenize(undefined as unknown as string);
    } catch (e) {
      expect((e as DhadError).code).toBe('INVALID_INPUT');
    }
  });

  it('refuses unknown options and bad values', () => {
    expect(() => tokenize('نص', { clitic: true } as never)).toThrowError(/unknown option "clitic"/);
    expect(() => tokenize('نص', { clitics: 'yes' } as never)).toThrowError(DhadError);
    expect(() => tokenize('نص', { clitics: { isStem: 'x' } } as never)).toThrowError(/isStem must be a function/);
  });

  it('attaches segments to split words with clitics: true', () => {
    const tokens = tokenize('وبالعراق بغداد فيها', { clitics: true });
    expect(tokens[0].segments?.map((s) => [s.text, s.role])).toEqual([
      ['و', 'proclitic'],
      ['ب', 'proclitic'],
      ['ال', 'proclitic'],
      ['عراق', 'stem'],
    ]);
    expect(tokens[1].segments).toBeUndefined();
    expect(tokens[2].segments?.map((s) => [s.text, s.role])).toEqual([
      ['في', 'stem'],
      ['ها', 'enclitic'],
    ]);
  });

  it('uses isStem when given', () => {
    const places = new Set(['بغداد', 'العراق']);
    const tokens: Token[] = tokenize('ببغداد وبغداد لبنان', { clitics: { isStem: (s) => places.has(s) } });
    expect(tokens.map((t) => t.segments?.map((s) => s.text) ?? [t.text])).toEqual([['ب', 'بغداد'], ['و', 'بغداد'], ['لبنان']]);
  });
});
