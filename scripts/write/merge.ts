// --merge: the output folders of several shards (--shard k/n) become one. What each shard's manifest lists is
// checked (same inputs, no path with two different contents), copied into the merging build's staging folder,
// and checked again against the hashes the shard recorded, before anything is moved into place.
import { cp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KitError } from '../lib/errors.js';
import type { BuildSource } from '../load/fingerprint.js';
import type { Artifact, Manifest, PlannedArtifacts } from '../outputs/site/index.js';
import type { Output } from './write.js';

export interface ShardOutput { dir: string; manifest: Manifest }

/** An artifact to copy, and the shard folder it comes from. */
export interface Pick { dir: string; artifact: Artifact }

/** A folder named on the command line that is not a build's output is a usage mistake (exit 2). */
export async function readShardOutput(dir: string): Promise<ShardOutput> {
  const file = join(dir, 'manifest.json');
  const notOutput = (message: string, cause?: unknown) =>
    new KitError({ code: 'usage', file, message, hint: 'name the output folders of the shard builds (their --out), each holding the manifest.json its build wrote', cause });
  if (!existsSync(file)) throw notOutput('no manifest.json here: not the output folder of a build');
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    if (!Array.isArray(manifest.artifacts)) throw new Error('no artifacts list');
    return { dir, manifest };
  } catch (cause) {
    throw notOutput(`not a readable manifest (${(cause as Error).message})`, cause);
  }
}

/**
 * Every artifact of every shard, once. Shards built from other inputs than this checkout, or a path two shards
 * made with different bytes, are refused (exit 1): their merge would not be the kit a single build makes.
 */
export function pickArtifacts(shards: ShardOutput[], source: BuildSource): Map<string, Pick> {
  const picks = new Map<string, Pick>();
  for (const { dir, manifest } of shards) {
    if (manifest.version !== source.version || manifest.contentHash !== source.contentHash) {
      throw new KitError({ file: join(dir, 'manifest.json'), message: `built from other inputs (version ${manifest.version ?? '?'}, content ${short(manifest.contentHash)}) than this merge (version ${source.version}, content ${short(source.contentHash)})`, hint: 'build every shard and run the merge from the same commit, with the same --content and --config' });
    }
    for (const artifact of manifest.artifacts) {
      const earlier = picks.get(artifact.path);
      if (earlier && earlier.artifact.sha256 !== artifact.sha256) {
        throw new KitError({ file: join(dir, artifact.path), message: `differs from ${join(earlier.dir, artifact.path)} (two shards made this file with different bytes)`, hint: 'build the shards with the same options and --shard 1/n ... n/n of one n, each into an empty folder' });
      }
      if (!earlier) picks.set(artifact.path, { dir, artifact });
    }
  }
  return picks;
}

const short = (hash: string | undefined) => (hash ? hash.slice(0, 12) : '?');

/** Copy each picked artifact (a file, or a deck folder) into the staging folder. */
export async function stagePicks(output: Output, picks: Map<string, Pick>): Promise<void> {
  for (const [path, { dir }] of picks) {
    if (!existsSync(join(dir, path))) {
      throw new KitError({ file: join(dir, path), message: 'listed in its manifest.json but missing', hint: 'copy or download the whole shard output folder again' });
    }
    await cp(join(dir, path), join(output.staging, path), { recursive: true });
  }
}

/** The staged copies must hash as the shards recorded: a truncated download is caught here, not on paper. */
export function checkPicked(merged: Manifest, picks: Map<string, Pick>): void {
  for (const artifact of merged.artifacts) {
    const pick = picks.get(artifact.path);
    if (pick && pick.artifact.sha256 !== artifact.sha256) {
      throw new KitError({ file: join(pick.dir, artifact.path), message: 'does not match the sha256 its manifest.json records (changed or truncated since its build)', hint: 'copy or download the whole shard output folder again' });
    }
  }
}

/** What the shards' manifests record about each artifact (kind, paper, the hashes later builds reuse it by),
 *  carried into the merged manifest as a single build records it. */
export function pickedRecords(picks: Map<string, Pick>): { planned: PlannedArtifacts; inputHashes: Map<string, string>; buildKeys: Map<string, string> } {
  const artifacts = [...picks.values()].map((p) => p.artifact);
  const recorded = (key: 'inputHash' | 'buildKey') => new Map(artifacts.filter((a) => a[key]).map((a) => [a.path, a[key] as string]));
  return {
    planned: new Map(artifacts.filter((a) => a.output).map((a) => [a.path, { output: a.output as string, ...(a.paper ? { paper: a.paper } : {}) }])),
    inputHashes: recorded('inputHash'),
    buildKeys: recorded('buildKey'),
  };
}
