// Slide pictures (one JPEG per slide, taken while the deck PDF is printed) are kept in a cache keyed by the deck
// PDF's input hash, so a build that reuses an unchanged deck PDF still has them without starting a browser.
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { artifactPaths, type Job } from '../plan/plan.js';
import { OUTPUTS, type OutputKind } from '../outputs/index.js';
import { deckOf } from '../outputs/pictures.js';

export const picturesDir = (cacheRoot: string, inputHash: string): string => join(cacheRoot, 'slide-pictures', inputHash);

/** Copies the pictures from the deck's work folder into the cache: the whole folder or nothing. */
export async function keepPictures(from: string, to: string): Promise<void> {
  const partial = `${to}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await cp(from, partial, { recursive: true });
  await rm(to, { recursive: true, force: true });
  await rename(partial, to);
}

/** The pictures of every deck PDF in the build, by deck ("<kit>/<audience>"), from their input hashes. */
export async function slidePictures(jobs: Array<Job<OutputKind>>, hashes: Map<string, string>, cacheRoot: string): Promise<Map<string, Uint8Array[]>> {
  const pictures = new Map<string, Uint8Array[]>();
  for (const job of jobs.filter((j) => OUTPUTS[j.output].produce?.pictures)) {
    const hash = hashes.get(artifactPaths([job])[0]!);
    const dir = hash ? picturesDir(cacheRoot, hash) : undefined;
    if (dir && existsSync(dir)) pictures.set(deckOf(job), await readPictures(dir));
  }
  return pictures;
}

/** slide-001.jpg, slide-002.jpg ... in slide order. */
async function readPictures(dir: string): Promise<Uint8Array[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.jpg')).sort();
  return Promise.all(names.map(async (name) => new Uint8Array(await readFile(join(dir, name)))));
}
