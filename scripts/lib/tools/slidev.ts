// `slidev build`: the deck as a static site (deck PDFs are printed from it, see deck-printer.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { KitError } from '../errors.js';

const require = createRequire(import.meta.url);
const SLIDEV_BIN = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs');

export interface DeckJob {
  /** Folder holding slides.md (Slidev's user root). */
  dir: string;
  /** URL path the deck is served under, e.g. /en-US/youth/deck/ */
  base: string;
  signal?: AbortSignal;
}

export async function buildDeck(job: DeckJob): Promise<void> {
  await runSlidev(job.dir, ['build', 'slides.md', '--out', 'deck', '--base', job.base], job.signal);
}

function runSlidev(cwd: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // its own process group, so a stop reaches what Slidev starts too (Vite workers, the browser)
    const child = spawn(process.execPath, [SLIDEV_BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stop = () => killGroup(child.pid);
    signal?.addEventListener('abort', stop, { once: true });
    process.once('exit', stop); // never leave Slidev running behind a build that exits for any reason
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (cause) => reject(new KitError({ code: 'tool', file: join(cwd, 'slides.md'), message: `could not start Slidev: ${cause.message}`, hint: 'run npm install', cause })));
    child.on('close', (code) => {
      signal?.removeEventListener('abort', stop);
      process.removeListener('exit', stop);
      if (signal?.aborted) return reject(signal.reason);
      if (code === 0) return resolve();
      reject(new KitError({ code: 'tool', file: join(cwd, 'slides.md'), message: `slidev ${args[0]} failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`, hint: 'see the Slidev output above' }));
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch { /* already gone */ }
}
