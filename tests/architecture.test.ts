// The code reads in the order data flows: no stage folder imports from a stage after it, and lib/ (errors, the
// data model, i18n helpers, the PDF engine, external tools) imports from none of them.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers.js';
import { OUTPUTS } from '../scripts/outputs/index.js';

/** Stage folders in the order data flows; the entry points (cli, build, check, bench, serve, i18n-tool) sit above. */
const STAGES = ['lib', 'load', 'validate', 'plan', 'outputs', 'verify', 'produce', 'write', 'report'];
const SCRIPTS = join(PROJECT, 'scripts');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const stageOf = (file: string) => relative(SCRIPTS, file).split('/')[0]!;

describe('architecture', () => {
  it('no stage imports from a later stage (or from an entry point)', () => {
    const violations: string[] = [];
    for (const file of sources(SCRIPTS)) {
      const from = STAGES.indexOf(stageOf(file));
      if (from < 0) continue; // entry points may import anything
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), spec!);
        const to = STAGES.indexOf(stageOf(target));
        if (to < 0 || to > from) violations.push(`${relative(SCRIPTS, file)} imports ${relative(SCRIPTS, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('every output kind has its own folder with an index', () => {
    const folders = readdirSync(join(SCRIPTS, 'outputs'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'site').map((e) => e.name).sort();
    expect(folders).toEqual(Object.keys(OUTPUTS).sort());
  });
});
