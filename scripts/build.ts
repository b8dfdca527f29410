// load -> validate -> plan -> render -> produce -> write -> report.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { KitError, Problems } from './lib/errors.js';
import { startVerifier, verifyArtifacts } from './verify/verify.js';
import { crisisNumbers } from './load/regions.js';
import { checkKitConfig, type LocalNumber } from './validate/integrity/config.js';
import { fsReader, type Reader } from './lib/reader.js';
import { allKitTags, resolveKit, type Kit } from './load/kit.js';
import { artifactPaths, planJobs, type Job } from './plan/plan.js';
import { shardJobs, type Shard } from './plan/shard.js';
import { buildSource, codeHash, type BuildSource } from './load/fingerprint.js';
import { OUTPUT_KINDS, OUTPUTS, type OutputKind } from './outputs/index.js';
import { renderJobs, type RenderedFile } from './outputs/render.js';
import { commitStaging, openOutput, readOutputFile, writeFiles } from './write/write.js';
import { produceDecks } from './produce/decks.js';
import { slidePictures } from './produce/slide-pictures.js';
import { pictureSourceFor, splitForPictures, textOnlyNotice, withPictureSources } from './outputs/pictures.js';
import { deckPreviews } from './outputs/site/page.js';
import type { Paper } from './lib/pdf/index.js';
import { loadSiteTemplates, siteFiles, siteLabels, type Manifest, type SiteTemplates } from './outputs/site/index.js';
import { buildManifest, readManifest, readPreviousHashes, upToDate } from './write/manifest.js';
import { kitWarnings } from './report/warnings.js';
import type { BuildResult } from './report/report.js';

export type { BuildResult };
import { loadContent, type Content } from './load/load.js';
import { validateContent, validateKitFacts } from './validate/validate.js';
import { runContentChecks } from './validate/index.js';
import { checkReadingLevels } from './outputs/handout/reading-level.js';
import { loadTemplate, type Template } from './outputs/templates.js';
import type { Community } from './outputs/print.js';
import { browserVersion, findBrowser, NO_BROWSER_HINT } from './lib/tools/browser.js';
import { sha256 } from './lib/hash.js';

export interface BuildOptions {
  /** Content tree (content/, locales/, kit.config.yaml). */
  root: string;
  /** Project folder holding templates/. */
  projectRoot: string;
  outDir: string;
  kits?: string[];
  /** Every kit that has a locale and a region (--all). */
  allKits?: boolean;
  audiences?: string[];
  outputs: OutputKind[];
  /** Outputs the user named; a named output that cannot be made is an error, a default one a warning. */
  explicitOutputs: boolean;
  configFile?: string;
  dryRun?: boolean;
  strict?: boolean;
  browser?: string;
  /** Build only this machine's share of the plan (--shard k/n); --merge joins the shares. */
  shard?: Shard;
  today?: Date;
  /** Make everything again, even what an earlier build made from the same inputs (--force). */
  force?: boolean;
  /** Rewrites a terminal's status line (progress); absent when output is not a terminal. */
  status?: (line: string) => void;
  /** Aborted on SIGINT/SIGTERM: the build stops its tools, cleans up and writes nothing. */
  signal?: AbortSignal;
  log: (line: string) => void;
}


export function loadChecked(reader: Reader, configFile?: string): Content {
  const content = loadContent(reader, configFile);
  validateContent(content);
  // every kit's strings against its region's services, as a build of --all would check them
  for (const tag of allKitTags(content)) validateKitFacts(resolveKit(tag, content), content);
  runSlowChecks(reader, content);
  checkedLocalNumbers(content, content.config.kits.flatMap((tag) => regionOfTag(tag) ?? []));
  return content;
}

/** The checks over every string of every locale: a second of work, skipped only when nothing is to be made. */
function runSlowChecks(reader: Reader, content: Content): void {
  runContentChecks(reader, content);
  checkReadingLevels(content); // on the handout's own text, once the strings are known to be well formed
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const reader = fsReader(options.root);
  const templatesReader = fsReader(options.projectRoot);
  const content = loadContent(reader, options.configFile);
  validateContent(content);
  checkedLocalNumbers(content, content.config.kits.flatMap((tag) => regionOfTag(tag) ?? []));
  const source = buildSource(reader, templatesReader, content.configFile, logoPath(content)); // read now, beside the content
  const kitTags = options.allKits ? allKitTags(content) : options.kits ?? content.config.kits;
  const kits = new Map<string, Kit>(kitTags.map((tag) => [tag, resolveKit(tag, content, options.kits ? 'command line' : content.configFile ?? 'kit.config.yaml')]));
  for (const kit of kits.values()) validateKitFacts(kit, content);
  const localNumbers = checkedLocalNumbers(content, [...kits.values()].map((k) => k.region.id));
  const notices = localNumberNotices(localNumbers);
  const audiences = resolveAudiences(content, options.audiences);
  const { outputs, warnings: outputWarnings, browser } = resolveOutputs(options);
  const plan = planJobs({ kits: kitTags, audiences, outputs, papers: content.config.paper, layouts: OUTPUTS });
  const jobs = options.shard ? shardJobs(plan, options.shard) : plan;
  // what this build would make, keyed by everything it reads: what an earlier build made with the same key is kept
  const buildKey = sha256(source.version, '\0', source.contentHash, '\0', codeHash(templatesReader), '\0', browser ? browserVersion(browser) : '');
  // a guide made with slide pictures is not the same artifact as one made without them
  const split = splitForPictures(jobs);
  const picturesKey = sha256(buildKey, '\0', 'with slide pictures');
  const keyOf = (job: Job<OutputKind>) => (split.after.includes(job) ? picturesKey : buildKey);
  const [keptPlain, keptWithPictures] = options.force ? [new Set<string>(), new Set<string>()] : await Promise.all([upToDate(resolve(options.outDir), buildKey), upToDate(resolve(options.outDir), picturesKey)]);
  const keptOf = (job: Job<OutputKind>) => artifactPaths([job]).filter((path) => (keyOf(job) === buildKey ? keptPlain : keptWithPictures).has(path));
  const kept = new Set(jobs.flatMap(keptOf));
  const todo = withPictureSources(jobs.filter((job) => keptOf(job).length < artifactPaths([job]).length), jobs);
  if (split.textOnly.length > 0) notices.push(textOnlyNotice(split.textOnly, !browser && options.outputs.some((kind) => OUTPUTS[kind].produce?.needsBrowser), NO_BROWSER_HINT));
  if (todo.length > 0) runSlowChecks(reader, content); // an earlier build passed them on the same inputs and code
  const warnings = [...new Set([...outputWarnings, ...[...kits.values()].flatMap((k) => kitWarnings(k, content, options.today ?? new Date()))])];
  if (options.dryRun) return { jobs, warnings, notices, files: [], kept: [] };
  if (options.strict && warnings.length > 0) {
    throw new KitError({ file: '(build)', message: `--strict: ${warnings.length} warning(s):\n  ${warnings.join('\n  ')}`, hint: 'fix the warnings or build without --strict' });
  }
  // every template is loaded and compiled before anything is written, the index page's too
  const templates = { slides: loadTemplate(templatesReader, 'slides.md.hbs'), guide: loadTemplate(templatesReader, 'guide.md.hbs', { markdown: true }) };
  const siteTemplates = loadSiteTemplates(templatesReader, content.config.organization?.color);
  const community = { ...(await loadCommunity(reader, content)), localNumbers };
  // each file is checked as soon as it is rendered, its PDF text read on another core
  // nothing to make: done, unless this is a shard with no share at all, which still writes its empty manifest for --merge
  if (todo.length === 0 && jobs.length > 0) return { jobs, warnings, notices, files: [], kept: [...kept], manifest: await readManifest(resolve(options.outDir)) };
  const render = async (list: Array<Job<OutputKind>>, pictures?: Map<string, Uint8Array[]>) => {
    if (list.length === 0) return [];
    const verifier = startVerifier({ kits, localNumbers, crisisNumbers: crisisNumbers(content.regions.values()) });
    const rendered = await renderJobs({ content, kits, jobs: list, templates, community, pictures, signal: options.signal, onRendered: verifier.add })
      .catch(async (error: unknown) => { await verifier.close(); throw error; });
    await verifier.done();
    options.signal?.throwIfAborted();
    return rendered;
  };
  const files = await render(todo.filter((job) => !split.after.includes(job)));
  // outputs that show slide pictures are rendered once the decks are printed (or reused, with their cached pictures)
  const renderAfterDecks = (pictures: Map<string, Uint8Array[]>) => render(todo.filter((job) => split.after.includes(job)), pictures);
  const { manifest, reused, late } = await writeOutputs({ options, jobs: todo, files, templatesReader, siteTemplates, localNumbers, browser, content, kits, source, keyOf, renderAfterDecks });
  return { jobs, warnings, notices, files: [...files, ...late], manifest, kept: [...kept, ...reused] };
}

interface WriteInput {
  options: BuildOptions;
  jobs: Array<Job<OutputKind>>;
  files: RenderedFile[];
  templatesReader: Reader;
  siteTemplates: SiteTemplates;
  localNumbers: Map<string, LocalNumber[]>;
  browser?: string;
  content: Content;
  kits: Map<string, Kit>;
  source: BuildSource;
  /** The build key each job's artifacts are recorded with. */
  keyOf: (job: Job<OutputKind>) => string;
  renderAfterDecks: (pictures: Map<string, Uint8Array[]>) => Promise<RenderedFile[]>;
}

/**
 * Files an external tool made (the deck PDF) get the same post-render check, so a blank or broken export is never
 * kept; a reused one is checked again in the output folder, as the rules may have changed since it was made.
 */
async function verifyProduced(jobs: Array<Job<OutputKind>>, output: { staging: string; outDir: string }, kits: Map<string, Kit>, localNumbers: Map<string, LocalNumber[]>, crisis: string[]): Promise<void> {
  const produced = jobs.filter((job) => OUTPUTS[job.output].produce).flatMap((job) => job.files.filter((f) => !f.path.endsWith('/')).map((f) => ({ job, path: f.path })));
  if (produced.length === 0) return;
  const read = (path: string) => readFile(existsSync(join(output.staging, path)) ? join(output.staging, path) : join(output.outDir, path));
  const files = await Promise.all(produced.map(async ({ path }) => ({ path, data: new Uint8Array(await read(path)) })));
  await verifyArtifacts({ files, jobs: produced.map((p) => p.job), kits, localNumbers, crisisNumbers: crisis });
}

/** Builds started by this process: names each one's scratch folder. */
let buildsStarted = 0;

/** Stage the rendered files, build the decks beside them, then move into place what changed. */
async function writeOutputs({ options, jobs, files, templatesReader, siteTemplates, localNumbers, browser, content, kits, source, keyOf, renderAfterDecks }: WriteInput): Promise<{ manifest: Manifest; reused: Set<string>; late: RenderedFile[] }> {
  const output = await openOutput(resolve(options.outDir));
  const cache = join(options.projectRoot, 'node_modules', '.cache');
  const workRoot = join(cache, 'workshop-kit', `${process.pid}-${++buildsStarted}`); // each build its own, even in one process
  const deckCache = join(cache, 'workshop-kit-vite');
  try {
    await writeFiles(output.staging, files);
    const previous = await readPreviousHashes(output.outDir);
    const decks = await produceDecks(jobs, {
      staging: output.staging, outDir: output.outDir, templates: templatesReader, workRoot, cacheRoot: deckCache,
      scripts: new Map([...kits].map(([tag, kit]) => [tag, kit.locale.meta.script])), brandColor: content.config.organization?.color, previous, browser, log: options.log, status: options.status, signal: options.signal,
    });
    await verifyProduced(jobs, output, kits, localNumbers, crisisNumbers(content.regions.values()));
    const pictures = await slidePictures(jobs, decks.hashes, deckCache);
    const late = await renderAfterDecks(pictures);
    const previews = deckPreviews(pictures); // the kit page's picture of each deck's cover
    await writeFiles(output.staging, [...late, ...previews]);
    const labels = siteLabels(content);
    const planned = new Map<string, { output: string; paper?: Paper }>(jobs.flatMap((job) => job.files.map((f) => [f.path.replace(/\/$/, ''), { output: f.preview ? 'preview' : job.output, paper: f.paper }] as const)));
    for (const preview of previews) planned.set(preview.path, { output: 'preview' });
    const made = [...artifactPaths(jobs), ...previews.map((preview) => preview.path)];
    // a preview is made with its deck's PDF, under that job's key
    const keys = new Map(jobs.flatMap((job) => artifactPaths([job]).map((path) => [path, keyOf(job)] as const)));
    for (const preview of previews) keys.set(preview.path, keys.get(preview.path.replace(/preview-deck\.jpg$/, 'deck.pdf')) ?? '');
    const manifest = await buildManifest(output, source, new Map([...previous, ...decks.hashes]), labels.kits, planned, keys);
    const site = await siteFiles(manifest, siteTemplates, labels, (path) => readOutputFile(output, path));
    await writeFiles(output.staging, site);
    options.signal?.throwIfAborted(); // the last moment a stop leaves the output folder untouched
    await commitStaging(output, [...new Set([...made.filter((path) => !decks.reused.has(path)), ...site.map((f) => f.path)])]);
    return { manifest, reused: decks.reused, late };
  } finally {
    await output.release();
    await rm(workRoot, { recursive: true, force: true });
  }
}

export { siteLabels }; // a merge makes the kit pages from the same labels

/** The kit config's numbers, valid for every region being built, as each region's kits print them. */
function checkedLocalNumbers(content: Content, regions: string[]): Map<string, LocalNumber[]> {
  const problems = new Problems();
  const numbers = checkKitConfig(content.config, content.configFile ?? 'kit.config.yaml', regions, problems);
  problems.throwIfAny();
  return numbers;
}

/** "es-MX" -> "MX"; a malformed tag is reported where kits are resolved. */
function regionOfTag(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

function localNumberNotices(numbers: Map<string, LocalNumber[]>): string[] {
  return [...numbers].filter(([, list]) => list.length > 0).map(([region, list]) =>
    `${region} kits print ${list.length} local number${list.length === 1 ? '' : 's'} from the kit config: ${list.map((n) => `${n.name} ${n.printed}`).join('; ')}. Check them before printing.`);
}

function resolveAudiences(content: Content, requested?: string[]): string[] {
  const known = [...content.audiences.keys()];
  const fromConfig = requested === undefined && content.config.audiences !== undefined;
  const list = requested ?? content.config.audiences ?? known;
  for (const id of list) {
    if (!content.audiences.has(id)) throw new KitError({ code: fromConfig ? 'content' : 'usage', file: fromConfig ? content.configFile ?? 'kit.config.yaml' : 'command line', keyPath: 'audiences', message: `unknown audience "${id}"`, hint: `use one of: ${known.join(', ')}` });
  }
  return list;
}

function resolveOutputs(options: BuildOptions): { outputs: OutputKind[]; warnings: string[]; browser?: string } {
  const outputs = new Set(options.outputs);
  // decks are made from slides.md, and the notes PDF from the deck PDF's pictures
  for (const kind of outputs) { const needs = OUTPUTS[kind].produce?.needs ?? pictureSourceFor(kind); if (needs) outputs.add(needs); }
  const warnings: string[] = [];
  if (options.browser && !existsSync(options.browser)) {
    throw new KitError({ code: 'usage', file: 'command line', keyPath: '--browser', message: `"${options.browser}" does not exist`, hint: `give the path of a Chrome or Chromium executable, or leave --browser out to use CHROME_PATH or the system's browser` });
  }
  const needBrowser = [...outputs].filter((kind) => OUTPUTS[kind].produce?.needsBrowser || pictureSourceFor(kind));
  const browser = needBrowser.length > 0 ? findBrowser(options.browser) : undefined;
  if (needBrowser.length > 0 && !browser) {
    if (options.explicitOutputs) throw new KitError({ code: 'tool', file: '(build)', message: `${needBrowser.join(', ')} need${needBrowser.length === 1 ? 's' : ''} a Chromium-family browser and none was found`, hint: NO_BROWSER_HINT });
    for (const kind of needBrowser) outputs.delete(kind);
    warnings.push(`${needBrowser.join(', ')} skipped: no browser found; ${NO_BROWSER_HINT}`);
  }
  return { outputs: OUTPUT_KINDS.filter((kind) => outputs.has(kind)), warnings, browser };
}

async function loadCommunity(reader: Reader, content: Content): Promise<Community> {
  const logo = content.config.organization?.logo;
  const path = logoPath(content);
  if (!logo || !path) return { config: content.config };
  const file = content.configFile ?? 'kit.config.yaml';
  if (!/\.(png|jpe?g)$/i.test(path) || !reader.exists(path)) {
    throw new KitError({ file, keyPath: 'organization.logo', message: `"${logo}" is not a PNG or JPG file that exists`, hint: 'give the path of a PNG or JPG, relative to the config file' });
  }
  const bytes = reader.readBytes(path);
  try {
    // decode it now, as the PDF engine will: a renamed or truncated file is a config problem, not a crash later
    const doc = await PDFDocument.create();
    await (/\.png$/i.test(path) ? doc.embedPng(bytes) : doc.embedJpg(bytes));
  } catch (cause) {
    throw new KitError({ file, keyPath: 'organization.logo', message: `"${logo}" is not a readable ${/\.png$/i.test(path) ? 'PNG' : 'JPG'} image`, hint: 'export the logo again as PNG or JPG and give its path, relative to the config file', cause });
  }
  return { config: content.config, logo: bytes };
}

/** The logo's path in the content tree: the config names it relative to the config file. */
export function logoPath(content: Content): string | undefined {
  const logo = content.config.organization?.logo;
  if (!logo) return undefined;
  const configDir = (content.configFile ?? 'kit.config.yaml').split('/').slice(0, -1).join('/');
  return join(configDir, logo);
}
