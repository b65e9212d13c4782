import { assertString } from '../core/index.js';
import { gazetteer } from './gazetteer.js';
import type { Entry } from './gazetteer.js';
import type { Place } from './types.js';

function toPlace(e: Entry): Place {
  const p: Place = { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases.slice() };
  if (e.nameEn !== undefined) p.nameEn = e.nameEn;
  if (e.country !== undefined) p.country = e.country;
  if (e.lat !== undefined && e.lon !== undefined) {
    p.lat = e.lat;
    p.lon = e.lon;
  }
  if (e.population !== undefined) p.population = e.population;
  if (/^\d+$/.test(e.id)) p.geonameId = Number(e.id);
  return p;
}

/**
 * Every gazetteer entry a name can denote, most likely first (countries, then capitals, then by
 * population). The name is normalised (search preset), so hamza, ة/ه, ى/ي and diacritics do not matter.
 * Demonyms are not names: `lookupPlaces('العراقي')` is empty.
 *
 * @param name - a place name, e.g. 'عمان' or 'الولايات المتحدة الأمريكية'
 * @returns the matching places, best first (empty if none)
 * @example
 * lookupPlaces('عمان').map(p => p.id) // ['OM', '250441']  (Oman, then Amman)
 */
export function lookupPlaces(name: string): Place[] {
  assertString(name, 'lookupPlaces');
  const g = gazetteer();
  const words = g.norm(name).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [];
  let node = g.root.get(words[0]!);
  for (let k = 1; node && k < words.length; k++) node = node.next?.get(words[k]!);
  const cands = node?.cands?.filter((c) => !c.demonym) ?? [];
  const entries = cands.map((c) => g.entries[c.entry]!);
  const score = (e: Entry): number => e.weight + (e.capital ? 5e10 : 0);
  entries.sort((a, b) => score(b) - score(a));
  return entries.map(toPlace);
}

/**
 * The most likely gazetteer entry for a place name, or `undefined`.
 *
 * @param name - a place name in Arabic
 * @returns the place, or `undefined` when the name is not in the gazetteer
 * @example
 * lookupPlace('البصرة') // { id: '99532', kind: 'city', name: 'البصرة', nameEn: 'Basrah', country: 'IQ', lat: 30.5085, lon: 47.7804, … }
 * lookupPlace('أميركا')?.id // 'US'
 */
export function lookupPlace(name: string): Place | undefined {
  return lookupPlaces(name)[0];
}

/**
 * The gazetteer entry with this id, or `undefined`.
 *
 * @param id - an ISO country code, GeoNames admin1 code, GeoNames id or `dhad:` id
 * @returns the place
 * @example
 * placeById('98182')?.name // 'بغداد'
 */
export function placeById(id: string): Place | undefined {
  assertString(id, 'placeById');
  const g = gazetteer();
  const index = g.byId.get(id);
  return index === undefined ? undefined : toPlace(g.entries[index]!);
}

/**
 * Statistics of the loaded gazetteer (loads it if needed).
 *
 * @returns entry counts per kind, alias and demonym-form counts, and the load time in ms
 * @example
 * gazetteerInfo().entries // 7520
 */
export function gazetteerInfo(): { entries: number; byKind: Record<string, number>; demonymCountries: number; loadMs: number } {
  const g = gazetteer();
  const byKind: Record<string, number> = {};
  for (const e of g.entries) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  return { entries: g.entries.length, byKind, demonymCountries: g.demonyms.size, loadMs: g.loadMs };
}
