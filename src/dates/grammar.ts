/**
 * The date grammar: hand-written matchers over the token stream (scan.ts). Lexicon phrases
 * are compiled once, on first use, into a map from a token's folded form to its readings;
 * proclitics (و ف ب ل ك) are stripped on lookup so that spans cover the date, not the clitic.
 * At each token every applicable rule is tried and the longest match wins.
 */
import type { DateMention, Message } from '../core/index.js';
import { fromHijri, hijriMonthStart, toHijri } from './hijri.js';
import {
  CARDINAL_TENS, CARDINALS, CENTURIES, DAY_ORDINALS, DECADES, DEFINITE_UNITS, DIRECTION_WORDS, EVENT_NOUNS,
  GREGORIAN_ERA, GREGORIAN_MONTHS, HIJRI_ERA, HIJRI_MONTHS, HOLIDAYS, HOUR_FRACTIONS, HOUR_ORDINALS,
  ORDINAL_TENS, ORDINAL_UNITS, PARTS_OF_DAY, PERIOD_PARTS, RELATIVE_DAYS, SEASONS, UNIT_WORDS, VAGUE_WORDS, WEEKDAYS,
} from './lexicon.js';
import type { DateUnit } from './lexicon.js';
import type { Prefer, RefDate } from './resolve.js';
import { dayNumber, daysInMonth, fmtDateTime, fmtDay, fmtWeek, fmtY, fmtYM, fromEpochDay, mondayOf, weekdayNear, weekdayOf, yearFor } from './resolve.js';
import { fold, KN, KP, KW } from './scan.js';
import type { Stream } from './scan.js';

/** A date mention with the extra detail dhad gives. */
export interface TaggedDate extends DateMention {
  /** The Hijri date as written or converted (`1443-03-12`, `1443-09`, `1443`) when the text states one. */
  hijri?: string;
  /** Vague expressions (مؤخراً, الآن, في وقت لاحق): the direction, and no value. */
  vague?: 'past' | 'present' | 'future';
  /** A clock time stated in the text (`03:00`), also when no day is known. */
  time?: string;
}

type Grain = DateMention['grain'];

// ---------------------------------------------------------------- lexicon compilation

// Reading categories.
const GM = 1; // Gregorian month
const HM = 2; // Hijri month
const WD = 3; // weekday
const ORD = 4; // day ordinal
const HORD = 5; // hour ordinal
const CARD = 6; // cardinal word
const UNIT = 7; // unit word
const DUNIT = 8; // definite unit
const DIR = 9; // direction adjective
const POD = 10; // part of day
const FRAC = 11; // fraction of an hour
const REL = 12; // relative day
const VAGUE = 13;
const PART = 14; // part of a period
const DEC = 15; // decade
const HOL = 16; // holiday
const SEASON = 17;
const HERA = 18; // Hijri era marker
const GERA = 19; // Gregorian era marker
const CENT = 20; // century ordinal after القرن
const FW = 21; // function word
const TONIGHT = 22; // الليلة (+ offset)
const EVENT = 23; // event noun (ثورة, حرب)
const SHARE = 24; // a share of a year: الربع الأول (v = which, t = months in it)

// Function words.
const F_FI = 1; // في
const F_MUNDH = 2; // منذ
const F_HATTA = 3; // حتى، لغاية
const F_MIN = 4; // من
const F_ILA = 5; // إلى
const F_BAYN = 6; // بين
const F_AM = 7; // عام، سنة (year noun)
const F_YAWM = 8; // يوم
const F_SAA = 9; // الساعة
const F_SHAHR = 10; // شهر
const F_HADHA = 11; // هذا، هذه
const F_QABL = 12; // قبل
const F_BAAD = 13; // بعد
const F_KHILAL = 14; // خلال، في غضون، طوال
const F_MUWAFIQ = 15; // الموافق
const F_AKTHAR = 16; // أكثر
const F_AQALL = 17; // أقل
const F_NAHW = 18; // نحو، حوالي، قرابة
const F_TAMAM = 19; // تمام
const F_SINCE = 20; // اعتباراً من، ابتداءً من
const F_ILLA = 21; // إلا
const F_DUAL = 22; // عامي، يومي (construct duals after بين)
const F_AL = 23; // الـ (article before digits)
const F_FI_ANA = 24; // في/عند (before a time)
const F_AKHIR = 25; // آخر
const F_AWWAL = 26; // أول (week-of-month)
const F_USBU = 27; // أسبوع (indefinite, week-of-month)
const F_AMPM = 28; // ص / م after a clock time
const F_RUB = 29; // ربع / ثلث after إلا
const F_FIRST = 30; // فاتح، غرة: the first of a month
const F_AQD = 31; // عقد (decade noun)
const F_QARN = 32; // القرن
const F_PRAYER = 33; // صلاة، خطبة: الجمعة as prayer
const F_TILKA = 34; // تلك، ذات، نفس: الليلة as "that night"
const F_ONE = 35; // الواحد (الواحد الأحد), كلا (كلا الاثنين)
const F_BY = 36; // بحلول, مع حلول: a deadline (بحلول 2030), outside the mention

interface Feat {
  c: number;
  v: number;
  t: number; // tier, or a secondary value
  rest: string[];
}

type Table = Map<string, Feat[]>;
let table: Table | undefined;

function add(map: Table, phrase: string, c: number, v: number, t = 0): void {
  const words = fold(phrase).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return;
  const key = words[0];
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  const rest = words.slice(1);
  if (list.some((f) => f.c === c && f.v === v && f.t === t && f.rest.join(' ') === rest.join(' '))) return;
  list.push({ c, v, t, rest });
  // Longest phrase first, so the first full match is the longest one.
  list.sort((a, b) => b.rest.length - a.rest.length);
}

// Compound written with و glued or spaced: الحادي والعشرين / الحادي و العشرين.
function addWaw(map: Table, first: string, second: string, c: number, v: number, t = 0): void {
  add(map, `${first} و${second}`, c, v, t);
  add(map, `${first} و ${second}`, c, v, t);
}

/* @__NO_SIDE_EFFECTS__ */
function buildTable(): Table {
  const m: Table = new Map();
  GREGORIAN_MONTHS.forEach((forms, i) => forms.forEach(([f, tier]) => add(m, f, GM, i + 1, tier)));
  HIJRI_MONTHS.forEach((forms, i) => forms.forEach(([f, tier]) => add(m, f, HM, i + 1, tier)));
  WEEKDAYS.forEach((forms, i) => forms.forEach(([f, tier]) => add(m, f, WD, i, tier)));
  DAY_ORDINALS.forEach((forms, i) => forms.forEach((f) => add(m, f, ORD, i)));
  for (let u = 1; u <= 9; u++) {
    for (const [tens, tensForms] of ORDINAL_TENS) {
      if (tens + u > 31) continue;
      for (const uf of ORDINAL_UNITS[u]) for (const tf of tensForms) addWaw(m, uf, tf.slice(0), ORD, tens + u);
    }
  }
  for (const tf of ORDINAL_TENS[1][1]) add(m, tf, ORD, 30);
  HOUR_ORDINALS.forEach((forms, i) => forms.forEach((f) => add(m, f, HORD, i)));
  CARDINALS.forEach((forms, i) => forms.forEach((f) => {
    add(m, f, CARD, i);
    add(m, 'ال' + f, CARD, i, 1);
    if (i >= 1 && i <= 9) {
      add(m, `${f} عشر`, CARD, 10 + i);
      add(m, `${f} عشرة`, CARD, 10 + i);
      for (const [tens, tf] of CARDINAL_TENS) if (tens < 100) for (const t of tf) addWaw(m, f, t, CARD, tens + i);
    }
  }));
  add(m, 'أحد عشر', CARD, 11);
  add(m, 'إحدى عشرة', CARD, 11);
  add(m, 'اثنا عشر', CARD, 12);
  add(m, 'اثني عشر', CARD, 12);
  add(m, 'اثنتي عشرة', CARD, 12);
  for (const [tens, tf] of CARDINAL_TENS) for (const t of tf) add(m, t, CARD, tens);
  UNIT_WORDS.forEach(([f, unit, count]) => add(m, f, UNIT, UNITS.indexOf(unit), count));
  DEFINITE_UNITS.forEach(([f, unit, plural]) => add(m, f, DUNIT, UNITS.indexOf(unit), plural ? 1 : 0));
  DIRECTION_WORDS.forEach(([f, d]) => add(m, f, DIR, d));
  PARTS_OF_DAY.forEach(([, forms], i) => forms.forEach((f) => add(m, f, POD, i)));
  add(m, 'بعد الظهر', POD, PARTS_OF_DAY.length, 0);
  add(m, 'بعد الظهيرة', POD, PARTS_OF_DAY.length, 0);
  HOUR_FRACTIONS.forEach(([f, mins]) => {
    add(m, f, FRAC, mins);
    add(m, 'و ' + f.slice(1), FRAC, mins);
  });
  RELATIVE_DAYS.forEach(([f, off]) => add(m, f, REL, off));
  VAGUE_WORDS.forEach(([f, dir]) => add(m, f, VAGUE, dir === 'past' ? -1 : dir === 'present' ? 0 : 1));
  PERIOD_PARTS.forEach(([f, p]) => add(m, f, PART, p === 'start' ? 0 : p === 'mid' ? 1 : 2));
  // quarters, halves and thirds of a year (company results, budgets): الربع الأول من عام 2023
  const nth = ['الأول', 'الثاني', 'الثالث', 'الرابع'];
  nth.forEach((o, k) => add(m, 'الربع ' + o, SHARE, k + 1, 3));
  add(m, 'الربع الأخير', SHARE, 4, 3);
  nth.slice(0, 2).forEach((o, k) => add(m, 'النصف ' + o, SHARE, k + 1, 6));
  add(m, 'النصف الأخير', SHARE, 2, 6);
  nth.slice(0, 3).forEach((o, k) => add(m, 'الثلث ' + o, SHARE, k + 1, 4));
  add(m, 'الثلث الأخير', SHARE, 3, 4);
  DECADES.forEach(([d, forms]) => forms.forEach((f) => {
    add(m, f, DEC, d);
    add(m, f.slice(2), DEC, d, 1); // construct: تسعينيات القرن الماضي
  }));
  CENTURIES.forEach(([c, forms]) => forms.forEach((f) => add(m, f, CENT, c)));
  HOLIDAYS.forEach((h, i) => h.forms.forEach((f) => add(m, f, HOL, i)));
  SEASONS.forEach(([forms], i) => forms.forEach((f) => add(m, f, SEASON, i)));
  HIJRI_ERA.forEach((f) => add(m, f, HERA, 0));
  add(m, 'هـ ق', HERA, 0);
  GREGORIAN_ERA.forEach((f) => add(m, f, GERA, 0));
  add(m, 'الليلة', TONIGHT, 0);
  add(m, 'هذه الليلة', TONIGHT, 0);
  add(m, 'الليلة الماضية', TONIGHT, -1);
  add(m, 'الليلة المقبلة', TONIGHT, 1);
  EVENT_NOUNS.forEach((f) => add(m, f, EVENT, 0));
  const fw: [string, number][] = [
    ['في', F_FI], ['منذ', F_MUNDH], ['مذ', F_MUNDH], ['حتى', F_HATTA], ['لغاية', F_HATTA], ['إلى غاية', F_HATTA], ['الى غاية', F_HATTA],
    ['حتى تاريخ', F_HATTA], ['بحلول', F_BY], ['مع حلول', F_BY], ['من', F_MIN], ['إلى', F_ILA], ['الى', F_ILA], ['بين', F_BAYN], ['ما بين', F_BAYN],
    ['عام', F_AM], ['العام', F_AM], ['سنة', F_AM], ['السنة', F_AM], ['يوم', F_YAWM], ['الساعة', F_SAA],
    ['شهر', F_SHAHR], ['هذا', F_HADHA], ['هذه', F_HADHA], ['قبل', F_QABL], ['بعد', F_BAAD],
    ['خلال', F_KHILAL], ['في غضون', F_KHILAL], ['طوال', F_KHILAL], ['على مدى', F_KHILAL], ['على مدار', F_KHILAL],
    ['الموافق', F_MUWAFIQ], ['الموافقة', F_MUWAFIQ], ['الموافق ل', F_MUWAFIQ], ['أكثر من', F_AKTHAR], ['أقل من', F_AQALL],
    ['نحو', F_NAHW], ['حوالي', F_NAHW], ['قرابة', F_NAHW], ['زهاء', F_NAHW], ['ما يقارب', F_NAHW], ['ما يقرب من', F_NAHW], ['قرابة', F_NAHW],
    ['تمام', F_TAMAM], ['اعتباراً من', F_SINCE], ['اعتبارا من', F_SINCE], ['ابتداءً من', F_SINCE], ['ابتداء من', F_SINCE], ['بدءاً من', F_SINCE], ['بدءا من', F_SINCE],
    ['إلا', F_ILLA], ['الا', F_ILLA], ['عامي', F_DUAL], ['يومي', F_DUAL], ['سنتي', F_DUAL], ['شهري', F_DUAL],
    ['الـ', F_AL], ['ال', F_AL], ['عند', F_FI_ANA], ['آخر', F_AKHIR], ['أخر', F_AKHIR], ['أول', F_AWWAL], ['أسبوع', F_USBU],
    ['ص', F_AMPM], ['م', F_AMPM], ['ربع', F_RUB], ['ربعا', F_RUB], ['ثلث', F_RUB], ['ثلثا', F_RUB],
    ['فاتح', F_FIRST], ['غرة', F_FIRST], ['مستهل', F_FIRST], ['عقد', F_AQD], ['القرن', F_QARN],
    ['صلاة', F_PRAYER], ['خطبة', F_PRAYER], ['خطيب', F_PRAYER], ['صلوات', F_PRAYER], ['مسجد', F_PRAYER],
    ['تلك', F_TILKA], ['ذات', F_TILKA], ['نفس', F_TILKA], ['الواحد', F_ONE], ['كلا', F_ONE], ['هذين', F_ONE],
  ];
  for (const [f, id] of fw) add(m, f, FW, id);
  return m;
}

const UNITS: readonly DateUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'];
const U_SECOND = 0;
const U_MINUTE = 1;
const U_HOUR = 2;
const U_DAY = 3;
const U_WEEK = 4;
const U_MONTH = 5;
const U_YEAR = 6;
const U_DECADE = 7;
const U_CENTURY = 8;

// ---------------------------------------------------------------- values

/** A resolved calendar period: epoch days [a, b) at a grain, or unresolved (needs ref). */
interface DV {
  g: Grain;
  a: number;
  b: number;
  ok: boolean; // false: needs a ref that is missing, or impossible
  rel: boolean;
  cal: 'gregorian' | 'hijri';
  hijri?: string;
  /** The period is not a Gregorian unit (a Hijri month or year): output as an interval of days. */
  iv?: boolean;
  flags: string[];
  wd?: number;
  /** Only a day number was given (من 5 إلى 7 نوفمبر): borrows month and year. */
  dayOnly?: number;
  invalid?: boolean;
  /** The year was inferred from ref (a yearless date): a range may give it a stated year. */
  yl?: boolean;
  /** Grain of the interval endpoints (from/to) when `iv`. */
  ig?: Grain;
  /** Parts of days: the interval as date-times. */
  from?: string;
  to?: string;
}

interface Match {
  s: number; // start offset
  j: number; // next token
}
interface DayMatch extends Match {
  dv: DV;
  kind: 'date' | 'weekday' | 'rel' | 'holiday' | 'period';
}

function fmtAt(g: Grain, day: number): string {
  switch (g) {
    case 'year':
      return fmtY(fromEpochDay(day).y);
    case 'month': {
      const { y, m } = fromEpochDay(day);
      return fmtYM(y, m);
    }
    case 'week':
      return fmtWeek(day);
    default:
      return fmtDay(day);
  }
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

const GRAIN_ORDER: Record<Grain, number> = { year: 0, month: 1, week: 2, day: 3, hour: 4, minute: 5, second: 6 };
function finer(a: Grain, b: Grain): Grain {
  return GRAIN_ORDER[a] >= GRAIN_ORDER[b] ? a : b;
}

function addMonths(y: number, m: number, n: number): [number, number] {
  const t = y * 12 + (m - 1) + n;
  return [Math.floor(t / 12), (t % 12 + 12) % 12 + 1];
}

// ---------------------------------------------------------------- the parser

interface Reading {
  f: Feat;
  cl: number; // proclitic letters stripped
  j: number; // next token after the phrase
}

const PROCLITIC = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** A lexicon key that a word reads as: the phrases starting with it, and the proclitic letters stripped. */
interface KeyHit {
  feats: Feat[];
  cl: number;
}
const NO_KEY_HITS: readonly KeyHit[] = [];
/** Key hits by word (words, and numbers/punctuation apart), for one table; bounded. */
let keyHitsTable: Table | undefined;
let keyHitsWords: Map<string, readonly KeyHit[]> | undefined;
let keyHitsOthers: Map<string, readonly KeyHit[]> | undefined;
const KEY_HITS_MAX = 50_000;

/**
 * The lexicon keys word `w` reads as, in order: itself, then without a proclitic (وفي → في,
 * للعام → العام), then without two (وبعد → بعد). News text repeats its words, so each distinct
 * word is looked up once.
 */
function keyHits(tab: Table, w: string, isWord: boolean): readonly KeyHit[] {
  if (keyHitsTable !== tab || keyHitsWords === undefined || keyHitsOthers === undefined) {
    keyHitsTable = tab;
    keyHitsWords = new Map();
    keyHitsOthers = new Map();
  }
  const memo = isWord ? keyHitsWords : keyHitsOthers;
  const seen = memo.get(w);
  if (seen !== undefined) return seen;
  let hits: KeyHit[] | undefined;
  const look = (key: string, cl: number): void => {
    const feats = tab.get(key);
    if (feats !== undefined) (hits ??= []).push({ feats, cl });
  };
  look(w, 0);
  if (isWord && w.length > 2 && PROCLITIC.has(w[0]!)) {
    look(w.slice(1), 1);
    if (w[0] === 'ل' && w[1] === 'ل') look('ا' + w.slice(1), 1); // للعام = ل + العام
    if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') && PROCLITIC.has(w[1]!) && w[1] !== 'و' && w[1] !== 'ف') {
      look(w.slice(2), 2);
      if (w[1] === 'ل' && w[2] === 'ل') look('ا' + w.slice(2), 2);
    }
  }
  if (memo.size >= KEY_HITS_MAX) memo.clear();
  const result = hits ?? NO_KEY_HITS;
  memo.set(w, result);
  return result;
}
const EMPTY: Reading[] = [];

/** Options the grammar needs. */
export interface GrammarOptions {
  ref: RefDate | undefined;
  prefer: Prefer;
}

/**
 * Runs the grammar over a token stream.
 *
 * @param s - the token stream
 * @param opts - reference date and preference
 * @returns the mentions (sorted, non-overlapping) and the messages about the text
 */
export function runGrammar(s: Stream, opts: GrammarOptions): { dates: TaggedDate[]; messages: Message[] } {
  if (table === undefined) table = buildTable();
  return new Parser(s, opts, table).run();
}

class Parser {
  private readonly s: Stream;
  private readonly ref: RefDate | undefined;
  private readonly prefer: Prefer;
  private readonly tab: Table;
  private readonly rd: (Reading[] | undefined)[];
  private readonly dates: TaggedDate[] = [];
  private readonly messages: Message[] = [];
  private readonly memo = new Map<number, DayMatch | undefined>();
  /**
   * The last date emitted with its year written out (يوم 12 جويلية 2025): a day or month without
   * a year later in the same sentence is read after it (… وتستمر حتى 3 أوت → 2025-08-03), as a
   * reader would, rather than around the document's date.
   */
  private anchor: { ref: RefDate; end: number } | undefined;

  constructor(s: Stream, opts: GrammarOptions, tab: Table) {
    this.s = s;
    this.ref = opts.ref;
    this.prefer = opts.prefer;
    this.tab = tab;
    this.rd = new Array<Reading[] | undefined>(s.length);
  }

  // ------------------------------------------------------------ token helpers

  private norm(i: number): string {
    return i < this.s.length ? this.s.norm[i] : '';
  }
  private isPunct(i: number, chars: string): boolean {
    return i < this.s.length && this.s.kind[i] === KP && chars.includes(this.s.norm[i]);
  }
  private num(i: number): number {
    return i < this.s.length && this.s.kind[i] === KN ? Number(this.s.norm[i]) : -1;
  }
  private digits(i: number): number {
    return i < this.s.length && this.s.kind[i] === KN ? this.s.norm[i].length : 0;
  }
  /** True when token i directly touches token i+1 (no space). */
  private glued(i: number): boolean {
    return i + 1 < this.s.length && this.s.end[i] === this.s.start[i + 1];
  }

  /** Readings of token i: lexicon phrases starting there, with or without proclitics. */
  private readings(i: number): Reading[] {
    if (i >= this.s.length) return EMPTY;
    const cached = this.rd[i];
    if (cached !== undefined) return cached;
    let out: Reading[] | undefined;
    const kind = this.s.kind[i];
    const w = this.s.norm[i];
    if (kind === KW || kind === KN || (kind === KP && w.length === 1)) {
      for (const hit of keyHits(this.tab, w, kind === KW)) out = this.extend(hit.feats, hit.cl, i, out);
    }
    const result = out ?? EMPTY;
    this.rd[i] = result;
    return result;
  }

  /** The phrases of `feats` whose remaining words follow token i. */
  private extend(feats: Feat[], cl: number, i: number, out: Reading[] | undefined): Reading[] | undefined {
    for (const f of feats) {
      let j = i + 1;
      let ok = true;
      for (const r of f.rest) {
        if (j < this.s.length && this.s.norm[j] === r) j++;
        else {
          ok = false;
          break;
        }
      }
      if (ok) (out ??= []).push({ f, cl, j });
    }
    return out;
  }

  /** The first reading of token i in category c (optionally only without a clitic). */
  private read(i: number, c: number, noClitic = false): Reading | undefined {
    for (const r of this.readings(i)) if (r.f.c === c && (!noClitic || r.cl === 0)) return r;
    return undefined;
  }
  private fw(i: number, id: number, noClitic = false): Reading | undefined {
    for (const r of this.readings(i)) if (r.f.c === FW && r.f.v === id && (!noClitic || r.cl === 0)) return r;
    return undefined;
  }

  /** Original offset where the stem of token i starts after `cl` proclitic letters. */
  private stemStart(i: number, cl: number): number {
    let p = this.s.start[i];
    if (cl === 0) return p;
    const text = this.s.text;
    const end = this.s.end[i];
    let letters = 0;
    while (p < end && letters < cl) {
      if (fold(text[p]).length > 0) letters++;
      p++;
      // Skip harakat and tatweel attached to the clitic (بـ، وَ).
      while (p < end && fold(text[p]).length === 0) p++;
    }
    return p;
  }

  private prevStemIs(i: number, c: number, v?: number): boolean {
    if (i <= 0) return false;
    for (const r of this.readings(i - 1)) if (r.f.c === c && (v === undefined || r.f.v === v) && r.j === i) return true;
    return false;
  }

  // ------------------------------------------------------------ output

  private emit(start: number, j: number, m: Omit<TaggedDate, 'start' | 'end' | 'text'>): void {
    const end = this.s.end[j - 1];
    const text = this.s.text.slice(start, end);
    const out = { start, end, text, ...m } as TaggedDate;
    if (out.flags !== undefined && out.flags.length === 0) delete out.flags;
    this.dates.push(out);
  }

  /**
   * After emitting `dv` (ending at token j): a Gregorian date with its year written out becomes
   * the anchor (a month or year by its middle); a date told from the document's date (أمس, الشهر
   * الماضي) brings the story back to it and drops the anchor; a year-less one leaves it.
   */
  private noteAnchor(dv: DV, j: number): void {
    if (!dv.ok || dv.yl) return;
    const before = this.anchor;
    if (dv.rel || dv.cal !== 'gregorian') this.anchor = undefined;
    else {
      const day = dv.g === 'year' || dv.g === 'month' || dv.g === 'week' ? (dv.a + dv.b) >> 1 : dv.a;
      const ymd = fromEpochDay(day);
      this.anchor = { ref: { ...ymd, day }, end: this.s.end[j - 1] };
    }
    if (this.anchor !== before) this.memo.clear(); // a year-less date looked at before may now read otherwise
  }

  /**
   * The year of a Gregorian month (and day, 0 for a whole month) written without one, at offset
   * `at`: from the anchor in the same sentence, else around the reference date.
   */
  private yearOf(m: number, d: number, at: number): number {
    const a = this.anchor;
    // News tells events in order: the first such date on or after the anchor (نوفمبر 2020 … ثم في
    // يناير → January 2021; 5 مارس 2019 … ثم في 10 ديسمبر → December 2019).
    if (a !== undefined && at >= a.end && this.sameSentence(a.end, at)) return yearFor(m, d, a.ref, 'future');
    return yearFor(m, d, this.ref!, this.prefer);
  }

  /** No sentence end (. ! ? ؟ before a space, a line break) in text[from, to), and not far. */
  private sameSentence(from: number, to: number): boolean {
    if (to - from > 300) return false;
    const t = this.s.text;
    for (let p = from; p < to; p++) {
      const c = t.charCodeAt(p);
      if (c === 0x0a || c === 0x21 || c === 0x3f || c === 0x061f) return false;
      if (c === 0x2e && (p + 1 >= t.length || t.charCodeAt(p + 1) === 0x20 || t.charCodeAt(p + 1) === 0x0a)) return false;
    }
    return true;
  }

  private message(start: number, end: number, ruleId: string, reason: string, severity: 'info' | 'warning'): void {
    this.messages.push({ start, end, ruleId, reason, severity });
  }

  // ------------------------------------------------------------ main loop

  run(): { dates: TaggedDate[]; messages: Message[] } {
    const n = this.s.length;
    let i = 0;
    while (i < n) {
      const k = this.s.kind[i];
      if ((k !== KN && this.readings(i).length === 0) || k === KP) {
        i++;
        continue;
      }
      if (this.onlyFunctionWords(i)) {
        i++;
        continue;
      }
      const next = this.tryAt(i);
      i = next > i ? next : i + 1;
    }
    // (with a ref, what stays unresolved has its own message: dates/ref-time for an hour offset)
    if (this.ref === undefined) for (const d of this.dates) {
      if (d.relative && d.value === undefined && d.from === undefined && d.to === undefined && d.vague === undefined && !(d.flags ?? []).includes('invalid_date')) {
        this.message(d.start, d.end, 'dates/no-ref', `"${d.text}" is relative: pass a reference date (ref) to resolve it`, 'info');
      }
    }
    // Rules are tried speculatively: keep one copy of each message, and only those inside a mention.
    const seen = new Set<string>();
    const kept: Message[] = [];
    this.messages.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const m of this.messages) {
      const key = `${m.start}:${m.end}:${m.ruleId}`;
      if (seen.has(key)) continue;
      // Mentions do not overlap: only the last one starting at or before m can contain it.
      let lo = 0;
      let hi = this.dates.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (this.dates[mid].start <= m.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const inside = at >= 0 && m.end <= this.dates[at].end;
      if (!inside) continue;
      seen.add(key);
      kept.push(m);
    }
    return { dates: this.dates, messages: kept };
  }

  // في، من، بعد… start a date only when a date word or a number follows them.
  private onlyFunctionWords(i: number): boolean {
    const rs = this.readings(i);
    if (rs.length === 0) return false;
    for (const r of rs) {
      if (r.f.c !== FW) return false;
      const j = r.j;
      if (j < this.s.length && (this.s.kind[j] === KN || this.readings(j).length > 0)) return false;
      if (j + 1 < this.s.length && this.s.kind[j] === KW && this.s.norm[j].length <= 2 && this.s.kind[j + 1] === KN) return false; // في بـ2019
    }
    return true;
  }

  /** Tries every rule at token i, emits the longest match, returns the next token index. */
  private tryAt(i: number): number {
    type Cand = { j: number; s: number; fn: () => void };
    let best: Cand | undefined;
    const consider = (c: Cand | undefined): void => {
      if (c === undefined || c.j <= i) return;
      if (best === undefined || c.j > best.j || (c.j === best.j && c.s < best.s)) best = c;
    };
    consider(this.rangeRule(i));
    consider(this.timeRule(i));
    consider(this.dayRule(i));
    consider(this.durationRule(i));
    consider(this.periodRule(i));
    consider(this.vagueRule(i));
    if (best === undefined) return i + 1;
    best.fn();
    return best.j;
  }

  // ------------------------------------------------------------ numbers

  /** A cardinal at i: digits or number words (ثلاثة، خمسة عشر، خمسة وعشرين). */
  private cardinal(i: number): { v: number; j: number; s: number; art: boolean } | undefined {
    const n = this.num(i);
    if (n >= 0) return { v: n, j: i + 1, s: this.s.start[i], art: false };
    const al = this.fw(i, F_AL, true);
    if (al !== undefined && this.glued(i) && this.num(i + 1) >= 0) return { v: this.num(i + 1), j: i + 2, s: this.s.start[i], art: true };
    const r = this.read(i, CARD);
    if (r === undefined) return undefined;
    return { v: r.f.v, j: r.j, s: this.stemStart(i, r.cl), art: r.f.t === 1 };
  }

  /** A day of the month at i: 1–31 in digits, an ordinal (العاشر، الحادي والعشرين), فاتح/غرة. */
  private dayNum(i: number): { d: number; j: number; s: number; ord: boolean } | undefined {
    const n = this.num(i);
    if (n >= 1 && n <= 31 && this.digits(i) <= 2) return { d: n, j: i + 1, s: this.s.start[i], ord: false };
    const r = this.read(i, ORD);
    if (r !== undefined) return { d: r.f.v, j: r.j, s: this.stemStart(i, r.cl), ord: true };
    const f = this.fw(i, F_FIRST);
    if (f !== undefined) return { d: 1, j: f.j, s: this.stemStart(i, f.cl), ord: true };
    return undefined;
  }

  /** A month name at i, with its pair (نوفمبر/تشرين الثاني, أكتوبر (تشرين الأول)). */
  private month(i: number): { m: number; cal: 'gregorian' | 'hijri'; tier: number; j: number; s: number; cl: number } | undefined {
    let r = this.read(i, GM);
    let cal: 'gregorian' | 'hijri' = 'gregorian';
    const h = this.read(i, HM);
    if (h !== undefined && (r === undefined || h.j > r.j)) {
      r = h;
      cal = 'hijri';
    }
    if (r === undefined) return undefined;
    const c = r.f.c;
    let j = r.j;
    let tier = r.f.t;
    // Paired names are one month: نوفمبر/تشرين الثاني, مايو-أيار, أكتوبر (تشرين الأول).
    if (this.isPunct(j, '/-') ) {
      const p = this.readPlain(j + 1, c, r.f.v);
      if (p !== undefined) {
        j = p;
        tier = 0;
      }
    } else if (this.isPunct(j, '(')) {
      const p = this.readPlain(j + 1, c, r.f.v);
      if (p !== undefined && this.isPunct(p, ')')) {
        j = p + 1;
        tier = 0;
      }
    } else {
      // … or written side by side: في نوفمبر تشرين الثاني الماضي
      const p = this.readPlain(j, c, r.f.v);
      if (p !== undefined) {
        j = p;
        tier = 0;
      }
    }
    return { m: r.f.v, cal, tier, j, s: this.stemStart(i, r.cl), cl: r.cl };
  }

  private readPlain(i: number, c: number, v: number): number | undefined {
    for (const r of this.readings(i)) if (r.f.c === c && r.f.v === v && r.cl === 0) return r.j;
    return undefined;
  }

  /** A year after a month or on its own: [،] [عام|سنة] 2021 [م|هـ]. */
  private yearAfter(i: number, cal: 'gregorian' | 'hijri'): { y: number; cal: 'gregorian' | 'hijri'; j: number } | undefined {
    let k = i;
    if (this.isPunct(k, ',،')) k++;
    // شهر رمضان من عام 1444, رمضان المبارك لعام 1444: من before, or ل on, the year noun
    const min = this.fw(k, F_MIN, true);
    const ka = min !== undefined ? min.j : k;
    let am = this.fw(ka, F_AM, true);
    if (am === undefined && min === undefined) {
      const la = this.fw(k, F_AM);
      if (la !== undefined && la.cl === 1 && this.s.norm[k].charCodeAt(0) === 0x0644) am = la;
    }
    if (min !== undefined && am === undefined) return undefined;
    if (am !== undefined) k = am.j;
    const y = this.num(k);
    const dg = this.digits(k);
    if (y < 0 || dg < 3 || dg > 4) return undefined;
    let j = k + 1;
    let ycal = cal;
    const he = this.read(j, HERA, true);
    const ge = this.read(j, GERA, true);
    if (he !== undefined) {
      ycal = 'hijri';
      j = he.j;
    } else if (ge !== undefined && this.isEraM(j, ge)) {
      ycal = 'gregorian';
      j = ge.j;
    }
    if (ycal === 'gregorian' && (y < 1000 || y > 2999) && am === undefined) return undefined;
    if (ycal === 'hijri' && (y < 1 || y > 1600)) return undefined;
    return { y, cal: ycal, j };
  }

  // م after a year is the era; it must stand alone (not the start of a word).
  private isEraM(j: number, r: Reading): boolean {
    return r.cl === 0 && j < this.s.length;
  }

  // ------------------------------------------------------------ day-level expressions

  private make(g: Grain, a: number, b: number, rel: boolean, cal: 'gregorian' | 'hijri' = 'gregorian'): DV {
    return { g, a, b, ok: true, rel, cal, flags: [] };
  }
  private unresolved(g: Grain, cal: 'gregorian' | 'hijri' = 'gregorian'): DV {
    return { g, a: 0, b: 0, ok: false, rel: true, cal, flags: [] };
  }

  private dayDV(y: number, m: number, d: number, rel: boolean, at: number, endTok: number): DV {
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return this.invalid(at, endTok, `${d}/${m}/${y}`);
    const a = dayNumber(y, m, d);
    return this.make('day', a, a + 1, rel);
  }

  private invalid(at: number, endTok: number, what: string): DV {
    this.message(at, this.s.end[endTok - 1], 'dates/impossible-date', `no such date: ${what}`, 'warning');
    return { g: 'day', a: 0, b: 0, ok: false, rel: false, cal: 'gregorian', flags: ['invalid_date'], invalid: true };
  }

  private hijriDV(hy: number | undefined, hm: number, hd: number | undefined, at: number, endTok: number): DV {
    let rel = false;
    let y = hy;
    if (y === undefined) {
      if (this.ref === undefined) return this.unresolved(hd === undefined ? 'month' : 'day', 'hijri');
      rel = true;
      y = this.hijriYearFor(hm, hd ?? 0);
    }
    if (hd === undefined) {
      const a = hijriMonthStart(y, hm);
      const b = hm === 12 ? hijriMonthStart(y + 1, 1) : hijriMonthStart(y, hm + 1);
      const dv = this.make('month', a, b, rel, 'hijri');
      dv.iv = true;
      dv.hijri = `${fmtY(y)}-${pad2(hm)}`;
      return dv;
    }
    const a = fromHijri(y, hm, hd);
    if (a === undefined) {
      const dv = this.invalid(at, endTok, `${hd} ${HIJRI_MONTHS[hm - 1][0][0]} ${y}`);
      dv.cal = 'hijri';
      return dv;
    }
    const dv = this.make('day', a, a + 1, rel, 'hijri');
    dv.hijri = `${fmtY(y)}-${pad2(hm)}-${pad2(hd)}`;
    return dv;
  }

  private hijriYearFor(hm: number, hd: number): number {
    const ref = this.ref!;
    const hy = toHijri(ref.day).year;
    let best = hy;
    let bestScore = Infinity;
    for (let y = hy - 1; y <= hy + 1; y++) {
      const a = hijriMonthStart(y, hm) + (hd > 0 ? hd - 1 : 0);
      const b = hd > 0 ? a + 1 : hm === 12 ? hijriMonthStart(y + 1, 1) : hijriMonthStart(y, hm + 1);
      const dist = ref.day >= a && ref.day < b ? 0 : b <= ref.day ? ref.day - b + 1 : a - ref.day;
      const past = b <= ref.day || dist === 0;
      const future = a >= ref.day || dist === 0;
      if (this.prefer === 'past' && !past) continue;
      if (this.prefer === 'future' && !future) continue;
      const score = dist * 2 + (past ? 0 : 1);
      if (score < bestScore) {
        bestScore = score;
        best = y;
      }
    }
    return best;
  }

  private hijriYearDV(hy: number): DV {
    const a = hijriMonthStart(hy, 1);
    const dv = this.make('year', a, hijriMonthStart(hy + 1, 1), false, 'hijri');
    dv.iv = true;
    dv.hijri = fmtY(hy);
    return dv;
  }

  private monthDV(y: number | undefined, m: number, at = -1): DV {
    let yy = y;
    let rel = false;
    if (yy === undefined) {
      if (this.ref === undefined) return this.unresolved('month');
      yy = at >= 0 ? this.yearOf(m, 0, at) : yearFor(m, 0, this.ref, this.prefer);
      rel = true;
    }
    const a = dayNumber(yy, m, 1);
    const dv = this.make('month', a, a + daysInMonth(yy, m), rel);
    if (y === undefined) dv.yl = true;
    return dv;
  }

  /** "من عام 2022", "من العام الماضي", "من هذا العام" after a month: the year, where it ends, and whether it is relative. */
  private ofYear(j: number): { y: number; j: number; rel: boolean } | undefined {
    const min = this.fw(j, F_MIN, true);
    if (min === undefined) return undefined;
    const yr = this.yearAfter(min.j, 'gregorian');
    if (yr !== undefined) return yr.cal === 'gregorian' ? { y: yr.y, j: yr.j, rel: false } : undefined;
    const rp = this.relPeriod(min.j);
    if (rp === undefined || !rp.dv.ok || rp.dv.g !== 'year') return undefined;
    return { y: fromEpochDay(rp.dv.a).y, j: rp.j, rel: true };
  }

  private yearForDir(m: number, dir: number): number {
    const ref = this.ref!;
    if (dir < 0) return m < ref.m ? ref.y : ref.y - 1;
    if (dir > 0) return m > ref.m ? ref.y : ref.y + 1;
    return ref.y;
  }

  private yearDV(y: number): DV {
    return this.make('year', dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1), false);
  }

  /** Is the token before i a context that makes a homograph month or a bare year a date? */
  private temporalContext(i: number, cl: number): boolean {
    if (cl > 0) {
      const w = this.s.norm[i];
      // باب (a door, a gate: معبر باب سبتة) is no ب + آب
      if (w.endsWith('باب')) return false;
      if (w.startsWith('ب') || w.startsWith('ل') || w.startsWith('وب') || w.startsWith('فب') || w.startsWith('ول')) return true;
    }
    if (i === 0) return false;
    // انتخابات 2016, موازنة 2024: nouns of a period name its year
    if (this.s.kind[i - 1] === KW && YEAR_NOUNS.has(this.s.norm[i - 1])) return true;
    // كأس العالم 2026, كأس أمم إفريقيا 2025: a tournament's name ends with its year
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (this.s.kind[k] !== KW) break;
      if (TOURNAMENTS.has(this.s.norm[k])) return true;
    }
    // بـ2019: a lone clitic glued to the number.
    if (this.glued(i - 1) && this.s.kind[i - 1] === KW) {
      const w = this.s.norm[i - 1];
      if (w === 'ب' || w === 'ل' || w === 'وب' || w === 'ول' || w === 'فب' || w === 'في') return true;
    }
    for (const r of this.readings(i - 1)) {
      if (r.j !== i) continue;
      if (r.f.c === PART) return true;
      if (r.f.c === FW && (r.f.v === F_FI || r.f.v === F_MUNDH || r.f.v === F_HATTA || r.f.v === F_MIN || r.f.v === F_ILA || r.f.v === F_BAYN ||
        r.f.v === F_QABL || r.f.v === F_BAAD || r.f.v === F_KHILAL || r.f.v === F_SHAHR || r.f.v === F_DUAL || r.f.v === F_SINCE || r.f.v === F_FI_ANA || r.f.v === F_BY)) return true;
    }
    return false;
  }

  private afterEventNoun(i: number): boolean {
    return i > 0 && this.prevStemIs(i, EVENT);
  }

  /** Absolute or partial calendar dates: 6 نوفمبر 2021, العاشر من أكتوبر, أبريل 25, 2024, 25/4/2024, عام 2019, رمضان 1443هـ. */
  private dateCore(i: number, ctx: boolean): DayMatch | undefined {
    // Numeric dates first: 25/4/2024, 2024-04-25, 25.04.2024.
    if (this.s.kind[i] === KN) {
      const nd = this.numericDate(i);
      if (nd !== undefined) return nd;
    }
    // يوم 15 ذو القعدة, يوم الثلاثين من يونيو
    const yawm = this.fw(i, F_YAWM);
    if (yawm !== undefined && this.dayNum(yawm.j) !== undefined) {
      const inner = this.dateCore(yawm.j, true);
      if (inner !== undefined && inner.dv.g === 'day') return { ...inner, s: this.stemStart(i, yawm.cl) };
    }
    const dn = this.dayNum(i);
    if (dn !== undefined) {
      let k = dn.j;
      // الخامس من يونيو, 15 في مارس; not an ordinal before في: دور الانعقاد الأول في تشرين الثاني
      // is the first session, held in November
      const min = this.fw(k, F_MIN, true) ?? (dn.ord ? undefined : this.fw(k, F_FI, true));
      if (min !== undefined) k = min.j;
      else if (dn.ord && this.isPunct(k, '/')) k++;
      // الخامس عشر من شهر شعبان: "شهر" before the month's name
      const shahr = min !== undefined ? this.fw(k, F_SHAHR, true) : undefined;
      if (shahr !== undefined && this.month(shahr.j) !== undefined) k = shahr.j;
      // الخامس من الشهر الجاري
      const du = this.read(k, DUNIT, true);
      if (du !== undefined && du.f.v === U_MONTH && du.f.t === 0 && (dn.ord || min !== undefined)) {
        const dir = this.read(du.j, DIR, true);
        if (dir !== undefined || this.fw(k - 1, F_MIN) !== undefined) {
          const off = dir?.f.v ?? 0;
          const j = dir?.j ?? du.j;
          if (dir === undefined && !dn.ord) return undefined;
          if (this.ref === undefined) return { s: dn.s, j, dv: this.unresolved('day'), kind: 'date' };
          const [y, m] = addMonths(this.ref.y, this.ref.m, off);
          return { s: dn.s, j, dv: this.dayDV(y, m, dn.d, true, dn.s, j), kind: 'date' };
        }
      }
      const mo = this.month(k);
      if (mo !== undefined && (!dn.ord || min !== undefined || k === dn.j)) {
        const yr = this.yearAfter(mo.j, mo.cal);
        if (mo.tier === 2 && yr === undefined) return undefined;
        const j = yr?.j ?? mo.j;
        if (mo.cal === 'hijri') return { s: dn.s, j, dv: this.hijriDV(yr?.y, mo.m, dn.d, dn.s, j), kind: 'date' };
        if (yr !== undefined && yr.cal === 'hijri') return undefined;
        if (yr !== undefined) return { s: dn.s, j, dv: this.dayDV(yr.y, mo.m, dn.d, false, dn.s, j), kind: 'date' };
        // 15 أكتوبر من العام الماضي / من عام 2022
        const oy = mo.cal === 'gregorian' ? this.ofYear(mo.j) : undefined;
        if (oy !== undefined) return { s: dn.s, j: oy.j, dv: this.dayDV(oy.y, mo.m, dn.d, oy.rel, dn.s, oy.j), kind: 'date' };
        // 15 مارس الماضي / 6 نوفمبر الجاري
        const md = this.read(mo.j, DIR, true);
        if (md !== undefined && this.ref !== undefined) {
          return { s: dn.s, j: md.j, dv: this.dayDV(this.yearForDir(mo.m, md.f.v), mo.m, dn.d, true, dn.s, md.j), kind: 'date' };
        }
        if (this.ref === undefined) {
          if (dn.d > daysInMonth(2024, mo.m)) return { s: dn.s, j, dv: this.invalid(dn.s, j, `${dn.d}/${mo.m}`), kind: 'date' };
          return { s: dn.s, j, dv: this.unresolved('day'), kind: 'date' };
        }
        const y = this.yearOf(mo.m, Math.min(dn.d, daysInMonth(2024, mo.m)), dn.s);
        const dv = this.dayDV(y, mo.m, dn.d, true, dn.s, j);
        dv.yl = true;
        return { s: dn.s, j, dv, kind: 'date' };
      }
    }
    const mo = this.month(i);
    if (mo !== undefined) {
      // English order (web page headers): أبريل 25, 2024
      const d = this.num(mo.j);
      if (d >= 1 && d <= 31 && this.digits(mo.j) <= 2 && mo.cal === 'gregorian') {
        const yr = this.yearAfter(mo.j + 1, 'gregorian');
        if (yr !== undefined && yr.cal === 'gregorian') return { s: mo.s, j: yr.j, dv: this.dayDV(yr.y, mo.m, d, false, mo.s, yr.j), kind: 'date' };
      }
      const yr = this.yearAfter(mo.j, mo.cal);
      if (yr !== undefined) {
        if (mo.cal === 'hijri') return { s: mo.s, j: yr.j, dv: this.hijriDV(yr.y, mo.m, undefined, mo.s, yr.j), kind: 'date' };
        if (yr.cal === 'gregorian') return { s: mo.s, j: yr.j, dv: this.monthDV(yr.y, mo.m), kind: 'date' };
      }
      // أكتوبر من العام الماضي, مارس من عام 2022
      const oy = mo.cal === 'gregorian' ? this.ofYear(mo.j) : undefined;
      if (oy !== undefined) {
        const dv = this.monthDV(oy.y, mo.m);
        dv.rel = oy.rel;
        return { s: mo.s, j: oy.j, dv, kind: 'date' };
      }
      // آذار الماضي، نوفمبر المقبل، الشهر الجاري: a direction places the month.
      const md = mo.cal === 'gregorian' && mo.tier < 2 ? this.read(mo.j, DIR, true) : undefined;
      if (md !== undefined) {
        if (this.ref === undefined) return { s: mo.s, j: md.j, dv: this.unresolved('month'), kind: 'date' };
        const dv = this.monthDV(this.yearForDir(mo.m, md.f.v), mo.m);
        dv.rel = true;
        return { s: mo.s, j: md.j, dv, kind: 'date' };
      }
      const context = ctx || this.temporalContext(i, mo.cl);
      if (mo.tier === 0 || (mo.tier === 1 && context)) {
        if (mo.cal === 'hijri') return { s: mo.s, j: mo.j, dv: this.hijriDV(undefined, mo.m, undefined, mo.s, mo.j), kind: 'date' };
        return { s: mo.s, j: mo.j, dv: this.monthDV(undefined, mo.m, mo.s), kind: 'date' };
      }
    }
    // شهر 10 / شهر أكتوبر
    const sh = this.fw(i, F_SHAHR);
    if (sh !== undefined) {
      const n = this.num(sh.j);
      if (n >= 1 && n <= 12 && this.digits(sh.j) <= 2) {
        const yr = this.yearAfter(sh.j + 1, 'gregorian');
        const s = this.stemStart(i, sh.cl);
        if (yr !== undefined && yr.cal === 'gregorian') return { s, j: yr.j, dv: this.monthDV(yr.y, n), kind: 'date' };
        return { s, j: sh.j + 1, dv: this.monthDV(undefined, n, s), kind: 'date' };
      }
      const inner = this.month(sh.j);
      if (inner !== undefined) {
        const d = this.dateCore(sh.j, true);
        if (d !== undefined) return { ...d, s: this.stemStart(i, sh.cl) };
      }
    }
    // Years: عام 2019, سنة ١٩٩٠, العام 2020, 2021م, 1443هـ, بـ2019, في 2019.
    const am = this.fw(i, F_AM);
    if (am !== undefined) {
      const y = this.num(am.j);
      const dg = this.digits(am.j);
      if (y >= 0 && dg >= 3 && dg <= 4) {
        let j = am.j + 1;
        const he = this.read(j, HERA, true);
        const ge = this.read(j, GERA, true);
        const s = this.stemStart(i, am.cl);
        if (he !== undefined) return { s, j: he.j, dv: this.hijriYearDV(y), kind: 'date' };
        if (ge !== undefined) j = ge.j;
        if (y < 100 || y > 2999) return undefined;
        // عام 1445 in a text of 2024 is the Hijri year: a year this close to ref's Hijri year
        // (within the last fifty) is read as Hijri, flagged calendar_inferred
        if (ge === undefined && this.ref !== undefined) {
          const hy = toHijri(this.ref.day).year;
          if (y >= hy - 50 && y <= hy + 1) {
            const dv = this.hijriYearDV(y);
            dv.flags.push('calendar_inferred');
            return { s, j, dv, kind: 'date' };
          }
        }
        return { s, j, dv: this.yearDV(y), kind: 'date' };
      }
    }
    const y = this.num(i);
    const dg = this.digits(i);
    if (y >= 0 && (dg === 3 || dg === 4)) {
      const he = this.read(i + 1, HERA, true);
      if (he !== undefined && y >= 1 && y <= 1600) return { s: this.s.start[i], j: he.j, dv: this.hijriYearDV(y), kind: 'date' };
      const ge = this.read(i + 1, GERA, true);
      if (ge !== undefined && dg === 4 && y >= 1000 && y <= 2999) return { s: this.s.start[i], j: ge.j, dv: this.yearDV(y), kind: 'date' };
      if (dg === 4 && y >= 1900 && y <= 2100 && (ctx || this.temporalContext(i, 0)) && !this.countedNounAfter(i + 1)) {
        return { s: this.s.start[i], j: i + 1, dv: this.yearDV(y), kind: 'date' };
      }
    }
    return undefined;
  }

  /** 2000 جندي: a number followed by a counted noun is a quantity, not a year. */
  private countedNounAfter(j: number): boolean {
    if (j >= this.s.length || this.s.kind[j] !== KW) return false;
    if (this.s.start[j] - this.s.end[j - 1] > 2) return false;
    const w = this.s.norm[j];
    // Nouns that follow a year are rare; those that follow a count are common. A word with
    // the article or a preposition/verb is fine (في 2019 قتل، عام 2020 الذي).
    if (w.startsWith('ال') || this.readings(j).length > 0) return false;
    // 2012 قتيلاً: the accusative of the counted noun
    return COUNTED.has(w) || (w.endsWith('ا') && COUNTED.has(w.slice(0, -1)));
  }

  /** 25/4/2024, 2024-04-25, 25.04.2024, ٢٥/٤/٢٠٢٤ (day first unless unambiguous). */
  private numericDate(i: number): DayMatch | undefined {
    const s = this.s;
    if (i + 4 >= s.length + 0 && i + 4 > s.length - 1 + 1) return undefined;
    const a = this.num(i);
    const sep = this.norm(i + 1);
    if (s.kind[i + 1] !== KP || (sep !== '/' && sep !== '-' && sep !== '.')) return undefined;
    if (!this.glued(i) || !this.glued(i + 1) || !this.glued(i + 2) || !this.glued(i + 3)) return undefined;
    if (this.norm(i + 3) !== sep) return undefined;
    const b = this.num(i + 2);
    const c = this.num(i + 4);
    if (b < 0 || c < 0) return undefined;
    // Not part of a longer run (1.2.3.4, 12/3/2024/5) nor glued to Latin (v1.2.2024).
    if (i + 5 < s.length && this.glued(i + 4) && s.kind[i + 5] === KP && (s.norm[i + 5] === sep) && this.num(i + 6) >= 0) return undefined;
    if (i > 0 && this.glued(i - 1) && (s.kind[i - 1] !== KW || s.norm[i - 1].length > 2) && s.kind[i - 1] !== KP) return undefined;
    let y: number;
    let m: number;
    let d: number;
    if (this.digits(i) === 4 && this.digits(i + 4) <= 2) {
      y = a;
      m = b;
      d = c;
    } else if (this.digits(i + 4) === 4 && this.digits(i) <= 2 && this.digits(i + 2) <= 2) {
      y = c;
      if (b > 12 && a <= 12) {
        m = a;
        d = b;
      } else {
        d = a;
        m = b;
      }
    } else return undefined;
    const start = s.start[i];
    const j = i + 5;
    // A Hijri year (1443) needs a Hijri marker after it.
    const he = this.read(j, HERA, true);
    if (he !== undefined || (y >= 1300 && y <= 1500)) {
      if (he === undefined) return undefined;
      return { s: start, j: he.j, dv: this.hijriDV(y, m, d, start, he.j), kind: 'date' };
    }
    if (y < 1000 || y > 2999) return undefined;
    const ge = this.read(j, GERA, true);
    const jj = ge !== undefined ? ge.j : j;
    return { s: start, j: jj, dv: this.dayDV(y, m, d, false, start, jj), kind: 'date' };
  }

  /** A weekday, alone or with a date: [يوم] الأحد [الماضي], الجمعة 5 نوفمبر 2021, الخميس, أبريل 25, 2024. */
  private weekday(i: number): DayMatch | undefined {
    let k = i;
    let s = -1;
    const yawm = this.fw(i, F_YAWM);
    if (yawm !== undefined) {
      s = this.stemStart(i, yawm.cl);
      k = yawm.j;
    }
    const w = this.read(k, WD);
    if (w === undefined) return undefined;
    if (s < 0) s = this.stemStart(k, w.cl);
    const iso = w.f.v;
    // أحد، جمعة، الحد without يوم are "one", a name, "the limit".
    if (w.f.t === 2 && yawm === undefined) return undefined;
    if (yawm === undefined && !this.weekdayPlausible(k, w, iso)) return undefined;
    let j = w.j;
    // The weekday with a date: الأحد 6 نوفمبر 2021 / الخميس, أبريل 25, 2024 / الجمعة الموافق 5 نوفمبر.
    let dk = j;
    if (this.isPunct(dk, ',،-')) dk++;
    const mw = this.fw(dk, F_MUWAFIQ, true);
    if (mw !== undefined) dk = mw.j;
    const date = this.dateCore(dk, true);
    if (date !== undefined && date.dv.g === 'day') {
      const dv = date.dv;
      dv.wd = iso;
      if (dv.ok && weekdayOf(dv.a) !== iso) {
        this.weekdayMismatch(dv, s, date.j,
          `${this.s.text.slice(this.s.start[k], this.s.end[w.j - 1])} does not fall on ${fmtDay(dv.a)} (a ${WEEKDAY_EN[weekdayOf(dv.a)]}): the explicit date is kept`);
      }
      return { s, j: date.j, dv, kind: 'date' };
    }
    let dir: -1 | 0 | 1 = 0;
    const d = this.read(j, DIR, true);
    if (d !== undefined && d.f.v !== 0) {
      dir = d.f.v as -1 | 1;
      j = d.j;
    } else if (d !== undefined) j = d.j;
    if (this.ref === undefined) return { s, j, dv: this.unresolved('day'), kind: 'weekday' };
    const day = weekdayNear(iso, this.ref, dir, this.prefer);
    const dv = this.make('day', day, day + 1, true);
    dv.wd = iso;
    return { s, j, dv, kind: 'weekday' };
  }

  /** A weekday that is not the day's: the flag on the value and a warning over [s, end of token endTok - 1). */
  private weekdayMismatch(dv: DV, s: number, endTok: number, reason: string): void {
    dv.flags.push('weekday_mismatch');
    this.message(s, this.s.end[endTok - 1], 'dates/weekday-mismatch', reason, 'warning');
  }

  private weekdayPlausible(k: number, w: Reading, iso: number): boolean {
    const next = this.norm(w.j);
    if (iso === 7 && (next === 'عشر' || next === 'عشره')) return false; // الأحد عشر = eleven
    if (this.prevStemIs(k, FW, F_ONE)) return false; // الواحد الأحد, كلا الاثنين
    if (iso === 1) {
      if (next === 'معا' || next === 'منهما' || this.prevStemIs(k, FW, F_BAYN)) return false; // بين الاثنين = between the two
    }
    if (iso === 5 && this.prevStemIs(k, FW, F_PRAYER)) return false; // صلاة الجمعة
    return true;
  }

  /** اليوم، أمس، أول أمس، غداً، بعد غد، اليوم السابق. */
  private relDay(i: number): DayMatch | undefined {
    let k = i;
    let s = -1;
    const yawm = this.fw(i, F_YAWM);
    if (yawm !== undefined) {
      k = yawm.j;
      s = this.stemStart(i, yawm.cl);
    }
    const r = this.read(k, REL);
    if (r === undefined) return undefined;
    if (s < 0) s = this.stemStart(k, r.cl);
    const w = this.s.norm[k].slice(r.cl);
    // لليوم is ل + اليوم with its alef elided
    if (r.j === k + 1 && (w === 'اليوم' || (w === 'ليوم' && this.s.norm[k].endsWith('لليوم')))) {
      // اليوم الأول، اليوم الوطني، اليوم العالمي، لليوم الثاني عشر: not "today".
      const next = this.norm(r.j);
      if (this.read(r.j, ORD, true) !== undefined || next === 'الوطني' || next === 'العالمي' || next === 'نفسه' || next === 'ذاته' || next === 'الدولي') return undefined;
      if (this.prevStemIs(k, FW, F_TILKA)) return undefined;
    }
    if (r.j === k + 1 && w === 'غدا' && !this.tomorrowPlausible(k)) return undefined;
    // اليوم الثلاثاء, أمس السبت, غداً الخميس: the weekday names the same day (one mention)
    let j = r.j;
    const wd = this.read(j, WD, true);
    const iso = wd !== undefined && wd.f.t !== 2 && this.weekdayPlausible(j, wd, wd.f.v) ? wd.f.v : undefined;
    if (iso !== undefined) {
      j = (wd as Reading).j;
      // … and a Gregorian date right after them is the same day too: أمس الأربعاء 7 غشت (the date
      // is kept). A Hijri equivalent (، الموافق 14 ربيع الآخر 1445هـ) stays a mention of its own.
      let dk = j;
      if (this.isPunct(dk, ',،-')) dk++;
      const date = this.dateCore(dk, true);
      if (date !== undefined && date.dv.g === 'day' && date.dv.cal === 'gregorian') {
        const dv = date.dv;
        dv.wd = iso;
        if (dv.ok && weekdayOf(dv.a) !== iso) {
          this.weekdayMismatch(dv, s, date.j,
            `${this.s.text.slice(this.s.start[j - 1], this.s.end[j - 1])} does not fall on ${fmtDay(dv.a)} (a ${WEEKDAY_EN[weekdayOf(dv.a)]}): the explicit date is kept`);
        }
        return { s, j: date.j, dv, kind: 'date' };
      }
    }
    if (this.ref === undefined) return { s, j, dv: this.unresolved('day'), kind: 'rel' };
    const day = this.ref.day + r.f.v;
    const dv = this.make('day', day, day + 1, true);
    if (iso !== undefined) {
      dv.wd = iso;
      if (weekdayOf(day) !== iso) {
        this.weekdayMismatch(dv, s, j,
          `${this.s.text.slice(this.s.start[k], this.s.end[j - 1])}: ${fmtDay(day)} is a ${WEEKDAY_EN[weekdayOf(day)]} (is the reference date right?): the relative day is kept`);
      }
    }
    return { s, j, dv, kind: 'rel' };
  }

  // غدا is also the verb "became" (غدا الوضع أكثر تعقيداً): tanween marks the adverb.
  private tomorrowPlausible(k: number): boolean {
    const raw = this.s.text.slice(this.s.start[k], this.s.end[k]);
    if (raw.includes('\u064b') || raw.includes('\u064d')) return true;
    const nextKind = k + 1 < this.s.length ? this.s.kind[k + 1] : KP;
    if (nextKind === KP || nextKind === KN) return true;
    const next = this.readings(k + 1);
    if (next.some((r) => r.f.c === WD || r.f.c === POD || (r.f.c === FW && (r.f.v === F_SAA || r.f.v === F_FI || r.f.v === F_ILA || r.f.v === F_MIN)))) return true;
    const nw = this.s.norm[k + 1];
    // A definite noun or an adjective right after غدا at the start of a clause: the verb.
    if (nw.startsWith('ال') || nw === 'اكثر' || nw === 'اقل') return false;
    return k > 0 && this.s.kind[k - 1] !== KP;
  }

  /** عيد الفطر [2023|المقبل], يوم عرفة, رأس السنة. */
  private holiday(i: number): DayMatch | undefined {
    const r = this.read(i, HOL);
    if (r === undefined) return undefined;
    const h = HOLIDAYS[r.f.v];
    const s = this.stemStart(i, r.cl);
    let j = r.j;
    let year: number | undefined;
    let yearCal: 'gregorian' | 'hijri' = 'gregorian';
    const yr = this.yearAfter(j, 'gregorian');
    let dir = 0;
    if (yr !== undefined) {
      year = yr.y;
      yearCal = yr.cal;
      j = yr.j;
    } else {
      const d = this.read(j, DIR, true);
      if (d !== undefined) {
        dir = d.f.v;
        j = d.j;
      }
    }
    const len = h.days;
    if (h.calendar === 'gregorian') {
      let y = year;
      let rel = false;
      if (y === undefined) {
        if (this.ref === undefined) return { s, j, dv: this.unresolved('day'), kind: 'holiday' };
        rel = true;
        const ref = this.ref;
        const thisYear = dayNumber(ref.y, h.month, h.day);
        y = dir < 0 ? (thisYear < ref.day ? ref.y : ref.y - 1) : dir > 0 ? (thisYear > ref.day ? ref.y : ref.y + 1) : yearFor(h.month, h.day, ref, this.prefer);
      }
      const a = dayNumber(y, h.month, h.day);
      return { s, j, dv: this.make('day', a, a + len, rel), kind: 'holiday' };
    }
    let hy: number;
    let rel = false;
    if (year !== undefined && yearCal === 'hijri') hy = year;
    else if (year !== undefined) {
      // The Hijri year whose feast falls in that Gregorian year (the first one, if two do).
      hy = toHijri(dayNumber(year, 1, 1)).year;
      if (fromEpochDay(hijriMonthStart(hy, h.month) + h.day - 1).y < year) hy++;
    } else {
      if (this.ref === undefined) return { s, j, dv: this.unresolved(h.days === 0 ? 'month' : 'day', 'hijri'), kind: 'holiday' };
      rel = true;
      const refH = toHijri(this.ref.day).year;
      const at = (y: number): number => hijriMonthStart(y, h.month) + h.day - 1;
      if (dir < 0) hy = at(refH) < this.ref.day ? refH : refH - 1;
      else if (dir > 0) hy = at(refH) > this.ref.day ? refH : refH + 1;
      else hy = this.hijriYearFor(h.month, h.days === 0 ? 0 : h.day);
    }
    let dv: DV;
    if (h.days === 0) dv = this.hijriDV(hy, h.month, undefined, s, j);
    else {
      const a = hijriMonthStart(hy, h.month) + h.day - 1;
      dv = this.make('day', a, a + len, rel, 'hijri');
      dv.hijri = `${fmtY(hy)}-${pad2(h.month)}-${pad2(h.day)}`;
      if (len > 1) dv.iv = true;
    }
    dv.rel = rel;
    return { s, j, dv, kind: 'holiday' };
  }

  /** Any single day-level expression, extended by الموافق + another date. */
  private dayExpr(i: number, ctx = false): DayMatch | undefined {
    const key = i * 2 + (ctx ? 1 : 0);
    if (this.memo.has(key)) return this.memo.get(key);
    const m = this.dayExprUncached(i, ctx);
    this.memo.set(key, m);
    return m;
  }

  private dayExprUncached(i: number, ctx: boolean): DayMatch | undefined {
    let best: DayMatch | undefined;
    for (const m of [this.weekday(i), this.dateCore(i, ctx), this.relDay(i), this.holiday(i), this.relPeriod(i)]) {
      if (m !== undefined && (best === undefined || m.j > best.j)) best = m;
    }
    if (best === undefined) return undefined;
    // ... الموافق 19 أكتوبر 2021: a Hijri and a Gregorian date are one mention.
    let k = best.j;
    if (this.isPunct(k, ',،(-')) k++;
    const mw = this.fw(k, F_MUWAFIQ);
    if (mw !== undefined && best.kind === 'date') {
      let kk = mw.j;
      if (this.norm(kk) === 'ل' && this.glued(kk)) kk++;
      const other = this.dateCore(kk, true);
      if (other !== undefined && other.dv.g === best.dv.g) {
        const a = best.dv;
        const b = other.dv;
        const greg = a.cal === 'gregorian' ? a : b;
        const hij = a.cal === 'hijri' ? a : b;
        const dv: DV = { ...greg, flags: [...a.flags, ...b.flags].filter((f) => f !== 'weekday_mismatch'), cal: hij.cal === 'hijri' ? 'hijri' : 'gregorian', hijri: hij.hijri };
        // The weekday is checked again against the date that is kept.
        const wd = a.wd ?? b.wd;
        if (wd !== undefined && greg.ok && weekdayOf(greg.a) !== wd) dv.flags.push('weekday_mismatch');
        if (a.ok && b.ok && a.a !== b.a) {
          dv.flags.push('hijri_mismatch');
          this.message(best.s, this.s.end[other.j - 1], 'dates/hijri-mismatch', `the two dates joined by الموافق differ (${fmtDay(a.a)} / ${fmtDay(b.a)}): the Gregorian one is kept`, 'warning');
        }
        let j = other.j;
        if (this.isPunct(k - 1, '(') && this.isPunct(j, ')')) j++;
        return { s: best.s, j, dv, kind: 'date' };
      }
    }
    return best;
  }

  private dayRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    const m = this.dayExpr(i);
    if (m === undefined) return undefined;
    // A month or a date after ثورة/حرب/انتفاضة names an event.
    // The whole name is skipped, so that يناير in ثورة 25 يناير is not tagged on its own.
    if (m.kind === 'date' && this.afterEventNoun(i) && (m.dv.yl || !m.dv.ok)) return { j: m.j, s: m.s, fn: () => undefined };
    return { j: m.j, s: m.s, fn: () => this.emitDV(m.s, m.j, m.dv) };
  }

  private emitDV(s: number, j: number, dv: DV, extra?: Partial<TaggedDate>): void {
    const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type: 'date', grain: dv.g, calendar: dv.cal, relative: dv.rel, flags: dv.flags.slice() };
    if (dv.ok) {
      if (dv.iv) {
        base.type = 'interval';
        base.from = fmtAt(dv.ig ?? 'day', dv.a);
        base.to = fmtAt(dv.ig ?? 'day', dv.b);
      } else if (dv.b - dv.a > 1 && dv.g === 'day') {
        base.type = 'interval';
        base.from = fmtDay(dv.a);
        base.to = fmtDay(dv.b);
      } else base.value = fmtAt(dv.g, dv.a);
    }
    if (dv.hijri !== undefined) base.hijri = dv.hijri;
    this.emit(s, j, { ...base, ...extra });
    this.noteAnchor(dv, j);
  }

  // ------------------------------------------------------------ relative periods

  /** الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام، هذه السنة. */
  private relPeriod(i: number): DayMatch | undefined {
    let k = i;
    let s = -1;
    const hadha = this.fw(i, F_HADHA);
    if (hadha !== undefined) {
      k = hadha.j;
      s = this.stemStart(i, hadha.cl);
    }
    const du = this.read(k, DUNIT);
    if (du === undefined || du.f.t === 1) return undefined;
    if (hadha !== undefined && du.cl > 0) return undefined;
    if (s < 0) s = this.stemStart(k, du.cl);
    let off = 0;
    let j = du.j;
    const dir = this.read(j, DIR, true);
    if (dir !== undefined) {
      off = dir.f.v;
      j = dir.j;
    } else if (hadha === undefined) return undefined;
    const unit = du.f.v;
    if (unit === U_DAY || unit === U_HOUR) return undefined; // اليوم السابق is a REL phrase
    // المدير العام السابق: "general", "former".
    if (unit === U_YEAR && hadha === undefined && du.cl === 0 && k > 0 && this.s.norm[k - 1].startsWith('ال') && this.readings(k - 1).length === 0) {
      const dw = this.norm(du.j);
      if (dw === 'السابق' || dw === 'السابقه' || dw === 'الحالي' || dw === 'الحاليه') return undefined;
    }
    if (this.ref === undefined) return { s, j, dv: this.unresolved(UNIT_GRAIN[unit]), kind: 'period' };
    const ref = this.ref;
    let dv: DV;
    if (unit === U_WEEK) {
      const a = mondayOf(ref.day) + 7 * off;
      dv = this.make('week', a, a + 7, true);
    } else if (unit === U_MONTH) {
      const [y, m] = addMonths(ref.y, ref.m, off);
      const a = dayNumber(y, m, 1);
      dv = this.make('month', a, a + daysInMonth(y, m), true);
    } else if (unit === U_YEAR) {
      dv = this.yearDV(ref.y + off);
      dv.rel = true;
    } else if (unit === U_DECADE) {
      const d0 = Math.floor(ref.y / 10) * 10 + off * 10;
      dv = this.make('year', dayNumber(d0, 1, 1), dayNumber(d0 + 10, 1, 1), true);
      dv.iv = true;
      dv.ig = 'year';
    } else if (unit === U_CENTURY) {
      const c0 = Math.floor(ref.y / 100) * 100 + off * 100;
      dv = this.make('year', dayNumber(c0, 1, 1), dayNumber(c0 + 100, 1, 1), true);
      dv.iv = true;
      dv.ig = 'year';
    } else return undefined;
    return { s, j, dv, kind: 'period' };
  }

  // ------------------------------------------------------------ parts of the day and times

  /** فجر الأحد، صباح اليوم، مساء أمس، ليلة السبت، الأحد صباحاً، الليلة. */
  private podDay(i: number): { s: number; j: number; dv: DV; pod: number; day?: DayMatch } | undefined {
    const t = this.read(i, TONIGHT);
    if (t !== undefined && !this.prevStemIs(i, FW, F_TILKA)) {
      const s = this.stemStart(i, t.cl);
      if (this.ref === undefined) return { s, j: t.j, dv: this.unresolved('hour'), pod: NIGHT };
      const day = this.ref.day + t.f.v + 1; // the night before the next day
      return { s, j: t.j, dv: this.podInterval(day, NIGHT, true), pod: NIGHT };
    }
    const p = this.read(i, POD);
    if (p !== undefined) {
      let k = p.j;
      const yawm = this.fw(k, F_YAWM, true);
      const day = this.dayExpr(yawm !== undefined && this.read(yawm.j, WD, true) === undefined ? k : k, false);
      if (day !== undefined && day.dv.g === 'day' && day.kind !== 'period' && !(day.dv.b - day.dv.a > 1)) {
        const s = this.stemStart(i, p.cl);
        const pod = p.f.v;
        if (!day.dv.ok) return { s, j: day.j, dv: { ...day.dv, g: 'hour' }, pod, day };
        // ليلة السبت: the night before Saturday.
        const podDayIdx = pod === NIGHT ? day.dv.a : day.dv.a;
        const dv = this.podInterval(podDayIdx, pod, day.dv.rel, day.dv);
        return { s, j: day.j, dv, pod, day };
      }
    }
    // The day first, the part of day after it: الأحد صباحاً، أمس مساءً، اليوم ظهرا.
    const day = this.dayExpr(i);
    if (day !== undefined && day.dv.g === 'day' && day.kind !== 'period' && !(day.dv.b - day.dv.a > 1)) {
      const q = this.read(day.j, POD, true);
      if (q !== undefined && q.f.v !== NIGHT_NOUN_ONLY) {
        const w = this.s.norm[day.j];
        // Only the adverbial forms (صباحاً، مساءً) or the bare noun at a clause end.
        if (w.endsWith('ا') || w === 'مساء' || w === 'صباح' || w === 'ظهرا' || w === 'فجرا') {
          if (!day.dv.ok) return { s: day.s, j: q.j, dv: { ...day.dv, g: 'hour' }, pod: q.f.v, day };
          return { s: day.s, j: q.j, dv: this.podInterval(day.dv.a, q.f.v, day.dv.rel, day.dv), pod: q.f.v, day };
        }
      }
    }
    return undefined;
  }

  private podInterval(day: number, pod: number, rel: boolean, base?: DV): DV {
    const [from, to] = podHours(pod);
    // ليلة X is the night before X (the Islamic day starts at sunset): 18:00 on X-1 to 06:00 on X.
    const d0 = pod === NIGHT ? day - 1 : day;
    const dv: DV = { g: 'hour', a: d0, b: d0, ok: true, rel, cal: base?.cal ?? 'gregorian', flags: base?.flags.slice() ?? [] };
    dv.from = fmtDateTime(d0, from * 60);
    dv.to = fmtDateTime(d0, to * 60);
    if (base?.hijri !== undefined) dv.hijri = base.hijri;
    return dv;
  }

  private podRuleCand(i: number): { j: number; s: number; fn: () => void } | undefined {
    const p = this.podDay(i);
    if (p === undefined) return undefined;
    return {
      j: p.j, s: p.s, fn: () => {
        const dv = p.dv;
        const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type: 'interval', grain: 'hour', calendar: dv.cal, relative: dv.rel, flags: dv.flags.slice() };
        if (dv.ok && dv.from !== undefined) {
          base.from = dv.from;
          base.to = dv.to;
        }
        if (dv.hijri !== undefined) base.hijri = dv.hijri;
        this.emit(p.s, p.j, base);
      },
    };
  }

  /** A clock time at i: الساعة الثالثة [والنصف] [فجراً], 10:30 صباحاً, الساعة 8 مساءً, 12:07 م. */
  private clock(i: number): { s: number; j: number; h: number; mi: number; hasMin: boolean; pod?: number } | undefined {
    let k = i;
    let s = -1;
    const tamam = this.fw(i, F_TAMAM);
    if (tamam !== undefined && this.fw(tamam.j, F_SAA, true) !== undefined) {
      s = this.stemStart(i, tamam.cl);
      k = tamam.j;
    }
    const saa = this.fw(k, F_SAA);
    if (saa !== undefined) {
      if (s < 0) s = this.stemStart(k, saa.cl);
      k = saa.j;
    }
    let h = -1;
    let mi = 0;
    let hasMin = false;
    let j = k;
    const n = this.num(k);
    if (n >= 0 && this.digits(k) <= 2) {
      if (s < 0) s = this.s.start[k];
      h = n;
      j = k + 1;
      if (this.isPunct(j, ':') && this.glued(k) && this.glued(j) && this.digits(j + 1) === 2) {
        mi = this.num(j + 1);
        hasMin = true;
        j += 2;
        if (this.isPunct(j, ':') && this.glued(j - 1) && this.digits(j + 1) === 2) j += 2; // seconds
        // hundredths make a race time, not a time of day: بزمن قدره 8:06.05 دقائق
        if (this.isPunct(j, '.٫') && this.glued(j - 1) && this.glued(j) && this.s.kind[j + 1] === KN) return undefined;
      } else if (saa === undefined) {
        // A score is no time: خسر 1-0 مساء الثلاثاء, فاز 4-2 مساء الاثنين.
        if (k >= 2 && this.isPunct(k - 1, '-–') && this.glued(k - 2) && this.glued(k - 1) && this.s.kind[k - 2] === KN) return undefined;
        // A bare number needs a part of day after it to be a time (8 مساءً).
        const q = this.read(j, POD, true);
        const ap = this.fw(j, F_AMPM, true);
        if (q === undefined && ap === undefined) return undefined;
      }
    } else {
      const r = this.read(k, HORD);
      if (r === undefined) return undefined;
      if (saa === undefined && r.cl > 0) return undefined;
      if (s < 0) s = this.stemStart(k, r.cl);
      h = r.f.v;
      j = r.j;
      if (saa === undefined) {
        // Without الساعة an hour ordinal needs a fraction (الثالثة والنصف), or a part of the day
        // after a preposition: في الثامنة مساءً, عند العاشرة من صباح الأحد (not الحلقة الثامنة مساء اليوم).
        const f = this.read(j, FRAC, true);
        if (f === undefined && !(this.afterTimePreposition(k) && (this.read(j, POD, true) !== undefined || (this.fw(j, F_MIN, true) !== undefined && this.read(j + 1, POD, true) !== undefined)))) return undefined;
      }
    }
    if (h > 24 || mi > 59) return undefined;
    if (!hasMin) {
      const f = this.read(j, FRAC, true);
      if (f !== undefined) {
        mi = f.f.v;
        hasMin = true;
        j = f.j;
      } else {
        const il = this.fw(j, F_ILLA, true);
        if (il !== undefined) {
          const rb = this.fw(il.j, F_RUB, true);
          if (rb !== undefined) {
            const w = this.s.norm[il.j];
            const q = w.startsWith('ربع') ? 15 : 20;
            h = h - 1 < 0 ? 23 : h - 1;
            mi = 60 - q;
            hasMin = true;
            j = rb.j;
          }
        } else if (this.norm(j) === 'و' || this.s.norm[j]?.startsWith('و')) {
          // و10 دقائق / و 10 دقائق
          let kk = j;
          if (this.norm(j) === 'و') kk++;
          const c = this.num(kk) >= 0 ? { v: this.num(kk), j: kk + 1 } : this.cardinal(kk);
          if (c !== undefined && c.v < 60) {
            const u = this.read(c.j, UNIT, true);
            if (u !== undefined && u.f.v === U_MINUTE) {
              mi = c.v;
              hasMin = true;
              j = u.j;
            }
          }
        }
      }
    }
    let pod: number | undefined;
    const q = this.read(j, POD, true);
    if (q !== undefined) {
      const w = this.s.norm[j];
      // A part of day that starts a day phrase (الثالثة من فجر الأحد) is handled by the caller.
      if (!(this.dayExpr(q.j) !== undefined && (w === 'صباح' || w === 'مساء' || w === 'فجر' || w === 'ظهر' || w === 'عصر' || w === 'ليله'))) {
        pod = q.f.v;
        j = q.j;
      }
    } else {
      const ap = this.fw(j, F_AMPM, true);
      if (ap !== undefined && this.s.kind[j] === KW) {
        pod = this.s.norm[j] === 'ص' ? AM : PM;
        j = ap.j;
      }
    }
    return { s, j, h, mi, hasMin, pod };
  }

  /** Is the word before k a preposition that introduces a time (في, عند, حتى, منذ, نحو, بعد, قبل, إلى, من)? */
  private afterTimePreposition(k: number): boolean {
    for (const v of [F_FI, F_FI_ANA, F_HATTA, F_MUNDH, F_NAHW, F_BAAD, F_QABL, F_ILA, F_MIN]) if (this.prevStemIs(k, FW, v)) return true;
    return false;
  }

  private timeRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    // A day first, then a time: الأحد الساعة 8 مساءً، صباح اليوم الساعة العاشرة.
    const pd = this.podDay(i);
    const dayFirst = pd ?? this.dayExpr(i);
    if (dayFirst !== undefined) {
      let k = dayFirst.j;
      if (this.isPunct(k, ',،')) k++;
      const fi = this.fw(k, F_FI, true) ?? this.fw(k, F_FI_ANA, true);
      if (fi !== undefined) k = fi.j;
      // على الساعة (Maghrebi usage): يوم السبت 3 غشت على الساعة التاسعة ليلا
      else if ((this.norm(k) === 'علي' || this.norm(k) === 'على') && this.fw(k + 1, F_SAA, true) !== undefined) k++;
      const c = this.clock(k);
      const dv = pd !== undefined ? pd.day?.dv : (dayFirst as DayMatch).dv;
      if (c !== undefined && dv !== undefined && dv.g === 'day') {
        const pod = c.pod ?? pd?.pod;
        return { j: c.j, s: dayFirst.s, fn: () => this.emitTime(dayFirst.s, c.j, c, pod, dv) };
      }
      if (pd !== undefined) return this.podRuleCand(i);
    }
    const c = this.clock(i);
    if (c === undefined) return undefined;
    // A time, then its day: الساعة الثالثة من فجر الأحد، العاشرة صباح اليوم، الساعة 10 يوم الخميس.
    let k = c.j;
    if (this.isPunct(k, ',،')) k++;
    const min = this.fw(k, F_MIN, true);
    if (min !== undefined) k = min.j;
    const p2 = this.podDay(k);
    if (p2 !== undefined && p2.day !== undefined) {
      return { j: p2.j, s: c.s, fn: () => this.emitTime(c.s, p2.j, c, c.pod ?? p2.pod, p2.day!.dv) };
    }
    const d2 = this.dayExpr(k);
    if (d2 !== undefined && d2.dv.g === 'day' && min === undefined) {
      return { j: d2.j, s: c.s, fn: () => this.emitTime(c.s, d2.j, c, c.pod, d2.dv) };
    }
    return { j: c.j, s: c.s, fn: () => this.emitTime(c.s, c.j, c, c.pod, undefined) };
  }

  private emitTime(s: number, j: number, c: { h: number; mi: number; hasMin: boolean }, pod: number | undefined, day: DV | undefined): void {
    const h = adjustHour(c.h, pod);
    const time = `${pad2(h % 24)}:${pad2(c.mi)}`;
    const grain: Grain = c.hasMin ? 'minute' : 'hour';
    if (day !== undefined) {
      const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type: 'datetime', grain, calendar: day.cal, relative: day.rel, time, flags: day.flags.slice() };
      if (day.ok) base.value = fmtDateTime(day.a, h * 60 + c.mi);
      if (day.hijri !== undefined) base.hijri = day.hijri;
      this.emit(s, j, base);
      return;
    }
    if (this.ref === undefined) {
      this.emit(s, j, { type: 'time', grain, calendar: 'gregorian', relative: true, time });
      return;
    }
    this.emit(s, j, { type: 'datetime', grain, calendar: 'gregorian', relative: true, time, value: fmtDateTime(this.ref.day, h * 60 + c.mi) });
  }

  // ------------------------------------------------------------ durations and offsets

  /** [أكثر من|نحو] N unit, or a dual unit (يومين): the count, the unit, the modifier flag. */
  private count(i: number): { s: number; j: number; n: number; unit: number; flag?: string } | undefined {
    if (this.fractionTail(i)) return undefined;
    let k = i;
    let s = -1;
    let flag: string | undefined;
    const mod = this.fw(i, F_AKTHAR) ?? this.fw(i, F_AQALL) ?? this.fw(i, F_NAHW);
    if (mod !== undefined) {
      s = this.stemStart(i, mod.cl);
      k = mod.j;
      flag = mod.f.v === F_AKTHAR ? 'more_than' : mod.f.v === F_AQALL ? 'less_than' : 'approx';
    }
    for (const r of this.readings(k)) {
      if (r.f.c === UNIT && r.f.t === 2 && (r.cl === 0 || mod === undefined)) {
        if (s < 0) s = this.stemStart(k, r.cl);
        return { s, j: r.j, n: 2, unit: r.f.v, flag };
      }
    }
    const c = this.cardinal(k);
    if (c === undefined || c.art) return undefined;
    if (this.s.kind[k] === KN && this.digits(k) > 5) return undefined;
    const u = this.read(c.j, UNIT, true);
    if (u === undefined || u.f.t === 2) return undefined;
    if (c.v === 0 && this.s.kind[k] === KN) return undefined;
    if (s < 0) s = c.s;
    return { s, j: u.j, n: c.v, unit: u.f.v, flag };
  }

  /** The digits after a decimal point or a colon (8:06.05, 3.5): the tail of a number, never a count. */
  private fractionTail(k: number): boolean {
    return k >= 2 && this.s.kind[k] === KN && this.s.kind[k - 2] === KN && this.isPunct(k - 1, '.:٫,') && this.glued(k - 2) && this.glued(k - 1);
  }

  private durationRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    // A preposition that makes the count a point or an interval: منذ/قبل/بعد/خلال.
    let prep: number | undefined;
    let k = i;
    let s = -1;
    for (const r of this.readings(i)) {
      if (r.f.c === FW && (r.f.v === F_MUNDH || r.f.v === F_QABL || r.f.v === F_BAAD || r.f.v === F_KHILAL)) {
        prep = r.f.v;
        k = r.j;
        s = this.stemStart(i, r.cl);
        break;
      }
    }
    // آخر 24 ساعة = the last 24 hours.
    const akhir = prep === undefined ? this.fw(i, F_AKHIR) : undefined;
    if (akhir !== undefined) {
      const c = this.count(akhir.j);
      if (c !== undefined && c.flag === undefined) {
        const st = this.stemStart(i, akhir.cl);
        return { j: c.j, s: st, fn: () => this.emitCounted(st, c.j, c.n, c.unit, -1, c.flag) };
      }
    }
    const c = this.count(k);
    if (c === undefined) {
      // منذ سنوات، بعد ساعات، قبل أيام: vague.
      if (prep !== undefined && prep !== F_KHILAL) {
        const u = this.read(k, UNIT, true);
        if (u !== undefined && u.f.t === 0) {
          const st = s;
          const vague: 'past' | 'future' = prep === F_BAAD ? 'future' : 'past';
          return { j: u.j, s: st, fn: () => this.emit(st, u.j, { type: 'date', grain: UNIT_GRAIN[u.f.v], calendar: 'gregorian', relative: true, vague, flags: ['vague'] }) };
        }
      }
      return undefined;
    }
    if (s < 0) s = c.s;
    // N units + direction: 48 ساعة الماضية، ثلاثة أيام المقبلة.
    const dir = this.read(c.j, DIR, true);
    if (dir !== undefined && dir.f.v !== 0 && (prep === undefined || prep === F_KHILAL)) {
      const st = prep === F_KHILAL ? s : c.s;
      return { j: dir.j, s: st, fn: () => this.emitCounted(st, dir.j, c.n, c.unit, dir.f.v, c.flag) };
    }
    if (prep === undefined) {
      if (c.unit === U_YEAR && this.isAge(i, c.j)) return undefined;
      // … and a half: ثلاث سنوات ونصف = P3.5Y, ساعتين ونصف = PT2.5H (ISO 8601 allows a decimal last field)
      if (this.norm(c.j) === 'ونصف' && c.flag === undefined) {
        const j = c.j + 1;
        return { j, s: c.s, fn: () => this.emitDuration(c.s, j, c.n + 0.5, c.unit, c.flag) };
      }
      return { j: c.j, s: c.s, fn: () => this.emitDuration(c.s, c.j, c.n, c.unit, c.flag) };
    }
    // بعد ثلاثين عاماً على رأس المصرف, بعد 12 عاماً في السجن: a time spent somewhere, not a date
    // ahead of ref (the count is the duration; بعد is left out of the mention)
    if (prep === F_BAAD && c.unit >= U_MONTH && this.spentAfter(c.j)) {
      return { j: c.j, s: c.s, fn: () => this.emitDuration(c.s, c.j, c.n, c.unit, c.flag) };
    }
    const st = s;
    const p = prep;
    return { j: c.j, s: st, fn: () => this.emitOffset(st, c.j, p, c.n, c.unit, c.flag) };
  }

  /** Does على/في/من + a noun follow (time spent: على رأس, في السجن, من الحكم)? */
  private spentAfter(j: number): boolean {
    if (j + 1 >= this.s.length || this.s.kind[j] !== KW || this.s.kind[j + 1] !== KW) return false;
    const w = this.s.norm[j];
    return (w === 'علي' || w === 'في' || w === 'من') && !this.readings(j + 1).some((r) => r.f.c !== FW);
  }

  // عمره 30 عاماً، البالغ من العمر 25 عاماً، (25 عاماً): ages are not durations to tag.
  private isAge(i: number, j: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const w = this.s.norm[k];
      if (AGE_WORDS.has(w) || (w.length > 3 && AGE_WORDS.has(w.slice(1)))) return true;
      if (w.startsWith('عمر') || w.startsWith('بعمر') || w === 'العمر') return true;
    }
    if (i > 0 && this.isPunct(i - 1, '(') && this.isPunct(j, ')')) return true;
    return false;
  }

  private emitDuration(s: number, j: number, n: number, unit: number, flag?: string): void {
    const flags = flag !== undefined ? [flag] : [];
    this.emit(s, j, { type: 'duration', value: isoDuration(n, unit), grain: UNIT_GRAIN[unit], calendar: 'gregorian', relative: false, flags });
  }

  /** The point n units before/after ref, at the unit's grain. */
  private shift(n: number, unit: number): { day: number; minute?: number } | undefined {
    const ref = this.ref!;
    switch (unit) {
      case U_SECOND:
      case U_MINUTE:
      case U_HOUR: {
        if (ref.h === undefined) return undefined;
        const mins = ref.h * 60 + (ref.mi ?? 0) + n * (unit === U_HOUR ? 60 : unit === U_MINUTE ? 1 : 1 / 60);
        const carry = Math.floor(mins / 1440);
        return { day: ref.day + carry, minute: Math.round(mins - carry * 1440) };
      }
      case U_DAY:
        return { day: ref.day + n };
      case U_WEEK:
        return { day: ref.day + 7 * n };
      case U_MONTH: {
        const [y, m] = addMonths(ref.y, ref.m, n);
        return { day: dayNumber(y, m, Math.min(ref.d, daysInMonth(y, m))) };
      }
      default: {
        const years = n * (unit === U_DECADE ? 10 : unit === U_CENTURY ? 100 : 1);
        const y = ref.y + years;
        return { day: dayNumber(y, ref.m, Math.min(ref.d, daysInMonth(y, ref.m))) };
      }
    }
  }

  private fmtShift(p: { day: number; minute?: number }, unit: number): string {
    if (p.minute !== undefined) return fmtDateTime(p.day, p.minute);
    return fmtAt(UNIT_GRAIN[unit], p.day);
  }

  /** منذ/قبل/بعد/خلال + N units. */
  private emitOffset(s: number, j: number, prep: number, n: number, unit: number, flag?: string): void {
    const flags = flag !== undefined ? [flag] : [];
    const grain = UNIT_GRAIN[unit];
    const type: TaggedDate['type'] = prep === F_MUNDH || prep === F_KHILAL ? 'interval' : unit <= U_HOUR ? 'datetime' : 'date';
    const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type, grain, calendar: 'gregorian', relative: true, flags };
    if (this.ref !== undefined) {
      const sign = prep === F_MUNDH || prep === F_QABL ? -1 : 1;
      const p = this.shift(sign * n, unit);
      if (p !== undefined) {
        if (prep === F_MUNDH) base.from = this.fmtShift(p, unit);
        else if (prep === F_KHILAL) {
          const now = this.shift(0, unit)!;
          base.from = this.fmtShift(now, unit);
          base.to = this.fmtShift(p, unit);
        } else base.value = this.fmtShift(p, unit);
      } else this.needsTime(s, j);
    }
    this.emit(s, j, base);
  }

  private needsTime(s: number, j: number): void {
    this.message(s, this.s.end[j - 1], 'dates/ref-time', 'an offset in hours or minutes needs a reference time of day (ref with a time)', 'info');
  }

  /** The last/next N units: [ref - N, ref) or [ref + 1, ref + 1 + N) at the unit's grain. */
  private emitCounted(s: number, j: number, n: number, unit: number, dir: number, flag?: string): void {
    const flags = flag !== undefined ? [flag] : [];
    const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type: 'interval', grain: UNIT_GRAIN[unit], calendar: 'gregorian', relative: true, flags };
    if (this.ref !== undefined) {
      const sub = unit <= U_HOUR;
      const a = dir < 0 ? this.shift(-n, unit) : this.shift(sub ? 0 : 1, unit);
      const b = dir < 0 ? this.shift(0, unit) : this.shift(sub ? n : n + 1, unit);
      if (a !== undefined && b !== undefined) {
        if (unit === U_WEEK) {
          base.from = fmtDay(dir < 0 ? this.ref.day - 7 * n : this.ref.day + 1);
          base.to = fmtDay(dir < 0 ? this.ref.day : this.ref.day + 1 + 7 * n);
        } else {
          base.from = this.fmtShift(a, unit);
          base.to = this.fmtShift(b, unit);
        }
      } else this.needsTime(s, j);
    }
    this.emit(s, j, base);
  }

  // ------------------------------------------------------------ periods: parts, weeks, decades, counted

  private periodRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    let best: { j: number; s: number; fn: () => void } | undefined;
    for (const c of [this.partRule(i), this.weekOfRule(i), this.decadeRule(i), this.countedPlural(i), this.seasonRule(i), this.shareRule(i)]) {
      if (c !== undefined && (best === undefined || c.j > best.j)) best = c;
    }
    return best;
  }

  /** The target of a part-of-period or week-of-month phrase: a month, a year, العام/الشهر/الأسبوع [DIR], a decade. */
  private periodTarget(i: number): DayMatch | undefined {
    const d = this.dateCore(i, true);
    if (d !== undefined && (d.dv.g === 'month' || d.dv.g === 'year')) return d;
    const du = this.read(i, DUNIT, true);
    if (du !== undefined && du.f.t === 0 && (du.f.v === U_MONTH || du.f.v === U_YEAR || du.f.v === U_WEEK || du.f.v === U_CENTURY || du.f.v === U_DECADE)) {
      const rp = this.relPeriod(i);
      if (rp !== undefined) return rp;
      // نهاية العام / مطلع الشهر: the current one.
      if (du.f.v === U_CENTURY || du.f.v === U_DECADE) return undefined;
      const s = this.s.start[i];
      if (this.ref === undefined) return { s, j: du.j, dv: this.unresolved(UNIT_GRAIN[du.f.v]), kind: 'period' };
      const ref = this.ref;
      if (du.f.v === U_MONTH) {
        const a = dayNumber(ref.y, ref.m, 1);
        return { s, j: du.j, dv: this.make('month', a, a + daysInMonth(ref.y, ref.m), true), kind: 'period' };
      }
      if (du.f.v === U_WEEK) {
        const a = mondayOf(ref.day);
        return { s, j: du.j, dv: this.make('week', a, a + 7, true), kind: 'period' };
      }
      const dv = this.yearDV(ref.y);
      dv.rel = true;
      return { s, j: du.j, dv, kind: 'period' };
    }
    const dec = this.decade(i);
    if (dec !== undefined) return dec;
    return undefined;
  }

  /**
   * الربع الأول من عام 2023, النصف الثاني من العام الماضي, الربع الأخير من هذا العام: months of a
   * Gregorian year. النصف الثاني من شباط, الثلث الأخير من رمضان: days of a month (either calendar).
   */
  private shareRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    const q = this.read(i, SHARE);
    if (q === undefined) return undefined;
    const min = this.fw(q.j, F_MIN, true);
    const at = min?.j ?? q.j;
    const hadha = this.fw(at, F_HADHA, true);
    const t = this.periodTarget(hadha?.j ?? at);
    if (t === undefined) return undefined;
    const ofMonth = t.dv.g === 'month' && (!t.dv.iv || t.dv.cal === 'hijri');
    if (!ofMonth && (t.dv.g !== 'year' || t.dv.iv || t.dv.cal !== 'gregorian')) return undefined;
    // a bare العام after the share is this year only with من or هذا: "الربع الأول العام" is no phrase
    const bare = min === undefined && hadha === undefined ? this.read(at, DUNIT, true) : undefined;
    if (bare !== undefined && this.read(bare.j, DIR, true) === undefined) return undefined;
    const s = this.stemStart(i, q.cl);
    if (ofMonth) {
      // days split evenly, the last share to the month's end: halves 1–15 / 16–31, thirds 1–10 / 11–20 / 21–end
      const out: DV = { g: 'day', a: 0, b: 0, ok: t.dv.ok, rel: t.dv.rel, cal: t.dv.cal, flags: [], iv: true, ig: 'day' };
      if (t.dv.hijri !== undefined) out.hijri = t.dv.hijri;
      if (t.dv.ok) {
        const shares = 12 / q.f.t;
        const len = t.dv.b - t.dv.a;
        out.a = t.dv.a + Math.floor(((q.f.v - 1) * len) / shares);
        out.b = q.f.v === shares ? t.dv.b : t.dv.a + Math.floor((q.f.v * len) / shares);
      }
      return { j: t.j, s, fn: () => this.emitDV(s, t.j, out) };
    }
    const dv: DV = { g: 'month', a: 0, b: 0, ok: t.dv.ok, rel: t.dv.rel, cal: 'gregorian', flags: [], iv: true, ig: 'month' };
    if (t.dv.ok) {
      const y = fromEpochDay(t.dv.a).y;
      const size = q.f.t;
      dv.a = dayNumber(y, (q.f.v - 1) * size + 1, 1);
      dv.b = q.f.v * size + 1 > 12 ? dayNumber(y + 1, 1, 1) : dayNumber(y, q.f.v * size + 1, 1);
    }
    return { j: t.j, s, fn: () => this.emitDV(s, t.j, dv) };
  }

  /** أوائل/منتصف/أواخر/مطلع/نهاية + month, year, العام الماضي, التسعينيات. */
  private partRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    const p = this.partDV(i);
    if (p === undefined) return undefined;
    return { j: p.j, s: p.s, fn: () => this.emitDV(p.s, p.j, p.dv) };
  }

  private partDV(i: number): DayMatch | undefined {
    const p = this.read(i, PART);
    if (p === undefined) return undefined;
    const t = this.periodTarget(p.j);
    if (t === undefined) return undefined;
    const s = this.stemStart(i, p.cl);
    const part = p.f.v;
    const dv = t.dv;
    const out: DV = { g: 'day', a: 0, b: 0, ok: dv.ok, rel: dv.rel, cal: dv.cal, flags: [PART_FLAG[part]], iv: true, ig: 'day' };
    if (dv.hijri !== undefined) out.hijri = dv.hijri;
    if (!dv.ok) return { s, j: t.j, dv: out, kind: 'period' };
    // Duckling's convention: أوائل = days 1–10, منتصف = 11–20, أواخر = 21–end; a year in thirds.
    if (dv.g === 'month' && !dv.iv) {
      [out.a, out.b] = part === 0 ? [dv.a, dv.a + 10] : part === 1 ? [dv.a + 10, dv.a + 20] : [dv.a + 20, dv.b];
    } else if (dv.g === 'week') {
      // نهاية الأسبوع: the weekend, Friday and Saturday in most Arab states; the coming one.
      let fri = dv.a + 4;
      if (this.ref !== undefined && dv.rel && t.j === p.j + 1) {
        const wd = weekdayOf(this.ref.day);
        fri = wd === 6 ? this.ref.day - 1 : this.ref.day + ((5 - wd + 7) % 7);
      }
      [out.a, out.b] = part === 0 ? [dv.a, dv.a + 2] : part === 1 ? [dv.a + 2, dv.a + 4] : [fri, fri + 2];
    } else if (dv.g === 'year' && !dv.iv) {
      const y = fromEpochDay(dv.a).y;
      const [m0, m1] = part === 0 ? [1, 5] : part === 1 ? [5, 9] : [9, 13];
      out.a = dayNumber(y, m0, 1);
      out.b = dayNumber(y, m1, 1);
      out.g = out.ig = 'month';
    } else if (dv.iv && dv.ig === 'year') {
      // Decades and centuries: parts in years.
      const y0 = fromEpochDay(dv.a).y;
      const len = fromEpochDay(dv.b).y - y0;
      const [f0, f1] = part === 0 ? [0, Math.round(len * 0.4)] : part === 1 ? [Math.round(len * 0.3), Math.round(len * 0.7)] : [Math.round(len * 0.7), len];
      out.a = dayNumber(y0 + f0, 1, 1);
      out.b = dayNumber(y0 + f1, 1, 1);
      out.g = out.ig = 'year';
    } else {
      // A Hijri month or year: thirds of its days.
      const len = dv.b - dv.a;
      [out.a, out.b] = part === 0 ? [dv.a, dv.a + Math.round(len / 3)] : part === 1 ? [dv.a + Math.round(len / 3), dv.a + Math.round((2 * len) / 3)] : [dv.a + Math.round((2 * len) / 3), dv.b];
    }
    return { s, j: t.j, dv: out, kind: 'period' };
  }

  /** الأسبوع الأول من أكتوبر, آخر أسبوع في سبتمبر, الأسبوع الأخير من الشهر الماضي. */
  private weekOfRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    let k: number;
    let nth: number; // 1..5, or -1 for the last
    const s0 = this.read(i, DUNIT);
    if (s0 !== undefined && s0.f.v === U_WEEK && s0.f.t === 0) {
      const o = this.read(s0.j, ORD, true);
      const last = this.norm(s0.j) === 'الاخير';
      if (o !== undefined && o.f.v <= 5) {
        nth = o.f.v;
        k = o.j;
      } else if (last) {
        nth = -1;
        k = s0.j + 1;
      } else return undefined;
    } else {
      const f = this.fw(i, F_AKHIR) ?? this.fw(i, F_AWWAL);
      const o = f === undefined ? this.read(i, ORD) : undefined;
      const at = f?.j ?? o?.j;
      if (at === undefined || this.fw(at, F_USBU, true) === undefined) return undefined;
      nth = f !== undefined ? (f.f.v === F_AKHIR ? -1 : 1) : o!.f.v;
      k = at + 1;
    }
    const prep = this.fw(k, F_MIN, true) ?? this.fw(k, F_FI, true);
    if (prep === undefined) return undefined;
    const t = this.periodTarget(prep.j);
    if (t === undefined || t.dv.g !== 'month' || t.dv.iv) return undefined;
    const s = this.stemStart(i, this.readings(i)[0]?.cl ?? 0);
    return {
      j: t.j, s, fn: () => {
        const dv = t.dv;
        const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type: 'interval', grain: 'week', calendar: 'gregorian', relative: dv.rel };
        if (dv.ok) {
          const a = nth < 0 ? dv.b - 7 : dv.a + 7 * (nth - 1);
          base.from = fmtDay(a);
          base.to = fmtDay(Math.min(a + 7, dv.b));
        }
        this.emit(s, t.j, base);
      },
    };
  }

  /** التسعينيات، عقد الثمانينات، تسعينيات القرن الماضي، القرن العشرين، القرن 19. */
  private decade(i: number): DayMatch | undefined {
    let k = i;
    let s = -1;
    const aqd = this.fw(i, F_AQD);
    if (aqd !== undefined && this.read(aqd.j, DEC, true) !== undefined) {
      s = this.stemStart(i, aqd.cl);
      k = aqd.j;
    }
    const d = this.read(k, DEC);
    if (d !== undefined) {
      if (s < 0) s = this.stemStart(k, d.cl);
      let j = d.j;
      let base = d.f.v;
      // تسعينيات القرن الماضي / العشرين / الحالي
      const q = this.fw(j, F_QARN, true);
      if (q !== undefined) {
        const cent = this.century(j);
        if (cent !== undefined) {
          base = cent.c0 + (d.f.v % 100);
          j = cent.j;
        }
      } else if (d.f.t === 1) return undefined; // تسعينيات alone is fine only in construct
      return { s, j, dv: this.span(base, 10), kind: 'period' };
    }
    const cent = this.century(i);
    if (cent !== undefined) return { s: this.stemStart(i, this.fw(i, F_QARN)!.cl), j: cent.j, dv: this.span(cent.c0, 100, cent.rel), kind: 'period' };
    return undefined;
  }

  private span(y0: number, years: number, rel = false): DV {
    const dv = this.make('year', dayNumber(y0, 1, 1), dayNumber(y0 + years, 1, 1), rel);
    dv.iv = true;
    dv.ig = 'year';
    return dv;
  }

  private century(i: number): { c0: number; j: number; rel: boolean } | undefined {
    const q = this.fw(i, F_QARN);
    if (q === undefined) return undefined;
    const c = this.read(q.j, CENT, true);
    if (c !== undefined) return { c0: (c.f.v - 1) * 100, j: c.j, rel: false };
    const n = this.num(q.j);
    if (n >= 1 && n <= 30 && this.digits(q.j) <= 2) return { c0: (n - 1) * 100, j: q.j + 1, rel: false };
    const dir = this.read(q.j, DIR, true);
    if (dir !== undefined && this.ref !== undefined) return { c0: Math.floor(this.ref.y / 100) * 100 + 100 * dir.f.v, j: dir.j, rel: true };
    return undefined;
  }

  private decadeRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    const d = this.decade(i);
    if (d === undefined) return undefined;
    return { j: d.j, s: d.s, fn: () => this.emitDV(d.s, d.j, d.dv) };
  }

  /** الأيام الثلاثة الماضية، الـ24 ساعة الماضية، الساعات الـ48 المقبلة، الأسابيع الماضية (vague). */
  private countedPlural(i: number): { j: number; s: number; fn: () => void } | undefined {
    let k = i;
    let s = -1;
    const kh = this.fw(i, F_KHILAL);
    if (kh !== undefined) {
      k = kh.j;
      s = this.stemStart(i, kh.cl);
    }
    // الـ24 ساعة الماضية
    const al = this.fw(k, F_AL, true);
    if (al !== undefined && this.num(al.j) >= 0) {
      const u = this.read(al.j + 1, UNIT, true);
      const dir = u !== undefined ? this.read(u.j, DIR, true) : undefined;
      if (u !== undefined && dir !== undefined && dir.f.v !== 0) {
        const st = s >= 0 ? s : this.s.start[k];
        const n = this.num(al.j);
        return { j: dir.j, s: st, fn: () => this.emitCounted(st, dir.j, n, u.f.v, dir.f.v) };
      }
    }
    const du = this.read(k, DUNIT);
    if (du === undefined || du.f.t !== 1) return undefined;
    if (s < 0) s = this.stemStart(k, du.cl);
    let j = du.j;
    let n = -1;
    const c = this.cardinal(j);
    if (c !== undefined && (c.art || this.s.kind[j] === KN)) {
      n = c.v;
      j = c.j;
    }
    const dir = this.read(j, DIR, true);
    if (dir === undefined || dir.f.v === 0) return undefined;
    const st = s;
    const unit = du.f.v;
    if (n < 0) {
      const vague: 'past' | 'future' = dir.f.v < 0 ? 'past' : 'future';
      return { j: dir.j, s: st, fn: () => this.emit(st, dir.j, { type: 'interval', grain: UNIT_GRAIN[unit], calendar: 'gregorian', relative: true, vague, flags: ['vague'] }) };
    }
    return { j: dir.j, s: st, fn: () => this.emitCounted(st, dir.j, n, unit, dir.f.v) };
  }

  /** الشتاء، صيف 2020: seasons only with a year or a direction (الصيف الماضي). */
  private seasonRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    const r = this.read(i, SEASON);
    if (r === undefined) return undefined;
    const s = this.stemStart(i, r.cl);
    const [, m0, len] = SEASONS[r.f.v];
    const yr = this.yearAfter(r.j, 'gregorian');
    const dir = yr === undefined ? this.read(r.j, DIR, true) : undefined;
    if (yr === undefined && dir === undefined) return undefined;
    if (yr !== undefined && yr.cal !== 'gregorian') return undefined;
    const j = yr?.j ?? dir!.j;
    return {
      j, s, fn: () => {
        let y: number | undefined = yr?.y;
        if (y === undefined && this.ref !== undefined) {
          // الصيف الماضي: the last one that has ended; الشتاء المقبل: the next one to start.
          const ref = this.ref;
          const d = dir!.f.v;
          for (let yy = d < 0 ? ref.y : ref.y - 1; d < 0 ? yy >= ref.y - 2 : yy <= ref.y + 1; yy += d < 0 ? -1 : 1) {
            const a = dayNumber(yy, m0, 1);
            const [y2, m2] = addMonths(yy, m0, len);
            const b = dayNumber(y2, m2, 1);
            if ((d < 0 && b <= ref.day) || (d > 0 && a > ref.day) || (d === 0 && a <= ref.day && ref.day < b)) {
              y = yy;
              break;
            }
          }
        }
        const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type: 'interval', grain: 'month', calendar: 'gregorian', relative: yr === undefined };
        if (y !== undefined) {
          base.from = fmtYM(y, m0);
          const [y2, m2] = addMonths(y, m0, len);
          base.to = fmtYM(y2, m2);
        }
        this.emit(s, j, base);
      },
    };
  }

  // ------------------------------------------------------------ vague

  private vagueRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    const r = this.read(i, VAGUE);
    if (r === undefined) return undefined;
    const s = this.stemStart(i, r.cl);
    const vague: 'past' | 'present' | 'future' = r.f.v < 0 ? 'past' : r.f.v === 0 ? 'present' : 'future';
    return { j: r.j, s, fn: () => this.emit(s, r.j, { type: 'date', grain: 'day', calendar: 'gregorian', relative: true, vague, flags: ['vague'] }) };
  }

  // ------------------------------------------------------------ ranges

  /** من X إلى Y، بين عامي 2019 و2021، من 5 إلى 7 نوفمبر، 5-7 نوفمبر، منذ X، حتى X، اعتباراً من X. */
  private rangeRule(i: number): { j: number; s: number; fn: () => void } | undefined {
    let best: { j: number; s: number; fn: () => void } | undefined;
    for (const r of this.readings(i)) {
      if (r.f.c !== FW) continue;
      const s = this.stemStart(i, r.cl);
      let c: { j: number; s: number; fn: () => void } | undefined;
      if (r.f.v === F_MIN) c = this.fromTo(r.j, s, [F_ILA, F_HATTA]);
      else if (r.f.v === F_BAYN) {
        let k = r.j;
        const dual = this.fw(k, F_DUAL, true);
        if (dual !== undefined) k = dual.j;
        c = this.fromTo(k, s, [], true, dual !== undefined);
      } else if (r.f.v === F_DUAL && r.cl === 0 && this.norm(i) === 'يومي') {
        // يومي 3 و4 ديسمبر without بين: two days, mostly consecutive (عامي 2019 و2021 may be two apart)
        c = this.fromTo(r.j, s, [], true, true);
      } else if (r.f.v === F_MUNDH || r.f.v === F_SINCE) {
        // اعتباراً من مطلع أيار وحتى نهاية العام: a closed range when an end follows
        if (r.f.v === F_SINCE) c = this.fromTo(r.j, s, [F_ILA, F_HATTA]);
        const x = c === undefined ? this.rangeEnd(r.j, true) : undefined;
        if (x !== undefined) c = { j: x.j, s, fn: () => this.emitRange(s, x.j, x.dv, undefined) };
      } else if (r.f.v === F_HATTA) {
        const x = this.rangeEnd(r.j, true);
        if (x !== undefined && x.kind !== 'rel') c = { j: x.j, s, fn: () => this.emitRange(s, x.j, undefined, x.dv) };
      }
      if (c !== undefined && (best === undefined || c.j > best.j)) best = c;
    }
    // 5-7 نوفمبر، 2019-2021
    if (this.s.kind[i] === KN && this.isPunct(i + 1, '-–') && this.s.kind[i + 2] === KN) {
      const c = this.fromToDash(i);
      if (c !== undefined && (best === undefined || c.j > best.j)) best = c;
    }
    return best;
  }

  private rangeEnd(i: number, ctx: boolean): DayMatch | undefined {
    let best = this.dayExpr(i, ctx);
    for (const t of [this.periodTarget(i), this.partDV(i)]) if (t !== undefined && (best === undefined || t.j > best.j)) best = t;
    if (best !== undefined && best.dv.invalid) return undefined;
    return best;
  }

  private fromTo(k: number, s: number, seps: number[], bayn = false, dual = false): { j: number; s: number; fn: () => void } | undefined {
    // X may be a bare day that borrows month and year from Y: من 5 إلى 7 نوفمبر.
    let x: DayMatch | undefined = this.rangeEnd(k, true);
    const dn = this.dayNum(k);
    let xDay: number | undefined;
    if (dn !== undefined && (x === undefined || x.j <= dn.j)) {
      x = undefined;
      xDay = dn.d;
    }
    if (dual && x === undefined && xDay === undefined) return undefined;
    let j = x?.j ?? dn?.j;
    if (j === undefined) return undefined;
    // The separator: إلى/حتى/لغاية, or و for بين.
    let y: DayMatch | undefined;
    if (bayn) {
      if (this.norm(j) === 'و' && this.s.kind[j] === KW) j++;
      else if (!this.s.norm[j]?.startsWith('و')) return undefined;
      y = this.rangeEndWaw(j);
    } else {
      let sep: Reading | undefined;
      for (const r of this.readings(j)) if (r.f.c === FW && seps.includes(r.f.v) && (r.cl === 0 || (r.cl === 1 && this.s.norm[j][0] === 'و'))) sep = r;
      if (sep === undefined) return undefined;
      y = this.rangeEnd(sep.j, true);
    }
    if (y === undefined) {
      // بين 5 و7 نوفمبر
      return undefined;
    }
    const yy = y;
    if (xDay !== undefined) {
      if (yy.dv.g !== 'day' || !yy.dv.ok || yy.dv.iv) {
        if (yy.dv.g === 'day' && !yy.dv.ok) return { j: yy.j, s, fn: () => this.emitRange(s, yy.j, { ...yy.dv }, yy.dv) };
        return undefined;
      }
      const { y: yr, m } = fromEpochDay(yy.dv.a);
      if (xDay > daysInMonth(yr, m) || xDay > fromEpochDay(yy.dv.a).d) return undefined;
      const a = dayNumber(yr, m, xDay);
      const xv: DV = { ...yy.dv, a, b: a + 1, flags: [] };
      return { j: yy.j, s, fn: () => this.emitRange(s, yy.j, xv, yy.dv) };
    }
    let xx = x!;
    if (xx.dv.g === 'hour' || yy.dv.g === 'hour') return undefined;
    // من 1 يناير حتى 31 مارس 2020: the start takes the year stated at the end.
    if (xx.dv.yl && !yy.dv.yl && yy.dv.ok && !yy.dv.iv && (xx.dv.g === 'day' || xx.dv.g === 'month')) {
      const e = fromEpochDay(yy.dv.a);
      const b = fromEpochDay(xx.dv.a);
      const year = b.m < e.m || (b.m === e.m && b.d <= e.d) ? e.y : e.y - 1;
      const a = dayNumber(year, b.m, xx.dv.g === 'day' ? b.d : 1);
      const len = xx.dv.g === 'day' ? 1 : daysInMonth(year, b.m);
      xx = { ...xx, dv: { ...xx.dv, a, b: a + len, rel: false } };
    }
    return { j: yy.j, s, fn: () => this.emitRange(s, yy.j, xx.dv, yy.dv) };
  }

  // After بين X: "و2021" / "والثلاثاء" / "و 7 نوفمبر".
  private rangeEndWaw(j: number): DayMatch | undefined {
    const y = this.rangeEnd(j, true);
    if (y !== undefined) return y;
    return undefined;
  }

  private fromToDash(i: number): { j: number; s: number; fn: () => void } | undefined {
    if (!this.glued(i) || !this.glued(i + 1)) return undefined;
    const a = this.num(i);
    const b = this.num(i + 2);
    const s = this.s.start[i];
    if (this.digits(i) === 4 && this.digits(i + 2) === 4 && a >= 1800 && b > a && b <= 2100) {
      return { j: i + 3, s, fn: () => this.emitRange(s, i + 3, this.yearDV(a), this.yearDV(b)) };
    }
    if (this.digits(i) <= 2 && this.digits(i + 2) <= 2 && a >= 1 && b > a && b <= 31) {
      const y = this.dateCore(i + 2, true);
      if (y === undefined || y.dv.g !== 'day') return undefined;
      if (!y.dv.ok) return { j: y.j, s, fn: () => this.emitRange(s, y.j, y.dv, y.dv) };
      const { y: yr, m } = fromEpochDay(y.dv.a);
      const xa = dayNumber(yr, m, a);
      const xv: DV = { ...y.dv, a: xa, b: xa + 1, flags: [] };
      return { j: y.j, s, fn: () => this.emitRange(s, y.j, xv, y.dv) };
    }
    return undefined;
  }

  private emitRange(s: number, j: number, x: DV | undefined, y: DV | undefined): void {
    const rel = (x?.rel ?? false) || (y?.rel ?? false);
    const cal = x?.cal === 'hijri' || y?.cal === 'hijri' ? 'hijri' : 'gregorian';
    const grain = x !== undefined && y !== undefined ? finer(x.g, y.g) : (x ?? y)!.g;
    const flags = [...(x?.flags ?? []), ...(y?.flags ?? [])];
    const base: Omit<TaggedDate, 'start' | 'end' | 'text'> = { type: 'interval', grain, calendar: cal, relative: rel, flags };
    const ok = (x === undefined || x.ok) && (y === undefined || y.ok);
    if (ok) {
      if (x !== undefined) base.from = x.g === 'hour' && x.from !== undefined ? x.from : fmtAt(x.iv ? (x.ig ?? 'day') : x.g === 'week' ? 'day' : x.g, x.a);
      if (y !== undefined) base.to = y.g === 'hour' && y.to !== undefined ? y.to : fmtAt(y.iv ? (y.ig ?? 'day') : y.g === 'week' ? 'day' : y.g, y.b);
      // منذ 3 أيام is an offset (durationRule); منذ أسبوعين likewise.
    }
    const hijri = x?.hijri ?? y?.hijri;
    if (hijri !== undefined) base.hijri = hijri;
    this.emit(s, j, base);
    const last = y ?? x;
    if (last !== undefined) this.noteAnchor(last, j);
  }
}

const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NIGHT = 7; // index of 'night' in PARTS_OF_DAY
const NIGHT_NOUN_ONLY = -1;
const AM = 100;
const PM = 101;
const UNIT_GRAIN: readonly Grain[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'year', 'year'];
const PART_FLAG = ['start', 'mid', 'end'];
/** Nouns whose year follows them: انتخابات 2016, موازنة 2024, موسم 2023. */
const YEAR_NOUNS = new Set(fold('انتخابات الانتخابات موازنة ميزانية موسم تعداد إحصاء نسخة دورة مونديال أولمبياد').split(' '));
/** Words that start a tournament's name, whose year comes after it (كأس أمم إفريقيا 2025). */
const TOURNAMENTS = new Set(fold('كأس كاس بطولة مونديال أولمبياد ألعاب').split(' '));
const AGE_WORDS = new Set(['العمر', 'عمر', 'عمره', 'عمرها', 'عمرهم', 'البالغ', 'البالغه', 'يبلغ', 'تبلغ', 'ناهز', 'يناهز', 'تناهز', 'بعمر', 'سن', 'السن', 'عمرا', 'المسن', 'المسنه']);
// Counted nouns that follow a number in news (2000 جندي، 1500 شخص): a year reading is unlikely.
const COUNTED = new Set(fold('هكتار فدان دونم ميغاواط كيلوواط جندي عنصر شخص قتيل جريح مصاب محتج متظاهر مدني طفل امرأة رجل مقاتل عسكري معتقل لاجئ نازح عائلة أسرة منزل صاروخ طائرة قذيفة دولار يورو دينار ريال ليرة جنيه درهم طن كيلو متر كيلومتر ميل برميل صوت ناخب مرشح مقعد مقعدا نائب حالة إصابة وفاة عامل موظف طالب مشارك زائر سائح حاج').split(' '));

function podHours(pod: number): [number, number] {
  if (pod === PARTS_OF_DAY.length) return [12, 17]; // بعد الظهر
  const p = PARTS_OF_DAY[pod];
  return [p[2], p[3]];
}

// الثالثة فجراً = 03:00; الثامنة مساءً = 20:00; الواحدة ظهراً = 13:00; الثانية عشرة ليلاً = 00:00.
function adjustHour(h: number, pod: number | undefined): number {
  if (pod === undefined) return h;
  if (pod === PM) return h < 12 ? h + 12 : h;
  if (pod === AM) return h === 12 ? 0 : h;
  const name = pod === PARTS_OF_DAY.length ? 'afternoon' : PARTS_OF_DAY[pod][0];
  switch (name) {
    case 'evening':
    case 'afternoon':
      return h < 12 ? h + 12 : h;
    case 'noon':
      return h >= 1 && h <= 5 ? h + 12 : h;
    case 'night':
      return h === 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
    default:
      return h === 12 ? 0 : h;
  }
}

function isoDuration(n: number, unit: number): string {
  switch (unit) {
    case U_SECOND:
      return `PT${n}S`;
    case U_MINUTE:
      return `PT${n}M`;
    case U_HOUR:
      return `PT${n}H`;
    case U_DAY:
      return `P${n}D`;
    case U_WEEK:
      return `P${n}W`;
    case U_MONTH:
      return `P${n}M`;
    case U_DECADE:
      return `P${n * 10}Y`;
    case U_CENTURY:
      return `P${n * 100}Y`;
    default:
      return `P${n}Y`;
  }
}

