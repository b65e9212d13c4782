import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DhadError, pipeline } from '../../src/core/index.js';
import { detectLanguage, detectParagraphLanguages, langStage } from '../../src/lang/index.js';

const corpusDir = join(import.meta.dirname, '../../corpus/seed');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

// Paragraphs written for these tests (news register, several sentences each).
const ARABIC = [
  'أعلن البنك المركزي المصري يوم الخميس رفع أسعار الفائدة الرئيسية بمقدار مئتي نقطة أساس، في خطوة تهدف إلى كبح التضخم الذي بلغ أعلى مستوياته منذ خمس سنوات. وقالت لجنة السياسة النقدية في بيان إن القرار جاء بعد مراجعة التطورات الاقتصادية المحلية والعالمية.',
  'ضرب زلزال بقوة ست درجات على مقياس ريختر مناطق في جنوب تركيا فجر الاثنين، ما أدى إلى انهيار عدد من المباني ومقتل ما لا يقل عن عشرة أشخاص، بحسب ما أعلنته هيئة إدارة الكوارث والطوارئ.',
  'فاز المنتخب المغربي على نظيره البرتغالي بهدف نظيف في الدور ربع النهائي لكأس العالم، ليصبح أول منتخب عربي وأفريقي يبلغ المربع الذهبي في تاريخ البطولة. وسجل الهدف يوسف النصيري برأسية في الدقيقة الثانية والأربعين.',
];
const PERSIAN = [
  'به گزارش خبرگزاری‌ها، نخست‌وزیر عراق صبح یکشنبه از یک سوءقصد با پهپاد جان سالم به در برد. این حمله به اقامتگاه او در منطقه سبز بغداد انجام شد و چند نفر از محافظانش زخمی شدند. مقام‌های عراقی گفتند که سه پهپاد به سمت خانه شلیک شد و دو فروند از آنها سرنگون شدند.',
  'زبان فارسی یکی از زبان‌های هندواروپایی است که در ایران، افغانستان و تاجیکستان به آن سخن می‌گویند. این زبان تاریخ ادبی بسیار طولانی دارد و شاعرانی مانند حافظ و سعدی و مولوی به آن شعر سروده‌اند.',
  'وزارت بهداشت روز دوشنبه اعلام کرد که شمار مبتلایان به آنفولانزا در هفته گذشته کاهش یافته است. به گفته سخنگوی این وزارتخانه، بیمارستان‌های تهران دیگر با کمبود تخت روبرو نیستند. او از مردم خواست که همچنان ماسک بزنند و در صورت بروز علائم به پزشک مراجعه کنند.',
];
const URDU = [
  'عراق کے وزیر اعظم مصطفیٰ الکاظمی اتوار کی صبح ڈرون حملے میں بال بال بچ گئے۔ حکام کے مطابق بغداد کے گرین زون میں ان کی رہائش گاہ کو تین ڈرونز سے نشانہ بنایا گیا، جن میں سے دو کو مار گرایا گیا۔ اس حملے میں ان کے کئی محافظ زخمی ہوئے۔',
  'اردو پاکستان کی قومی زبان ہے اور بھارت کی کئی ریاستوں میں بھی بولی جاتی ہے۔ اس زبان کا ادب بہت پرانا ہے اور غالب اور اقبال جیسے شاعروں نے اسے دنیا بھر میں مشہور کیا۔',
  'محکمہ موسمیات نے اگلے تین دنوں میں ملک کے بیشتر حصوں میں شدید بارش کی پیش گوئی کی ہے۔ حکام نے دریاؤں کے کنارے رہنے والے لوگوں کو محفوظ مقامات پر منتقل ہونے کی ہدایت کی ہے۔ کراچی میں کئی سڑکیں پہلے ہی پانی میں ڈوب چکی ہیں۔',
];
const ENGLISH =
  'The Iraqi prime minister survived an assassination attempt on Sunday when a drone packed with explosives struck his residence in the Green Zone of Baghdad, officials said.';
const SORANI = 'سەرۆک وەزیرانی عێراق لە هێرشێکی درۆن بۆ سەر ماڵەکەی لە بەغدا ڕزگاری بوو. چەند پاسەوانێکی برینداربوون و حکومەت داوای لێکۆڵینەوەی کرد.';

describe('detectLanguage', () => {
  it('Arabic news: the seed articles and other paragraphs are arb with a high score', () => {
    for (const text of [...corpus, ...ARABIC]) {
      const lang = detectLanguage(text);
      expect(lang.code).toBe('arb');
      expect(lang.score).toBeGreaterThan(0.8);
    }
  });

  it('Persian paragraphs are pes, not Arabic', () => {
    for (const text of PERSIAN) {
      const lang = detectLanguage(text);
      expect(lang).toMatchObject({ code: 'pes' });
      expect(lang.score).toBeGreaterThan(0.8);
    }
  });

  it('Urdu paragraphs are urd, not Arabic or Persian', () => {
    for (const text of URDU) {
      const lang = detectLanguage(text);
      expect(lang).toMatchObject({ code: 'urd' });
      expect(lang.score).toBeGreaterThan(0.8);
    }
  });

  it('English is eng; Central Kurdish in Arabic script is ckb', () => {
    expect(detectLanguage(ENGLISH).code).toBe('eng');
    expect(detectLanguage(SORANI).code).toBe('ckb');
  });

  it('short text is und with score 0 (fewer than 5 words)', () => {
    for (const text of ['', '   ', 'سلام', 'مقتل ثلاثة أشخاص', 'أخبار ذات صلة', '2021 / 11 / 7', 'نخست‌وزیر عراق', 'hello world']) {
      expect(detectLanguage(text)).toEqual({ code: 'und', score: 0 });
    }
    expect(detectLanguage('مقتل ثلاثة أشخاص', { minWords: 3 }).code).toBe('arb');
  });

  it('a short Arabic line that franc alone reads as Malay (Jawi) is Arabic', () => {
    expect(detectLanguage('الهجوم شن بواسطة طائرة مسيرة مفخخة').code).toBe('arb');
  });

  it('shaped Arabic (presentation forms, as from a PDF) is still Arabic', () => {
    // البنك المركزي المصري والحكومة العراقية في بيان مشترك, in presentation forms
    const shaped = '\ufe8d\ufedf\ufe92\ufee8\ufeda \ufe8d\ufedf\ufee4\ufeae\ufedb\ufeb0\ufef2 \ufe8d\ufedf\ufee4\ufebc\ufeae\ufef1 \ufeed\ufe8d\ufedf\ufea4\ufedc\ufeee\ufee3\ufe94 \ufe8d\ufedf\ufecc\ufeae\ufe8d\ufed8\ufef4\ufe94 \ufed3\ufef2 \ufe91\ufef4\ufe8e\ufee5 \ufee3\ufeb8\ufe98\ufeae\ufedb';
    expect(detectLanguage(shaped).code).toBe('arb');
  });

  it('throws DhadError on a programmer error', () => {
    expect(() => detectLanguage(7 as unknown as string)).toThrow(DhadError);
    expect(() => detectLanguage('نص', { minWord: 3 } as never)).toThrow(/unknown option "minWord"/);
    expect(() => detectLanguage('نص', { minWords: 0 })).toThrow(/positive integer/);
  });

  it('never throws, and returns a code and a score in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...'ابتدرسعلمنهوية پچگکیےہ ab.،\n'), maxLength: 300 })), (s) => {
        const lang = detectLanguage(s);
        expect(lang.code).toMatch(/^[a-z]{3}$/);
        expect(lang.score).toBeGreaterThanOrEqual(0);
        expect(lang.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectParagraphLanguages', () => {
  it('tells the paragraphs of a mixed document apart, with exact spans', () => {
    const text = `${ARABIC[0]}\n\n  ${ENGLISH}\n${PERSIAN[2]}\r\n${URDU[2]}\nأخبار ذات صلة\n`;
    const paragraphs = detectParagraphLanguages(text);
    expect(paragraphs.map((p) => p.code)).toEqual(['arb', 'eng', 'pes', 'urd', 'und']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(paragraphs[1].text).toBe(ENGLISH);
  });

  it('spans are exact, sorted and in bounds (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ابتدرسعلمنهوية پچگکی ab\n\r\u2029 '), maxLength: 200 }), (s) => {
        let last = 0;
        for (const p of detectParagraphLanguages(s)) {
          expect(s.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          last = p.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('langStage', () => {
  it('is a stage providing lang', () => {
    const stage = langStage();
    expect(stage).toMatchObject({ name: 'lang', requires: [], provides: ['lang'] });
  });

  it('sets doc.lang and adds no message for an Arabic article', () => {
    const run = pipeline(langStage());
    for (const text of corpus) {
      const doc = run(text);
      expect(doc.lang?.code).toBe('arb');
      expect(doc.messages).toEqual([]);
    }
  });

  it('warns when the document is Persian or Urdu, spanning the whole text', () => {
    const run = pipeline(langStage());
    for (const [text, code] of [[PERSIAN.join('\n'), 'pes'], [URDU.join('\n'), 'urd']] as const) {
      const doc = run(text);
      expect(doc.lang?.code).toBe(code);
      expect(doc.messages).toHaveLength(1);
      expect(doc.messages[0]).toMatchObject({ ruleId: 'lang/not-arabic', severity: 'warning', start: 0, end: text.length });
      expect(doc.messages[0].reason).toContain(code);
    }
  });

  it('reports a non-Arabic paragraph inside an Arabic document', () => {
    const text = `${ARABIC[0]}\n${ARABIC[1]}\n${PERSIAN[0]}\n${ARABIC[2]}`;
    const doc = pipeline(langStage())(text);
    expect(doc.lang?.code).toBe('arb');
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['lang/not-arabic-paragraph']);
    const m = doc.messages[0];
    expect(text.slice(m.start, m.end)).toBe(PERSIAN[0]);
    expect(pipeline(langStage({ paragraphs: false }))(text).messages).toEqual([]);
  });

  it('short documents get und and no message', () => {
    const doc = pipeline(langStage())('الكاظمي بخير');
    expect(doc.lang).toEqual({ code: 'und', score: 0 });
    expect(doc.messages).toEqual([]);
  });

  it('keeps earlier messages and rejects bad options', () => {
    const doc = langStage().run({ ...pipeline()(PERSIAN[1]), messages: [{ start: 0, end: 1, ruleId: 'x/y', reason: 'r', severity: 'info' }] });
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['x/y', 'lang/not-arabic']);
    expect(() => langStage({ paragraph: true } as never)).toThrow(/unknown option "paragraph" \(expected minWords, paragraphs\)/);
    expect(() => langStage({ paragraphs: 1 } as never)).toThrow(/must be a boolean/);
  });
});
