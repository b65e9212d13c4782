import { describe, expect, it } from 'vitest';
import { DhadError } from '../../src/core/index.js';
import { segmentClitics } from '../../src/tokenize/index.js';

type Opts = Parameters<typeof segmentClitics>[1];
/** Segments as `و+ ال+ عراق`: proclitics end in +, enclitics start with +. */
const show = (word: string, options?: Opts): string =>
  segmentClitics(word, options)
    .map((s) => (s.role === 'proclitic' ? `${s.text}+` : s.role === 'enclitic' ? `+${s.text}` : s.text))
    .join(' ');

describe('segmentClitics without isStem (conservative)', () => {
  it('splits conjunction, preposition and article before a stem of 3+ letters', () => {
    expect(show('والعراق')).toBe('و+ ال+ عراق');
    expect(show('بالنسبة')).toBe('ب+ ال+ نسبة');
    expect(show('وبالعراق')).toBe('و+ ب+ ال+ عراق');
    expect(show('فالكاظمي')).toBe('ف+ ال+ كاظمي');
    expect(show('كالعادة')).toBe('ك+ ال+ عادة');
    expect(show('وكالعادة')).toBe('و+ ك+ ال+ عادة');
    expect(show('فبالتالي')).toBe('ف+ ب+ ال+ تالي');
    expect(show('العراق')).toBe('ال+ عراق');
  });

  it('reads لل as ل + the article', () => {
    expect(show('للكاظمي')).toBe('لل+ كاظمي');
    expect(show('وللمرة')).toBe('و+ لل+ مرة');
    expect(show('فللحكومة')).toBe('ف+ لل+ حكومة');
  });

  it('does not split words that merely begin with clitic letters', () => {
    for (const w of ['بغداد', 'وزارة', 'لبنان', 'بلد', 'كتب', 'فرنسا', 'وقال', 'الله', 'الذي', 'التي', 'الان', 'لله', 'والده', 'والدته', 'ألف', 'إلى']) {
      expect(show(w), w).toBe(w);
    }
  });

  it('does not split pronoun suffixes off content words (that needs a lexicon)', () => {
    for (const w of ['كتابه', 'مدينته', 'أماكن', 'كورونا', 'علي', 'لكن', 'نفسي', 'تفاهم']) expect(show(w), w).toBe(w);
  });

  it('splits pronouns off prepositions and particles, a closed class', () => {
    expect(show('فيها')).toBe('في +ها');
    expect(show('عليهم')).toBe('علي +هم');
    expect(show('ومنهم')).toBe('و+ من +هم');
    expect(show('لها')).toBe('ل +ها');
    expect(show('بينهما')).toBe('بين +هما');
    expect(show('أنه')).toBe('أن +ه');
    expect(show('إليه')).toBe('إلي +ه');
    expect(show('مني')).toBe('من +ي');
    expect(show('لكنه')).toBe('لكن +ه');
  });

  it('gives offsets into the word; marks and tatweel stay with the letter before them', () => {
    expect(segmentClitics('وَبِالعِرَاقِ')).toEqual([
      { text: 'وَ', start: 0, end: 2, norm: 'و', role: 'proclitic' },
      { text: 'بِ', start: 2, end: 4, norm: 'ب', role: 'proclitic' },
      { text: 'ال', start: 4, end: 6, norm: 'ال', role: 'proclitic' },
      { text: 'عِرَاقِ', start: 6, end: 13, norm: 'عراق', role: 'stem' },
    ]);
    expect(segmentClitics('بـالعراق').map((s) => s.text)).toEqual(['بـ', 'ال', 'عراق']);
  });

  it('segments a clitic written alone with a tatweel', () => {
    expect(segmentClitics('بـ')).toEqual([{ text: 'بـ', start: 0, end: 2, norm: 'ب', role: 'proclitic' }]);
    expect(show('وبـ')).toBe('و+ بـ+');
  });

  it('reads presentation forms and never cuts inside a lam-alef ligature', () => {
    expect(show('ﻭﺍﻟﻌﺮﺍﻕ')).toBe('ﻭ+ ﺍﻟ+ ﻌﺮﺍﻕ');
    for (const s of segmentClitics('ﻟﻼﻋﺒﻴﻦ')) expect(s.text.length).toBeGreaterThan(0);
  });

  it('returns one stem segment for an unsplit word and [] for the empty string', () => {
    expect(segmentClitics('بغداد')).toEqual([{ text: 'بغداد', start: 0, end: 5, norm: 'بغداد', role: 'stem' }]);
    expect(segmentClitics('')).toEqual([]);
  });
});

describe('segmentClitics with isStem', () => {
  const lexicon = new Set(['بغداد', 'العراق', 'بلد', 'لبنان', 'الكاظمي', 'كتاب', 'مدينه', 'بيروت', 'مستشفي']);
  const isStem = (s: string): boolean => lexicon.has(s);

  it('strips clitics only when the remainder is a known stem', () => {
    expect(show('ببغداد', { isStem })).toBe('ب+ بغداد');
    expect(show('وبغداد', { isStem })).toBe('و+ بغداد');
    expect(show('وببيروت', { isStem })).toBe('و+ ب+ بيروت');
    expect(show('وبلد', { isStem })).toBe('و+ بلد');
    expect(show('وزارة', { isStem })).toBe('وزارة');
  });

  it('does not split a word that is itself a known stem', () => {
    expect(show('بغداد', { isStem })).toBe('بغداد');
    expect(show('بلد', { isStem })).toBe('بلد');
    expect(show('لبنان', { isStem })).toBe('لبنان');
  });

  it('passes the stem with the article restored, then bare', () => {
    const seen: string[] = [];
    const spy = (s: string): boolean => {
      seen.push(s);
      return s === 'الكاظمي';
    };
    expect(show('للكاظمي', { isStem: spy })).toBe('لل+ كاظمي');
    expect(seen).toContain('الكاظمي');
    expect(show('بالعراق', { isStem })).toBe('ب+ ال+ عراق');
    expect(show('العراق', { isStem })).toBe('ال+ عراق');
  });

  it('strips pronoun enclitics, restoring ة and ى before the suffix', () => {
    expect(show('كتابه', { isStem })).toBe('كتاب +ه');
    expect(show('وكتابهم', { isStem })).toBe('و+ كتاب +هم');
    expect(show('مدينته', { isStem })).toBe('مدينت +ه');
    expect(show('مستشفاه', { isStem })).toBe('مستشفا +ه');
  });

  it('refuses bad options', () => {
    expect(() => segmentClitics('كلمة', { isStem: 1 } as never)).toThrowError(DhadError);
    expect(() => segmentClitics('كلمة', { stem: () => true } as never)).toThrowError(/unknown option "stem"/);
    expect(() => segmentClitics(5 as never)).toThrowError(/segmentClitics expects a string, got a number \(5\)/);
  });
});
