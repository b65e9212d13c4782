import { describe, expect, it } from 'vitest';
import { DhadError, pipeline } from '../../src/core/index.js';
import { sentencesStage, splitSentences, tokenizeStage } from '../../src/tokenize/index.js';

const split = (text: string, options?: Parameters<typeof splitSentences>[1]): string[] => {
  const sentences = splitSentences(text, options);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
};

describe('splitSentences', () => {
  it('ends at . ! ? ؟ … and keeps runs of them together', () => {
    expect(split('نجا الكاظمي. هل انتهى؟ لا! ماذا؟! ربما… ثم')).toEqual(['نجا الكاظمي.', 'هل انتهى؟', 'لا!', 'ماذا؟!', 'ربما…', 'ثم']);
    expect(split('انتظر... ثم عاد')).toEqual(['انتظر...', 'ثم عاد']);
  });

  it('gives spans without the surrounding whitespace', () => {
    expect(splitSentences('  أولى.   ثانية.  ')).toEqual([
      { start: 2, end: 7, text: 'أولى.' },
      { start: 10, end: 16, text: 'ثانية.' },
    ]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('قال: «انتهى الأمر.» ثم غادر (بسرعة.) وقال "نعم." وعاد')).toEqual([
      'قال: «انتهى الأمر.»',
      'ثم غادر (بسرعة.)',
      'وقال "نعم."',
      'وعاد',
    ]);
  });

  it('does not end inside numbers, URLs or e-mail addresses', () => {
    expect(split('ارتفع 3.5% و٣٫٥ أمس. انظر https://x.com/a.b?c=1. راسل a.b@x.com الآن')).toEqual([
      'ارتفع 3.5% و٣٫٥ أمس.',
      'انظر https://x.com/a.b?c=1.',
      'راسل a.b@x.com الآن',
    ]);
  });

  it('does not end after Arabic titles and initials', () => {
    expect(split('قال د. محمد وأ.د. علي وم. أحمد إن ع. حسين وصل.')).toEqual(['قال د. محمد وأ.د. علي وم. أحمد إن ع. حسين وصل.']);
  });

  it('ends after an era letter following a number', () => {
    expect(split('وقع ذلك عام 2021م. ثم عاد في 1443هـ. وانتهى')).toEqual(['وقع ذلك عام 2021م.', 'ثم عاد في 1443هـ.', 'وانتهى']);
  });

  it('handles Latin abbreviations, initials and initialisms', () => {
    expect(split('Dr. Smith met J. Doe in the U.S. last week. He left.')).toEqual(['Dr. Smith met J. Doe in the U.S. last week.', 'He left.']);
    expect(split('See reuters.com for more. Done')).toEqual(['See reuters.com for more.', 'Done']);
  });

  it('treats ".." as the headline separator of Arabic news, not a full stop', () => {
    expect(split('العراق.. الكاظمي ينجو من محاولة اغتيال')).toEqual(['العراق.. الكاظمي ينجو من محاولة اغتيال']);
  });

  it('ends at a line break by default, and only at a blank line with lineBreaks: "join"', () => {
    const text = 'أخبار ذات صلة\nالعراق.. الكاظمي ينجو\r\nواشنطن تدين\n\nفقرة ثانية';
    expect(split(text)).toEqual(['أخبار ذات صلة', 'العراق.. الكاظمي ينجو', 'واشنطن تدين', 'فقرة ثانية']);
    expect(split(text, { lineBreaks: 'join' })).toEqual(['أخبار ذات صلة\nالعراق.. الكاظمي ينجو\r\nواشنطن تدين', 'فقرة ثانية']);
    expect(split('سطر\r\rسطر', { lineBreaks: 'join' })).toEqual(['سطر', 'سطر']);
  });

  it('does not end after a list number at the start of a line', () => {
    expect(split('1. البند الأول\n2. البند الثاني')).toEqual(['1. البند الأول', '2. البند الثاني']);
  });

  it('throws DhadError on bad input and options', () => {
    expect(() => splitSentences(3 as never)).toThrowError(/splitSentences expects a string, got a number \(3\)/);
    expect(() => splitSentences('نص', { lineBreaks: 'never' } as never)).toThrowError(DhadError);
    expect(() => splitSentences('نص', { lines: 'split' } as never)).toThrowError(/unknown option "lines"/);
  });
});

describe('stages', () => {
  it('tokenizeStage and sentencesStage fill the doc', () => {
    const run = pipeline(tokenizeStage(), sentencesStage());
    const doc = run('قال الكاظمي. انتهى');
    expect(doc.tokens.map((t) => t.text)).toEqual(['قال', 'الكاظمي', '.', 'انتهى']);
    expect(doc.sentences).toEqual([
      { start: 0, end: 12, text: 'قال الكاظمي.' },
      { start: 13, end: 18, text: 'انتهى' },
    ]);
  });

  it('declare what they provide', () => {
    expect(tokenizeStage()).toMatchObject({ name: 'tokenize', requires: [], provides: ['tokens'] });
    expect(sentencesStage()).toMatchObject({ name: 'sentences', requires: [], provides: ['sentences'] });
  });

  it('check their options when they are made', () => {
    expect(() => tokenizeStage({ clitcs: true } as never)).toThrowError(/unknown option "clitcs"/);
    expect(() => sentencesStage({ lineBreaks: 1 } as never)).toThrowError(DhadError);
  });

  it('pass options through: segments with clitics', () => {
    const doc = pipeline(tokenizeStage({ clitics: true }))('والعراق');
    expect(doc.tokens[0].segments?.map((s) => s.text)).toEqual(['و', 'ال', 'عراق']);
  });
});
