// One build of every kit (no decks) for the whole test run: kits, regions, draft-status and e2e tests read it
// instead of each building the same files again. Tests that add to an output folder take a copy (copyOfShared).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { main } from '../../scripts/cli.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The output folder of `npm run build -- --all -o slides,guide,handout,wallet,flyer`. */
    sharedDist: string;
    /** What that build printed (its report and warnings). */
    sharedReport: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  // not through tests/helpers.ts: a global setup runs outside the test workers, where vitest's own API is not available
  const out = join(mkdtempSync(join(tmpdir(), 'shared-')), 'dist');
  const printed: string[] = [];
  const errors: string[] = [];
  const code = await main(['--all', '--out', out, '-o', 'slides,guide,handout,wallet,flyer'], (l) => printed.push(l), (l) => errors.push(l));
  if (code !== 0 || errors.length > 0) throw new Error(`the shared test build failed (exit ${code}):\n${errors.join('\n')}`);
  project.provide('sharedDist', out);
  project.provide('sharedReport', printed.join('\n'));
}
