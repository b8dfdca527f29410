// `npm run bench:decks`: deck building measured in one process, on the same decks (the default kit's four), against
// the naive Slidev loop: for each deck `slidev build`, then `slidev export` (its own dev server), one after the
// other. Then this project's build: cold (its caches under node_modules/.cache cleared), a rebuild with nothing
// changed, and a rebuild after one string changed (only the decks that show it may be made again).
// BENCH_RUNS=3 repeats the naive loop and the cold build alternately and prints medians.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './cli.js';
import { findBrowser, NO_BROWSER_HINT } from './lib/tools/browser.js';
import { fsReader } from './lib/reader.js';
import { loadContent } from './load/load.js';
import { deckFonts } from './produce/deck-fonts.js';
import { deckTheme } from './produce/deck-theme.js';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const REBUILD_RUNS = Number(process.env.BENCH_REBUILD_RUNS ?? 3);
const KIT = 'en-US';
const SLIDEV = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs');
/** The one string changed: a point on a slide only the healthcare deck shows (a `_healthcare` variant). */
const CHANGE = { file: 'locales/en/supporting-survivors.json', from: 'before each step of an exam', to: 'before each step of the exam' };

const browser = findBrowser();
if (!browser) throw new Error(`bench:decks needs a browser: ${NO_BROWSER_HINT}`);
const scratch = join(PROJECT, 'node_modules', '.cache', 'workshop-kit-bench'); // inside the project: Slidev finds its theme
await rm(scratch, { recursive: true, force: true });
const content = join(scratch, 'content-tree');
for (const part of ['content', 'locales', 'kit.config.yaml']) await cp(join(PROJECT, part), join(content, part), { recursive: true });
const audiences = loadContent(fsReader(content)).audiences.keys();
const decks = [...audiences].map((audience) => `${KIT}/${audience}`);

/** Our build of the decks (site and PDF) into out; returns seconds and the deck lines it printed. */
async function ours(out: string): Promise<{ s: number; made: string[] }> {
  const lines: string[] = [];
  const t0 = performance.now();
  const code = await main(['-k', KIT, '-o', 'deck,deck-pdf', '--content', content, '--out', out, '--browser', browser as string], (l) => lines.push(l), (l) => lines.push(l));
  if (code !== 0) throw new Error(`build failed (exit ${code}):\n${lines.join('\n')}`);
  return { s: (performance.now() - t0) / 1000, made: lines.filter((l) => / built in /.test(l)).map((l) => l.trim().split(':')[0] as string) };
}

/** The naive loop, on the slides.md our build wrote, with the same stylesheet and fonts. */
async function naive(slidesFrom: string): Promise<number> {
  const root = join(scratch, 'naive');
  await rm(root, { recursive: true, force: true });
  await shimPlaywrightChromium(root);
  const t0 = performance.now();
  for (const deck of decks) {
    const dir = join(root, deck);
    await mkdir(join(dir, 'public'), { recursive: true });
    const slides = await readFile(join(slidesFrom, deck, 'slides.md'), 'utf8');
    await writeFile(join(dir, 'slides.md'), slides);
    await writeFile(join(dir, 'style.css'), (await deckFonts('latin', slides, dir, join(scratch, 'fonts'))) + deckTheme(await readFile(join(PROJECT, 'templates', 'deck.css'), 'utf8')));
    await cp(join(PROJECT, 'templates', 'favicon.svg'), join(dir, 'public', 'favicon.svg'));
    await run(dir, ['build', 'slides.md', '--out', 'deck', '--base', `/${deck}/deck/`]);
    await run(dir, ['export', 'slides.md', '--output', 'deck.pdf', '--executable-path', browser as string, '--timeout', '120000']);
  }
  return (performance.now() - t0) / 1000;
}

/** `slidev export` imports playwright-chromium; the project has playwright-core, the same API without a download. */
async function shimPlaywrightChromium(root: string): Promise<void> {
  const dir = join(root, 'node_modules', 'playwright-chromium');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'playwright-chromium', type: 'module', main: 'index.js' }));
  await writeFile(join(dir, 'index.js'), "export * from 'playwright-core';\nimport pw from 'playwright-core';\nexport default pw;\n");
}

function run(cwd: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SLIDEV, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`slidev ${args.join(' ')} failed in ${cwd}:\n${log.slice(-3000)}`))));
  });
}

/** The same no-change build as a command, with Node and tsx starting: what a person waits for at the prompt. */
async function asCommand(out: string): Promise<number> {
  const t0 = performance.now();
  await new Promise<void>((done, fail) => {
    const args = ['--import', 'tsx', join(PROJECT, 'scripts', 'cli.ts'), '-k', KIT, '-o', 'deck,deck-pdf', '--content', content, '--out', out, '--browser', browser as string];
    const child = spawn(process.execPath, args, { cwd: PROJECT, stdio: 'ignore' });
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`the build command failed (exit ${code})`))));
  });
  return (performance.now() - t0) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const clearCaches = () => Promise.all(['workshop-kit', 'workshop-kit-vite'].map((d) => rm(join(PROJECT, 'node_modules', '.cache', d), { recursive: true, force: true })));

const naiveTimes: number[] = [];
const coldTimes: number[] = [];
let out = '';
for (let run = 0; run < RUNS; run++) {
  await clearCaches();
  out = join(await mkdtemp(join(tmpdir(), 'bench-decks-')), 'dist');
  coldTimes.push((await ours(out)).s);
  naiveTimes.push(await naive(out));
  console.log(`run ${run + 1}/${RUNS}: naive ${naiveTimes.at(-1)!.toFixed(1)} s, ours cold ${coldTimes.at(-1)!.toFixed(1)} s`);
}
const noop: number[] = [];
const noopMade: string[][] = [];
for (let i = 0; i < REBUILD_RUNS; i++) {
  const r = await ours(out);
  noop.push(r.s);
  noopMade.push(r.made);
}
const noopCommand: number[] = [];
for (let i = 0; i < REBUILD_RUNS; i++) noopCommand.push(await asCommand(out));
const oneString: number[] = [];
const oneStringMade: string[][] = [];
const file = join(content, CHANGE.file);
const original = await readFile(file, 'utf8');
if (!original.includes(CHANGE.from)) throw new Error(`${CHANGE.file} no longer says "${CHANGE.from}": pick another string for the bench`);
for (let i = 0; i < REBUILD_RUNS; i++) {
  await writeFile(file, i % 2 === 0 ? original.replace(CHANGE.from, CHANGE.to) : original); // changed, then back
  const r = await ours(out);
  oneString.push(r.s);
  oneStringMade.push(r.made);
}
await rm(scratch, { recursive: true, force: true });

const n = median(naiveTimes);
console.log(`\nDecks of ${KIT} (${decks.length} decks, site + PDF each), Node ${process.version}, ${RUNS} run(s) of the loops, ${REBUILD_RUNS} of each rebuild (medians)\n`);
console.log('| build | seconds | vs naive loop |');
console.log('|---|---|---|');
console.log(`| naive loop (slidev build + slidev export per deck, one after the other) | ${n.toFixed(1)} | 1.0x |`);
console.log(`| ours, cold (caches cleared) | ${median(coldTimes).toFixed(1)} | ${(n / median(coldTimes)).toFixed(1)}x faster |`);
console.log(`| ours, nothing changed | ${median(noop).toFixed(1)} | ${(n / median(noop)).toFixed(0)}x faster |`);
console.log(`| ours, nothing changed, as a command (Node and tsx starting) | ${median(noopCommand).toFixed(1)} | ${(n / median(noopCommand)).toFixed(0)}x faster |`);
console.log(`| ours, one string changed | ${median(oneString).toFixed(1)} | ${(n / median(oneString)).toFixed(1)}x faster |`);
console.log(`\nDecks made by the no-change rebuilds: ${noopMade.map((m) => m.length).join(', ')}`);
console.log(`Decks made after the one-string change ("${CHANGE.from}" in ${CHANGE.file}): ${[...new Set(oneStringMade.flat())].join(', ') || 'none'}`);
