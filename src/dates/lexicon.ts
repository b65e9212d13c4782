/**
 * The Arabic temporal lexicon as typed source data (verbatim spellings; keys are folded with the
 * `search` normalisation when the tables are compiled on first use, see grammar.ts).
 *
 * Converted from shared/data/dates-lexicon.json, whose sources are:
 * - Unicode CLDR 48 month, weekday and Islamic-calendar names through ICU 78.2 (Node 20 Intl) for
 *   ar, ar-EG, ar-SA, ar-AE, ar-LB, ar-SY, ar-IQ, ar-JO, ar-PS, ar-DZ, ar-TN, ar-MA, ar-MR, ar-LY, ar-SD
 *   (https://cldr.unicode.org);
 * - scrapinghub/dateparser Arabic data (dateparser/data/date_translation_data/ar.py and the
 *   supplementary ar.yaml), with issue #1038 (كانون 2 / تشرين 1) and PR #1364 (قبل + plural units);
 * - facebook/duckling Arabic time rules (Duckling/Time/AR/Rules.hs, Duckling/Ordinal/AR/Corpus.hs),
 *   issue #434 (الأثنين with hamza);
 * - Wikipedia "Arabic names of Gregorian months"; liquisearch copy for Moroccan variants (شتمبر، دجمبر);
 *   blogs.transparent.com "Calendars used in Arab countries"; Marefa "الشهور السريانية";
 *   areq.net "تقويم جماهيري" for the Libyan 1986–2011 series;
 * - wikiislam.ca / liquisearch "Islamic calendar months" for Hijri alternates;
 * - MSA grammar (ordinal and number agreement), compiled by hand.
 *
 * Tiers say how much context a word needs before it is read as a date:
 * 0 = safe alone, 1 = a homograph (needs a day, a year, شهر, a paired month or a temporal
 * preposition), 2 = a common noun or name (needs a day number AND a year, or يوم before it).
 */

/** A spelling with the context tier it needs. */
export type LexForm = readonly [text: string, tier: 0 | 1 | 2];

/**
 * Gregorian months, January first, every regional series merged (a form names one month in
 * every series where it occurs): Egypt/Gulf (CLDR ar), Levant/Iraq (Syriac), Algeria/Tunisia
 * (French-derived), Morocco (CLDR ar-MA), Mauritania (CLDR ar-MR), Libya 1986–2011 (historical).
 */
export const GREGORIAN_MONTHS: readonly (readonly LexForm[])[] = [
  [['يناير', 0], ['ينائر', 0], ['جانفي', 0], ['جانفييه', 0], ['كانون الثاني', 0], ['كانون ثاني', 0], ['كانون الثانى', 0], ['كانون 2', 0], ['أي النار', 2], ['اي النار', 2], ['أين النار', 2]],
  [['فبراير', 0], ['فيفري', 0], ['فيفرى', 0], ['فيفريه', 0], ['فبرایر', 0], ['شباط', 0], ['النوار', 2]],
  [['مارس', 1], ['آذار', 0], ['أذار', 0], ['اذار', 0], ['الربيع', 2]],
  [['أبريل', 0], ['إبريل', 0], ['ابريل', 0], ['أفريل', 0], ['افريل', 0], ['نيسان', 1], ['الطير', 2]],
  [['مايو', 0], ['ماي', 1], ['أيار', 0], ['أيّار', 0], ['ايار', 0], ['الماء', 2]],
  [['يونيو', 0], ['يونيه', 0], ['جوان', 1], ['حزيران', 0], ['الصيف', 2]],
  [['يوليو', 0], ['يوليه', 0], ['يوليوز', 0], ['جويلية', 0], ['جويليه', 0], ['تموز', 0], ['تمّوز', 0], ['ناصر', 2]],
  [['أغسطس', 0], ['اغسطس', 0], ['أغشت', 0], ['غشت', 0], ['أوت', 1], ['اوت', 1], ['آب', 1], ['اب', 1], ['هانيبال', 2], ['هنيبال', 2]],
  [['سبتمبر', 0], ['سيبتمبر', 0], ['شتنبر', 0], ['شتمبر', 0], ['أيلول', 0], ['ايلول', 0], ['الفاتح', 2]],
  [['أكتوبر', 0], ['اكتوبر', 0], ['أكتوير', 0], ['تشرين الأول', 0], ['تشرين الاول', 0], ['تشرين أول', 0], ['تشرين اول', 0], ['تشرین الأول', 0], ['تشرين 1', 0], ['التمور', 2]],
  [['نوفمبر', 0], ['نونبر', 0], ['نوفمير', 0], ['تشرين الثاني', 0], ['تشرين ثاني', 0], ['تشرين الثانى', 0], ['تشرين 2', 0], ['الحرث', 2]],
  [['ديسمبر', 0], ['دجنبر', 0], ['دجمبر', 0], ['كانون الأول', 0], ['كانون الاول', 0], ['كانون أول', 0], ['كانون 1', 0], ['الكانون', 2]],
];

/**
 * Hijri (Umm al-Qura) months, محرم first; CLDR names first, then alternates (ربيع الثاني/الآخر,
 * جمادى الثانية/الآخرة) and case forms (ذو/ذي/ذا القعدة: ذي after a preposition).
 */
export const HIJRI_MONTHS: readonly (readonly LexForm[])[] = [
  [['محرم', 1], ['المحرم', 1], ['محرّم', 1], ['محرم الحرام', 0]],
  [['صفر', 1], ['صفر الخير', 0]],
  [['ربيع الأول', 0], ['ربيع الاول', 0], ['ربيع أول', 0], ['ربيع اول', 0], ['ربيع الأوّل', 0]],
  [['ربيع الآخر', 0], ['ربيع الاخر', 0], ['ربيع الثاني', 0], ['ربيع الثانى', 0], ['ربيع ثاني', 0], ['ربيع الآخِر', 0]],
  [['جمادى الأولى', 0], ['جمادى الاولى', 0], ['جمادى الأول', 0], ['جمادى الاول', 0], ['جمادي الأولى', 0], ['جمادي الاولى', 0]],
  [['جمادى الآخرة', 0], ['جمادى الاخرة', 0], ['جمادى الثانية', 0], ['جمادى الثاني', 0], ['جمادى الآخر', 0], ['جمادي الآخرة', 0], ['جمادي الثانية', 0]],
  [['رجب', 1], ['رجب المرجب', 0]],
  [['شعبان', 1], ['شعبان المعظم', 0]],
  [['رمضان', 1], ['رمضان المبارك', 0], ['رمضان الكريم', 0]],
  [['شوال', 1], ['شوّال', 1]],
  [['ذو القعدة', 0], ['ذي القعدة', 0], ['ذا القعدة', 0], ['ذو القِعدة', 0], ['ذي القِعدة', 0], ['ذى القعدة', 0]],
  [['ذو الحجة', 0], ['ذي الحجة', 0], ['ذا الحجة', 0], ['ذو الحِجّة', 0], ['ذي الحجّة', 0], ['ذى الحجة', 0]],
];

/**
 * Weekdays by ISO number (1 = Monday … 7 = Sunday). Forms without the article are tier 2:
 * أحد is "one (of)", جمعة a personal name, الحد "the limit" — they need يوم before them.
 */
export const WEEKDAYS: readonly (readonly LexForm[])[] = [
  [],
  [['الاثنين', 0], ['الإثنين', 0], ['الأثنين', 0], ['الاتنين', 0], ['اثنين', 2], ['إثنين', 2]],
  [['الثلاثاء', 0], ['الثلاثا', 0], ['الثلثاء', 0], ['ثلاثاء', 2], ['التلات', 2]],
  [['الأربعاء', 0], ['الاربعاء', 0], ['الأربعا', 0], ['الاربعا', 0], ['الإربعاء', 0], ['أربعاء', 2]],
  [['الخميس', 0], ['خميس', 2]],
  [['الجمعة', 0], ['جمعة', 2]],
  [['السبت', 0], ['سبت', 2]],
  [['الأحد', 0], ['أحد', 2], ['الحد', 2]],
];

/**
 * Day-of-month ordinals 1–31 (masculine, agreeing with يوم; ـون/ـين case forms), and the
 * construct forms أول/ثاني… ("أول أكتوبر"). Compound ordinals are written with و glued or spaced.
 */
export const DAY_ORDINALS: readonly (readonly string[])[] = [
  [],
  ['الأول', 'أول', 'الاول', 'اول'],
  ['الثاني', 'ثاني'],
  ['الثالث', 'ثالث'],
  ['الرابع', 'رابع'],
  ['الخامس', 'خامس'],
  ['السادس', 'سادس'],
  ['السابع', 'سابع'],
  ['الثامن', 'ثامن'],
  ['التاسع', 'تاسع'],
  ['العاشر', 'عاشر'],
  ['الحادي عشر', 'الحادي عشرة', 'الحادية عشر', 'الحادية عشرة'],
  ['الثاني عشر', 'الثاني عشرة', 'الثانية عشر', 'الثانية عشرة'],
  ['الثالث عشر', 'الثالث عشرة'],
  ['الرابع عشر', 'الرابع عشرة'],
  ['الخامس عشر', 'الخامس عشرة'],
  ['السادس عشر', 'السادس عشرة'],
  ['السابع عشر', 'السابع عشرة'],
  ['الثامن عشر', 'الثامن عشرة'],
  ['التاسع عشر', 'التاسع عشرة'],
  ['العشرين', 'العشرون'],
];
/** Units of compound ordinals (الحادي والعشرين … التاسع والعشرين, الحادي والثلاثين). */
export const ORDINAL_UNITS: readonly (readonly string[])[] = [
  [],
  ['الحادي', 'الحادية', 'الواحد'],
  ['الثاني', 'الثانية'],
  ['الثالث', 'الثالثة'],
  ['الرابع', 'الرابعة'],
  ['الخامس', 'الخامسة'],
  ['السادس', 'السادسة'],
  ['السابع', 'السابعة'],
  ['الثامن', 'الثامنة'],
  ['التاسع', 'التاسعة'],
];
/** Ordinal tens: 20 and 30 (oblique and nominative). */
export const ORDINAL_TENS: readonly (readonly [number, readonly string[]])[] = [
  [20, ['العشرين', 'العشرون']],
  [30, ['الثلاثين', 'الثلاثون']],
];

/** Hour names after الساعة (feminine ordinals): الساعة الثالثة = 3 o'clock. */
export const HOUR_ORDINALS: readonly (readonly string[])[] = [
  [],
  ['الواحدة', 'الأولى', 'الاولى'],
  ['الثانية'],
  ['الثالثة'],
  ['الرابعة'],
  ['الخامسة'],
  ['السادسة'],
  ['السابعة'],
  ['الثامنة'],
  ['التاسعة'],
  ['العاشرة'],
  ['الحادية عشرة', 'الحادية عشر'],
  ['الثانية عشرة', 'الثانية عشر'],
];

/** Cardinal number words 1–10 (both genders, case forms, colloquial spellings). */
export const CARDINALS: readonly (readonly string[])[] = [
  [],
  ['واحد', 'واحدة'],
  ['اثنين', 'اثنان', 'اثنتين', 'اثنتان', 'إثنين', 'اتنين'],
  ['ثلاثة', 'ثلاث', 'ثلاثه', 'تلاتة', 'ثلاثا'],
  ['أربعة', 'أربع', 'اربعة', 'اربع'],
  ['خمسة', 'خمس'],
  ['ستة', 'ست'],
  ['سبعة', 'سبع'],
  ['ثمانية', 'ثماني', 'ثمان', 'تمانية'],
  ['تسعة', 'تسع'],
  ['عشرة', 'عشر'],
];
/** Cardinal tens 20–90 (ـون/ـين case forms). */
export const CARDINAL_TENS: readonly (readonly [number, readonly string[]])[] = [
  [20, ['عشرين', 'عشرون']],
  [30, ['ثلاثين', 'ثلاثون']],
  [40, ['أربعين', 'أربعون']],
  [50, ['خمسين', 'خمسون']],
  [60, ['ستين', 'ستون']],
  [70, ['سبعين', 'سبعون']],
  [80, ['ثمانين', 'ثمانون']],
  [90, ['تسعين', 'تسعون']],
  [100, ['مئة', 'مائة']],
];

/** Calendar units of durations and offsets. */
export type DateUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/**
 * Unit words: [form, unit, count] — count 1 for the singular (and the accusative used after
 * 11–99: 15 يوماً), 2 for the dual (يومين = two days), 0 for the plural (after 3–10).
 */
export const UNIT_WORDS: readonly (readonly [string, DateUnit, 0 | 1 | 2])[] = [
  ['ثانية', 'second', 1], ['ثانيتين', 'second', 2], ['ثانيتان', 'second', 2], ['ثوان', 'second', 0], ['ثواني', 'second', 0], ['ثوانٍ', 'second', 0],
  ['دقيقة', 'minute', 1], ['دقيقتين', 'minute', 2], ['دقيقتان', 'minute', 2], ['دقائق', 'minute', 0],
  ['ساعة', 'hour', 1], ['ساعتين', 'hour', 2], ['ساعتان', 'hour', 2], ['ساعات', 'hour', 0],
  ['يوم', 'day', 1], ['يوما', 'day', 1], ['يوماً', 'day', 1], ['يومين', 'day', 2], ['يومان', 'day', 2], ['أيام', 'day', 0],
  ['أسبوع', 'week', 1], ['أسبوعا', 'week', 1], ['أسبوعين', 'week', 2], ['أسبوعان', 'week', 2], ['أسابيع', 'week', 0],
  ['شهر', 'month', 1], ['شهرا', 'month', 1], ['شهرين', 'month', 2], ['شهران', 'month', 2], ['أشهر', 'month', 0], ['شهور', 'month', 0],
  ['عام', 'year', 1], ['عاما', 'year', 1], ['عامين', 'year', 2], ['عامان', 'year', 2], ['أعوام', 'year', 0],
  ['سنة', 'year', 1], ['سنه', 'year', 1], ['سنتين', 'year', 2], ['سنتان', 'year', 2], ['سنوات', 'year', 0], ['سنين', 'year', 0],
  ['عقد', 'decade', 1], ['عقدين', 'decade', 2], ['عقود', 'decade', 0],
  ['قرن', 'century', 1], ['قرنين', 'century', 2], ['قرون', 'century', 0],
];

/** Definite unit words used in relative phrases (الأسبوع الماضي, الأيام الثلاثة المقبلة). */
export const DEFINITE_UNITS: readonly (readonly [string, DateUnit, boolean])[] = [
  ['الساعة', 'hour', false], ['الساعات', 'hour', true],
  ['اليوم', 'day', false], ['الأيام', 'day', true], ['اليومين', 'day', true],
  ['الأسبوع', 'week', false], ['الأسابيع', 'week', true], ['الأسبوعين', 'week', true],
  ['الشهر', 'month', false], ['الأشهر', 'month', true], ['الشهور', 'month', true], ['الشهرين', 'month', true],
  ['العام', 'year', false], ['السنة', 'year', false], ['الأعوام', 'year', true], ['السنوات', 'year', true], ['السنين', 'year', true], ['العامين', 'year', true],
  ['العقد', 'decade', false], ['العقود', 'decade', true],
  ['القرن', 'century', false],
];

/** Direction adjectives after a unit: -1 past, +1 future, 0 current (both genders). */
export const DIRECTION_WORDS: readonly (readonly [string, -1 | 0 | 1])[] = [
  ['الماضي', -1], ['الماضية', -1], ['الفائت', -1], ['الفائتة', -1], ['المنصرم', -1], ['المنصرمة', -1],
  ['السابق', -1], ['السابقة', -1], ['الأخير', -1], ['الأخيرة', -1], ['المنقضي', -1],
  ['المقبل', 1], ['المقبلة', 1], ['القادم', 1], ['القادمة', 1], ['التالي', 1], ['التالية', 1], ['الآتي', 1], ['الجاي', 1],
  ['الجاري', 0], ['الجارية', 0], ['الحالي', 0], ['الحالية', 0],
];

/** Parts of the day: [forms, from hour, to hour (exclusive, may pass 24)]. */
export const PARTS_OF_DAY: readonly (readonly [name: string, forms: readonly string[], from: number, to: number])[] = [
  // Duckling uses فجر 3-6; the lexicon agrees.
  ['dawn', ['فجر', 'فجراً', 'فجرا', 'الفجر', 'فجرًا'], 3, 6],
  ['predawn', ['سحر', 'السحر', 'سحراً'], 2, 5],
  ['morning', ['صباح', 'صباحاً', 'صباحا', 'صباحًا', 'الصباح'], 5, 12],
  ['forenoon', ['ضحى', 'الضحى'], 8, 11],
  ['noon', ['ظهر', 'ظهراً', 'ظهرا', 'الظهر', 'الظهيرة', 'ظهيرة'], 11, 14],
  ['afternoon', ['عصر', 'عصراً', 'عصرا', 'العصر'], 15, 18],
  // The lexicon gives مساء 15-24; we start it at 18 so that it does not overlap عصر.
  ['evening', ['مساء', 'مساءً', 'مساءا', 'المساء'], 18, 24],
  ['night', ['ليل', 'ليلاً', 'ليلا', 'الليل', 'ليلة'], 18, 30],
];

/** Fractions of an hour after an hour: والنصف = :30, إلا ربعاً = -:15. */
export const HOUR_FRACTIONS: readonly (readonly [string, number])[] = [
  ['والنصف', 30], ['ونصف', 30], ['والربع', 15], ['وربع', 15], ['والثلث', 20], ['وثلث', 20],
];

/** Relative day words: [form, offset in days]. Multi-word forms are matched as phrases. */
export const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['اليوم', 0], ['هذا اليوم', 0],
  ['أمس', -1], ['الأمس', -1], ['يوم أمس', -1], ['البارحة', -1], ['امبارح', -1], ['اليوم السابق', -1],
  ['أول أمس', -2], ['أول من أمس', -2], ['أمس الأول', -2], ['أول البارحة', -2], ['قبل أمس', -2],
  ['غداً', 1], ['غدا', 1], ['غدًا', 1], ['الغد', 1], ['يوم غد', 1], ['بكرة', 1], ['اليوم التالي', 1],
  ['بعد غد', 2], ['بعد الغد', 2], ['بعد غدٍ', 2], ['بعد بكرة', 2],
];

/** Vague temporal adverbs (TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF): tagged, never given a value. */
export const VAGUE_WORDS: readonly (readonly [string, 'past' | 'present' | 'future'])[] = [
  ['مؤخراً', 'past'], ['مؤخرا', 'past'], ['مؤخرًا', 'past'], ['في وقت سابق', 'past'], ['سابقاً', 'past'], ['سابقا', 'past'],
  ['في الآونة الأخيرة', 'past'], ['الآونة الأخيرة', 'past'],
  ['الآن', 'present'], ['حالياً', 'present'], ['حاليا', 'present'], ['في الوقت الراهن', 'present'], ['في الوقت الحالي', 'present'],
  ['قريباً', 'future'], ['قريبا', 'future'], ['لاحقاً', 'future'], ['لاحقا', 'future'], ['في وقت لاحق', 'future'],
  // مستقبلاً is left out: as often the noun "a future" (لا تبني مستقبلاً) as the adverb.
  ['في المستقبل القريب', 'future'],
];

/** Parts of a period: أوائل/مطلع (start), منتصف/أواسط (middle), أواخر/نهاية (end). */
export const PERIOD_PARTS: readonly (readonly [string, 'start' | 'mid' | 'end'])[] = [
  ['أوائل', 'start'], ['مطلع', 'start'], ['بداية', 'start'], ['بدايات', 'start'], ['مستهل', 'start'], ['مطالع', 'start'],
  ['منتصف', 'mid'], ['أواسط', 'mid'], ['وسط', 'mid'],
  ['أواخر', 'end'], ['نهاية', 'end'], ['نهايات', 'end'], ['ختام', 'end'], ['أواخر', 'end'],
];

/** Decades by their plural adjective: التسعينيات = the 1990s (20th century unless stated). */
export const DECADES: readonly (readonly [number, readonly string[]])[] = [
  [1920, ['العشرينيات', 'العشرينات']],
  [1930, ['الثلاثينيات', 'الثلاثينات']],
  [1940, ['الأربعينيات', 'الأربعينات']],
  [1950, ['الخمسينيات', 'الخمسينات']],
  [1960, ['الستينيات', 'الستينات']],
  [1970, ['السبعينيات', 'السبعينات']],
  [1980, ['الثمانينيات', 'الثمانينات']],
  [1990, ['التسعينيات', 'التسعينات']],
];

/** Ordinal centuries: القرن العشرين = 1900–1999 (the popular reckoning). */
export const CENTURIES: readonly (readonly [number, readonly string[]])[] = [
  [2, ['الثاني']], [3, ['الثالث']], [4, ['الرابع']], [5, ['الخامس']], [6, ['السادس']], [7, ['السابع']],
  [8, ['الثامن']], [9, ['التاسع']], [10, ['العاشر']], [11, ['الحادي عشر']], [12, ['الثاني عشر']], [13, ['الثالث عشر']],
  [14, ['الرابع عشر']], [15, ['الخامس عشر']], [16, ['السادس عشر']], [17, ['السابع عشر']], [18, ['الثامن عشر']],
  [19, ['التاسع عشر']], [20, ['العشرين', 'العشرون']], [21, ['الحادي والعشرين', 'الحادي والعشرون', 'الواحد والعشرين']],
];

/** Holidays news dates by: Hijri ones resolve through Umm al-Qura; `days` > 1 makes an interval. */
export interface Holiday {
  forms: readonly string[];
  calendar: 'hijri' | 'gregorian';
  month: number;
  day: number;
  /** Length in days (a whole month for رمضان). */
  days: number;
}
/** Named days and seasons (Duckling's AR holiday rules and common news usage). */
export const HOLIDAYS: readonly Holiday[] = [
  { forms: ['رأس السنة الهجرية', 'العام الهجري الجديد', 'السنة الهجرية الجديدة'], calendar: 'hijri', month: 1, day: 1, days: 1 },
  { forms: ['عاشوراء', 'يوم عاشوراء'], calendar: 'hijri', month: 1, day: 10, days: 1 },
  { forms: ['المولد النبوي', 'المولد النبوي الشريف', 'ذكرى المولد النبوي', 'ذكرى المولد النبوي الشريف'], calendar: 'hijri', month: 3, day: 12, days: 1 },
  { forms: ['الإسراء والمعراج', 'ذكرى الإسراء والمعراج'], calendar: 'hijri', month: 7, day: 27, days: 1 },
  { forms: ['شهر رمضان', 'شهر رمضان المبارك', 'شهر الصيام'], calendar: 'hijri', month: 9, day: 1, days: 0 },
  { forms: ['ليلة القدر'], calendar: 'hijri', month: 9, day: 27, days: 1 },
  { forms: ['عيد الفطر', 'عيد الفطر المبارك', 'العيد الصغير'], calendar: 'hijri', month: 10, day: 1, days: 3 },
  { forms: ['يوم عرفة', 'يوم عرفات', 'وقفة عرفات', 'وقفة عرفة'], calendar: 'hijri', month: 12, day: 9, days: 1 },
  { forms: ['عيد الأضحى', 'عيد الأضحى المبارك', 'العيد الكبير'], calendar: 'hijri', month: 12, day: 10, days: 4 },
  { forms: ['رأس السنة الميلادية', 'رأس السنة', 'السنة الميلادية الجديدة'], calendar: 'gregorian', month: 1, day: 1, days: 1 },
  { forms: ['عيد الميلاد المجيد', 'عيد الميلاد'], calendar: 'gregorian', month: 12, day: 25, days: 1 },
  { forms: ['عيد العمال', 'يوم العمال', 'عيد العمال العالمي'], calendar: 'gregorian', month: 5, day: 1, days: 1 },
  { forms: ['عيد الحب'], calendar: 'gregorian', month: 2, day: 14, days: 1 },
];

/** Seasons (northern hemisphere, meteorological): [forms, first month, months]. */
export const SEASONS: readonly (readonly [readonly string[], number, number])[] = [
  [['الشتاء', 'فصل الشتاء', 'شتاء'], 12, 3],
  [['الربيع', 'فصل الربيع', 'ربيع'], 3, 3],
  [['الصيف', 'فصل الصيف', 'صيف'], 6, 3],
  [['الخريف', 'فصل الخريف', 'خريف'], 9, 3],
];

/** Era markers after a year: هـ (Hijri, glued or spaced), م (Gregorian). */
export const HIJRI_ERA: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة', 'هـ.', 'ھ'];
/** Gregorian era markers. */
export const GREGORIAN_ERA: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'للميلاد', 'م.'];

/**
 * Words before a month or a date that make it the name of an event, not a date reading
 * (ثورة أكتوبر, حرب تشرين, انتفاضة تشرين, نكسة حزيران): the date needs world knowledge.
 */
export const EVENT_NOUNS: readonly string[] = ['ثورة', 'ثوار', 'حرب', 'انتفاضة', 'نكسة', 'حراك', 'حركة', 'ساحة', 'شارع', 'جسر', 'مدينة', 'حي', 'ميدان', 'مجموعة', 'تيار', 'جبهة'];
