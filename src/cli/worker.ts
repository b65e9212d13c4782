// A worker thread of `dhad analyze --jobs N`: analyses the documents it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { processItem } from './process.js';
import type { InputItem } from './input.js';

const { fields, ref } = workerData as { fields: string[]; ref: string | undefined };

parentPort!.on('message', (task: { seq: number; item: InputItem }) => {
  parentPort!.postMessage({ seq: task.seq, ...processItem(task.item, fields, ref) });
});
