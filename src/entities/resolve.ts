/**
 * Within-document resolution: each mention joins the best compatible earlier entity, or starts
 * a new one. An entity accepts a mention only if the mention is compatible with EVERY distinct
 * spelling it already has, so pairwise matches never chain (مبارك joins حسني مبارك or جمال
 * مبارك, never both into one).
 */
import { DhadError, describeValue } from '../core/index.js';
import type { Entity, Mention } from '../core/index.js';
import { compareParsed, parseWords } from './names.js';
import type { NameComparison, ParsedName } from './names.js';

/** Options of resolveEntities. */
export interface ResolveOptions {
  /** Prefix of the entity ids (default 'e': e1, e2, …). */
  idPrefix?: string;
  /** Is this folded name a place? Never joined to a person. */
  isPlace?: (norm: string) => boolean;
}

const OPTION_NAMES = new Set(['idPrefix', 'isPlace']);

/** A cluster under construction. */
export interface Cluster {
  type: 'person' | 'org';
  /** distinct keys → parsed */
  keys: Map<string, ParsedName>;
  mentions: Mention[];
  last: number;
}

const parsedCache = new Map<string, ParsedName>();
/** Parsed form of a mention key (cached). */
export function parsedKey(key: string, type: 'person' | 'org'): ParsedName {
  const k = type + '\u0001' + key;
  let p = parsedCache.get(k);
  if (!p) {
    p = parseWords(key.length ? key.split(' ') : [], type);
    if (parsedCache.size > 100_000) parsedCache.clear();
    parsedCache.set(k, p);
  }
  return p;
}

/** compareKeys results by type, then first key, then second key (no key strings built per call). */
const cmpCache = { person: new Map<string, Map<string, NameComparison>>(), org: new Map<string, Map<string, NameComparison>>() };
let cmpCount = 0;
/** compareNames on keys, cached (only without isPlace: the answer then depends on the function). */
export function compareKeys(a: string, b: string, type: 'person' | 'org', isPlace?: (n: string) => boolean): NameComparison {
  if (isPlace) return compareParsed(parsedKey(a, type), parsedKey(b, type), true, isPlace);
  const [x, y] = a < b ? [a, b] : [b, a];
  const byType = cmpCache[type];
  let row = byType.get(x);
  let r = row?.get(y);
  if (!r) {
    r = compareParsed(parsedKey(a, type), parsedKey(b, type), true);
    if (++cmpCount > 200_000) {
      cmpCache.person.clear();
      cmpCache.org.clear();
      cmpCount = 0;
      row = undefined;
    }
    if (!row) byType.set(x, (row = new Map()));
    row.set(y, r);
  }
  return r;
}

/**
 * How well a name fits a cluster: undefined on any conflict with one of its spellings,
 * otherwise the best score and whether it needed a typo.
 */
export function fitCluster(key: string, type: 'person' | 'org', keys: Iterable<string>, isPlace?: (n: string) => boolean): { score: number; typo: boolean } | undefined {
  let best = 0;
  let typo = false;
  let n = 0;
  for (const other of keys) {
    if (++n > 40) break;
    const r = compareKeys(key, other, type, isPlace);
    // two partial names that share nothing (مصطفى, الكاظمي) are no evidence either way
    if (!r.same) {
      if (r.reason === 'no-overlap') continue;
      return undefined;
    }
    if (r.reason === 'typo') typo = true;
    if (r.score > best) best = r.score;
  }
  return best > 0 ? { score: best, typo } : undefined;
}

/** Picks the cluster a mention joins: best score, then the closest; a typo match only if unique. */
export function chooseCluster<C extends { last: number }>(candidates: Array<{ c: C; score: number; typo: boolean }>): C | undefined {
  const clean = candidates.filter((x) => !x.typo);
  if (clean.length > 0) {
    clean.sort((a, b) => {
      // a full match wins; among partial matches the most recent entity (the closest full name)
      const fa = a.score >= 0.9 ? 1 : 0;
      const fb = b.score >= 0.9 ? 1 : 0;
      return fb - fa || (fa ? b.score - a.score : 0) || b.c.last - a.c.last;
    });
    return clean[0]!.c;
  }
  return candidates.length === 1 ? candidates[0]!.c : undefined;
}

/**
 * Groups a document's mentions into entities and sets each mention's `entityId`. Partial names
 * (الكاظمي, العسكري, a given name alone) join the closest compatible full name; a one-letter
 * typo in a long word (كتاب حزب الله) joins only when exactly one entity is that close.
 *
 * @param mentions - Mentions of one document, as from findMentions (they are updated in place).
 * @param options - `idPrefix` (default 'e'), `isPlace`.
 * @returns The entities, in order of first mention.
 * @example
 * const ms = findMentions('قال أبو علي العسكري ... وكتب أبو العلي العسكري ... وأضاف العسكري')
 * resolveEntities(ms)
 * // [{ id: 'e1', type: 'person', name: 'أبو علي العسكري',
 * //    variants: ['أبو علي العسكري', 'أبو العلي العسكري', 'العسكري'], mentions: [...] }]
 */
export function resolveEntities(mentions: Mention[], options?: ResolveOptions): Entity[] {
  if (!Array.isArray(mentions)) throw new DhadError('INVALID_INPUT', `resolveEntities expects an array of mentions, got ${describeValue(mentions)}`);
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw new DhadError('INVALID_OPTION', `resolveEntities options must be an object, got ${describeValue(options)}`);
    for (const k of Object.keys(options)) if (!OPTION_NAMES.has(k)) throw new DhadError('UNKNOWN_OPTION', `resolveEntities: unknown option "${k}" (expected idPrefix, isPlace)`);
  }
  const prefix = options?.idPrefix ?? 'e';
  const clusters = clusterMentions(mentions, options?.isPlace);
  return clusters.map((c, n) => {
    const id = prefix + (n + 1);
    for (const m of c.mentions) m.entityId = id;
    return toEntity(id, c);
  });
}

/** The clustering itself (exported for the cross-document index). */
export function clusterMentions(mentions: Mention[], isPlace?: (n: string) => boolean): Cluster[] {
  const clusters: Cluster[] = [];
  const order = mentions.map((m, i) => [m, i] as const).sort((a, b) => a[0].start - b[0].start || a[1] - b[1]);
  let pos = 0;
  for (const [m] of order) {
    pos++;
    const key = m.key;
    const cands: Array<{ c: Cluster; score: number; typo: boolean }> = [];
    for (const c of clusters) {
      if (c.type !== m.type) continue;
      if (c.keys.has(key)) {
        cands.push({ c, score: 1, typo: false });
        continue;
      }
      const fit = fitCluster(key, m.type, c.keys.keys(), isPlace);
      if (fit) cands.push({ c, ...fit });
    }
    let target = chooseCluster(cands);
    if (!target) {
      target = { type: m.type, keys: new Map(), mentions: [], last: 0 };
      clusters.push(target);
    }
    if (!target.keys.has(key)) target.keys.set(key, parsedKey(key, m.type));
    target.mentions.push(m);
    target.last = pos;
  }
  return clusters;
}

/** The display name of a cluster: the spelling with the most name parts, then the most frequent. */
export function bestName(mentions: Array<{ text: string; key: string }>): string {
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.text, (count.get(m.text) ?? 0) + 1);
  let best = '';
  let bestParts = -1;
  let bestCount = -1;
  for (const m of mentions) {
    const parts = m.key.split(' ').length;
    const c = count.get(m.text)!;
    // a clitic-free spelling reads better: الكاظمي over للكاظمي
    const clean = m.key.split(' ').length === m.text.trim().split(/\s+/).length && !/^(لل|ل|و|ب|ف)/.test(m.text) ? 1 : 0;
    if (parts > bestParts || (parts === bestParts && (clean > 0 && c > bestCount))) {
      best = m.text;
      bestParts = parts;
      bestCount = c;
    }
  }
  return best;
}

function toEntity(id: string, c: Cluster): Entity {
  const variants: string[] = [];
  const seen = new Set<string>();
  for (const m of c.mentions) {
    if (!seen.has(m.text)) {
      seen.add(m.text);
      variants.push(m.text);
    }
  }
  return { id, type: c.type, name: bestName(c.mentions), variants, mentions: c.mentions.map((m) => ({ start: m.start, end: m.end })) };
}
