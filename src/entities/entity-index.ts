/**
 * The cross-document entity index: stable ids across documents. Candidates come from exact
 * keys and shared words; fuse.js proposes fuzzy candidates (typos) from a small bucket; the
 * comparer (compareNames) always decides.
 */
import Fuse from 'fuse.js';
import { DhadError, describeValue, toDoc } from '../core/index.js';
import type { Doc, Entity, Mention, Span } from '../core/index.js';
import { findMentions } from './find.js';
import type { FindMentionsOptions } from './find.js';
import { nameKey } from './names.js';
import type { ParsedName } from './names.js';
import { bestName, chooseCluster, clusterMentions, compareKeys, parsedKey } from './resolve.js';
import type { Cluster } from './resolve.js';

/** A mention of an entity in the index: its span and the document it is in (order of `add`). */
export interface IndexedSpan extends Span {
  /** Sequence number of the document (0 for the first added). */
  doc: number;
  text: string;
}

/** An entity of the index, with its mentions across documents. */
export interface IndexedEntity extends Entity {
  mentions: IndexedSpan[];
}

/** Options of createEntityIndex. */
export interface EntityIndexOptions {
  /** Prefix of entity ids (default 'E': E1, E2, …). */
  idPrefix?: string;
  /** Options passed to findMentions for documents that have no mentions yet. */
  find?: FindMentionsOptions;
  /** Is this folded name a place? */
  isPlace?: (norm: string) => boolean;
}

/** The index returned by createEntityIndex. */
export interface EntityIndex {
  /**
   * Finds (if the Doc has no mentions yet; with the surnames of the index's people as known
   * surnames) and resolves the document's mentions, links them to index entities; sets
   * `entityId` and `doc.entities`. `find` overrides the index's findMentions options.
   */
  add(doc: Doc | string, find?: FindMentionsOptions): Doc;
  /** Adds one name (a known entity from a list, taken as spelled: no typo matching) and returns its entity id. */
  addName(name: string, type?: 'person' | 'org'): string;
  /** The entity a name denotes, if the index has a compatible one. */
  lookup(name: string, type?: 'person' | 'org'): IndexedEntity | undefined;
  /** All entities, in order of creation. */
  entities(): IndexedEntity[];
  /** Number of entities. */
  readonly size: number;
}

interface GEntity {
  n: number;
  id: string;
  type: 'person' | 'org';
  keys: Map<string, ParsedName>;
  mentions: IndexedSpan[];
  texts: Array<{ text: string; key: string }>;
  last: number;
}

const OPTION_NAMES = new Set(['idPrefix', 'find', 'isPlace']);
const SKIP_WORDS = new Set(['بن', 'بنت', 'ابو', 'ام', 'ال']);

/** A word without its article: what a fuzzy lookup buckets on. */
const coreOf = (w: string): string => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);

/** Bucket of a word: typos keep a word's first and last letters and change its length by one at most. */
const bucketOf = (core: string, len = core.length): string => (core.length === 0 ? '' : core[0]! + core[core.length - 1]! + len);

/** Entities in both lists (creation order), newest first, at most `max`. */
function intersect<T extends { n: number }>(a: T[], b: T[], max: number, keep: (x: T) => boolean, out: Set<T>): number {
  let i = a.length - 1;
  let j = b.length - 1;
  let added = 0;
  while (i >= 0 && j >= 0 && added < max) {
    const x = a[i]!.n;
    const y = b[j]!.n;
    if (x === y) {
      if (keep(a[i]!)) {
        out.add(a[i]!);
        added++;
      }
      i--;
      j--;
    } else if (x > y) i--;
    else j--;
  }
  return added;
}

/**
 * Creates a cross-document entity index: entities get stable ids (E1, E2, …) that later
 * documents reuse when their names are compatible (الكاظمي in one article, مصطفى الكاظمي in
 * another). Candidates: exact keys and shared words, and fuse.js for one-letter slips; the
 * decision is always compareNames'.
 *
 * @param options - `idPrefix` (default 'E'), `find` (findMentions options), `isPlace`.
 * @returns The index: `add(doc)`, `addName(name)`, `lookup(name)`, `entities()`, `size`.
 * @example
 * const index = createEntityIndex()
 * index.add('قال رئيس الوزراء مصطفى الكاظمي ...')
 * index.add('نجا الكاظمي من محاولة اغتيال ...').mentions[0].entityId // 'E1'
 */
/* @__NO_SIDE_EFFECTS__ */
export function createEntityIndex(options?: EntityIndexOptions): EntityIndex {
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw new DhadError('INVALID_OPTION', `createEntityIndex options must be an object, got ${describeValue(options)}`);
    for (const k of Object.keys(options)) if (!OPTION_NAMES.has(k)) throw new DhadError('UNKNOWN_OPTION', `createEntityIndex: unknown option "${k}" (expected idPrefix, find, isPlace)`);
  }
  const prefix = options?.idPrefix ?? 'E';
  const isPlace = options?.isPlace;
  const all: GEntity[] = [];
  const byKey = new Map<string, GEntity[]>();
  const byWord = new Map<string, GEntity[]>();
  // distinct words (not entities) by bucket: fuse.js searches these few for a typo's candidates
  const buckets = new Map<string, Fuse<string>>();
  const surnames = new Set<string>();
  let docCount = 0;
  let seq = 0;

  const indexKey = (e: GEntity, key: string): void => {
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
    for (const w of key.split(' ')) {
      if (w.length < 2 || SKIP_WORDS.has(w)) continue;
      const l = byWord.get(w);
      if (l) {
        if (l[l.length - 1] !== e) l.push(e);
      } else {
        byWord.set(w, [e]);
        if (w.length >= 4) {
          const b = bucketOf(coreOf(w));
          let fuse = buckets.get(b);
          if (!fuse) {
            fuse = new Fuse<string>([], { threshold: 0.4, ignoreLocation: true });
            buckets.set(b, fuse);
          }
          fuse.add(w);
        }
      }
    }
  };

  /** Candidate entities for a set of keys: exact keys, then the rarest shared words, then fuse. */
  const candidates = (keys: string[], type: 'person' | 'org', fuzzy: boolean): Set<GEntity> => {
    const out = new Set<GEntity>();
    for (const k of keys) for (const e of byKey.get(k) ?? []) if (e.type === type) out.add(e);
    for (const k of fuzzy ? [] : keys) {
      const lists = k
        .split(' ')
        .filter((w) => w.length >= 2 && !SKIP_WORDS.has(w))
        .map((w) => byWord.get(w))
        .filter((l): l is GEntity[] => l !== undefined)
        .sort((a, b) => a.length - b.length);
      if (lists.length === 0) continue;
      // entities sharing the two rarest words (lists are in creation order), newest first
      let added = 0;
      if (lists.length >= 2) added = intersect(lists[0]!, lists[1]!, 100, (x) => x.type === type, out);
      // else the newest entities with the rarest word (a surname alone: the closest full names)
      if (added === 0) {
        const l = lists[0]!;
        for (let i = l.length - 1; i >= Math.max(0, l.length - 50); i--) if (l[i]!.type === type) out.add(l[i]!);
      }
    }
    if (fuzzy) {
      out.clear();
      // no word-sharing entity fits: fuse.js proposes known words close to each unknown word
      // (same first and last letter, length ±1), whose entities compareNames then judges
      for (const k of keys) {
        const ws = k.split(' ').filter((w) => w.length >= 2 && !SKIP_WORDS.has(w));
        const rarest = ws
          .map((w) => byWord.get(w))
          .filter((l): l is GEntity[] => l !== undefined)
          .sort((a, b) => a.length - b.length)[0];
        for (const w of ws) {
          if (w.length < 4 || byWord.has(w)) continue;
          const core = coreOf(w);
          for (const len of [core.length - 1, core.length, core.length + 1]) {
            const fuse = buckets.get(bucketOf(core, len));
            if (!fuse) continue;
            for (const r of fuse.search(w, { limit: 20 })) {
              const list = byWord.get(r.item);
              if (!list) continue;
              const keep = (x: GEntity): boolean => x.type === type;
              if (!rarest || intersect(list, rarest, 50, keep, out) === 0) {
                for (let i = list.length - 1; i >= Math.max(0, list.length - 50); i--) if (keep(list[i]!)) out.add(list[i]!);
              }
            }
          }
        }
      }
    }
    return out;
  };

  /** The entity a cluster (its keys) belongs to, if any: no conflict between any two spellings, one agreement at least. */
  const match = (keys: string[], type: 'person' | 'org', fuzzy = true): GEntity | undefined => {
    const first = matchAmong(candidates(keys, type, false), keys, type);
    // fuse only widens the search when nothing compatible shares a word; an ambiguous typo stays unanswered
    if (first.e || first.compatible > 0 || !fuzzy) return first.e;
    return matchAmong(candidates(keys, type, true), keys, type).e;
  };

  const matchAmong = (found: Set<GEntity>, keys: string[], type: 'person' | 'org'): { e: GEntity | undefined; compatible: number } => {
    if (found.size === 0) return { e: undefined, compatible: 0 };
    const cands: Array<{ c: GEntity; score: number; typo: boolean }> = [];
    for (const e of found) {
      let score = 0;
      let typo = false;
      let ok = true;
      for (const k of keys) {
        if (e.keys.has(k)) {
          score = 1;
          continue;
        }
        let n = 0;
        for (const ek of e.keys.keys()) {
          if (++n > 40) break;
          const r = compareKeys(k, ek, type, isPlace);
          if (!r.same) {
            if (r.reason === 'no-overlap') continue;
            ok = false;
            break;
          }
          if (r.reason === 'typo') typo = true;
          if (r.score > score) score = r.score;
        }
        if (!ok) break;
      }
      if (ok && score > 0) cands.push({ c: e, score, typo });
    }
    return { e: chooseCluster(cands), compatible: cands.length };
  };

  const create = (type: 'person' | 'org'): GEntity => {
    const e: GEntity = { n: all.length, id: prefix + (all.length + 1), type, keys: new Map(), mentions: [], texts: [], last: 0 };
    all.push(e);
    return e;
  };

  const attach = (e: GEntity, key: string, text: string, span: IndexedSpan | undefined): void => {
    if (!e.keys.has(key)) {
      e.keys.set(key, parsedKey(key, e.type));
      indexKey(e, key);
      // the surname of a full name: found alone in later documents (الكاظمي)
      const ws = key.split(' ');
      const last = ws[ws.length - 1]!;
      if (e.type === 'person' && ws.length > 1 && last.length >= 4 && last !== 'بن') surnames.add(last);
    }
    if (e.texts.length < 200 && !e.texts.some((t) => t.text === text)) e.texts.push({ text, key });
    if (span) e.mentions.push(span);
    e.last = ++seq;
  };

  const toEntity = (e: GEntity): IndexedEntity => ({
    id: e.id,
    type: e.type,
    name: bestName(e.texts),
    variants: e.texts.map((t) => t.text),
    mentions: e.mentions.slice(),
  });

  return {
    add(input: Doc | string, find?: FindMentionsOptions): Doc {
      const doc = toDoc(input, 'createEntityIndex().add');
      if (doc.mentions.length === 0) {
        const f = find ?? options?.find;
        const extra = f?.knownSurnames;
        doc.mentions = findMentions(doc, { ...f, knownSurnames: extra ? [...surnames, ...extra] : surnames });
      }
      const d = docCount++;
      const clusters: Cluster[] = clusterMentions(doc.mentions, isPlace);
      const entities: Entity[] = [];
      for (const c of clusters) {
        const keys = [...c.keys.keys()];
        const e = match(keys, c.type) ?? create(c.type);
        for (const m of c.mentions) {
          m.entityId = e.id;
          attach(e, m.key, m.text, { start: m.start, end: m.end, doc: d, text: m.text });
        }
        entities.push(localEntity(e.id, c.type, c.mentions));
      }
      doc.entities = entities;
      return doc;
    },
    addName(name: string, type?: 'person' | 'org'): string {
      if (typeof name !== 'string') throw new DhadError('INVALID_INPUT', `addName expects a string, got ${describeValue(name)}`);
      const key = nameKey(name);
      const t = type ?? parsedKey(key, 'person').type;
      // names from a list are taken as spelled: no fuzzy search (it would cost a fuse search per name)
      const e = match([key], t, false) ?? create(t);
      attach(e, key, name, undefined);
      return e.id;
    },
    lookup(name: string, type?: 'person' | 'org'): IndexedEntity | undefined {
      if (typeof name !== 'string') throw new DhadError('INVALID_INPUT', `lookup expects a string, got ${describeValue(name)}`);
      const key = nameKey(name);
      const t = type ?? parsedKey(key, 'person').type;
      const e = match([key], t);
      return e ? toEntity(e) : undefined;
    },
    entities(): IndexedEntity[] {
      return all.map(toEntity);
    },
    get size(): number {
      return all.length;
    },
  };
}

function localEntity(id: string, type: 'person' | 'org', mentions: Mention[]): Entity {
  const variants: string[] = [];
  for (const m of mentions) if (!variants.includes(m.text)) variants.push(m.text);
  return { id, type, name: bestName(mentions), variants, mentions: mentions.map((m) => ({ start: m.start, end: m.end })) };
}
