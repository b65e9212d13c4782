/**
 * The gazetteer, parsed from the compiled data (./data/gazetteer.ts) on first use and cached:
 * entries, a token trie over the normalised aliases (search preset) and the demonym forms.
 */
import { createNormalizer } from '../normalize/index.js';
import { GAZETTEER_DATA } from './data/gazetteer.js';
import type { PlaceKind } from './types.js';

/** One gazetteer entry. `weight` is the prior among homonyms (population; a division's cities' total). */
export interface Entry {
  id: string;
  kind: PlaceKind;
  country: string | undefined;
  name: string;
  nameEn: string | undefined;
  lat: number | undefined;
  lon: number | undefined;
  population: number | undefined;
  capital: boolean;
  weight: number;
  aliases: string[];
}

/** A way an alias can resolve: to an entry as a name, or (demonym) to a country. */
export interface Candidate {
  entry: number;
  /** 0 free, 1 needs a cue, 2 needs a type noun or coordination, 3 never alone. */
  gate: number;
  demonym: boolean;
}

/** A node of the token trie: keyed by normalised tokens. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  cands: Candidate[] | undefined;
  /** Organisation/outlet name ending here: 1 always blocks, 2 blocks after an outlet noun or inside quotes. */
  outlet: 0 | 1 | 2;
}

/** The loaded gazetteer. */
export interface Gazetteer {
  entries: Entry[];
  byId: Map<string, number>;
  root: Map<string, TrieNode>;
  norm: (text: string) => string;
  /** Country id → its demonym forms (display form). */
  demonyms: Map<string, string[]>;
  /** Milliseconds it took to parse and index. */
  loadMs: number;
}

const KINDS: Record<string, PlaceKind> = { c: 'country', r: 'region', t: 'city', l: 'landmark' };

// Sound inflections of a nisba adjective: عراقي عراقية عراقيون عراقيين عراقيات عراقيان عراقيتان عراقيتين.
const NISBA_SUFFIXES = ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين'];
// The same suffixes in the search preset (ة → ه), so a base is normalised once, not sixteen times.
const NISBA_SUFFIXES_NORM = ['', 'ه', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين'];

let cached: Gazetteer | undefined;

/** The gazetteer, built on the first call (≈ tens of ms) and cached. */
export function gazetteer(): Gazetteer {
  return (cached ??= load());
}

function num(s: string | undefined): number | undefined {
  return s === undefined || s === '' ? undefined : Number(s);
}

function load(): Gazetteer {
  const t0 = performance.now();
  let normalizer: ((text: string) => string) | undefined;
  const norm = (text: string): string => (normalizer ??= createNormalizer('search'))(text);
  const entries: Entry[] = [];
  const byId = new Map<string, number>();
  const root = new Map<string, TrieNode>();
  const demonyms = new Map<string, string[]>();

  const nodeFor = (key: string): TrieNode | undefined => {
    let node: TrieNode | undefined;
    let from = 0;
    while (from <= key.length) {
      let to = key.indexOf(' ', from);
      if (to < 0) to = key.length;
      if (to > from) {
        const w = key.slice(from, to);
        const map = node ? (node.next ??= new Map()) : root;
        let child = map.get(w);
        if (!child) {
          child = { next: undefined, cands: undefined, outlet: 0 };
          map.set(w, child);
        }
        node = child;
      }
      from = to + 1;
    }
    return node;
  };
  const addCandidate = (key: string, cand: Candidate): void => {
    const node = nodeFor(key);
    if (!node) return;
    const list = node.cands;
    if (!list) {
      node.cands = [cand];
      return;
    }
    for (const c of list) {
      if (c.entry === cand.entry && c.demonym === cand.demonym) {
        if (cand.gate < c.gate) c.gate = cand.gate;
        return;
      }
    }
    list.push(cand);
  };

  for (const line of GAZETTEER_DATA.split('\n')) {
    const f = line.split('|');
    const tag = f[0];
    if (tag === 'd') {
      const countryId = f[1]!;
      const entry = byId.get(countryId);
      if (entry === undefined) continue;
      const forms: string[] = [];
      for (const item of f[2]!.split(';')) {
        const [base, baseKey = base] = item.split('~') as [string, string?];
        if (base.startsWith('+')) {
          // a broken plural (أمريكان، أتراك، روس): as written, with and without the article
          const word = base.slice(1);
          const key = baseKey.slice(1);
          forms.push(word, 'ال' + word);
          addCandidate(key, { entry, gate: 0, demonym: true });
          addCandidate('ال' + key, { entry, gate: 0, demonym: true });
          continue;
        }
        const words = base.split(' ');
        const keyWords = baseKey.split(' ');
        for (let s = 0; s < NISBA_SUFFIXES.length; s++) {
          const inflected = words.map((w) => w + NISBA_SUFFIXES[s]!);
          forms.push(inflected.join(' '), inflected.map((w) => 'ال' + w).join(' '));
          const keys = keyWords.map((w) => w + NISBA_SUFFIXES_NORM[s]!);
          addCandidate(keys.join(' '), { entry, gate: 0, demonym: true });
          addCandidate(keys.map((w) => 'ال' + w).join(' '), { entry, gate: 0, demonym: true });
        }
      }
      demonyms.set(countryId, forms);
    } else if (tag === 'o') {
      const node = nodeFor(f[2]!.split('~')[1] ?? f[2]!);
      if (node) node.outlet = f[1] === 'always' ? 1 : 2;
    } else {
      const kind = KINDS[tag!];
      if (!kind) continue;
      const [, id, country, name, nameEn, lat, lon, population, flags, weight, aliasField] = f as [string, string, string, string, string, string, string, string, string, string, string];
      const index = entries.length;
      const aliases: string[] = [];
      const pop = num(population);
      const entry: Entry = {
        id,
        kind,
        country: country || undefined,
        name,
        nameEn: nameEn || undefined,
        lat: num(lat),
        lon: num(lon),
        population: pop,
        capital: flags.includes('C'),
        weight: kind === 'country' ? 1e12 : kind === 'region' && weight ? Number(weight) * 0.3 : (pop ?? (kind === 'city' ? 0 : 1e6)),
        aliases,
      };
      entries.push(entry);
      byId.set(id, index);
      for (const item of aliasField.split(';')) {
        if (!item) continue;
        const caret = item.indexOf('^');
        const body = caret < 0 ? item : item.slice(0, caret);
        const gate = caret < 0 ? 0 : Number(item.slice(caret + 1));
        const tilde = body.indexOf('~');
        const text = tilde < 0 ? body : body.slice(0, tilde);
        const alias = text === '=' ? name : text;
        aliases.push(alias);
        addCandidate(tilde < 0 ? alias : body.slice(tilde + 1), { entry: index, gate, demonym: false });
      }
    }
  }
  // A word that is both a demonym and a name (الهندية: Indian, and a town in Karbala) is read as the
  // demonym unless a type noun says otherwise (مدينة الهندية). A country named by its own demonym
  // (السعودية) is left to the context: the tagger reads it as the demonym after a noun.
  const visit = (map: Map<string, TrieNode>): void => {
    for (const node of map.values()) {
      if (node.cands && node.cands.some((c) => c.demonym)) {
        const own = new Set(node.cands.filter((c) => c.demonym).map((c) => c.entry));
        for (const c of node.cands) if (!c.demonym && c.gate < 2 && !own.has(c.entry)) c.gate = 2;
      }
      if (node.next) visit(node.next);
    }
  };
  visit(root);
  return { entries, byId, root, norm, demonyms, loadMs: performance.now() - t0 };
}
