// Outputs made by an external tool (the decks): each from the staged slides.md, unless an identical one was
// built before.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, freemem } from 'node:os';
import { dirname, join } from 'node:path';
import type { Reader } from '../lib/reader.js';
import { sha256 } from '../lib/hash.js';
import { artifactPaths, type Job } from '../plan/plan.js';
import { OUTPUTS, type OutputKind } from '../outputs/index.js';
import { openDeckPrinter, type DeckPrinter } from '../lib/tools/deck-printer.js';
import { openDeckBuilder, type DeckBuilder } from '../lib/tools/slidev.js';
import { browserVersion } from '../lib/tools/browser.js';
import { deckFonts } from './deck-fonts.js';
import { deckTheme } from './deck-theme.js';
import { keepPictures, picturesDir } from './slide-pictures.js';
import { startProgress } from '../lib/progress.js';

const require = createRequire(import.meta.url);
const SLIDEV_VERSION = (require('@slidev/cli/package.json') as { version: string }).version;

export interface DeckContext {
  staging: string;
  outDir: string;
  /** Project templates (deck.css, favicon.svg). */
  templates: Reader;
  /** Slidev's working folders; inside the project so Slidev finds its theme in node_modules. */
  workRoot: string;
  /** Where Vite keeps its dependency caches between builds. */
  cacheRoot: string;
  /** The kit config's brand colour (organization.color), in place of the kit's colour in every deck. */
  brandColor?: string;
  /** Writing system of each kit (picks the fonts bundled into its decks). */
  scripts: Map<string, string>;
  /** Input hashes of the artifacts in the previous manifest: path -> hash. */
  previous: Map<string, string>;
  /** Rewrites a terminal's status line; absent when output is not a terminal (progress is then plain lines). */
  status?: (line: string) => void;
  browser?: string;
  log: (line: string) => void;
  /** Stops Slidev (and the browser it drives) when the build is stopped. */
  signal?: AbortSignal;
}

/**
 * Bump when the way decks are made changes (not visible in their inputs), so decks built the old way are not reused.
 * 2: the site has a /print route, and PDFs are printed from it.
 * 3: built in a long-lived Slidev process, without the drawing, recording and editor features.
 * 4: each lane's decks built from one Slidev root (3 could give a deck the lane's first deck's styles).
 * 5: floating-vue 5.3 (5.4's components could not be patched by Slidev's twoslash client: a console error).
 * 6: smaller slide pictures (lib/tools/deck-printer.ts), cached with the deck PDF.
 */
const RECIPE = '6';

/**
 * Decks built at once: two Slidev builds in parallel finished two decks in about 0.75x the time of one after the
 * other here (../shared/TOOLCHAIN.md); more would only compete for the two cores. Fewer when memory is short.
 */
/** What one lane needs at most: its Slidev process, restarted past WORKER_MEMORY, and its share of the browser. */
const WORKER_MEMORY = 1.5 * 2 ** 30;
const LANE_MEMORY = 2 * 2 ** 30;

const PARALLEL = Math.max(1, Math.min(2, availableParallelism(), Math.floor(freemem() / LANE_MEMORY)));

export interface ProducedDecks {
  /** Input hash of every produced artifact: path -> hash. */
  hashes: Map<string, string>;
  /** Artifacts whose inputs had not changed: left in the output folder as they are, not staged. */
  reused: Set<string>;
}

/**
 * Builds every deck artifact into staging unless an identical one is in the output folder. Each deck's jobs (site,
 * then its PDF) run in order; different decks run in parallel, each with its own Slidev process and Vite cache.
 * The first failure stops the others.
 */
export async function produceDecks(jobs: Array<Job<OutputKind>>, ctx: DeckContext): Promise<ProducedDecks> {
  const reused = new Set<string>();
  const hashes = new Map<string, string>();
  const byDeck = new Map<string, Array<Job<OutputKind>>>();
  for (const job of jobs.filter((j) => OUTPUTS[j.output].produce)) byDeck.set(`${job.kit}/${job.audience}`, [...(byDeck.get(`${job.kit}/${job.audience}`) ?? []), job]);
  const failed = new AbortController();
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, failed.signal]) : failed.signal;
  let printer: Promise<DeckPrinter> | undefined; // one browser for every deck PDF, opened when the first needs it
  const queue = [...byDeck.entries()];
  const progress = startProgress(jobs.filter((j) => OUTPUTS[j.output].produce).length, PARALLEL, { log: ctx.log, status: ctx.status });
  const builders: DeckBuilder[] = [];
  const lane = async (slot: number) => {
    let builder: DeckBuilder | undefined; // this lane's Slidev process, started when its first deck needs building
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [folder, deckJobs] = next;
      for (const job of deckJobs) {
        signal.throwIfAborted();
        const produce = OUTPUTS[job.output].produce!;
        const work = join(ctx.workRoot, folder); // the site and its PDF share it: the PDF is printed from the built site
        // Slidev keeps the first user root it sees for the life of its process: each lane builds every deck from one
        // root folder, refilled for each deck, into the deck's own work folder
        const root = join(ctx.workRoot, `.lane-${slot}`);
        const inputs = await prepareWorkDir(ctx, folder, { root, work }, ctx.scripts.get(job.kit) ?? 'latin', slot);
        const inputHash = sha256(inputs, '\0', produce.needsBrowser && ctx.browser ? browserVersion(ctx.browser) : '');
        const key = artifactPaths([job])[0] as string; // "<kit>/<aud>/deck" or ".../deck.pdf"
        hashes.set(key, inputHash);
        const pictures = produce.pictures && picturesDir(ctx.cacheRoot, inputHash); // a PDF without them is printed again
        if (ctx.previous.get(key) === inputHash && existsSync(join(ctx.outDir, key)) && (!pictures || existsSync(pictures))) {
          reused.add(key);
          if (produce.made === 'deck') await copyInto(join(ctx.outDir, key), join(work, 'deck')); // a PDF may print it
          progress.finished(key, 'unchanged, reused', 0);
          continue;
        }
        const started = Date.now();
        progress.started(key);
        if (produce.needsBrowser) printer ??= openDeckPrinter(ctx.browser as string);
        const title = deckTitle(await readFile(join(work, 'slides.md'), 'utf8'));
        if (!builder) builders.push((builder = openDeckBuilder(ctx.workRoot, signal)));
        await produce.run({ root, dir: work, base: `/${folder}/deck/`, title, builder, printer: produce.needsBrowser ? await printer : undefined, signal });
        if (builder.rss > WORKER_MEMORY) { builder.close(); builder = undefined; } // memory stays bounded over many decks
        await copyInto(join(work, produce.made), join(ctx.staging, key));
        if (pictures) await keepPictures(join(work, produce.pictures!), pictures);
        progress.finished(key, `built in ${((Date.now() - started) / 1000).toFixed(1)} s`, Date.now() - started);
      }
    }
  };
  try {
    const lanes = Array.from({ length: PARALLEL }, (_, slot) => lane(slot).catch((error: unknown) => { failed.abort(error); throw error; }));
    const results = await Promise.allSettled(lanes); // every lane has stopped before the build cleans up
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw ctx.signal?.aborted ? ctx.signal.reason : failure.reason;
  } finally {
    progress.end();
    for (const builder of builders) builder.close();
    await (await printer?.catch(() => undefined))?.close();
  }
  return { hashes, reused };
}

/** The title in the deck's headmatter (written as a JSON string by the slides template). */
function deckTitle(slides: string): string {
  const line = /^title: (.*)$/m.exec(slides)?.[1];
  try {
    return line ? String(JSON.parse(line)) : 'Workshop deck';
  } catch {
    return line ?? 'Workshop deck';
  }
}

/**
 * Fills Slidev's user root with one deck's inputs: slides.md, style.css (and the font files it refers to),
 * public/favicon.svg; the deck's work folder gets its slides.md too. Returns the hash of those inputs.
 */
async function prepareWorkDir(ctx: DeckContext, folder: string, dirs: { root: string; work: string }, script: string, slot: number): Promise<string> {
  // slides.md rendered by this build, or kept from an earlier one with the same inputs
  const staged = join(ctx.staging, folder, 'slides.md');
  const slides = await readFile(existsSync(staged) ? staged : join(ctx.outDir, folder, 'slides.md'));
  const { root, work } = dirs;
  await rm(root, { recursive: true, force: true }); // nothing of the lane's previous deck (its font files) is left
  await mkdir(join(root, 'public'), { recursive: true });
  await mkdir(work, { recursive: true });
  const css = await deckFonts(script, slides.toString('utf8'), root, join(ctx.cacheRoot, 'fonts')) + deckTheme(ctx.templates.readText('templates/deck.css'), ctx.brandColor);
  const favicon = ctx.templates.readText('templates/favicon.svg');
  await writeFile(join(root, 'slides.md'), slides);
  await writeFile(join(work, 'slides.md'), slides);
  await writeFile(join(root, 'style.css'), css);
  await writeFile(join(root, 'public', 'favicon.svg'), favicon);
  // one Vite cache per parallel lane: two builds writing one cache at once could corrupt it
  await writeFile(join(root, 'vite.config.mjs'), viteConfig(join(ctx.cacheRoot, `build-${slot}`)));
  return sha256(RECIPE, '\0', SLIDEV_VERSION, '\0', slides, '\0', css, '\0', favicon);
}

/**
 * Slidev's print route (/print) is built into a site only with `download: true`, which also makes `slidev build`
 * export a PDF itself on a fixed port; this turns on the route alone, after Slidev's own config. Features a
 * workshop deck does not use are left out of the build (drawing on slides, recording the presenter's camera, the
 * in-browser editor and PDF exporter: the kit ships its PDFs), and Vite skips measuring gzip sizes nobody reads.
 */
function viteConfig(cacheDir: string): string {
  const features = { PRINT: true, DRAWINGS: false, DRAWINGS_PERSIST: false, RECORD: false, EDITOR: false, BROWSER_EXPORTER: false };
  const define = Object.fromEntries(Object.entries(features).map(([name, on]) => [`__SLIDEV_FEATURE_${name}__`, String(on)]));
  return `export default {
  cacheDir: ${JSON.stringify(cacheDir)},
  build: { reportCompressedSize: false },
  plugins: [{ name: 'workshop-kit:features', enforce: 'post', config: () => ({ define: ${JSON.stringify(define)} }) }],
};
`;
}

/** Copy a deck (folder or PDF) into this build's staging folder. */
async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await cp(from, to, { recursive: true });
}
