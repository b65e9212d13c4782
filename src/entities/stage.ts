import type { Doc, Stage } from '../core/index.js';
import { createEntityIndex } from './entity-index.js';
import type { EntityIndex } from './entity-index.js';
import { findMentions } from './find.js';
import type { FindMentionsOptions } from './find.js';
import { resolveEntities } from './resolve.js';

/** Options of entitiesStage. */
export interface EntitiesStageOptions extends FindMentionsOptions {
  /** A cross-document index: entity ids stay stable across the documents the pipeline sees. */
  index?: EntityIndex;
}

/**
 * The entities stage: finds person and organisation mentions on the tokens and groups them into
 * entities (`doc.mentions`, `doc.entities`). With `index`, ids are shared across documents.
 *
 * @param options - findMentions options, and `index` (from createEntityIndex) for corpus-wide ids.
 * @returns A Stage `{ name: 'entities', requires: ['tokens'], provides: ['mentions', 'entities'] }`.
 * @example
 * const run = pipeline(tokenizeStage(), entitiesStage())
 * run('قال الكاظمي ...').entities // [{ id: 'e1', type: 'person', name: 'الكاظمي', ... }]
 */
/* @__NO_SIDE_EFFECTS__ */
export function entitiesStage(options?: EntitiesStageOptions): Stage {
  const { index, ...find } = options ?? {};
  const findOptions = Object.keys(find).length > 0 ? (find as FindMentionsOptions) : undefined;
  if (findOptions) findMentions('', findOptions); // validates the options now, not on the first document
  const idx: EntityIndex | undefined = index;
  return {
    name: 'entities',
    requires: ['tokens'],
    provides: ['mentions', 'entities'],
    run(doc: Doc): Doc {
      if (idx) {
        doc.mentions = [];
        return markPlacesInOrgs(idx.add(doc, findOptions));
      }
      doc.mentions = findMentions(doc, findOptions);
      doc.entities = resolveEntities(doc.mentions, findOptions?.isPlace ? { isPlace: findOptions.isPlace } : undefined);
      return markPlacesInOrgs(doc);
    },
  };
}

/**
 * Flags the places that lie inside an organisation's name (`inOrg`), as new objects: the places
 * stage's own objects may be shared. Mentions and places are sorted by start.
 */
function markPlacesInOrgs(doc: Doc): Doc {
  const orgs = doc.mentions.filter((m) => m.type === 'org');
  if (orgs.length === 0 || doc.places.length === 0) return doc;
  let k = 0;
  // Mentions never overlap, so the first organisation not ending before a place is the only one
  // that can hold it.
  doc.places = doc.places.map((p) => {
    while (k < orgs.length && orgs[k]!.end <= p.start) k++;
    const o = orgs[k];
    return p.kind !== 'demonym' && o !== undefined && o.start <= p.start && p.end <= o.end ? { ...p, inOrg: true as const } : p;
  });
  return doc;
}

