// PDF text extraction on worker threads (one per spare core), so checking the artifacts overlaps rendering them.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

interface Pending { resolve(text: string): void; reject(error: Error): void }

export interface PdfTextPool {
  text(data: Uint8Array): Promise<string>;
  close(): Promise<void>;
}

export function pdfTextPool(size = Math.max(1, availableParallelism() - 1)): PdfTextPool {
  const pending = new Map<number, Pending>();
  const workers: Worker[] = [];
  let next = 0;
  const start = () => {
    const worker = new Worker(new URL('./pdf-text-worker.mjs', import.meta.url));
    worker.unref(); // never keep a finished or failed build alive
    worker.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
      const job = pending.get(id);
      pending.delete(id);
      if (error !== undefined) job?.reject(new Error(`reading the text of a PDF failed: ${error}`));
      else job?.resolve(text ?? '');
    });
    worker.on('error', (error) => { for (const job of pending.values()) job.reject(error); pending.clear(); });
    return worker;
  };
  return {
    text(data) {
      const id = next++;
      if (workers.length < size) workers.push(start());
      const worker = workers[id % workers.length]!;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, data: data.slice() }); // a copy: the original is written out later
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
