// The one place that touches the output folder: stage everything, then move each item into place.
// A failed build leaves the output folder as it was; a good one replaces only what it made.
import { cp, mkdir, rename, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RenderedFile } from './render.js';

export const STAGING = '.staging';

export async function createStaging(outDir: string): Promise<string> {
  const staging = join(outDir, STAGING);
  await rm(staging, { recursive: true, force: true }); // a crashed earlier build may have left one
  await mkdir(staging, { recursive: true });
  return staging;
}

export async function writeFiles(dir: string, files: RenderedFile[]): Promise<void> {
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.data);
  }
}

/** Move every staged output (a file, or a deck folder) over its counterpart in outDir. */
export async function commitStaging(staging: string, outDir: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    const from = join(staging, path);
    if (!existsSync(from)) continue;
    const to = join(outDir, path);
    await mkdir(dirname(to), { recursive: true });
    await replace(from, to);
  }
}

async function replace(from: string, to: string): Promise<void> {
  const isDir = (await stat(from)).isDirectory();
  if (!isDir || !existsSync(to)) return rename(from, to);
  const old = `${to}.old-${process.pid}`;
  await rename(to, old);
  await rename(from, to);
  await rm(old, { recursive: true, force: true });
}

export async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await cp(from, to, { recursive: true });
}

/** Every file below dir, relative, sorted; skips the staging folder. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === STAGING || entry.name.includes('.old-')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

/** Write one file atomically (temp file, then rename). */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, data);
  await rename(temp, path);
}
