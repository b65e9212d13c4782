/**
 * `search` normalisation of short slices (tokens, segments) without the general normaliser
 * in the common cases: a slice already in search form (قال، في، 2021) is returned as it is,
 * and one with only context-free changes (أ → ا، ة → ه، a haraka deleted) is folded here.
 */
import { DEL, SPECIAL } from '../normalize/compile.js';
import { compiledFor } from '../normalize/normalizer.js';
import { searchNormalizer } from './search.js';

let table: Uint16Array | undefined;

/**
 * The compiled `search` table: each unit's output unit, or DEL, or SPECIAL for a contextual
 * case (a hamza mark composing onto the letter before it, ی at the end of a word, a
 * presentation form that expands); surrogates map to themselves. Built on first use.
 */
export function searchTable(): Uint16Array {
  return (table ??= compiledFor('search', 'tokenize').table);
}

/**
 * The search form of `source.slice(start, end)`, given that slice as `text`: `text` itself when
 * the normaliser leaves every code unit alone, else the normaliser's output.
 */
export function searchForm(source: string, start: number, end: number, text: string): string {
  const table = searchTable();
  let out = '';
  let from = start; // source[from, i) is still to be copied to `out`
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    const t = table[c];
    if (t === c) continue;
    if (t === SPECIAL) return searchNormalizer()(text);
    // A 1:1 fold (طائرات → طايرات) or a deletion (a haraka): the same as the normaliser's loop.
    out += source.slice(from, i);
    if (t !== DEL) out += String.fromCharCode(t);
    from = i + 1;
  }
  return from === start ? text : out + source.slice(from, end);
}
