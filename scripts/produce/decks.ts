// Outputs made by an external tool (the decks): each from the staged slides.md, unless an identical one was
// built before.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Reader } from '../lib/reader.js';
import { sha256 } from '../lib/hash.js';
import { artifactPaths, type Job } from '../plan/plan.js';
import { OUTPUTS, type OutputKind } from '../outputs/index.js';
import { openDeckPrinter, type DeckPrinter } from '../lib/tools/deck-printer.js';

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
  /** Writing system of each kit (picks the fonts bundled into its decks). */
  scripts: Map<string, string>;
  /** Input hashes of the artifacts in the previous manifest: path -> hash. */
  previous: Map<string, string>;
  browser?: string;
  log: (line: string) => void;
  /** Stops Slidev (and the browser it drives) when the build is stopped. */
  signal?: AbortSignal;
}

/**
 * Bump when the way decks are made changes (not visible in their inputs), so decks built the old way are not reused.
 * 2: the site has a /print route, and PDFs are printed from it.
 */
const RECIPE = '2';

/** Returns path -> input hash for every produced artifact now in staging. */
export async function produceDecks(jobs: Array<Job<OutputKind>>, ctx: DeckContext): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  let printer: DeckPrinter | undefined;
  try {
    for (const job of jobs) {
      const produce = OUTPUTS[job.output].produce;
      if (!produce) continue;
      ctx.signal?.throwIfAborted();
      const folder = `${job.kit}/${job.audience}`;
      const work = join(ctx.workRoot, folder); // the site and its PDF share it: the PDF is printed from the built site
      const inputs = await prepareWorkDir(ctx, folder, work, ctx.scripts.get(job.kit) ?? 'latin');
      const inputHash = sha256(inputs, '\0', produce.needsBrowser ? browserVersion(ctx.browser) : '');
      const key = artifactPaths([job])[0] as string; // "<kit>/<aud>/deck" or ".../deck.pdf"
      hashes.set(key, inputHash);
      if (ctx.previous.get(key) === inputHash && existsSync(join(ctx.outDir, key))) {
        ctx.log(`  ${key}: unchanged, reused`);
        await copyInto(join(ctx.outDir, key), join(ctx.staging, key));
        if (produce.made === 'deck') await copyInto(join(ctx.outDir, key), join(work, 'deck')); // a PDF may print it
        continue;
      }
      const started = Date.now();
      if (produce.needsBrowser) printer ??= await openDeckPrinter(ctx.browser as string);
      const title = deckTitle(await readFile(join(work, 'slides.md'), 'utf8'));
      await produce.run({ dir: work, base: `/${folder}/deck/`, title, printer, signal: ctx.signal });
      await copyInto(join(work, produce.made), join(ctx.staging, key));
      ctx.log(`  ${key}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await printer?.close();
  }
  return hashes;
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

/** The browser's own version: a PDF printed by another browser version is printed again. */
const versions = new Map<string, string>();
function browserVersion(browser = ''): string {
  if (!versions.has(browser)) {
    try {
      versions.set(browser, execFileSync(browser, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim());
    } catch {
      versions.set(browser, browser);
    }
  }
  return versions.get(browser)!;
}

/**
 * Fonts bundled into the deck (woff2 from @fontsource), so it looks the same on any presenting computer, offline.
 * Chinese is left to system fonts: a full Noto Sans SC is several megabytes per deck.
 */
const FONT_SUBSETS: Record<string, string[]> = {
  latin: ['noto-sans/latin', 'noto-sans/latin-ext', 'noto-sans/vietnamese'],
  cyrillic: ['noto-sans/latin', 'noto-sans/latin-ext', 'noto-sans/cyrillic', 'noto-sans/cyrillic-ext'],
  arabic: ['noto-sans/latin', 'noto-sans-arabic/arabic'],
  han: ['noto-sans/latin'],
};

function fontImports(script: string): string {
  const subsets = FONT_SUBSETS[script] ?? FONT_SUBSETS.latin ?? [];
  return subsets.flatMap((s) => ['400', '700'].map((w) => `@import '@fontsource/${s}-${w}.css';\n`)).join('') + '\n';
}

/** Slidev's user root: slides.md, style.css and public/favicon.svg. Returns the hash of those inputs. */
async function prepareWorkDir(ctx: DeckContext, folder: string, work: string, script: string): Promise<string> {
  const slides = await readFile(join(ctx.staging, folder, 'slides.md'));
  const css = fontImports(script) + ctx.templates.readText('templates/deck.css');
  const favicon = ctx.templates.readText('templates/favicon.svg');
  await mkdir(join(work, 'public'), { recursive: true });
  await writeFile(join(work, 'slides.md'), slides);
  await writeFile(join(work, 'style.css'), css);
  await writeFile(join(work, 'public', 'favicon.svg'), favicon);
  await writeFile(join(work, 'vite.config.mjs'), viteConfig(join(ctx.cacheRoot, 'build')));
  return sha256(RECIPE, '\0', SLIDEV_VERSION, '\0', slides, '\0', css, '\0', favicon);
}

/**
 * Slidev's print route (/print) is built into a site only with `download: true`, which also makes `slidev build`
 * export a PDF itself on a fixed port; this turns on the route alone, after Slidev's own config.
 */
function viteConfig(cacheDir: string): string {
  return `export default {
  cacheDir: ${JSON.stringify(cacheDir)},
  plugins: [{ name: 'workshop-kit:print-route', enforce: 'post', config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }) }],
};
`;
}

/** Copy a deck (folder or PDF) into this build's staging folder. */
async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await cp(from, to, { recursive: true });
}
