// One long-lived Slidev process that builds deck after deck (forked by slidev.ts), instead of one `slidev build`
// process per deck: Node, Vite, Vue's compiler and Slidev's theme are loaded once, and each later deck costs only
// its own compilation. It runs what `slidev build` runs for each entry (resolveOptions, then build). Slidev keeps
// the first user root it is given for the life of the process (getRoots), so every deck of one worker must come
// from the same root folder, refilled with that deck's files before each build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const cliDir = join(dirname(require.resolve('@slidev/cli/package.json')), 'dist');
const { resolveOptions } = await import(pathToFileURL(join(cliDir, 'index.mjs')).href);
// `build` is not exported by @slidev/cli; its CLI loads it from a hashed chunk, named in cli.mjs
const chunk = /import\("\.\/(build-[\w-]+\.mjs)"\)/.exec(readFileSync(join(cliDir, 'cli.mjs'), 'utf8'))?.[1];
if (!chunk) throw new Error(`@slidev/cli ${require('@slidev/cli/package.json').version}: its build step was not found in dist/cli.mjs`);
const { build } = await import(pathToFileURL(join(cliDir, chunk)).href);

/** Builds one deck: slides.md in root, into out, served under base. */
async function buildOne({ root, out, base }) {
  if (firstRoot !== undefined && root !== firstRoot) throw new Error(`this Slidev process builds from ${firstRoot} only, not ${root}`);
  firstRoot = root;
  process.chdir(root); // Slidev and Vite read the user root's files (vite.config.mjs, style.css) relative to it
  const entry = join(root, 'slides.md');
  const options = await resolveOptions({ entry, base }, 'build');
  await build(options, { base, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } }, { entry, base });
}

let firstRoot;

let queue = Promise.resolve();
process.on('message', (job) => {
  queue = queue.then(async () => {
    try {
      await buildOne(job);
      process.send({ id: job.id, ok: true, rss: process.memoryUsage().rss });
    } catch (error) {
      process.send({ id: job.id, ok: false, message: String(error?.stack ?? error) });
    }
  });
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
