/**
 * Clitic segmentation: proclitics (و ف + ب ك ل + the article ال, written لل after ل) and
 * pronoun enclitics (ه ها هما هم هن ك كما كم كن ي ني نا), with offsets into the word.
 *
 * The letters are matched on a "skeleton" of the word: marks, tatweel and invisibles removed,
 * presentation forms folded, but ة ≠ ه, ى ≠ ي and أ ≠ ا kept apart (ة is never an enclitic,
 * ألف is not the article). Every skeleton letter remembers the original code units it came
 * from (a letter plus the marks/tatweel after it), so segments always cut between letters:
 * a tatweel after a clitic belongs to the clitic (بـ|العراق), a shadda to its letter.
 */
import type { Segment } from '../core/index.js';
import { DhadError, describeValue } from '../core/index.js';
import { createNormalizer } from '../normalize/index.js';
import { searchForm } from './fastnorm.js';
import { searchNormalizer } from './search.js';

/** Options of {@link segmentClitics}. */
export interface CliticOptions {
  /**
   * Is this a known stem? Called with the NORMALISED (search preset) candidate stem. When the
   * candidate split removed the article (ال, or the ال inside لل), it is first called with the
   * article restored ('العراق', 'الكاظمي' for للكاظمي), then with the bare stem ('عراق').
   * When a pronoun enclitic was removed and the stem ends in ت or ا, it is also called with
   * the form before the suffix (مدينته → 'مدينت', then 'مدينه'; مستشفاه → 'مستشفا', then 'مستشفي').
   * A split is accepted when any call returns true.
   */
  isStem?: (normStem: string) => boolean;
}

type Fold = (text: string) => string;

let lightNorm: Fold | undefined;
let foldCache: Array<string | undefined> | undefined;

// Per code unit: marks/tatweel/invisibles → '', presentation forms → base letters (ﻻ → لا),
// but alef/hamza/teh marbuta/alef maksura untouched.
function foldUnit(c: number): string {
  const cache = (foldCache ??= new Array<string | undefined>(0x10000));
  let f = cache[c];
  if (f === undefined) {
    const light = (lightNorm ??= createNormalizer({
      compose: true,
      presentationForms: true,
      diacritics: 'all',
      daggerAlef: 'remove',
      tatweel: true,
      alef: false,
      alefMaksura: false,
      tehMarbuta: false,
      hamza: false,
      persian: true,
      digits: false,
      punctuation: false,
      invisibles: true,
      zwnj: 'remove',
      spaces: false,
    }));
    f = c >= 0xd800 && c <= 0xdfff ? (c <= 0xdbff ? '\uFFFD' : '') : light(String.fromCharCode(c));
    cache[c] = f;
  }
  return f;
}

/** A word's skeleton and where each skeleton letter starts in the word. */
interface Skeleton {
  /** The skeleton letters. */
  s: string;
  /** For skeleton index k: offset in the word where a segment starting at k starts, or -1 if k is inside a ligature. */
  cut: Int32Array;
}

let identityCuts: Int32Array | undefined;

function skeletonOf(word: string): Skeleton {
  // Fast path: plain letters ء–ي only, so the skeleton is the word and every letter is a cut.
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a || c === 0x0640) {
      plain = false;
      break;
    }
  }
  if (plain) {
    let cuts = identityCuts;
    if (cuts === undefined || cuts.length < word.length) {
      cuts = identityCuts = new Int32Array(Math.max(64, word.length * 2));
      for (let k = 0; k < cuts.length; k++) cuts[k] = k;
    }
    return { s: word, cut: cuts };
  }
  const letters: string[] = [];
  const cuts: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = foldUnit(c);
    if (f.length === 0) {
      // Combining madda/hamza written separately: ا+ٔ is أ, و+ٔ is ؤ — not a clitic letter.
      if (c >= 0x0653 && c <= 0x0655 && letters.length > 0) {
        const last = letters[letters.length - 1];
        const composed = COMPOSE[last + String.fromCharCode(c)];
        if (composed !== undefined) letters[letters.length - 1] = composed;
      }
      continue;
    }
    for (let k = 0; k < f.length; k++) {
      letters.push(f[k]);
      cuts.push(k === 0 ? (letters.length === 1 ? 0 : i) : -1);
    }
  }
  return { s: letters.join(''), cut: Int32Array.from(cuts) };
}

const COMPOSE: Readonly<Record<string, string>> = {
  'ا\u0653': 'آ',
  'ا\u0654': 'أ',
  'ا\u0655': 'إ',
  'و\u0654': 'ؤ',
  'ي\u0654': 'ئ',
};

const ENCLITICS: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي'];

interface CliticTables {
  /** Words that begin with ال but do not split off an article (relative pronouns, الله). */
  articleExceptions: ReadonlySet<string>;
  /** و + ال + د…: والده، والدته، والدين are forms of والد (father), not "and the …". */
  walidStems: ReadonlySet<string>;
  /** Host (skeleton spelling) → the pronoun enclitics it takes in conservative mode. */
  particleHosts: ReadonlyMap<string, readonly string[]>;
}

let tables: CliticTables | undefined;

/* @__NO_SIDE_EFFECTS__ */
function cliticTables(): CliticTables {
  if (tables !== undefined) return tables;
  const common = ['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'نا'];
  const particleHosts = new Map<string, readonly string[]>();
  // Prepositions and particles are a closed class, so فيها → في|ها and عليهم → علي|هم are safe
  // where كتابه → كتاب|ه would need a lexicon.
  for (const h of ['في', 'علي', 'الي', 'لدي', 'حول', 'ضد', 'فوق', 'تحت', 'امام', 'خلف', 'وراء', 'عبر', 'نحو', 'كل', 'بعض', 'ذات', 'نفس', 'بعد', 'قبل', 'مثل', 'غير', 'دون', 'لان']) {
    particleHosts.set(h, common);
  }
  // ي only where it cannot be a nisba ending (قبلي "tribal", نفسي "psychological" stay whole)
  for (const h of ['من', 'عن', 'ب', 'مع', 'بين', 'عند']) particleHosts.set(h, [...common, 'ي']);
  particleHosts.set('ل', ['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'نا', 'ي']); // not لكن ("but")
  particleHosts.set('ان', [...common, 'ني']); // أنه، إنها، أنني
  particleHosts.set('لكن', [...common, 'ني']);
  // Keyed by skeleton spelling, so no normalisation is needed per word: أن/إن/ان، إلي/الي، أمام/امام
  const hosts = new Map<string, readonly string[]>();
  for (const [h, encs] of particleHosts) {
    hosts.set(h, encs);
    const k = h.indexOf('ا');
    if (k >= 0 && k <= 1) for (const a of ['أ', 'إ', 'آ']) hosts.set(h.slice(0, k) + a + h.slice(k + 1), encs);
  }
  tables = {
    particleHosts: hosts,
    articleExceptions: new Set(['الله', 'اللهم', 'الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللاتي', 'اللائي', 'اللواتي']),
    walidStems: new Set(['ده', 'دي', 'دين', 'دان', 'دته', 'دتي', 'دتها', 'دتهم', 'دها', 'دهم', 'دهما', 'دك', 'دكم', 'دنا', 'داه', 'دتك']),
  };
  return tables;
}

const isConj = (ch: string | undefined): boolean => ch === 'و' || ch === 'ف';
const isPrep = (ch: string | undefined): boolean => ch === 'ب' || ch === 'ك' || ch === 'ل';
const isArticleAlef = (ch: string | undefined): boolean => ch === 'ا' || ch === 'ٱ';

/** One way to read the start of a word as proclitics. */
interface ProcliticParse {
  /** Skeleton lengths of the proclitic segments, in order. */
  parts: number[];
  /** Total skeleton length of the proclitics. */
  length: number;
  /** Whether the proclitics include the article (ال or the ال of لل). */
  article: boolean;
}

let parseCache: Map<string, ProcliticParse[]> | undefined;

// All proclitic readings of skeleton `s`, longest first: وبال، وال، وب، و … They depend on the
// first four letters only, so they are cached by that prefix (callers must not mutate them).
function procliticParses(s: string): ProcliticParse[] {
  const key = s.length > 4 ? s.slice(0, 4) : s;
  const cache = (parseCache ??= new Map());
  let parses = cache.get(key);
  if (parses === undefined) {
    if (cache.size >= 20000) cache.clear();
    parses = computeParses(key);
    cache.set(key, parses);
  }
  return parses;
}

function computeParses(s: string): ProcliticParse[] {
  const out: ProcliticParse[] = [];
  for (let conj = 1; conj >= 0; conj--) {
    if (conj === 1 && !isConj(s[0])) continue;
    for (let prep = 1; prep >= 0; prep--) {
      const p = conj;
      if (prep === 1 && !isPrep(s[p])) continue;
      const q = p + prep;
      for (let art = 1; art >= 0; art--) {
        const parts: number[] = [];
        if (conj === 1) parts.push(1);
        if (art === 1) {
          if (prep === 1 && s[p] === 'ل') {
            if (s[q] !== 'ل') continue;
            parts.push(2); // لل = ل + ال with the alef dropped
          } else {
            if (!isArticleAlef(s[q]) || s[q + 1] !== 'ل') continue;
            if (prep === 1) parts.push(1);
            parts.push(2);
          }
        } else if (prep === 1) parts.push(1);
        if (parts.length === 0) continue;
        let length = 0;
        for (const x of parts) length += x;
        out.push({ parts, length, article: art === 1 });
      }
    }
  }
  out.sort((a, b) => b.length - a.length);
  return out;
}

function makeSegments(word: string, sk: Skeleton, bounds: number[], roles: Array<Segment['role']>): Segment[] | undefined {
  const out: Segment[] = [];
  for (let k = 0; k < roles.length; k++) {
    const a = bounds[k] === 0 ? 0 : sk.cut[bounds[k]];
    const b = bounds[k + 1] === sk.s.length ? word.length : sk.cut[bounds[k + 1]];
    if (a < 0 || b < 0) return undefined; // the cut would fall inside a ligature (ﻻ)
    const text = word.slice(a, b);
    out.push({ text, start: a, end: b, norm: searchForm(word, a, b, text), role: roles[k] });
  }
  return out;
}

function splitAt(word: string, sk: Skeleton, procl: number[], stemEnd: number, enclitic: number): Segment[] | undefined {
  const bounds = [0];
  const roles: Array<Segment['role']> = [];
  let k = 0;
  for (const p of procl) {
    k += p;
    bounds.push(k);
    roles.push('proclitic');
  }
  if (stemEnd > k) {
    bounds.push(stemEnd);
    roles.push('stem');
  }
  if (enclitic > 0) {
    bounds.push(stemEnd + enclitic);
    roles.push('enclitic');
  }
  return makeSegments(word, sk, bounds, roles);
}

function wholeStem(word: string): Segment[] {
  return [{ text: word, start: 0, end: word.length, norm: searchNormalizer()(word), role: 'stem' }];
}

/**
 * If `word` is nothing but proclitics written with a tatweel (بـ in بـ3، كــ in "كــ الولايات",
 * وبـ، الـ in الـ20), its proclitic segments; otherwise undefined. The tatweel is the writer's
 * sign that the letters attach to what follows (a number, a quote, a Latin word, or the next word).
 */
export function procliticOnly(word: string): Segment[] | undefined {
  // cheap reject: the last letter-ish code unit must be a tatweel
  let last = word.length - 1;
  while (last >= 0 && foldUnit(word.charCodeAt(last)) === '' && word.charCodeAt(last) !== 0x0640) last--;
  if (last < 0 || word.charCodeAt(last) !== 0x0640) return undefined;
  const sk = skeletonOf(word);
  if (sk.s.length === 0 || sk.s.length > 4) return undefined;
  for (const parse of procliticParses(sk.s)) {
    if (parse.length === sk.s.length) return splitAt(word, sk, parse.parts, parse.length, 0);
  }
  // الـ alone (the article before a number or a foreign word: الـ20، الـ"درون")
  if (sk.s.length === 2 && isArticleAlef(sk.s[0]) && sk.s[1] === 'ل') return splitAt(word, sk, [2], 2, 0);
  return undefined;
}

/**
 * Splits an Arabic word into proclitics, stem and enclitic, with offsets into `word`.
 *
 * Without `isStem` the rules are conservative, because many words begin with و ف ب ك ل
 * (وزارة، فرنسا، بغداد، كتب، لبنان) or end in ه ها نا (وجه، كورونا):
 * - (و|ف)? (ب|ك)? ال + a stem of at least 3 letters: والعراق → و|ال|عراق، بالنسبة → ب|ال|نسبة;
 * - (و|ف)? لل + a stem of at least 3 letters: للكاظمي → لل|كاظمي، وللمرة → و|لل|مرة;
 * - a preposition or particle + a pronoun: فيها → في|ها، ومنهم → و|من|هم، لها → ل|ها، انه → ان|ه;
 * - a word of proclitics + tatweel: بـ → بـ (proclitic);
 * - nothing else: بغداد، وزارة، لبنان، بلد، كتب، الله، الذي، والده stay whole.
 *
 * With `isStem`, a split is made only when the remainder is a known stem (see
 * {@link CliticOptions.isStem}); a word that is itself a known stem is not split (بغداد، بلد),
 * except that a leading article is split off (العراق → ال|عراق). Longer clitics are tried first.
 *
 * @param word - one word (a token's text); marks, tatweel and ZWNJ may be inside
 * @param options - `{ isStem }`, a lexicon or gazetteer check on normalised stems
 * @returns the segments in order; their texts concatenate to `word`. One `stem` segment if nothing is split.
 * @example
 * segmentClitics('وبالعراق')
 * // [{ text: 'و', start: 0, end: 1, norm: 'و', role: 'proclitic' },
 * //  { text: 'ب', start: 1, end: 2, norm: 'ب', role: 'proclitic' },
 * //  { text: 'ال', start: 2, end: 4, norm: 'ال', role: 'proclitic' },
 * //  { text: 'عراق', start: 4, end: 8, norm: 'عراق', role: 'stem' }]
 * segmentClitics('ببغداد', { isStem: (s) => s === 'بغداد' }).map((s) => s.text) // ['ب', 'بغداد']
 */
export function segmentClitics(word: string, options?: CliticOptions): Segment[] {
  if (typeof word !== 'string') throw new DhadError('INVALID_INPUT', `segmentClitics expects a string, got ${describeValue(word)}`);
  const isStem = checkCliticOptions(options, 'segmentClitics');
  if (word.length === 0) return [];
  return segmentWord(word, isStem) ?? wholeStem(word);
}

/** Validates `{ isStem }` and returns the function (or undefined). */
export function checkCliticOptions(options: unknown, where: string): ((s: string) => boolean) | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError('INVALID_OPTION', `${where}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'isStem') throw new DhadError('UNKNOWN_OPTION', `${where}: unknown option "${key}" (expected isStem)`);
  }
  const isStem = (options as CliticOptions).isStem;
  if (isStem !== undefined && typeof isStem !== 'function') {
    throw new DhadError('INVALID_OPTION', `${where}: isStem must be a function, got ${describeValue(isStem)}`);
  }
  return isStem;
}

/** The segments of `word` if it splits, else undefined (options already validated). */
export function segmentWord(word: string, isStem: ((s: string) => boolean) | undefined): Segment[] | undefined {
  if (word.indexOf('\u0640') >= 0) {
    const only = procliticOnly(word);
    if (only !== undefined) return only;
  }
  const sk = skeletonOf(word);
  if (sk.s.length < 2) return undefined;
  return isStem === undefined ? conservative(word, sk) : withLexicon(word, sk, isStem);
}

function conservative(word: string, sk: Skeleton): Segment[] | undefined {
  const s = sk.s;
  const norm = searchNormalizer();
  const t = cliticTables();
  // 1. particle + pronoun, optionally after و/ف: فيها، عليهم، ومنهم، لها (at most و + أمام + هما: 8 letters)
  const lastLetter = s.charCodeAt(s.length - 1);
  const mayEndInPronoun = lastLetter === 0x0647 || lastLetter === 0x0627 || lastLetter === 0x0645 || lastLetter === 0x0646 || lastLetter === 0x0643 || lastLetter === 0x064a;
  for (let conj = 0; conj <= 1 && mayEndInPronoun && s.length <= 8; conj++) {
    if (conj === 1 && !isConj(s[0])) break;
    for (const enc of ENCLITICS) {
      if (s.length - conj - enc.length < 1 || !s.endsWith(enc)) continue;
      const hostEnd = s.length - enc.length;
      const host = s.slice(conj, hostEnd);
      const allowed = t.particleHosts.get(host);
      if (allowed === undefined || !allowed.includes(enc)) continue;
      const segs = splitAt(word, sk, conj === 1 ? [1] : [], hostEnd, enc.length);
      if (segs !== undefined) return segs;
    }
  }
  // 2. article forms with a stem of at least 3 letters: والعراق، بالنسبة، للكاظمي
  if (s.length < 5 || !mayHaveArticle(s)) return undefined;
  for (const parse of procliticParses(s)) {
    if (!parse.article) continue;
    const stem = s.slice(parse.length);
    if (stem.length < 3) continue;
    const definite = norm('ال' + stem);
    if (t.articleExceptions.has(definite)) continue;
    if (parse.parts[0] === 1 && s[0] === 'و' && t.walidStems.has(norm(stem))) continue;
    const segs = splitAt(word, sk, parse.parts, s.length, 0);
    if (segs !== undefined) return segs;
  }
  return undefined;
}

// ال / ٱل within the first three letters, or لل within the first two
function mayHaveArticle(s: string): boolean {
  for (let k = 0; k <= 2; k++) if ((s[k] === 'ا' || s[k] === 'ٱ') && s[k + 1] === 'ل') return true;
  return s[0] === 'ل' ? s[1] === 'ل' : s[1] === 'ل' && s[2] === 'ل';
}

function withLexicon(word: string, sk: Skeleton, isStem: (s: string) => boolean): Segment[] | undefined {
  const s = sk.s;
  const norm = searchNormalizer();
  // A known word is not split (بغداد، بلد، لبنان), except for its article (العراق → ال|عراق).
  if (isStem(norm(word))) return articleOnly(word, sk);
  const parses = [...procliticParses(s), { parts: [], length: 0, article: false }];
  interface Candidate {
    parse: ProcliticParse;
    enc: number;
    total: number;
  }
  const candidates: Candidate[] = [];
  for (const parse of parses) {
    candidates.push({ parse, enc: 0, total: parse.length });
    if (parse.article) continue; // an article and a pronoun suffix never go together
    for (const enc of ENCLITICS) {
      if (s.endsWith(enc) && s.length - parse.length - enc.length >= 2) candidates.push({ parse, enc: enc.length, total: parse.length + enc.length });
    }
  }
  candidates.sort((a, b) => b.total - a.total || b.parse.length - a.parse.length);
  for (const { parse, enc } of candidates) {
    if (parse.length === 0 && enc === 0) continue;
    const stemEnd = s.length - enc;
    if (stemEnd - parse.length < 2) continue;
    const segs = splitAt(word, sk, parse.parts, stemEnd, enc);
    if (segs === undefined) continue;
    const stemSeg = segs.find((x) => x.role === 'stem');
    if (stemSeg === undefined) continue;
    const stem = stemSeg.norm;
    let ok = false;
    if (parse.article) ok = isStem('ال' + stem);
    if (!ok) ok = isStem(stem);
    if (!ok && enc > 0 && stem.length > 1) {
      const lastCh = stem[stem.length - 1];
      if (lastCh === 'ت') ok = isStem(stem.slice(0, -1) + 'ه');
      else if (lastCh === 'ا') ok = isStem(stem.slice(0, -1) + 'ي');
    }
    if (ok) return segs;
  }
  return undefined;
}

// A known word that starts with the article: split off ال when a stem of 2+ letters remains.
function articleOnly(word: string, sk: Skeleton): Segment[] | undefined {
  const s = sk.s;
  if (!isArticleAlef(s[0]) || s[1] !== 'ل' || s.length < 4) return undefined;
  if (cliticTables().articleExceptions.has(searchNormalizer()(word))) return undefined;
  return splitAt(word, sk, [2], s.length, 0);
}
