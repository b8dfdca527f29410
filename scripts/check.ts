// `npm run check`: validate all content and run the content check, without building anything.
import { fsReader } from './core/reader.js';
import { KitError, KitErrors } from './core/errors.js';
import { loadChecked } from './core/build.js';
import { handoutReadingLevels } from './content/run-checks.js';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));
try {
  const content = loadChecked(fsReader(root));
  console.log(`Content OK: ${content.modules.size} modules, ${content.audiences.size} audiences, ${content.locales.size} locales, ${content.regions.size} regions.`);
  for (const level of handoutReadingLevels(content)) {
    console.log(`  ${level.audience.padEnd(11)} handout reading grade ${level.grade.toFixed(1)} (target ${level.target})`);
  }
} catch (e) {
  if (!(e instanceof KitError || e instanceof KitErrors)) throw e;
  console.error(e.format());
  process.exitCode = 1;
}
