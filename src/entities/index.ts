// dhad/entities: person and organisation mentions, Arabic name structure, entity resolution.
export { nameKey, compareNames, parseName } from './names.js';
export type { ParsedName, NameComparison, CompareOptions } from './names.js';
export { findMentions } from './find.js';
export type { FindMentionsOptions } from './find.js';
export { resolveEntities } from './resolve.js';
export type { ResolveOptions } from './resolve.js';
export { createEntityIndex } from './entity-index.js';
export type { EntityIndex, EntityIndexOptions, IndexedEntity, IndexedSpan } from './entity-index.js';
export { entitiesStage } from './stage.js';
export type { EntitiesStageOptions } from './stage.js';
export { foldName } from './fold.js';
