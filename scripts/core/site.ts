// dist/manifest.json and dist/index.html, made from what is in the output folder after a build,
// so kits built earlier stay listed.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './hash.js';
import { listFiles, writeAtomic } from './write.js';
import type { Template } from '../render/templates.js';

export interface Artifact {
  path: string;
  kit: string;
  audience?: string;
  bytes: number;
  sha256: string;
  /** Hash of the inputs a deck was built from; a later build with the same hash reuses it. */
  inputHash?: string;
}

export interface Manifest {
  generator: string;
  artifacts: Artifact[];
}

const ROOT_FILES = new Set(['index.html', 'manifest.json']);

export async function readPreviousHashes(outDir: string): Promise<Map<string, string>> {
  const file = join(outDir, 'manifest.json');
  if (!existsSync(file)) return new Map();
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    return new Map(manifest.artifacts.filter((a) => a.inputHash).map((a) => [a.path, a.inputHash as string]));
  } catch {
    return new Map(); // an unreadable manifest only costs a rebuild of the decks
  }
}

export async function buildManifest(outDir: string, inputHashes: Map<string, string>): Promise<Manifest> {
  const groups = new Map<string, Array<{ file: string; data: Buffer }>>();
  for (const file of await listFiles(outDir)) {
    if (ROOT_FILES.has(file)) continue;
    const key = file.replace(/^([^/]+\/[^/]+\/deck)\/.*$/, '$1'); // a deck site counts as one artifact
    const list = groups.get(key) ?? [];
    list.push({ file, data: await readFile(join(outDir, file)) });
    groups.set(key, list);
  }
  const artifacts = [...groups.entries()].map(([path, files]): Artifact => {
    const [kit = '', audience] = path.split('/');
    const isKitFile = path.split('/').length === 2;
    const hash = files.length === 1 ? sha256((files[0] as { data: Buffer }).data) : sha256(...files.map((f) => `${f.file}:${sha256(f.data)}\n`));
    return {
      path,
      kit,
      ...(isKitFile ? {} : { audience }),
      bytes: files.reduce((sum, f) => sum + f.data.length, 0),
      sha256: hash,
      ...(inputHashes.has(path) ? { inputHash: inputHashes.get(path) } : {}),
    };
  });
  return { generator: 'workshop-kit', artifacts };
}

/** Labels for the index page (English, from locales/en/common.json) and each kit's language name and status. */
export interface SiteLabels {
  index: Record<string, string>;
  audience: Record<string, string>;
  kits: Record<string, { language: string; status: string }>;
}

/** Which index label describes a file, by its name; also the order files are listed in. */
const FILE_LABELS: Array<[RegExp, string]> = [
  [/^deck$/, 'deck'], [/^deck\.pdf$/, 'deckPdf'], [/^facilitator-guide-/, 'guidePdf'], [/^facilitator-guide\.md$/, 'guideMd'],
  [/^handout-letter/, 'handoutLetter'], [/^handout-a4/, 'handoutA4'], [/^wallet-cards/, 'wallet'], [/^flyer/, 'flyer'], [/^slides\.md$/, 'slidesSource'],
];

interface Link { href: string; label: string; kb: number; rank: number }

function linkTo(a: Artifact, labels: SiteLabels): Link {
  const name = a.path.split('/').pop() as string;
  const rank = FILE_LABELS.findIndex(([re]) => re.test(name));
  const paper = /-(letter|a4)\.pdf$/.exec(name)?.[1];
  const label = rank >= 0 ? labels.index[FILE_LABELS[rank]![1]] ?? name : name;
  return {
    href: name === 'deck' ? `${a.path}/index.html` : a.path,
    label: paper && !name.startsWith('handout-') ? `${label}, ${paper === 'a4' ? 'A4' : 'Letter'}` : label, // handout labels name their paper
    kb: Math.max(1, Math.round(a.bytes / 1024)),
    rank: rank < 0 ? FILE_LABELS.length : rank,
  };
}

export async function writeSite(outDir: string, manifest: Manifest, index: Template, labels: SiteLabels): Promise<void> {
  await writeAtomic(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeAtomic(join(outDir, 'index.html'), index({ labels: labels.index, kits: groupByKit(manifest.artifacts, labels) }));
}

function groupByKit(artifacts: Artifact[], labels: SiteLabels) {
  const links = (list: Artifact[]) => list.map((a) => linkTo(a, labels)).sort((x, y) => x.rank - y.rank || x.label.localeCompare(y.label));
  // audiences in teaching order (the order of common.json's audience labels), community profiles after them
  const order = Object.keys(labels.audience);
  const rank = (id: string) => (order.indexOf(id) >>> 0);
  return [...new Set(artifacts.map((a) => a.kit))].sort().map((kit) => {
    const mine = artifacts.filter((a) => a.kit === kit);
    const audiences = [...new Set(mine.filter((a) => a.audience).map((a) => a.audience as string))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return {
      kit,
      language: labels.kits[kit]?.language ?? kit,
      status: labels.kits[kit]?.status ?? '',
      files: links(mine.filter((a) => !a.audience)),
      audiences: audiences.map((audience) => ({ audience: labels.audience[audience] ?? audience, files: links(mine.filter((a) => a.audience === audience)) })),
    };
  });
}
