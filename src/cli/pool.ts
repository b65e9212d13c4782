import { Worker } from 'node:worker_threads';
import type { InputItem, RawLine } from './input.js';
import type { ProcessedItem } from './process.js';

/**
 * A batch as it travels to a worker: records and error items as they are, and the raw JSONL
 * lines packed into one buffer (moved, not copied) with their ends and places.
 */
export interface Batch {
  items: Array<InputItem | { line: number }>;
  bytes: Uint8Array<ArrayBuffer>;
  ends: number[];
  wheres: string[];
}

/** Packs items and raw lines into a batch: one allocation for all the lines' bytes. */
export function packBatch(entries: ReadonlyArray<InputItem | RawLine>): Batch {
  let total = 0;
  for (const e of entries) if ('raw' in e) total += e.raw.length;
  const bytes = new Uint8Array(total);
  const ends: number[] = [];
  const wheres: string[] = [];
  const items: Array<InputItem | { line: number }> = [];
  let at = 0;
  for (const e of entries) {
    if (!('raw' in e)) {
      items.push(e);
      continue;
    }
    bytes.set(e.raw, at);
    at += e.raw.length;
    items.push({ line: ends.length });
    ends.push(at);
    wheres.push(e.where);
  }
  return { items, bytes, ends, wheres };
}

interface Task {
  seq: number;
  batch: Batch;
  resolve: (results: ProcessedItem[]) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads running `processItem` on batches of documents; batches queue
 * when all workers are busy. One message per batch, not per document: with documents of a few
 * KB, per-message costs would otherwise eat the gain of a second core.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private readonly workers: Worker[] = [];
  private seq = 0;

  constructor(size: number, workerUrl: URL, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      // a larger young generation than a worker's default: analysis makes many short-lived objects
      const worker = new Worker(workerUrl, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      worker.on('message', (result: { seq: number; results: ProcessedItem[] }) => {
        const task = this.busy.get(worker);
        this.busy.delete(worker);
        task?.resolve(result.results);
        this.next(worker);
      });
      worker.on('error', (error) => {
        const task = this.busy.get(worker);
        this.busy.delete(worker);
        task?.reject(error);
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Queues a batch; resolves with the processed records of its documents, in order (blank lines give none). */
  run(batch: Batch): Promise<ProcessedItem[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, batch, resolve, reject });
      const worker = this.idle.pop();
      if (worker) this.next(worker);
    });
  }

  private next(worker: Worker): void {
    const task = this.queue.shift();
    if (!task) {
      this.idle.push(worker);
      return;
    }
    this.busy.set(worker, task);
    worker.postMessage({ seq: task.seq, batch: task.batch }, [task.batch.bytes.buffer]);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
