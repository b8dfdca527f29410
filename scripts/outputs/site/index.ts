// The kit pages from the manifest of what the output folder will hold, and the manifest's shape: dist/index.html
// lists the kits, each in its own language; dist/<kit>/index.html is a kit's page in its language, with a zip per
// audience beside it. The writer builds the manifest (write/manifest.ts); all are staged and committed with the
// build's other files, and a merge makes them the same way.
import type { OutputFile } from '../types.js';
import { loadTemplate, type Template } from '../templates.js';
import type { Content } from '../../load/load.js';
import type { Reader } from '../../lib/reader.js';
import type { Kit } from '../../load/kit.js';
import type { Paper } from '../../lib/pdf/index.js';
import type { BuildSource } from '../../load/fingerprint.js';
import { brandColors, cssVariables } from '../../lib/design/tokens.js';
import { iconSprite } from './icons.js';
import { audienceZip, inZip, zipPath } from './zip.js';
import { audiencesOf, kitList, kitPage } from './page.js';
import type { KitText, SiteLabels } from './labels.js';

export { siteLabels, type SiteLabels } from './labels.js';

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

/** Files the site step writes (pages, zips), never artifacts: the manifest does not list them. */
export const isSiteFile = (path: string): boolean => /^(index\.html|manifest\.json|[^/]+\/index\.html|[^/]+\/[^/]+\.zip)$/.test(path);

export interface SiteTemplates { index: Template; kit: Template; css: string }

/**
 * The kit list and kit page templates and their stylesheet, loaded (and compiled) before anything is written;
 * `brand` (the kit config's organization.color) replaces the kit's colour on the pages.
 */
export function loadSiteTemplates(reader: Reader, brand?: string): SiteTemplates {
  return { index: loadTemplate(reader, 'index.html.hbs'), kit: loadTemplate(reader, 'kit.html.hbs'), css: cssVariables(brandColors(brand)) + reader.readText('templates/site.css') };
}

/** manifest.json, the kit list, and each kit's page and audience zips; `read` gives an artifact file's bytes. */
export async function siteFiles(manifest: Manifest, templates: SiteTemplates, labels: SiteLabels, read: (path: string) => Promise<Uint8Array>): Promise<OutputFile[]> {
  const kits = [...new Set(manifest.artifacts.map((a) => a.kit))].sort();
  const fallback = labels.pages.en ?? Object.values(labels.pages)[0];
  const textOf = (kit: string): KitText => labels.pages[kit] ?? fallback ?? EMPTY_TEXT;
  const shared = { css: templates.css, sprite: iconSprite() };
  const files: OutputFile[] = [
    { path: 'manifest.json', data: JSON.stringify(manifest, null, 2) + '\n' },
    { path: 'index.html', data: templates.index({ ...shared, labels: labels.index, kits: kitList(kits, manifest.artifacts, labels, textOf) }) },
  ];
  for (const kit of kits) {
    const artifacts = manifest.artifacts.filter((a) => a.kit === kit);
    const zips = new Map<string, { path: string; bytes: number }>();
    for (const audience of audiencesOf(artifacts, labels)) {
      const members = artifacts.filter((a) => (a.audience === audience || !a.audience) && inZip(a) && !a.path.endsWith('/'));
      if (members.length === 0) continue;
      const data = audienceZip(`${kit}-${audience}`, await Promise.all(members.map(async (artifact) => ({ artifact, data: await read(artifact.path) }))));
      const path = zipPath(kit, audience);
      files.push({ path, data });
      zips.set(audience, { path, bytes: data.length });
    }
    files.push({ path: `${kit}/index.html`, data: templates.kit({ ...shared, page: kitPage({ kit, artifacts, labels, zips }, textOf(kit)) }) });
  }
  return files;
}

const EMPTY_TEXT: KitText = { ui: {}, region: '', audiences: {}, help: { heading: '', name: '', lines: [] }, largePrint: false };
