// dist/manifest.json: every artifact the output folder will hold once this build's staged files are moved into
// place (kits built earlier stay listed), with size, hash, translation status, output kind and paper size.
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../lib/hash.js';
import { listFiles } from './write.js';
import { isSiteFile, type Artifact, type KitInfo, type Manifest, type PlannedArtifacts } from '../outputs/site/index.js';
import type { BuildSource } from '../load/fingerprint.js';

export async function readPreviousHashes(outDir: string): Promise<Map<string, string>> {
  const manifest = await readManifest(outDir);
  return new Map(manifest?.artifacts.filter((a) => a.inputHash).map((a) => [a.path, a.inputHash as string]) ?? []);
}

/**
 * The artifacts an earlier build made with this build key that are still in the output folder exactly as it left
 * them (same hash): they would come out the same, so they are kept instead of made again.
 */
export async function upToDate(outDir: string, buildKey: string): Promise<Set<string>> {
  const manifest = await readManifest(outDir);
  const fresh = new Set<string>();
  for (const artifact of manifest?.artifacts ?? []) {
    if (artifact.buildKey === buildKey && (await artifactHash(outDir, artifact.path)) === artifact.sha256) fresh.add(artifact.path);
  }
  return fresh;
}

/** An artifact's hash as the manifest records it: a file's own, or a deck folder's over its files; undefined when gone. */
async function artifactHash(outDir: string, path: string): Promise<string | undefined> {
  const full = join(outDir, path);
  if (!existsSync(full)) return undefined;
  if (!(await stat(full)).isDirectory()) return sha256(await readFile(full));
  const files = await listFiles(full, path);
  return sha256(...(await Promise.all(files.map(async (f) => `${f}:${sha256(await readFile(join(outDir, f)))}\n`))));
}

/** The manifest of an earlier build, if any; an unreadable one only costs a rebuild of the decks. */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  const file = join(outDir, 'manifest.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Each kit's status from the content's locale meta; kits built earlier from another content tree keep the status
 *  the previous manifest recorded for their files. */
export async function buildManifest(output: { staging: string; outDir: string }, source: BuildSource, inputHashes: Map<string, string>, kits: Record<string, KitInfo> = {}, planned: PlannedArtifacts = new Map(), buildKeys: Map<string, string> = new Map()): Promise<Manifest> {
  const previous = new Map((await readManifest(output.outDir))?.artifacts.map((a) => [a.path, a]) ?? []);
  const staged = await listFiles(output.staging);
  const stagedArtifacts = new Set(staged.map(artifactOf));
  // an artifact being replaced is read from staging only: a rebuilt deck may have fewer files than the old one
  const kept = (await listFiles(output.outDir)).filter((f) => !stagedArtifacts.has(artifactOf(f)));
  const groups = new Map<string, Array<{ file: string; data: Buffer }>>();
  for (const [root, file] of [...staged.map((f) => [output.staging, f]), ...kept.map((f) => [output.outDir, f])] as Array<[string, string]>) {
    if (isSiteFile(file)) continue; // the kit pages and zips are made from the artifacts, not listed as ones
    if (!file.includes('/')) continue; // a file someone left at the top of the folder belongs to no kit
    const list = groups.get(artifactOf(file)) ?? [];
    list.push({ file, data: await readFile(join(root, file)) });
    groups.set(artifactOf(file), list);
  }
  const artifacts = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, files]): Artifact => {
    const [kit = '', audience] = path.split('/');
    const isKitFile = path.split('/').length === 2;
    const status = kits[kit]?.status ?? previous.get(path)?.status;
    const made = planned.get(path) ?? previous.get(path);
    const hash = files.length === 1 ? sha256((files[0] as { data: Buffer }).data) : sha256(...files.map((f) => `${f.file}:${sha256(f.data)}\n`));
    return {
      path,
      kit,
      ...(isKitFile ? {} : { audience }),
      bytes: files.reduce((sum, f) => sum + f.data.length, 0),
      sha256: hash,
      ...(inputHashes.has(path) ? { inputHash: inputHashes.get(path) } : {}),
      ...(buildKeys.has(path) || previous.get(path)?.buildKey ? { buildKey: buildKeys.get(path) ?? previous.get(path)?.buildKey } : {}),
      ...(status ? { status } : {}),
      ...(made?.output ? { output: made.output } : {}),
      ...(made?.paper ? { paper: made.paper } : {}),
    };
  });
  return { generator: 'workshop-kit', version: source.version, contentHash: source.contentHash, artifacts };
}

/** A deck site counts as one artifact. */
const artifactOf = (file: string) => file.replace(/^([^/]+\/[^/]+\/deck)\/.*$/, '$1');

