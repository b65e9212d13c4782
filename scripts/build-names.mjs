// Builds the entity lexicons in src/entities/data/ from the hand-written source lists in
// scripts/data/: given names (with generated compounds and feminine forms), known people,
// known organisations. Run: node scripts/build-names.mjs. Output is committed; the runtime
// never reads scripts/.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGivenNameSource } from './given-names-source.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = (f) => readFileSync(join(root, 'scripts', 'data', f), 'utf8');

// Same folding as src/entities/fold.ts (a test checks every entry is a fixed point there).
function fold(text) {
  let out = '';
  let space = false;
  for (const ch of text.normalize('NFKC')) {
    const c = ch.charCodeAt(0);
    let f = ch;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x200b && c <= 0x200f)) continue;
    if ('آأإٱ'.includes(ch)) f = 'ا';
    else if ('ىیئ'.includes(ch)) f = 'ي';
    else if (ch === 'ؤ') f = 'و';
    else if ('ةۀ'.includes(ch)) f = 'ه';
    else if (ch === 'ک') f = 'ك';
    else if (/[\s"'«»“”‘’()\[\]،؛,.:!?؟-]/.test(ch)) { space = out.length > 0; continue; }
    if (space) { out += ' '; space = false; }
    out += f;
  }
  return out;
}

// ---- given names ----------------------------------------------------------------
const names = new Map(); // folded → { g: Set, amb: boolean }
function addName(raw, g, amb, canon) {
  const key = fold(raw).replace(/ /g, '');
  if (!key || key.length < 2) return;
  const e = names.get(key) ?? { g: new Set(), amb: false, canon: undefined };
  if (canon && canon !== key && !e.canon && !names.has(canon + '=')) e.canon = canon;
  e.g.add(g);
  e.amb = e.amb || amb;
  names.set(key, e);
}
const noFemNames = new Set();
const foreignNames = new Set();
const arabicNames = new Set();
for (const { variants, ambiguous, gender, noFem, foreign } of readGivenNameSource(root)) {
  const canon = fold(variants[0]).replace(/ /g, '');
  for (const v of variants) {
    addName(v, gender, ambiguous, canon);
    if (noFem) noFemNames.add(fold(v).replace(/ /g, ''));
    (foreign ? foreignNames : arabicNames).add(fold(v).replace(/ /g, ''));
  }
}
const explicit = new Set(names.keys());

// عبد + a divine name (and the devotional compounds of Shia and Christian naming)
const divine = `الله الرحمن الرحيم الملك القدوس السلام المؤمن المهيمن العزيز الجبار المتكبر الخالق البارئ المصور
الغفار القهار الوهاب الرزاق الفتاح العليم القابض الباسط الخافض الرافع المعز السميع البصير الحكم العدل اللطيف
الخبير الحليم العظيم الغفور الشكور العلي الكبير الحفيظ المقيت الحسيب الجليل الكريم الرقيب المجيب الواسع
الحكيم الودود المجيد الباعث الشهيد الحق الوكيل القوي المتين الولي الحميد المحصي المبدئ المعيد المحيي الحي
القيوم الواجد الماجد الواحد الأحد الصمد القادر المقتدر الأول الآخر الظاهر الباطن الوالي المتعالي البر التواب
العفو الرؤوف المقسط الجامع الغني المغني المانع النافع النور الهادي البديع الباقي الوارث الرشيد الصبور
المنعم المعطي الستار الجواد المحسن المنان الإله الرب المولى الغالب الناصر
الحسين الحسن الزهرة الأمير النبي الرسول الرضا المهدي الكاظم الباقر الصاحب العباس المسيح المطلب الخالق`.split(/\s+/);
for (const d of divine) addName('عبد' + d, 'm', false);
addName('عبدعلي', 'm', false);
addName('عبدمناف', 'm', false);
// X + الدين (laqab-names that became given names)
for (const x of `نور صلاح علاء عز بهاء سيف شمس جمال كمال نجم تاج فخر شرف ضياء عماد حسام زين سعد محيي محي نصر بدر خير
قمر ركن شهاب محب عصام معين سراج برهان تقي رضي نظام عون غياث ناصر حميد قطب ولي زكي صفي جلال رشيد ظهير فتح
عماد حسن شمس نجيب وحيد مجد سعد شهاب`.split(/\s+/)) addName(x + 'الدين', 'm', false);
addName('نورالدين', 'f', false);
// X + الله
for (const x of `فتح نصر جار عطا فضل حمد خير ضيف سعد جاد حسب رزق ولي روح عوض فرج لطف كرم حبيب سيف عبيد نعمت حجت`.split(/\s+/)) addName(x + 'الله', 'm', false);
for (const x of `هبة نعمة آية أمة منة`.split(/\s+/)) addName(x + 'الله', 'f', false);
// محمد + X (Iraqi, Iranian and South Asian double names written as one)
for (const x of `علي حسين حسن جواد باقر رضا صادق تقي مهدي كاظم أمين صالح عبدالله`.split(/\s+/)) addName('محمد' + x, 'm', false);
// feminine of adjectival male names: فعيل → فعيلة (سعيد → سعيدة), فاعل → فاعلة (عادل → عادلة)
for (const [key, e] of [...names]) {
  if (!e.g.has('m') || key.length !== 4 || !explicit.has(key)) continue;
  const fa3il = key[1] === 'ا' && key[3] !== 'ي' && key[3] !== 'ه';
  const fa3eel = key[2] === 'ي' && key[3] !== 'ه';
  if (explicit.has(key + 'ه') || noFemNames.has(key)) continue; // written in the list: keep its own flags (ساجدة is not marked)
  if (fa3il || fa3eel) addName(key + 'ه', 'f', true);
  if (key[1] === 'ا' && key[3] === 'ي') addName(key + 'ه', 'f', true); // سامي → سامية
}
// names also used with the article in North Africa and in classical naming (الطيب صالح, الحبيب بورقيبة)
const withArticle = `حسن حسين طيب حبيب هادي مهدي صادق أمين طاهر بشير خليل مختار منصف هاشمي عباس عربي
صديق أزهر ناصر مبروك منجي باجي سيد زبير فاضل شاذلي عيد مولدي ناصر شيخ حاج`.split(/\s+/);
for (const x of withArticle) addName('ال' + x, 'm', false);

// ---- known people and organisations ------------------------------------------------
const people = [];
for (const line of src('known-people.txt').split('\n')) {
  const t = line.trim();
  if (!t || t.startsWith('#')) continue;
  people.push(t.split('|').map((v) => fold(v)).join('|'));
}
const orgs = [];
for (const line of src('known-orgs.txt').split('\n')) {
  const t = line.trim();
  if (!t || t.startsWith('#')) continue;
  const amb = t.startsWith('?');
  orgs.push((amb ? '?' : '') + t.replace(/^\?/, '').split('|').map((v) => fold(v)).join('|'));
}

const entries = [...names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map(([k, e]) => `${k}:${[...e.g].sort().join('')}${foreignNames.has(k) && !arabicNames.has(k) ? 'x' : ''}${e.amb ? '*' : ''}${e.canon && names.has(e.canon) && !names.get(e.canon).canon ? '=' + e.canon : ''}`);
const header = '// Generated by scripts/build-names.mjs from scripts/data/*.txt — do not edit by hand.\n';
writeFileSync(join(root, 'src/entities/data/names.ts'), `${header}
/** Given names: "folded:genders[x][*][=canonical]" separated by spaces; x = a non-Arabic name (its surname is transliterated), * = also a common word, =X = a spelling of X. ${entries.length} entries. */
export const GIVEN_NAMES: string =\n  ${JSON.stringify(entries.join(' '))};

/** Known people: one per line, variants after "|". */
export const KNOWN_PEOPLE: string =\n  ${JSON.stringify(people.join('\n'))};

/** Known organisations: one per line, aliases after "|", "?" first = also a common word. */
export const KNOWN_ORGS: string =\n  ${JSON.stringify(orgs.join('\n'))};
`);
console.log(`given names: ${entries.length}, people: ${people.length}, orgs: ${orgs.length}`);
