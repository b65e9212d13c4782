/**
 * The mention finder: persons and organisations from lexicons, patterns and context, no model.
 * One scan splits the text into words, quote marks and punctuation; each word is folded once;
 * patterns then run over that array. Offsets are into the original text.
 */
import { DhadError, describeValue, toDoc } from '../core/index.js';
import type { Doc, Mention, Token } from '../core/index.js';
import { foldName, isNameChar } from './fold.js';
import { givenName, knownTables, wordTables } from './lexicon.js';
import type { KnownEntry } from './lexicon.js';
import { canonicalWords, parseWords, typoHead } from './names.js';

/** Options of findMentions. */
export interface FindMentionsOptions {
  /** Which types to find (default both). */
  types?: ReadonlyArray<'person' | 'org'>;
  /**
   * Is this folded word or phrase a place (بغداد, أبو ظبي)? Places are kept out of person
   * names. Default: a built-in list of kunya-shaped places (أبو ظبي, أبو غريب, أم قصر); pass
   * `(n) => lookupPlace(n) !== undefined` from dhad/places for the whole gazetteer (not imported
   * here, to keep dhad/entities small). A given name alone is checked only with this option.
   */
  isPlace?: (norm: string) => boolean;
  /** Surnames known from elsewhere (other documents): found alone like those of full names here. */
  knownSurnames?: Iterable<string>;
}

const OPTION_NAMES = new Set(['types', 'isPlace', 'knownSurnames']);

/** A word, quote mark or punctuation of the scanned text. */
interface Item {
  start: number;
  end: number;
  /** 0 word, 1 quote mark, 2 other punctuation */
  kind: 0 | 1 | 2;
  /** folded form (words) */
  f: string;
  /** a line break precedes this item */
  nl: boolean;
  /** its stems, once a finder has asked for them */
  stems: Stem[] | undefined;
}

const QUOTES = new Set([0x22, 0x27, 0xab, 0xbb, 0x201c, 0x201d, 0x2018, 0x2019, 0x201e, 0x2039, 0x203a, 0x28, 0x29, 0x5b, 0x5d]);

const foldCache = new Map<string, string>();
function foldWord(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    f = foldName(w).replace(/ /g, '');
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(w, f);
  }
  return f;
}

/** Splits text into words, quote marks and punctuation in one pass. */
function scan(text: string): Item[] {
  const items: Item[] = [];
  let nl = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isNameChar(c)) {
      const s = i;
      while (i < n && isNameChar(text.charCodeAt(i))) i++;
      items.push({ start: s, end: i, kind: 0, f: foldWord(text.slice(s, i)), nl, stems: undefined });
      nl = false;
      continue;
    }
    if (c === 0x0a || c === 0x0d || c === 0x2029) {
      nl = true;
    } else if (c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000) {
      // space
    } else if (QUOTES.has(c)) {
      items.push({ start: i, end: i + 1, kind: 1, f: '', nl, stems: undefined });
      nl = false;
    } else if (c >= 0x0300 && c <= 0x036f) {
      // stray combining marks: part of nothing
    } else {
      const hs = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      items.push({ start: i, end: i + hs, kind: 2, f: '', nl, stems: undefined });
      nl = false;
      i += hs;
      continue;
    }
    i++;
  }
  return items;
}

/** Items from a Doc's tokens (same shape as scan), when a tokenizer has run. */
function fromTokens(text: string, tokens: Token[]): Item[] {
  const items: Item[] = [];
  let prevEnd = 0;
  for (const t of tokens) {
    let nl = false;
    for (let g = prevEnd; g < t.start; g++) {
      if (text.charCodeAt(g) === 0x0a) {
        nl = true;
        break;
      }
    }
    prevEnd = t.end;
    if (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number') {
      let whole = true;
      for (let c = t.start; c < t.end; c++) {
        if (!isNameChar(text.charCodeAt(c))) {
          whole = false;
          break;
        }
      }
      if (whole) {
        items.push({ start: t.start, end: t.end, kind: 0, f: foldWord(t.text), nl, stems: undefined });
        continue;
      }
      // a token may hold several name-char runs (rare): scan it to stay consistent
      const sub = scan(t.text);
      for (const s of sub) items.push({ ...s, start: s.start + t.start, end: s.end + t.start, nl: nl && s === sub[0] });
    } else {
      const c = text.charCodeAt(t.start);
      items.push({ start: t.start, end: t.end, kind: t.end - t.start === 1 && QUOTES.has(c) ? 1 : 2, f: '', nl, stems: undefined });
    }
  }
  return items;
}

/** A stem of a word: the folded form without some proclitics and where it starts in the text. */
interface Stem {
  f: string;
  start: number;
  /** can start an organisation (see StemForm) */
  org: boolean;
  /** can start a person's name */
  person: boolean;
}

/** Offset in `text` after `k` Arabic letters of the word starting at `start` (marks skipped). */
function afterLetters(text: string, start: number, end: number, k: number): number {
  let i = start;
  let seen = 0;
  while (i < end && seen < k) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a && c !== 0x0640) seen++;
    i++;
    while (i < end) {
      const d = text.charCodeAt(i);
      if ((d >= 0x064b && d <= 0x065f) || d === 0x0670 || d === 0x0640) i++;
      else break;
    }
  }
  return i;
}

/** A stem form of a folded word: the form and how many letters were stripped from its front. */
interface StemForm {
  f: string;
  letters: number;
  /** the first word of a known name, an organisation head noun (or a slip of one), a ministry */
  org: boolean;
  /** the first word of a known name, a given name (alone or before الدين/الله), a kunya or nasab word */
  person: boolean;
}

const PERSON_STARTS = new Set(['ابن', 'بن', 'ابو', 'ابا', 'ابي', 'ام', 'عبد']);

/** A stem form with what it can start, looked up once per distinct form. */
function stemForm(f: string, letters: number): StemForm {
  const t = wordTables();
  const known = knownTables().firstWord.has(f);
  return {
    f,
    letters,
    org: known || t.orgHeads.has(f) || t.definiteHeads.has(f) || INSTITUTIONS.has(f) || t.ministries.has(f) || typoHead(f),
    person:
      known || PERSON_STARTS.has(f) || ARTICLED_FIRST_NAMES.has(f) || givenName(f) !== undefined || givenName(f + 'الدين') !== undefined || givenName(f + 'الله') !== undefined,
  };
}

/**
 * Stem forms by folded word, shared by all documents: the same string objects come back for the
 * same word, so the lexicon lookups on them hash once (news text repeats its words; bounded).
 */
let stemForms: Map<string, readonly StemForm[]> | undefined;
const STEM_FORMS_MAX = 100_000;

/** The word itself, then its forms without و ف, ب ل ك, and لل → ال (وللكاظمي: للكاظمي, الكاظمي, لكاظمي). */
function stemFormsOf(f: string): readonly StemForm[] {
  const cache = stemForms ?? (stemForms = new Map());
  const seen = cache.get(f);
  if (seen !== undefined) return seen;
  const out: StemForm[] = [stemForm(f, 0)];
  // a country's name keeps its first letter: لبنان is not ل + بنان
  if (f.length >= 3 && !wordTables().countries.has(f)) {
    let s = f;
    let k = 0;
    const c0 = s.charCodeAt(0);
    if (c0 === 0x0648 || c0 === 0x0641) {
      s = s.slice(1);
      k = 1;
      out.push(stemForm(s, 1));
    }
    // للكاظمي keeps its whole span: the لل is ل + ال
    if (s.startsWith('لل') && s.length >= 4) out.push(stemForm('ال' + s.slice(2), k));
    const c1 = s.charCodeAt(0);
    if ((c1 === 0x0628 || c1 === 0x0644 || c1 === 0x0643) && s.length >= 3) out.push(stemForm(s.slice(1), k + 1));
  }
  if (cache.size >= STEM_FORMS_MAX) cache.clear();
  cache.set(f, out);
  return out;
}

/** The stems of a word item, computed once per item (each finder walks them). */
function stems(text: string, it: Item): Stem[] {
  if (it.stems !== undefined) return it.stems;
  const forms = stemFormsOf(it.f);
  const out: Stem[] = new Array(forms.length);
  for (let q = 0; q < forms.length; q++) {
    const form = forms[q]!;
    const start = form.letters === 0 ? it.start : afterLetters(text, it.start, it.end, form.letters);
    out[q] = { f: form.f, start, org: form.org, person: form.person };
  }
  it.stems = out;
  return out;
}

/** Head nouns that are also verbal nouns: an organisation only with a known name or in quotes. */
const WEAK_HEADS = new Set(['تنظيم']);

const isArticled = (w: string): boolean => w.length > 3 && w.startsWith('ال');

interface Ctx {
  text: string;
  items: Item[];
  used: Uint8Array;
  out: Mention[];
  isPlace: (norm: string) => boolean;
  /** Places that look like a kunya (أبو ظبي, أبو غريب, أم قصر): the option, else the built-in list. */
  isKunyaPlace: (norm: string) => boolean;
  surnames: Set<string>;
  /** For an item that starts a place name (from doc.places), the item after the name; else 0. */
  placeEnd: Int32Array;
  /** Items inside a place name: never part of a transliterated person's name. */
  inPlace: Uint8Array;
  /** Items inside a date of two words or more (صباح اليوم, رمضان الماضي): never part of a person's name. */
  inDate: Uint8Array;
  /** Items the places stage read as a demonym (الأرجنتيني): an adjective inside a title. */
  demonym: Uint8Array;
  /** Does the text write final ي as ى (see `writesDotlessYa`)? Found out on first need. */
  dotlessYa: boolean | undefined;
  /** One-word company names found after a descriptor (كوفيسترو): found again bare, later in the text. */
  companyNames: Set<string>;
}

/**
 * Where the places stage found place names (not demonyms), as items: رئيس إقليم كردستان نيجيرفان
 * بارزاني has a place inside its title, and إقليم كردستان is no transliterated name.
 */
function markPlaces(ctx: Ctx, places: Doc['places'] | undefined): void {
  if (places === undefined) return;
  forItemRanges(ctx.items, places, (pl, k, e) => {
    if (e === k) return;
    if (pl.kind === 'demonym') {
      ctx.demonym.fill(1, k, e);
      return;
    }
    ctx.inPlace.fill(1, k, e);
    ctx.placeEnd[k] = e;
  });
}

/**
 * Where the dates stage found dates of two words or more: صباح اليوم is a time, not the name صباح.
 * (A date of one word is left alone: رمضان is a month and a given name.)
 */
function markDates(ctx: Ctx, dates: Doc['dates'] | undefined): void {
  if (dates === undefined) return;
  forItemRanges(ctx.items, dates, (_d, k, e) => {
    if (e - k >= 2) ctx.inDate.fill(1, k, e);
  });
}

/** For each span (in text order), the items [k, e) it covers. */
function forItemRanges<S extends { start: number; end: number }>(items: Item[], spans: readonly S[], visit: (span: S, k: number, e: number) => void): void {
  let k = 0;
  for (const sp of spans) {
    while (k < items.length && items[k]!.end <= sp.start) k++;
    let e = k;
    while (e < items.length && items[e]!.start < sp.end) e++;
    visit(sp, k, e);
  }
}

/** The item after the place name that item i is part of, or 0 when it is in none. */
function placeEndAt(ctx: Ctx, i: number): number {
  if (!ctx.inPlace[i]) return 0;
  let k = i;
  while (k > 0 && ctx.placeEnd[k] === 0) k--;
  return ctx.placeEnd[k]!;
}

/** Words that are a title only before a place: أمير قطر, ملك الأردن, محافظ البصرة (أمير alone is a given name). */
const PLACE_TITLES = new Set(['امير', 'ملك', 'حاكم', 'محافظ', 'عمده', 'قنصل', 'سفير', 'رئيس', 'رئيسه', 'وزير', 'وزيره']);
const BANK_WORDS = new Set(['البنك', 'المصرف', 'بنك', 'مصرف']);

/** Builds a mention from item i (stem start) to item j (exclusive), with quote balancing. */
function emit(ctx: Ctx, i: number, startOffset: number, j: number, type: 'person' | 'org', words: string[]): void {
  const { items, text } = ctx;
  let endItem = j - 1;
  // a quote opened inside the name closes inside it: عصائب "أهل الحق"
  let open = 0;
  for (let p = i; p <= endItem; p++) if (items[p]!.kind === 1) open++;
  if (open % 2 === 1 && j < items.length && items[j]!.kind === 1 && items[i - 1]?.kind !== 1) endItem = j;
  // trim quote marks at the edges
  let s = i;
  while (s < endItem && items[s]!.kind !== 0) s++;
  while (endItem > s && items[endItem]!.kind === 1 && open % 2 === 0) endItem--;
  // mentions never overlap: a name that runs into one already found (an organisation is found
  // first) is no name (خلف النادي الإفريقي: "behind", not the given name خلف)
  for (let p = i; p <= endItem; p++) if (ctx.used[p]) return;
  const start = s === i ? startOffset : items[s]!.start;
  const end = items[endItem]!.end;
  for (let p = i; p <= endItem; p++) ctx.used[p] = 1;
  const key = keyOf(words, type);
  ctx.out.push({ start, end, text: text.slice(start, end), type, key });
}

const keyCache = new Map<string, string>();
function keyOf(words: string[], type: 'person' | 'org'): string {
  const joined = type + '\u0001' + words.join(' ');
  let k = keyCache.get(joined);
  if (k === undefined) {
    k = parseWords(words, type).words.join(' ');
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(joined, k);
  }
  return k;
}

/** Next word item index at or after p, not crossing punctuation or a line break; quotes skipped if allowed. */
function nextWord(items: Item[], p: number, skipQuotes: boolean): number {
  while (p < items.length) {
    const it = items[p]!;
    if (it.nl && p > 0) return -1;
    if (it.kind === 0) return p;
    if (it.kind === 1 && skipQuotes) {
      p++;
      continue;
    }
    return -1;
  }
  return -1;
}

/** Longest known name starting at item i (stem `first`); returns [endItem, words] or undefined. */
function matchKnown(ctx: Ctx, i: number, first: string, type: 'person' | 'org'): [number, string[], KnownEntry] | undefined {
  const k = knownTables();
  const max = k.firstWord.get(first);
  if (max === undefined) return undefined;
  const words = [first];
  const ends = [i + 1];
  let p = i + 1;
  while (words.length < max + 1) {
    const q = nextWord(ctx.items, p, true);
    if (q < 0) break;
    words.push(ctx.items[q]!.f);
    ends.push(q + 1);
    p = q + 1;
  }
  // the phrases of 1, 2, … words, tried longest first
  const phrases: string[] = [first];
  for (let q = 1; q < words.length; q++) phrases.push(phrases[q - 1] + ' ' + words[q]);
  for (let len = Math.min(words.length, max + 1); len >= 1; len--) {
    const e = knownPhrase(k, phrases[len - 1]!, words, len);
    if (e && e.type === type) return [ends[len - 1]!, words.slice(0, len), e];
  }
  return undefined;
}

/** Known entries by the folded words as written (before canonicalWords), null for none; bounded. */
let phraseMemo: Map<string, KnownEntry | null> | undefined;
const PHRASE_MEMO_MAX = 50_000;

/** The known entry named by words[0, len) (joined as `phrase`), or null. */
function knownPhrase(k: ReturnType<typeof knownTables>, phrase: string, words: string[], len: number): KnownEntry | null {
  const memo = phraseMemo ?? (phraseMemo = new Map());
  let e = memo.get(phrase);
  if (e === undefined) {
    e = k.byName.get(canonicalWords(words.slice(0, len), false).join(' ')) ?? null;
    if (memo.size >= PHRASE_MEMO_MAX) memo.clear();
    memo.set(phrase, e);
  }
  return e;
}

/** Heads of party names that may have two parts joined by و: حزب العدالة والتنمية. */
const PARTY_HEADS = new Set(['حزب', 'حركه', 'جبهه', 'تحالف', 'ايتلاف', 'تيار']);

/** Definite heads that name one institution with a nisba adjective: المجلس الدستوري, الحرس الرئاسي. */
const INSTITUTIONS = new Set(['المجلس', 'الحرس', 'المنتخب', 'المحكمه', 'الهييه', 'المفوضيه', 'البنك', 'المصرف', 'الشرطه', 'المركز',
  'الديوان', 'المكتب', 'الجمعيه', 'الوكاله', 'الجامعه', 'الحزب', 'الاتحاد', 'اللجنه', 'المديريه', 'الاتحاديه', 'المعهد', 'المرصد', 'النادي',
  'الشركه', 'الموسسه', 'القوات']);
/** Institutions named only with a complement: الشركة الوطنية للصناعة is one, الشركة الصينية is any. */
const NEEDS_COMPLEMENT = new Set(['الشركه', 'الموسسه']);
/** Nisba adjectives that say what kind of body it is, not which: المجلس المحلي, البنك الرئيسي. */
const KIND_ADJECTIVES = new Set(['السياسي', 'السياسيه', 'الرئيسي', 'الرئيسيه', 'الحكومي', 'الحكوميه', 'المحلي', 'المحليه', 'الاقليمي', 'الاقليميه', 'الاعلامي', 'الاعلاميه', 'التجاري', 'التجاريه', 'الاستشاري', 'الاستشاريه', 'الفرعي', 'الفرعيه']);

/** Words a writer adds about an organisation, not part of its name: قوة القدس الإرهابية. */
const EVALUATIVE = new Set(['الارهابيه', 'المتطرفه', 'المحظوره', 'المنحله', 'الاجراميه', 'العميله', 'المزعومه', 'التكفيريه', 'الانفصاليه', 'الانقلابيه']);

/**
 * Active participles of roots ending in a weak letter also end in ي but are no nisba: they
 * describe a stance or a relation (الطلب المتنامي, الطرف المستدعي, الحشد الشعبي الموالي لإيران).
 * Shapes مُتفاعِي, مُفتعِي, مُستفعِي after the article; مُفاعِي also fits nisbas (المناخي), so
 * it counts only with a complement after it (`weakParticipleAt`).
 */
const WEAK_PARTICIPLE = /^الم(?:ت[^ا]ا|[^ا]ت|ست[^ا])[^ا]يه?$/;
const MUFAI = /^الم[^ا]ا[^ا]يه?$/;
/** Prepositions that open a participle's complement: الموالي لإيران, المعادي للاحتلال, المنادي بالإصلاح. */
const COMPLEMENT_PREPOSITIONS = new Set(['من', 'على', 'علي', 'مع', 'عن']);

/** Is the word at item q a weak-root participle with its complement (الموالي لإيران)? */
function weakParticipleAt(items: Item[], q: number): boolean {
  const w = items[q]!.f;
  if (!MUFAI.test(w)) return false;
  const r = nextWord(items, q + 1, false);
  if (r < 0) return false;
  const next = items[r]!.f;
  return COMPLEMENT_PREPOSITIONS.has(next) || ((next.startsWith('ل') || next.startsWith('ب')) && next.length >= 4);
}

/** An articled nisba adjective that can be part of a name (الجوية, الدستوري), not a generic or evaluative one. */
function nameNisba(w: string, t: ReturnType<typeof wordTables>): boolean {
  return isArticled(w) && w.length >= 6 && (w.endsWith('ي') || w.endsWith('يه')) && !t.genericAdjectives.has(w) && !EVALUATIVE.has(w) && !t.stop.has(w) && !WEAK_PARTICIPLE.test(w);
}

/** Heads that describe a company or club before its name (the name alone is the mention). */
const COMPANY_HEADS = new Set(['شركه', 'مجموعه', 'نادي']);

/**
 * A company's transliterated name at item q, after its descriptor: two words or more (سبيس إكس),
 * or one followed by a country adjective or the end of the clause (كاليون التركية, كوفيسترو مقابل).
 * Never a given name, a noun shape, a plural or a word with tanwin. Emits it and remembers a
 * one-word name, to find it again bare (لكوفيسترو).
 */
function companyName(ctx: Ctx, q: number, head = -1): boolean {
  const t = wordTables();
  const [words, end] = transliterated(ctx, q, 3);
  if (words.length === 0) return false;
  for (let k = q; k < end; k++) {
    // an Arabic elative or feminine in ى (كبرى, أخرى) is no transliterated name
    if (ctx.items[k]!.kind === 0 && ctx.text.charCodeAt(ctx.items[k]!.end - 1) === 0x0649) return false;
  }
  for (const w of words) {
    if (w.length < 3 || givenName(w) !== undefined || nounShaped(w) || w.endsWith('ات') || w.endsWith('ين') || w.endsWith('ون') || t.orgHeads.has(w) || t.titles.has(w) || t.roleHeads.has(w)) return false;
  }
  if (words.length === 1) {
    const r = nextWord(ctx.items, end, false);
    const next = r >= 0 ? ctx.items[r]!.f : '';
    const closes = r < 0 || t.stop.has(next) || (t.demonyms.has(next) && isArticled(next));
    if (!closes || words[0]!.length < 4) return false;
    if (head < 0) ctx.companyNames.add(words[0]!);
  }
  // (an institution keeps its head: جامعة هوارد, بورصة ناسداك)
  if (head >= 0) emit(ctx, head, ctx.items[head]!.start, end, 'org', [ctx.items[head]!.f, ...words]);
  else emit(ctx, q, ctx.items[q]!.start, end, 'org', words);
  return true;
}

/** Institutions whose transliterated name follows them and keeps them: جامعة هوارد, بورصة ناسداك. */
const NAMED_INSTITUTION_HEADS = new Set(['جامعه', 'بورصه', 'معهد', 'مستشفي', 'متحف', 'مرصد']);

/** Titles in the names of institutions named after a ruler: جامعة الملك سعود. */
const ROYAL_TITLES = new Set(['الملك', 'الامير', 'الشيخ', 'السلطان', 'الامام', 'القاضي', 'الشهيد']);
/** Heads whose name may list its fields joined by و: هيئة الأدب والنشر والترجمة. */
const FIELD_HEADS = new Set(['وزاره', 'هييه', 'مكتب', 'مديريه', 'مركز', 'معهد', 'مجلس', 'لجنه', 'اداره']);
/**
 * Heads that are also plain nouns (a government, an administration, the police): a name only
 * with an adjective or a place after the complement (حكومة الوحدة الوطنية, إدارة الكوارث والطوارئ
 * التركية, حكومة إقليم كردستان), not حكومة الرئيس or إدارة الأزمة.
 */
const PLAIN_HEADS = new Set(['حكومه', 'اداره', 'شرطه', 'رياسه']);
/** Complements that make مجلس a state body: مجلس الوزراء, مجلس النواب, مجلس الدولة. */
const STATE_COUNCILS = new Set(['الوزراء', 'النواب', 'السياده', 'الحكومه', 'الدوله', 'الشعب', 'الامه', 'الشيوخ', 'الشوري']);
/** What a presidency presides over, naming the body: رئاسة الجمهورية, رئاسة الوزراء. */
const PRESIDENCIES = new Set(['الجمهوريه', 'الوزراء', 'الحكومه', 'البرلمان', 'الاقليم']);
/** Whom a statement is made to, after the name of its speaker: قالت وزارة الداخلية للصحفيين. */
/**
 * Nouns that name a body's field in a construct after ل (لكرة القدم, لألعاب القوى, لحقوق الإنسان,
 * لشؤون اللاجئين). A closed list: other nouns after ل are often a purpose (دعت المنظمة الدولية
 * لوقف القتال) or an addressee (قال الاتحاد الأوروبي لوكالة الأنباء).
 */
const FIELD_NOUNS = new Set(['كره', 'العاب', 'حقوق', 'شوون', 'رعايه', 'بحوث', 'ابحاث', 'دراسات', 'علوم', 'مكافحه', 'تنميه', 'اغاثه', 'سباق', 'رياضه', 'رياضات', 'فنون', 'تكنولوجيا', 'اداره']);
const ADDRESSEES = new Set(['للصحفيين', 'للصحافيين', 'للصحافه', 'للصحيفه', 'للوكاله', 'للقناه', 'للتلفزيون', 'للاذاعه', 'للموقع', 'للمواطنين', 'للاعلام']);

/** Adjectives of a site or channel, not its name: موقع إلكتروني, قناة إخبارية. */
const MEDIA_ADJECTIVES = new Set(['عسكري', 'الكتروني', 'اخباري', 'رسمي', 'حكومي', 'محلي', 'فضايي', 'اثري', 'استراتيجي', 'سياحي', 'ديني', 'تجاري']);

/**
 * Does a plain head's complement at item q name one? An adjective or a place after it, or a
 * second field joined by و before one: حكومة الوحدة الوطنية, إدارة الكوارث والطوارئ التركية.
 */
function plainHeadNamed(ctx: Ctx, q: number, t: ReturnType<typeof wordTables>): boolean {
  const items = ctx.items;
  let r = q;
  const w2 = items[q + 1];
  if (w2 !== undefined && w2.kind === 0 && !w2.nl && w2.f.startsWith('وال') && w2.f.length > 5) r = q + 1;
  if (adjectiveAfter(items, r, t) || nameNisbaAfter(items, r, t)) return true;
  const a = nextWord(items, r + 1, false);
  return a >= 0 && (ctx.placeEnd[a]! > 0 || items[a]!.f.startsWith('لل'));
}

/** Is item i right after a role head (رئيس حكومة الوحدة الوطنية is a person's title, as رئيس مجلس الوزراء)? */
function afterRoleHead(ctx: Ctx, i: number, t: ReturnType<typeof wordTables>): boolean {
  const p = ctx.items[i - 1];
  return p !== undefined && p.kind === 0 && !ctx.items[i]!.nl && t.roleHeads.has(p.f);
}

/** Is the word after item q a nisba that can be part of a name (التجاري الدولي)? */
function nameNisbaAfter(items: Item[], q: number, t: ReturnType<typeof wordTables>): boolean {
  const r = nextWord(items, q + 1, false);
  return r >= 0 && nameNisba(items[r]!.f, t) && !KIND_ADJECTIVES.has(items[r]!.f);
}

/** Is the word after item q a country or name-forming adjective (العمل الإسلامي)? */
function adjectiveAfter(items: Item[], q: number, t: ReturnType<typeof wordTables>): boolean {
  const r = nextWord(items, q + 1, false);
  if (r < 0) return false;
  const w = items[r]!.f;
  return (t.demonyms.has(w) && isArticled(w)) || t.orgAdjectives.has(w);
}

/** Is the word after item q a لل complement (للانتخابات), not a person (المكتب الإعلامي للسوداني)? */
function llAfter(items: Item[], q: number): boolean {
  const r = nextWord(items, q + 1, false);
  if (r < 0) return false;
  const w = items[r]!.f;
  return w.startsWith('لل') && w.length >= 5 && !w.endsWith('ي');
}

/** Extends an organisation name over country and name-forming adjectives: الحشد الشعبي العراقي. */
function orgTail(ctx: Ctx, j: number, words: string[], allowLl: boolean, afterAdjective = false): number {
  const t = wordTables();
  let n = 0;
  let lastAdj = afterAdjective;
  while (n < 3) {
    // كتائب "حزب الله" العراقية: the adjective may follow the closing quote
    const q = nextWord(ctx.items, j, n === 0 && ctx.items[j]?.kind === 1 && ctx.items[j + 1]?.kind === 0);
    if (q < 0) break;
    const f = ctx.items[q]!.f;
    if (t.demonyms.has(f) && isArticled(f)) {
      words.push(f);
      j = q + 1;
      lastAdj = true;
    } else if (t.orgAdjectives.has(f)) {
      words.push(f);
      j = q + 1;
      lastAdj = true;
    } else if (words.length >= 2 && nameNisba(f, t) && !KIND_ADJECTIVES.has(f) && f.endsWith('يه') === words[0]!.endsWith('ه') && !weakParticipleAt(ctx.items, q)) {
      // a nisba adjective agreeing with the head: هيئة الأنواء الجوية, مجلس السيادة الانتقالي
      // (not لجنة التحكيم الروائي, where the novelist is a person)
      words.push(f);
      j = q + 1;
      lastAdj = true;
    } else if (allowLl && lastAdj && f.length >= 4 && f.startsWith('ل') && !f.startsWith('لل') && t.orgHeads.has(f.slice(1))) {
      // a body of another: اللجنة التنفيذية لمنظمة التحرير الفلسطينية (its adjectives follow)
      const r = nextWord(ctx.items, q + 1, false);
      if (r < 0 || !isArticled(ctx.items[r]!.f) || t.genericComplements.has(ctx.items[r]!.f)) break;
      words.push(f, ctx.items[r]!.f);
      j = r + 1;
      lastAdj = false;
    } else if (allowLl && lastAdj && f.length >= 4 && f.startsWith('ل') && !f.startsWith('لل') && FIELD_NOUNS.has(f.slice(1))) {
      // a field in a construct: الجامعة الملكية المغربية لكرة القدم, المنظمة العربية لحقوق الإنسان
      const r = nextWord(ctx.items, q + 1, false);
      if (r < 0 || !isArticled(ctx.items[r]!.f) || t.genericComplements.has(ctx.items[r]!.f)) break;
      words.push(f, ctx.items[r]!.f);
      j = r + 1;
      break;
    } else if (allowLl && lastAdj && f.startsWith('لل') && f.length >= 5 && !ADDRESSEES.has(f)) {
      // المفوضية العليا للانتخابات, and the complement's own adjective: المنظمة العالمية للملكية الفكرية
      words.push(f);
      j = q + 1;
      // a second field joined by و: الشركة التونسية للكهرباء والغاز, للصناعة والمناجم
      const w2 = ctx.items[j];
      if (w2 !== undefined && w2.kind === 0 && !w2.nl && w2.f.startsWith('وال') && w2.f.length > 5 && !t.definiteHeads.has(w2.f.slice(1)) && !INSTITUTIONS.has(w2.f.slice(1)) && !t.demonyms.has(w2.f.slice(1)) && !(ctx.placeEnd[j]! > 0)) {
        words.push(w2.f);
        j++;
      }
      const r = nextWord(ctx.items, j, false);
      if (r >= 0 && nameNisba(ctx.items[r]!.f, t) && !KIND_ADJECTIVES.has(ctx.items[r]!.f)) {
        words.push(ctx.items[r]!.f);
        j = r + 1;
        // and the country's: المجلس الأعلى للأمن القومي الإيراني
        const d = nextWord(ctx.items, j, false);
        if (d >= 0 && t.demonyms.has(ctx.items[d]!.f) && isArticled(ctx.items[d]!.f)) {
          words.push(ctx.items[d]!.f);
          j = d + 1;
        }
      }
      break;
    } else break;
    n++;
  }
  return j;
}

function findOrgs(ctx: Ctx): void {
  const { items, text } = ctx;
  const t = wordTables();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 0 || ctx.used[i]) continue;
    for (const st of stems(text, it)) {
      if (tryOrgAt(ctx, i, st, t)) {
        acronymAfter(ctx, i);
        break;
      }
    }
  }
}

/**
 * A short name in parentheses right after an organisation is its acronym or short form,
 * itself a mention: إدارة الكوارث والطوارئ (آفاد), منظمة الأغذية والزراعة (الفاو).
 */
function acronymAfter(ctx: Ctx, i: number): void {
  const { items, text } = ctx;
  let p = i;
  while (p < items.length && ctx.used[p]) p++;
  if (items[p]?.kind !== 1 || text.charCodeAt(items[p]!.start) !== 0x28) return;
  const words: string[] = [];
  let k = p + 1;
  while (k < items.length && items[k]!.kind === 0 && !items[k]!.nl && words.length < 3) words.push(items[k++]!.f);
  if (words.length === 0 || items[k]?.kind !== 1 || text.charCodeAt(items[k]!.start) !== 0x29) return;
  const t = wordTables();
  const first = text.charCodeAt(items[p + 1]!.start);
  if ((first >= 0x30 && first <= 0x39) || (first >= 0x0660 && first <= 0x0669) || words.some((w) => t.stop.has(w))) return;
  emit(ctx, p + 1, items[p + 1]!.start, k, 'org', words);
}

function tryOrgAt(ctx: Ctx, i: number, st: Stem, t: ReturnType<typeof wordTables>): boolean {
  if (!st.org) return false;
  const { items } = ctx;
  const f = st.f;
  const prev = items[i - 1];
  const inQuotes = prev?.kind === 1;
  // 1. known organisations (خلية names with a common-word reading need quotes or a head noun)
  const known = matchKnown(ctx, i, f, 'org');
  // a place name as long or longer read by the places stage wins: وأم درمان is not the agency
  // وام, بابل (Babylon) is not ب + آبل
  if (known && placeEndAt(ctx, i) >= known[0]) return false;
  // رئيس مجلس الوزراء is a title (the prime minister), not a mention of the cabinet
  if (known && f === 'مجلس' && i > 0 && items[i - 1]!.kind === 0 && t.roleHeads.has(items[i - 1]!.f)) return false;
  if (known) {
    const [j, words, e] = known;
    const prevWord = i > 0 && items[i - 1]!.kind === 0 ? items[i - 1]!.f : '';
    const closed = items[j]?.kind === 1;
    if (!e.ambiguous || (inQuotes && closed) || t.orgHeads.has(prevWord) || t.mediaHeads.has(prevWord)) {
      const end = orgTail(ctx, j, words, false);
      emit(ctx, i, st.start, end, 'org', words);
      return true;
    }
  }
  // 2. a head noun (or a slip of one) with a known name: كتائب حزب الله, كتاب حزب الله
  const isHead = t.orgHeads.has(f);
  if (isHead || typoHead(f)) {
    const q = nextWord(items, i + 1, true);
    if (q >= 0) {
      const inner = matchKnown(ctx, q, items[q]!.f, 'org');
      if (inner && f === 'شركه' && q === i + 1) {
        // شركة أدنوك للغاز, شركة سامسونغ للإلكترونيات: the company's name, with its field
        const words = [...inner[1]];
        const end = orgTail(ctx, inner[0], words, true, true);
        emit(ctx, q, items[q]!.start, end, 'org', words);
        ctx.used[i] = 1;
        return true;
      }
      if (inner && !t.mediaHeads.has(f)) {
        const words = [f, ...inner[1]];
        const end = orgTail(ctx, inner[0], words, false);
        emit(ctx, i, st.start, end, 'org', words);
        return true;
      }
    }
  }
  if (isHead) {
    // 3. head + quoted name: كتائب "حزب الله" العراقية
    if (items[i + 1]?.kind === 1 && !items[i + 1]!.nl) {
      let p = i + 2;
      const words = [f];
      while (p < items.length && items[p]!.kind === 0 && words.length < 6) words.push(items[p++]!.f);
      if (words.length > 1 && items[p]?.kind === 1) {
        if (t.mediaHeads.has(f)) {
          emit(ctx, i + 2, items[i + 2]!.start, p, 'org', words.slice(1));
          ctx.used[i] = 1;
          return true;
        }
        const end = orgTail(ctx, p + 1, words, false);
        emit(ctx, i, st.start, end, 'org', words);
        return true;
      }
    }
    const q = nextWord(items, i + 1, false);
    if (q < 0) return false;
    const c = items[q]!.f;
    if (t.stop.has(c) || c.length < 2) return false;
    // head + a place: جامعة بغداد, كتيبة جنين, مجلس محافظة كركوك (not a channel or website: قناة السويس)
    if (ctx.placeEnd[q]! > 0 && !t.mediaHeads.has(f) && !WEAK_HEADS.has(f)) {
      const words = [f];
      for (let p = q; p < ctx.placeEnd[q]!; p++) if (items[p]!.kind === 0) words.push(items[p]!.f);
      const end = orgTail(ctx, ctx.placeEnd[q]!, words, false);
      emit(ctx, i, st.start, end, 'org', words);
      return true;
    }
    // 4. media descriptor + transliterated name: صحيفة نيويورك بوست → نيويورك بوست
    if (t.mediaHeads.has(f) && !isArticled(c)) {
      const words: string[] = [];
      let p = q;
      let end = q;
      while (words.length < 3) {
        const r = nextWord(items, p, false);
        if (r < 0) break;
        const w = items[r]!.f;
        if (isArticled(w) || t.stop.has(w) || w.endsWith('ه') || givenName(w)) break;
        // an indefinite adjective describes the noun: موقع عسكري, موقع إلكتروني
        if (words.length === 0 && w.endsWith('ي') && (t.orgAdjectives.has('ال' + w) || KIND_ADJECTIVES.has('ال' + w) || CUE_ADJECTIVES.has('ال' + w) || MEDIA_ADJECTIVES.has(w))) break;
        words.push(w);
        p = end = r + 1;
      }
      if (words.length > 0) {
        emit(ctx, q, items[q]!.start, end, 'org', words);
        ctx.used[i] = 1;
        return true;
      }
      return false;
    }
    // 5. head + definite complement (+ adjectives): وزارة الداخلية العراقية, خلية الإعلام الأمني
    // (not تنظيم: تنظيم الاقتراع is "organising the vote"; تنظيم الدولة is known by name)
    // (a generic complement names one with its adjective: جبهة العمل الإسلامي, وزارة العمل السعودية)
    // (nor a person's title: تحت قيادة المدرب, مكتب الرئيس)
    // (a council of the state's bodies is one: مجلس الوزراء, مجلس النواب, مجلس السيادة — but
    // رئيس مجلس الوزراء stays a person's title)
    const stateCouncil = f === 'مجلس' && STATE_COUNCILS.has(c) && !afterRoleHead(ctx, i, t);
    if (isArticled(c) && (!t.genericComplements.has(c) || adjectiveAfter(items, q, t) || stateCouncil) && !t.demonyms.has(c) && !WEAK_HEADS.has(f) && (!t.titles.has(c) || ROYAL_TITLES.has(c)) &&
      (!PLAIN_HEADS.has(f) || ((plainHeadNamed(ctx, q, t) || (f === 'رياسه' && PRESIDENCIES.has(c))) && !afterRoleHead(ctx, i, t)))) {
      const words = [f, c];
      let from = q + 1;
      // a royal name: جامعة الملك سعود, مركز الملك سلمان للإغاثة
      if (ROYAL_TITLES.has(c)) {
        const r = nextWord(items, from, false);
        if (r >= 0 && givenName(items[r]!.f) !== undefined) {
          words.push(items[r]!.f);
          from = r + 1;
        }
      }
      // a party's two-part name (حزب العدالة والتنمية, حزب الحرية والعدالة), an authority's
      // fields (هيئة الأدب والنشر والترجمة, وزارة الصحة والسكان), not a second body (والجيش)
      const joins = PARTY_HEADS.has(f) ? 1 : FIELD_HEADS.has(f) ? 2 : 0;
      for (let k = 0; k < joins; k++) {
        const w2 = items[from];
        if (w2 === undefined || w2.kind !== 0 || w2.nl || !w2.f.startsWith('وال') || w2.f.length <= 5) break;
        const bare = w2.f.slice(1);
        if (t.definiteHeads.has(bare) || INSTITUTIONS.has(bare) || t.demonyms.has(bare) || ctx.placeEnd[from]! > 0) break;
        words.push(w2.f);
        from++;
      }
      const end = orgTail(ctx, from, words, true);
      const after = nextWord(items, end, false);
      if (after >= 0 && t.genericAdjectives.has(items[after]!.f)) return false;
      // a company's description before its name: شركة الكيماويات الألمانية كوفيسترو
      if (COMPANY_HEADS.has(f) && end > from && companyName(ctx, end)) return true;
      emit(ctx, i, st.start, end, 'org', words);
      return true;
    }
    // 5b. a body named after a person, with its field: مركز محمد بن راشد للفضاء, جامعة محمد بن
    // زايد للذكاء الاصطناعي (the field after لل says it is the body, not "the centre of Mohammed")
    if (!PLAIN_HEADS.has(f) && !t.mediaHeads.has(f) && f !== 'قياده' && givenName(c) !== undefined && !givenName(c)!.ambiguous) {
      const words = [f, c];
      let p = q + 1;
      for (let k = 0; k < 4; k++) {
        const w = items[p];
        if (w === undefined || w.kind !== 0 || w.nl || ctx.used[p]) break;
        if ((w.f === 'بن' || w.f === 'ال') && items[p + 1]?.kind === 0) {
          words.push(w.f, items[p + 1]!.f);
          p += 2;
        } else break;
      }
      const ll = items[p];
      if (words.length > 2 && ll !== undefined && ll.kind === 0 && !ll.nl && ll.f.startsWith('لل') && ll.f.length >= 5 && !ADDRESSEES.has(ll.f)) {
        // orgTail takes the field and its own adjective (للذكاء الاصطناعي)
        const end = orgTail(ctx, p, words, true, true);
        if (end > p) {
          emit(ctx, i, st.start, end, 'org', words);
          return true;
        }
      }
    }
    // 6. head + construct chain: كتائب سيد الشهداء, هيئة تحرير الشام (not a person after it:
    // بقيادة محمد المنفي is "led by")
    const ledBy = f === 'قياده' || f === 'رياسه'; // برئاسة عبد الحميد الدبيبة, بقيادة عمر البشير
    const personAfter = (givenName(c) !== undefined && (!givenName(c)!.ambiguous || ledBy)) || (ledBy && (c === 'عبد' || t.kunya.has(c)));
    // (a construct noun carries no preposition: صندوق لتعويض الدول is a fund "to compensate")
    const prepositional = c.length >= 5 && /^[لبك]/.test(c);
    // (nor after a plain head: حكومة تصريف الأعمال is any caretaker government)
    if (!WEAK_HEADS.has(f) && !PLAIN_HEADS.has(f) && !personAfter && !prepositional && ((!isArticled(c) && !c.endsWith('ه')) || (t.orgHeads.has(f) && !isArticled(c)))) {
      const r = nextWord(items, q + 1, false);
      // (أمن الدولة names a court or an agency: محكمة أمن الدولة, جهاز أمن الدولة)
      const stateSecurity = c === 'امن' && items[r]?.f === 'الدوله';
      const plain = stateSecurity || (!t.genericComplements.has(items[r]?.f ?? '') && !t.titleModifiers.has(items[r]?.f ?? ''));
      if (r >= 0 && isArticled(items[r]!.f) && ctx.text.charCodeAt(items[r]!.start) === 0x0627 && !t.stop.has(c) && plain && !t.demonyms.has(items[r]!.f)) {
        const words = [f, c, items[r]!.f];
        const end = orgTail(ctx, r + 1, words, false);
        emit(ctx, i, st.start, end, 'org', words);
        return true;
      }
    }
    // 8. a company and its transliterated name: شركة سبيس إكس, شركة كاليون التركية
    if (COMPANY_HEADS.has(f) && companyName(ctx, q)) {
      ctx.used[i] = 1;
      return true;
    }
    if (NAMED_INSTITUTION_HEADS.has(f) && q === i + 1 && companyName(ctx, q, i)) return true;
    return false;
  }
  // 7. definite head + adjective: الجيش العراقي, المفوضية العليا للانتخابات, السفارة الأميركية
  const prevF = items[i - 1]?.kind === 0 ? items[i - 1]!.f : '';
  if (t.definiteHeads.has(f) || INSTITUTIONS.has(f) || (t.ministries.has(f) && prevF !== 'وزاره' && !t.titles.has(prevF) && !t.roleHeads.has(prevF))) {
    const q = nextWord(items, i + 1, false);
    if (q < 0) return false;
    const c = items[q]!.f;
    const isDemonym = t.demonyms.has(c) && isArticled(c);
    // الخارجية الأمريكية (the ministry) agrees in the feminine; وزير الخارجية الأمريكي is a person's title
    if (t.ministries.has(f) && !t.definiteHeads.has(f) && !(isDemonym && c.endsWith('ه'))) return false;
    // القوات المسلحة الأردنية: a country's armed forces (القوات الأمنية, القوات العراقية are any forces)
    if (f === 'القوات' && c === 'المسلحه') {
      const d = nextWord(items, q + 1, false);
      if (d >= 0 && t.demonyms.has(items[d]!.f) && isArticled(items[d]!.f)) {
        emit(ctx, i, st.start, d + 1, 'org', [f, c, items[d]!.f]);
        return true;
      }
    }
    if ((isDemonym || t.orgAdjectives.has(c)) && (t.definiteHeads.has(f) || t.ministries.has(f))) {
      const words = [f];
      const end = orgTail(ctx, i + 1, words, f !== 'الجيش');
      emit(ctx, i, st.start, end, 'org', words);
      return true;
    }
    // المجلس الدستوري, الحرس الرئاسي, المجلس الوزاري للاقتصاد: a definite head and its nisba adjective
    // (an institution: الحزب السياسي, الحركة الاحتجاجية are kinds, not names)
    // (nor a participle in ـي: المحكمة القاضية بـ…, the court ruling that …)
    // (a kind adjective names one with a لل complement: الوكالة الحكومية للأرصاد الجوية)
    // (a kind adjective also names one before another nisba: البنك التجاري الدولي)
    const kindNames = llAfter(items, q) || adjectiveAfter(items, q, t) || nameNisbaAfter(items, q, t);
    if (INSTITUTIONS.has(f) && f !== 'القوات' && (nameNisba(c, t) || (t.demonyms.has(c) && NEEDS_COMPLEMENT.has(f))) && (!KIND_ADJECTIVES.has(c) || kindNames) && (!NEEDS_COMPLEMENT.has(f) || llAfter(items, q)) && !/^ال[^ا]ا[^ا]يه?$/.test(c) && !ctx.used[q]) {
      const words = [f, c];
      const end = orgTail(ctx, q + 1, words, true, true);
      emit(ctx, i, st.start, end, 'org', words);
      return true;
    }
  }
  return false;
}

/**
 * Adjectives that extend a title (المبعوث الأممي, الناطق العسكري, المتحدث الرسمي) but are also
 * family names elsewhere (محمد العسكري): so they are read as part of a cue only right after one.
 */
const CUE_ADJECTIVES = new Set(['الاممي', 'الامميه', 'العسكري', 'العسكريه', 'الرسمي', 'الرسميه', 'الاعلامي', 'الاعلاميه', 'الخاص', 'الخاصه', 'الامني', 'الامنيه', 'السياسي', 'الاقتصادي',
  // المرشح الإصلاحي, المنافس المحافظ: political colours
  'الاصلاحي', 'الاصلاحيه', 'المحافظ', 'المحافظه', 'المستقل', 'المستقله', 'المعارض', 'المعارضه', 'اليساري', 'اليساريه', 'اليميني', 'اليمينيه', 'الليبرالي', 'الليبراليه',
  // the second half of a country adjective: الرئيس الكوري الجنوبي
  'الجنوبي', 'الجنوبيه', 'الشمالي', 'الشماليه']);

/** Is the item a title or role cue before a name? Returns the index after the cue phrase, or -1. */
function cueEnd(ctx: Ctx, i: number): number {
  const t = wordTables();
  const items = ctx.items;
  const f = items[i]!.f;
  if (!t.titles.has(f)) {
    // وزوجها, والرئيس: the conjunction does not change the cue; مديرها, رئيسهم: nor does a pronoun
    const c = f.charCodeAt(0);
    const pronoun = f.length > 5 && (f.endsWith('ها') || f.endsWith('هم')) && t.roleHeads.has(f.slice(0, -2));
    // للمخرج نبيل عيوش: ل + a title whose article lost its alef
    const lil = f.length > 4 && f.startsWith('لل') && t.titles.has('ا' + f.slice(1));
    const bare = pronoun || lil || ((c === 0x0648 || c === 0x0641) && f.length > 3 && t.titles.has(f.slice(1)));
    if (!bare) {
      if (!PLACE_TITLES.has(f)) return -1;
      const next = nextWord(items, i + 1, false);
      // محافظ البنك المركزي, محافظ مصرف ليبيا: a bank's governor
      const bank = f === 'محافظ' && next >= 0 && BANK_WORDS.has(items[next]!.f);
      if (next < 0 || (ctx.placeEnd[next]! === 0 && !bank)) return -1;
    }
  }
  let p = i + 1;
  let n = 0;
  let bism = false;
  // a role (رئيس, وزير; a bank's محافظ) takes a complement right after it
  const takesComplement = t.roleHeads.has(f) || t.roleHeads.has(f.slice(1)) || f === 'محافظ';
  while (n < 5) {
    const q = nextWord(items, p, false);
    if (q < 0) return p;
    const w = items[q]!.f;
    // الناطق باسم الحكومة باسم العوضي: the second باسم is the given name
    if (w === 'باسم' && bism) break;
    // a role takes a definite complement (رئيس القمة, مدير المستشفى) or one with لل (الأمينة العامة للوزارة)
    // (or with a pronoun: كبير إدارييها التنفيذيين)
    const roleComplement = n === 0 && q === i + 1 && (isArticled(w) || (w.length >= 5 && (w.endsWith('ها') || w.endsWith('هم')))) && takesComplement && !ctx.used[q];
    // … or a second complement joined by و: وزير الصحة والسكان
    const andComplement = n > 0 && w.length > 5 && w.startsWith('وال') && !ctx.used[q];
    if (roleComplement || andComplement || (w.length > 4 && w.startsWith('لل') && !ctx.used[q])) {
      p = q + 1;
      n++;
      continue;
    }
    // a place inside the title: رئيس إقليم كردستان, السفيرة الأمريكية لدى العراق, سفير العراق في واشنطن
    if (ctx.placeEnd[q]! > 0) {
      p = ctx.placeEnd[q]!;
      n++;
      continue;
    }
    // رئيس الفيفا, رئيس الاتحاد السعودي لكرة القدم: a role's complement that is an organisation found before persons
    if (n === 0 && q === i + 1 && ctx.used[q] && takesComplement && ctx.out.some((m) => m.type === 'org' && m.start === items[q]!.start)) {
      let r = q;
      while (r < items.length && ctx.used[r]) r++;
      p = r;
      n++;
      continue;
    }
    // المدير العام لسوناطراك, الرئيس التنفيذي لإيني: ل + an organisation found before persons
    if (w.length > 2 && w.startsWith('ل') && !w.startsWith('لل') && ctx.used[q] && ctx.out.some((m) => m.type === 'org' && m.start <= items[q]!.start + 1 && m.end === items[q]!.end)) {
      p = q + 1;
      n++;
      continue;
    }
    // رئيس الاتحاد السعودي لكرة القدم: a field in a construct after ل
    if (n > 0 && w.length >= 4 && w.startsWith('ل') && !w.startsWith('لل') && FIELD_NOUNS.has(w.slice(1))) {
      const r = nextWord(items, q + 1, false);
      if (r >= 0 && isArticled(items[r]!.f)) {
        p = r + 1;
        n++;
        continue;
      }
    }
    // القيادي في حركة حماس, العضو في البرلمان: an organisation (found before persons) inside the title
    if (w === 'في') {
      let r = nextWord(items, q + 1, false);
      if (r >= 0 && ctx.used[r] && ctx.out.some((m) => m.type === 'org' && m.start === items[r]!.start)) {
        while (r < items.length && ctx.used[r]) r++;
        p = r;
        n++;
        continue;
      }
    }
    if ((w === 'لدي' || w === 'في') && n > 0) {
      const r = nextWord(items, q + 1, false);
      if (r >= 0 && ctx.placeEnd[r]! > 0) {
        p = ctx.placeEnd[r]!;
        n++;
        continue;
      }
    }
    // الممثلة الخاصة للأمين العام, المستشار الخاص للرئيس: a title with ل is a complement of the cue
    const ofTitle = w.length > 4 && w.startsWith('لل') && t.titles.has('ال' + w.slice(2));
    const demonym = isArticled(w) && (t.demonyms.has(w) || ctx.demonym[q] === 1);
    if (t.titleModifiers.has(w) || CUE_ADJECTIVES.has(w) || ofTitle || demonym || t.titles.has(w)) {
      p = q + 1;
      // المتحدث باسم الوزارة: باسم takes one complement
      if (w === 'باسم') {
        bism = true;
        const r = nextWord(items, p, false);
        if (r >= 0) p = r + 1;
      }
      n++;
      continue;
    }
    break;
  }
  return p;
}

/** Name parts after a given name or kunya; returns the end item and pushes words. */
function personTail(ctx: Ctx, j: number, words: string[], cued: boolean): number {
  const t = wordTables();
  const k = knownTables();
  const items = ctx.items;
  let n = 0;
  while (n < 6) {
    const q = nextWord(items, j, false);
    if (q < 0 || ctx.inDate[q]) break;
    const w = items[q]!.f;
    const r = nextWord(items, q + 1, false);
    const nx = r >= 0 ? items[r]!.f : '';
    // a Turkish family name in oğlu is two words: أكرم إمام أوغلو, أحمد داود أوغلو
    // (its first word may be a common one: إمام, like the preposition أمام)
    if (words.length > 0 && nx === 'اوغلو' && r === q + 1 && !isArticled(w) && !ctx.used[q]) {
      words.push(w, nx);
      j = r + 1;
      break;
    }
    // a second given name before the nasab, known or not: محمد فال ولد التلميدي
    if (words.length === 1 && (nx === 'ولد' || nx === 'بن') && r === q + 1 && !isArticled(w) && !t.stop.has(w) && !ctx.used[q] && !ctx.inPlace[q] && w.length >= 3) {
      words.push(w);
      j = q + 1;
      n++;
      continue;
    }
    // ولد is بن in Mauritanian names: محمد ولد الشيخ الغزواني
    if ((w === 'بن' || w === 'ابن' || w === 'بنت' || (w === 'ولد' && words.length > 0)) && nx && (!t.stop.has(nx) || (nx === 'علي' && !isAlaPreposition(ctx, r)))) {
      words.push(w, nx);
      j = r + 1;
    } else if (w === 'عبد' && nx) {
      words.push(w, nx);
      j = r + 1;
    } else if (nx && (nx === 'الدين' || nx === 'الله') && givenName(w + nx)) {
      words.push(w, nx);
      j = r + 1;
    } else if (isArticled(w) && (nx === 'الله' || nx === 'الدين') && givenName(w.slice(2) + nx)) {
      words.push(w, nx); // رانيا العبد الله
      j = r + 1;
    } else if (w === 'ال' && nx) {
      words.push(w, nx); // آل سعود
      j = r + 1;
    } else if (w === 'ابو' && nx && words.length > 0 && !t.stop.has(nx) && !t.demonyms.has(nx) && !ctx.inPlace[q]) {
      words.push(w, nx); // a family name in أبو: رائد أبو السعود, حسام أبو صفية
      j = r + 1;
    } else if (words.length >= 3 && (words[words.length - 2] === 'بن' || words[words.length - 2] === 'ولد') && isArticled(w) && nameEndsAt(ctx, q + 1, t) && !t.stop.has(w) && !t.titles.has(w) && !t.titleModifiers.has(w) && !t.demonyms.has(w) && !t.orgAdjectives.has(w) && !ctx.inPlace[q] && !ctx.inDate[q] && !ctx.used[q]) {
      // after a nasab, the family name: مساعد بن محمد العيبان
      words.push(w);
      j = q + 1;
      break;
    } else if (givenName(w) && !isArticled(w) && !t.stop.has(w) && !(w === 'علي' && isAlaPreposition(ctx, q)) && !pronounNotTehMarbuta(ctx, q, w, givenName(w)!)) {
      words.push(w);
      j = q + 1;
    } else if (isArticled(w) && (k.surnames.has(w) || ctx.surnames.has(w) || (isNisba(w) && (ctx.text.charCodeAt(items[q]!.end - 1) !== 0x0649 || writesDotlessYa(ctx))))) {
      words.push(w);
      j = q + 1;
    } else if (!isArticled(w) && (k.loneSurnames.has(w) || ctx.surnames.has(w))) {
      words.push(w);
      j = q + 1;
    } else if (cued && words.length === 1 && isArticled(w) && !t.stop.has(w) && !t.titleModifiers.has(w) && !t.demonyms.has(w) && !t.orgAdjectives.has(w)) {
      // العميد الركن إحسان القيسون: after a title, a family name need not be a nisba
      words.push(w);
      j = q + 1;
      break;
    } else break;
    n++;
  }
  return j;
}

/**
 * Can the unknown word at item q be the family name of the given name before it? Not a common
 * word by its shape (no article, no pronoun ه, no accusative ا, no noun or verb shape), not a
 * place or date, and the name must end right after it (see nameEndsAt) or go on with a given name.
 */
function unknownSurname(ctx: Ctx, q: number, w: string, t: ReturnType<typeof wordTables>, cued = false): boolean {
  // a final ه is a pronoun (نظيره); a final ة may end a family name (محمد اشتية, رياض سلامة)
  const tehMarbuta = ctx.text.charCodeAt(ctx.items[q]!.end - 1) === 0x0629;
  // … but ـييه is French -ier (ميشال بارنييه): no Arabic word with a pronoun ends so
  const frenchIer = w.length >= 5 && w.endsWith('ييه');
  if (w.length < 3 || isArticled(w) || (w.endsWith('ه') && !tehMarbuta && !frenchIer) || w.endsWith('ا') || w.startsWith('لل')) return false;
  // (after a title, the فعّال shape is also a trade's family name: المدير العام توفيق حكار, حداد, نجار)
  if (t.stop.has(w) || t.demonyms.has(w) || t.titles.has(w) || t.orgHeads.has(w) || givenName(w) || (nounShaped(w) && !(cued && fitsShape(w, 'CCاC')))) return false;
  // a verbal noun behind a preposition: صالح بتفعيل المادة
  if (/^[بلكوف]/.test(w) && nounShaped(w.slice(1))) return false;
  // an imperfect or future verb after its subject: كان علي يعلم أن, قال محمد سيزور
  const c0 = w.charCodeAt(0);
  if (c0 === 0x064a || c0 === 0x062a || c0 === 0x0646 || isFutureVerb(w)) return false;
  if (ctx.inPlace[q] || ctx.inDate[q] || !/^[\u0621-\u064a]+$/.test(w)) return false;
  // the name ends after it, or goes on with a given name: أحمد قايد صالح
  const next = ctx.items[q + 1];
  return nameEndsAt(ctx, q + 1, t) || (next !== undefined && next.kind === 0 && !next.nl && givenName(next.f) !== undefined);
}

/** The next word at or after item p and its folded form, or '' when there is none or it is taken. */
function freeWordAt(ctx: Ctx, p: number): [number, string] {
  const q = nextWord(ctx.items, p, false);
  return [q, q >= 0 && !ctx.used[q] ? ctx.items[q]!.f : ''];
}

/** سـ + an imperfect prefix (سيزور, ستبدأ, سنعمل, سأعود): a future verb, not a name. */
function isFutureVerb(w: string): boolean {
  return w.length >= 5 && w.charCodeAt(0) === 0x0633 && 'يتنا'.includes(w[1]!);
}

/** An unknown family name with the article after a given name, where the name clearly ends: وائل السقا إن. */
function articledSurname(ctx: Ctx, q: number, w: string, t: ReturnType<typeof wordTables>): boolean {
  if (!isArticled(w) || w.length < 5 || ctx.inPlace[q] || ctx.inDate[q]) return false;
  if (t.stop.has(w) || t.titles.has(w) || t.titleModifiers.has(w) || t.demonyms.has(w) || t.orgAdjectives.has(w) || t.genericAdjectives.has(w)) return false;
  if (w.endsWith('ه') || nounShaped(w.slice(2)) || CUE_ADJECTIVES.has(w) || PLACE_TITLES.has(w.slice(2))) return false;
  return nameEndsAt(ctx, q + 1, t);
}

/**
 * Does a name clearly end before item q: punctuation, a line's end, the text's end, a function
 * word (إن, في, من …), a title (… ولي العهد) or an accusative predicate (انتخب جوزيف عون رئيساً)?
 */
function nameEndsAt(ctx: Ctx, q: number, t: ReturnType<typeof wordTables>): boolean {
  const next = ctx.items[q];
  if (next === undefined || next.kind !== 0 || next.nl) return true;
  // another name found already (محمد اشتية الأمم المتحدة), a place, a date
  if (ctx.used[q] || ctx.inPlace[q] || ctx.inDate[q]) return true;
  const f = next.f;
  if (t.stop.has(f) || t.saying.has(f) || t.titles.has(f) || t.roleHeads.has(f)) return true;
  // another title joined by و: … توفيق حكار والرئيس التنفيذي لإيني
  if (f.length > 4 && (f.charCodeAt(0) === 0x0648 || f.charCodeAt(0) === 0x0641) && t.titles.has(f.slice(1))) return true;
  if (givenName(f)) return false;
  // an accusative predicate (عون رئيساً) or a prepositional phrase (مخبر بتولي مهام, برهوم للصحفيين)
  const c0 = f.charCodeAt(0);
  return (f.length >= 4 && f.endsWith('ا') && !f.endsWith('ها')) || (f.length >= 5 && (c0 === 0x0628 || c0 === 0x0644));
}

/** A nisba or family name with the article: الكاظمي, العسكري (not a country adjective like العراقي). */
function isNisba(w: string): boolean {
  const t = wordTables();
  if (!isArticled(w) || w.length < 5 || !w.endsWith('ي')) return false;
  if (t.demonyms.has(w) || t.stop.has(w) || t.titleModifiers.has(w) || t.genericAdjectives.has(w)) return false;
  return true;
}

/**
 * نظيره (his counterpart) folds like the woman's name نظيرة: a woman's name that is also a common
 * word, written with a final ه instead of ة, is the word with the pronoun ـه.
 */
function pronounNotTehMarbuta(ctx: Ctx, i: number, f: string, g: { gender: string }): boolean {
  return f.endsWith('ه') && !g.gender.includes('m') && ctx.text.charCodeAt(ctx.items[i]!.end - 1) === 0x0647;
}

/** على folds to علي: written with ى it is the preposition, not the name. */
function isAlaPreposition(ctx: Ctx, q: number): boolean {
  const it = ctx.items[q]!;
  return ctx.text.charCodeAt(it.end - 1) === 0x0649;
}

function findPersons(ctx: Ctx): void {
  const { items, text } = ctx;
  const t = wordTables();
  let cueUntil = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 0 || ctx.used[i]) continue;
    // ملعب الملك سلمان الدولي, مستشفى الأمير حمزة: a title after a naming noun names the facility
    if (t.titles.has(it.f) && afterNamingNoun(ctx, i)) {
      i = facilityNameEnd(items, i, t);
      continue;
    }
    const ce = cueEnd(ctx, i);
    if (ce > i) {
      cueUntil = ce;
      // a transliterated name right after the cue: الرئيس الأمريكي جو بايدن, المتحدث باسم الوزارة نيد برايس
      const q = nextWord(items, ce, false);
      if (q >= 0 && !ctx.used[q] && tryForeign(ctx, q, it.f.endsWith('ه'))) {
        i = q;
        continue;
      }
      i = ce - 1;
      continue;
    }
    // a word the places or dates stage read as a place or a date starts no person's name
    if (ctx.inPlace[i] || ctx.inDate[i]) continue;
    const cued = i <= cueUntil;
    const itemStems = stems(text, it);
    if (!cued && !itemStems.some((st) => st.person)) continue;
    // a name that names a street, a building or a storm is not a person here: شارع الحبيب بورقيبة,
    // العاصفة دانيال, مستشفى شارل نيكول (the whole name: its next word is no name either)
    if (afterNamingNoun(ctx, i)) {
      i = facilityNameEnd(items, i, t);
      continue;
    }
    for (const st of itemStems) {
      if (tryPersonAt(ctx, i, st, cued, t)) break;
    }
  }
}

/** A letter that can be a root consonant (not one of the long vowels ا و ي). */
function isRootLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a && c !== 0x0627 && c !== 0x0648 && c !== 0x064a && c !== 0x0649 && c !== 0x0640;
}

/**
 * Shapes of Arabic verbal nouns and nouns of place (C a root consonant, . any letter, * two or
 * more letters): استقبال, مستشفى, اجتماع, اتصال, تشكيل, تعاون, مرسوم, مجلس, إعلان, قرار.
 * Unknown foreign names seldom have them (ادغار, براد do: the lexicon knows those).
 */
// (تو.يC: تفعيل of roots starting with و, whose و is a consonant: توظيف, توقيع, توسيع)
const NOUN_SHAPES = ['استCCاC', 'مست*', 'اCCCاC', 'اتCاC', 'تC.يC', 'تو.يC', 'تCا.C', 'مCCوC', 'مCCC', 'اCCاC', 'CCاC'];

function fitsShape(w: string, shape: string): boolean {
  const star = shape.endsWith('*');
  const fixed = star ? shape.length - 1 : shape.length;
  if (star ? w.length < fixed + 2 : w.length !== fixed) return false;
  for (let k = 0; k < fixed; k++) {
    const p = shape.charCodeAt(k);
    const c = w.charCodeAt(k);
    if (p === 0x43 /* C */) {
      if (!isRootLetter(c)) return false;
    } else if (p !== 0x2e /* . */ && p !== c) return false;
  }
  return true;
}

/** Does the folded word have the shape of an Arabic verbal noun or noun of place? */
function nounShaped(w: string): boolean {
  for (const shape of NOUN_SHAPES) if (fitsShape(w, shape)) return true;
  return false;
}

/** Nouns whose name follows them: streets, buildings, institutions named after people, storms. */
const NAMING_NOUNS = new Set(['شارع', 'قصر', 'ساحه', 'جامع', 'مسجد', 'مطار', 'ميناء', 'ملعب', 'مستشفي', 'مدرسه', 'جسر', 'مخيم', 'سجن', 'فندق', 'برج', 'قاعه', 'حديقه', 'متحف', 'كليه', 'جامعه', 'العاصفه', 'الاعصار', 'عاصفه', 'اعصار', 'جايزه', 'مهرجان', 'سد', 'نفق', 'مجمع', 'حي', 'ضاحيه', 'معبر', 'منفذ', 'مركز']);

/**
 * The last item of a facility's name whose first word is item i: up to three more words
 * right after it, not articled, no function word (ملعب حسين آيت أحمد, ملعب جاسم بن حمد).
 */
function facilityNameEnd(items: Item[], i: number, t: ReturnType<typeof wordTables>): number {
  let q = i;
  for (let k = 0; k < 3; k++) {
    const r = nextWord(items, q + 1, false);
    if (r !== q + 1 || isArticled(items[r]!.f) || t.stop.has(items[r]!.f)) break;
    q = r;
  }
  return q;
}

function afterNamingNoun(ctx: Ctx, i: number): boolean {
  const prev = ctx.items[i - 1];
  if (prev === undefined || prev.kind !== 0 || ctx.items[i]!.nl) return false;
  for (const st of stems(ctx.text, prev)) if (NAMING_NOUNS.has(st.f)) return true;
  return false;
}

/**
 * An unknown word right after a title, read as the start of a transliterated name unless it looks
 * like the common noun a sentence puts there: اتخذ الرئيس قرار, ترأس الرئيس اجتماع, أصدر القاضي
 * حكما. `feminineCue`: the title is a woman's (السفيرة), whose unknown name may end in ا (ألينا).
 */
function tryForeign(ctx: Ctx, q: number, feminineCue: boolean): boolean {
  const t = wordTables();
  const items = ctx.items;
  const f0 = items[q]!.f;
  if (givenName(f0) || t.kunya.has(f0) || knownTables().firstWord.has(f0)) return false;
  // another title joined by و: رئيس الشركة وكبير إدارييها
  if ((f0.charCodeAt(0) === 0x0648 || f0.charCodeAt(0) === 0x0641) && t.titles.has(f0.slice(1))) return false;
  // the accusative ending ـًا of an object (وفدا, مرسوما); a man's unknown name rarely ends so
  const accusative = f0.length >= 4 && f0.endsWith('ا');
  if (accusative && !feminineCue) return false;
  if (nounShaped(f0) || (accusative && nounShaped(f0.slice(0, -1)))) return false;
  // a future verb: وأعلن أن الملك سيواصل ترؤس الجلسات
  if (isFutureVerb(f0)) return false;
  // the title's complement: المدير العام لمجمع سوناطراك, رئيس لشركة
  if (f0.length > 3 && f0.startsWith('ل') && (t.orgHeads.has(f0.slice(1)) || NAMING_NOUNS.has(f0.slice(1)))) return false;
  const [words, end] = transliterated(ctx, q, 3);
  if (words.length === 0) return false;
  // one unknown word alone is a name only when the sentence shows it ends there: قال الرئيس بايدن إن …,
  // not قال إن الرئيس سيزور المنطقة
  if (words.length === 1 && !nameEndsAt(ctx, end, t)) return false;
  emit(ctx, q, items[q]!.start, end, 'person', words);
  return true;
}

/**
 * Up to `max` words from item q on that read as a transliterated name: not articled, not a stop
 * word, no tanwin, not ending in ة/ه (نيد برايس, شولتس). Returns the words and the item after them.
 */
function transliterated(ctx: Ctx, q: number, max: number, afterForeignName = false): [string[], number] {
  const t = wordTables();
  const items = ctx.items;
  const words: string[] = [];
  let p = q;
  let end = q;
  let leadingAl = false;
  while (words.length < max) {
    const r = nextWord(items, p, false);
    if (r < 0 || ctx.used[r] || ctx.inPlace[r] || ctx.inDate[r]) break;
    const w = items[r]!.f;
    // ألينا, إلياس: a hamza on the alef says this ال is no article (the article is written with a bare alef)
    const hamzaAlef = words.length === 0 && ctx.text.charCodeAt(items[r]!.start) !== 0x0627 && !givenName(w);
    if (words.length === 0 && isArticled(w) && hamzaAlef) leadingAl = true;
    // after a foreign given name, ـييه written with ه (not ة) is French -ier: ميشال بارنييه, فرانك كيسييه
    const frenchIer = afterForeignName && w.length >= 5 && w.endsWith('ييه') && ctx.text.charCodeAt(items[r]!.end - 1) === 0x0647;
    // (a two-letter syllable in ه is no pronoun: the Chinese خه لي فنغ)
    if ((isArticled(w) && !hamzaAlef) || t.stop.has(w) || (w.endsWith('ه') && !frenchIer && w.length > 2) || w.startsWith('لل') || t.orgHeads.has(w) || w.length < 2 || !/[\u0621-\u064a]/.test(w)) break;
    // والسكان (and + article), بإجماع (a preposition and a verbal noun): no transliterated name
    if ((w.length > 5 && w.startsWith('وال')) || (w.length >= 6 && /^[بل]/.test(w) && nounShaped(w.slice(1)))) break;
    // a possessive pronoun ends a common noun (نظيرها, رئيسهم), not a transliterated name
    if (w.length > 4 && (w.endsWith('ها') || w.endsWith('هم') || w.endsWith('هما'))) break;
    // tanwin marks a common noun or adjective (اجتماعاً طارئاً), never a transliterated name
    if (hasTanwin(ctx.text, items[r]!.start, items[r]!.end)) break;
    if (words.length > 0 && w.endsWith('ا') && words[words.length - 1]!.endsWith('ا') && w.length > 3) {
      // two accusatives in a row are no name (اجتماعا طارئا); after a foreign given name the first
      // is its family name and the second an adverb (اللاعب غابرييل سوزا قادما من …)
      if (!(afterForeignName && words.length === 1)) words.length = 0;
      break;
    }
    words.push(w);
    p = end = r + 1;
  }
  // إلغاء (a verbal noun after قرر الرئيس) also has a hamza: alone, an ال-word is not taken
  if (leadingAl && words.length < 2) return [[], q];
  return [words, end];
}

function tryPersonAt(ctx: Ctx, i: number, st: Stem, cued: boolean, t: ReturnType<typeof wordTables>): boolean {
  if (!st.person && !cued) return false;
  const { items } = ctx;
  const f = st.f;
  // tanwin marks a common noun or adjective, never a name (90 ميلاً بحرياً is no ميلا)
  if (hasTanwin(ctx.text, items[i]!.start, items[i]!.end)) return false;
  // known people: قيس الخزعلي, خامنئي
  const known = matchKnown(ctx, i, f, 'person');
  if (known && (known[1].length > 1 || !givenName(f))) {
    const words = known[1];
    const end = personTail(ctx, known[0], words, false);
    emit(ctx, i, st.start, end, 'person', words);
    return true;
  }
  // a name that starts with the nasab: ابن سلمان, بن زايد
  if ((f === 'ابن' || f === 'بن') && !cued) {
    const q = nextWord(items, i + 1, false);
    if (q >= 0 && givenName(items[q]!.f) && !givenName(items[q]!.f)!.ambiguous || (q >= 0 && knownTables().loneSurnames.has(items[q]!.f))) {
      const words = [f, items[q]!.f];
      const end = personTail(ctx, q + 1, words, false);
      emit(ctx, i, st.start, end, 'person', words);
      return true;
    }
  }
  // kunya: أبو علي العسكري, أبا العلي, أم كلثوم
  if (f === 'ابو' || f === 'ابا' || f === 'ابي' || f === 'ام') {
    const q = nextWord(items, i + 1, false);
    if (q < 0) return false;
    const c = items[q]!.f;
    if (t.stop.has(c) || c.length < 2 || t.demonyms.has(c)) return false;
    if (f === 'ام' && !givenName(c)) return false;
    if (f !== 'ابو' && !givenName(c) && !givenName(c.slice(2))) return false;
    const phrase = 'ابو ' + c;
    if (t.builtinPlaces.has(phrase) || ctx.isKunyaPlace(phrase) || ctx.isKunyaPlace(f + ' ' + c)) return false;
    const words = [f, c];
    const end = personTail(ctx, q + 1, words, cued);
    emit(ctx, i, st.start, end, 'person', words);
    return true;
  }
  // given name (عبد + X and X + الدين joined)
  let gWords: string[] | undefined;
  let j = i + 1;
  const q = nextWord(items, i + 1, false);
  const nx = q >= 0 ? items[q]!.f : '';
  // a Maghrebi first name with the article takes an unknown family name where the name clearly
  // ends (وأوضح الحسين يوعابد، …, الحسن واتارا); otherwise it needs a title (ذكرى الحسين)
  if (!cued && ARTICLED_FIRST_NAMES.has(f) && q === i + 1 && givenName(nx) === undefined && unknownSurname(ctx, q, nx, t)) {
    emit(ctx, i, st.start, q + 1, 'person', [f, nx]);
    return true;
  }
  if (f === 'عبد' && nx) {
    gWords = [f, nx];
    j = q + 1;
  } else if (nx && (nx === 'الدين' || nx === 'الله') && givenName(f + nx)) {
    gWords = [f, nx];
    j = q + 1;
  } else {
    const g = givenName(f);
    if (g && !(f === 'علي' && isAlaPreposition(ctx, i)) && !(g.ambiguous && pronounNotTehMarbuta(ctx, i, f, g))) {
      if (isArticled(f) && !cued) return false;
      gWords = [f];
    }
  }
  if (gWords) {
    const gi = givenName(gWords.join('')) ?? givenName(f);
    const words = [...gWords];
    let end = personTail(ctx, j, words, cued);
    // a non-Arabic given name takes a transliterated surname: أولاف شولتس, هاكان فيدان
    if (words.length === 1 && gi?.foreign && (cued || !gi.ambiguous)) {
      // one surname word, or two when the first is itself a given name (جان إيف لودريان), not ميسي هدفين
      const [tail, after] = transliterated(ctx, end, 2, true);
      if (tail.length > 0) {
        const take = tail.length > 1 && givenName(tail[0]!) ? 2 : 1;
        words.push(...tail.slice(0, take));
        end = take === tail.length ? after : nextWord(items, end, false) + 1;
      }
    } else if (words.length === 1 && cued) {
      // after a title, a family name without the article in ـي: الناشطة نرجس محمدي, الوزير هوشيار زيباري
      const [q2, w] = freeWordAt(ctx, end);
      if (w.length >= 4 && w.endsWith('ي') && !isArticled(w) && !t.stop.has(w) && !t.demonyms.has(w) && !t.titles.has(w) && !givenName(w)) {
        words.push(w);
        end = q2 + 1;
      } else if (w !== '' && unknownSurname(ctx, q2, w, t, true)) {
        // القيادي في حركة حماس فوزي برهوم إن …: an unknown family name, when the name clearly ends after it
        words.push(w);
        end = personTail(ctx, q2 + 1, words, cued);
      }
    } else if (words.length === gWords.length && gi !== undefined) {
      // without a title, a given name that is no common word takes an unknown family name on the
      // same terms (وقالت كريستين لاغارد في …, انتخب جوزيف عون رئيساً, عبد الوافي لفتيت إن), or one
      // with the article (وائل السقا إن); a common-word name only a nisba-like one (سعيد جليلي.)
      const plain = !gi.ambiguous || (f === 'علي' && !isAlaPreposition(ctx, i));
      const [q2, w] = freeWordAt(ctx, end);
      // (or a Maghrebi family name in بن written as one word: كريمة بنيعيش, زهير بنخلدون)
      const nisbaLike = (w.length >= 4 && w.endsWith('ي')) || (w.length >= 5 && w.startsWith('بن') && !nounShaped(w.slice(1)));
      if (w !== '' && (plain || nisbaLike) && unknownSurname(ctx, q2, w, t)) {
        words.push(w);
        end = personTail(ctx, q2 + 1, words, false);
      } else if (w !== '' && plain && articledSurname(ctx, q2, w, t)) {
        words.push(w);
        end = q2 + 1;
      }
    }
    const stripped = st.f !== items[i]!.f;
    // بخير is not خير: a common-word name with a clitic needs more than a cue
    // after a title, a name that is also a common word stands alone only where the name clearly ends:
    // قال الرئيس سعيد إن …, not أكد المدرب أن الفريق قدم مباراة كبيرة
    const cuedAlone = cued && !stripped && (gi?.ambiguous !== true || f === 'علي' || nameEndsAt(ctx, end, t));
    // وطالب قادة الطلاب: two names that are both common words need a title
    const allCommon = !cued && stripped && gi?.ambiguous === true && words.length > gWords.length && words.slice(gWords.length).every((w) => givenName(w)?.ambiguous === true);
    const supported = !allCommon && (words.length > gWords.length || cuedAlone || (gi !== undefined && !gi.ambiguous) || gWords.length > 1);
    if (!supported) return false;
    if (words.length === 1 && ctx.isPlace(f)) return false;
    emit(ctx, i, st.start, end, 'person', words);
    return true;
  }
  // a family name after a title: الرئيس السيسي
  if (cued && (knownTables().surnames.has(f) || ctx.surnames.has(f))) {
    const words = [f];
    emit(ctx, i, st.start, i + 1, 'person', words);
    return true;
  }
  return false;
}

/** Quoted alias after a verb of saying: سخر "أبو علي العسكري" من … (only names the lexicon cannot see). */
function findQuotedAliases(ctx: Ctx): void {
  const { items } = ctx;
  const t = wordTables();
  for (let i = 1; i + 2 < items.length; i++) {
    if (items[i]!.kind !== 1 || items[i - 1]!.kind !== 0 || !t.saying.has(items[i - 1]!.f)) continue;
    let p = i + 1;
    const words: string[] = [];
    while (p < items.length && items[p]!.kind === 0 && !ctx.used[p] && words.length < 4) words.push(items[p++]!.f);
    if (words.length < 2 || words.length > 3 || items[p]?.kind !== 1) continue;
    const after = items[p + 1];
    if (!after || after.kind !== 0 || !['من', 'عن', 'علي', 'في'].includes(after.f)) continue;
    if (words.some((w) => t.stop.has(w))) continue;
    emit(ctx, i + 1, items[i + 1]!.start, p, 'person', words);
  }
}

/** Surnames of the full names found: الكاظمي of مصطفى الكاظمي, برايس of نيد برايس. */
function collectSurnames(ctx: Ctx): void {
  const given = givenName;
  for (const m of ctx.out) {
    if (m.type !== 'person') continue;
    const ws = m.key.split(' ');
    if (ws.length < 2) continue;
    const last = ws[ws.length - 1]!;
    // a given name as surname (حسني مبارك → مبارك) only when long enough to be unlikely as a common word;
    // never an ordinal (عبد الله الثاني is not found again in تشرين الثاني)
    if (last.length >= 3 && last !== 'بن' && (!given(last) || last.length >= 4) && !REGNAL.has(last)) ctx.surnames.add(last);
  }
  // the surnames of public figures stand alone without a full name before them (قال ترامب إن,
  // خلفاً لبايدن), except those that are also common words or mostly name streets
  for (const s of knownTables().loneSurnames) if (!LONE_SURNAME_WORDS.has(s)) ctx.surnames.add(s);
}

/** First names written with the article, in the Maghreb and West Africa: الحسين يوعابد, الحسن واتارا. */
const ARTICLED_FIRST_NAMES = new Set(['الحسين', 'الحسن', 'المختار', 'الطاهر', 'المهدي', 'الحبيب', 'العياشي']);

/** Words of quantity before a unit: مليون يورو, ألف دولار. */
const QUANTITY_WORDS = new Set(['مليون', 'مليار', 'الف', 'الاف', 'ملايين', 'مليارات', 'تريليون']);

/** Ordinals after a king's or pope's name (عبد الله الثاني), no family names. */
const REGNAL = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'عشر']);
/** Lone surnames of known figures that are also common words (ظريف "witty", روحاني "spiritual") or street names. */
const LONE_SURNAME_WORDS = new Set(['ظريف', 'روحاني', 'لادن', 'بورقيبه']);

/**
 * Names seen once in full, found again alone: surnames (الكاظمي, للكاظمي, برايس) and company
 * names found after their descriptor (مقر كوفيسترو, لكوفيسترو).
 */
function findRepeats(ctx: Ctx, names: Set<string>, type: 'person' | 'org'): void {
  if (names.size === 0) return;
  const { items, text } = ctx;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 0 || ctx.used[i] || ctx.inDate[i]) continue;
    // a quantity before it makes it a unit (60 مليون يورو), whoever ليني يورو is
    const prev = items[i - 1];
    if (prev !== undefined && prev.kind === 0 && !it.nl && (QUANTITY_WORDS.has(prev.f) || /^[0-9\u0660-\u0669]/.test(prev.f))) continue;
    for (const st of stems(text, it)) {
      if (names.has(st.f) && !(st.f === 'علي' && isAlaPreposition(ctx, i))) {
        emit(ctx, i, st.start, i + 1, type, [st.f]);
        break;
      }
    }
  }
}

/**
 * Does the text write final ي as ى, as Egyptian papers do (فى, الذى, المصرى)? Then a word in ى
 * can be a nisba; elsewhere ى is an alef maksura, and حارس المرمى is no حارس + nisba.
 */
function writesDotlessYa(ctx: Ctx): boolean {
  const t = ctx.text;
  return (ctx.dotlessYa ??= t.indexOf('فى ') >= 0 || t.indexOf('الذى ') >= 0 || t.indexOf('التى ') >= 0);
}

function hasTanwin(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}

/**
 * Verbs that report what a source says, before its name: وذكرت, وكتبت, أفادت. Feminine only: a
 * paper, agency or channel is feminine (صحيفة, وكالة, قناة), and وكتب جونسون is a writer.
 */
const REPORTING_VERBS = new Set(['ذكرت', 'كتبت', 'افادت', 'نقلت', 'نشرت', 'اوردت', 'قالت', 'كشفت']);

/**
 * A source the lexicon does not know, named between a reporting verb and نقلا عن: وكتبت ناشيونال
 * إمارات نقلا عن مصادر عراقية. Only a transliterated name (two or three words, or one of five
 * letters or more) that starts with no given name: قالت سارة نقلا عن والدتها is a person.
 */
function findOutletsBeforeAttribution(ctx: Ctx): void {
  const { items } = ctx;
  const t = wordTables();
  for (let k = 2; k + 1 < items.length; k++) {
    if (items[k]!.f !== 'نقلا' || items[k + 1]!.f !== 'عن') continue;
    for (let v = k - 2; v >= Math.max(0, k - 4); v--) {
      const verb = items[v]!;
      if (verb.kind !== 0) break;
      const vf = verb.f.length > 3 && (verb.f[0] === 'و' || verb.f[0] === 'ف') && REPORTING_VERBS.has(verb.f.slice(1)) ? verb.f.slice(1) : verb.f;
      if (!REPORTING_VERBS.has(vf)) continue;
      const [words, end] = transliterated(ctx, v + 1, k - v - 1);
      if (end !== k || words.length === 0 || (words.length === 1 && words[0]!.length < 5) || givenName(words[0]!) !== undefined) break;
      // a plural is a group of people (قالت ناشطون, ذكرت مسؤولين)
      if (words[0]!.endsWith('ون') || words[0]!.endsWith('ين')) break;
      // a place may end the name (ناشيونال إمارات), not start it (مصادر في بغداد)
      if (words.some((w) => nounShaped(w) || t.titles.has(w)) || t.demonyms.has(words[0]!) || ctx.isPlace(words[0]!)) break;
      emit(ctx, v + 1, items[v + 1]!.start, end, 'org', words);
      break;
    }
  }
}

/**
 * Finds person and organisation mentions: given names from a lexicon of several thousand,
 * kunyas (أبو علي), nasab chains (محمد بن سلمان), nisbas (الكاظمي), title and role cues
 * (الرئيس الأمريكي جو بايدن), quoted aliases after verbs of saying, surnames of names seen
 * earlier (الكاظمي, للكاظمي); organisations from head nouns with their complements (وزارة
 * الداخلية العراقية), known names (رويترز, الحشد الشعبي) and quoted parts (كتائب "حزب الله").
 *
 * @param input - Text or a Doc (its tokens are used when present).
 * @param options - `types`, `isPlace`, `knownSurnames`.
 * @returns Mentions sorted by start, each with `type` and `key` (no `entityId` until resolved).
 * @example
 * findMentions('قال مصطفى الكاظمي إن حزب الله ...')
 * // [{ start: 4, end: 18, text: 'مصطفى الكاظمي', type: 'person', key: 'مصطفي الكاظمي' },
 * //  { start: 22, end: 30, text: 'حزب الله', type: 'org', key: 'حزب الله' }]
 */
export function findMentions(input: string | Doc, options?: FindMentionsOptions): Mention[] {
  const doc = toDoc(input, 'findMentions');
  checkOptions(options);
  const text = doc.text;
  const items = doc.tokens.length > 0 ? fromTokens(text, doc.tokens) : scan(text);
  const defaultPlaces = wordTables().builtinPlaces;
  const ctx: Ctx = {
    text,
    items,
    used: new Uint8Array(items.length),
    out: [],
    isPlace: options?.isPlace ?? ((n) => defaultPlaces.has(n)),
    isKunyaPlace: options?.isPlace ?? ((n) => defaultPlaces.has(n)),
    surnames: new Set<string>(),
    placeEnd: new Int32Array(items.length),
    inPlace: new Uint8Array(items.length),
    inDate: new Uint8Array(items.length),
    companyNames: new Set<string>(),
    demonym: new Uint8Array(items.length),
    dotlessYa: undefined,
  };
  markPlaces(ctx, typeof input === 'string' ? undefined : doc.places);
  markDates(ctx, typeof input === 'string' ? undefined : doc.dates);
  if (options?.knownSurnames) for (const s of options.knownSurnames) ctx.surnames.add(foldName(s).replace(/ /g, ''));
  const types = options?.types ?? ['person', 'org'];
  const wantOrg = types.includes('org');
  const wantPerson = types.includes('person');
  // organisations first: their names contain given names (كتائب سيد الشهداء)
  findOrgs(ctx);
  findOutletsBeforeAttribution(ctx);
  findRepeats(ctx, ctx.companyNames, 'org');
  if (wantPerson) {
    findPersons(ctx);
    findQuotedAliases(ctx);
    collectSurnames(ctx);
    findRepeats(ctx, ctx.surnames, 'person');
  }
  let out = ctx.out;
  if (!wantOrg) out = out.filter((m) => m.type !== 'org');
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function checkOptions(options: FindMentionsOptions | undefined): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw new DhadError('INVALID_OPTION', `findMentions options must be an object, got ${describeValue(options)}`);
  for (const k of Object.keys(options)) if (!OPTION_NAMES.has(k)) throw new DhadError('UNKNOWN_OPTION', `findMentions: unknown option "${k}" (expected types, isPlace, knownSurnames)`);
  if (options.types !== undefined) {
    if (!Array.isArray(options.types)) throw new DhadError('INVALID_OPTION', `findMentions: types must be an array, got ${describeValue(options.types)}`);
    for (const t of options.types) if (t !== 'person' && t !== 'org') throw new DhadError('INVALID_OPTION', `findMentions: unknown type ${describeValue(t)} (expected person, org)`);
  }
  if (options.isPlace !== undefined && typeof options.isPlace !== 'function') throw new DhadError('INVALID_OPTION', `findMentions: isPlace must be a function, got ${describeValue(options.isPlace)}`);
}
