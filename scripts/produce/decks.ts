// Outputs made by an external tool (the decks): each from the staged slides.md, unless an identical one was
// built before.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Reader } from '../lib/reader.js';
import { sha256 } from '../lib/hash.js';
import { artifactPaths, type Job } from '../plan/plan.js';
import { OUTPUTS, type OutputKind } from '../outputs/index.js';

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

/** Returns path -> input hash for every produced artifact now in staging. */
export async function produceDecks(jobs: Array<Job<OutputKind>>, ctx: DeckContext): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const job of jobs) {
    const produce = OUTPUTS[job.output].produce;
    if (!produce) continue;
    ctx.signal?.throwIfAborted();
    const folder = `${job.kit}/${job.audience}`;
    const work = join(ctx.workRoot, folder, job.output); // export's dev server trips over a built deck/ beside it
    const inputHash = await prepareWorkDir(ctx, folder, work, job.output, ctx.scripts.get(job.kit) ?? 'latin');
    const key = artifactPaths([job])[0] as string; // "<kit>/<aud>/deck" or ".../deck.pdf"
    hashes.set(key, inputHash);
    if (ctx.previous.get(key) === inputHash && existsSync(join(ctx.outDir, key))) {
      ctx.log(`  ${key}: unchanged, reused`);
      await copyInto(join(ctx.outDir, key), join(ctx.staging, key));
      continue;
    }
    const started = Date.now();
    await produce.run({ dir: work, base: `/${folder}/deck/`, browser: ctx.browser, signal: ctx.signal });
    await copyInto(join(work, produce.made), join(ctx.staging, key));
    ctx.log(`  ${key}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return hashes;
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
async function prepareWorkDir(ctx: DeckContext, folder: string, work: string, output: string, script: string): Promise<string> {
  const slides = await readFile(join(ctx.staging, folder, 'slides.md'));
  const css = fontImports(script) + ctx.templates.readText('templates/deck.css');
  const favicon = ctx.templates.readText('templates/favicon.svg');
  await mkdir(join(work, 'public'), { recursive: true });
  await writeFile(join(work, 'slides.md'), slides);
  await writeFile(join(work, 'style.css'), css);
  await writeFile(join(work, 'public', 'favicon.svg'), favicon);
  // Separate Vite caches for build and export: sharing one makes the export's dev server re-optimize
  // and reload mid-export after a build, and Slidev's exporter then times out.
  const cacheDir = join(ctx.cacheRoot, output);
  await writeFile(join(work, 'vite.config.mjs'), `export default { cacheDir: ${JSON.stringify(cacheDir)} };\n`);
  return sha256(SLIDEV_VERSION, '\0', slides, '\0', css, '\0', favicon);
}

/** Copy a deck (folder or PDF) into this build's staging folder. */
async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await cp(from, to, { recursive: true });
}
