/**
 * The word lists the name parser and the mention finder work from, all in folded form
 * (see fold.ts). Big lists come from data/names.ts (built by scripts/build-names.mjs); the
 * small closed classes (titles, org head nouns, particles) are written here. Everything is
 * built on first use and cached.
 */
import { GIVEN_NAMES, KNOWN_ORGS, KNOWN_PEOPLE } from './data/names.js';
import { foldName } from './fold.js';
import { canonicalWords } from './names.js';

/** A given name in the lexicon. */
export interface GivenName {
  /** 'm', 'f', 'u' or a combination ('mf'). */
  gender: string;
  /** Also a common word (حسن "good", على folded to علي): needs support to be a name. */
  ambiguous: boolean;
  /** The usual spelling when this is a variant (سارا → ساره, ميشيل → ميشال). */
  canonical?: string;
  /** A non-Arabic name (أولاف, هاكان, مهسا): the surname after it is transliterated (شولتس). */
  foreign?: boolean;
}

const words = (s: string): Set<string> => new Set(foldName(s).split(' ').filter((w) => w.length > 0));

let givenNames: Map<string, GivenName> | undefined;
/** The given-name lexicon: folded name (compounds joined: عبدالله) → info. */
export function givenNameTable(): Map<string, GivenName> {
  if (givenNames) return givenNames;
  const m = new Map<string, GivenName>();
  for (const entry of GIVEN_NAMES.split(' ')) {
    const colon = entry.indexOf(':');
    let flags = entry.slice(colon + 1);
    const eq = flags.indexOf('=');
    const canonical = eq >= 0 ? flags.slice(eq + 1) : undefined;
    if (eq >= 0) flags = flags.slice(0, eq);
    const ambiguous = flags.endsWith('*');
    if (ambiguous) flags = flags.slice(0, -1);
    const foreign = flags.endsWith('x');
    if (foreign) flags = flags.slice(0, -1);
    const info: GivenName = { gender: flags, ambiguous };
    if (canonical) info.canonical = canonical;
    if (foreign) info.foreign = true;
    m.set(entry.slice(0, colon), info);
  }
  return (givenNames = m);
}

/** The given name `w` (folded), or undefined. */
export function givenName(w: string): GivenName | undefined {
  return givenNameTable().get(w);
}

/** A known entity: its canonical name and aliases, all folded. */
export interface KnownEntry {
  id: number;
  type: 'person' | 'org';
  names: string[];
  /** A name that is also a common word: only inside quotes or after a head noun. */
  ambiguous: boolean;
}

interface KnownTables {
  entries: KnownEntry[];
  /** folded full name → entry */
  byName: Map<string, KnownEntry>;
  /** first word → longest name length in words starting with it */
  firstWord: Map<string, number>;
  /** surnames that may stand alone (foreign or rare, not given names): بايدن, خامنئي */
  loneSurnames: Set<string>;
  /** every surname of a known person (الكاظمي, السوداني): allowed to extend a name */
  surnames: Set<string>;
}

let known: KnownTables | undefined;
/** Known people and organisations (data/names.ts), indexed for matching. */
export function knownTables(): KnownTables {
  if (known) return known;
  const entries: KnownEntry[] = [];
  const byName = new Map<string, KnownEntry>();
  const firstWord = new Map<string, number>();
  const loneSurnames = new Set<string>();
  const surnames = new Set<string>();
  const given = givenNameTable();
  const add = (line: string, type: 'person' | 'org'): void => {
    const ambiguous = line.startsWith('?');
    const names = (ambiguous ? line.slice(1) : line).split('|').map((n) => canonicalWords(n.split(' '), false).join(' '));
    const e: KnownEntry = { id: entries.length, type, names, ambiguous };
    entries.push(e);
    for (const n of names) {
      if (!byName.has(n)) byName.set(n, e);
      const ws = n.split(' ');
      firstWord.set(ws[0]!, Math.max(firstWord.get(ws[0]!) ?? 0, ws.length));
      if (type === 'person' && ws.length > 1) {
        const last = ws[ws.length - 1]!;
        surnames.add(last);
        if (!last.startsWith('ال') && !given.has(last) && last.length >= 4) loneSurnames.add(last);
      }
    }
  };
  for (const line of KNOWN_PEOPLE.split('\n')) add(line, 'person');
  for (const line of KNOWN_ORGS.split('\n')) add(line, 'org');
  return (known = { entries, byName, firstWord, loneSurnames, surnames });
}

let tables: WordTables | undefined;

/** Closed word classes used by the parser and the finder. */
export interface WordTables {
  /** Person titles and roles that come before a name (الرئيس, الشيخ, العميد). */
  titles: Set<string>;
  /** Words that may follow a title before the name (الركن, السابق, الوزراء, العام). */
  titleModifiers: Set<string>;
  /** Role heads taking a complement (رئيس الوزراء, وزير الخارجية, المتحدث باسم). */
  roleHeads: Set<string>;
  /** أبو/أبا/أبي, أم, ذو/ذا/ذي. */
  kunya: Set<string>;
  /** بن/ابن/بنت. */
  nasab: Set<string>;
  /** Organisation head nouns taking a complement (حزب, كتائب, وزارة). */
  orgHeads: Set<string>;
  /** Heads that are descriptors of a media name rather than part of it (صحيفة, قناة). */
  mediaHeads: Set<string>;
  /** Definite heads that form a name with an adjective (الجيش العراقي, المفوضية العليا). */
  definiteHeads: Set<string>;
  /** Ministries named without وزارة (الخارجية الأمريكية). */
  ministries: Set<string>;
  /** Adjectives that are part of organisation names (الشعبي, الإسلامي, المشتركة). */
  orgAdjectives: Set<string>;
  /** Adjectives that make a head + complement generic (الشخصي). */
  genericAdjectives: Set<string>;
  /** Complements that make a head + complement generic (قوة الحماية). */
  genericComplements: Set<string>;
  /** Demonym adjective → country code (العراقي, الأميركية → IQ, US). */
  demonyms: Map<string, string>;
  /** Country name (folded, one or two words) → code. */
  countries: Map<string, string>;
  /** Particles, prepositions, pronouns and frequent verbs: never part of a name. */
  stop: Set<string>;
  /** Verbs of saying (a quoted alias may follow). */
  saying: Set<string>;
  /** Places that look like names (أبو ظبي). */
  builtinPlaces: Set<string>;
}

/** The closed word classes, built on first use. */
export function wordTables(): WordTables {
  if (tables) return tables;
  const demonyms = new Map<string, string>();
  const countries = new Map<string, string>();
  // country code, country names, demonym stem (masculine without ال; feminine/plural derived)
  const countryRows: Array<[string, string, string]> = [
    ['IQ', 'العراق', 'عراقي'], ['US', 'الولايات المتحدة|أمريكا|أميركا|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية', 'أمريكي|أميركي'],
    ['IR', 'إيران', 'إيراني'], ['SY', 'سوريا|سورية', 'سوري'], ['LB', 'لبنان', 'لبناني'], ['EG', 'مصر', 'مصري'],
    ['SA', 'السعودية|المملكة العربية السعودية', 'سعودي'], ['AE', 'الإمارات|الإمارات العربية المتحدة', 'إماراتي'],
    ['QA', 'قطر', 'قطري'], ['KW', 'الكويت', 'كويتي'], ['BH', 'البحرين', 'بحريني'], ['OM', 'عمان|سلطنة عمان', 'عماني'],
    ['YE', 'اليمن', 'يمني'], ['JO', 'الأردن', 'أردني'], ['PS', 'فلسطين', 'فلسطيني'], ['IL', 'إسرائيل', 'إسرائيلي'],
    ['TR', 'تركيا', 'تركي'], ['RU', 'روسيا', 'روسي'], ['FR', 'فرنسا', 'فرنسي'], ['GB', 'بريطانيا|المملكة المتحدة', 'بريطاني'],
    ['DE', 'ألمانيا', 'ألماني'], ['CN', 'الصين', 'صيني'], ['LY', 'ليبيا', 'ليبي'], ['TN', 'تونس', 'تونسي'],
    ['DZ', 'الجزائر', 'جزائري'], ['MA', 'المغرب', 'مغربي'], ['SD', 'السودان', 'سوداني'], ['MR', 'موريتانيا', 'موريتاني'],
    ['SO', 'الصومال', 'صومالي'], ['AF', 'أفغانستان', 'أفغاني'], ['PK', 'باكستان', 'باكستاني'], ['IN', 'الهند', 'هندي'],
    ['JP', 'اليابان', 'ياباني'], ['IT', 'إيطاليا', 'إيطالي'], ['ES', 'إسبانيا', 'إسباني'], ['UA', 'أوكرانيا', 'أوكراني'],
    ['CA', 'كندا', 'كندي'], ['KR', 'كوريا', 'كوري'], ['EU', 'أوروبا', 'أوروبي'], ['ARAB', 'الوطن العربي', 'عربي'],
    ['GULF', 'الخليج', 'خليجي'], ['KRD', 'كردستان|إقليم كردستان', 'كردي|كردستاني'],
  ];
  for (const [code, names, stems] of countryRows) {
    for (const n of names.split('|')) countries.set(foldName(n), code);
    for (const s of stems.split('|')) {
      const f = foldName(s);
      for (const form of [f, f + 'ه', f + 'ين', f + 'ون']) {
        demonyms.set('ال' + form, code);
        demonyms.set(form, code);
      }
    }
  }
  tables = {
    titles: words(`زوجها زوجته ابنه ابنها ابنته نجله نجلها نجلي شقيقه شقيقها شقيقته والده والدته أخيه أخوه
      الرئيس الرئيسة السيد السيدة الشيخ الشيخة الدكتور الدكتورة د الأستاذ الأستاذة العميد اللواء الفريق العماد
      شيخ مفتي العقيد المقدم الرائد النقيب الملازم الجنرال المشير الأمير الأميرة الملك الملكة الإمام المرشد القاضي الوزير
      الوزيرة النائب النائبة السفير السفيرة المتحدث المتحدثة الناطق الناطقة المبعوث المبعوثة الزعيم القائد القيادي
      الأمينة الحاج الحاجة الآنسة الأب المطران البابا البطريرك الكاردينال الفنان الفنانة الكاتب الكاتبة الصحفي الصحفية
      الصحافي الصحافية الإعلامي الإعلامية المستشار المستشارة المحلل الخبير الباحث الباحثة اللاعب اللاعبة المدرب
      الداعية العلامة المفتي المرجع السلطان ولي العهد الرئيس المدير المديرة العاهل النجم النجمة الشاعر الشاعرة
      الروائي المخرج الممثل الممثلة المغني المغنية الأمين الشهيد الراحل الفقيد المواطن المواطنة الطالب الطالبة
      المحامي المحامية الناشط الناشطة المعارض المرشح المرشحة رئيس رئيسة وزير وزيرة زعيم قائد مستشار نائب
      مدير مديرة سفير المتحدثة حجة آية كبير المهاجم المدافع الحارس حارس الظهير الجناح الملياردير`),
    titleModifiers: words(`أركان الركن الأول الثاني السابق السابقة الأسبق الحالي الجديد الجديدة المكلف المستقيل العام العامة
      الأعلى الإيراني الأمريكي الأميركي الفرنسي البريطاني الروسي التركي المصري السوري اللبناني العراقي السعودي
      الإماراتي القطري الكويتي الأردني الفلسطيني الإسرائيلي اليمني الليبي التونسي الجزائري المغربي السوداني
      الأمريكية الأميركية الوزراء الحكومة الدولة الجمهورية البرلمان الخارجية الداخلية الدفاع المالية النفط
      الصحة التعليم العدل الإعلام الأمن المخابرات الاستخبارات الأركان المجلس الوزارة البلاد الحزب الحركة
      الجماعة الكتائب الحشد التيار المنظمة الهيئة المكتب البيت الأبيض المركز باسم العهد الله الإسلام
      الأزهر الديار الأعلى للثورة وزراء حكومة دولة سابق جديد أسبق الشيعي السني الكردي الديمقراطي الجمهوري مجلس الأمم المتحدة الدولي الدولية
      المرمى التنفيذي التنفيذية المنتدب المنتدبة التنفيذيين الإدارة إدارة الشركة للشركة المؤسس المؤسسة الفخري`),
    roleHeads: words(`رئيس رئيسة وزير وزيرة زعيم قائد نائب مستشار مدير مديرة سفير أمين المتحدث المتحدثة الناطق
      الناطقة رئيس باسم ولي كبير`),
    kunya: words('أبو أبا أبي أم ذو ذا ذي'),
    nasab: words('بن ابن بنت'),
    orgHeads: words(`حزب كتائب عصائب حركة جماعة تحالف ائتلاف تيار جبهة وزارة وكالة مجلس منظمة جامعة قوات قوة
      فيلق خلية هيئة مفوضية سفارة قيادة مؤسسة شركة جمعية اتحاد سرايا كتيبة لواء بنك مصرف محكمة نقابة
      مركز معهد رابطة شبكة صندوق برنامج بعثة لجنة مكتب مجموعة تنظيم قناة صحيفة مجلة
      إذاعة جريدة موقع سلطة مصلحة مديرية بلدية نادي بورصة مرصد جهاز حكومة رئاسة إدارة شرطة منتخب`),
    mediaHeads: words('قناة صحيفة مجلة إذاعة جريدة موقع شبكة وكالة'),
    definiteHeads: words(`الجيش المفوضية الهيئة المحكمة المجلس الحزب الحركة الجبهة المنظمة الاتحاد التحالف الحرس
      البنك المصرف الشرطة السفارة القنصلية المنتخب المركز السلطة اللجنة المؤسسة البرلمان البورصة
      المديرية المعهد المرصد النادي الاتحادية الإدارة الرئاسة النيابة`),
    ministries: words('الخارجية الداخلية الدفاع المالية الصحة العدل النفط التربية الخزانة'),
    orgAdjectives: words(`الشعبي الشعبية الإسلامي الإسلامية الأمني الأمنية المشتركة المشترك العليا الأعلى الوطني الوطنية
      الخليجي الخليجية العربية العربي المتحدة المتحد الديمقراطي الديمقراطية الكردستاني الكردستانية المستقلة المستقل
      الاتحادية الاتحادي الدولي الدولية الثوري الثورية المركزي المركزية الاشتراكي الاشتراكية الشيوعي الشيوعية
      الأوروبي الأفريقي العالمية العالمي الأحمر الأحمر الفرنسية الفرنسي البريطانية الأهلية الأهلي الجمهوري
      الرسمية الرسمي الموحدة الموحد الخاصة الإقليمية السريع العامة العام الثورية الصدري`),
    genericAdjectives: words('الشخصي الشخصية المسلحة المسلح الخاصة الخاص الأولية الأولي الأمنيه الحالي الحالية الماضي الماضية الثاني الثانية'),
    genericComplements: words(`الحماية الحراسة الحرس المقاومة الطوارئ الاحتياط الحكومة النظام المعارضة الدولة
      الوزراء الأركان الشعب الأمة النواب المحافظة المدينة الاعتصام المتظاهرين الأنصار الحوار الخبراء العمل
      الزلزال الهزة العاصفة الإدارة التابع التابعة المملكة البلاد`),
    demonyms,
    countries,
    stop: words(`يعد تعد يعتبر تعتبر يظل تظل يبقى تبقى يواصل تواصل يسعى تسعى يأمل تأمل وهما هما في من على إلى عن مع إن أن إنه أنه إنها أنها إنهم أنهم لأن لان بأن كان كانت يكون تكون كانوا قد لقد
      وقد فقد لم لن لا ما ماذا متى هل هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللواتي هو هي هم هن
      نحن أنا أنت أنتم بعد قبل خلال عند عندما حتى كما أيضا ثم أو أم بل لكن لكنه لكنها غير سوى بين منذ لدى
      عبر حول دون ضد نحو كل بعض أي جميع اليوم أمس غدا الآن هنا هناك هنالك حيث إذا إذ لو لولا كي ليس ليست
      وهو وهي وهم وفي ومن وعلى وإلى وعن ومع وأن وإن وقال وقالت قال قالت أكد أكدت أعلن أعلنت أضاف أضافت
      ذكر ذكرت أشار أشارت أوضح أوضحت كتب كتبت نقل نقلت يقول تقول يقولون وأضاف وأكد وكتب وذكر جدا فقط
      نفسه نفسها عليه عليها عليهم له لها لهم به بها بهم منه منها منهم فيه فيها فيهم إليه إليها عنه عنها
      يوم شهر عام سنة ساعة دقيقة مساء صباح ظهر فجر ليلة ليل أول ثاني ثالث آخر أخرى الذي هذا تم يتم وتم
      عدد أكثر أقل أحد إحدى مثل وفق وفقا بحسب حسب نتيجة بسبب رغم إثر عقب أمام خلف فوق تحت داخل خارج
      الرئيس رئيس قائلا قائلة مضيفا مشيرا مؤكدا وأشار وأوضح وأعلن أيضاً السبت الأحد الاثنين الثلاثاء
      مقابل قرب وسط ضمن إزاء
      الأربعاء الخميس الجمعة لما يسمى بخير بشدة بدوره بدورها حين بينما فيما كذلك وكذلك أما إما ولا ولم ولن وما وكان وكانت فإن وأنه وإنه`),
    saying: words(`قال قالت أضاف أضافت كتب كتبت سخر سخرت غرد غردت صرح صرحت علق علقت ردد أكد أكدت وقال وقالت
      وأضاف وأضافت وكتب وكتبت وسخر وغرد فقال فكتب`),
    builtinPlaces: words(''),
  };
  // kunya-shaped places (the finder's default isPlace; dhad/places has the full gazetteer)
  for (const p of ['ابو ظبي', 'ابوظبي', 'ابو غريب', 'ابو الخصيب', 'ابو كمال', 'البوكمال', 'ام قصر', 'ام درمان', 'ام القري',
    'ابو صخير', 'ام الفحم', 'ابو ديس', 'ابو حمص', 'ابو قير', 'ابو سمبل', 'ابو تيج', 'ابو كبير', 'ابو حماد', 'ام السلال',
    'ام صلال', 'ابو حليفه', 'ابو فطيره', 'ابو دشير', 'ام الرصاص', 'ام القيوين', 'ام البواقي', 'ابو الظهور',
    'ابو رمانه', 'ابو نصير', 'ابو غوش', 'ام الجمال', 'ابو عريش'])
    tables.builtinPlaces.add(p);
  return tables;
}
