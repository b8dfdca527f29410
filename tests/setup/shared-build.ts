// Built once for the whole test run, instead of by each test file: every kit without decks (kits, regions,
// draft-status and e2e tests read it), and, at the same time, one real deck with Slidev (site and PDF) of a draft
// translation (es-US parents: its slides have source lines and the draft mark), then a deck of each other script
// (Vietnamese, Arabic, Chinese) for the browser test. Tests that build more into an output folder take a copy
// (copyOfShared, copyOfDeck).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { main } from '../../scripts/cli.js';
import { findBrowser } from '../../scripts/lib/tools/browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The output folder of `npm run build -- --all -o slides,guide,handout,handout-large,evaluation,wallet,wallet-large,flyer`. */
    sharedDist: string;
    /** What that build printed (its report and warnings). */
    sharedReport: string;
    /** The output folder of `npm run build -- -k es-US -a parents -o deck,deck-pdf,guide,deck-notes` (deck-pdf and deck-notes only with a browser). */
    sharedDeck: string;
    /** The output folder of `npm run build -- -k vi-US,ar-US,zh-Hans-US -a youth -o deck`: a deck of each other script. */
    sharedScriptDecks: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  // not through tests/helpers.ts: a global setup runs outside the test workers, where vitest's own API is not available
  const [kits, [deck, scriptDecks]] = await Promise.all([
    build(['--all', '-o', 'slides,guide,handout,handout-large,evaluation,wallet,wallet-large,flyer']),
    deckBuilds(),
  ]);
  project.provide('sharedDist', kits.out);
  project.provide('sharedReport', kits.printed);
  project.provide('sharedDeck', deck.out);
  project.provide('sharedScriptDecks', scriptDecks.out);
}

/** One after the other, not at once: deck builds in one process share Slidev's Vite caches. */
async function deckBuilds(): Promise<[deck: { out: string }, scriptDecks: { out: string }]> {
  const deck = await build(['-k', 'es-US', '-a', 'parents', '-o', findBrowser() ? 'deck,deck-pdf,guide,deck-notes' : 'deck']);
  return [deck, await build(['-k', 'vi-US,ar-US,zh-Hans-US', '-a', 'youth', '-o', 'deck'])];
}

async function build(args: string[]): Promise<{ out: string; printed: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'shared-')), 'dist');
  const printed: string[] = [];
  const errors: string[] = [];
  const code = await main([...args, '--out', out], (l) => printed.push(l), (l) => errors.push(l));
  if (code !== 0 || errors.length > 0) throw new Error(`the shared test build ${args.join(' ')} failed (exit ${code}):\n${errors.join('\n')}`);
  return { out, printed: printed.join('\n') };
}
