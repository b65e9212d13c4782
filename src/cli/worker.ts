// A worker thread of `dhad analyze --jobs N`: reads and analyses the batches of documents it is
// sent and returns their serialised records (decoding, parsing and serialising here keeps the
// main thread free for I/O).
import { parentPort, workerData } from 'node:worker_threads';
import { readJsonlLine } from './input.js';
import type { Batch } from './pool.js';
import { processItem } from './process.js';
import type { ProcessedItem } from './process.js';

const { fields, ref } = workerData as { fields: string[]; ref: string | undefined };

parentPort!.on('message', (task: { seq: number; batch: Batch }) => {
  const { items, bytes, ends, wheres } = task.batch;
  const results: ProcessedItem[] = [];
  for (const entry of items) {
    if ('line' in entry) {
      const k = entry.line;
      const item = readJsonlLine(bytes.subarray(k === 0 ? 0 : ends[k - 1]!, ends[k]!), wheres[k]!);
      if (item !== undefined) results.push(processItem(item, fields, ref));
    } else results.push(processItem(entry, fields, ref));
  }
  parentPort!.postMessage({ seq: task.seq, results });
});
