// Reads scripts/data/given-names.txt (format in its header): one entry per written name, with the
// section it sits in. Shared by build-names.mjs (the entities lexicon) and build-gazetteer.mjs
// (towns that are also given names need a cue), so both read the list the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} root - the repository root
 * @returns {Array<{ variants: string[]; ambiguous: boolean; gender: string; noFem: boolean; foreign: boolean }>}
 *   variants as written (without the * mark), in order: the first is the canonical spelling
 */
export function readGivenNameSource(root) {
  const out = [];
  let gender = 'm';
  let noFem = false; // "## m nofem": no feminine is generated from this section's names (ماركو, جامع)
  let foreign = false; // "## m foreign": non-Arabic names, whose surnames are transliterated (أولاف شولتس)
  for (const line of readFileSync(join(root, 'scripts', 'data', 'given-names.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || (t.startsWith('#') && !t.startsWith('##'))) continue;
    if (t.startsWith('##')) {
      [gender, noFem, foreign] = [t.slice(2).trim().split(/\s+/)[0], /\bnofem\b/.test(t), /\bforeign\b/.test(t)];
      continue;
    }
    for (const item of t.split(/\s+/)) {
      const written = item.split('/');
      out.push({ variants: written.map((v) => v.replace(/^\*/, '')), ambiguous: written.some((v) => v.startsWith('*')), gender, noFem, foreign });
    }
  }
  return out;
}
