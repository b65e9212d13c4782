#!/usr/bin/env node
// Generates src/display/data/joining.ts from the Unicode Character Database:
//   ArabicShaping.txt  → Joining_Type of the explicitly listed code points
//   UnicodeData.txt    → General_Category (unlisted Mn/Me/Cf are Transparent) and the
//                        <isolated>/<final>/<initial>/<medial> presentation-form mappings
//   Scripts.txt        → keep joining letters of the Arabic script only (plus the Common /
//                        Inherited join causers: tatweel U+0640, ZWJ U+200D), so an Arabic
//                        letter never joins a Syriac or N'Ko neighbour
//   extracted/DerivedJoiningType.txt → cross-check of the derivation (the build fails on a mismatch)
//
// The UCD comes from Debian's `unicode-data` package (apt-get install unicode-data), which
// installs it under /usr/share/unicode. Override with UCD_DIR=/path/to/ucd.
//
//   node scripts/build-shaping.mjs           # write the table
//   node scripts/build-shaping.mjs --check   # fail if the committed table is out of date
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ucd = process.env.UCD_DIR ?? '/usr/share/unicode';
const out = join(root, 'src', 'display', 'data', 'joining.ts');

const read = (name) => {
  const path = join(ucd, name);
  if (!existsSync(path)) {
    console.error(`build-shaping: ${path} not found; install Debian's unicode-data package or set UCD_DIR`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
};

/** Lines of a UCD file without comments, split on ';' and trimmed. */
const rows = (text) =>
  text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(';').map((field) => field.trim()));

const parseRange = (field) => {
  const [a, b] = field.split('..');
  return [parseInt(a, 16), parseInt(b ?? a, 16)];
};

const version = /ArabicShaping-([\d.]+)\.txt/.exec(read('ArabicShaping.txt'))?.[1] ?? 'unknown';

// Scripts.txt: script per code point (only what we need: is it Arabic / Common / Inherited).
const script = new Map();
for (const [range, name] of rows(read('Scripts.txt'))) {
  const [a, b] = parseRange(range);
  for (let cp = a; cp <= b; cp++) script.set(cp, name);
}

// UnicodeData.txt: general category (ranges given as <..., First>/<..., Last> pairs) and
// presentation-form decompositions.
const category = new Map();
/** base → { isolated, final, initial, medial } */
const forms = new Map();
/** "lam alef" → { isolated, final } */
const ligatures = new Map();
let rangeStart = -1;
for (const fields of rows(read('UnicodeData.txt'))) {
  const cp = parseInt(fields[0], 16);
  const name = fields[1];
  const gc = fields[2];
  if (name.endsWith(', First>')) {
    rangeStart = cp;
    continue;
  }
  if (name.endsWith(', Last>')) {
    for (let c = rangeStart; c <= cp; c++) category.set(c, gc);
    continue;
  }
  category.set(cp, gc);
  const m = /^<(isolated|final|initial|medial)> (.+)$/.exec(fields[5]);
  if (!m) continue;
  const parts = m[2].split(' ').map((h) => parseInt(h, 16));
  if (parts.length === 1) {
    const entry = forms.get(parts[0]) ?? {};
    // FE70–FEFF (Presentation Forms-B) holds the forms of the core Arabic letters; where a
    // letter also has a form in FB50–FDFF (e.g. U+0649's Uighur initial FBE8), keep the first
    // one listed, which is the lower code point, and report the duplicate.
    if (entry[m[1]] !== undefined) {
      console.warn(`build-shaping: U+${hex(parts[0])} has two ${m[1]} forms, U+${hex(entry[m[1]])} and U+${hex(cp)}; keeping the first`);
      continue;
    }
    entry[m[1]] = cp;
    forms.set(parts[0], entry);
  } else if (parts.length === 2 && parts[0] === 0x0644 && cp >= 0xfef5 && cp <= 0xfefc) {
    // The mandatory lam-alef ligatures (لا لأ لإ لآ). The hundreds of other two-letter
    // ligatures in FB50–FDFF are optional, typographic ones: not produced.
    const entry = ligatures.get(parts[1]) ?? {};
    entry[m[1]] = cp;
    ligatures.set(parts[1], entry);
  }
}

function hex(cp) {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

// ArabicShaping.txt: explicit joining types; unlisted Mn/Me/Cf are T, all else U.
const JT = { U: 0, T: 1, C: 2, D: 3, R: 4, L: 5 };
const joining = new Map();
const dropped = [];
for (const [cpField, , type] of rows(read('ArabicShaping.txt'))) {
  const cp = parseInt(cpField, 16);
  if (type === 'U' || type === 'T') {
    joining.set(cp, type);
    continue;
  }
  const s = script.get(cp);
  if (s === 'Arabic' || s === 'Common' || s === 'Inherited') joining.set(cp, type);
  else dropped.push(cp);
}
const full = new Map(); // the unfiltered derivation, for the cross-check
for (const [cpField, , type] of rows(read('ArabicShaping.txt'))) full.set(parseInt(cpField, 16), type);
for (const [cp, gc] of category) {
  if (!full.has(cp) && (gc === 'Mn' || gc === 'Me' || gc === 'Cf')) {
    full.set(cp, 'T');
    joining.set(cp, 'T');
  }
}

// Cross-check against the UCD's own derived file.
const derived = new Map();
for (const [range, type] of rows(read('extracted/DerivedJoiningType.txt'))) {
  const [a, b] = parseRange(range);
  for (let cp = a; cp <= b; cp++) derived.set(cp, type);
}
let mismatches = 0;
for (let cp = 0; cp <= 0x10ffff; cp++) {
  const ours = full.get(cp) ?? 'U';
  const theirs = derived.get(cp) ?? 'U';
  if (ours !== theirs) {
    if (mismatches++ < 10) console.error(`build-shaping: U+${hex(cp)} derived ${ours}, DerivedJoiningType.txt says ${theirs}`);
  }
}
if (mismatches > 0) {
  console.error(`build-shaping: ${mismatches} mismatches with DerivedJoiningType.txt`);
  process.exit(1);
}

// Compact ranges of equal non-U type: [start, end, type] with end inclusive.
const ranges = [];
let cur = null;
for (let cp = 0; cp <= 0x10ffff; cp++) {
  const t = joining.get(cp) ?? 'U';
  if (t === 'U') {
    cur = null;
    continue;
  }
  if (cur && cur[2] === JT[t] && cur[1] === cp - 1) cur[1] = cp;
  else {
    cur = [cp, cp, JT[t]];
    ranges.push(cur);
  }
}

// Presentation forms: [base, isolated, final, initial, medial], 0 where Unicode has none.
const formRows = [...forms.entries()]
  .sort((a, b) => a[0] - b[0])
  .map(([base, f]) => [base, f.isolated ?? 0, f.final ?? 0, f.initial ?? 0, f.medial ?? 0]);
const ligRows = [...ligatures.entries()]
  .sort((a, b) => a[0] - b[0])
  .map(([alef, f]) => [alef, f.isolated ?? 0, f.final ?? 0]);
for (const [alef, iso, fin] of ligRows) {
  if (!iso || !fin) throw new Error(`lam-alef ligature for U+${hex(alef)} incomplete`);
}

const h = (n) => `0x${n.toString(16)}`;
const chunk = (items, per) => {
  const lines = [];
  for (let i = 0; i < items.length; i += per) lines.push('  ' + items.slice(i, i + per).join(', ') + ',');
  return lines.join('\n');
};
const counts = Object.fromEntries(Object.keys(JT).map((k) => [k, 0]));
for (const t of joining.values()) counts[t]++;

const source = `// Generated by scripts/build-shaping.mjs from the Unicode ${version} Character Database
// (ArabicShaping.txt, UnicodeData.txt, Scripts.txt; Debian package unicode-data). Do not edit.
// © Unicode, Inc.; used under the Unicode License v3 (see NOTICE).

/** Joining_Type codes used in {@link JOINING_RANGES}. Code points not listed are U (non-joining). */
export const JOINING_TYPE_CODES: readonly string[] = ['U', 'T', 'C', 'D', 'R', 'L'];

/**
 * Joining_Type by code point as flat triples \`start, end (inclusive), type\`, sorted.
 * Transparent (T) covers every Mn/Me/Cf code point Unicode does not list (harakat,
 * variation selectors, bidi marks, ZWSP). D/R/L/C are kept for the Arabic script and for the
 * Common/Inherited join causers (tatweel U+0640, ZWJ U+200D); the letters of the other
 * cursive scripts (${dropped.length} code points: Syriac, N'Ko, Mongolian, …) are left U,
 * so an Arabic letter never joins them. ZWNJ U+200C is U.
 * Counts: ${Object.entries(counts).filter(([k]) => k !== 'U').map(([k, v]) => `${k} ${v}`).join(', ')}.
 */
export const JOINING_RANGES: readonly number[] = [
${chunk(ranges.map(([a, b, t]) => `${h(a)}, ${h(b)}, ${t}`), 4)}
];

/**
 * Presentation forms by base letter as flat rows \`base, isolated, final, initial, medial\`
 * (0 where Unicode has no such form), from the <isolated>/<final>/<initial>/<medial>
 * decompositions of U+FB50–U+FDFF and U+FE70–U+FEFF. ${formRows.length} letters.
 */
export const PRESENTATION_FORMS: readonly number[] = [
${chunk(formRows.map((r) => r.map(h).join(', ')), 2)}
];

/** Lam-alef ligatures as flat rows \`alef, isolated, final\` (لا لأ لإ لآ, U+FEF5–U+FEFC). */
export const LAM_ALEF: readonly number[] = [
${chunk(ligRows.map((r) => r.map(h).join(', ')), 2)}
];
`;

if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== source) {
    console.error(`build-shaping: ${out} is out of date; run node scripts/build-shaping.mjs`);
    process.exit(1);
  }
  console.log('build-shaping: table up to date');
} else {
  writeFileSync(out, source);
  console.log(
    `build-shaping: wrote ${out}: ${ranges.length} joining ranges, ${formRows.length} letters with presentation forms, ${ligRows.length} lam-alef ligatures (Unicode ${version})`,
  );
}
