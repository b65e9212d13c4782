import { Worker } from 'node:worker_threads';
import type { InputItem } from './input.js';
import type { ProcessedItem } from './process.js';

interface Task {
  seq: number;
  item: InputItem;
  resolve: (result: ProcessedItem) => void;
  reject: (error: Error) => void;
}

/** A fixed set of worker threads running `processItem`; tasks queue when all are busy. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private readonly workers: Worker[] = [];
  private seq = 0;

  constructor(size: number, workerUrl: URL, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl, { workerData });
      worker.on('message', (result: ProcessedItem & { seq: number }) => {
        const task = this.busy.get(worker);
        this.busy.delete(worker);
        task?.resolve({ json: result.json, failed: result.failed });
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

  /** Queues one item; resolves with its processed record. */
  run(item: InputItem): Promise<ProcessedItem> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, item, resolve, reject });
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
    worker.postMessage({ seq: task.seq, item: task.item });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
