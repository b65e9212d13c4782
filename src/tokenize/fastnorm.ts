/**
 * `search` normalisation of short slices (tokens, segments) without an allocation when the
 * slice is already in search form, which most Arabic tokens are (قال، في، من، 2021).
 */
import { FMT, FMT_BREAK, HI, LO, MARK, bmpClasses } from './chars.js';
import { searchNormalizer } from './search.js';

let stableChars: Uint8Array | undefined;

/**
 * The search form of `source.slice(start, end)`, given that slice as `text`: `text` itself when
 * every code unit is one the normaliser leaves alone, else the normaliser's output.
 */
export function searchForm(source: string, start: number, end: number, text: string): string {
  const stable = (stableChars ??= new Uint8Array(0x10000));
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    let st = stable[c];
    if (st === 0) st = learn(stable, c);
    if (st !== 1) return searchNormalizer()(text);
  }
  return text;
}

// 1: the normaliser leaves this code unit alone; 2: it may change it. Marks, surrogates and
// invisibles always go to the normaliser: it composes marks in context (ا + ٔ → أ).
function learn(table: Uint8Array, c: number): number {
  const cls = bmpClasses()[c];
  const ch = String.fromCharCode(c);
  const changes = cls === MARK || cls === HI || cls === LO || cls === FMT || cls === FMT_BREAK || searchNormalizer()(ch) !== ch;
  table[c] = changes ? 2 : 1;
  return table[c];
}
