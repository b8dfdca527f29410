// The kit page (dist/index.html) from the manifest of what the output folder will hold, and the manifest's shape.
// The writer builds the manifest (write/manifest.ts); both are staged and committed with the build's other files.
import type { OutputFile } from '../types.js';
import type { Template } from '../templates.js';
import type { Content } from '../../load/load.js';
import type { Kit } from '../../load/kit.js';
import type { Paper } from '../../lib/pdf/index.js';
import type { BuildSource } from '../../load/fingerprint.js';

export type TranslationStatus = 'source' | 'draft' | 'reviewed';

export interface Artifact {
  path: string;
  kit: string;
  audience?: string;
  bytes: number;
  sha256: string;
  /** Hash of the inputs a deck was built from; a later build with the same hash reuses it. */
  inputHash?: string;
  /** The build's own key (content, code, browser version) when this artifact was made: a build with the same key keeps it. */
  buildKey?: string;
  /** The kit's translation status: whether a human reviewed the words in this file. */
  status?: TranslationStatus;
  /** The output kind that made it, and its paper size: recorded from the plan, never read from the name. */
  output?: string;
  paper?: Paper;
}

/** What the plan says about each artifact path (kind and paper size). */
export type PlannedArtifacts = Map<string, { output: string; paper?: Paper }>;

/** The generator, what the files were made from (version, contentHash), and every artifact. */
export interface Manifest extends BuildSource {
  generator: string;
  artifacts: Artifact[];
}

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
