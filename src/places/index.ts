// dhad/places: a GeoNames-based Arabic gazetteer and a place/demonym tagger.
// Contains data from GeoNames (geonames.org), licensed CC BY 4.0.
export { tagPlaces, placesStage } from './tagger.js';
export { lookupPlace, lookupPlaces, placeById, gazetteerInfo } from './lookup.js';
export type { Place, PlaceKind, PlaceMatch, TagPlacesOptions } from './types.js';
