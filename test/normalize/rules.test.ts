import { describe, expect, it } from 'vitest';
import { PRESETS, createNormalizer, normalize } from '../../src/normalize/index.js';
import type { NormalizeOptions } from '../../src/normalize/index.js';

const only = (o: NormalizeOptions) => (s: string): string => normalize(s, o);

describe('search preset (the default)', () => {
  it('folds what the contract names', () => {
    expect(normalize('للكاظمي')).toBe('للكاظمي');
    expect(normalize('الأحد')).toBe('الاحد');
    expect(normalize('مدينة')).toBe('مدينه');
    expect(normalize('٢٠٢١')).toBe('2021');
    expect(normalize('۱۴۰۰')).toBe('1400');
    expect(normalize('مسؤول رئيس')).toBe('مسوول رييس');
    expect(normalize('مصطفى الكاظمى')).toBe('مصطفي الكاظمي');
    expect(normalize('إِيرَانُ')).toBe('ايران');
    expect(normalize('بـ"رئيس')).toBe('ب"رييس');
    expect(normalize('هٰذا')).toBe('هذا');
    expect(normalize('ٱلْحَمْدُ لِلَّهِ')).toBe('الحمد لله');
  });
  it('is the same as passing "search" or PRESETS.search', () => {
    const s = 'قالَ مُصطفى الكاظميّ إنّ «الأمن» ٢٠٢١ ﻷجل‌ ﷲ';
    expect(normalize(s)).toBe(normalize(s, 'search'));
    expect(normalize(s)).toBe(normalize(s, { ...PRESETS.search }));
    expect(normalize(s)).toBe(createNormalizer()(s));
  });
  it('removes invisibles and ZWNJ, turns every space into U+0020, keeps line breaks', () => {
    expect(normalize('بغداد\u200f\u200e\u061c\u202b\u2067\u2069\u200b\u200d\u2060\ufeff\u00ad')).toBe('بغداد');
    expect(normalize('می\u200cخواهم')).toBe('ميخواهم');
    expect(normalize('أ\u00a0ب\u2003ج\u202fد\u3000هـ\u1680و\n\r\tز')).toBe('ا ب ج د ه و\n\r\tز');
  });
  it('keeps punctuation as it is (the tokenizer splits it)', () => {
    expect(normalize('الأحد، قال: «نعم»؟ ٪٥')).toBe('الاحد، قال: «نعم»؟ ٪5');
  });
  it('keeps ء standalone and letters no rule names', () => {
    expect(normalize('شيء جزء')).toBe('شيء جزء');
    expect(normalize('پ چ ژ گ ڤ')).toBe('پ چ ژ گ ڤ');
  });
  it('leaves text without anything to change identical (same string)', () => {
    const s = 'قال الكاظمي في بغداد';
    expect(normalize(s)).toBe(s);
    expect(normalize('')).toBe('');
  });
});

describe('compose', () => {
  const compose = only({ compose: true });
  it('composes madda and hamza marks as NFC does', () => {
    const pairs: [string, string][] = [
      ['ا\u0653', 'آ'], ['ا\u0654', 'أ'], ['ا\u0655', 'إ'], ['و\u0654', 'ؤ'], ['ي\u0654', 'ئ'],
      ['ە\u0654', 'ۀ'], ['ہ\u0654', 'ۂ'], ['ے\u0654', 'ۓ'],
    ];
    for (const [from, to] of pairs) {
      expect(compose(from)).toBe(to);
      expect(compose(from)).toBe(from.normalize('NFC'));
    }
  });
  it('composes across a lower-class haraka (ا + fatha + hamza → أَ), as NFC', () => {
    expect(compose('ا\u064e\u0654')).toBe('أ\u064e');
    expect(compose('ا\u064e\u0654')).toBe('ا\u064e\u0654'.normalize('NFC'));
  });
  it('does not compose when a mark of the same class comes between (blocked, as NFC)', () => {
    const s = 'ا\u0610\u0654';
    expect(compose(s)).toBe(s.normalize('NFC'));
    expect(compose(s)).toBe(s);
  });
  it('puts kept marks in canonical order (shadda + fatha → fatha + shadda)', () => {
    expect(compose('ب\u0651\u064e')).toBe('ب\u064e\u0651');
    expect(compose('ب\u0651\u064e')).toBe('ب\u0651\u064e'.normalize('NFC'));
    expect(compose('بَّ')).toBe(compose('بَّ'.normalize('NFD')));
  });
  it('lets decomposed input match composed input in search', () => {
    expect(normalize('سؤال')).toBe(normalize('سو\u0654ال'));
    expect(normalize('أحمد')).toBe(normalize('ا\u0654حمد'));
    expect(normalize('سؤال')).toBe('سوال');
  });
  it('leaves a mark with no letter to compose with', () => {
    expect(compose('\u0654')).toBe('\u0654');
    expect(compose('ب\u0654')).toBe('ب\u0654');
  });
});

describe('presentationForms', () => {
  const pf = only({ presentationForms: true });
  it('folds letter forms to base letters (text extracted from PDFs)', () => {
    expect(pf('ﺑﻐﺪﺍﺩ')).toBe('بغداد');
    expect(pf('ﺍﻟﻜﺎﻇﻤﻲ')).toBe('الكاظمي');
    expect(pf('ﻣﺪﻳﻨﺔ')).toBe('مدينة');
  });
  it('expands lam-alef ligatures keeping the hamza or madda — all eight forms', () => {
    expect(pf('ﻵ ﻶ ﻷ ﻸ ﻹ ﻺ ﻻ ﻼ')).toBe('لآ لآ لأ لأ لإ لإ لا لا');
  });
  it('expands ﷲ to الله', () => {
    expect(pf('ﷲ')).toBe('الله');
  });
  it('maps isolated/medial harakat forms to the bare mark, no space or tatweel', () => {
    expect(pf('\ufe70\ufe71\ufe76\ufe77\ufe7c\ufe7d\ufe7e')).toBe('\u064b\u064b\u064e\u064e\u0651\u0651\u0652');
    expect(pf('\ufc5e\ufc60\ufc63')).toBe('\u064c\u0651\u064e\u0651\u0651\u0670');
    expect('\ufe76'.normalize('NFKC')).toBe(' \u064e'); // what NFKC would do instead
  });
  it('folds Persian presentation forms to Persian letters, then `persian` decides', () => {
    expect(pf('ﮎ ﯼ ﭖ')).toBe('ک ی پ');
    expect(normalize('ﮎ ﯼ ﭖ', { presentationForms: true, persian: true, alefMaksura: true })).toBe('ك ي پ');
  });
  it("expands honorifics only with 'expand'", () => {
    expect(pf('ﷺ ﷻ ﷽')).toBe('ﷺ ﷻ ﷽');
    const ex = only({ presentationForms: 'expand' });
    expect(ex('ﷺ')).toBe('صلى الله عليه وسلم');
    expect(ex('ﷻ')).toBe('جل جلاله');
    expect(ex('﷽')).toBe('بسم الله الرحمن الرحيم');
  });
  it('keeps ﷼ (a currency sign) and the ornate parentheses', () => {
    expect(pf('١٠٠ ﷼ ﴾آية﴿')).toBe('١٠٠ ﷼ ﴾آية﴿');
  });
  it('passes the BOM U+FEFF to `invisibles`, not presentation forms', () => {
    expect(pf('\ufeffنص')).toBe('\ufeffنص');
  });
});

describe('diacritics and daggerAlef', () => {
  it("'harakat' removes U+064B–U+0652 only", () => {
    const h = only({ diacritics: 'harakat' });
    expect(h('كَتَبَ الطَّالِبُ دَرْساً')).toBe('كتب الطالب درسا');
    expect(h('قرآن\u0653\u0610\u06d6')).toBe('قرآن\u0653\u0610\u06d6');
  });
  it("'all' also removes Quranic and extended marks", () => {
    const a = only({ diacritics: 'all' });
    expect(a('ب\u0653\u0654\u0655\u065f\u0610\u061a\u06d6\u06dc\u06df\u06e4\u06e7\u06e8\u06ea\u06ed\u08ca\u08ff')).toBe('ب');
    expect(a('ب\u08e2')).toBe('ب\u08e2'); // ARABIC DISPUTED END OF AYAH is a sign, not a mark
    expect(a('ب\u06dd\u06de\u06e5\u06e6')).toBe('ب\u06dd\u06de\u06e5\u06e6'); // signs and small letters stay
  });
  it("daggerAlef: 'remove' for MSA, 'alef' for Quranic text, 'keep' by default", () => {
    expect(normalize('هٰذا', { daggerAlef: 'remove' })).toBe('هذا');
    expect(normalize('السمٰوٰت', { daggerAlef: 'alef' })).toBe('السماوات');
    expect(normalize('هٰذا', {})).toBe('هٰذا');
  });
});

describe('letter rules', () => {
  it('tatweel', () => {
    expect(normalize('بـ3 كــ الولايات', { tatweel: true })).toBe('ب3 ك الولايات');
  });
  it('alef folds أ إ آ ٱ ٲ ٳ ٵ and never ى (unlike PyArabic: على stays على)', () => {
    const a = only({ alef: true });
    expect(a('أ إ آ ٱ ٲ ٳ ٵ')).toBe('ا ا ا ا ا ا ا');
    expect(a('على مصطفى')).toBe('على مصطفى');
  });
  it('alefMaksura, tehMarbuta, hamza', () => {
    expect(normalize('على', { alefMaksura: true })).toBe('علي');
    expect(normalize('الحكومة العراقية', { tehMarbuta: true })).toBe('الحكومه العراقيه');
    expect(normalize('مؤتمر رئيس شيء', { hamza: true })).toBe('موتمر رييس شيء');
  });
  it('lam-alef ligatures keep their hamza unless alef folding is asked (unlike PyArabic)', () => {
    expect(normalize('ﻷ', { presentationForms: true })).toBe('لأ');
    expect(normalize('ﻸ', { presentationForms: true })).toBe('لأ');
    expect(normalize('ﻷ', { presentationForms: true, alef: true })).toBe('لا');
  });
  it('persian folds look-alikes, never distinct sounds', () => {
    const p = only({ persian: true, alefMaksura: true });
    expect(p('کتاب ڪ ی ې ۀ ہ ھ ە ۂ ے')).toBe('كتاب ك ي ي ه ه ه ه ه ي');
    expect(p('ۃ ٸ')).toBe('ۃ ٸ'.replace('ۃ', 'ة').replace('ٸ', 'ئ'));
    expect(normalize('ۃ ٸ', { persian: true, tehMarbuta: true, hamza: true })).toBe('ه ي');
    expect(p('پ چ ژ گ ڤ')).toBe('پ چ ژ گ ڤ');
  });
  it('persian without alefMaksura: ی is ي inside a word and ى at its end', () => {
    const p = only({ persian: true });
    expect(p('فارسی')).toBe('فارسى');
    expect(p('ایران')).toBe('ايران');
    expect(p('علی، کی')).toBe('على، كى');
    expect(p('یَک')).toBe('يَك'); // a haraka between ی and the next letter does not end the word
    expect(normalize('ﯾ ﯼ', { persian: true, presentationForms: true })).toBe('ي ى'); // initial, isolated forms
  });
  it('a Persian letter passes unchanged when `persian` is off', () => {
    expect(normalize('ک ی ە', 'display')).toBe('ک ی ە');
  });
});

describe('digits, punctuation, zwnj, spaces', () => {
  it("digits: 'ascii' and 'arabic-indic'", () => {
    expect(normalize('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٣٫٥ ١٬٠٠٠', { digits: 'ascii' })).toBe('0123456789 0123456789 3.5 1,000');
    expect(normalize('2021 ۱۴۰۰ ٣٫٥', { digits: 'arabic-indic' })).toBe('٢٠٢١ ١٤٠٠ ٣٫٥');
  });
  it('punctuation', () => {
    expect(normalize('، ؛ ؟ ۔ ٪ « »', { punctuation: true })).toBe(', ; ? . % " "');
  });
  it("zwnj: 'keep' by default, 'remove', 'space' only when asked", () => {
    expect(normalize('می\u200cخواهم', {})).toBe('می\u200cخواهم');
    expect(normalize('می\u200cخواهم', { zwnj: 'remove' })).toBe('میخواهم');
    expect(normalize('می\u200cخواهم', { zwnj: 'space' })).toBe('می خواهم');
  });
  it('spaces keep line breaks', () => {
    expect(normalize('a\u00a0b\u2009c\n\u2028d', { spaces: true })).toBe('a b c\n\u2028d');
  });
});

describe('display preset', () => {
  it('cleans without touching letters or harakat', () => {
    expect(normalize('الأَحَدُ ـــ مدينة ﻷجل\u200fعلى', 'display')).toBe('الأَحَدُ  مدينة لأجلعلى');
    expect(normalize('٢٠٢١ ى ة ؤ', 'display')).toBe('٢٠٢١ ى ة ؤ');
    expect(normalize('می\u200cخواهم', 'display')).toBe('می\u200cخواهم');
  });
});

describe('camel preset: CAMeL Tools 1.6 dediac_ar → normalize_alef_ar → normalize_alef_maksura_ar → normalize_teh_marbuta_ar', () => {
  const camel = only({ preset: 'camel' });
  it('dediac_ar deletes U+064B–U+0652 and U+0670', () => {
    expect(normalize('كَتَبَ هٰذا', 'camel')).toBe('كتب هذا');
  });
  it('keeps U+0653–U+065F, U+0610–U+061A, Quranic marks and tatweel', () => {
    const kept = 'ب\u0653\u0654\u0655\u0656\u065f\u0610\u061a\u06d6\u06ed\u0640';
    expect(normalize(kept, 'camel')).toBe(kept);
  });
  it('normalize_alef_ar folds إ أ ٱ آ only: ٲ ٳ ٵ and a decomposed ا+ٔ stay', () => {
    expect(camel('إ أ ٱ آ')).toBe('ا ا ا ا');
    expect(camel('ٲ ٳ ٵ')).toBe('ٲ ٳ ٵ');
    expect(camel('ا\u0654')).toBe('ا\u0654');
  });
  it('normalize_alef_maksura_ar and normalize_teh_marbuta_ar', () => {
    expect(camel('على مدينة')).toBe('علي مدينه');
  });
  it('nothing else: no NFC, presentation forms, digits, hamza, Persian, invisibles', () => {
    const s = 'ﻷ ﷲ ٢٠٢١ ؤ ئ ک ی \u200f\u200c \u00a0 😀 ە';
    expect(camel(s)).toBe(s);
  });
});

describe("lucene preset: Lucene's ArabicNormalizer", () => {
  it('آ أ إ → ا but not ٱ', () => {
    expect(normalize('آ أ إ ٱ', 'lucene')).toBe('ا ا ا ٱ');
  });
  it('ى → ي, ة → ه', () => {
    expect(normalize('على مدينة', 'lucene')).toBe('علي مدينه');
  });
  it('deletes tatweel and U+064B–U+0652, keeps U+0670', () => {
    expect(normalize('كَتَـــبَ هٰذا', 'lucene')).toBe('كتب هٰذا');
  });
  it('nothing else', () => {
    const s = 'ٲ ا\u0654 \u0653\u0655 ﻷ ٢٠٢١ ؤ ئ ک ی \u200f 😀';
    expect(normalize(s, 'lucene')).toBe(s);
  });
});

describe('options objects', () => {
  it('an object without `preset` turns on only what it names', () => {
    expect(normalize('الأحد مدينة', { tehMarbuta: true })).toBe('الأحد مدينه');
    expect(normalize('الأحد مدينة', {})).toBe('الأحد مدينة');
  });
  it('`preset` starts from a preset and overrides what the object names', () => {
    expect(normalize('بـمدينة', { preset: 'search', tatweel: false })).toBe('بـمدينه');
    expect(normalize('بـمدينة', { preset: 'display', tehMarbuta: true })).toBe('بمدينه');
    expect(normalize('ـ', { preset: 'camel', tatweel: true })).toBe('');
  });
  it('an undefined value means "as the preset says"', () => {
    expect(normalize('مدينة', { preset: 'search', tehMarbuta: undefined })).toBe('مدينه');
  });
  it('PRESETS are frozen', () => {
    expect(Object.isFrozen(PRESETS)).toBe(true);
    expect(Object.isFrozen(PRESETS.search)).toBe(true);
  });
});
