// The one place that touches the output folder: a lock so two builds cannot interleave, a staging folder of this
// build's own, then each item moved into place. A failed or stopped build leaves the output folder as it was;
// a good one replaces only what it made.
import { link, mkdir, readFile, rename, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { KitError } from '../lib/errors.js';

import type { OutputFile } from '../outputs/types.js';

const LOCK = '.lock';
const STAGING_PREFIX = '.staging-';

/** Names in the output folder that belong to a build in progress, never to the kit. */
const isScratch = (name: string) => name.startsWith(LOCK) || name.startsWith(STAGING_PREFIX) || name.includes('.old-') || name.includes('.tmp-');

export interface Output {
  outDir: string;
  /** This build's staging folder, inside outDir so moving files into place is a rename. */
  staging: string;
  /** Removes the staging folder and the lock; safe to call twice. */
  release(): Promise<void>;
}

/**
 * Locks the output folder for this build. A lock held by a live process is refused, naming it; a lock whose
 * process is gone (a killed build) is taken over, with the staging folder it left.
 */
export async function openOutput(outDir: string): Promise<Output> {
  await mkdir(outDir, { recursive: true });
  const lock = join(outDir, LOCK);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }) + '\n';
  await acquireLock(lock, mine, outDir);
  const staging = join(outDir, `${STAGING_PREFIX}${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  let released = false;
  return {
    outDir,
    staging,
    async release() {
      if (released) return;
      released = true;
      await rm(staging, { recursive: true, force: true });
      // only a lock that still names this build: never one another build holds
      if ((await readFile(lock, 'utf8').catch(() => '')) === mine) await rm(lock, { force: true });
    },
  };
}

/**
 * The lock file appears whole or not at all (written beside it, then hard-linked into place), so a reader never
 * sees it half-written. Taking over a stale lock happens under a second, atomic mkdir-lock, so two builds cannot
 * both take over the same dead build's lock.
 */
async function acquireLock(lock: string, mine: string, outDir: string): Promise<void> {
  const temp = `${lock}.tmp-${process.pid}`;
  await writeFile(temp, mine);
  try {
    if (await linked(temp, lock)) return;
    const other = await readLock(lock);
    if (other && isRunning(other)) throw busy(outDir, other);
    const takeover = `${lock}.takeover`;
    try {
      await mkdir(takeover);
    } catch {
      throw busy(outDir, other); // another build is taking it over right now
    }
    try {
      // still the same dead build's lock? then it is ours to replace
      if (JSON.stringify(await readLock(lock)) !== JSON.stringify(other)) throw busy(outDir, await readLock(lock));
      if (other) await rm(join(outDir, `${STAGING_PREFIX}${other.pid}`), { recursive: true, force: true });
      await rename(temp, lock);
    } finally {
      await rm(takeover, { recursive: true, force: true });
    }
  } finally {
    await rm(temp, { force: true });
  }
}

async function linked(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function busy(outDir: string, other: LockInfo | undefined): KitError {
  const who = other ? `process ${other.pid} on ${other.host}, started ${other.started}` : 'its lock is being taken over';
  return new KitError({ code: 'usage', file: outDir, message: `another build (${who}) is writing to this folder`, hint: 'wait for it to finish, or build into another folder with --out' });
}

interface LockInfo { pid: number; host: string; started: string }

async function readLock(file: string): Promise<LockInfo | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockInfo;
  } catch {
    return undefined; // unreadable: a build died while writing it
  }
}

/** A lock from another computer (a shared folder) cannot be checked, so it counts as live. */
function isRunning(lock: LockInfo): boolean {
  if (lock.host !== hostname()) return true;
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function writeFiles(dir: string, files: OutputFile[]): Promise<void> {
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.data);
  }
}

/** Move every staged output (a file, or a deck folder) over its counterpart in outDir. */
export async function commitStaging(output: Output, paths: string[]): Promise<void> {
  const missing = paths.filter((path) => !existsSync(join(output.staging, path)));
  if (missing.length > 0) {
    // never skip: a build that reports files it did not make is worse than one that fails
    throw new KitError({ code: 'internal', file: output.staging, message: `staged files are missing at commit time: ${missing.join(', ')}`, hint: 'nothing was moved into place; run the build again (and report this if it repeats)' });
  }
  for (const path of paths) {
    const to = join(output.outDir, path);
    await mkdir(dirname(to), { recursive: true });
    await replace(join(output.staging, path), to);
  }
}

async function replace(from: string, to: string): Promise<void> {
  const isDir = (await stat(from)).isDirectory();
  if (!isDir && (await sameBytes(from, to))) return; // an unchanged file is left as it is (its date too)
  if (!isDir || !existsSync(to)) return rename(from, to);
  const old = `${to}.old-${process.pid}`;
  await rename(to, old);
  await rename(from, to);
  await rm(old, { recursive: true, force: true });
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  if (!existsSync(b) || (await stat(a)).size !== (await stat(b)).size) return false;
  return (await readFile(a)).equals(await readFile(b));
}

/** Every file below dir, relative, sorted; skips the lock and staging folders of builds in progress. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (isScratch(entry.name)) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}


// The translator tools run synchronously and write into the content tree, not the output folder; they use the
// same rule: write beside the target, then rename, so a stopped command never leaves a half-written file.

/** Replace one file (temp file, then rename). */
export function writeFileAtomicSync(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Create a new folder with its files, all or nothing; an existing folder is never touched. */
export function createFolderAtomicSync(dir: string, files: Record<string, string>): void {
  if (existsSync(dir)) throw new KitError({ file: dir, message: 'already exists; nothing was changed', hint: 'pick another name, or edit the folder that is there' });
  const temp = `${dir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    for (const [name, data] of Object.entries(files)) writeFileSync(join(temp, name), data, { flag: 'wx' });
    renameSync(temp, dir);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** A file of the output folder as it will be once this build is committed: staged, or kept from an earlier build. */
export async function readOutputFile(output: { staging: string; outDir: string }, path: string): Promise<Uint8Array> {
  const staged = join(output.staging, path);
  return new Uint8Array(await readFile(existsSync(staged) ? staged : join(output.outDir, path)));
}
