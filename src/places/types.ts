import type { PlaceMention } from '../core/index.js';

/** What a gazetteer entry is. A demonym is not an entry: it is a mention kind linked to a country. */
export type PlaceKind = 'country' | 'region' | 'city' | 'landmark';

/** A gazetteer entry, as `lookupPlace` returns it. */
export interface Place {
  /** Stable id: ISO 3166-1 alpha-2 (`IQ`), GeoNames admin1 code (`IQ.07`), GeoNames id (`98182`) or `dhad:<slug>`. */
  id: string;
  kind: PlaceKind;
  /** Canonical Arabic name. */
  name: string;
  nameEn?: string;
  /** ISO country code (absent for regions that span countries, such as الشرق الأوسط). */
  country?: string;
  /** A representative point: the place itself for cities and landmarks, the capital or seat for countries and divisions. */
  lat?: number;
  lon?: number;
  population?: number;
  geonameId?: number;
  /** Every spelling the tagger matches, in display form. */
  aliases: string[];
}

/** A place or demonym found in a text; `clitic` is the proclitic that was stripped off (ببغداد → 'ب'). */
export interface PlaceMatch extends PlaceMention {
  clitic?: string;
  population?: number;
}

/** Options of `tagPlaces` and `placesStage`. */
export interface TagPlacesOptions {
  /** Tag demonyms and gentilic adjectives (العراقي, الأميركية). Default true. */
  demonyms?: boolean;
  /** Tag place names. Default true. */
  names?: boolean;
  /** Keep only these kinds. Default: all. */
  kinds?: ReadonlyArray<PlaceMention['kind']>;
}
