import type { Doc } from '../core/index.js';
import { DhadError } from '../core/index.js';
import type { InputError } from './input.js';

/** The Doc fields a JSON/JSONL output line may carry, in output order. */
export const DOC_FIELDS: readonly string[] = ['text', 'lang', 'sentences', 'tokens', 'dates', 'places', 'mentions', 'entities', 'messages'];

/** Parses `--fields dates,places` against the Doc fields; unknown names throw naming the valid ones. */
export function parseFields(value: string | true | undefined): readonly string[] {
  if (value === undefined || value === true) return DOC_FIELDS;
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = fields.filter((f) => !DOC_FIELDS.includes(f));
  if (unknown.length || fields.length === 0) {
    throw new DhadError('INVALID_OPTION', `unknown field "${unknown[0] ?? value}" for --fields (expected ${DOC_FIELDS.join(', ')})`);
  }
  return fields;
}

/** One output record: `{"id", "ref"?, ...the chosen Doc fields}` (never `normalized`, which holds functions). */
export function docRecord(id: string, ref: string | undefined, doc: Doc, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { id };
  if (ref !== undefined) out.ref = ref;
  const source = doc as unknown as Record<string, unknown>;
  for (const field of fields) if (source[field] !== undefined) out[field] = source[field];
  return out;
}

/** The record written for a document that failed: the id and the error, so processing goes on. */
export function errorRecord(item: InputError): Record<string, unknown> {
  return { id: item.id, error: item.error };
}
