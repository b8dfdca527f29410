// `npm run build -- --merge dir1 dir2 ...`: the shards' outputs become one output folder, with the manifest.json
// and kit page a single build of the same selection writes, through the same writer (lock, staging, commit).
import { resolve } from 'node:path';
import { fsReader } from './lib/reader.js';
import { loadContent } from './load/load.js';
import { buildSource } from './load/fingerprint.js';
import { loadSiteTemplates, siteFiles, siteLabels, type Manifest } from './outputs/site/index.js';
import { commitStaging, openOutput, readOutputFile, writeFiles } from './write/write.js';
import { buildManifest, readPreviousHashes } from './write/manifest.js';
import { checkPicked, pickArtifacts, pickedRecords, readShardOutput, stagePicks } from './write/merge.js';
import { logoPath } from './build.js';

export interface MergeOptions {
  /** Content tree and project folder, as for build: the kit page's labels come from them. */
  root: string;
  projectRoot: string;
  configFile?: string;
  outDir: string;
  /** The shards' output folders. */
  from: string[];
  signal?: AbortSignal;
}

export async function merge(options: MergeOptions): Promise<Manifest> {
  const reader = fsReader(options.root);
  const templatesReader = fsReader(options.projectRoot);
  const content = loadContent(reader, options.configFile);
  const source = buildSource(reader, templatesReader, content.configFile, logoPath(content));
  const siteTemplates = loadSiteTemplates(templatesReader, content.config.organization?.color);
  const shards = await Promise.all(options.from.map((dir) => readShardOutput(resolve(dir))));
  const picks = pickArtifacts(shards, source);
  const output = await openOutput(resolve(options.outDir));
  try {
    await stagePicks(output, picks);
    const { planned, inputHashes, buildKeys } = pickedRecords(picks);
    const labels = siteLabels(content);
    const manifest = await buildManifest(output, source, new Map([...(await readPreviousHashes(output.outDir)), ...inputHashes]), labels.kits, planned, buildKeys);
    checkPicked(manifest, picks);
    const site = await siteFiles(manifest, siteTemplates, labels, (path) => readOutputFile(output, path));
    await writeFiles(output.staging, site);
    options.signal?.throwIfAborted(); // the last moment a stop leaves the output folder untouched
    await commitStaging(output, [...picks.keys(), ...site.map((f) => f.path)]);
    return manifest;
  } finally {
    await output.release();
  }
}
