// Runs every content check and throws once with all findings. (The handout reading level is checked on the
// handout's own text, by outputs/handout/reading-level.ts, once these pass.)
import { Problems } from '../lib/errors.js';
import type { Reader } from '../lib/reader.js';
import type { Content } from '../load/load.js';
import { checkForbidden, checkLiterals } from './check.js';
import { checkIntegrity } from './integrity/index.js';

export function runContentChecks(reader: Reader, content: Content): void {
  const problems = new Problems();
  checkForbidden(reader, problems);
  checkLiterals(content, problems);
  checkIntegrity(content, problems);
  problems.throwIfAny();
}

