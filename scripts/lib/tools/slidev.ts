// Decks as static sites (deck PDFs are printed from them, see deck-printer.ts). A builder is one long-lived Slidev
// process (slidev-worker.mjs) that builds deck after deck: Node, Vite and Slidev load once per builder, not once
// per deck as with a `slidev build` per deck.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { KitError } from '../errors.js';

const WORKER = fileURLToPath(new URL('./slidev-worker.mjs', import.meta.url));

export interface DeckJob {
  /** Slidev's user root, holding slides.md, style.css and public/ (one per builder: see slidev-worker.mjs). */
  root: string;
  /** The deck's own folder: the site is built into its deck/ folder. */
  dir: string;
  /** URL path the deck is served under, e.g. /en-US/youth/deck/ */
  base: string;
}

export interface DeckBuilder {
  build(job: DeckJob): Promise<void>;
  /** The process's memory after its last build (bytes): a lane starts a fresh one past a limit. */
  readonly rss: number;
  /** Ends the process; a build under way is stopped. Safe to call twice. */
  close(): void;
}

interface Reply { id?: number; ok?: boolean; message?: string; ready?: boolean; rss?: number }

/** The last lines Slidev and Vite printed, for the error message when a build fails. */
const LOG_LINES = 25;

export function openDeckBuilder(cwd: string, signal?: AbortSignal): DeckBuilder {
  // its own process group, so a stop reaches what Slidev starts too (Vite's esbuild service)
  const child = fork(WORKER, [], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
  let log: string[] = [];
  const keep = (data: Buffer) => { log = [...log, ...data.toString().split('\n')].slice(-LOG_LINES); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () => killGroup(child);
  signal?.addEventListener('abort', stop, { once: true });
  process.once('exit', stop); // never leave Slidev running behind a build that exits for any reason
  let nextId = 0;
  let rss = 0;
  return {
    get rss() { return rss; },
    build: (job) => new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const id = ++nextId;
      const slides = join(job.root, 'slides.md');
      log = [];
      const onReply = (reply: Reply) => {
        if (reply.id !== id) return;
        done();
        rss = reply.rss ?? rss;
        if (reply.ok) resolve();
        else reject(new KitError({ code: 'tool', file: slides, message: `slidev build failed:\n${[...log, reply.message ?? ''].join('\n').trim()}`, hint: 'see the Slidev output above' }));
      };
      const onExit = (code: number | null) => {
        done();
        if (signal?.aborted) return reject(signal.reason);
        reject(new KitError({ code: 'tool', file: slides, message: `slidev build failed: Slidev stopped (exit ${code}):\n${log.join('\n').trim()}`, hint: 'run npm install; see the Slidev output above' }));
      };
      const onError = (cause: Error) => { done(); reject(new KitError({ code: 'tool', file: slides, message: `could not start Slidev: ${cause.message}`, hint: 'run npm install', cause })); };
      const done = () => { child.off('message', onReply); child.off('exit', onExit); child.off('error', onError); };
      child.on('message', onReply);
      child.once('exit', onExit);
      child.once('error', onError);
      child.send({ id, root: job.root, out: join(job.dir, 'deck'), base: job.base });
    }),
    close() {
      signal?.removeEventListener('abort', stop);
      process.removeListener('exit', stop);
      stop();
    },
  };
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch { /* already gone */ }
}

/** One deck in a builder of its own (when no builder of the build's is at hand). */
export async function buildDeck(job: DeckJob & { signal?: AbortSignal; builder?: DeckBuilder }): Promise<void> {
  if (job.builder) return job.builder.build(job);
  const builder = openDeckBuilder(job.root, job.signal);
  try {
    await builder.build(job);
  } finally {
    builder.close();
  }
}
