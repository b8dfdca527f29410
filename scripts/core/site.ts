// dist/manifest.json and dist/index.html, made from what the output folder will hold once this build's staged
// files are moved into place, so kits built earlier stay listed; written through the staging folder like the rest.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './hash.js';
import { listFiles, type OutputFile } from './write.js';
import type { Template } from '../render/templates.js';
import type { Content } from '../content/load.js';
import type { Kit } from './kit.js';
import type { Paper } from '../pdf/index.js';

export type TranslationStatus = 'source' | 'draft' | 'reviewed';

export interface Artifact {
  path: string;
  kit: string;
  audience?: string;
  bytes: number;
  sha256: string;
  /** Hash of the inputs a deck was built from; a later build with the same hash reuses it. */
  inputHash?: string;
  /** The kit's translation status: whether a human reviewed the words in this file. */
  status?: TranslationStatus;
  /** The output kind that made it, and its paper size: recorded from the plan, never read from the name. */
  output?: string;
  paper?: Paper;
}

/** What the plan says about each artifact path (kind and paper size). */
export type PlannedArtifacts = Map<string, { output: string; paper?: Paper }>;

export interface Manifest {
  generator: string;
  artifacts: Artifact[];
}

const ROOT_FILES = new Set(['index.html', 'manifest.json']);

export async function readPreviousHashes(outDir: string): Promise<Map<string, string>> {
  const manifest = await readManifest(outDir);
  return new Map(manifest?.artifacts.filter((a) => a.inputHash).map((a) => [a.path, a.inputHash as string]) ?? []);
}

/** The manifest of an earlier build, if any; an unreadable one only costs a rebuild of the decks. */
async function readManifest(outDir: string): Promise<Manifest | undefined> {
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
export async function buildManifest(output: { staging: string; outDir: string }, inputHashes: Map<string, string>, kits: Record<string, KitInfo> = {}, planned: PlannedArtifacts = new Map()): Promise<Manifest> {
  const previous = new Map((await readManifest(output.outDir))?.artifacts.map((a) => [a.path, a]) ?? []);
  const staged = await listFiles(output.staging);
  const stagedArtifacts = new Set(staged.map(artifactOf));
  // an artifact being replaced is read from staging only: a rebuilt deck may have fewer files than the old one
  const kept = (await listFiles(output.outDir)).filter((f) => !stagedArtifacts.has(artifactOf(f)));
  const groups = new Map<string, Array<{ file: string; data: Buffer }>>();
  for (const [root, file] of [...staged.map((f) => [output.staging, f]), ...kept.map((f) => [output.outDir, f])] as Array<[string, string]>) {
    if (ROOT_FILES.has(file)) continue;
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
      ...(status ? { status } : {}),
      ...(made?.output ? { output: made.output } : {}),
      ...(made?.paper ? { paper: made.paper } : {}),
    };
  });
  return { generator: 'workshop-kit', artifacts };
}

/** A deck site counts as one artifact. */
const artifactOf = (file: string) => file.replace(/^([^/]+\/[^/]+\/deck)\/.*$/, '$1');

/** Labels for the index page (English, from locales/en/common.json) and each kit's language name and status. */
export interface SiteLabels {
  index: Record<string, string>;
  audience: Record<string, string>;
  kits: Record<string, KitInfo>;
}

/** What the index page and manifest say about a kit: its language, translation status, and for a draft the
 *  draft notice in the kit's own language (common.json status.draft along its locale chain). */
export interface KitInfo { language: string; status: TranslationStatus; statusLabel: string; mark?: string; lang: string; dir: 'ltr' | 'rtl' }

export function kitInfo(kit: Kit, content: Content): KitInfo {
  const status = kit.locale.meta.status;
  const statusText = (tag: string) => {
    const common = content.locales.get(tag)?.namespaces.common as { status?: Record<string, unknown> } | undefined;
    const text = common?.status?.[status];
    return typeof text === 'string' ? text : undefined;
  };
  return {
    language: kit.locale.meta.nativeName,
    status,
    statusLabel: status === 'source' ? '' : statusText('en') ?? status, // the page itself is in English
    mark: status === 'draft' ? kit.chain.map(statusText).find((t) => t) : undefined,
    lang: kit.lang,
    dir: kit.locale.meta.dir,
  };
}

/** The index label of a file, from the output kind and paper the manifest records; also the listing order. */
const FILE_LABELS: Array<[(a: Artifact) => boolean, string]> = [
  [(a) => a.output === 'deck', 'deck'], [(a) => a.output === 'deck-pdf', 'deckPdf'],
  [(a) => a.output === 'guide' && !!a.paper, 'guidePdf'], [(a) => a.output === 'guide', 'guideMd'],
  [(a) => a.output === 'handout' && a.paper === 'letter', 'handoutLetter'], [(a) => a.output === 'handout', 'handoutA4'],
  [(a) => a.output === 'wallet', 'wallet'], [(a) => a.output === 'flyer', 'flyer'], [(a) => a.output === 'slides', 'slidesSource'],
];

interface Link { href: string; label: string; kb: number; rank: number }

function linkTo(a: Artifact, labels: SiteLabels): Link {
  const name = a.path.split('/').pop() as string;
  const rank = FILE_LABELS.findIndex(([is]) => is(a));
  const label = rank >= 0 ? labels.index[FILE_LABELS[rank]![1]] ?? name : name;
  return {
    href: a.output === 'deck' ? `${a.path}/index.html` : a.path,
    label: a.paper && a.output !== 'handout' ? `${label}, ${a.paper === 'a4' ? 'A4' : 'Letter'}` : label, // handout labels name their paper
    kb: Math.max(1, Math.round(a.bytes / 1024)),
    rank: rank < 0 ? FILE_LABELS.length : rank,
  };
}

/** manifest.json and index.html, to be staged and committed with the build's other files. */
export function siteFiles(manifest: Manifest, index: Template, labels: SiteLabels): OutputFile[] {
  return [
    { path: 'manifest.json', data: JSON.stringify(manifest, null, 2) + '\n' },
    { path: 'index.html', data: index({ labels: labels.index, kits: groupByKit(manifest.artifacts, labels) }) },
  ];
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
      ...labels.kits[kit],
      language: labels.kits[kit]?.language ?? kit,
      files: links(mine.filter((a) => !a.audience)),
      audiences: audiences.map((audience) => ({ audience: labels.audience[audience] ?? audience, files: links(mine.filter((a) => a.audience === audience)) })),
    };
  });
}
