import { describe, expect, it } from 'vitest';
import { tagDates } from '../../src/dates/index.js';

const REF = '2021-11-07';

// Each text has NO date or time expression: a homograph, a quantity, a code, an age, a phone number.
const negatives: [string, string][] = [
  ['مارس الضغط على الحكومة', 'مارس as a verb (exerted)'],
  ['اتسعت رقعة الاحتجاجات لليوم الثاني عشر على التوالي', 'لليوم + an ordinal: the twelfth day, not today'],
  ['أتت النيران على أكثر من 2000 هكتار من الغابات', 'an area in hectares, not a year'],
  ['عاد الهدوء إلى معبر باب سبتة', 'باب (a gate) is no ب + آب (August)'],
  ['فازت بالمرتبة الثامنة من أصل عشرين', 'an ordinal rank, not an hour'],
  ['خسر المنتخب أمام موريتانيا 1-0', 'a score'],
  ['ارتفعت حصيلة الزلزال إلى 2012 قتيلاً', 'a count in the accusative'],
  ['مارس الحزب ضغوطا كبيرة على النواب', 'مارس as a verb'],
  ['غدا الوضع أكثر تعقيدا', 'غدا as "became"'],
  ['وغدا المشهد ضبابيا', 'غدا as "became" after و'],
  ['أصيب أحد الحراس بجروح', 'أحد = one of'],
  ['لا أحد يعرف الحقيقة', 'أحد = anyone'],
  ['التقى محمد جمعة بالوزير', 'جمعة as a name'],
  ['اشترى سيارة نيسان جديدة', 'نيسان the car maker'],
  ['أعلنت شركة نيسان عن طراز جديد', 'نيسان the car maker'],
  ['الفصل العاشر من الكتاب', 'العاشر, not a date'],
  ['احتل المركز العاشر في الترتيب', 'العاشر, not a date'],
  ['قتل ما يقرب من 600 محتج', 'quantity'],
  ['أصيب سبعة من حراس الكاظمي', 'quantity'],
  ['منظومة الدفاع الجوي C-RAM', 'code'],
  ['1 / 6 الهجوم شن بواسطة طائرة', 'slide counter'],
  ['يبلغ من العمر 30 عاما', 'age'],
  ['الطفل (12 عاماً) أصيب', 'age in brackets'],
  ['توفي عن عمر ناهز 75 عاما', 'age'],
  ['للاتصال: 07901234567', 'phone number'],
  ['هاتف 0770-123-4567', 'phone number'],
  ['أصدر مجلس الأمن القرار 2254', 'resolution number'],
  ['نشرت الوزارة 2000 جندي', 'quantity'],
  ['خرج الملايين في ثورة 25 يناير', 'event name'],
  ['ذكرى حرب أكتوبر', 'event name'],
  ['شارك في انتفاضة تشرين', 'event name; تشرين alone'],
  ['أدى صلاة الجمعة في المسجد', 'Friday prayer'],
  ['الأحد عشر لاعبا', 'الأحد عشر = eleven'],
  ['قال الأمين العام السابق', 'العام = general; السابق = former'],
  ['المدير العام للشركة', 'العام = general'],
  ['اقتربت الساعة من الحسم', 'الساعة alone'],
  ['فاز بزمن قدره 8:06.05 دقائق', 'a race time, not a clock time or minutes'],
  ['استغرقت الرحلة 3.5 ساعات', 'a decimal count is not its last digit (not 5 hours)'],
  ['قالت الكاتبة جوان ديديون إن', 'جوان as a name'],
  ['بين الاثنين خلاف كبير', 'الاثنين = the two'],
  ['سجل الفريق صفر أهداف', 'صفر = zero'],
  ['المفكر طارق رمضان', 'رمضان as a name'],
  ['الرئيس رجب طيب أردوغان', 'رجب as a name'],
  ['زار أب الضحية المستشفى', 'أب = father'],
  ['شعارات الربيع العربي', 'الربيع العربي'],
  ['نقص الماء في المدينة', 'الماء (Libyan month name) as water'],
  ['سعر الكيلو 3.14 دينار', 'decimal number'],
  ['الإصدار v1.2.2024 من البرنامج', 'version string'],
  ['الصواريخ والمسيرات الجبانة لا تبني مستقبلا', 'مستقبلا as a noun'],
  ['فاز الفريق 3:1 على منافسه', 'a score'],
  ['لاستهداف بـ3 طائرات مسيرة', 'quantity with a glued preposition'],
  ['في تلك الليلة لم ينم أحد', 'that night (not tonight)'],
  ['وصل إلى الحد من انتشار الوباء', 'الحد = the limit'],
  ['اليوم الوطني للمملكة', 'national day (a name, not today)'],
  ['أعلن بعد ذلك عن النتائج', 'بعد without a time'],
  ['ساعات يد فاخرة للبيع', 'ساعات = watches'],
];

describe('tagDates: negatives', () => {
  it.each(negatives)('%s (%s)', (text) => {
    expect(tagDates(text, { ref: REF }).map((d) => d.text)).toEqual([]);
  });
  it('has at least 40 negatives', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(40);
  });
});
