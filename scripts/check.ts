// `npm run check`: validate all content and run the content check, without building anything.
import { fsReader } from './lib/reader.js';
import { isKitError } from './lib/errors.js';
import { loadChecked } from './build.js';
import { handoutReadingLevels } from './outputs/handout/reading-level.js';
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
  if (!isKitError(e)) throw e;
  console.error(e.format());
  process.exitCode = 1;
}
