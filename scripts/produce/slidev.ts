// The external steps: `slidev build` (static site) and `slidev export` (deck PDF).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { KitError } from '../core/errors.js';
import { buildDate } from '../pdf/draw/builder.js';

const require = createRequire(import.meta.url);
const SLIDEV_BIN = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs');

export interface DeckJob {
  /** Folder holding slides.md (Slidev's user root). */
  dir: string;
  /** URL path the deck is served under, e.g. /en-US/youth/deck/ */
  base: string;
}

export async function buildDeck(job: DeckJob): Promise<void> {
  await runSlidev(job.dir, ['build', 'slides.md', '--out', 'deck', '--base', job.base]);
}

export async function exportDeckPdf(job: DeckJob, browser: string): Promise<void> {
  await runSlidev(job.dir, ['export', 'slides.md', '--output', 'deck.pdf', '--executable-path', browser, '--timeout', '60000']);
  await fixPdfDates(join(job.dir, 'deck.pdf'));
}

/** Chromium stamps the export time; use the same fixed date as every other PDF so same inputs give same bytes. */
async function fixPdfDates(file: string): Promise<void> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  doc.setCreationDate(buildDate());
  doc.setModificationDate(buildDate());
  await writeFile(file, await doc.save());
}

function runSlidev(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SLIDEV_BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (cause) => reject(new KitError({ file: join(cwd, 'slides.md'), message: `could not start Slidev: ${cause.message}`, hint: 'run npm install', cause })));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      reject(new KitError({ file: join(cwd, 'slides.md'), message: `slidev ${args[0]} failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`, hint: 'see the Slidev output above' }));
    });
  });
}
