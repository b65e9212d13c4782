import { analyze } from '../analyze.js';
import { docRecord, errorRecord } from './output.js';
import type { InputItem } from './input.js';

/** What a document becomes on its way out: its JSON record, and whether it failed. */
export interface ProcessedItem {
  json: string;
  failed: boolean;
}

/**
 * Analyses one input item and serialises its record. Runs in the main thread with
 * `--jobs 1` and in each worker otherwise, so both give byte-identical output.
 * Any failure becomes an error record for that id: processing goes on.
 */
export function processItem(item: InputItem, fields: readonly string[], defaultRef: string | undefined): ProcessedItem {
  if ('error' in item) return { json: JSON.stringify(errorRecord(item)), failed: true };
  const ref = item.ref ?? defaultRef;
  try {
    const doc = analyze(item.text, ref === undefined ? {} : { ref });
    return { json: JSON.stringify(docRecord(item.id, ref, doc, fields)), failed: false };
  } catch (e) {
    const error = e as Error & { code?: string };
    return {
      json: JSON.stringify(errorRecord({ id: item.id, error: { code: error.code ?? 'INTERNAL', message: error.message ?? String(e) } })),
      failed: true,
    };
  }
}
