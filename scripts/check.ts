// `npm run check`: validate all content and run the content check, without building anything.
import { fsReader } from './lib/reader.js';
import { isKitError } from './lib/errors.js';
import { loadChecked } from './build.js';
import { evaluationReadingLevels, handoutReadingLevels } from './outputs/handout/reading-level.js';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));
try {
  const content = loadChecked(fsReader(root));
  console.log(`Content OK: ${content.modules.size} modules, ${content.audiences.size} audiences, ${content.locales.size} locales, ${content.regions.size} regions.`);
  for (const level of handoutReadingLevels(content)) {
    console.log(`  ${level.audience.padEnd(11)} handout reading grade ${level.grade.toFixed(1)} (target ${level.target}; hardest of the English kits: ${level.kit})`);
  }
  for (const level of evaluationReadingLevels(content)) {
    console.log(`  ${level.audience.padEnd(11)} questionnaire reading grade ${level.grade.toFixed(1)} (target ${level.target}; ${level.kit})`);
  }
} catch (e) {
  // a content problem exits 1, a bug 3 with its stack: the same codes as the build (scripts/cli.ts)
  console.error(isKitError(e) ? e.format() : e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = isKitError(e) ? 1 : 3;
}
