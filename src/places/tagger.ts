import { DhadError, describeValue, toDoc } from '../core/index.js';
import type { Doc, PlaceMention, Stage, Token } from '../core/index.js';
import { tokenize } from '../tokenize/index.js';
import { gazetteer } from './gazetteer.js';
import type { Candidate, Entry, Gazetteer, TrieNode } from './gazetteer.js';
import { NOT_AFTER, OUTLET_NOUNS, PREPOSITIONS, TYPE_NOUNS, procliticAnalyses, startsWithConjunction, stripForCue } from './rules.js';
import type { PlaceKind, PlaceMatch, TagPlacesOptions } from './types.js';

const OPTION_KEYS = ['demonyms', 'names', 'kinds'];
const ALL_KINDS: ReadonlyArray<PlaceMention['kind']> = ['country', 'region', 'city', 'landmark', 'demonym'];

function checkOptions(options: unknown, where: string): TagPlacesOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new DhadError('INVALID_OPTION', `${where}: options must be an object, got ${describeValue(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.includes(key)) {
      throw new DhadError('UNKNOWN_OPTION', `${where}: unknown option ${JSON.stringify(key)} (expected ${OPTION_KEYS.join(', ')})`);
    }
  }
  for (const key of ['demonyms', 'names']) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') {
      throw new DhadError('INVALID_OPTION', `${where}: option "${key}" must be a boolean, got ${describeValue(o[key])}`);
    }
  }
  if (o.kinds !== undefined) {
    if (!Array.isArray(o.kinds)) throw new DhadError('INVALID_OPTION', `${where}: option "kinds" must be an array, got ${describeValue(o.kinds)}`);
    for (const k of o.kinds) {
      if (!ALL_KINDS.includes(k as PlaceMention['kind'])) {
        throw new DhadError('INVALID_OPTION', `${where}: unknown kind ${describeValue(k)} in "kinds" (expected ${ALL_KINDS.join(', ')})`);
      }
    }
  }
  return o as TagPlacesOptions;
}

/** Whitespace inside a line only: a name never runs across a line break. */
function sameLineGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return false;
    if (!(c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || c === 0x202f || c === 0x3000)) return false;
  }
  return true;
}

const QUOTES_OPEN = new Set(['«', '"', '“', '\u201e', "'", '‹']);
const QUOTES_CLOSE = new Set(['»', '"', '”', "'", '›']);
/** A detached proclitic written as its own word, often with a tatweel: كـ الولايات، بـ العراق، و ليبرتي. */
const DETACHED = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

interface Found {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  clitic: string;
  cands: Candidate[];
  typeKind: PlaceKind | undefined;
  demonym: boolean;
  chosen: Candidate;
  /** وجدة: the word read with its و as a conjunction (و + جدة), kept for the document-level choice. */
  conj?: { start: number; cands: Candidate[]; chosen: Candidate };
}

/** Original offset after `normLen` normalised units of `text` (and after any marks that follow them). */
function originalOffset(text: string, normLen: number, norm: (s: string) => string): number {
  let k = 0;
  while (k < text.length && norm(text.slice(0, k)).length < normLen) k++;
  while (k < text.length && norm(text.slice(0, k + 1)).length === normLen) k++;
  return k;
}

/**
 * Finds place names and demonyms in Arabic text and links them to the gazetteer.
 * Matches normalised tokens (search preset) by longest match over a token trie; a proclitic
 * (و ف ب ك ل، للـ) is stripped only when what remains is in the gazetteer, and kept in `clitic`.
 * Names that are also common words (كان، المدينة، صباح، أشرف) need a context cue; place words
 * inside organisation and outlet names (قوات القدس، صوت أمريكا) are not places.
 *
 * @param input - a string, or a `Doc` (its tokens are used when present)
 * @param options - `{ demonyms?: boolean; names?: boolean; kinds?: kind[] }`
 * @returns the mentions, sorted by offset; `input.slice(m.start, m.end) === m.text`
 * @example
 * tagPlaces('وصل الوفد إلى بغداد قادماً من واشنطن')
 * // [{ start: 14, end: 19, text: 'بغداد', id: '98182', name: 'بغداد', kind: 'city', country: 'IQ', … },
 * //  { start: 30, end: 36, text: 'واشنطن', id: '4140963', kind: 'city', country: 'US', … }]
 * tagPlaces('للعراقيين')[0] // { start: 1, end: 9, text: 'لعراقيين', kind: 'demonym', id: 'IQ', clitic: 'ل', … }
 */
export function tagPlaces(input: string | Doc, options?: TagPlacesOptions): PlaceMatch[] {
  const opts = checkOptions(options, 'tagPlaces');
  const doc = toDoc(input, 'tagPlaces');
  const tokens = doc.tokens.length > 0 || doc.text.length === 0 ? doc.tokens : tokenize(doc.text);
  return tagTokens(doc.text, tokens, opts);
}

/** A proclitic analysis of a word that starts a gazetteer name: [stripped length, remainder, trie node]. */
interface RootHit {
  cl: number;
  key: string;
  node: TrieNode;
}
const NO_HITS: readonly RootHit[] = [];
/** Words already analysed, per gazetteer (news text repeats its words; most words start no name). */
let hitsMemo: Map<string, readonly RootHit[]> | undefined;
let hitsGazetteer: Gazetteer | undefined;
const HITS_MEMO_MAX = 50_000;

/** The analyses of `word` (وبغداد: وبغداد, بغداد) that start a name in the gazetteer. */
function rootHits(g: Gazetteer, word: string, scratch: Array<[number, string]>): readonly RootHit[] {
  if (hitsMemo === undefined || hitsGazetteer !== g) {
    hitsMemo = new Map();
    hitsGazetteer = g;
  }
  const seen = hitsMemo.get(word);
  if (seen !== undefined) return seen;
  let hits: RootHit[] | undefined;
  for (const [cl, key] of procliticAnalyses(word, scratch)) {
    const node = g.root.get(key);
    if (node) (hits ??= []).push({ cl, key, node });
  }
  if (hitsMemo.size >= HITS_MEMO_MAX) hitsMemo.clear();
  const result = hits ?? NO_HITS;
  hitsMemo.set(word, result);
  return result;
}

function tagTokens(text: string, tokens: readonly Token[], opts: TagPlacesOptions): PlaceMatch[] {
  const g = gazetteer();
  const wantNames = opts.names !== false;
  const wantDemonyms = opts.demonyms !== false;
  const kinds = opts.kinds ? new Set(opts.kinds) : undefined;
  const found: Found[] = [];
  const analyses: Array<[number, string]> = [];
  const n = tokens.length;

  // index of the previous word token that is joined to token i by whitespace only, or -1
  const prevJoined = (i: number): number => (i > 0 && sameLineGap(text, tokens[i - 1]!.end, tokens[i]!.start) ? i - 1 : -1);
  // can the word at i be an adjective of the word before it: a definite noun or one in ة?
  const adjectival = (i: number): boolean => {
    const p = prevJoined(i);
    if (p < 0 || tokens[p]!.kind !== 'word') return false;
    const w = tokens[p]!.norm;
    const bare = startsWithConjunction(w) && w.length > 4 ? w.slice(1) : w;
    return (bare.length > 3 && bare.startsWith('ال')) || tokens[p]!.text.endsWith('ة') || DETACHED.has(w);
  };

  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word') continue;
    let best: { endTok: number; node: TrieNode; cl: number } | undefined;
    let bestAccepted: { cand: Candidate; cands: Candidate[]; typeKind: PlaceKind | undefined } | undefined;
    let blockedUntil = -1;

    const hits = rootHits(g, tok.norm, analyses);
    if (hits.length === 0) continue;
    const conjunction = startsWithConjunction(tok.norm);
    // Every (analysis, end token) pair that reaches a trie node with candidates or an outlet, longest first.
    const terminals: Array<{ endTok: number; node: TrieNode; cl: number; key: string }> = [];
    for (const { cl, key, node: first } of hits) {
      let node = first;
      let j = i;
      for (;;) {
        if (node.cands || node.outlet) terminals.push({ endTok: j, node, cl, key });
        if (!node.next || j + 1 >= n) break;
        const nx = tokens[j + 1]!;
        if (nx.kind !== 'word' || !sameLineGap(text, tokens[j]!.end, nx.start)) break;
        const child = node.next.get(nx.norm);
        if (!child) break;
        node = child;
        j++;
      }
    }
    if (terminals.length === 0) continue;
    terminals.sort((a, b) => b.endTok - a.endTok || a.cl - b.cl);

    for (const t of terminals) {
      const ctx = context(g, text, tokens, i, t.endTok, tok.norm.slice(0, t.cl), found, prevJoined);
      if (t.node.outlet === 1 || (t.node.outlet === 2 && ctx.outletCue)) {
        blockedUntil = t.endTok;
        best = t;
        break;
      }
      if (!t.node.cands) continue;
      // صلاة المغرب: the sunset prayer, not Morocco
      if (t.endTok === i && ctx.notAfter !== undefined && NOT_AFTER.get(t.key)?.has(ctx.notAfter)) continue;
      // a bare و/ف (not ب/ل/ك, which are prepositions: بفرانكفورت) before a lesser-known name
      const bareConj = t.cl === 1 && conjunction && !ctx.coord;
      const accepted = t.node.cands.filter((c) => accept(c, ctx, tok, wantNames, wantDemonyms) && (!bareConj || c.demonym || likelyAfterConjunction(g.entries[c.entry]!, c.gate)));
      if (accepted.length === 0) continue;
      best = t;
      bestAccepted = { cand: choose(g, accepted, ctx.typeKind, adjectival(i)), cands: accepted, typeKind: ctx.typeKind };
      break;
    }
    if (!best) continue;
    if (blockedUntil >= 0) {
      i = blockedUntil;
      continue;
    }
    if (!bestAccepted) continue;
    const last = tokens[best.endTok]!;
    const start = best.cl === 0 ? tok.start : tok.start + originalOffset(tok.text, best.cl, g.norm);
    // وجدة is Oujda, or و + جدة (Jeddah): keep the second reading for the document to decide
    let conj: Found['conj'];
    if (best.cl === 0 && conjunction) {
      for (const t of terminals) {
        if (t.cl !== 1 || t.endTok !== best.endTok || !t.node.cands) continue;
        const ctx = context(g, text, tokens, i, t.endTok, tok.norm.slice(0, 1), found, prevJoined);
        const accepted = t.node.cands.filter((c) => accept(c, ctx, tok, wantNames, wantDemonyms) && !c.demonym);
        if (accepted.length > 0) conj = { start: tok.start + originalOffset(tok.text, 1, g.norm), cands: accepted, chosen: choose(g, accepted, ctx.typeKind) };
        break;
      }
    }
    found.push({
      start,
      end: last.end,
      firstToken: i,
      lastToken: best.endTok,
      clitic: text.slice(tok.start, start),
      cands: bestAccepted.cands,
      typeKind: bestAccepted.typeKind,
      demonym: bestAccepted.cand.demonym,
      chosen: bestAccepted.cand,
      ...(conj ? { conj } : {}),
    });
    i = best.endTok;
  }

  // Homonyms in different countries (طرابلس: Libya or Lebanon; عمان: Oman or Amman): prefer the
  // country the rest of the document is about, as told by its unambiguous mentions.
  const docCountries = new Set<string>();
  for (const f of found) {
    if (f.conj) continue;
    const countries = new Set(f.cands.map((c) => g.entries[c.entry]!.country));
    if (countries.size === 1) {
      const only = [...countries][0];
      if (only) docCountries.add(only);
    }
  }
  const out: PlaceMatch[] = [];
  for (let f of found) {
    // الرياض وجدة والدمام: و + جدة when the document is about Jeddah's country and not Oujda's
    if (f.conj && !docCountries.has(g.entries[f.chosen.entry]!.country ?? '') && docCountries.has(g.entries[f.conj.chosen.entry]!.country ?? '')) {
      f = { ...f, start: f.conj.start, clitic: text.slice(f.start, f.conj.start), cands: f.conj.cands, chosen: f.conj.chosen, demonym: false };
    }
    let chosen = f.chosen;
    if (!f.typeKind && new Set(f.cands.map((c) => g.entries[c.entry]!.country)).size > 1) {
      const local = f.cands.filter((c) => docCountries.has(g.entries[c.entry]!.country ?? ''));
      const localCountries = new Set(local.map((c) => g.entries[c.entry]!.country));
      if (local.length > 0 && localCountries.size === 1) chosen = choose(g, local, undefined, f.demonym);
    }
    const m = toMention(g.entries[chosen.entry]!, chosen.demonym, text, f);
    if (kinds && !kinds.has(m.kind)) continue;
    out.push(m);
  }
  return out;
}

interface Context {
  prep: boolean;
  typeKind: PlaceKind | undefined;
  coord: boolean;
  /** Coordination by a comma only (مصر، الأردن): enough for a name that needs a cue, not for one that needs a type noun. */
  commaOnly: boolean;
  outletCue: boolean;
  notAfter: string | undefined;
}

function context(
  g: Gazetteer,
  text: string,
  tokens: readonly Token[],
  i: number,
  endTok: number,
  clitic: string,
  found: readonly Found[],
  prevJoined: (i: number) => number,
): Context {
  let prep = /[بلك]/.test(clitic);
  let typeKind: PlaceKind | undefined;
  let coord = false;
  let outletCue = false;
  let notAfter: string | undefined;
  const lastFound = found.length > 0 ? found[found.length - 1] : undefined;

  // a detached proclitic word before the name: كـ الولايات، و ليبرتي
  let p = prevJoined(i);
  let before = i;
  if (p >= 0 && tokens[p]!.kind === 'word' && DETACHED.has(tokens[p]!.norm)) {
    const d = tokens[p]!.norm;
    if (d === 'و' || d === 'ف') {
      if (lastFound && lastFound.lastToken === prevJoined(p)) coord = true;
    } else prep = true;
    before = p;
    p = prevJoined(p);
  }
  if (clitic.startsWith('و') && lastFound && lastFound.lastToken === p) coord = true;
  // مصر، الأردن: a list of places joined by commas
  let commaOnly = false;
  // (or by a slash, as in a dateline: صنعاء/عدن)
  if (i > 1 && tokens[i - 1]!.kind === 'punct' && (tokens[i - 1]!.text === '،' || tokens[i - 1]!.text === ',' || tokens[i - 1]!.text === '/')) {
    if (lastFound && lastFound.lastToken === i - 2 && !coord) coord = commaOnly = true;
    // … and only when the list goes on or ends after it: في مدريد، كريمة بنيعيش is a woman's name
    const nx = tokens[endTok + 1];
    if (commaOnly && nx !== undefined && nx.kind === 'word' && !startsWithConjunction(nx.norm) && sameLineGap(text, tokens[endTok]!.end, nx.start)) coord = commaOnly = false;
  }
  // cue words: the word before (clitics removed), or the one before that when a demonym sits between
  // (العاصمة الأردنية عمان)
  for (let k = 0, q = p; k < 2 && q >= 0 && tokens[q]!.kind === 'word'; k++, q = prevJoined(q)) {
    const w = stripForCue(tokens[q]!.norm);
    if (k === 0) {
      if (PREPOSITIONS.has(w)) prep = true;
      if (OUTLET_NOUNS.has(w)) outletCue = true;
      notAfter = w;
    }
    const kind = TYPE_NOUNS.get(w);
    if (kind) {
      typeKind = kind;
      break;
    }
    // only look past a demonym: العاصمة الأردنية
    const node = g.root.get(tokens[q]!.norm);
    if (!node?.cands?.some((c) => c.demonym)) break;
  }
  // quotes around the name: «بغداد اليوم»
  const open = before > 0 ? tokens[before - 1] : undefined;
  const close = endTok + 1 < tokens.length ? tokens[endTok + 1] : undefined;
  if (open && close && open.kind === 'punct' && QUOTES_OPEN.has(open.text) && QUOTES_CLOSE.has(close.text) && close.kind === 'punct') {
    outletCue = true;
  }
  if (open && open.end === tokens[before]!.start && open.kind === 'punct' && QUOTES_OPEN.has(open.text) && p < 0) {
    // لـ"الحدث": an opening quote glued to the name also reads as a title
    if (close && close.kind === 'punct' && QUOTES_CLOSE.has(close.text)) outletCue = true;
  }
  void text;
  return { prep, typeKind, coord, commaOnly, outletCue, notAfter };
}

function accept(c: Candidate, ctx: Context, tok: Token, wantNames: boolean, wantDemonyms: boolean): boolean {
  if (c.demonym) {
    if (!wantDemonyms) return false;
    // a nisba is written with ي: اليمنى (right-hand) and مجرى (course) are not اليمني and مجري
    return !/ى[\u064B-\u065F\u0670]*$/u.test(tok.text);
  }
  if (!wantNames) return false;
  // tanwin marks a common noun, never a place name: وفداً (a delegation) is no و + فدا
  if (/[\u064B-\u064D]/u.test(tok.text)) return false;
  switch (c.gate) {
    case 0:
      return true;
    case 1:
      return ctx.prep || ctx.typeKind !== undefined || ctx.coord;
    case 2:
      // (a comma after a place may end a clause: وفي بيونغ يانغ، أشرف الزعيم is no Camp Ashraf)
      return ctx.typeKind !== undefined || (ctx.coord && !ctx.commaOnly);
    default:
      return false;
  }
}

// Arab League members: their towns are the ones Arabic news names in passing.
const ARAB = new Set('IQ SY LB JO PS SA KW BH QA AE OM YE EG SD LY TN DZ MA MR SO DJ KM'.split(' '));

/** After a bare و/ف (no list before it), only well-known places: فرانس is not ف + رانس (Reims). */
function likelyAfterConjunction(e: Entry, gate: number): boolean {
  if (gate > 0) return false;
  return e.kind !== 'city' || ARAB.has(e.country ?? '') || (e.population ?? 0) >= 1_000_000 || e.capital;
}

function prior(e: Entry): number {
  return e.weight + (e.capital ? 5e10 : 0);
}

/**
 * Picks a candidate. A word that is both a name and a demonym (السعودية: Saudi Arabia, or "Saudi"
 * as a feminine adjective) is the demonym after a noun it can describe (الحكومة السعودية, وزارة
 * الخارجية السعودية: `adjectival`), and the country elsewhere (في السعودية, زار السعودية, قالت السعودية).
 */
function choose(g: Gazetteer, cands: readonly Candidate[], typeKind: PlaceKind | undefined, adjectival = true): Candidate {
  let pool = cands;
  if (typeKind) {
    // after a type noun a name, not a demonym (قضاء الهندية); مدينة البصرة: the city, محافظة البصرة: the governorate
    const names = cands.filter((c) => !c.demonym);
    const ofKind = names.filter((c) => g.entries[c.entry]!.kind === typeKind);
    // العاصمة السعودية الرياض: the type noun is for the name after the demonym
    if (ofKind.length > 0) pool = ofKind;
    else if (names.length > 0 && !(adjectival && names.length < cands.length)) pool = names;
  }
  let best = pool[0]!;
  for (const c of pool) {
    if (c.demonym !== best.demonym) {
      if (c.demonym === adjectival) best = c;
      continue;
    }
    if (prior(g.entries[c.entry]!) > prior(g.entries[best.entry]!)) best = c;
  }
  return best;
}

function toMention(e: Entry, demonym: boolean, text: string, f: Found): PlaceMatch {
  const m: PlaceMatch = {
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    id: e.id,
    name: e.name,
    kind: demonym ? 'demonym' : e.kind,
  };
  if (e.nameEn !== undefined) m.nameEn = e.nameEn;
  if (e.country !== undefined) m.country = e.country;
  if (!demonym) {
    if (e.lat !== undefined && e.lon !== undefined) {
      m.lat = e.lat;
      m.lon = e.lon;
    }
    if (/^\d+$/.test(e.id)) m.geonameId = Number(e.id);
    if (e.population !== undefined) m.population = e.population;
  }
  if (f.clitic) m.clitic = f.clitic;
  return m;
}

/**
 * A pipeline stage that fills `doc.places` (requires `tokens`).
 *
 * @param options - as for `tagPlaces`
 * @returns `{ name: 'places', requires: ['tokens'], provides: ['places'], run }`
 * @example
 * pipeline(tokenizeStage(), placesStage())('في بغداد').places[0].id // '98182'
 */
export function placesStage(options?: TagPlacesOptions): Stage {
  const opts = checkOptions(options, 'placesStage');
  return {
    name: 'places',
    requires: ['tokens'],
    provides: ['places'],
    run(doc: Doc): Doc {
      return { ...doc, places: tagTokens(doc.text, doc.tokens, opts) };
    },
  };
}
