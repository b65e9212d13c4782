/**
 * Context cues for the place tagger, on normalised (search preset) words with their proclitics removed.
 * Lists, not regexes: each lookup is one Set/Map probe.
 */
import type { PlaceKind } from './types.js';

/** Prepositions and spatial words that announce a place: في بغداد، إلى عمان، قرب الفلوجة. */
export const PREPOSITIONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'في', 'الي', 'من', 'عن', 'قرب', 'نحو', 'داخل', 'خارج', 'حول', 'عبر', 'حتي', 'باتجاه', 'تجاه', 'وسط', 'ضواحي', 'اطراف',
  'محيط', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'بين', 'مقابل', 'قباله', 'زار', 'زياره', 'وصل',
  'غادر', 'سفاره', 'سفير', 'قنصليه', 'حكومه', 'اهالي', 'سكان', 'محافظ', 'عمده',
  // coasts and countryside of a place: قبالة سواحل زوارة, ريف إدلب
  'سواحل', 'ساحل', 'شواطي', 'ريف', 'مشارف', 'خليج',
]);

/** Type nouns: a strong cue that also says which kind of place follows (مدينة كان، محافظة البصرة، مخيم أشرف). */
export const TYPE_NOUNS: ReadonlyMap<string, PlaceKind> = /* @__PURE__ */ new Map<string, PlaceKind>([
  ['مدينه', 'city'], ['مدينتي', 'city'], ['مدن', 'city'], ['بلده', 'city'], ['بلدات', 'city'], ['قريه', 'city'], ['قري', 'city'],
  ['عاصمه', 'city'], ['العاصمه', 'city'], ['مهرجان', 'city'], ['ميناء', 'city'],
  ['محافظه', 'region'], ['محافظتي', 'region'], ['محافظات', 'region'], ['ولايه', 'region'], ['اقليم', 'region'], ['قضاء', 'region'],
  ['ناحيه', 'region'], ['مقاطعه', 'region'], ['اماره', 'region'], ['اقاليم', 'region'], ['ولايات', 'region'],
  // Moroccan prefectures and regions: عمالة الدار البيضاء, جهة سوس ماسة
  ['عماله', 'region'], ['عمالات', 'region'], ['جهه', 'region'],
  ['دوله', 'country'], ['سلطنه', 'country'], ['مملكه', 'country'], ['جمهوريه', 'country'], ['بلاد', 'country'],
  ['مخيم', 'landmark'], ['مخيمي', 'landmark'], ['مخيمات', 'landmark'], ['معسكر', 'landmark'], ['معسكري', 'landmark'], ['قاعده', 'landmark'],
]);

/** Nouns that announce an outlet or agency name: صحيفة الشرق الأوسط، قناة الجزيرة، موقع بغداد اليوم. */
export const OUTLET_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'صحيفه', 'جريده', 'قناه', 'وكاله', 'موقع', 'اذاعه', 'تلفزيون', 'مجله', 'شبكه', 'راديو', 'فضائيه', 'صحف', 'مراسل', 'مراسله',
]);

/** Words that are never a place after a given word: صلاة المغرب (sunset prayer), أذان المغرب. */
export const NOT_AFTER: ReadonlyMap<string, ReadonlySet<string>> = /* @__PURE__ */ new Map([
  ['المغرب', new Set(['صلاه', 'اذان', 'وقت', 'بعد', 'قبل', 'موعد'])],
]);

/** Does the word start with the conjunction و or ف? */
export function startsWithConjunction(word: string): boolean {
  const c = word.charCodeAt(0);
  return c === 0x0648 || c === 0x0641;
}

/** Proclitic analyses of a normalised word: [length stripped, remainder to look up]. */
export function procliticAnalyses(word: string, out: Array<[number, string]>): Array<[number, string]> {
  out.length = 0;
  out.push([0, word]);
  let base = 0;
  // و/ف: conjunction (وأم درمان: the first word of a longer name may be short)
  if (startsWithConjunction(word) && word.length > 2) {
    base = 1;
    out.push([1, word.slice(1)]);
  }
  // ب/ك/ل: preposition (ببغداد، كالعراق، لإيران); ل + ال elides the alef: للعراق = ل + العراق
  const c1 = word.charCodeAt(base);
  if ((c1 === 0x0628 || c1 === 0x0643 || c1 === 0x0644) && word.length - base > 3) {
    const rest = word.slice(base + 1);
    out.push([base + 1, rest]);
    if (c1 === 0x0644 && rest.charCodeAt(0) === 0x0644) out.push([base + 1, 'ا' + rest]);
  }
  return out;
}

const CUE_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وب', 'ول', 'فب', 'فل', 'لل', 'بال', 'وال', 'فال', 'ولل', 'فلل', 'وبال', 'فبال'];

function isCue(w: string): boolean {
  return TYPE_NOUNS.has(w) || PREPOSITIONS.has(w) || OUTLET_NOUNS.has(w);
}

/** A word with its proclitics removed when that makes it a cue word (وبمدينة → مدينه, للعاصمة → عاصمه). */
export function stripForCue(word: string): string {
  if (isCue(word)) return word;
  for (const p of CUE_PREFIXES) {
    if (word.length > p.length + 1 && word.startsWith(p)) {
      const rest = word.slice(p.length);
      if (isCue(rest)) return rest;
    }
  }
  return word;
}
